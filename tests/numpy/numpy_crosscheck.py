"""Cross-checks the `raptors` command-line runner against NumPy on the same .npy files.

usage: numpy_crosscheck.py path/to/raptors

For every op, several dtypes, C and Fortran order, odd, tall, 0-d, 1-d, 3-d and 4-d shapes,
this writes the inputs with NumPy, runs the runner on them and checks the output file:
  - dtype and shape exactly NumPy's;
  - integers, min/max and elementwise results (one IEEE operation per element) bit for bit;
  - float sums and means within a bound on accumulated rounding error,
      |got - want| <= eps(dtype) * sum(|x|) * (4 + 2 * sqrt(n))     (n = elements reduced),
    against NumPy's result and against a float64 / long double reference;
  - running with --isa=scalar or --threads=3 gives the same bits (the library's contract);
  - malformed and unsupported inputs fail with exit status 1 and a message, usage errors with 2.
Exits 0 with a SKIPPED line when NumPy is not installed.
"""

import math
import os
import subprocess
import sys
import tempfile
import warnings

try:
    import numpy as np
except ImportError:  # pragma: no cover - depends on the machine
    print("SKIPPED: numpy is not installed for %s; nothing was checked" % sys.executable)
    sys.exit(0)

REDUCTIONS = ("sum", "mean", "min", "max")
FAILURES = []
CHECKS = 0


def fail(what, detail):
    FAILURES.append("%s: %s" % (what, detail))


class Runner:
    def __init__(self, binary, workdir):
        self.binary = os.path.abspath(binary)
        self.workdir = workdir
        self.count = 0

    def path(self, stem):
        self.count += 1
        return os.path.join(self.workdir, "%s_%d.npy" % (stem, self.count))

    def save(self, array, stem="in"):
        p = self.path(stem)
        np.save(p, array)
        return p

    def run(self, args, env=None):
        return subprocess.run([self.binary] + list(args), capture_output=True, text=True,
                              env=env, cwd=self.workdir)

    def op(self, what, op, inputs, flags=()):
        """Runs op on arrays (saved to files); returns the loaded output or None on failure."""
        paths = [self.save(a) for a in inputs]
        out = self.path("out")
        result = self.run([op] + list(flags) + paths + [out])
        if result.returncode != 0:
            fail(what, "exit status %d: %s" % (result.returncode, result.stderr.strip()))
            return None
        return np.load(out)


def tolerance(x, axis, dtype, mean):
    """eps * sum|x| * (4 + 2 sqrt(n)) per output element (divided by n for a mean)."""
    eps = np.finfo(dtype).eps
    n = x.size if axis is None else x.shape[axis]
    abs_sum = np.sum(np.abs(x.astype(np.longdouble)), axis=axis)
    bound = eps * abs_sum * (4 + 2 * math.sqrt(max(n, 1)))
    if mean:
        bound = bound / max(n, 1)
    # A result that is exactly 0 or tiny still gets one ulp of slack at the smallest normal.
    return np.maximum(bound, np.finfo(dtype).tiny)


def reference(op, x, axis):
    """A far more precise sum or mean than either implementation can produce."""
    wide = x.astype(np.longdouble)
    if op == "sum":
        return np.sum(wide, axis=axis)
    return np.sum(wide, axis=axis) / (x.size if axis is None else x.shape[axis])


def same_bits_or_both_nan(got, want):
    if got.dtype.kind == "f":
        return bool(np.all((got == want) | (np.isnan(got) & np.isnan(want))))
    return bool(np.array_equal(got, want))


def check(what, got, want, x=None, op=None, axis=None):
    global CHECKS
    CHECKS += 1
    if got is None:
        return
    want = np.asarray(want)
    if got.dtype != want.dtype:
        fail(what, "dtype %s, NumPy gives %s" % (got.dtype, want.dtype))
        return
    if got.shape != want.shape:
        fail(what, "shape %s, NumPy gives %s" % (got.shape, want.shape))
        return
    exact = want.dtype.kind != "f" or op not in ("sum", "mean")
    if exact:
        if not same_bits_or_both_nan(got, want):
            bad = np.argwhere(~((got == want) | (np.isnan(got) & np.isnan(want)))
                              if got.dtype.kind == "f" else got != want)
            idx = tuple(bad[0]) if bad.size else ()
            fail(what, "differs from NumPy at %s: got %r, want %r" % (idx, got[idx], want[idx]))
        return
    nan_got, nan_want = np.isnan(got), np.isnan(want)
    if not np.array_equal(nan_got, nan_want):
        fail(what, "NaN pattern differs from NumPy's")
        return
    tol = tolerance(x, axis, want.dtype, op == "mean")
    ref = reference(op, x, axis)
    finite = ~nan_want & np.isfinite(want)
    for name, other in (("NumPy", want.astype(np.longdouble)), ("the long double reference", ref)):
        err = np.abs(got.astype(np.longdouble) - other)
        bad = finite & (err > tol)
        if np.any(bad):
            idx = tuple(np.argwhere(bad)[0]) if got.ndim else ()
            fail(what, "differs from %s by %r > tolerance %r at %s (got %r, want %r)" %
                 (name, float(np.asarray(err)[idx]), float(np.asarray(tol)[idx]), idx,
                  got[idx], np.asarray(other)[idx]))
            return


def make(rng, dtype, shape, order="C", big=False):
    dtype = np.dtype(dtype)
    if dtype.kind == "f":
        a = rng.standard_normal(shape) * 100 + 3
    elif big:
        # int64 values near 2**62: sums wrap around, as NumPy's do.
        a = rng.integers(2 ** 61, 2 ** 62, size=shape, dtype=np.int64)
    else:
        a = rng.integers(-1000, 1000, size=shape)
    return np.asarray(a, dtype=dtype, order=order)


def check_reductions(runner, rng):
    shapes = [(), (1,), (7,), (5, 3), (33, 17), (4099, 5), (3, 4, 5), (2, 3, 4, 5), (1, 1, 1),
              (0, 3), (3, 0)]
    for dtype in ("float32", "float64", "int32", "int64"):
        for shape in shapes:
            for order in ("C", "F") if len(shape) >= 2 else ("C",):
                x = make(rng, dtype, shape, order)
                axes = [None] + list(range(len(shape))) + ([-1] if shape else [])
                for op in REDUCTIONS:
                    for axis in axes:
                        what = "%s %s %s order=%s axis=%s" % (op, dtype, shape, order, axis)
                        n = x.size if axis is None else x.shape[axis]
                        flags = [] if axis is None else ["--axis=%d" % axis]
                        if op in ("min", "max") and n == 0:
                            check_fails(runner, what, [op] + flags, [x], 1)
                            continue
                        with np.errstate(all="ignore"):
                            want = getattr(np, op)(x, axis=axis)
                        got = runner.op(what, op, [x], flags)
                        check(what, got, want, x, op, axis)
    # NaN propagates through every reduction; Inf through sums.
    for dtype in ("float32", "float64"):
        x = make(rng, dtype, (9, 6))
        x[4, 2] = np.nan
        x[1, 5] = np.inf
        for op in REDUCTIONS:
            for axis in (None, 0, 1):
                what = "%s %s with NaN/Inf axis=%s" % (op, dtype, axis)
                flags = [] if axis is None else ["--axis=%d" % axis]
                want = getattr(np, op)(x, axis=axis)
                check(what, runner.op(what, op, [x], flags), want, x, op, axis)
    # int64 sums wrap around as NumPy's do; the mean does not (NumPy sums in float64).
    x = make(rng, "int64", (64, 3), big=True)
    for op in REDUCTIONS:
        for axis in (None, 0, 1):
            what = "%s int64 near 2**62 axis=%s" % (op, axis)
            flags = [] if axis is None else ["--axis=%d" % axis]
            check(what, runner.op(what, op, [x], flags), getattr(np, op)(x, axis=axis), x, op,
                  axis)


NUMPY2 = int(np.__version__.split(".")[0]) >= 2


# NumPy's multiply loops for these dtypes, in the order its type resolution tries them.
SCALE_LOOPS = [np.dtype(t) for t in ("int8", "uint8", "int16", "uint16", "int32", "uint32",
                                     "int64", "uint64", "float16", "float32", "float64")]


def value_fits(v, t):
    """NumPy 1.x's value-based cast of a Python scalar to the loop type t."""
    if isinstance(v, int) and t.kind in "iu":
        return np.iinfo(t).min <= v <= np.iinfo(t).max
    if isinstance(v, float) and t.kind != "f":
        return False
    return np.can_cast(np.min_scalar_type(v), t)


def scale_want(a, factor):
    """a * factor as the runner defines it: NumPy 1.x's promotion of a Python scalar.

    Against an array of rank >= 1 the scalar takes the smallest dtype that holds its value
    (value-based casting); a 0-d array promotes like a scalar, a Python int as int64 and a float
    as float64. NumPy 2 (NEP 50) keeps the array's dtype instead (float32 * 1e39 is inf, int32 *
    3000000000 raises), so there the 1.x result is computed from this rule; on NumPy 1.x it is
    NumPy's own product, and the rule is checked to give the same dtype and values.
    """
    if a.ndim == 0:
        rt = np.result_type(a.dtype, np.int64 if isinstance(factor, int) else np.float64)
    else:  # the first multiply loop that takes the array safely and the scalar's value
        rt = next(t for t in SCALE_LOOPS if np.can_cast(a.dtype, t) and value_fits(factor, t))
    with np.errstate(all="ignore"):
        rule = a.astype(rt) * np.asarray(factor).astype(rt)
        if NUMPY2:
            return rule
        want = np.asarray(a * factor)
    if want.dtype != rule.dtype or not np.array_equal(want, rule, equal_nan=True):
        raise AssertionError("scale_want's NumPy 1.x rule disagrees with NumPy %s for %s * %r"
                             % (np.__version__, a.dtype, factor))
    return want


def check_elementwise(runner, rng):
    shapes = [(), (1,), (13,), (5, 3), (33, 17), (4099, 5), (3, 4, 5), (2, 3, 1, 5), (0, 4)]
    for dtype in ("float32", "float64", "int32", "int64"):
        for shape in shapes:
            orders = ("C", "F") if len(shape) >= 2 else ("C",)
            for order_a in orders:
                a = make(rng, dtype, shape, order_a)
                for order_b in orders:
                    b = make(rng, dtype, shape, order_b)
                    what = "add %s %s orders=%s%s" % (dtype, shape, order_a, order_b)
                    check(what, runner.op(what, "add", [a, b]), a + b)
                for factor in ("3", "-2", "0", "2.5", "0.1", "-1e-3"):
                    what = "scale %s %s order=%s factor=%s" % (dtype, shape, order_a, factor)
                    want = scale_want(a, int(factor) if factor.lstrip("-").isdigit()
                                      else float(factor))
                    check(what, runner.op(what, "scale", [a], ["--factor=" + factor]), want)
                if len(shape) != 2:
                    continue
                rows, cols = shape
                for row in (make(rng, dtype, (cols,)), make(rng, dtype, (1, cols))):
                    what = "add_row %s %s order=%s row%s" % (dtype, shape, order_a, row.shape)
                    check(what, runner.op(what, "add_row", [a, row]), a + row)
                for col in (make(rng, dtype, (rows, 1)), make(rng, dtype, (rows,))):
                    what = "add_col %s %s order=%s col%s" % (dtype, shape, order_a, col.shape)
                    check(what, runner.op(what, "add_col", [a, col]), a + col.reshape(rows, 1))
    # NumPy 1.x promotions of a Python scalar factor.
    for dtype, factor in (("float32", "70000"), ("float32", "-40000"), ("float32", "1e39"),
                          ("float32", "65535"), ("int32", "3000000000"), ("int32", "-7"),
                          ("int64", "2.0"), ("int32", "0.5"), ("int64", "4611686018427387904")):
        a = make(rng, dtype, (4, 3))
        what = "scale %s factor=%s" % (dtype, factor)
        want = scale_want(a, int(factor) if factor.lstrip("-").isdigit() else float(factor))
        check(what, runner.op(what, "scale", [a], ["--factor=" + factor]), want)
    # int32 and int64 products wrap around.
    a = np.array([[2 ** 30, -(2 ** 30), 12345]], dtype=np.int32)
    check("scale int32 wraps", runner.op("scale int32 wraps", "scale", [a], ["--factor=5"]),
          scale_want(a, 5))


def check_same_bits(runner, rng):
    """--isa=scalar and --threads=3 must not change a single bit."""
    for dtype in ("float32", "float64", "int64"):
        x = make(rng, dtype, (4099, 33))
        for op, flags in (("sum", []), ("mean", ["--axis=0"]), ("sum", ["--axis=1"]),
                          ("max", ["--axis=0"]), ("mean", [])):
            what = "%s %s %s" % (op, dtype, flags)
            base = runner.op(what, op, [x], flags)
            for extra in (["--isa=scalar"], ["--threads=3"], ["--threads=1"]):
                got = runner.op(what + " " + extra[0], op, [x], flags + extra)
                global CHECKS
                CHECKS += 1
                if base is not None and got is not None and base.tobytes() != got.tobytes():
                    fail(what + " " + extra[0], "bits differ from the default run")


def check_fails(runner, what, args_before_paths, inputs, want_status, want_text=None,
                raw_paths=None):
    global CHECKS
    CHECKS += 1
    paths = raw_paths if raw_paths is not None else [runner.save(a) for a in inputs]
    result = runner.run(args_before_paths + paths + [runner.path("out")])
    if result.returncode != want_status:
        fail(what, "exit status %d, want %d (stderr: %s)" %
             (result.returncode, want_status, result.stderr.strip()))
    elif want_text is not None and want_text not in result.stderr:
        fail(what, "stderr %r does not mention %r" % (result.stderr.strip(), want_text))
    elif not result.stderr.strip():
        fail(what, "failed without a message")


def write_bytes(runner, data):
    p = runner.path("raw")
    with open(p, "wb") as f:
        f.write(data)
    return p


def check_errors(runner, rng):
    x = make(rng, "float32", (3, 4))
    check_fails(runner, "garbage file", ["sum"], [], 1, "not a .npy file",
                raw_paths=[write_bytes(runner, b"hello, world")])
    check_fails(runner, "empty file", ["sum"], [], 1, "not a .npy file",
                raw_paths=[write_bytes(runner, b"")])
    check_fails(runner, "missing file", ["sum"], [], 1, "cannot open",
                raw_paths=[os.path.join(runner.workdir, "no_such_file.npy")])
    with open(runner.save(x), "rb") as f:
        good = f.read()
    check_fails(runner, "truncated data", ["sum"], [], 1, "needs 48 bytes",
                raw_paths=[write_bytes(runner, good[:-4])])
    check_fails(runner, "truncated header", ["sum"], [], 1, "truncated",
                raw_paths=[write_bytes(runner, good[:40])])
    check_fails(runner, "big-endian", ["sum"], [x.astype(">f4")], 1, "big-endian")
    check_fails(runner, "float16", ["sum"], [x.astype(np.float16)], 1, "unsupported dtype")
    check_fails(runner, "uint32", ["sum"], [x.astype(np.uint32)], 1, "unsupported dtype")
    obj = runner.path("object")
    np.save(obj, np.array([1, "a"], dtype=object), allow_pickle=True)
    check_fails(runner, "object array", ["sum"], [], 1, "object arrays", raw_paths=[obj])
    check_fails(runner, "axis out of range", ["sum", "--axis=2"], [x], 1, "out of range")
    check_fails(runner, "add shapes", ["add"], [x, x[:2]], 1, "one shape")
    check_fails(runner, "add dtypes", ["add"], [x, x.astype(np.float64)], 1, "one dtype")
    check_fails(runner, "add_row shape", ["add_row"], [x, x[0, :3]], 1, "second input")
    check_fails(runner, "add_col shape", ["add_col"], [x, x[0, :]], 1, "second input")
    check_fails(runner, "scale without factor", ["scale"], [x], 1, "--factor")
    check_fails(runner, "scale bad factor", ["scale", "--factor=abc"], [x], 1, "not a number")
    check_fails(runner, "unknown op", ["median"], [x], 2, "unknown op")
    check_fails(runner, "unknown flag", ["sum", "--bogus=1"], [x], 2, "unknown flag")
    check_fails(runner, "bad axis text", ["sum", "--axis=x"], [x], 2, "not an integer")
    check_fails(runner, "bad isa", ["sum", "--isa=mmx"], [x], 2, "not an ISA")
    check_fails(runner, "too few paths", ["add"], [x], 2, "takes")
    other_isa = "neon" if os.uname().machine == "x86_64" else "avx2"
    check_fails(runner, "ISA this CPU lacks", ["sum", "--isa=" + other_isa], [x], 1)
    global CHECKS
    CHECKS += 1
    help_run = runner.run(["--help"])
    if help_run.returncode != 0 or "usage: raptors" not in help_run.stdout:
        fail("--help", "exit status %d, stdout %r" % (help_run.returncode, help_run.stdout[:80]))


def check_relative_paths(runner, rng):
    """Relative paths resolve against BUILD_WORKING_DIRECTORY, as under `bazel run`."""
    global CHECKS
    CHECKS += 1
    user_dir = os.path.join(runner.workdir, "user_dir")
    os.makedirs(user_dir, exist_ok=True)
    x = make(rng, "float64", (6, 7))
    np.save(os.path.join(user_dir, "rel_in.npy"), x)
    env = dict(os.environ, BUILD_WORKING_DIRECTORY=user_dir)
    result = runner.run(["max", "--axis=1", "rel_in.npy", "rel_out.npy"], env=env)
    out = os.path.join(user_dir, "rel_out.npy")
    if result.returncode != 0 or not os.path.exists(out):
        fail("relative paths", "exit status %d: %s" % (result.returncode, result.stderr))
        return
    check("relative paths", np.load(out), np.max(x, axis=1))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    # Means of empty slices and NaN arithmetic are checked on purpose.
    warnings.simplefilter("ignore", RuntimeWarning)
    rng = np.random.default_rng(20240611)
    with tempfile.TemporaryDirectory(dir=os.environ.get("TEST_TMPDIR")) as workdir:
        runner = Runner(sys.argv[1], workdir)
        check_reductions(runner, rng)
        check_elementwise(runner, rng)
        check_same_bits(runner, rng)
        check_errors(runner, rng)
        check_relative_paths(runner, rng)
    print("numpy %s: %d checks, %d failures" % (np.__version__, CHECKS, len(FAILURES)))
    for f in FAILURES[:200]:
        print("FAIL " + f)
    if len(FAILURES) > 200:
        print("... and %d more" % (len(FAILURES) - 200))
    sys.exit(1 if FAILURES else 0)


if __name__ == "__main__":
    main()
