#!/bin/bash
# Shows which C++ toolchain Bazel resolves for every configuration a build uses, and fails if
# the auto-detected @local_config_cc toolchain is selected for anything.
#
#   tools/hermeticity/check_toolchains.sh [bazel target pattern, default //...]
set -euo pipefail
cd "$(dirname "$0")/../.."
pattern="${1:-//...}"
log="$(mktemp)"
# A private output base: toolchain resolution is cached, so a fresh server shows all of it.
base="$(mktemp -d)"
trap 'bazel --output_base="$base" shutdown >/dev/null 2>&1; rm -rf "$log" "$base"' EXIT

for config in "" "--config=aarch64"; do
  echo "== bazel build $config $pattern"
  # --nobuild: resolution happens during analysis; nothing needs to be compiled.
  bazel --output_base="$base" build --nobuild $config --toolchain_resolution_debug "$pattern" >"$log" 2>&1 || {
    cat "$log"
    exit 1
  }
  selected="$(grep -o 'Selected toolchain [^ ,]*' "$log" | sort | uniq -c || true)"
  echo "${selected:-  (no C++ toolchain resolution in this build)}"
  if grep -q 'Selected toolchain @local_config_cc' "$log"; then
    echo "FAIL: the auto-detected @local_config_cc toolchain was selected"
    exit 1
  fi
done
echo "ok: every C++ target uses a //toolchains toolchain"
