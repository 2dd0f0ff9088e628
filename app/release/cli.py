"""`hoso verify-release DIR --key KEY`, wired into app/cli.py by `add_commands`."""

from __future__ import annotations

from pathlib import Path

from . import signing


def cmd_verify_release(args) -> dict:
    folder = Path(args.dir)
    v = signing.verify_folder(folder, signing.load_public(Path(args.key)), Path(args.key))
    return {"ok": True, "dir": str(folder), "key_id": v.key_id, "files": v.files, "bytes": v.total_bytes,
            "_text": (f"Chữ ký hợp lệ: {v.files} tệp ({v.total_bytes / 2**20:.1f} MiB) đúng như khi ký.\n"
                      f"Mã khóa phát hành / release key id: {v.key_id}\n"
                      "Hãy đối chiếu mã khóa này với mã in trên giấy do đơn vị phát hành giao. / "
                      "Compare this key id with the one printed on the paper from the issuing unit.")}


def add_commands(sub, common, helpers) -> None:
    p = sub.add_parser("verify-release", parents=[common],
                       help="kiểm tra chữ ký bộ cài trước khi cài / check a release's signature before installing")
    p.add_argument("dir", metavar="DIR", help="thư mục bộ cài (có SHA256SUMS, SHA256SUMS.sig) / the release folder")
    p.add_argument("--key", required=True, metavar="KEY", help="khóa công khai phát hành (.pub) / the release public key")
    p.set_defaults(func=cmd_verify_release)
