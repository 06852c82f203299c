#!/bin/bash
# Smoke test of the benchmark harness (never of speed): //bench:suite --quick end to end,
# a run without NumPy, and a corrupted NumPy result that must fail the run loudly.
set -u
cd "${TEST_SRCDIR}/raptors_kernels" || exit 1
out="${TEST_TMPDIR}"
fail() { echo "FAIL: $*"; exit 1; }

echo "== suite --quick"
bench/suite --quick --out="${out}/quick.json" > "${out}/quick.txt" 2> "${out}/quick.err"
rc=$?
cat "${out}/quick.txt"
[ $rc -eq 0 ] || { cat "${out}/quick.err"; fail "suite --quick exited with $rc"; }
/usr/bin/python3 bench/record_schema.py "${out}/quick.json" || fail "malformed record"
grep -q "speedup" "${out}/quick.txt" || fail "no table printed"
grep -q "mean_axis0/float32/512x512 " "${out}/quick.txt" || fail "headline case missing"
grep -q "\[.*/.*\] " "${out}/quick.err" || fail "no progress line"
if /usr/bin/python3 -c "import matplotlib" 2>/dev/null; then
  [ -s "${out}/quick.png" ] || fail "matplotlib is installed but no chart was written"
fi

echo "== without NumPy"
bench/mean_axis0 --python=/nonexistent/python3 --shape=64x64 --repetitions=2 --nochart \
    --out="${out}/nonumpy.json" > "${out}/nonumpy.txt" 2>&1 || fail "run without NumPy failed"
grep -q "NumPy UNAVAILABLE" "${out}/nonumpy.txt" || fail "missing NumPy not reported"
grep -q "mean_axis0/float32/64x64" "${out}/nonumpy.txt" || fail "our numbers not printed"
/usr/bin/python3 bench/record_schema.py "${out}/nonumpy.json" || fail "malformed record"

echo "== corrupted NumPy result"
RAPTORS_BENCH_TEST_CORRUPT_RESULT=1 bench/mean_axis0 --shape=64x64 --repetitions=2 --nochart \
    --out="${out}/corrupt.json" > "${out}/corrupt.txt" 2>&1
rc=$?
[ $rc -ne 0 ] || fail "a wrong result did not fail the run"
grep -q "RESULT MISMATCH in mean_axis0/float32/64x64" "${out}/corrupt.txt" \
    || { cat "${out}/corrupt.txt"; fail "the mismatch does not name the case"; }

echo "PASS"
