"""Smoke test: a quick profile of a small case must produce every section with real values.

Flags (from BUILD.bazel): --driver=PATH --aarch64_driver=PATH [--bench_binary=PATH], the
prebuilt binaries the profiler would otherwise build or run with nested bazel commands.
"""

import os
import re
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def _load_profiler():
    # By path: the stdlib has a module named "profile" too.
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "profile.py")
    spec = importlib.util.spec_from_file_location("raptors_profile", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


profiler = _load_profiler()
PASSED = [a for a in sys.argv[1:] if a.startswith(("--driver=", "--aarch64_driver=", "--bench_binary="))]


class SmokeTest(unittest.TestCase):
    def test_quick_profile(self):
        out = tempfile.mkdtemp(dir=os.environ.get("TEST_TMPDIR"))
        argv = ["--quick", "--out=" + out] + [os.path.abspath(a.split("=", 1)[1]).join((a.split("=", 1)[0] + "=", ""))
                                               for a in PASSED]
        self.assertEqual(profiler.main(argv), 0)
        with open(os.path.join(out, "report.md")) as f:
            text = f.read()
        for n in range(1, 8):
            self.assertRegex(text, r"(?m)^## %d\. " % n)
        if any(a.startswith("--bench_binary=") for a in PASSED):
            # Timing from the bench harness: both medians and the speedup are numbers.
            self.assertRegex(text, r"\| speedup \(NumPy median / ours median\) \| \d+\.\d+ \|")
            self.assertRegex(text, r"\| roofline: ours GB/s / read GB/s \| \d+\.\d+ \|")
        # x86 hot loops of both sides were found, with a numeric instruction mix.
        self.assertIn("**ours, x86-64", text)
        self.assertIn("**NumPy, x86-64**", text)
        self.assertRegex(text, r"instructions per element \|[^\n]*\| \d+\.\d+ \|")
        # Counters: perf where it counts, else the cachegrind fallback, with numbers either way.
        self.assertRegex(text, r"\| instructions \| [\d,.]+ \| [\d,.]+ \|")
        self.assertRegex(text, r"\| x86-64 \w+ \| znver3 \| \d")
        if any(a.startswith("--aarch64_driver=") for a in PASSED):
            self.assertIn("**ours, aarch64 NEON**", text)
            self.assertIn("**ours, aarch64 SVE", text)
            self.assertRegex(text, r"\| aarch64 SVE \| neoverse-v1 \| \d")
        # Section 6 attributes misses per instruction; section 7 has computed lines.
        self.assertRegex(text, r"\*\*listed loops, total\*\* \| [\d,]+")
        self.assertRegex(text, r"(?m)^- Whole op call \(\w+")
        self.assertNotRegex(text, r"(?i)to be analy[sz]ed|\[see |TODO|placeholder")
        self.assertNotIn("Traceback", text)
        self.assertNotIn("Not produced: ", text.split("## 2.")[1].split("## 3.")[1])  # sections 3-7


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1])
