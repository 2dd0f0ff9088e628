#!/bin/sh
# Install HoSo from the tarball without a package manager (run as root from the unpacked folder):
#   sudo ./install.sh            -> /opt/hoso, /usr/local/bin/hoso, desktop entry, icon, .hoso file type
# User data (~/.local/share/hoso) is not touched, now or on removal (sudo /opt/hoso/uninstall.sh).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-/opt/hoso}
[ "$(id -u)" = 0 ] || { echo "Cần quyền root / run as root (sudo)"; exit 1; }
rm -rf "$PREFIX"
mkdir -p "$PREFIX"
cp -a "$HERE/hoso/." "$PREFIX/"
chown -R root:root "$PREFIX"
chmod -R u=rwX,go=rX "$PREFIX"
chmod 755 "$PREFIX/hoso"
ln -sf "$PREFIX/hoso" /usr/local/bin/hoso
install -D -m 644 "$HERE/share/hoso.desktop" /usr/local/share/applications/hoso.desktop
install -D -m 644 "$HERE/share/hoso.png" /usr/local/share/icons/hicolor/256x256/apps/hoso.png
install -D -m 644 "$HERE/share/hoso-mime.xml" /usr/local/share/mime/packages/hoso.xml
command -v update-mime-database >/dev/null 2>&1 && update-mime-database /usr/local/share/mime || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/local/share/applications || true
cat > "$PREFIX/uninstall.sh" <<UNINST
#!/bin/sh
set -eu
rm -f /usr/local/bin/hoso /usr/local/share/applications/hoso.desktop /usr/local/share/icons/hicolor/256x256/apps/hoso.png /usr/local/share/mime/packages/hoso.xml
rm -rf "$PREFIX"
echo "Đã gỡ HoSo; dữ liệu người dùng (~/.local/share/hoso) được giữ nguyên."
UNINST
chmod 755 "$PREFIX/uninstall.sh"
echo "Đã cài HoSo vào $PREFIX. Chạy: hoso (giao diện) hoặc hoso self-test"
