#!/bin/bash
# Fails unless every listed ELF file (and every object inside a listed .a) has e_machine
# %EXPECTED_MACHINE% (%EXPECTED_ARCH%).
set -euo pipefail
expected=%EXPECTED_MACHINE%
checked=0

machine_of() {  # e_machine: 16-bit little-endian at offset 18 of the ELF header
  od -An -tu2 -j18 -N2 "$1" | tr -d ' '
}

check_elf() {
  local file="$1" name="$2"
  local got
  got="$(machine_of "$file")"
  if [[ "$got" != "$expected" ]]; then
    echo "FAIL: $name has ELF machine $got, expected $expected (%EXPECTED_ARCH%)"
    exit 1
  fi
  echo "ok: $name (e_machine $got)"
  checked=$((checked + 1))
}

for f in %FILES%; do
  magic="$(head -c 4 "$f" | od -An -tx1 | tr -d ' \n')"
  if [[ "$magic" == "7f454c46" ]]; then
    check_elf "$f" "$f"
  elif [[ "$(head -c 7 "$f")" == "!<arch>" ]]; then
    dir="$(mktemp -d)"
    abs="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
    (cd "$dir" && ar x "$abs")
    for o in "$dir"/*.o; do check_elf "$o" "$f:$(basename "$o")"; done
  else
    echo "FAIL: $f is neither ELF nor an ar archive"
    exit 1
  fi
done
if [[ "$checked" -eq 0 ]]; then
  echo "FAIL: no ELF files were checked"
  exit 1
fi
echo "$checked passed, 0 failed"
