"""Smoke test: a quick profile of a small case must produce every section with real values."""

import os
import re
import subprocess
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


class SmokeTest(unittest.TestCase):
    def test_quick_profile(self):
        out = tempfile.mkdtemp(dir=os.environ.get("TEST_TMPDIR"))
        argv = ["--quick", "--out=" + out]
        if os.environ.get("PROFILE_DRIVER"):
            argv.append("--driver=" + os.environ["PROFILE_DRIVER"])
        self.assertEqual(profiler.main(argv), 0)
        with open(os.path.join(out, "report.md")) as f:
            text = f.read()
        for n in range(1, 8):
            self.assertRegex(text, r"(?m)^## %d\. " % n)
        # x86 hot loops of both sides were found, with a numeric instruction mix.
        self.assertIn("**ours, x86-64", text)
        self.assertIn("**NumPy, x86-64**", text)
        self.assertRegex(text, r"instructions per element \| \d")
        # Counters: cachegrind fallback here (perf counters unsupported), with numbers.
        self.assertRegex(text, r"\| instructions \| [\d,]+ \| [\d,]+ \|")
        self.assertRegex(text, r"\| znver3 \| \d")
        self.assertNotRegex(text, r"(?i)to be analy[sz]ed|\[see |TODO|placeholder")
        self.assertNotIn("Traceback", text)


if __name__ == "__main__":
    unittest.main()
