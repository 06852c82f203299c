#!/bin/bash
# Runs accuracy_check.py with the system Python, which is the one that has NumPy (the `python3`
# on PATH may be a pyenv shim without it). Extra arguments go to the script.
# usage: accuracy_run.sh path/to/accuracy_check.py path/to/raptors [--markdown-out=PATH]
set -euo pipefail
python=/usr/bin/python3
if [[ ! -x "$python" ]]; then
  echo "SKIPPED: $python is not installed; nothing was checked"
  exit 0
fi
exec "$python" "$@"
