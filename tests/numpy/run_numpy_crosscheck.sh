#!/bin/bash
# Runs numpy_crosscheck.py with the system Python, which is the one that has NumPy (the
# `python3` on PATH may be a pyenv shim without it).
# usage: run_numpy_crosscheck.sh path/to/raptors path/to/numpy_crosscheck.py
set -euo pipefail
python=/usr/bin/python3
if [[ ! -x "$python" ]]; then
  echo "SKIPPED: $python is not installed; nothing was checked"
  exit 0
fi
exec "$python" "$2" "$1"
