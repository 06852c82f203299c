"""Compares two benchmark records case by case and flags regressions beyond measured noise.

    bazel run //bench:compare -- OLD.json NEW.json [--fail-on-regression]

For each case in both records: our median before and after, the change, and the noise: half
the relative spread (max - min over median) of each record, added. A case regressed when it
got slower by more than that noise AND its fastest new round is slower than the slowest old
round (the two sets of rounds do not overlap). Improvements are the mirror image. The NumPy
speedup of each side is printed too: it moves less with machine load than raw times do.
"""

import json
import os
import sys


def load(path):
    # under `bazel run`, relative paths are relative to where the user typed the command
    cwd = os.environ.get("BUILD_WORKING_DIRECTORY")
    if cwd and not os.path.isabs(path):
        path = os.path.join(cwd, path)
    with open(path) as f:
        return json.load(f)


def half_spread(timing):
    return 0.5 * (timing["max_ms"] - timing["min_ms"]) / timing["median_ms"]


def classify(old, new):
    """Returns (change, noise, verdict) for two 'ours' timings; change is relative (+ slower)."""
    change = new["median_ms"] / old["median_ms"] - 1.0
    noise = half_spread(old) + half_spread(new)
    if change > noise and new["min_ms"] > old["max_ms"]:
        return change, noise, "REGRESSION"
    if -change > noise and new["max_ms"] < old["min_ms"]:
        return change, noise, "improved"
    return change, noise, "same"


def compare(old_record, new_record):
    """Returns (rows, regressions, notes): rows are tuples for the table."""
    old_cases = {c["name"]: c for c in old_record["cases"]}
    new_cases = {c["name"]: c for c in new_record["cases"]}
    rows, regressions, notes = [], [], []
    for name, new in new_cases.items():
        old = old_cases.get(name)
        if old is None:
            notes.append("only in new: " + name)
            continue
        if old.get("ours") is None or new.get("ours") is None:
            notes.append("failed in %s: %s" % ("old" if old.get("ours") is None else "new", name))
            continue
        change, noise, verdict = classify(old["ours"], new["ours"])
        rows.append((name, old["ours"]["median_ms"], new["ours"]["median_ms"], change, noise,
                     old.get("speedup"), new.get("speedup"), verdict))
        if verdict == "REGRESSION":
            regressions.append(name)
    for name in old_cases:
        if name not in new_cases:
            notes.append("only in old: " + name)
    return rows, regressions, notes


def ratio_text(x):
    return "-" if x is None else "%.2fx" % x


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    strict = "--fail-on-regression" in argv[1:]
    if len(args) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old_record, new_record = load(args[0]), load(args[1])
    rows, regressions, notes = compare(old_record, new_record)
    for label, record in (("old", old_record), ("new", new_record)):
        ctx = record["context"]
        print("%s: %s  %s  %s  commit %s" % (label, ctx["date"], ctx["target"], ctx["cpu_model"],
                                            (ctx.get("git_commit") or "unknown")[:10]))
    if old_record["context"]["cpu_model"] != new_record["context"]["cpu_model"]:
        print("WARNING: different CPUs; raw times are not comparable (look at the speedups)")
    width = max([len(r[0]) for r in rows] + [4])
    print("%-*s  %10s  %10s  %8s  %7s  %9s  %9s  %s" % (
        width, "case", "old ms", "new ms", "change", "noise", "old spdup", "new spdup",
        "verdict"))
    for name, old_ms, new_ms, change, noise, old_s, new_s, verdict in rows:
        print("%-*s  %10.4g  %10.4g  %+7.1f%%  %6.1f%%  %9s  %9s  %s" % (
            width, name, old_ms, new_ms, 100 * change, 100 * noise, ratio_text(old_s),
            ratio_text(new_s), verdict))
    for note in notes[:10]:
        print(note)
    if len(notes) > 10:
        print("... and %d more cases in only one record" % (len(notes) - 10))
    print("%d cases compared, %d regression(s) beyond noise%s" % (
        len(rows), len(regressions), (": " + ", ".join(regressions)) if regressions else ""))
    return 1 if strict and regressions else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
