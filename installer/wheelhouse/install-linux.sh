#!/bin/sh
# Install HoSo from this offline wheelhouse (no network: pip never looks beyond ./wheels, every wheel's hash is checked).
#   ./install-linux.sh [TARGET]     default TARGET: ~/.local/share/hoso/app   (needs Python 3.11, 3.12 or 3.13 with venv)
# Then run TARGET/bin/hoso (GUI) or TARGET/bin/hoso self-test. The vault stays in ~/.local/share/hoso/vault.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
TARGET=${1:-${XDG_DATA_HOME:-$HOME/.local/share}/hoso/app}
PY=${PYTHON:-}
if [ -z "$PY" ]; then
    for c in python3.11 python3.12 python3.13 python3; do
        if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] <= (3, 13)))'; then
            PY=$c; break
        fi
    done
fi
[ -n "$PY" ] || { echo "Cần Python 3.11–3.13 / Python 3.11-3.13 is needed" >&2; exit 1; }
umask 077
"$PY" -m venv "$TARGET"
"$TARGET/bin/python" -m pip install --no-index --find-links "$HERE/wheels" --require-hashes --only-binary=:all: \
    --no-cache-dir --disable-pip-version-check -q -r "$HERE/requirements.lock"
chmod -R go-w "$TARGET"
echo "Đã cài HoSo vào $TARGET / installed into $TARGET"
echo "Chạy / run: $TARGET/bin/hoso    Tự kiểm tra / self-test: $TARGET/bin/hoso self-test"
