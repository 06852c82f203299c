"""Draws a benchmark record as a PNG: speedup over NumPy per case and % of the read roofline.

    /usr/bin/python3 chart.py RECORD.json OUT.png

Few cases: horizontal bars. Many (the suite): two heat maps, op/dtype down, shape across.
Without matplotlib (Debian: python3-matplotlib) it prints a notice and exits 0: a chart is a
convenience, the JSON record is the result.
"""

import json
import math
import sys

BAR_LIMIT = 24


def load_cases(path):
    with open(path) as f:
        record = json.load(f)
    return record, [c for c in record["cases"] if c.get("error") is None]


def title_of(record):
    ctx = record["context"]
    np_version = (ctx.get("numpy") or {}).get("numpy_version", "absent")
    commit = (ctx.get("git_commit") or "unknown")[:10]
    return "raptors %s vs NumPy %s | %s | isa %s | %s | %s" % (
        ctx["target"], np_version, ctx["cpu_model"], ctx["isa"], ctx["date"][:10], commit)


def draw_bars(plt, record, cases, out):
    names = [c["name"] for c in cases]
    speedups = [c["speedup"] or 0.0 for c in cases]
    roofline = [100.0 * (c["roofline"] or 0.0) for c in cases]
    height = max(2.5, 0.4 * len(cases) + 1.5)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(13, height), sharey=True)
    ys = range(len(cases))
    ax1.barh(ys, speedups, color=["#2a9d8f" if s >= 1 else "#e76f51" for s in speedups])
    ax1.axvline(1.0, color="black", linewidth=0.8)
    ax1.set_yticks(list(ys))
    ax1.set_yticklabels(names, fontsize=8)
    ax1.invert_yaxis()
    ax1.set_xlabel("speedup over NumPy (NumPy time / ours; >1 is faster)")
    for y, s in zip(ys, speedups):
        ax1.text(s, y, " %.2fx" % s, va="center", fontsize=7)
    ax2.barh(ys, roofline, color="#457b9d")
    ax2.set_xlabel("% of same-size read bandwidth (roofline)")
    for y, r in zip(ys, roofline):
        ax2.text(r, y, " %.0f%%" % r, va="center", fontsize=7)
    fig.suptitle(title_of(record), fontsize=9)
    fig.tight_layout()
    fig.savefig(out, dpi=110)


def draw_heatmaps(plt, record, cases, out):
    shapes, rows = [], []
    for c in cases:
        if c["shape"] not in shapes:
            shapes.append(c["shape"])
        key = "%s %s" % (c["op"], c["dtype"])
        if key not in rows:
            rows.append(key)
    speed = [[math.nan] * len(shapes) for _ in rows]
    roof = [[math.nan] * len(shapes) for _ in rows]
    for c in cases:
        i, j = rows.index("%s %s" % (c["op"], c["dtype"])), shapes.index(c["shape"])
        if c["speedup"]:
            speed[i][j] = c["speedup"]
        if c["roofline"]:
            roof[i][j] = 100.0 * c["roofline"]
    log_speed = [[math.log2(v) if v == v else math.nan for v in row] for row in speed]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(20, 0.28 * len(rows) + 3))
    im1 = ax1.imshow(log_speed, cmap="RdYlGn", vmin=-3, vmax=3, aspect="auto")
    im2 = ax2.imshow(roof, cmap="viridis", vmin=0, vmax=100, aspect="auto")
    for ax, grid, fmt in ((ax1, speed, "%.2g"), (ax2, roof, "%.0f")):
        ax.set_xticks(range(len(shapes)))
        ax.set_xticklabels(shapes, rotation=45, ha="right", fontsize=7)
        ax.set_yticks(range(len(rows)))
        ax.set_yticklabels(rows, fontsize=7)
        for i, row in enumerate(grid):
            for j, v in enumerate(row):
                if v == v:
                    ax.text(j, i, fmt % v, ha="center", va="center", fontsize=6)
    ax1.set_title("speedup over NumPy (color: log2; >1 is faster)", fontsize=9)
    ax2.set_title("% of same-size read bandwidth (roofline)", fontsize=9)
    fig.colorbar(im1, ax=ax1, label="log2 speedup")
    fig.colorbar(im2, ax=ax2, label="% roofline")
    fig.suptitle(title_of(record), fontsize=10)
    fig.tight_layout()
    fig.savefig(out, dpi=100)


def main(argv):
    if len(argv) != 3:
        print("usage: chart.py RECORD.json OUT.png", file=sys.stderr)
        return 2
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("NOTE: matplotlib is not available (apt-get install python3-matplotlib); "
              "chart skipped")
        return 0
    record, cases = load_cases(argv[1])
    if not cases:
        print("NOTE: no successful cases in %s; chart skipped" % argv[1])
        return 0
    if len(cases) <= BAR_LIMIT:
        draw_bars(plt, record, cases, argv[2])
    else:
        draw_heatmaps(plt, record, cases, argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
