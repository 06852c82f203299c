"""Machine facts for the report: CPU model, caches (sysfs), NumPy version and SIMD configuration."""

import glob
import json
import os
import subprocess

NUMPY_PYTHON = "/usr/bin/python3"  # Debian's python with numpy; the PATH python3 may lack it


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name") or line.startswith("Model"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return os.uname().machine


def parse_size(text):
    text = text.strip().upper()
    mult = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}.get(text[-1:], 1)
    return int(text.rstrip("KMG")) * mult


def caches(root="/sys/devices/system/cpu/cpu0/cache"):
    """[{level, type, size, ways, line}] from sysfs, lowest level first."""
    out = []
    for d in sorted(glob.glob(os.path.join(root, "index*"))):
        def read(name):
            with open(os.path.join(d, name)) as f:
                return f.read().strip()
        try:
            out.append({"level": int(read("level")), "type": read("type"),
                        "size": parse_size(read("size")),
                        "ways": int(read("ways_of_associativity") or 0),
                        "line": int(read("coherency_line_size") or 64)})
        except (OSError, ValueError):
            continue
    return out


def cache_size(cache_list, level, kinds=("Data", "Unified")):
    for c in cache_list:
        if c["level"] == level and c["type"] in kinds:
            return c["size"]
    return None


_NUMPY_PROBE = r"""
import io, json, contextlib, numpy as np
from numpy.core import _multiarray_umath as m
feats = sorted(k for k, v in m.__cpu_features__.items() if v)
cfg = io.StringIO()
with contextlib.redirect_stdout(cfg):
    try:
        np.show_config()
    except Exception as e:
        print("show_config failed:", e)
print(json.dumps({"version": np.__version__, "so": m.__file__, "cpu_features": feats,
                  "baseline": list(getattr(m, "__cpu_baseline__", [])),
                  "dispatch": list(getattr(m, "__cpu_dispatch__", [])),
                  "show_config": cfg.getvalue()}))
"""


def numpy_info(python=NUMPY_PYTHON):
    proc = subprocess.run([python, "-c", _NUMPY_PROBE], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def valgrind_cache_flags(cache_list):
    """--I1/--D1/--LL matching this machine, so simulated misses use the real geometry.

    Valgrind needs a power-of-two set count; a cache whose geometry does not allow that is
    rounded down and the note says so.
    """
    flags, notes = [], []
    levels = {}
    for c in cache_list:
        if c["type"] == "Instruction" and c["level"] == 1:
            levels["I1"] = c
        elif c["type"] == "Data" and c["level"] == 1:
            levels["D1"] = c
        elif c["type"] == "Unified":
            if "LL" not in levels or c["level"] > levels["LL"]["level"]:
                levels["LL"] = c
    for name in ("I1", "D1", "LL"):
        c = levels.get(name)
        if not c or not c["ways"]:
            continue
        sets = c["size"] // (c["ways"] * c["line"])
        p2 = 1 << (sets.bit_length() - 1) if sets else 0
        size = p2 * c["ways"] * c["line"]
        if p2 != sets:
            notes.append("%s simulated as %d B (sets rounded to a power of two from %d B)"
                         % (name, size, c["size"]))
        flags.append("--%s=%d,%d,%d" % (name, size, c["ways"], c["line"]))
    return flags, notes
