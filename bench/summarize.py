"""Prints a benchmark record as Markdown for the README: one speedup table per dtype (op down,
shape across) and the machine it came from.

    bazel run //bench:summarize -- RECORD.json
"""

import json
import math
import os
import sys


def geomean(values):
    values = [v for v in values if v]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def markdown(record):
    ctx = record["context"]
    numpy = ctx.get("numpy") or {}
    lines = [
        "Machine: %s, %d CPUs, caches %s; load average at start %s." % (
            ctx["cpu_model"], ctx["num_cpus"],
            ", ".join("L%d%s %d KiB" % (c["level"], c["type"][0], c["size"] // 1024)
                      for c in ctx["caches"]),
            " ".join("%.2f" % x for x in ctx["load_avg"])),
        "Our ISA %s%s, %s, %s; NumPy %s; commit %s%s; %s; %d interleaved rounds per side." % (
            ctx["isa"],
            " (%d-bit elementwise)" % ctx["elementwise_bits"] if ctx.get("elementwise_bits") else "",
            ctx["compiler"], ctx["build"], numpy.get("numpy_version", "absent"),
            (ctx.get("git_commit") or "unknown")[:10], " (dirty)" if ctx["git_dirty"] else "",
            ctx["date"], ctx["repetitions"]),
        "",
        "Speedup = NumPy median time / ours (> 1: ours is faster); single-threaded.",
    ]
    cases = [c for c in record["cases"] if c.get("error") is None]
    shapes, ops, dtypes = [], [], []
    for c in cases:
        for seq, key in ((shapes, "shape"), (ops, "op"), (dtypes, "dtype")):
            if c[key] not in seq:
                seq.append(c[key])
    table = {(c["op"], c["dtype"], c["shape"]): c["speedup"] for c in cases}
    for dtype in dtypes:
        lines += ["", "**%s**" % dtype, "",
                  "| op | " + " | ".join(shapes) + " | geomean |",
                  "|---|" + "---:|" * (len(shapes) + 1)]
        for op in ops:
            row = [table.get((op, dtype, s)) for s in shapes]
            cells = ["-" if v is None else "%.2f" % v for v in row]
            g = geomean(row)
            lines.append("| %s | %s | %s |" % (op, " | ".join(cells),
                                               "-" if g is None else "%.2f" % g))
    failed = [c["name"] for c in record["cases"] if c.get("error") is not None]
    all_speedups = [c["speedup"] for c in cases if c["speedup"]]
    lines += ["", "%d cases, %d faster than NumPy, geometric mean speedup %.2f; %d failed%s." % (
        len(all_speedups), sum(1 for s in all_speedups if s > 1), geomean(all_speedups) or 0,
        len(failed), (": " + ", ".join(failed)) if failed else "")]
    return "\n".join(lines)


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path = argv[1]
    cwd = os.environ.get("BUILD_WORKING_DIRECTORY")
    if cwd and not os.path.isabs(path):
        path = os.path.join(cwd, path)
    with open(path) as f:
        print(markdown(json.load(f)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
