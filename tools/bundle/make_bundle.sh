#!/bin/bash
# Builds a Bazel-free bundle of the x86_64 tests, the .npy runner and the benchmarks, for running
# on another x86_64 Linux machine that has no Bazel (for example one with more cores, AVX-512 or
# a newer NumPy): tools/bundle/run_bundle.sh, copied into it as run.sh, runs everything there.
#
# usage: tools/bundle/make_bundle.sh [DIR]     (default DIR: bundle/ at the workspace root,
#                                               which git ignores)
# Writes DIR and DIR.tar.xz (about 4 MiB; the directory is about 55 MiB).
#
# The test binaries and the runner are linked statically (they need nothing from the other
# machine). The benchmark binaries link Debian's shared Google Benchmark, which has no static
# archive; the bundle carries that library in lib/ and run.sh points the loader at it. Binaries
# are stripped: the bundle stays near 30 MiB.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dest="${1:-$root/bundle}"
cd "$root"

# Test binaries (the *_bin targets behind each raptors_cc_test; run.sh gives them the
# environment their BUILD files set).
tests=(
  //tests/kernels:dispatch_test_bin
  //tests/kernels:elementwise_test_bin
  //tests/kernels:means_test_bin
  //tests/kernels:parallel_threshold_test_bin
  //tests/kernels:reduce_test_bin
  //tests/kernels:transposed_test_bin
  //tests/kernels:validation_test_bin
  //tests/golden:golden_test_bin
  //tools/raptors:npy_test_bin
  //tools/raptors:ops_test_bin
)
benches=(//bench:mean_axis0 //bench:suite //bench:thread_crossover)

# A separate output tree (-static suffix) so the static link does not evict the usual outputs.
static_flags=(-c opt --platform_suffix=-static --linkopt=-static)
bazel build "${static_flags[@]}" "${tests[@]}" //tools/raptors:raptors
bazel build -c opt "${benches[@]}"
static_bin="$(bazel info "${static_flags[@]}" bazel-bin)"
bin="$(bazel info -c opt bazel-bin)"

# Target label -> path under bazel-bin.
out_path() { local l="${1#//}"; echo "${l/://}"; }

rm -rf "$dest"
mkdir -p "$dest/lib"
for t in "${tests[@]}" //tools/raptors:raptors; do
  install -m 755 "$static_bin/$(out_path "$t")" "$dest/"
done
for b in "${benches[@]}"; do
  install -m 755 "$bin/$(out_path "$b")" "$dest/"
done
strip "$dest"/*_bin "$dest/raptors" "$dest/mean_axis0" "$dest/suite" "$dest/thread_crossover"

# The benchmark's shared libraries that a plain glibc system may lack.
for lib in $(ldd "$dest/mean_axis0" | awk '/libbenchmark/ {print $3}'); do
  cp -L "$lib" "$dest/lib/"
done

# Scripts the binaries look for beside themselves, and the NumPy checks of the runner.
install -m 644 bench/numpy_worker.py tests/numpy/numpy_crosscheck.py tests/numpy/accuracy_check.py \
  "$dest/"
install -m 755 tools/bundle/run_bundle.sh "$dest/run.sh"
# The build's commit, which the benchmark records report (" dirty": with uncommitted changes).
{
  git -C "$root" rev-parse HEAD 2> /dev/null || echo unknown
  if [[ -n "$(git -C "$root" status --porcelain --untracked-files=no 2> /dev/null)" ]]; then
    echo dirty
  fi
} | tr '\n' ' ' | sed 's/ $//' > "$dest/COMMIT"
tar -C "$(dirname "$dest")" -cJf "$dest.tar.xz" "$(basename "$dest")"
du -sh "$dest" "$dest.tar.xz"
echo "copy $dest.tar.xz to the other machine, unpack it and run $(basename "$dest")/run.sh OUTDIR there"
