#!/usr/bin/env bash
# Build HoSo for Linux: the PyInstaller one-folder app, a tarball and a .deb, then SHA256SUMS and
# the Ed25519 signature over them.
#
#   installer/build.sh [--key RELEASE.key] [--wheelhouse]
#
#   HOSO_BUILD_OUT  where everything goes (default installer/dist; git-ignored)
#   HOSO_RELEASE_KEY / --key   the release private key (python -m app.release keygen); without one a throw-away
#                   key is made in $OUT/dev-key and the release is marked as NOT for distribution
#   HOSO_RELEASE_PASSPHRASE_FILE  file holding the key's passphrase, if it has one
#   --wheelhouse    also put the offline wheelhouse (installer/wheelhouse/build.py) into the signed release
#   PYTHON          the interpreter for the build venv (default python3.11)
#
# Outputs: $OUT/pyi-dist/hoso/ (the app), $OUT/release/{hoso-V-linux-x86_64.tar.gz, hoso_V_amd64.deb,
# [wheelhouse/], SHA256SUMS, SHA256SUMS.sig}.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${HOSO_BUILD_OUT:-$ROOT/installer/dist}" && cd "${HOSO_BUILD_OUT:-$ROOT/installer/dist}" && pwd)
KEY=${HOSO_RELEASE_KEY:-}
WHEELHOUSE=0
while [ $# -gt 0 ]; do
    case "$1" in
        --key) KEY=$2; shift 2 ;;
        --wheelhouse) WHEELHOUSE=1; shift ;;
        *) echo "usage: installer/build.sh [--key RELEASE.key] [--wheelhouse]" >&2; exit 2 ;;
    esac
done
PY=${PYTHON:-python3.11}
VENV=$OUT/venv
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/app/__init__.py")
NAME=hoso-$VERSION
T0=$(date +%s)
say() { echo "== $* ($(( $(date +%s) - T0 )) s)"; }

# 1. The build venv, exactly the locked versions (hashes checked).
STAMP=$VENV/.locks-$(cat "$ROOT/installer/requirements.lock" "$ROOT/installer/requirements-build.lock" | sha256sum | cut -c1-16)
if [ ! -f "$STAMP" ]; then
    say "build venv"
    rm -rf "$VENV"
    "$PY" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --require-hashes --only-binary=:all: \
        -r "$ROOT/installer/requirements.lock" -r "$ROOT/installer/requirements-build.lock"
    touch "$STAMP"
fi

# 2. The frozen app.
say "pyinstaller"
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/pyi-dist" --workpath "$OUT/pyi-work" "$ROOT/installer/hoso.spec"
APP=$OUT/pyi-dist/hoso
# Also where the command contract names it (../shared/CLI.md): dist/hoso/hoso beside installer/ (hard links, no copy).
rm -rf "$ROOT/dist/hoso" && mkdir -p "$ROOT/dist" && { cp -al "$APP" "$ROOT/dist/hoso" 2>/dev/null || cp -a "$APP" "$ROOT/dist/hoso"; }
ICONS=$OUT/pyi-work/hoso/icons  # PyInstaller puts the spec's workpath under the spec name
REL=$OUT/release
rm -rf "$REL" "$OUT/stage"
mkdir -p "$REL" "$OUT/stage"

# 3. Tarball: hoso-V/{hoso/, install.sh, share/} owned by root in the archive.
say "tarball"
TB=$OUT/stage/$NAME
mkdir -p "$TB/share"
cp -a "$APP" "$TB/hoso"
cp "$ROOT/installer/linux/install.sh" "$TB/"
cp "$ROOT/installer/linux/hoso.desktop" "$ROOT/installer/linux/hoso-mime.xml" "$ICONS/hoso.png" "$TB/share/"
chmod -R u=rwX,go=rX "$TB"
tar -C "$OUT/stage" --owner=0 --group=0 --numeric-owner --sort=name -czf "$REL/$NAME-linux-x86_64.tar.gz" "$NAME"

# 4. .deb: /opt/hoso, /usr/bin/hoso, desktop entry, icons, the .hoso MIME type; every file root-owned.
say "deb"
DEB=$OUT/stage/deb
mkdir -p "$DEB/DEBIAN" "$DEB/opt" "$DEB/usr/bin" "$DEB/usr/share/applications" "$DEB/usr/share/mime/packages" \
    "$DEB/usr/share/icons/hicolor/256x256/apps" "$DEB/usr/share/icons/hicolor/48x48/apps" "$DEB/usr/share/doc/hoso"
cp -a "$APP" "$DEB/opt/hoso"
ln -s /opt/hoso/hoso "$DEB/usr/bin/hoso"
cp "$ROOT/installer/linux/hoso.desktop" "$DEB/usr/share/applications/"
cp "$ROOT/installer/linux/hoso-mime.xml" "$DEB/usr/share/mime/packages/hoso.xml"
cp "$ICONS/hoso.png" "$DEB/usr/share/icons/hicolor/256x256/apps/hoso.png"
cp "$ICONS/hoso-48.png" "$DEB/usr/share/icons/hicolor/48x48/apps/hoso.png"
cp "$ROOT/docs/install.vi.md" "$ROOT/docs/install.en.md" "$DEB/usr/share/doc/hoso/" 2>/dev/null || true
chmod -R u=rwX,go=rX "$DEB"
SIZE_KB=$(du -sk --exclude=DEBIAN "$DEB" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE_KB@/$SIZE_KB/" "$ROOT/installer/linux/control.in" > "$DEB/DEBIAN/control"
install -m 755 "$ROOT/installer/linux/postinst" "$ROOT/installer/linux/postrm" "$DEB/DEBIAN/"
dpkg-deb --root-owner-group -Zgzip --build "$DEB" "$REL/hoso_${VERSION}_amd64.deb" >/dev/null

# 5. Optional: the offline wheelhouse in the same signed release.
if [ "$WHEELHOUSE" = 1 ]; then
    say "wheelhouse"
    "$VENV/bin/python" "$ROOT/installer/wheelhouse/build.py" build "$REL/wheelhouse"
fi

# 6. Sums and signature.
say "sign"
if [ -z "$KEY" ]; then
    KEY=$OUT/dev-key/hoso-release.key
    if [ ! -f "$KEY" ]; then
        (cd "$ROOT" && "$VENV/bin/python" -m app.release keygen "$OUT/dev-key" >/dev/null)
    fi
    echo "!! Không có khóa phát hành: ký bằng khóa thử $KEY — KHÔNG dùng để phát hành." >&2
    echo "!! No release key given: signed with the throw-away key $KEY — NOT for distribution." >&2
fi
SIGN_ARGS=(sign "$REL" --key "$KEY")
if [ -n "${HOSO_RELEASE_PASSPHRASE_FILE:-}" ]; then
    (cd "$ROOT" && "$VENV/bin/python" -m app.release "${SIGN_ARGS[@]}" --passphrase-stdin < "$HOSO_RELEASE_PASSPHRASE_FILE")
else
    (cd "$ROOT" && "$VENV/bin/python" -m app.release "${SIGN_ARGS[@]}")
fi
rm -rf "$OUT/stage"
say "done"
du -sh "$APP" "$REL"/* | sed 's/^/   /'
