"""Measures the accuracy of the `raptors` runner's float sums and means against NumPy's.

usage: accuracy_check.py path/to/raptors [--markdown-out=PATH]

For fixed-seed random float32 and float64 arrays of tall shapes (4096x64, 16384x32, 65536x8)
and three kinds of data that make summation order matter:
  offset    1000 + N(0, 1): a large common offset, so every partial sum is big and each
            addition rounds away low bits of the values;
  mixed     +-10^U(-4, 4), three positives in four: magnitudes across eight decades;
  uniform   U(0, 1): all positive, partial sums growing linearly;
it computes sum and mean over axis 0, axis 1 and all elements with the runner (default threads
and ISA, so whatever this machine dispatches to) and with NumPy as users write it
(`a.sum(axis=0)`, `a.mean()`, ...), and the maximum relative error of each against an exact
reference, in units of the dtype's machine epsilon.

Reference: math.fsum over the values converted to float64 (exact for float32 and float64 input)
gives the correctly rounded sum s; fsum(values + [-s]) gives the remainder t, so s + t is the
exact sum to about 2^-106 relative. Errors are taken in long double (64-bit significand):
|result - (s + t)|, and for a mean |result - (s + t) / n|, relative to |exact|; the reference's
own error is below 2^-60 relative, under 0.001 float64 eps. Where cancellation makes the exact
value tiny, the denominator is max(|exact|, 2^-10 * sum|x|) (divided by n for a mean), so an
output near zero is judged on the scale of its terms instead of dividing by almost nothing.

Checks (the library's accuracy claims, README "Accuracy"):
  - our max relative error <= NumPy's on every float32 case and on every axis-0 case (ours may
    be 0). For float64 over the last axis or all elements both sides are trees of float64
    additions (order L against NumPy's pairwise sum), and which one lands closer is a matter of
    the data; those rows are reported against NumPy and asserted against order L's a-priori
    bound instead: |error| <= depth * eps * sum|x| for every output, depth = 8 sequential lane
    additions + 5 halving levels + ceil(log2(chunks of 256)) pairwise levels (+1 for a mean);
  - float32 sum and mean over axis 0 with >= 4096 rows: ours at least 8x smaller than NumPy's.
    A NumPy error of 0 cannot show that and counts as a failure, not a pass.
Prints the table and exits 1 if a check fails (or the runner fails), 0 otherwise. Exits 0 with a
SKIPPED line when NumPy is not installed. With --markdown-out, or when
TEST_UNDECLARED_OUTPUTS_DIR is set (bazel test), also writes the table as Markdown.
"""

import math
import os
import platform
import subprocess
import sys
import tempfile
import time

try:
    import numpy as np
except ImportError:  # pragma: no cover - depends on the machine
    print("SKIPPED: numpy is not installed for %s; nothing was checked" % sys.executable)
    sys.exit(0)

SHAPES = ((4096, 64), (16384, 32), (65536, 8))
DTYPES = (np.float32, np.float64)
KINDS = ("offset", "mixed", "uniform")
# (label, op, axis) in table order.
REDUCTIONS = (
    ("sum axis0", "sum", 0), ("mean axis0", "mean", 0),
    ("sum axis1", "sum", 1), ("mean axis1", "mean", 1),
    ("sum all", "sum", None), ("mean all", "mean", None),
)
GUARD = 2.0 ** -10      # denominator floor, as a fraction of sum|x|
REQUIRED_AXIS0_F32_RATIO = 8.0
AXIS0_MIN_ROWS = 4096


def make_data(kind, shape, dtype, seed):
    rng = np.random.default_rng(seed)
    if kind == "offset":
        x = 1000.0 + rng.standard_normal(shape)
    elif kind == "mixed":
        magnitude = 10.0 ** rng.uniform(-4.0, 4.0, shape)
        sign = np.where(rng.uniform(size=shape) < 0.75, 1.0, -1.0)
        x = sign * magnitude
    elif kind == "uniform":
        x = rng.uniform(0.0, 1.0, shape)
    else:
        raise ValueError(kind)
    return np.ascontiguousarray(x.astype(dtype))


def exact_sums(lines):
    """(s, t, abs_sum) arrays for a list of float64 value lists: s + t is the exact sum."""
    s = np.empty(len(lines))
    t = np.empty(len(lines))
    a = np.empty(len(lines))
    fsum = math.fsum
    for i, values in enumerate(lines):
        si = fsum(values)
        values.append(-si)
        s[i] = si
        t[i] = fsum(values)
        values.pop()
        a[i] = fsum(map(abs, values))
    return s, t, a


def references(x):
    """Exact sums of x per axis-0 output (columns), axis-1 output (rows) and all elements."""
    x64 = x.astype(np.float64)
    return {
        0: exact_sums(x64.T.tolist()),
        1: exact_sums(x64.tolist()),
        None: exact_sums([x64.ravel().tolist()]),
    }


def in_long_double(result, ref, n, mean):
    """(result, exact value, sum|x|) per output in long double; for a mean, exact and sum|x|
    are divided by n."""
    s, t, abs_sum = ref
    exact = s.astype(np.longdouble) + t.astype(np.longdouble)
    scale = abs_sum.astype(np.longdouble)
    if mean:
        exact = exact / n
        scale = scale / n
    return np.asarray(result, dtype=np.longdouble).reshape(exact.shape), exact, scale


def order_l_bound_ratio(result, ref, n, mean, eps):
    """Max over outputs of |result - exact| / (depth * eps * sum|x|): <= 1 is within order L's
    worst-case error bound (see the module docstring)."""
    chunks = max(1, -(-n // 256))
    depth = 8 + 5 + math.ceil(math.log2(chunks)) + (1 if mean else 0)
    got, exact, scale = in_long_double(result, ref, n, mean)
    if not np.all(np.isfinite(got)):
        return math.inf
    bound = np.maximum(depth * eps * scale, np.finfo(np.longdouble).tiny)
    return float(np.max(np.abs(got - exact) / bound))


def max_rel_err(result, ref, n, mean):
    """Max over outputs of |result - exact| / max(|exact|, GUARD * sum|x|), mean: both / n."""
    got, exact, scale = in_long_double(result, ref, n, mean)
    if not np.all(np.isfinite(got)):
        return math.inf
    err = np.abs(got - exact) / np.maximum(np.abs(exact), GUARD * scale)
    return float(np.max(err))


class Runner:
    def __init__(self, binary, workdir):
        self.binary = os.path.abspath(binary)
        self.workdir = workdir

    def reduce(self, op, axis, in_path):
        out = os.path.join(self.workdir, "out.npy")
        args = [self.binary, op]
        if axis is not None:
            args.append("--axis=%d" % axis)
        args += [in_path, out]
        proc = subprocess.run(args, capture_output=True, text=True, cwd=self.workdir)
        if proc.returncode != 0:
            raise RuntimeError("%s: exit status %d: %s"
                               % (" ".join(args[1:]), proc.returncode, proc.stderr.strip()))
        return np.load(out)


def numpy_reduce(x, op, axis):
    """NumPy as users write it: a.sum(axis=0), a.mean(), ..."""
    return getattr(x, op)() if axis is None else getattr(x, op)(axis=axis)


def measure(runner):
    rows = []
    seed = 20260101
    for dtype in DTYPES:
        eps = float(np.finfo(dtype).eps)
        for shape in SHAPES:
            for kind in KINDS:
                seed += 1
                x = make_data(kind, shape, dtype, seed)
                in_path = os.path.join(runner.workdir, "in.npy")
                np.save(in_path, x)
                refs = references(x)
                for label, op, axis in REDUCTIONS:
                    n = x.size if axis is None else shape[axis]
                    mean = op == "mean"
                    ours = runner.reduce(op, axis, in_path)
                    theirs = numpy_reduce(x, op, axis)
                    if ours.dtype != theirs.dtype or ours.shape != np.shape(theirs):
                        raise RuntimeError("%s %s: runner gave %s %s, NumPy %s %s" % (
                            label, shape, ours.dtype, ours.shape, theirs.dtype,
                            np.shape(theirs)))
                    rows.append({
                        "dtype": np.dtype(dtype).name, "shape": shape, "kind": kind,
                        "label": label, "op": op, "axis": axis, "eps": eps,
                        "ours": max_rel_err(ours, refs[axis], n, mean) / eps,
                        "numpy": max_rel_err(theirs, refs[axis], n, mean) / eps,
                        "bound": order_l_bound_ratio(ours, refs[axis], n, mean, eps),
                    })
    return rows


def check(rows):
    failures = []
    for r in rows:
        name = case_name(r)
        r["vs_bound"] = r["dtype"] == "float64" and r["axis"] != 0
        if r["vs_bound"]:
            if not r["bound"] <= 1.0:
                failures.append("%s: error is %.3g x order L's worst-case bound" % (
                    name, r["bound"]))
        elif not r["ours"] <= r["numpy"]:
            failures.append("%s: ours %.6g eps > NumPy's %.6g eps" % (name, r["ours"], r["numpy"]))
        r["needs8x"] = (r["dtype"] == "float32" and r["axis"] == 0
                        and r["shape"][0] >= AXIS0_MIN_ROWS)
        if r["needs8x"]:
            if not r["numpy"] > 0:
                failures.append("%s: NumPy's error is %g, so 'at least %gx smaller' cannot be"
                                " shown" % (name, r["numpy"], REQUIRED_AXIS0_F32_RATIO))
            elif not r["ours"] * REQUIRED_AXIS0_F32_RATIO <= r["numpy"]:
                failures.append("%s: ours %.3g eps is not %gx smaller than NumPy's %.3g eps" % (
                    name, r["ours"], REQUIRED_AXIS0_F32_RATIO, r["numpy"]))
    return failures


def case_name(r):
    return "%s %dx%d %s %s" % (r["dtype"], r["shape"][0], r["shape"][1], r["kind"], r["label"])


def ratio(r):
    if r["ours"] == 0:
        return "exact" if r["numpy"] == 0 else "inf"
    return "%.1f" % (r["numpy"] / r["ours"])


def table_lines(rows, markdown):
    header = ("case", "ours (eps)", "NumPy (eps)", "NumPy/ours", "ours / order-L bound")
    body = [(case_name(r) + (" *" if r.get("needs8x") else "") + (" +" if r.get("vs_bound") else ""),
             "%.4f" % r["ours"], "%.4f" % r["numpy"], ratio(r),
             "%.4f" % r["bound"] if r.get("vs_bound") else "") for r in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|---|---:|---:|---:|---:|"]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return lines
    widths = [max(len(c[i]) for c in [header] + body) for i in range(len(header))]
    fmt = lambda cells: "  ".join(
        c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return [fmt(header), fmt(["-" * w for w in widths])] + [fmt(c) for c in body]


def machine():
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s (%s, %s cores), NumPy %s, Python %s" % (
        model, platform.machine(), os.cpu_count(), np.__version__, platform.python_version())


def markdown(rows, failures, seconds):
    lines = [
        "# Summation accuracy: Raptors vs NumPy",
        "",
        "Generated by `bazel run //tests/numpy:accuracy_report` (checked by "
        "`bazel test //tests/numpy:accuracy_test`) on %s." % machine(),
        "Raptors runs through the `.npy` runner with its default threads and ISA.",
        "",
        "Max relative error over all outputs of each case, in units of the dtype's machine "
        "epsilon (float32 2^-23, float64 2^-52), against an exact reference (math.fsum in float64 "
        "plus its remainder); denominator max(|exact|, 2^-10 sum|x|). Data (fixed seeds): "
        "`offset` 1000 + N(0,1), `mixed` +-10^U(-4,4) with 3/4 positive, `uniform` U(0,1). "
        "NumPy is called as users write it (`a.sum(axis=0)`, `a.mean()`, ...).",
        "",
        "Checks: ours <= NumPy on every float32 case and every axis-0 case; rows marked * "
        "(float32 axis 0, >= %d rows) need ours at least %gx smaller. Rows marked + (float64, "
        "axis 1 or all elements: float64 trees on both sides, NumPy's pairwise against our "
        "order L, neither always closer) are reported against NumPy and checked against order "
        "L's worst-case bound, depth x eps x sum|x| (last column, must be <= 1)."
        % (AXIS0_MIN_ROWS, REQUIRED_AXIS0_F32_RATIO),
        "",
    ]
    lines += table_lines(rows, markdown=True)
    lines += ["", "Result: %s (%d cases, %.0f s)." % (
        "all checks pass" if not failures else "%d check(s) FAILED" % len(failures),
        len(rows), seconds)]
    lines += ["- " + f for f in failures]
    return "\n".join(lines) + "\n"


def main(argv):
    markdown_out = None
    positional = []
    for arg in argv[1:]:
        if arg.startswith("--markdown-out="):
            markdown_out = arg.split("=", 1)[1]
            # `bazel run` starts in the runfiles tree; take paths from where it was invoked.
            base = os.environ.get("BUILD_WORKING_DIRECTORY")
            if base and not os.path.isabs(markdown_out):
                markdown_out = os.path.join(base, markdown_out)
        else:
            positional.append(arg)
    if len(positional) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    if markdown_out is None and os.environ.get("TEST_UNDECLARED_OUTPUTS_DIR"):
        markdown_out = os.path.join(os.environ["TEST_UNDECLARED_OUTPUTS_DIR"], "accuracy.md")

    start = time.time()
    with tempfile.TemporaryDirectory(dir=os.environ.get("TEST_TMPDIR")) as workdir:
        try:
            rows = measure(Runner(positional[0], workdir))
        except RuntimeError as e:
            print("FAILED: %s" % e)
            return 1
    failures = check(rows)
    seconds = time.time() - start

    print("Max relative error vs exact (math.fsum) reference, in eps of the dtype; "
          "* = float32 axis 0 >= %d rows, needs ours %gx smaller" % (
              AXIS0_MIN_ROWS, REQUIRED_AXIS0_F32_RATIO))
    print("\n".join(table_lines(rows, markdown=False)))
    if markdown_out:
        with open(markdown_out, "w") as f:
            f.write(markdown(rows, failures, seconds))
        print("wrote %s" % markdown_out)
    if failures:
        print("\nFAILED %d of %d checks:" % (len(failures), len(rows)))
        for f in failures:
            print("  " + f)
        return 1
    print("\nPASSED: %d cases, %.1f s" % (len(rows), seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
