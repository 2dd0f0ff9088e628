"""`hoso` entry point: no command starts the GUI, anything else is the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the spreadsheet reader runs in a spawned child, also in frozen builds
    argv = list(sys.argv[1:] if argv is None else argv)
    from app.cli import COMMANDS

    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        from app.cli import main as cli_main

        from .selfcheck import gui_start

        return cli_main(argv, extra_self_checks=[("gui_start", gui_start)])
    from ui.main import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
