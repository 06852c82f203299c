"""Markdown helpers for report.md and the --all index page."""

import classify


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out) + "\n"


def num(x, digits=2):
    if x is None:
        return "n/a"
    if abs(x) < 100:
        return ("%." + str(digits) + "f") % x
    return "{:,}".format(int(round(x)))


def size(n):
    if n is None:
        return "n/a"
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if n >= scale:
            return "%g %s" % (round(n / scale, 2), unit)
    return "%d B" % n


def mix_table(columns):
    """columns: [(title, mix dict, elements per loop iteration or None)] -> markdown table."""
    header = ["category"] + [c[0] for c in columns]
    rows = []
    for key, label in classify.CATEGORIES:
        row = [label]
        for _, mx, _ in columns:
            v = mx[key]
            if key == "vec_load" and mx.get("folded_loads"):
                row.append("%s (+%s folded)" % (num(v), num(mx["folded_loads"])))
            else:
                row.append(num(v))
        rows.append(row)
    rows.append(["**total**"] + [num(mx["total"]) for _, mx, _ in columns])
    rows.append(["bytes loaded / stored"] + ["%s / %s" % (num(mx["bytes_loaded"]), num(mx["bytes_stored"]))
                                             for _, mx, _ in columns])
    rows.append(["instructions per element"] +
                [num(mx["total"] / e, 3) if e else "(see the per-call column)" for _, mx, e in columns])
    return table(header, rows)


def asm_listing(loop, counts=None):
    lines = ["```"]
    for ins in loop.instructions:
        c = counts.get(ins.addr) if counts else None
        prefix = ("%12s  " % num(c, 1)) if counts is not None else ""
        lines.append("%s%8x:  %s" % (prefix, ins.addr, ins.text))
    lines.append("```")
    return "\n".join(lines) + "\n"
