"""Runs llvm-mca on a hot loop and parses its summary, resource pressure and bottleneck report."""

import re
import subprocess

MCA = "llvm-mca-19"
X86_CPUS = ["znver3", "skylake-avx512"]
ARM_CPUS = ["neoverse-n1", "neoverse-v1", "cortex-a72"]
# Which CPUs implement SVE (the others get only the NEON loop).
SVE_CPUS = {"neoverse-v1": 32}  # SVE vector length in bytes (256-bit on Neoverse V1)


def loop_asm(instructions, arch):
    """Assembler text for llvm-mca: the loop body with its back-edge branch to a label."""
    lines = []
    if arch == "x86_64":
        lines.append(".att_syntax")
    lines.append(".Lloop:")
    first = instructions[0].addr if instructions else 0
    for ins in instructions:
        text = ins.text
        if ins.target is not None:
            # Direct branches: back-edges go to the loop label; forward exits to an end label.
            label = ".Lloop" if ins.target == first else ".Lexit"
            text = re.sub(r"0x[0-9a-f]+$", label, text)
        lines.append("  " + text)
    lines.append(".Lexit:")
    return "\n".join(lines) + "\n"


def run(asm, arch, cpu, iterations=200, extra_attrs=None):
    triple = "aarch64-linux-gnu" if arch == "aarch64" else "x86_64-linux-gnu"
    cmd = [MCA, "-mtriple=" + triple, "-mcpu=" + cpu, "-iterations=%d" % iterations,
           "-bottleneck-analysis", "-resource-pressure", "-timeline=false"]
    if extra_attrs:
        cmd.append("-mattr=" + extra_attrs)
    proc = subprocess.run(cmd, input=asm, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(cmd), proc.stderr.strip()[-1500:]))
    return cmd, proc.stdout


def parse(text):
    """Summary numbers, the busiest resource per iteration and the bottleneck analysis lines."""
    out = {}
    for key, pat in [("iterations", r"^Iterations:\s+(\d+)"),
                     ("instructions", r"^Instructions:\s+(\d+)"),
                     ("total_cycles", r"^Total Cycles:\s+(\d+)"),
                     ("uops", r"^Total uOps:\s+(\d+)"),
                     ("dispatch_width", r"^Dispatch Width:\s+(\d+)"),
                     ("ipc", r"^IPC:\s+([\d.]+)"),
                     ("block_rthroughput", r"^Block RThroughput:\s+([\d.]+)")]:
        m = re.search(pat, text, re.M)
        if m:
            out[key] = float(m.group(1))
    if "total_cycles" in out and out.get("iterations"):
        out["cycles_per_iteration"] = out["total_cycles"] / out["iterations"]
    # Resource pressure per iteration: a header line of [n] names, then a row of numbers.
    m = re.search(r"Resources:\n((?:\[[^\n]+\n)+)", text)
    names = {}
    if m:
        for line in m.group(1).splitlines():
            mm = re.match(r"\[(\S+)\]\s+-\s+(\S+)", line)
            if mm:
                names[mm.group(1)] = mm.group(2)
    m = re.search(r"Resource pressure per iteration:\n(.+)\n(.+)\n", text)
    pressure = {}
    if m:
        cols = re.findall(r"\[(\S+)\]", m.group(1))
        vals = m.group(2).split()
        for c, v in zip(cols, vals):
            if v != "-":
                name = names.get(c, c)
                pressure[name] = max(pressure.get(name, 0.0), float(v))
    out["pressure"] = pressure
    if pressure:
        busiest = max(pressure.items(), key=lambda kv: kv[1])
        out["busiest_resource"], out["busiest_pressure"] = busiest
    # Bottleneck analysis (printed only when mca sees pressure increasing cycles).
    m = re.search(r"Cycles with backend pressure increase \[ ([\d.]+)% \]", text)
    out["backend_pressure_pct"] = float(m.group(1)) if m else 0.0
    bn = []
    m = re.search(r"Resource Pressure\s+\[ ([\d.]+)% \]((?:\n\s+- \S+\s+\[ [\d.]+% \])*)", text)
    if m:
        bn.append(("Resource Pressure", float(m.group(1))))
        out["pressure_resources"] = re.findall(r"- (\S+)\s+\[ ([\d.]+)% \]", m.group(2))
    m = re.search(r"Data Dependencies:?\s+\[ ([\d.]+)% \]", text)
    if m:
        bn.append(("Data Dependencies", float(m.group(1))))
    out["bottleneck_parts"] = bn
    m = re.search(r"No resource or data dependency bottlenecks discovered", text)
    out["no_bottleneck"] = bool(m)
    return out


def limiting_resource(parsed):
    """One phrase naming what limits the loop, from mca's own numbers."""
    parts = dict(parsed.get("bottleneck_parts", []))
    busiest = parsed.get("busiest_resource")
    dep = parts.get("Data Dependencies", 0.0)
    res = parts.get("Resource Pressure", 0.0)
    if dep > res and dep > 0:
        return "data dependencies (%.0f%% of simulated cycles)" % dep
    named = parsed.get("pressure_resources")
    if named:
        return "resource pressure on %s (%.0f%% of simulated cycles; %.2f cycles/iteration)" % (
            "/".join(n for n, _ in named), res, parsed.get("cycles_per_iteration", 0))
    if busiest is not None:
        cpi = parsed.get("cycles_per_iteration", 0)
        return "resource %s (%.2f cycles of pressure per iteration, loop takes %.2f)" % (
            busiest, parsed["busiest_pressure"], cpi)
    return "no bottleneck reported"
