"""Tests of the record readers (schema check, chart, compare) on a checked-in record.

testdata/fixture_record.json is a small record written by the harness (//bench:mean_axis0
--ops=mean_axis0,add --shape=64x64,128x128:F --dtype=float32,int32).
"""

import copy
import io
import json
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stdout

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import chart, compare, record_schema, summarize  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testdata",
                       "fixture_record.json")


def load_fixture():
    with open(FIXTURE) as f:
        return json.load(f)


def slowed(record, name, factor):
    """A copy of `record` in which case `name` of ours took `factor` times as long."""
    out = copy.deepcopy(record)
    for case in out["cases"]:
        if case["name"] == name:
            t = case["ours"]
            for key in ("median_ms", "min_ms", "max_ms"):
                t[key] *= factor
            t["rounds_ms"] = [r * factor for r in t["rounds_ms"]]
    return out


class RecordSchemaTest(unittest.TestCase):
    def test_fixture_is_well_formed(self):
        self.assertEqual(record_schema.validate(load_fixture()), [])

    def test_missing_field_is_reported(self):
        record = load_fixture()
        del record["cases"][0]["ours"]
        problems = record_schema.validate(record)
        self.assertTrue(any("'ours'" in p for p in problems), problems)

    def test_wrong_type_and_inconsistent_timing(self):
        record = load_fixture()
        record["context"]["num_cpus"] = "two"
        record["cases"][0]["ours"]["median_ms"] = record["cases"][0]["ours"]["max_ms"] + 1
        problems = record_schema.validate(record)
        self.assertTrue(any("num_cpus" in p for p in problems), problems)
        self.assertTrue(any("median outside" in p for p in problems), problems)

    def test_optional_field_checked_only_when_present(self):
        record = load_fixture()
        record["context"].pop("elementwise_bits", None)
        self.assertEqual(record_schema.validate(record), [])
        record["context"]["elementwise_bits"] = 512
        self.assertEqual(record_schema.validate(record), [])
        record["context"]["elementwise_bits"] = "512"
        problems = record_schema.validate(record)
        self.assertTrue(any("elementwise_bits" in p for p in problems), problems)

    def test_speedup_requires_numpy(self):
        record = load_fixture()
        record["cases"][0]["numpy"] = None
        self.assertTrue(record_schema.validate(record))


class ChartTest(unittest.TestCase):
    def test_chart_from_recorded_json(self):
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            self.skipTest("matplotlib not installed")
        with tempfile.TemporaryDirectory() as tmp:
            png = os.path.join(tmp, "chart.png")
            with redirect_stdout(io.StringIO()):
                self.assertEqual(chart.main(["chart.py", FIXTURE, png]), 0)
            with open(png, "rb") as f:
                self.assertEqual(f.read(8), b"\x89PNG\r\n\x1a\n")

    def test_heatmap_for_many_cases(self):
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            self.skipTest("matplotlib not installed")
        record = load_fixture()
        base = record["cases"][0]
        record["cases"] = []
        for i in range(chart.BAR_LIMIT + 1):
            case = copy.deepcopy(base)
            case["name"] = "%s#%d" % (base["name"], i)
            case["shape"] = "%dx%d" % (i + 1, i + 1)
            record["cases"].append(case)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "many.json")
            with open(path, "w") as f:
                json.dump(record, f)
            png = os.path.join(tmp, "many.png")
            with redirect_stdout(io.StringIO()):
                self.assertEqual(chart.main(["chart.py", path, png]), 0)
            self.assertGreater(os.path.getsize(png), 1000)


class CompareTest(unittest.TestCase):
    def test_identical_records_have_no_regressions(self):
        record = load_fixture()
        rows, regressions, notes = compare.compare(record, record)
        self.assertEqual(len(rows), len(record["cases"]))
        self.assertEqual(regressions, [])
        self.assertTrue(all(r[-1] == "same" for r in rows))

    def test_slowdown_beyond_noise_is_flagged(self):
        old = load_fixture()
        name = old["cases"][0]["name"]
        t = old["cases"][0]["ours"]
        # slower by more than the whole spread: the rounds cannot overlap
        factor = 1.5 * t["max_ms"] / t["min_ms"] + 0.5
        _, regressions, _ = compare.compare(old, slowed(old, name, factor))
        self.assertEqual(regressions, [name])

    def test_speedup_is_not_a_regression(self):
        old = load_fixture()
        name = old["cases"][0]["name"]
        t = old["cases"][0]["ours"]
        faster = slowed(old, name, t["min_ms"] / t["max_ms"] / 3)
        rows, regressions, _ = compare.compare(old, faster)
        self.assertEqual(regressions, [])
        self.assertEqual([r[-1] for r in rows if r[0] == name], ["improved"])

    def test_change_within_noise_is_not_flagged(self):
        old = load_fixture()
        case = old["cases"][0]
        case["ours"].update(median_ms=1.0, min_ms=0.8, max_ms=1.2, rounds_ms=[0.8, 1.0, 1.2])
        new = slowed(old, case["name"], 1.1)  # +10% with +-20% spread on each side
        rows, regressions, _ = compare.compare(old, new)
        self.assertEqual(regressions, [])

    def test_unmatched_cases_are_listed(self):
        old = load_fixture()
        new = copy.deepcopy(old)
        dropped = new["cases"].pop()["name"]
        _, _, notes = compare.compare(old, new)
        self.assertIn("only in old: " + dropped, notes)

    def test_main_exit_code(self):
        old = load_fixture()
        name = old["cases"][0]["name"]
        t = old["cases"][0]["ours"]
        with tempfile.TemporaryDirectory() as tmp:
            a, b = os.path.join(tmp, "a.json"), os.path.join(tmp, "b.json")
            with open(a, "w") as f:
                json.dump(old, f)
            with open(b, "w") as f:
                json.dump(slowed(old, name, 3 * t["max_ms"] / t["min_ms"]), f)
            out = io.StringIO()
            with redirect_stdout(out):
                self.assertEqual(compare.main(["compare", a, b]), 0)
                self.assertEqual(compare.main(["compare", a, b, "--fail-on-regression"]), 1)
            self.assertIn("REGRESSION", out.getvalue())


class SummarizeTest(unittest.TestCase):
    def test_markdown_tables(self):
        record = load_fixture()
        text = summarize.markdown(record)
        self.assertIn(record["context"]["cpu_model"], text)
        for case in record["cases"]:
            self.assertIn("| %s |" % case["op"], text)
            self.assertIn("%.2f" % case["speedup"], text)
        self.assertIn("%d cases" % len(record["cases"]), text)


if __name__ == "__main__":
    unittest.main()
