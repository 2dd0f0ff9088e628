"""Release keys and signing for the people who build HoSo (not a user command):

    python -m app.release keygen OUT_DIR [--passphrase-stdin]   -> hoso-release.key (keep offline) + hoso-release.pub
    python -m app.release sign DIR --key hoso-release.key [--passphrase-stdin]
    python -m app.release verify DIR --key hoso-release.pub     (same as `hoso verify-release`)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import HosoError
from . import signing

PRIVATE_NAME, PUBLIC_NAME = "hoso-release.key", "hoso-release.pub"


def _passphrase(args) -> bytes | None:
    if not args.passphrase_stdin:
        return None
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise SystemExit("missing passphrase on stdin")
    return line.encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m app.release", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("keygen", help="make a release key pair")
    p.add_argument("out", type=Path)
    p.add_argument("--passphrase-stdin", action="store_true", help="encrypt the private key with stdin's first line")
    p = sub.add_parser("sign", help="write SHA256SUMS and SHA256SUMS.sig for a release folder")
    p.add_argument("dir", type=Path)
    p.add_argument("--key", type=Path, required=True)
    p.add_argument("--passphrase-stdin", action="store_true")
    p = sub.add_parser("verify", help="check a release folder")
    p.add_argument("dir", type=Path)
    p.add_argument("--key", type=Path, required=True)
    args = ap.parse_args(argv)
    try:
        if args.cmd == "keygen":
            args.out.mkdir(parents=True, exist_ok=True)
            private, public = args.out / PRIVATE_NAME, args.out / PUBLIC_NAME
            if private.exists():
                print(f"{private} exists: not overwritten", file=sys.stderr)
                return 1
            pem, pub, kid = signing.generate_key(_passphrase(args))
            fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
            public.write_text(pub, "ascii")
            public.chmod(0o644)
            print(f"private key: {private}\npublic key:  {public}\nkey id:      {kid}")
        elif args.cmd == "sign":
            sums, sig = signing.sign_folder(args.dir, signing.load_private(args.key, _passphrase(args)))
            print(f"signed {sums} -> {sig}")
        else:
            v = signing.verify_folder(args.dir, signing.load_public(args.key), args.key)
            print(f"OK: {v.files} files, key id {v.key_id}")
    except HosoError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
