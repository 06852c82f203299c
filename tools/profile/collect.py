"""Runs the workloads under the measuring tools and keeps every raw output in the out folder."""

import os
import re
import shutil
import subprocess

import objdump_parser
import perf_parser
import qemu_trace
import valgrind_parser

QEMU = "qemu-aarch64"
AARCH64_SYSROOT = "/usr/aarch64-linux-gnu"
# QEMU CPU per aarch64 ISA: a plain ARMv8-A core for NEON, 'max' with 256-bit SVE for SVE.
QEMU_CPUS = {"neon": "cortex-a72", "sve": "max,sve-default-vector-length=32"}


def run(cmd, out_dir, name, env=None, check=True):
    """Runs cmd, saving its stdout/stderr as raw files; returns the CompletedProcess."""
    # A fixed hash seed keeps Python's own work identical between the lo and hi runs, so the
    # difference is the op alone.
    extra = dict(env or {}, PYTHONHASHSEED="0")
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          env=dict(os.environ, **extra))
    with open(os.path.join(out_dir, name + ".cmd"), "w") as f:
        f.write(" ".join("%s=%s" % kv for kv in sorted(extra.items())) + " " + " ".join(cmd) + "\n")
    if proc.stdout:
        with open(os.path.join(out_dir, name + ".stdout"), "w") as f:
            f.write(proc.stdout)
    if proc.stderr:
        with open(os.path.join(out_dir, name + ".stderr"), "w") as f:
            f.write(proc.stderr)
    if check and proc.returncode != 0:
        raise RuntimeError("%s failed (exit %d): %s" % (" ".join(cmd[:6]), proc.returncode,
                                                          proc.stderr.strip()[-800:]))
    return proc


class ValgrindRuns:
    """Cachegrind (totals) and callgrind (per-instruction) runs at two iteration counts.

    Everything the process does besides the op (start-up, Python, filling the matrix) is the
    same in both runs, so (hi - lo) / (iters_hi - iters_lo) is the cost of one op call.
    """

    def __init__(self, label, cmd_for_iters, out_dir, cache_flags, iters_lo, iters_hi, env=None):
        self.label = label
        self.iters_lo, self.iters_hi = iters_lo, iters_hi
        self.scale = float(iters_hi - iters_lo)
        self.cg = {}
        self.cl = {}
        self.stdout = {}
        for iters in (iters_lo, iters_hi):
            cg_file = os.path.join(out_dir, "%s.cachegrind.%d.out" % (label, iters))
            proc = run(["valgrind", "--tool=cachegrind", "--cache-sim=yes"] + cache_flags +
                       ["--cachegrind-out-file=" + cg_file] + cmd_for_iters(iters),
                       out_dir, "%s.cachegrind.%d" % (label, iters), env=env)
            self.stdout[iters] = proc.stdout
            with open(cg_file) as f:
                self.cg[iters] = valgrind_parser.parse_cachegrind(f.read())
            cl_file = os.path.join(out_dir, "%s.callgrind.%d.out" % (label, iters))
            run(["valgrind", "--tool=callgrind", "--dump-instr=yes", "--cache-sim=yes"] +
                cache_flags + ["--callgrind-out-file=" + cl_file] + cmd_for_iters(iters),
                out_dir, "%s.callgrind.%d" % (label, iters), env=env)
            with open(cl_file) as f:
                self.cl[iters] = valgrind_parser.parse_callgrind(f.read())
        hi_file = os.path.join(out_dir, "%s.cachegrind.%d.out" % (label, iters_hi))
        ann = run(["cg_annotate", hi_file], out_dir, "%s.cg_annotate" % label, check=False)
        self.cg_annotate = ann.stdout

    def per_op(self, event):
        """Cachegrind total of `event` for one op call."""
        hi, lo = self.cg[self.iters_hi], self.cg[self.iters_lo]
        return (hi.total(event) - lo.total(event)) / self.scale

    def per_op_instr(self, obj_substring, event="Ir"):
        """Callgrind per-address `event` for one op call, inside objects matching obj_substring."""
        hi = self.cl[self.iters_hi].by_object(obj_substring)
        lo = self.cl[self.iters_lo].by_object(obj_substring)
        prof = self.cl[self.iters_hi]
        i = prof.events.index(event)
        out = {}
        for addr, costs in hi.items():
            d = (costs[i] - (lo[addr][i] if addr in lo else 0)) / self.scale
            if d > 0:
                out[addr] = d
        return out

    def function_at(self, obj_substring, addr):
        return self.cl[self.iters_hi].function_of(obj_substring, addr)

    def addresses_of_function(self, obj_substring, fn):
        return sorted(a for (o, f, a) in self.cl[self.iters_hi].instr
                      if f == fn and obj_substring in o)


class PerfRuns:
    """perf stat at two iteration counts (same differencing as ValgrindRuns)."""

    def __init__(self, label, cmd_for_iters, out_dir, iters_lo, iters_hi):
        self.scale = float(iters_hi - iters_lo)
        self.values = {}
        for iters in (iters_lo, iters_hi):
            parsed, raw = perf_parser.run_perf_stat(cmd_for_iters(iters))
            with open(os.path.join(out_dir, "%s.perf_stat.%d.csv" % (label, iters)), "w") as f:
                f.write(raw)
            self.values[iters] = parsed
        self.lo, self.hi = iters_lo, iters_hi

    def per_op(self, event):
        a, b = self.values[self.hi].get(event), self.values[self.lo].get(event)
        if a is None or b is None:
            return None
        return (a - b) / self.scale


def first_load_vaddr(binary):
    out = subprocess.run(["readelf", "-lW", binary], stdout=subprocess.PIPE, text=True).stdout
    for line in out.splitlines():
        parts = line.split()
        if parts and parts[0] == "LOAD":
            return int(parts[2], 16)
    return 0


def qemu_counts(binary, isa, args_for_iters, out_dir, iters_lo, iters_hi):
    """Per-instruction execution counts of one op call on aarch64 under QEMU (differenced)."""
    counts = {}
    for iters in (iters_lo, iters_hi):
        log = os.path.join(out_dir, "aarch64_%s.qemu_exec.%d.log" % (isa, iters))
        cmd = [QEMU, "-L", AARCH64_SYSROOT, "-cpu", QEMU_CPUS[isa], "-d", "page,exec,nochain",
               "-D", log, binary] + args_for_iters(iters)
        proc = run(cmd, out_dir, "aarch64_%s.qemu.%d" % (isa, iters))
        with open(log) as f:
            start_code, tb = qemu_trace.parse(f.read())
        os.remove(log)  # large; the summary below is kept instead
        if start_code is None:
            raise RuntimeError("QEMU log has no start_code line")
        counts[iters] = qemu_trace.to_file_addresses(tb, start_code, first_load_vaddr(binary))
        with open(os.path.join(out_dir, "aarch64_%s.qemu_blocks.%d.txt" % (isa, iters)), "w") as f:
            f.write(proc.stdout)
            for addr, n in sorted(counts[iters].items(), key=lambda kv: -kv[1])[:200]:
                f.write("0x%x %d\n" % (addr, n))
    scale = float(iters_hi - iters_lo)
    hi, lo = counts[iters_hi], counts[iters_lo]
    return {a: (n - lo.get(a, 0)) / scale for a, n in hi.items() if n - lo.get(a, 0) > 0}, \
        proc.stdout
