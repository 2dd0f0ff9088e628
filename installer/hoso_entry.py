"""Entry script of the frozen build (PyInstaller): `hoso` with the GUI or any CLI command.

freeze_support() must run before anything else: the Excel reader's child
process is this same executable started with --multiprocessing-fork.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.launcher import main

    sys.exit(main())
