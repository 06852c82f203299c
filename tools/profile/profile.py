"""Profiler: explains a raptors kernel against NumPy at the instruction and cache level.

  bazel run //tools:profile -- --op=mean_axis0 --shape=2048x2048 --dtype=float32 [--isa=X] [--out=DIR]
  bazel run //tools:profile -- --all [--out=DIR]        # headline case of every op + index.md
  bazel run //tools:profile -- --quick                  # small shape, for CI smoke runs

Writes DIR/report.md and every raw output it was made from. A section that cannot be produced
on this machine says why and which command would produce it; nothing is left as a placeholder.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import classify  # noqa: E402
import collect  # noqa: E402
import hotloop  # noqa: E402
import mca  # noqa: E402
import objdump_parser  # noqa: E402
import perf_parser  # noqa: E402
import report  # noqa: E402
import sysinfo  # noqa: E402

OPS = ["sum", "mean", "sum_axis0", "sum_axis1", "mean_axis0", "mean_axis1", "min_axis0",
       "max_axis1", "add", "scale", "broadcast_add_row", "broadcast_add_col"]
HEADLINE_SHAPE = "2048x2048"
QUICK_SHAPE = "64x256"
DTYPE_SIZE = {"float32": 4, "float64": 8, "int32": 4, "int64": 8}
NUMPY_SO = "_multiarray_umath"
WORKSPACE_NAMES = ("raptors_kernels", "__main__")
# Valgrind 3.19 has no AVX-512 support: runs under it are capped at AVX2.
VALGRIND_CANNOT_RUN = ("avx512",)
VALGRIND_ISA = "avx2"


class Unavailable(Exception):
    """A section cannot be produced here; the message says why and what would produce it."""


def here():
    return os.path.dirname(os.path.abspath(__file__))


def find_runfile(rel):
    """A file shipped with the py_binary (Bazel runfiles), or beside this script."""
    candidates = []
    for env in ("RUNFILES_DIR", "TEST_SRCDIR"):
        if os.environ.get(env):
            candidates += [os.path.join(os.environ[env], ws, rel) for ws in WORKSPACE_NAMES]
    script = os.path.abspath(sys.argv[0])
    candidates += [os.path.join(script + ".runfiles", ws, rel) for ws in WORKSPACE_NAMES]
    candidates.append(os.path.join(here(), os.path.basename(rel)))
    for c in candidates:
        if os.path.exists(c):
            return c
    return None


def result_dtype(op, dtype):
    if op.startswith("mean") and dtype.startswith("int"):
        return "float64"
    if op.startswith("sum") and dtype.startswith("int"):
        return "int64"
    return dtype


def workload_bytes(op, rows, cols, dtype):
    e = DTYPE_SIZE[dtype]
    read = rows * cols * e
    if op == "add":
        read *= 2
    elif op == "broadcast_add_row":
        read += cols * e
    elif op == "broadcast_add_col":
        read += rows * e
    oe = DTYPE_SIZE[result_dtype(op, dtype)]
    if op in ("sum", "mean"):
        written = oe
    elif op.endswith("axis0"):
        written = cols * oe
    elif op.endswith("axis1"):
        written = rows * oe
    else:
        written = rows * cols * e
    return read, written


class Context:
    def __init__(self, args, out_dir):
        self.args = args
        self.out = out_dir
        self.raw = os.path.join(out_dir, "raw")
        os.makedirs(self.raw, exist_ok=True)
        self.rows, self.cols = (int(x) for x in args.shape.split("x"))
        self.elements = self.rows * self.cols
        self.read_bytes, self.written_bytes = workload_bytes(args.op, self.rows, self.cols, args.dtype)
        self.workspace = os.environ.get("BUILD_WORKSPACE_DIRECTORY") or args.workspace
        self.caches = sysinfo.caches()
        self.cache_flags, self.cache_notes = sysinfo.valgrind_cache_flags(self.caches)
        self.facts = {}
        self.native = {}


def driver_args(ctx, iters, rows=None, valgrind=False):
    a = ["--op=" + ctx.args.op, "--shape=%dx%d" % (rows or ctx.rows, ctx.cols),
         "--dtype=" + ctx.args.dtype, "--iters=%d" % iters, "--threads=%d" % ctx.args.threads]
    if ctx.args.isa and not (valgrind and ctx.args.isa in VALGRIND_CANNOT_RUN):
        a.append("--isa=" + ctx.args.isa)
    return a


def valgrind_env(ctx):
    """RAPTORS_ISA cap for the valgrind runs: valgrind 3.19 cannot execute AVX-512."""
    wanted = ctx.args.isa or ctx.native.get("isa")
    if wanted in VALGRIND_CANNOT_RUN:
        return {"RAPTORS_ISA": VALGRIND_ISA}
    return {}


def numpy_cmd(ctx, iters):
    return [sysinfo.NUMPY_PYTHON, ctx.numpy_driver, "--op=" + ctx.args.op,
            "--shape=" + ctx.args.shape, "--dtype=" + ctx.args.dtype, "--iters=%d" % iters]


# ------------------------------------------------------------------------------------------
# Section 1
def section_workload(ctx):
    a = ctx.args
    native = collect.run([ctx.driver] + driver_args(ctx, 1), ctx.raw, "ours.native")
    ctx.native = json.loads(native.stdout.strip().splitlines()[-1])
    np_info = sysinfo.numpy_info()
    ctx.numpy_info = np_info
    with open(os.path.join(ctx.raw, "numpy_show_config.txt"), "w") as f:
        f.write(np_info.get("show_config", np_info.get("error", "")))
    caches = ", ".join("L%d %s %s %d-way" % (c["level"], c["type"].lower(), report.size(c["size"]), c["ways"])
                       for c in ctx.caches) or "not readable from /sys/devices/system/cpu/cpu0/cache"
    rows = [
        ("op", a.op), ("shape", a.shape), ("dtype", "%s (result %s)" % (a.dtype, result_dtype(a.op, a.dtype))),
        ("layout", "row-major (C order), contiguous, row stride %d elements" % ctx.cols),
        ("bytes read / written per call", "%s / %s" % (report.size(ctx.read_bytes), report.size(ctx.written_bytes))),
        ("ISA chosen (native run)", ctx.native["isa"] + (" (forced by --isa)" if a.isa else " (best the CPU supports)")),
        ("threads", ctx.native["threads"]),
        ("CPU model", sysinfo.cpu_model()),
        ("caches (sysfs, cpu0)", caches),
    ]
    if "error" in np_info:
        rows.append(("NumPy", "not importable by %s: %s" % (sysinfo.NUMPY_PYTHON, np_info["error"])))
    else:
        rows += [("NumPy", "%s (%s)" % (np_info["version"], np_info["so"])),
                 ("NumPy SIMD baseline", " ".join(np_info["baseline"]) or "none"),
                 ("NumPy SIMD dispatch targets", " ".join(np_info["dispatch"]) or "none"),
                 ("CPU features NumPy detects", " ".join(np_info["cpu_features"]))]
        blas = re.findall(r"^(\w+_info):\n\s+libraries = (.+)$", np_info.get("show_config", ""), re.M)
        rows.append(("np.show_config() BLAS", "; ".join("%s %s" % b for b in blas[:3]) or "none listed"
                     + " (full text: raw/numpy_show_config.txt)"))
    return report.table(["", ""], rows)


# ------------------------------------------------------------------------------------------
# Section 2
def find_case(record, op, shape, dtype):
    """The record's case for op/shape/dtype (C order), or None. Records may hold many cases."""
    cases = [c for c in record.get("cases", []) if isinstance(c, dict)]
    match = [c for c in cases if c.get("op") == op and c.get("dtype") == dtype
             and c.get("shape") in (shape, shape + ":C")]
    if not match:
        return None
    # Prefer the plain C-order layout and a case that ran (no error).
    match.sort(key=lambda c: (c.get("error") is not None, c.get("layout") not in ("C", "c", "contiguous")))
    return match[0]


def run_bench(ctx):
    """Runs the bench harness for the case; returns the paths of the JSON records it wrote."""
    a = ctx.args
    bench_dir = os.path.join(ctx.raw, "bench")
    os.makedirs(bench_dir, exist_ok=True)
    flags = ["--shape=" + a.shape, "--dtype=" + a.dtype, "--out=" + bench_dir]
    if a.isa:
        flags.append("--isa=" + a.isa)
    if a.quick:
        flags += ["--repetitions=3", "--round_ms=2", "--nochart"]
    if a.bench_binary:
        # A prebuilt bench binary (tests pass it as a data dep: no nested bazel under bazel test).
        cmd = [a.bench_binary, "--ops=" + a.op] + flags
        cwd = None
    elif ctx.workspace:
        cmd = ["bazel", "run", "//bench:" + a.op, "--"] + flags
        cwd = ctx.workspace
    else:
        raise Unavailable(
            "timing comes from the bench harness, and this run has neither a workspace for "
            "`bazel run` (it was not started by `bazel run`; see --workspace) nor --bench_binary. "
            "Produce it with `bazel run //bench:%s -- --shape=%s --dtype=%s --out=DIR` and pass "
            "--bench_json=DIR/<file>.json" % (a.op, a.shape, a.dtype))
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with open(os.path.join(ctx.raw, "bench.log"), "w") as f:
        f.write("$ " + " ".join(cmd) + "\n" + proc.stdout + proc.stderr)
    if proc.returncode != 0:
        tail = " ".join(proc.stderr.strip().splitlines()[-3:])[-400:]
        raise Unavailable("`%s` failed (exit %d: %s); see raw/bench.log. Timing needs the bench "
                          "target //bench:%s to build and run." % (" ".join(cmd), proc.returncode,
                                                                    tail, a.op))
    paths = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(bench_dir) for f in fs
                   if f.endswith(".json"))
    if not paths:
        raise Unavailable("`%s` ran but wrote no .json under %s; see raw/bench.log" %
                          (" ".join(cmd), bench_dir))
    return paths


def section_timing(ctx):
    a = ctx.args
    paths = [a.bench_json] if a.bench_json else run_bench(ctx)
    record = case = path = None
    for p in reversed(paths):
        with open(p) as f:
            rec = json.load(f)
        c = find_case(rec, a.op, a.shape, a.dtype)
        if c is not None:
            record, case, path = rec, c, p
            break
    if case is None:
        raise Unavailable("the bench record(s) %s hold no case for op %s, shape %s, dtype %s" % (
            ", ".join(paths), a.op, a.shape, a.dtype))
    if case.get("error"):
        raise Unavailable("the bench harness reports this case failed: %s (record %s)" % (
            case["error"], path))
    ctxr = record.get("context", {})
    timing = lambda side, key: (case.get(side) or {}).get(key)
    ours, npy = timing("ours", "median_ms"), timing("numpy", "median_ms")
    mhz = ctxr.get("mhz_per_cpu")
    ctx.facts.update(bench_ours=ours, bench_numpy=npy, bench_ratio=case.get("speedup"),
                     bench_gbs=case.get("gbps"), bench_roofline=case.get("roofline"),
                     bench_isa=case.get("isa"), bench_mhz=mhz)
    rows = [("case", "`%s` (layout %s, ISA %s, %s thread(s))" % (case.get("name"), case.get("layout"),
                                                                 case.get("isa"), case.get("threads"))),
            ("ours, median ms (min-max)", "%s (%s-%s)" % (report.num(ours, 4), report.num(timing("ours", "min_ms"), 4),
                                                           report.num(timing("ours", "max_ms"), 4))),
            ("NumPy, median ms (min-max)", "%s (%s-%s)" % (report.num(npy, 4), report.num(timing("numpy", "min_ms"), 4),
                                                            report.num(timing("numpy", "max_ms"), 4)) if npy else
             "not timed: %s" % ctxr.get("numpy_unavailable", "no NumPy timing in the record")),
            ("speedup (NumPy median / ours median)", report.num(case.get("speedup"), 3)),
            ("ours GB/s (bytes the op must move / median time)", report.num(case.get("gbps"), 2)),
            ("plain read of a same-size buffer, GB/s (%s)" % ctxr.get("read_kernel", "read kernel"),
             report.num(case.get("read_gbps"), 2)),
            ("roofline: ours GB/s / read GB/s", report.num(case.get("roofline"), 3))]
    if mhz and ours:
        # Nominal clock from the record: a scale for the instruction counts of section 4, not a
        # measured cycle count (turbo and sharing change the real clock).
        cyc_o = ours * 1e-3 * mhz * 1e6
        rows.append(("ours cycles per element at the nominal %s MHz" % report.num(mhz, 0),
                     report.num(cyc_o / ctx.elements, 3)))
        rows.append(("ours bytes moved per nominal cycle", report.num((ctx.read_bytes + ctx.written_bytes) / cyc_o, 2)))
        ctx.facts["bench_cycles_per_elem"] = cyc_o / ctx.elements
        if npy:
            cyc_n = npy * 1e-3 * mhz * 1e6
            rows.append(("NumPy cycles per element at the nominal clock", report.num(cyc_n / ctx.elements, 3)))
            ctx.facts["bench_cycles_per_elem_numpy"] = cyc_n / ctx.elements
    text = ("Source: the bench harness's JSON record `%s` (its case for this op, shape and dtype), "
            "which times both sides in interleaved rounds of one run on the natively dispatched ISA "
            "(`%s`). Load average during the run: %s.\n\n" % (
                os.path.relpath(path, ctx.out) if not a.bench_json else path, case.get("isa"),
                ", ".join(report.num(x, 2) for x in ctxr.get("load_avg", [])) or "not recorded"))
    return text + report.table(["quantity", "value"], rows)


# ------------------------------------------------------------------------------------------
# Sections 3-6 share the valgrind runs.
def valgrind_runs(ctx):
    if hasattr(ctx, "vg_ours"):
        return
    lo, hi = ctx.args.iters_lo, ctx.args.iters_hi
    ctx.vg_env = valgrind_env(ctx)
    ctx.vg_ours = collect.ValgrindRuns("ours", lambda n: [ctx.driver] + driver_args(ctx, n, valgrind=True),
                                       ctx.raw, ctx.cache_flags, lo, hi, env=ctx.vg_env)
    ctx.vg_isa = json.loads(ctx.vg_ours.stdout[hi].strip().splitlines()[-1])["isa"]
    ctx.vg_numpy = collect.ValgrindRuns("numpy", lambda n: numpy_cmd(ctx, n), ctx.raw,
                                        ctx.cache_flags, lo, hi)


def write_listing(path, functions, loops):
    """The disassembly of the functions holding the hot loops (not the whole binary)."""
    names = {l.function for l in loops}
    with open(path, "w") as f:
        for fn in functions:
            if fn.name in names or any(fn.instructions and fn.instructions[0].addr <= l.start <= fn.instructions[-1].addr
                                       for l in loops):
                f.write("%x <%s>:\n" % (fn.addr, fn.name))
                for ins in fn.instructions:
                    f.write("  %x:\t%s\n" % (ins.addr, ins.text))
                f.write("\n")


def ours_loops(ctx):
    if hasattr(ctx, "loops_ours"):
        return ctx.loops_ours
    valgrind_runs(ctx)
    obj = os.path.basename(ctx.driver)
    counts = ctx.vg_ours.per_op_instr(obj)
    functions, _ = objdump_parser.disassemble(ctx.driver)
    loops = hotloop.locate_all(functions, counts)
    if not loops:
        raise Unavailable("no loop found around the hottest instructions of the driver")
    write_listing(os.path.join(ctx.raw, "ours.x86_64.hot_functions.s"), functions, loops)
    ctx.loops_ours = loops
    ctx.object_instr_ours = sum(counts.values())
    return loops


def ours_loop(ctx):
    return ours_loops(ctx)[0]


def numpy_loops(ctx):
    if hasattr(ctx, "loops_numpy"):
        return ctx.loops_numpy
    valgrind_runs(ctx)
    so = ctx.numpy_info.get("so")
    counts = ctx.vg_numpy.per_op_instr(NUMPY_SO)
    if not counts or not so:
        raise Unavailable("callgrind recorded no instructions inside NumPy's %s" % NUMPY_SO)
    hottest = max(counts, key=counts.get)
    fn = ctx.vg_numpy.function_at(NUMPY_SO, hottest)
    addrs = ctx.vg_numpy.addresses_of_function(NUMPY_SO, fn)
    start, stop = min(addrs), max(addrs) + 16
    functions, text = objdump_parser.disassemble(so, start=start, stop=stop)
    with open(os.path.join(ctx.raw, "numpy.hot_function.objdump.txt"), "w") as f:
        f.write(text)
    # The .so exports only Python-facing symbols, so its inner loops are unnamed; objdump
    # labels them by the nearest exported symbol, which says nothing. Name them by address.
    for f in functions:
        f.name = "unnamed function at 0x%x of %s (stripped; objdump's nearest symbol: %s)" % (
            start, os.path.basename(so), f.name.split("@")[0].split("+")[0])
    loops = hotloop.locate_all(functions, counts)
    if not loops:
        raise Unavailable("no backward branch around NumPy's hottest instruction 0x%x" % hottest)
    ctx.loops_numpy = loops
    ctx.object_instr_numpy = sum(counts.values())
    return loops


def numpy_loop(ctx):
    return numpy_loops(ctx)[0]


def aarch64_driver(ctx):
    if hasattr(ctx, "a64_driver"):
        return ctx.a64_driver
    if ctx.args.aarch64_driver:
        ctx.a64_driver = ctx.args.aarch64_driver
        return ctx.a64_driver
    if not ctx.workspace:
        raise Unavailable("the aarch64 driver is cross-built with `bazel build --config=aarch64 "
                          "//tools/profile:driver`; this run has no workspace (use `bazel run` or "
                          "pass --aarch64_driver=PATH)")
    if ctx.args.quick:
        raise Unavailable("--quick skips the aarch64 cross build; run without --quick, or pass "
                          "--aarch64_driver=PATH (from `bazel build --config=aarch64 //tools/profile:driver`)")
    cmd = ["bazel", "build", "--config=aarch64", "//tools/profile:driver"]
    proc = subprocess.run(cmd, cwd=ctx.workspace, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with open(os.path.join(ctx.raw, "aarch64_build.log"), "w") as f:
        f.write("$ " + " ".join(cmd) + "\n" + proc.stdout + proc.stderr)
    if proc.returncode != 0:
        raise Unavailable("`%s` failed; see raw/aarch64_build.log" % " ".join(cmd))
    info = subprocess.run(["bazel", "info", "--config=aarch64", "bazel-bin"], cwd=ctx.workspace,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    path = os.path.join(info.stdout.strip(), "tools", "profile", "driver")
    if not os.path.exists(path):
        raise Unavailable("built, but %s does not exist" % path)
    ctx.a64_driver = path
    return path


def a64_loops(ctx, isa):
    key = "a64_" + isa
    if key in ctx.facts:
        return ctx.facts[key]
    binary = aarch64_driver(ctx)
    rows = min(ctx.rows, ctx.args.aarch64_rows)
    args = lambda n: ["--op=" + ctx.args.op, "--shape=%dx%d" % (rows, ctx.cols),
                      "--dtype=" + ctx.args.dtype, "--iters=%d" % n, "--threads=1", "--isa=" + isa]
    counts, stdout = collect.qemu_counts(binary, isa, args, ctx.raw, ctx.args.iters_lo, ctx.args.iters_hi)
    ran = json.loads(stdout.strip().splitlines()[-1]).get("isa")
    if ran != isa:
        raise Unavailable("the aarch64 driver ran `%s` instead of `%s` under QEMU -cpu %s" % (
            ran, isa, collect.QEMU_CPUS[isa]))
    functions, _ = objdump_parser.disassemble(binary, "aarch64")
    icounts = hotloop.block_counts_from_tb_starts(counts, functions)
    loops = hotloop.locate_all(functions, icounts)
    if not loops:
        raise Unavailable("no loop found around the hottest aarch64 blocks for %s" % isa)
    write_listing(os.path.join(ctx.raw, "ours.aarch64_%s.hot_functions.s" % isa), functions, loops)
    for l in loops:
        l.how = "QEMU (-cpu %s) execution counts of %dx%d, %s" % (collect.QEMU_CPUS[isa], rows, ctx.cols, l.how)
    ctx.facts[key] = (loops, rows * ctx.cols, sum(icounts.values()))
    return ctx.facts[key]


def a64_loop(ctx, isa):
    loops, elems, _ = a64_loops(ctx, isa)
    return loops[0], elems


def combined_mix(loops, arch, sve_bytes=32):
    total = None
    for l in loops:
        mx = classify.mix(l.instructions, arch, l.counts, sve_bytes=sve_bytes)
        total = mx if total is None else {k: total[k] + mx[k] for k in mx}
    return total


def loop_section(title, loops, elements, arch, object_instr, sve_bytes=32):
    mx_dyn = combined_mix(loops, arch, sve_bytes)
    coverage = mx_dyn["total"] / object_instr if object_instr else None
    text = "**%s** — `%s`\n\n" % (title, loops[0].function)
    text += ("%d hot loop(s) listed; together they execute %s of the instructions counted in this "
             "code per op call (%s of %s).\n\n" % (
                 len(loops), "%.1f%%" % (100 * coverage) if coverage is not None else "n/a",
                 report.num(mx_dyn["total"]), report.num(object_instr)))
    columns = []
    for k, loop in enumerate(loops):
        per_iter_elems = None
        text += "Loop %d: %s. The body ran %s times per op call.\n\n" % (
            k + 1, loop.how, report.num(loop.iterations))
        text += report.asm_listing(loop, loop.counts)
        text += "\n(left column: executions per op call)\n\n"
        columns.append(("loop %d, one iteration" % (k + 1), classify.mix(loop.instructions, arch, sve_bytes=sve_bytes), per_iter_elems))
    columns.append(("listed loops, per op call (%s elements)" % report.num(elements), mx_dyn, elements))
    text += report.mix_table(columns)
    return text, mx_dyn, coverage


def section_assembly(ctx):
    parts = []
    ctx.facts["mix"] = {}
    for label, fn, obj_attr in [("ours, x86-64 (%s under valgrind)", ours_loops, "object_instr_ours"),
                                ("NumPy, x86-64", numpy_loops, "object_instr_numpy")]:
        try:
            loops = fn(ctx)
            title = label % ctx.vg_isa if "%s" in label else label
            where = "the driver binary (kernel library linked in)" if obj_attr.endswith("ours") else NUMPY_SO
            text, mx, cov = loop_section(title, loops, ctx.elements, "x86_64", getattr(ctx, obj_attr))
            ctx.facts["mix"][title.split(",")[0]] = (mx, ctx.elements, cov, where)
            parts.append(text)
        except Unavailable as e:
            parts.append("**%s**: not produced: %s\n" % (label.split(" (")[0], e))
    if getattr(ctx, "vg_isa", None) and ctx.native.get("isa") != ctx.vg_isa:
        parts.append("Note: natively the driver dispatches `%s`, but valgrind 3.19 cannot run "
                     "AVX-512 code, so the valgrind runs (the x86 loops here and sections 4 and 6) "
                     "cap the kernel with %s and ran `%s`. Section 2's timing is the native `%s` "
                     "dispatch.\n" % (ctx.native["isa"], " ".join("%s=%s" % kv for kv in ctx.vg_env.items())
                                      or "valgrind's CPUID", ctx.vg_isa, ctx.native["isa"]))
    for isa in ("neon", "sve"):
        vl = 32 if isa == "sve" else 16
        try:
            loops, elems, obj_instr = a64_loops(ctx, isa)
            text, mx, cov = loop_section("ours, aarch64 %s" % isa.upper() + (" (256-bit vectors)" if isa == "sve" else ""),
                                         loops, elems, "aarch64", obj_instr, sve_bytes=vl)
            ctx.facts["mix"]["aarch64 " + isa.upper()] = (mx, elems, cov, "the aarch64 driver")
            parts.append(text)
        except (Unavailable, RuntimeError) as e:
            parts.append("**ours, aarch64 %s**: not produced: %s\n" % (isa.upper(), e))
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------
# Section 4
def section_counters(ctx):
    works, why = perf_parser.counters_work()
    lo, hi = ctx.args.iters_lo, ctx.args.iters_hi
    rows = []
    if works:
        ours = collect.PerfRuns("ours", lambda n: [ctx.driver] + driver_args(ctx, n), ctx.raw, lo, hi)
        npy = collect.PerfRuns("numpy", lambda n: numpy_cmd(ctx, n), ctx.raw, lo, hi)
        for ev in perf_parser.EVENTS:
            rows.append((ev, report.num(ours.per_op(ev)), report.num(npy.per_op(ev)), "perf stat (hardware)"))
        c_o, i_o = ours.per_op("cycles"), ours.per_op("instructions")
        c_n, i_n = npy.per_op("cycles"), npy.per_op("instructions")
        rows.append(("IPC", report.num(i_o / c_o if c_o else None), report.num(i_n / c_n if c_n else None),
                     "computed"))
        ctx.facts["counters_source"] = "perf"
        ctx.facts["instr_per_op"] = (i_o, i_n)
        head = "Source: `perf stat` hardware counters (%s).\n\n" % why
    else:
        valgrind_runs(ctx)
        vo, vn = ctx.vg_ours, ctx.vg_numpy
        for ev, label in [("Ir", "instructions"), ("D1mr", "D1 read misses"), ("D1mw", "D1 write misses"),
                          ("DLmr", "LL read misses"), ("DLmw", "LL write misses"), ("Dr", "data reads"),
                          ("Dw", "data writes")]:
            rows.append((label, report.num(vo.per_op(ev)), report.num(vn.per_op(ev)), "cachegrind (simulated)"))
        rows.append(("instructions per element", report.num(vo.per_op("Ir") / ctx.elements, 3),
                     report.num(vn.per_op("Ir") / ctx.elements, 3), "computed"))
        rows.append(("cycles, IPC", "not measured", "not measured",
                     "needs hardware counters; valgrind does not model time"))
        ctx.facts["counters_source"] = "cachegrind"
        ctx.facts["instr_per_op"] = (vo.per_op("Ir"), vn.per_op("Ir"))
        ctx.facts["d1_misses"] = (vo.per_op("D1mr") + vo.per_op("D1mw"), vn.per_op("D1mr") + vn.per_op("D1mw"))
        ctx.facts["ll_misses"] = (vo.per_op("DLmr") + vo.per_op("DLmw"), vn.per_op("DLmr") + vn.per_op("DLmw"))
        head = ("Source: valgrind cachegrind, because hardware counters do not work here (%s). "
                "Cache geometry given to the simulator (from sysfs): `%s`%s. Each number is one op "
                "call: (run with %d calls − run with %d calls) / %d, which removes start-up, Python "
                "and data set-up. Cachegrind simulates L1 and the last level only (no L2), and the "
                "x86 ISA it runs is the one valgrind's CPUID exposes (`%s`).\n\n" % (
                    why, " ".join(ctx.cache_flags), ("; " + "; ".join(ctx.cache_notes)) if ctx.cache_notes else "",
                    hi, lo, hi - lo, ctx.vg_isa))
    return head + report.table(["counter (per op call)", "ours", "NumPy", "source"], rows)


# ------------------------------------------------------------------------------------------
# Section 5
def section_mca(ctx):
    jobs = []
    try:
        jobs += [("x86-64 %s" % ctx.vg_isa if hasattr(ctx, "vg_isa") else "x86-64", ours_loop(ctx), "x86_64", cpu, None, 0)
                 for cpu in mca.X86_CPUS]
    except Unavailable as e:
        jobs.append(("x86-64", None, "x86_64", None, str(e), 0))
    for isa in ("neon", "sve"):
        try:
            loop, _ = a64_loop(ctx, isa)
            cpus = mca.ARM_CPUS if isa == "neon" else list(mca.SVE_CPUS)
            jobs += [("aarch64 %s" % isa.upper(), loop, "aarch64", cpu, None, mca.SVE_CPUS.get(cpu, 32)) for cpu in cpus]
        except (Unavailable, RuntimeError) as e:
            jobs.append(("aarch64 %s" % isa.upper(), None, "aarch64", None, str(e), 0))
    rows = []
    ctx.facts["mca"] = []
    for name, loop, arch, cpu, err, vl in jobs:
        if loop is None:
            rows.append((name, "-", "not produced: " + err, "", "", "", ""))
            continue
        asm = mca.loop_asm(loop.instructions, arch)
        attrs = "+sve" if "SVE" in name else None
        try:
            cmd, out = mca.run(asm, arch, cpu, extra_attrs=attrs)
        except RuntimeError as e:
            rows.append((name, cpu, "llvm-mca failed: %s" % str(e)[:200], "", "", "", ""))
            continue
        fname = "mca.%s.%s.txt" % (name.replace(" ", "_"), cpu)
        with open(os.path.join(ctx.raw, fname), "w") as f:
            f.write("$ " + " ".join(cmd) + "\n" + asm + "\n" + out)
        p = mca.parse(out)
        bytes_loaded = classify.mix(loop.instructions, arch, sve_bytes=vl or 32)["bytes_loaded"]
        cpi = p.get("cycles_per_iteration")
        bpc = bytes_loaded / cpi if cpi else None
        lim = mca.limiting_resource(p)
        ctx.facts["mca"].append((name, cpu, cpi, bpc, lim))
        rows.append((name, cpu, report.num(cpi), report.num(bytes_loaded), report.num(bpc),
                     report.num(p.get("ipc")), lim))
    text = ("llvm-mca-19 on the hot loop bodies of section 3 (each run 200 iterations; raw output "
            "in raw/mca.*.txt). Bytes per cycle = bytes the loop loads per iteration / predicted "
            "cycles per iteration (SVE loads counted at the 256-bit vector length of Neoverse V1). "
            "The loop is modelled with its data in L1; memory stalls are not modelled.\n\n")
    return text + report.table(["loop", "CPU model", "cycles / iteration", "bytes loaded / iteration",
                                "bytes / cycle", "IPC", "limiting resource"], rows)


# ------------------------------------------------------------------------------------------
# Section 6
def load_strides(loop, arch):
    """Bytes each address register advances per loop iteration (from add/sub/lea/post-index)."""
    adv = {}
    for ins in loop.instructions:
        m, ops = ins.mnemonic, ins.operands
        if arch == "x86_64":
            mm = re.match(r"^\$(-?0x[0-9a-f]+|-?\d+),%(\w+)$", ops)
            if m.startswith(("add", "sub")) and mm:
                v = int(mm.group(1), 0)
                adv[mm.group(2)] = adv.get(mm.group(2), 0) + (v if m.startswith("add") else -v)
        else:
            mm = re.match(r"^(x\d+), (x\d+), #(0x[0-9a-f]+|\d+)$", ops)
            if m in ("add", "sub") and mm and mm.group(1) == mm.group(2):
                v = int(mm.group(3), 0)
                adv[mm.group(1)] = adv.get(mm.group(1), 0) + (v if m == "add" else -v)
            pm = re.search(r"\[(x\d+)\], #(-?0x[0-9a-f]+|-?\d+)", ops)
            if pm:
                adv[pm.group(1)] = adv.get(pm.group(1), 0) + int(pm.group(2), 0)
    strides = []
    for ins in loop.instructions:
        cat, loaded, _ = classify.classify(ins, arch)
        if not loaded:
            continue
        if arch == "x86_64":
            mm = re.search(r"\((%\w+)?(?:,(%\w+)(?:,(\d))?)?\)", ins.operands)
            if not mm:
                continue
            base, index, scale = mm.group(1), mm.group(2), int(mm.group(3) or 1)
            s = 0
            if base and base[1:] in adv:
                s += adv[base[1:]]
            if index and index[1:] in adv:
                s += adv[index[1:]] * scale
            strides.append((ins, s if s else None))
        else:
            mm = re.search(r"\[(x\d+)(?:, (x\d+))?", ins.operands)
            if mm:
                s = adv.get(mm.group(1), 0)
                strides.append((ins, s if s else None))
    return strides


def mem_operand(ins):
    mm = re.search(r"-?(?:0x[0-9a-f]+)?\(%\w+(?:,%\w+(?:,\d)?)?\)|\[[^\]]*\]", ins.operands)
    return mm.group(0) if mm else None


def attribution_table(ctx, runs, loops, obj):
    events = ["Ir", "Dr", "D1mr", "DLmr", "Dw", "D1mw", "DLmw"]
    per = {ev: runs.per_op_instr(obj, ev) for ev in events}
    rows = []
    totals = {ev: 0.0 for ev in events}
    loads = []  # (loop index, instruction, executions, advance, D1mr, is accumulator)
    for k, loop in enumerate(loops):
        strides = dict((i.addr, s) for i, s in load_strides(loop, "x86_64"))
        stores = {mem_operand(i) for i in loop.instructions
                  if classify.classify(i, "x86_64")[0] == "store"}
        for ins in loop.instructions:
            miss_per_line = ""
            if ins.addr in strides:
                adv = strides[ins.addr]
                execs = per["Ir"].get(ins.addr, 0)
                acc = mem_operand(ins) in stores
                loads.append((k, ins, execs, adv, per["D1mr"].get(ins.addr, 0), acc))
                if adv and execs:
                    miss_per_line = report.num(per["D1mr"].get(ins.addr, 0) / (execs * abs(adv) / 64.0), 3)
                if acc:
                    miss_per_line += " (accumulator: same address as the store)"
            rows.append(["%d" % (k + 1), "%x" % ins.addr, "`%s`" % ins.text] +
                        [report.num(per[ev].get(ins.addr, 0), 1) for ev in events] + [miss_per_line])
        for ev in events:
            totals[ev] += sum(per[ev].get(i.addr, 0) for i in loop.instructions)
    rows.append(["", "", "**listed loops, total**"] + [report.num(totals[ev], 1) for ev in events] + [""])
    return report.table(["loop", "addr", "instruction"] + events + ["D1mr per 64-B line the load streams"], rows), \
        totals, loads


def section_memory(ctx):
    valgrind_runs(ctx)
    e = DTYPE_SIZE[ctx.args.dtype]
    l1 = sysinfo.cache_size(ctx.caches, 1)
    l2 = sysinfo.cache_size(ctx.caches, 2)
    l1_ways = next((c["ways"] for c in ctx.caches if c["level"] == 1 and c["type"] == "Data"), None)
    way_bytes = l1 // l1_ways if l1 and l1_ways else None
    lines_in = ctx.read_bytes / 64.0
    parts = ["Per-instruction attribution from callgrind (`--dump-instr=yes --cache-sim=yes`, same "
             "simulated geometry and ISA as section 4), per op call; event names are valgrind's "
             "(Ir instructions, Dr/Dw data reads/writes, D1mr/D1mw L1 data misses, DLmr/DLmw "
             "last-level misses). `cg_annotate`'s per-function totals of the same runs are in "
             "raw/ours.cg_annotate.stdout and raw/numpy.cg_annotate.stdout. Input cache lines "
             "per call: %s.\n" % report.num(lines_in)]
    ctx.facts["shape"] = {}
    for label, loops_fn, runs, obj in [("ours", ours_loops, ctx.vg_ours, os.path.basename(ctx.driver)),
                                       ("NumPy", numpy_loops, ctx.vg_numpy, NUMPY_SO)]:
        try:
            loops = loops_fn(ctx)
        except Unavailable as ex:
            parts.append("**%s**: not produced: %s\n" % (label, ex))
            continue
        tab, totals, loads = attribution_table(ctx, runs, loops, obj)
        parts.append("**%s** — hot loops of section 3\n\n%s" % (label, tab))
        # Access shape, from the hottest loop's address arithmetic.
        loop = loops[0]
        strides = load_strides(loop, "x86_64")
        advs = [abs(s) for _, s in strides if s]
        bases = {re.search(r"\((%\w+)", i.operands).group(1) for i, _ in strides
                 if re.search(r"\((%\w+)", i.operands)}
        stores = [(i, classify.classify(i, "x86_64")[2]) for i in loop.instructions
                  if classify.classify(i, "x86_64")[0] == "store"]
        acc_loads = {mem_operand(i) for i, _ in stores}
        input_streams = len([1 for i, _ in strides if mem_operand(i) not in acc_loads])
        d1_per_line = totals["D1mr"] / lines_in if lines_in else None
        rows = [("bytes per input row", report.size(ctx.cols * e)),
                ("loads per iteration of loop 1 (address advance per iteration)",
                 ", ".join("`%s` %s" % (i.text, "+%d B" % s if s else "(advance held in a register)")
                           for i, s in strides) or "none"),
                ("distinct base registers of those loads", "%d" % len(bases))]
        acc = None
        if ctx.args.op.endswith("axis0") and stores and advs:
            store_adv = max(classify.classify(i, "x86_64")[2] for i, _ in stores)
            cols_per_iter = min(advs) / float(e)
            acc_elem = store_adv / cols_per_iter if cols_per_iter else None
            if acc_elem:
                acc = int(ctx.cols * acc_elem)
                rows.append(("accumulator row (computed: %d B stored per iteration for %g columns "
                             "-> %g B per column, x %d columns)" % (store_adv, cols_per_iter, acc_elem, ctx.cols),
                             "%s: %s L1D (%s), %s L2 (%s)" % (
                                 report.size(acc), "fits" if l1 and acc <= l1 else "exceeds", report.size(l1),
                                 "fits" if l2 and acc <= l2 else "exceeds", report.size(l2))))
        elif ctx.args.op.endswith("axis0"):
            rows.append(("accumulator row", "not derivable: the hot loop has no store or no fixed advance"))
        else:
            rows.append(("accumulator", "registers only (this op keeps no row of partial results)"))
        row_stride = ctx.cols * e
        aliasing = None
        if way_bytes and input_streams > 1 and ctx.args.op.endswith("axis0"):
            # Streams of one iteration advancing together, row_stride apart: when row_stride is a
            # multiple of the way size they need one way each of the same L1 set.
            aliasing = row_stride % way_bytes == 0
            named_acc = len(strides) - input_streams
            rows.append(("L1 set aliasing",
                         "row stride %s is %sa multiple of the L1D way size %s (%s / %d ways); loop 1 "
                         "has %d load streams besides the one read at the store's address%s" % (
                             report.size(row_stride), "" if aliasing else "not ", report.size(way_bytes),
                             report.size(l1), l1_ways, input_streams,
                             " (%d in all)" % len(strides) if named_acc else
                             " (an accumulator read through another register is among them)")))
        rows.append(("simulated D1 read misses in the listed loops per input cache line", report.num(d1_per_line, 3)))
        ctx.facts["shape"][label] = dict(d1_per_line=d1_per_line, acc=acc, loads=loads,
                                         input_streams=input_streams, aliasing=aliasing,
                                         all_streams=len(strides),
                                         way_bytes=way_bytes, ways=l1_ways)
        parts.append("\n" + report.table(["access shape (%s)" % label, "value"], rows))
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------
# Section 7
def ratio_text(a, b, digits=2):
    if a is None or b is None:
        return "n/a"
    if b == 0:
        return "n/a (NumPy's is 0)" if a else "equal (both 0)"
    return ("%." + str(digits) + "fx") % (a / b)


def section_findings(ctx):
    f = ctx.facts
    out = []
    if f.get("bench_ratio") is not None:
        out.append("Time: NumPy median / ours median = %s on `%s` (%s ms vs %s ms); ours reaches %s "
                   "of the plain-read bandwidth of a same-size buffer." % (
                       report.num(f["bench_ratio"], 3), f.get("bench_isa"), report.num(f.get("bench_ours"), 4),
                       report.num(f.get("bench_numpy"), 4), "n/a" if f.get("bench_roofline") is None
                       else "%.0f%%" % (100 * f["bench_roofline"])))
    if "instr_per_op" in f:
        io, inn = f["instr_per_op"]
        if io and inn:
            out.append("Whole op call (%s, ours on `%s`): ours %.3f instructions per element, NumPy %.3f "
                       "(ours/NumPy %s)." % (f["counters_source"], getattr(ctx, "vg_isa", "?"),
                                             io / ctx.elements, inn / ctx.elements, ratio_text(io, inn)))
    mix = f.get("mix", {})
    if "ours" in mix and "NumPy" in mix:
        (mo, eo, co, _), (mn, en, cn, _) = mix["ours"], mix["NumPy"]
        out.append("Hot loops (section 3; ours cover %.0f%% of the driver's instructions, NumPy's "
                   "%.0f%% of %s's): ours %.3f instructions per element, NumPy %.3f (%s)." % (
                       100 * co, 100 * cn, NUMPY_SO, mo["total"] / eo, mn["total"] / en,
                       ratio_text(mo["total"] / eo, mn["total"] / en)))
        per = lambda mx, e, k: mx[k] / e
        lo = (mo["vec_load"] + mo["folded_loads"]) / eo
        ln = (mn["vec_load"] + mn["folded_loads"]) / en
        out.append("Per element in those loops: vector loads ours %.3f / NumPy %.3f; vector adds %.3f / %.3f; "
                   "conversions %.3f / %.3f; stores %.3f / %.3f; bytes loaded %.2f / %.2f; bytes stored "
                   "%.2f / %.2f." % (lo, ln, per(mo, eo, "vec_add"), per(mn, en, "vec_add"),
                                     per(mo, eo, "vec_convert"), per(mn, en, "vec_convert"),
                                     per(mo, eo, "store"), per(mn, en, "store"),
                                     per(mo, eo, "bytes_loaded"), per(mn, en, "bytes_loaded"),
                                     per(mo, eo, "bytes_stored"), per(mn, en, "bytes_stored")))
    for key in ("aarch64 NEON", "aarch64 SVE"):
        if key in mix:
            mx, el, cov, _ = mix[key]
            out.append("%s hot loops: %.3f instructions per element (%.0f%% of the driver's instructions under QEMU)." % (
                key, mx["total"] / el, 100 * cov))
    if "d1_misses" in f:
        (d_o, d_n), (l_o, l_n) = f["d1_misses"], f["ll_misses"]
        lines = ctx.read_bytes / 64.0
        out.append("Simulated D1 misses per call: ours %s (%.3f per input line), NumPy %s (%.3f per input "
                   "line); ours/NumPy %s." % (report.num(d_o), d_o / lines, report.num(d_n), d_n / lines,
                                              ratio_text(d_o, d_n)))
        ll = sysinfo.cache_size(ctx.caches, 3) or sysinfo.cache_size(ctx.caches, 2)
        out.append("Simulated LL misses per call: ours %s, NumPy %s (%s)%s." % (
            report.num(l_o), report.num(l_n), ratio_text(l_o, l_n),
            "; the %s working set fits the simulated %s last level, so after the first call both "
            "sides read it from LL and the per-call difference has (almost) no LL misses"
            % (report.size(ctx.read_bytes + ctx.written_bytes), report.size(ll))
            if ll and ctx.read_bytes + ctx.written_bytes <= ll else ""))
    sh = f.get("shape", {})
    for label in ("ours", "NumPy"):
        s = sh.get(label)
        if not s:
            continue
        for k, ins, execs, adv, d1mr, acc in s["loads"]:
            if acc and adv and execs:
                out.append("%s's accumulator load `%s` (loop %d) takes %.3f D1 misses per 64-B line it "
                           "reads%s." % (label, ins.text, k + 1, d1mr / (execs * abs(adv) / 64.0),
                                         " (1.0: every accumulator line is evicted between passes)"
                                         if d1mr / (execs * abs(adv) / 64.0) > 0.5 else ""))
        if s.get("aliasing") and s["input_streams"] > 2:
            out.append("%s's loop 1 reads %d rows per iteration, a multiple of the %s L1 way size apart, "
                       "so they compete for the same L1 set: %d streams in all for %d ways." % (
                           label, s["input_streams"], report.size(s["way_bytes"]), s["all_streams"], s["ways"]))
    for name, cpu, cpi, bpc, lim in f.get("mca", []):
        out.append("llvm-mca, %s loop on %s: %s cycles per iteration, %s bytes loaded per cycle from L1; "
                   "limit: %s." % (name, cpu, report.num(cpi), report.num(bpc), lim))
    if f.get("bench_cycles_per_elem") is not None and "mca" in f:
        x86 = [(cpu, cpi) for name, cpu, cpi, _, _ in f["mca"] if name.startswith("x86") and cpi]
        if x86 and "ours" in mix:
            mo, eo, _, _ = mix["ours"]
            loop = ours_loop(ctx)
            el_per_iter = eo / loop.iterations if loop.iterations else None
            if el_per_iter:
                est = [(cpu, cpi / el_per_iter) for cpu, cpi in x86]
                out.append("Measured ours: %.3f cycles per element at the nominal clock (`%s`); llvm-mca's "
                           "L1-resident estimate for the `%s` loop: %s cycles per element (measured / "
                           "estimate: %s)." % (
                               f["bench_cycles_per_elem"], f.get("bench_isa"), ctx.vg_isa,
                               ", ".join("%.3f on %s" % (c, cpu) for cpu, c in est),
                               ", ".join("%.1fx" % (f["bench_cycles_per_elem"] / c) for _, c in est)))
    if not out:
        return "No findings: the sections they are computed from were not produced (see above).\n"
    return ("Every line is computed from the numbers in the sections above.\n\n" +
            "".join("- %s\n" % s for s in out))


SECTIONS = [
    ("1. Workload", section_workload),
    ("2. Timing and roofline", section_timing),
    ("3. Assembly", section_assembly),
    ("4. Counters", section_counters),
    ("5. Static throughput (llvm-mca)", section_mca),
    ("6. Memory access pattern", section_memory),
    ("7. Findings", section_findings),
]


def profile_one(args, out_dir):
    ctx = Context(args, out_dir)
    ctx.driver = args.driver or find_runfile("tools/profile/driver")
    ctx.numpy_driver = find_runfile("tools/profile/numpy_driver.py")
    if not ctx.driver:
        raise SystemExit("driver binary not found: build //tools/profile:driver or pass --driver")
    body = ["# Profile: `%s` %s %s\n" % (args.op, args.shape, args.dtype),
            "Generated by `bazel run //tools:profile -- %s` on %s. Raw outputs: `raw/`.\n" % (
                " ".join(args.argv), time.strftime("%Y-%m-%d %H:%M %Z"))]
    for title, fn in SECTIONS:
        t0 = time.time()
        try:
            text = fn(ctx)
        except Unavailable as e:
            text = "Not produced on this machine: %s\n" % e
        except Exception as e:  # a broken tool must not lose the other sections
            with open(os.path.join(ctx.raw, "error.%s.txt" % title.split(".")[0]), "w") as f:
                f.write(traceback.format_exc())
            text = ("Not produced: %s: %s (traceback in raw/error.%s.txt). Rerun after fixing that "
                    "tool.\n" % (type(e).__name__, e, title.split(".")[0]))
        body.append("## %s\n\n%s" % (title, text))
        print("  %-32s %.1fs" % (title, time.time() - t0), file=sys.stderr)
    path = os.path.join(out_dir, "report.md")
    with open(path, "w") as f:
        f.write("\n".join(body))
    if args.max_raw_kb:
        prune_raw(ctx.raw, args.max_raw_kb)
    return path


def prune_raw(raw, max_kb):
    """Deletes raw files over max_kb (e.g. for a committed example) and lists what went."""
    gone = []
    for dp, _, fs in os.walk(raw):
        for name in sorted(fs):
            p = os.path.join(dp, name)
            size = os.path.getsize(p)
            if size > max_kb * 1024:
                gone.append((os.path.relpath(p, raw), size))
                os.remove(p)
    if gone:
        with open(os.path.join(raw, "OMITTED.md"), "w") as f:
            f.write("Raw files over %d KiB were deleted after the report was written (--max_raw_kb); "
                    "rerun the command in ../report.md to get them back:\n\n" % max_kb)
            for rel, size in gone:
                f.write("- %s (%s)\n" % (rel, report.size(size)))


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--op", default="mean_axis0", choices=OPS + ["min_axis1", "max_axis0"])
    p.add_argument("--shape", default=None, help="ROWSxCOLS (default %s, %s with --quick)" % (HEADLINE_SHAPE, QUICK_SHAPE))
    p.add_argument("--dtype", default="float32", choices=sorted(DTYPE_SIZE))
    p.add_argument("--isa", default=None, help="force an ISA (scalar, sse2, avx2, avx512)")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--out", default=None, help="output folder (default profile_out/<op>_<shape>_<dtype>)")
    p.add_argument("--all", action="store_true", help="headline case of every op, plus index.md")
    p.add_argument("--quick", action="store_true", help="small shape and short bench rounds; no aarch64 cross build unless --aarch64_driver")
    p.add_argument("--iters_lo", type=int, default=1)
    p.add_argument("--iters_hi", type=int, default=3)
    p.add_argument("--aarch64_rows", type=int, default=64,
                   help="rows for the QEMU runs (the loop structure does not depend on rows)")
    p.add_argument("--driver", default=None, help="x86-64 driver binary (default: from runfiles)")
    p.add_argument("--aarch64_driver", default=None, help="cross-built driver (default: built with bazel)")
    p.add_argument("--bench_json", default=None, help="use this bench record instead of running the bench")
    p.add_argument("--bench_binary", default=None,
                   help="run this prebuilt bench binary (e.g. bazel-bin/bench/suite) instead of `bazel run //bench:<op>`")
    p.add_argument("--max_raw_kb", type=int, default=0,
                   help="after the report is written, delete raw files larger than this (listed in raw/OMITTED.md); 0 keeps all")
    p.add_argument("--workspace", default=None, help="workspace for nested bazel commands")
    args = p.parse_args(argv)
    args.argv = argv
    if args.quick:
        args.shape = args.shape or QUICK_SHAPE
        args.iters_hi = min(args.iters_hi, 2)
        args.aarch64_rows = min(args.aarch64_rows, 8)
    args.shape = args.shape or HEADLINE_SHAPE
    if not re.match(r"^\d+x\d+$", args.shape):
        p.error("--shape must be ROWSxCOLS")
    if args.iters_hi <= args.iters_lo:
        p.error("--iters_hi must exceed --iters_lo")
    return args


def default_out(args, name):
    base = os.environ.get("BUILD_WORKSPACE_DIRECTORY") or os.getcwd()
    return args.out if args.out else os.path.join(base, "profile_out", name)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.out and not os.path.isabs(args.out) and os.environ.get("BUILD_WORKSPACE_DIRECTORY"):
        args.out = os.path.join(os.environ["BUILD_WORKSPACE_DIRECTORY"], args.out)
    if not args.all:
        out = default_out(args, "%s_%s_%s" % (args.op, args.shape, args.dtype))
        os.makedirs(out, exist_ok=True)
        print(profile_one(args, out))
        return 0
    root = default_out(args, "all")
    os.makedirs(root, exist_ok=True)
    rows = []
    for op in OPS:
        args.op = op
        out = os.path.join(root, "%s_%s_%s" % (op, args.shape, args.dtype))
        os.makedirs(out, exist_ok=True)
        print("profiling %s %s %s" % (op, args.shape, args.dtype), file=sys.stderr)
        path = profile_one(args, out)
        with open(path) as f:
            text = f.read()
        missing = len(re.findall(r"not produced", text, re.I))
        rows.append(("[%s](%s)" % (op, os.path.relpath(path, root)), args.shape, args.dtype,
                     "all sections" if not missing else "%d parts not produced (reasons inside)" % missing))
    with open(os.path.join(root, "index.md"), "w") as f:
        f.write("# Profiles: headline case of every op\n\n" +
                report.table(["op", "shape", "dtype", "status"], rows))
    print(os.path.join(root, "index.md"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
