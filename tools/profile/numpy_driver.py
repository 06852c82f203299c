"""NumPy side of the profiled workload: the same op on the same values as driver.cc.

Run under valgrind or `perf stat` by the profiler; it does no timing (the bench harness times).
The data formula mirrors Value() in driver.cc.
"""

import argparse
import json
import sys

import numpy as np

# NumPy expression per op, written the way a NumPy user writes it; elementwise ops get a
# preallocated out= like the C++ side.
EXPRESSIONS = {
    "sum": lambda a, b, row, col, out: a.sum(),
    "mean": lambda a, b, row, col, out: a.mean(),
    "sum_axis0": lambda a, b, row, col, out: a.sum(axis=0),
    "sum_axis1": lambda a, b, row, col, out: a.sum(axis=1),
    "mean_axis0": lambda a, b, row, col, out: a.mean(axis=0),
    "mean_axis1": lambda a, b, row, col, out: a.mean(axis=1),
    "min_axis0": lambda a, b, row, col, out: a.min(axis=0),
    "min_axis1": lambda a, b, row, col, out: a.min(axis=1),
    "max_axis0": lambda a, b, row, col, out: a.max(axis=0),
    "max_axis1": lambda a, b, row, col, out: a.max(axis=1),
    "add": lambda a, b, row, col, out: np.add(a, b, out=out),
    "scale": lambda a, b, row, col, out: np.multiply(a, a.dtype.type(0.5), out=out),
    "broadcast_add_row": lambda a, b, row, col, out: np.add(a, row, out=out),
    "broadcast_add_col": lambda a, b, row, col, out: np.add(a, col[:, None], out=out),
}


def values(n, dtype):
    """The driver's deterministic data: (((i * 7919) & 2047) - 1024) / 8, ints scaled by 8."""
    i = np.arange(n, dtype=np.int64)
    v = (((i * 7919) & 2047) - 1024).astype(np.float64) / 8.0
    if np.dtype(dtype).kind == "i":
        return (v * 8).astype(dtype)
    return v.astype(dtype)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--op", default="mean_axis0", choices=sorted(EXPRESSIONS))
    p.add_argument("--shape", default="2048x2048")
    p.add_argument("--dtype", default="float32")
    p.add_argument("--iters", type=int, default=4)
    args = p.parse_args(argv)
    rows, cols = (int(x) for x in args.shape.split("x"))
    a = values(rows * cols, args.dtype).reshape(rows, cols)
    b = values(rows * cols, args.dtype).reshape(rows, cols) if args.op == "add" else None
    row = values(cols, args.dtype)
    col = values(rows, args.dtype)
    out = np.empty_like(a) if "axis" not in args.op and args.op not in ("sum", "mean") else None
    fn = EXPRESSIONS[args.op]
    result = None
    for _ in range(args.iters):
        result = fn(a, b, row, col, out)
    checksum = float(np.sum(np.asarray(result, dtype=np.float64)))
    json.dump({"numpy": np.__version__, "iters": args.iters, "checksum": checksum}, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
