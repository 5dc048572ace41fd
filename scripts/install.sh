#!/usr/bin/env bash
# Create .venv (if missing) and install the project; fast when nothing changed.
# Usage: scripts/install.sh [extra ...]   e.g. scripts/install.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $($PY --version)"
  $PY -m venv .venv
fi
extras="${*:-}"
spec="."
[ -n "$extras" ] && spec=".[$(echo "$extras" | tr ' ' ',')]"
stamp=".venv/.installed-$(echo "$extras" | tr ' ' '-')"
want=$(cat pyproject.toml | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "Installing dependencies into .venv (first time takes a few minutes)..."
.venv/bin/python -m pip install --quiet --upgrade pip
# The CPU build of torch must come first: a looser spec would pull a multi-GB CUDA build.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e "$spec"
echo "$want" > "$stamp"
