#!/usr/bin/env bash
# The offline wheelhouse under the name the command contract gives it (../shared/CLI.md, "Build commands"):
#   installer/wheelhouse.sh [OUT]    default OUT: dist/wheelhouse/ beside installer/
# Fills OUT with every wheel HoSo needs for Windows (win_amd64) and Linux (manylinux x86_64), Python 3.11–3.13,
# the hoso wheel itself, requirements.txt (= requirements.lock: exact versions with SHA-256 hashes) and the
# install scripts. Needs the package index (run on the connected build machine); see installer/README.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/dist/wheelhouse}
PY=${PYTHON:-python3}
"$PY" "$ROOT/installer/wheelhouse/build.py" build "$OUT"
cp "$OUT/requirements.lock" "$OUT/requirements.txt"
echo "wheelhouse: $OUT (requirements.txt with hashes)"
