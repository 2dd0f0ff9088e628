#!/usr/bin/env bash
# Build the Linux bundle (installer/build.sh) and prove it works without the source tree:
#   - the frozen `hoso self-test` (vault, Excel via the spawned reader, Vietnamese PDF, sealed bundle, GUI offscreen)
#   - the same from the unpacked tarball and from the unpacked .deb, whose files are all root-owned
#   - `hoso verify-release` on the signed release, and its refusal of a tampered copy
#   - a vault made in the default data folder has mode 0700 and its files 0600
#
#   installer/test_frozen.sh [--no-build]     (HOSO_BUILD_OUT as for build.sh)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${HOSO_BUILD_OUT:-$ROOT/installer/dist}
if [ "${1:-}" != "--no-build" ]; then
    T0=$(date +%s)
    "$ROOT/installer/build.sh"
    echo "== build took $(( $(date +%s) - T0 )) s"
fi
REL=$OUT/release
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/app/__init__.py")
WORK=$(mktemp -d /tmp/hoso-frozen-test-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # nothing from the checkout on the path
export QT_QPA_PLATFORM=offscreen HOME=$WORK/home XDG_DATA_HOME=$WORK/home/.local/share
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV
mkdir -p "$HOME"
fail() { echo "FAIL: $*" >&2; exit 1; }

selftest() {  # $1: the hoso executable
    local t0=$(date +%s) out
    out=$("$1" self-test --json) || { echo "$out"; fail "self-test of $1"; }
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["ok"], d; print("   ", ", ".join(c["name"] for c in d["checks"]))' "$out"
    echo "== self-test OK: $1 ($(( $(date +%s) - t0 )) s)"
}

selftest "$OUT/pyi-dist/hoso/hoso"

mkdir tar && tar -C tar -xzf "$REL/hoso-$VERSION-linux-x86_64.tar.gz"
[ -z "$(tar -tvzf "$REL/hoso-$VERSION-linux-x86_64.tar.gz" | awk '$2 != "0/0"')" ] || fail "tarball entries not owned by 0/0"
selftest "$WORK/tar/hoso-$VERSION/hoso/hoso"

DEB=$REL/hoso_${VERSION}_amd64.deb
# The listing is read once: `grep -q` stops reading at its first match, and under pipefail the
# writer's SIGPIPE would count as a failure of the check.
LISTING=$(dpkg-deb -c "$DEB")
[ -z "$(awk '$2 != "root/root"' <<<"$LISTING")" ] || fail ".deb entries not owned by root/root"
grep -q '\./usr/share/applications/hoso.desktop$' <<<"$LISTING" || fail ".deb has no desktop entry"
grep -q '\./usr/share/icons/hicolor/256x256/apps/hoso.png$' <<<"$LISTING" || fail ".deb has no icon"
grep -q '\./usr/bin/hoso -> /opt/hoso/hoso$' <<<"$LISTING" || fail ".deb has no /usr/bin/hoso"
dpkg-deb -x "$DEB" deb
selftest "$WORK/deb/opt/hoso/hoso"

HOSO=$OUT/pyi-dist/hoso/hoso
KEY=${HOSO_RELEASE_KEY:-$OUT/dev-key/hoso-release.key}
PUB=${KEY%.key}.pub
"$HOSO" verify-release "$REL" --key "$PUB" || fail "verify-release of the fresh release"
cp -r "$REL" tampered
printf 'x' >> tampered/hoso_${VERSION}_amd64.deb
if "$HOSO" verify-release tampered --key "$PUB" 2>/dev/null; then fail "a tampered release verified"; fi
echo "== verify-release: valid accepted, tampered refused"

printf 'Mật-khẩu-quản-trị-2026!\n' | "$HOSO" init --unit-code KT --unit-name "Kiểm tra" --admin admin --password-stdin >/dev/null
V=$XDG_DATA_HOME/hoso/vault
[ "$(stat -c %a "$V")" = 700 ] || fail "vault folder mode $(stat -c %a "$V")"
bad=$(find "$V" -type f ! -perm 600 -printf '%m %p\n')
[ -z "$bad" ] || fail "vault files not 0600: $bad"
echo "== default vault: $V is 0700, its files 0600"
echo "ALL FROZEN CHECKS PASSED"
