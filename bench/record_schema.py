"""The layout of a benchmark record (bench/results/*.json), as a checker.

The C++ harness writes records (results.cc); chart.py and compare.py read them. This module is
the one statement of what they may rely on:  `python3 record_schema.py RECORD.json` exits 1
and lists the problems when a record does not match.
"""

import json
import sys

NUMBER = (int, float)

CONTEXT_FIELDS = {
    # Google Benchmark's context
    "date": str, "host_name": str, "executable": str, "num_cpus": int,
    "mhz_per_cpu": NUMBER, "cpu_scaling_enabled": str, "caches": list, "load_avg": list,
    # ours
    "target": str, "command_line": str, "cpu_model": str, "compiler": str, "build": str,
    "isa": str, "supported_isas": list, "threads": int, "repetitions": int,
    "round_ms": NUMBER, "read_kernel": str, "git_dirty": bool,
}
NULLABLE_CONTEXT_FIELDS = {"git_commit": str, "numpy": dict, "numpy_unavailable": str}
# Checked where present: records made before these fields existed lack them.
OPTIONAL_CONTEXT_FIELDS = {"elementwise_bits": int}
TIMING_FIELDS = {"median_ms": NUMBER, "min_ms": NUMBER, "max_ms": NUMBER,
                 "iters_per_round": int, "rounds_ms": list}
CASE_FIELDS = {"name": str, "op": str, "dtype": str, "shape": str, "layout": str,
               "view_rows": int, "view_cols": int, "bytes": int, "isa": str, "threads": int}
NULLABLE_CASE_RATIOS = ("speedup", "speedup_alloc", "speedup_threaded", "gbps", "read_gbps",
                        "roofline")
CASE_TIMINGS = ("ours", "numpy", "numpy_alloc", "ours_threaded", "read")


def _check_fields(obj, fields, where, problems, nullable=False):
    for key, kind in fields.items():
        if key not in obj:
            problems.append("%s: missing %r" % (where, key))
            continue
        value = obj[key]
        if value is None and nullable:
            continue
        # bool is an int in Python; do not let True pass for a count
        if isinstance(value, bool) and kind is not bool:
            problems.append("%s.%s: expected %s, got bool" % (where, key, kind))
        elif not isinstance(value, kind):
            problems.append("%s.%s: expected %s, got %r" % (where, key, kind, value))


def _check_timing(timing, where, problems):
    before = len(problems)
    _check_fields(timing, TIMING_FIELDS, where, problems)
    if len(problems) > before:
        return
    if not timing["min_ms"] <= timing["median_ms"] <= timing["max_ms"]:
        problems.append("%s: median outside [min, max]" % where)
    if len(timing["rounds_ms"]) == 0:
        problems.append("%s: no rounds" % where)


def _case_problems(case, where, names):
    problems = []
    _check_fields(case, CASE_FIELDS, where, problems)
    name = case.get("name")
    if name in names:
        problems.append("%s: duplicate case name %r" % (where, name))
    names.add(name)
    for key in CASE_TIMINGS + NULLABLE_CASE_RATIOS + ("error",):
        if key not in case:
            problems.append("%s: missing %r" % (where, key))
    if problems or case["error"] is not None:
        return problems  # a failed case carries its message and no timings
    for key in CASE_TIMINGS:
        if case[key] is not None:
            _check_timing(case[key], "%s.%s" % (where, key), problems)
    if case["ours"] is None:
        problems.append("%s: no error but no timing of ours" % where)
    if (case["numpy"] is None) != (case["speedup"] is None):
        problems.append("%s: speedup must be present exactly when numpy is" % where)
    return problems


def validate(record):
    """Returns a list of problems (empty when the record is well formed)."""
    problems = []
    if not isinstance(record, dict):
        return ["record is not a JSON object"]
    if record.get("schema_version") != 1:
        problems.append("schema_version: expected 1, got %r" % record.get("schema_version"))
    for key, kind in (("context", dict), ("benchmarks", list), ("cases", list)):
        if not isinstance(record.get(key), kind):
            problems.append("%s: expected %s" % (key, kind.__name__))
    if problems:
        return problems
    context = record["context"]
    _check_fields(context, CONTEXT_FIELDS, "context", problems)
    _check_fields(context, NULLABLE_CONTEXT_FIELDS, "context", problems, nullable=True)
    _check_fields({k: v for k, v in context.items() if k in OPTIONAL_CONTEXT_FIELDS},
                  {k: v for k, v in OPTIONAL_CONTEXT_FIELDS.items() if k in context},
                  "context", problems)
    if context.get("numpy") is None and not context.get("numpy_unavailable"):
        problems.append("context: numpy is null but numpy_unavailable does not say why")
    for i, run in enumerate(record["benchmarks"]):
        _check_fields(run, {"name": str, "iterations": int, "real_time": NUMBER,
                            "cpu_time": NUMBER, "time_unit": str}, "benchmarks[%d]" % i,
                      problems)
    names = set()
    for i, case in enumerate(record["cases"]):
        problems.extend(_case_problems(case, "cases[%d]" % i, names))
    return problems


def main(argv):
    if len(argv) != 2:
        print("usage: record_schema.py RECORD.json", file=sys.stderr)
        return 2
    with open(argv[1]) as f:
        problems = validate(json.load(f))
    for p in problems:
        print(p)
    if problems:
        return 1
    print("%s: well-formed record" % argv[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
