#!/bin/bash
# Runs a bundle made by tools/bundle/make_bundle.sh (where it is installed as run.sh) on an
# x86_64 Linux machine without Bazel: the native tests on every ISA the CPU has, the NumPy
# cross-checks and accuracy table of the .npy runner against that machine's NumPy, and the
# headline benchmarks single-threaded and on all cores.
#
# usage: ./run.sh [OUTDIR]          (default: out/ beside run.sh)
#   THREADS=N      threads of the benchmarks' threaded column (default: nproc)
#   PYTHON=path    the Python with NumPy (default: the first of python3 on PATH and
#                  /usr/bin/python3 that imports numpy)
#   BENCH=0        tests only
#   SUITE=1        also the whole benchmark suite, in short rounds (3 x 5 ms per side), as
#                  OUTDIR/suite.json
# Writes OUTDIR/machine.txt, OUTDIR/tests/*.log, OUTDIR/*.json (benchmark records), and prints
# a summary. Exits 1 when a test or check failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/out}"
mkdir -p "$out/tests"
threads="${THREADS:-$(nproc)}"
python=""
for p in ${PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$p" > /dev/null && "$p" -c "import numpy" 2> /dev/null; then
    python="$(command -v "$p")"
    break
  fi
done
export LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
cd "$here"

{
  echo "bundle commit: $(cat COMMIT)"
  uname -srm
  grep -m1 "model name" /proc/cpuinfo
  lscpu 2> /dev/null | grep -E "^(Socket|Core|Thread|L1d|L2|L3|NUMA node\(s\))"
  echo "cores: $(nproc)"
  grep -m1 -o -w "avx512f\|avx2" /proc/cpuinfo | sort -u | tr '\n' ' '; echo
  if [[ -n "$python" ]]; then
    "$python" -c 'import sys, numpy; print(sys.executable, sys.version.split()[0], "numpy", numpy.__version__)'
  else
    echo "no Python with NumPy: the NumPy checks and columns are left out"
  fi
} > "$out/machine.txt"
cat "$out/machine.txt"

# name|environment|binary and arguments: the environments their BUILD files give the tests
# (tests/kernels, tests/golden, tools/raptors).
pool="RAPTORS_PARALLEL_MIN=262144"
threshold_filter="--gtest_filter=ParallelThreshold.EnvironmentGivesExpectedThreshold"
from_memory_filter="--gtest_filter=Transposed.SumsAndMeansFollowTheOrders:Transposed.StackScratchGivesTheSameBits"
tests=(
  "dispatch_test|$pool|./dispatch_test_bin"
  "dispatch_test_avx512_256|$pool RAPTORS_AVX512_ELEMENTWISE_BITS=256|./dispatch_test_bin"
  "dispatch_test_avx512_512|$pool RAPTORS_AVX512_ELEMENTWISE_BITS=512|./dispatch_test_bin"
  "elementwise_test|$pool|./elementwise_test_bin"
  "elementwise_test_avx512_256|$pool RAPTORS_AVX512_ELEMENTWISE_BITS=256|./elementwise_test_bin"
  "elementwise_test_avx512_512|$pool RAPTORS_AVX512_ELEMENTWISE_BITS=512|./elementwise_test_bin"
  "means_test|$pool|./means_test_bin"
  "reduce_test|$pool|./reduce_test_bin"
  "transposed_test|$pool|./transposed_test_bin"
  "transposed_from_memory_test|$pool RAPTORS_STREAM_BYTES=65536|./transposed_test_bin $from_memory_filter"
  "validation_test|$pool|./validation_test_bin"
  "golden_test|$pool|./golden_test_bin"
  "parallel_threshold_test|RAPTORS_PARALLEL_MIN=0 RAPTORS_EXPECTED_PARALLEL_MIN=0|./parallel_threshold_test_bin"
  "parallel_threshold_env_test|RAPTORS_PARALLEL_MIN=4096 RAPTORS_EXPECTED_PARALLEL_MIN=4096|./parallel_threshold_test_bin $threshold_filter"
  "parallel_threshold_bad_env_test|RAPTORS_PARALLEL_MIN=12x RAPTORS_EXPECTED_PARALLEL_MIN=524288|./parallel_threshold_test_bin $threshold_filter"
  "npy_test||./npy_test_bin"
  "ops_test||./ops_test_bin"
)
if [[ -n "$python" ]]; then
  tests+=("numpy_crosscheck_test||$python numpy_crosscheck.py ./raptors"
          "accuracy_test||$python accuracy_check.py ./raptors --markdown-out=$out/accuracy.md")
fi

# The tests run side by side; their logs and exit codes go to OUTDIR/tests.
for t in "${tests[@]}"; do
  IFS='|' read -r name env cmd <<< "$t"
  ( env $env $cmd > "$out/tests/$name.log" 2>&1; echo $? > "$out/tests/$name.rc" ) &
done
wait
failed=0
for t in "${tests[@]}"; do
  name="${t%%|*}"
  rc="$(cat "$out/tests/$name.rc")"
  if [[ "$rc" == 0 ]] && grep -q "^SKIPPED" "$out/tests/$name.log"; then
    printf '  SKIPPED %s (%s)\n' "$name" "$(grep -m1 "^SKIPPED" "$out/tests/$name.log")"
  elif [[ "$rc" == 0 ]]; then
    printf '  PASSED  %s\n' "$name"
  else
    printf '  FAILED  %s (exit %s, log %s), its last lines:\n' "$name" "$rc" "$out/tests/$name.log"
    tail -n 15 "$out/tests/$name.log" | sed 's/^/    /'
    failed=1
  fi
done
grep -h "ISAs" "$out/tests/golden_test.log" | head -1

if [[ "${BENCH:-1}" != 0 ]]; then
  bench=(./mean_axis0 --chart=false --threads="$threads")
  [[ -n "$python" ]] && bench+=(--python="$python") || bench+=(--numpy=false)
  # The headline case, the other goal shapes, then the call overhead of a tiny array.
  "${bench[@]}" --out="$out/mean_axis0.json" | tail -n 4
  "${bench[@]}" --ops=sum,mean,mean_axis0,mean_axis1,sum_axis0,sum_axis1 --dtype=float32 \
    --shape=2048x2048,4194304x4,1048576x16 --out="$out/headline.json" | tail -n 20
  "${bench[@]}" --ops=sum,mean,sum_axis1 --dtype=float32 --shape=1x8 --out="$out/tiny.json" \
    | tail -n 5
  ./thread_crossover --threads="$threads" --rounds=21 > "$out/thread_crossover.txt" 2>&1
  tail -n 12 "$out/thread_crossover.txt"
  if [[ "${SUITE:-0}" == 1 ]]; then
    ./suite "${bench[@]:1}" --repetitions=3 --round_ms=5 --out="$out/suite.json" \
      > "$out/suite.txt" 2>&1
    echo "suite: $(grep -c . "$out/suite.txt") lines in $out/suite.txt, record $out/suite.json"
  fi
fi
exit "$failed"
