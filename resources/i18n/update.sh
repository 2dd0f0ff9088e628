#!/bin/sh
# Regenerate hoso_vi.ts / hoso_en.ts from ui/ and compile the .qm files.
cd "$(dirname "$0")/../.." && exec "${PYTHON:-.venv/bin/python}" -m ui.i18n_tool "$@"
