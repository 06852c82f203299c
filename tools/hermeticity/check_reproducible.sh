#!/bin/bash
# Builds the library and the test binaries twice from clean (bazel clean --expunge between)
# for x86_64 and for aarch64, and compares their SHA-256 sums. Exits non-zero on any
# difference. Takes two full builds.
#
#   tools/hermeticity/check_reproducible.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
targets=(//kernels:raptors //tests/...)
out="$(mktemp -d)"

build_and_hash() {
  local round="$1"
  bazel clean --expunge >/dev/null 2>&1
  for config in "" "--config=aarch64"; do
    bazel build $config "${targets[@]}" >/dev/null 2>&1 || {
      echo "build failed: bazel build $config ${targets[*]}"
      exit 1
    }
  done
  # Library archives and the test binaries of both platforms (host and aarch64 configs).
  find -L bazel-out/ -path '*/bin/*' -type f \( -name '*.a' -o -name '*_test_bin' \) \
    -not -path '*/_solib*' -print0 | sort -z | xargs -0 sha256sum >"$out/round$round.txt"
}

build_and_hash 1
build_and_hash 2
count="$(wc -l <"$out/round1.txt")"
if diff -u "$out/round1.txt" "$out/round2.txt"; then
  echo "ok: $count outputs bit-identical across two clean builds"
  cat "$out/round1.txt"
else
  echo "FAIL: outputs differ between two clean builds"
  exit 1
fi
