"""Run a rekey in a child process and kill it (SIGKILL) at a chosen point.

Usage: python -m tests.integration.crash_rekey VAULT USER PASSWORD POINT
POINT: after_prepare | after_database | none (the parent kills at random).
"""

import os
import signal
import sys

from app.vault import open_vault, rekey


def _die(*_a, **_k):
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    vault_dir, user, password, point = sys.argv[1:5]
    if point == "after_prepare":
        orig_prepare = rekey.prepare

        def prepare(*a, **k):
            orig_prepare(*a, **k)
            _die()

        rekey.prepare = prepare
    elif point == "after_database":
        orig_db = rekey.rekey_database

        def rekey_database(*a, **k):
            orig_db(*a, **k)
            _die()

        rekey.rekey_database = rekey_database
    session = open_vault(vault_dir, user, password)
    print("ready", flush=True)
    rekey.rekey(session)
    print("done", flush=True)


if __name__ == "__main__":
    main()
