#!/bin/bash
# Shows which C++ toolchain Bazel resolves for every configuration a build uses, and fails if
# the auto-detected @local_config_cc toolchain is selected for anything.
#
#   tools/hermeticity/check_toolchains.sh [bazel target patterns, default: every package]
set -euo pipefail
cd "$(dirname "$0")/../.."
# Default: every package. The workspace's bazel-* links point into the default output base, which
# a private output base does not recognize as its own, so //... is spelled out per directory.
if [[ $# -gt 0 ]]; then
  patterns=("$@")
else
  patterns=(//:all)
  for d in */; do [[ "$d" == bazel-* ]] || patterns+=("//${d%/}/...")
  done
fi
log="$(mktemp)"
# A private output base: toolchain resolution is cached, so a fresh server shows all of it.
base="$(mktemp -d)"
trap 'bazel --output_base="$base" shutdown >/dev/null 2>&1; rm -rf "$log" "$base"' EXIT

for config in "" "--config=aarch64"; do
  echo "== bazel build $config ${patterns[*]}"
  # --nobuild: resolution happens during analysis; nothing needs to be compiled.
  bazel --output_base="$base" build --nobuild $config --toolchain_resolution_debug -- "${patterns[@]}" >"$log" 2>&1 || {
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
