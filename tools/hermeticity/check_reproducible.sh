#!/bin/bash
# Builds the library and the test binaries twice from clean, for x86_64 and for aarch64, and
# compares their SHA-256 sums. Each round uses its own fresh output base (so also a different
# absolute path) and is expunged afterwards; the workspace's own bazel-* outputs are untouched.
# Exits non-zero on any difference.
#
#   tools/hermeticity/check_reproducible.sh [target ...]   (default: //kernels:raptors //tests/...)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ $# -gt 0 ]]; then targets=("$@"); else targets=(//kernels:raptors //tests/...); fi
out="$(mktemp -d)"

build_and_hash() {
  local round="$1" base
  base="$(mktemp -d /tmp/raptors_repro_XXXXXX)"
  for config in "" "--config=aarch64"; do
    # --symlink_prefix=/ : do not repoint the workspace's bazel-* links at this output base.
    bazel --output_base="$base" build --symlink_prefix=/ $config "${targets[@]}" \
      >"$out/build$round.log" 2>&1 || {
      cat "$out/build$round.log"
      echo "build failed: bazel build $config ${targets[*]}"
      exit 1
    }
  done
  # Library archives and test binaries of both platforms (host and aarch64 configurations).
  (cd "$base/execroot/raptors_kernels" &&
    find bazel-out/ -path '*/bin/*' -type f \( -name '*.a' -o -name '*_test_bin' \) \
      -not -path '*/_solib*' -print0 | sort -z | xargs -0 sha256sum) >"$out/round$round.txt"
  bazel --output_base="$base" clean --expunge >/dev/null 2>&1
  bazel --output_base="$base" shutdown >/dev/null 2>&1 || true
  rm -rf "$base"
}

build_and_hash 1
build_and_hash 2
count="$(wc -l <"$out/round1.txt")"
if diff -u "$out/round1.txt" "$out/round2.txt"; then
  cat "$out/round1.txt"
  echo "ok: $count outputs bit-identical across two clean builds"
else
  echo "FAIL: outputs differ between two clean builds"
  exit 1
fi
