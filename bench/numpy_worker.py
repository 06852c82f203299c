"""NumPy side of the benchmark harness: a long-lived child of the C++ harness.

The harness writes one request per line on stdin and reads one reply per line on stdout, so
the two sides can be timed in alternating rounds inside one run. Replies start with "ok" or
"error". Requests (tab-separated):

  hello                                   -> ok <JSON: numpy version, SIMD features, config>
  load NAME PATH DTYPE ROWS COLS LAYOUT    -> ok      (NAME: a, b, row, col; LAYOUT: c, 1d, F, S2)
  prepare OP FACTOR RESULT_PATH            -> ok DTYPE COUNT   (runs OP once, writes its result)
  time FORM ITERS                          -> ok NANOSECONDS   (FORM: out, alloc)
  quit                                    -> (exits without a reply)

Arrays are read from the raw bytes the harness wrote, so NumPy works on the very values our
kernels see, in the same layout (a transposed or strided view of a C-order base array).
"""

import contextlib
import gc
import io
import json
import sys
import os
import time

try:
    import numpy as np
except ImportError as e:  # the harness reports this and carries on without NumPy
    np = None
    NUMPY_ERROR = str(e)

# Test hook (suite_quick_test.sh): hand the harness a wrong result, which must fail the run.
CORRUPT_FOR_TEST = os.environ.get("RAPTORS_BENCH_TEST_CORRUPT_RESULT") == "1"


def numpy_info():
    info = {"numpy_version": np.__version__, "python_version": sys.version.split()[0]}
    try:
        try:  # NumPy 2 renamed numpy.core (which now warns) to numpy._core
            from numpy._core import _multiarray_umath as mu
        except ImportError:
            from numpy.core import _multiarray_umath as mu
        info["cpu_baseline"] = list(getattr(mu, "__cpu_baseline__", []))
        info["cpu_dispatch"] = list(getattr(mu, "__cpu_dispatch__", []))
        features = getattr(mu, "__cpu_features__", {})
        info["cpu_features_enabled"] = sorted(k for k, v in features.items() if v)
    except ImportError:
        pass
    text = io.StringIO()
    try:
        with contextlib.redirect_stdout(text):
            np.show_config()
    except Exception as e:  # show_config's format differs across versions; keep what we got
        text.write("show_config failed: %s" % e)
    info["show_config"] = text.getvalue()
    return info


def make_view(base, layout):
    if layout in ("c", "1d"):
        return base
    if layout == "F":
        return base.T
    if layout == "S2":
        return base[:, ::2]
    raise ValueError("unknown layout " + layout)


def make_op(op, arrays, factor):
    """Returns (out_form, alloc_form). out_form writes into a preallocated array where the op
    has an array result (as our kernels do); alloc_form is what a NumPy user usually writes."""
    a = arrays["a"]
    if a.dtype.kind in "iu":
        factor = int(factor)  # a Python int keeps the integer dtype, as for our kernels
    reductions = {
        "sum": lambda: a.sum(),
        "mean": lambda: a.mean(),
        "mean_axis0": lambda: a.mean(axis=0),
        "mean_axis1": lambda: a.mean(axis=1),
        "sum_axis0": lambda: a.sum(axis=0),
        "sum_axis1": lambda: a.sum(axis=1),
        "min_axis0": lambda: a.min(axis=0),
        "max_axis1": lambda: a.max(axis=1),
    }
    if op in reductions:
        fn = reductions[op]
        return fn, fn
    out = np.empty(a.shape, dtype=a.dtype)
    if op == "add":
        b = arrays["b"]
        return (lambda: np.add(a, b, out=out)), (lambda: a + b)
    if op == "scale":
        return (lambda: np.multiply(a, factor, out=out)), (lambda: a * factor)
    if op == "broadcast_add_row":
        row = arrays["row"]
        return (lambda: np.add(a, row, out=out)), (lambda: a + row)
    if op == "broadcast_add_col":
        col = arrays["col"][:, None]
        return (lambda: np.add(a, col, out=out)), (lambda: a + col)
    raise ValueError("unknown op " + op)


def time_form(fn, iters):
    # Like timeit: no garbage collection inside the timed loop.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        clock = time.perf_counter_ns
        start = clock()
        for _ in range(iters):
            fn()
        return clock() - start
    finally:
        if gc_was_enabled:
            gc.enable()


def main():
    out = sys.stdout
    arrays = {}
    forms = {}

    def reply(text):
        out.write(text + "\n")
        out.flush()

    for line in sys.stdin:
        words = line.rstrip("\n").split("\t")
        cmd = words[0]
        try:
            if cmd == "hello":
                if np is None:
                    reply("error NumPy is not importable by %s: %s" % (sys.executable, NUMPY_ERROR))
                else:
                    reply("ok " + json.dumps(numpy_info()).replace("\n", " "))
            elif cmd == "load":
                name, path, dtype, rows, cols, layout = words[1:7]
                base = np.fromfile(path, dtype=np.dtype(dtype))
                if layout != "1d":
                    base = base.reshape(int(rows), int(cols))
                arrays[name] = make_view(base, layout)
                reply("ok")
            elif cmd == "prepare":
                op, factor, result_path = words[1], float(words[2]), words[3]
                forms["out"], forms["alloc"] = make_op(op, arrays, factor)
                # the out= form's own result: the form that is timed is the form checked
                result = np.ascontiguousarray(np.asarray(forms["out"]()))
                if CORRUPT_FOR_TEST:
                    result = result.copy()
                    result.reshape(-1)[0] += 1
                result.tofile(result_path)
                reply("ok %s %d" % (result.dtype.name, result.size))
            elif cmd == "time":
                form, iters = words[1], int(words[2])
                reply("ok %d" % time_form(forms[form], iters))
            elif cmd == "quit":  # no reply: the harness may already have closed its end
                return
            else:
                reply("error unknown request " + cmd)
        except Exception as e:  # report, keep serving: the harness decides what is fatal
            reply("error %s: %s" % (type(e).__name__, str(e).replace("\n", " ")))


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # the harness went away; nothing left to tell it
        pass
