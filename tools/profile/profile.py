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


class Unavailable(Exception):
    """A section cannot be produced here; the message says why and what would produce it."""


def here():
    return os.path.dirname(os.path.abspath(__file__))


def find_runfile(rel):
    """A file shipped with the py_binary (Bazel runfiles), or beside this script."""
    candidates = []
    for env in ("RUNFILES_DIR", "TEST_SRCDIR"):
        if os.environ.get(env):
            candidates.append(os.path.join(os.environ[env], "__main__", rel))
    script = os.path.abspath(sys.argv[0])
    candidates.append(os.path.join(script + ".runfiles", "__main__", rel))
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


def driver_args(ctx, iters, rows=None):
    a = ["--op=" + ctx.args.op, "--shape=%dx%d" % (rows or ctx.rows, ctx.cols),
         "--dtype=" + ctx.args.dtype, "--iters=%d" % iters, "--threads=%d" % ctx.args.threads]
    if ctx.args.isa:
        a.append("--isa=" + ctx.args.isa)
    return a


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
def flatten(obj, prefix=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from flatten(v, prefix + ("." if prefix else "") + str(k))
    elif isinstance(obj, list) and len(obj) <= 8:
        for i, v in enumerate(obj):
            yield from flatten(v, "%s[%d]" % (prefix, i))
    elif isinstance(obj, (int, float, str, bool)):
        yield prefix, obj


def pick(fields, *patterns):
    for key, value in fields:
        k = key.lower()
        if all(re.search(p, k) for p in patterns) and isinstance(value, (int, float)) \
                and not isinstance(value, bool):
            return key, value
    return None, None


def section_timing(ctx):
    a = ctx.args
    if a.bench_json:
        paths = [a.bench_json]
    else:
        if not ctx.workspace:
            raise Unavailable(
                "timing comes from the bench harness, which is run with `bazel run`; this run has "
                "no workspace (not started by `bazel run` and no --workspace). Produce it with: "
                "`bazel run //bench:%s -- --shape=%s --dtype=%s --out=DIR` and pass "
                "--bench_json=DIR/<file>.json" % (a.op, a.shape, a.dtype))
        bench_dir = os.path.join(ctx.raw, "bench")
        os.makedirs(bench_dir, exist_ok=True)
        cmd = ["bazel", "run", "//bench:" + a.op, "--", "--shape=" + a.shape, "--dtype=" + a.dtype,
               "--out=" + bench_dir]
        if a.isa:
            cmd.append("--isa=" + a.isa)
        proc = subprocess.run(cmd, cwd=ctx.workspace, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
        with open(os.path.join(ctx.raw, "bench.log"), "w") as f:
            f.write("$ " + " ".join(cmd) + "\n" + proc.stdout + proc.stderr)
        if proc.returncode != 0:
            tail = " ".join(proc.stderr.strip().splitlines()[-3:])[-400:]
            raise Unavailable("`%s` failed (exit %d: %s); see raw/bench.log. Timing needs the "
                              "bench target //bench:%s to build and run." %
                              (" ".join(cmd), proc.returncode, tail, a.op))
        paths = [os.path.join(dp, f) for dp, _, fs in os.walk(bench_dir) for f in fs
                 if f.endswith(".json")]
        if not paths:
            raise Unavailable("`%s` ran but wrote no .json under %s; see raw/bench.log" %
                              (" ".join(cmd), bench_dir))
    with open(sorted(paths)[-1]) as f:
        record = json.load(f)
    fields = list(flatten(record))
    ctx.facts["bench_fields"] = fields
    # Field names of bench/record_schema.py (cases[].ours.median_ms, .numpy.median_ms, .speedup,
    # .gbps, .read_gbps, .roofline), with looser patterns as a fallback.
    _, ours = pick(fields, r"(^|\.)ours\.median_ms$")
    _, npy = pick(fields, r"(^|\.)numpy\.median_ms$")
    _, ratio = pick(fields, r"(^|\.)speedup$")
    _, gbs = pick(fields, r"(^|\.)gbps$")
    _, read_gbs = pick(fields, r"(^|\.)read_gbps$")
    _, roof = pick(fields, r"(^|\.)roofline$")
    ours = ours if ours is not None else pick(fields, r"ours|raptors", r"median")[1]
    npy = npy if npy is not None else pick(fields, r"numpy", r"median")[1]
    ratio = ratio if ratio is not None else pick(fields, r"ratio")[1]
    ctx.facts.update(bench_ours=ours, bench_numpy=npy, bench_ratio=ratio, bench_gbs=gbs, bench_roofline=roof)
    rows = [("ours, median ms", ours), ("NumPy, median ms", npy), ("speedup (NumPy time / ours)", ratio),
            ("GB/s (ours)", gbs), ("read bandwidth, same working set, GB/s", read_gbs),
            ("roofline (ours GB/s / read GB/s)", roof)]
    text = "Source: the bench harness's JSON record (%s), which times both sides interleaved " \
           "in one run.\n\n" % os.path.relpath(sorted(paths)[-1], ctx.out)
    text += report.table(["quantity", "value"], [(k, report.num(v, 3)) for k, v in rows if v is not None])
    numeric = [(k, v) for k, v in fields if isinstance(v, (int, float)) and not isinstance(v, bool)]
    text += "\nAll numeric fields of the record:\n\n" + report.table(
        ["field", "value"], [(k, report.num(v, 4)) for k, v in numeric[:60]])
    return text


# ------------------------------------------------------------------------------------------
# Sections 3-6 share the valgrind runs.
def valgrind_runs(ctx):
    if hasattr(ctx, "vg_ours"):
        return
    lo, hi = ctx.args.iters_lo, ctx.args.iters_hi
    ctx.vg_ours = collect.ValgrindRuns("ours", lambda n: [ctx.driver] + driver_args(ctx, n),
                                       ctx.raw, ctx.cache_flags, lo, hi)
    ctx.vg_isa = json.loads(ctx.vg_ours.stdout[hi].strip().splitlines()[-1])["isa"]
    ctx.vg_numpy = collect.ValgrindRuns("numpy", lambda n: numpy_cmd(ctx, n), ctx.raw,
                                        ctx.cache_flags, lo, hi)


def ours_loop(ctx):
    if hasattr(ctx, "loop_ours"):
        return ctx.loop_ours
    valgrind_runs(ctx)
    obj = os.path.basename(ctx.driver)
    counts = ctx.vg_ours.per_op_instr(obj)
    functions, text = objdump_parser.disassemble(ctx.driver)
    with open(os.path.join(ctx.raw, "ours.x86_64.objdump.txt"), "w") as f:
        f.write(text)
    loop = hotloop.locate(functions, counts)
    if loop is None:
        raise Unavailable("no loop found around the hottest instructions of the driver")
    ctx.loop_ours = loop
    ctx.counts_ours = counts
    return loop


def numpy_loop(ctx):
    if hasattr(ctx, "loop_numpy"):
        return ctx.loop_numpy
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
    # The .so keeps only exported symbols; objdump names code by the nearest one (+offset).
    for f in functions:
        f.name = "code at 0x%x in %s (callgrind function %s; objdump's nearest exported symbol: %s)" % (
            start, os.path.basename(so), fn, f.name)
    loop = hotloop.locate(functions, counts)
    if loop is None:
        raise Unavailable("no backward branch around NumPy's hottest instruction 0x%x" % hottest)
    ctx.loop_numpy = loop
    ctx.counts_numpy = counts
    return loop


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
    copy = os.path.join(ctx.raw, "driver.aarch64")
    shutil.copy(path, copy)
    ctx.a64_driver = copy
    return copy


def a64_loop(ctx, isa):
    key = "a64_" + isa
    if key in ctx.facts:
        return ctx.facts[key]
    binary = aarch64_driver(ctx)
    rows = min(ctx.rows, ctx.args.aarch64_rows)
    args = lambda n: ["--op=" + ctx.args.op, "--shape=%dx%d" % (rows, ctx.cols),
                      "--dtype=" + ctx.args.dtype, "--iters=%d" % n, "--threads=1", "--isa=" + isa]
    counts, stdout = collect.qemu_counts(binary, isa, args, ctx.raw, ctx.args.iters_lo, ctx.args.iters_hi)
    functions, text = objdump_parser.disassemble(binary, "aarch64")
    with open(os.path.join(ctx.raw, "ours.aarch64.objdump.txt"), "w") as f:
        f.write(text)
    icounts = hotloop.block_counts_from_tb_starts(counts, functions)
    loop = hotloop.locate(functions, icounts)
    if loop is None:
        raise Unavailable("no loop found around the hottest aarch64 blocks for %s" % isa)
    loop.how = "QEMU (%s) execution counts of %dx%d, %s" % (collect.QEMU_CPUS[isa], rows, ctx.cols, loop.how)
    ctx.facts[key] = (loop, rows * ctx.cols)
    return ctx.facts[key]


def loop_section(title, loop, elements, arch):
    mx_dyn = classify.mix(loop.instructions, arch, loop.counts)
    mx_static = classify.mix(loop.instructions, arch)
    per_iter_elems = elements / loop.iterations if loop.iterations else None
    text = "**%s** — `%s`\n\nFound by: %s. The loop body ran %s times per op call (%s elements).\n\n" % (
        title, loop.function, loop.how, report.num(loop.iterations), report.num(elements))
    text += report.asm_listing(loop, loop.counts)
    text += "\n(left column: executions per op call)\n\n"
    text += report.mix_table([("one iteration", mx_static, per_iter_elems),
                              ("per op call", mx_dyn, elements)])
    return text, mx_dyn


def section_assembly(ctx):
    parts = []
    dt_size = DTYPE_SIZE[ctx.args.dtype]
    ctx.facts["mix"] = {}
    for label, fn, arch, elems_fn in [
            ("ours, x86-64 (%s under valgrind)", ours_loop, "x86_64", lambda: ctx.elements),
            ("NumPy, x86-64", numpy_loop, "x86_64", lambda: ctx.elements)]:
        try:
            loop = fn(ctx)
            title = label % ctx.vg_isa if "%s" in label else label
            text, mx = loop_section(title, loop, elems_fn(), arch)
            ctx.facts["mix"][title.split(",")[0]] = (mx, elems_fn())
            parts.append(text)
        except Unavailable as e:
            parts.append("**%s**: not produced: %s\n" % (label.split(" (")[0], e))
    if getattr(ctx, "vg_isa", None) and ctx.native.get("isa") != ctx.vg_isa:
        parts.append("Note: natively the driver runs `%s`, but valgrind hides that ISA from "
                     "CPUID (valgrind 3.19 does not emulate AVX-512), so the profiled x86 loop is "
                     "the `%s` one.\n" % (ctx.native["isa"], ctx.vg_isa))
    for isa in ("neon", "sve"):
        try:
            loop, elems = a64_loop(ctx, isa)
            text, mx = loop_section("ours, aarch64 %s" % isa.upper(), loop, elems, "aarch64")
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


def attribution_table(ctx, runs, loop, obj):
    events = ["Ir", "Dr", "D1mr", "DLmr", "Dw", "D1mw", "DLmw"]
    per = {ev: runs.per_op_instr(obj, ev) for ev in events}
    rows = []
    for ins in loop.instructions:
        rows.append(["%x" % ins.addr, "`%s`" % ins.text] + [report.num(per[ev].get(ins.addr, 0), 1) for ev in events])
    totals = {ev: sum(per[ev].get(i.addr, 0) for i in loop.instructions) for ev in events}
    rows.append(["", "**loop total**"] + [report.num(totals[ev], 1) for ev in events])
    return report.table(["addr", "instruction"] + events, rows), totals


def section_memory(ctx):
    valgrind_runs(ctx)
    e = DTYPE_SIZE[ctx.args.dtype]
    oe = DTYPE_SIZE[result_dtype(ctx.args.op, ctx.args.dtype)]
    l1 = sysinfo.cache_size(ctx.caches, 1)
    l2 = sysinfo.cache_size(ctx.caches, 2)
    lines_in = ctx.read_bytes / 64.0
    parts = ["Per-instruction attribution from callgrind (`--dump-instr=yes --cache-sim=yes`, same "
             "simulated geometry as section 4), per op call. `cg_annotate`'s per-function view of "
             "the same runs is in raw/*.cg_annotate.stdout. Input cache lines per call: %s.\n" % report.num(lines_in)]
    ctx.facts["shape"] = {}
    for label, loop_fn, runs, obj in [("ours", ours_loop, ctx.vg_ours, os.path.basename(ctx.driver)),
                                      ("NumPy", numpy_loop, ctx.vg_numpy, NUMPY_SO)]:
        try:
            loop = loop_fn(ctx)
        except Unavailable as ex:
            parts.append("**%s**: not produced: %s\n" % (label, ex))
            continue
        tab, totals = attribution_table(ctx, runs, loop, obj)
        strides = load_strides(loop, "x86_64")
        stride_text = ", ".join("`%s` advances %s B" % (i.text, s if s is not None else "an amount held in a register")
                                for i, s in strides) or "no loads in the loop"
        d1_per_line = (totals["D1mr"] / lines_in) if lines_in else None
        acc = None
        if ctx.args.op.endswith("axis0"):
            acc = ctx.cols * oe
        elif ctx.args.op.endswith("axis1") or ctx.args.op in ("sum", "mean"):
            acc = None
        ctx.facts["shape"][label] = dict(d1_per_line=d1_per_line, loop_totals=totals, acc=acc)
        parts.append("**%s** — hot loop `%s`\n\n%s" % (label, loop.function, tab))
        rows = [("bytes streamed per input row", report.size(ctx.cols * e)),
                ("loads per loop iteration and their advance", stride_text),
                ("loop iterations per op call", report.num(loop.iterations)),
                ("simulated D1 read misses in the loop per input cache line", report.num(d1_per_line, 3))]
        if acc is not None:
            rows.append(("accumulator footprint (output row, %s)" % result_dtype(ctx.args.op, ctx.args.dtype),
                         "%s: %s L1D (%s), %s L2 (%s)" % (report.size(acc), "fits" if l1 and acc <= l1 else "exceeds",
                                                            report.size(l1), "fits" if l2 and acc <= l2 else "exceeds",
                                                            report.size(l2))))
        else:
            rows.append(("accumulator footprint", "registers only (scalar result or one output per row)"))
        parts.append("\n" + report.table(["access shape", "value"], rows))
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------
# Section 7
def section_findings(ctx):
    f = ctx.facts
    out = []
    mix = f.get("mix", {})
    if "ours" in mix and "NumPy" in mix:
        (mo, eo), (mn, en) = mix["ours"], mix["NumPy"]
        ipe_o, ipe_n = mo["total"] / eo, mn["total"] / en
        out.append("In the hot loop, ours retires %.3f instructions per element and NumPy %.3f "
                   "(ours/NumPy = %.2fx)." % (ipe_o, ipe_n, ipe_o / ipe_n if ipe_n else float("nan")))
        lo = mo["vec_load"] + mo["folded_loads"]
        ln = mn["vec_load"] + mn["folded_loads"]
        out.append("Vector loads per element: ours %.3f, NumPy %.3f; vector add-type ops per "
                   "element: ours %.3f, NumPy %.3f; stores per element: ours %.3f, NumPy %.3f." % (
                       lo / eo, ln / en, mo["vec_add"] / eo, mn["vec_add"] / en, mo["store"] / eo, mn["store"] / en))
    if "instr_per_op" in f:
        io, inn = f["instr_per_op"]
        if io and inn:
            out.append("Whole op call (%s): ours %s instructions, NumPy %s (ours/NumPy = %.2fx)." % (
                f["counters_source"], report.num(io), report.num(inn), io / inn))
    if "d1_misses" in f:
        (d_o, d_n), (l_o, l_n) = f["d1_misses"], f["ll_misses"]
        out.append("Simulated D1 misses per call: ours %s, NumPy %s (ratio %.2f); LL misses: ours %s, "
                   "NumPy %s (ratio %s)." % (report.num(d_o), report.num(d_n), d_o / d_n if d_n else float("nan"),
                                            report.num(l_o), report.num(l_n),
                                            "%.2f" % (l_o / l_n) if l_n else "n/a: NumPy had none"))
    sh = f.get("shape", {})
    for label in ("ours", "NumPy"):
        if label in sh and sh[label]["d1_per_line"] is not None:
            out.append("%s's hot loop takes %.3f simulated D1 read misses per input cache line%s." % (
                label, sh[label]["d1_per_line"],
                " (1.0 would be one compulsory miss per streamed line; more means the accumulator or "
                "another stream also misses)" if label == "ours" else ""))
    if f.get("bench_ratio") is not None:
        out.append("The bench harness measured NumPy/ours time ratio %s%s." % (
            report.num(f["bench_ratio"], 3),
            ("" if f.get("bench_roofline") is None else
             ", with ours at %s of the same-size read bandwidth figure" % report.num(f["bench_roofline"], 3))))
    for name, cpu, cpi, bpc, lim in f.get("mca", []):
        out.append("llvm-mca (%s loop on %s): %s cycles per iteration, %s bytes/cycle from L1; limit: %s." % (
            name, cpu, report.num(cpi), report.num(bpc), lim))
    if not out:
        return "No findings: the sections they are computed from were not produced (see above).\n"
    return "".join("- %s\n" % s for s in out)


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
    return path


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--op", default="mean_axis0", choices=OPS + ["min_axis1", "max_axis0"])
    p.add_argument("--shape", default=None, help="ROWSxCOLS (default %s, %s with --quick)" % (HEADLINE_SHAPE, QUICK_SHAPE))
    p.add_argument("--dtype", default="float32", choices=sorted(DTYPE_SIZE))
    p.add_argument("--isa", default=None, help="force an ISA (scalar, sse2, avx2, avx512)")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--out", default=None, help="output folder (default profile_out/<op>_<shape>_<dtype>)")
    p.add_argument("--all", action="store_true", help="headline case of every op, plus index.md")
    p.add_argument("--quick", action="store_true", help="small shape, skip bench and aarch64 build")
    p.add_argument("--iters_lo", type=int, default=1)
    p.add_argument("--iters_hi", type=int, default=3)
    p.add_argument("--aarch64_rows", type=int, default=64,
                   help="rows for the QEMU runs (the loop structure does not depend on rows)")
    p.add_argument("--driver", default=None, help="x86-64 driver binary (default: from runfiles)")
    p.add_argument("--aarch64_driver", default=None, help="cross-built driver (default: built with bazel)")
    p.add_argument("--bench_json", default=None, help="use this bench record instead of running the bench")
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
