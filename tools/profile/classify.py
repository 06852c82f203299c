"""Instruction classifier for the instruction-mix tables (x86-64 AT&T syntax and AArch64 incl. SVE).

Categories are chosen to explain streaming kernels: how many vector loads feed how many vector
adds, what else (stores, shuffles, scalar FP, loop overhead) shares the issue slots.
"""

import re

CATEGORIES = [
    ("vec_load", "vector loads"),
    ("vec_add", "vector add/sub/min/max/fma"),
    ("vec_convert", "vector conversions (widen/narrow)"),
    ("vec_other", "other vector ops"),
    ("store", "stores"),
    ("shuffle", "shuffles/permutes"),
    ("prefetch", "prefetches"),
    ("scalar_fp", "scalar FP"),
    ("branch", "branches"),
    ("other", "integer/address/other"),
]

_X86_VREG = re.compile(r"%([xyz])mm\d+")
_X86_WIDTH = {"x": 16, "y": 32, "z": 64}
_X86_SHUFFLE = re.compile(
    r"^v?(p?shuf|perm|vperm|unpck|punpck|blend|pblend|insert|extract|broadcast|pbroadcast|palignr|"
    r"movhlps|movlhps|movshdup|movsldup|movddup|pack|valign|expand|compress|pinsr|pextr|"
    r"vinsert|vextract|vbroadcast)")
_X86_VADD = re.compile(r"^v?(add|sub|hadd|hsub|min|max|fn?madd|fn?msub|fmaddsub|fmsubadd|"
                       r"padd|psub|pmin|pmax|phadd)")
_X86_SCALAR_SUFFIX = re.compile(r"(ss|sd|sh)$")
# Packed conversions and integer widenings: what a kernel pays to accumulate in a wider type.
_X86_CONVERT = re.compile(r"^v?(cvt(?!.*s[sd]2)(?!.*2s[sd])|pmov[sz]x)")


def _x86_width(operands, mnemonic):
    widths = [_X86_WIDTH[m] for m in _X86_VREG.findall(operands)]
    if not widths:
        return 0
    if _X86_SCALAR_SUFFIX.search(mnemonic) and not mnemonic.startswith(("vpbroadcast", "vbroadcast")):
        return 8 if mnemonic.endswith("sd") else 4
    return max(widths)


def classify_x86(mnemonic, operands):
    """Returns (category, bytes loaded, bytes stored) for one AT&T instruction."""
    m = mnemonic.lower()
    ops = operands
    if m.startswith("prefetch"):
        return "prefetch", 0, 0
    if m.startswith("j") or m.startswith("call") or m.startswith("ret") or m.startswith("loop"):
        return "branch", 0, 0
    if m.startswith("nop") or m in ("endbr64", "int3", "ud2", "vzeroupper"):
        return "other", 0, 0
    parts = _split_operands(ops)
    has_mem = [("(" in p) for p in parts]
    dest_mem = bool(parts) and has_mem[-1]
    src_mem = any(has_mem[:-1]) if len(parts) > 1 else (bool(has_mem) and has_mem[0] and not m.startswith("push") and m not in ("inc", "dec", "neg", "not"))
    width = _x86_width(ops, m)
    is_vector = width > 0
    scalar_fp = bool(_X86_SCALAR_SUFFIX.search(m)) and is_vector and not m.startswith(("vpbroadcast", "vbroadcast"))
    scalar_fp = scalar_fp or m.startswith(("cvt", "vcvt")) and ("si2" in m or "2si" in m)
    scalar_fp = scalar_fp or m.startswith("f") and not m.startswith("fn") and "%st" in ops  # x87
    elem = width or 8
    if dest_mem and (m.startswith("mov") or m.startswith("vmov") or m.startswith(("vextract", "vpextr", "pextr", "stos", "vmaskmov", "vpmaskmov", "vscatter", "vpscatter"))):
        return "store", 0, elem if is_vector else _int_width(ops, m)
    if dest_mem and not m.startswith("cmp") and not m.startswith("test"):
        return "store", 0, _int_width(ops, m)  # read-modify-write to memory
    if scalar_fp:
        return "scalar_fp", (width if src_mem else 0), 0
    if is_vector:
        loaded = width if src_mem or m.startswith(("vgather", "vpgather")) else 0
        if _X86_VADD.match(m):
            return "vec_add", loaded, 0
        if _X86_CONVERT.match(m):
            return "vec_convert", loaded // _x86_widening(m), 0
        if _X86_SHUFFLE.match(m):
            return "shuffle", loaded, 0
        if loaded and (m.startswith("mov") or m.startswith("vmov") or m.startswith(("lddqu", "vlddqu", "vgather", "vpgather"))):
            return "vec_load", loaded, 0
        if loaded:
            # An arithmetic op with a folded memory operand still performs a vector load.
            return "vec_other", loaded, 0
        return "vec_other", 0, 0
    return "other", (_int_width(ops, m) if src_mem and not m.startswith("lea") and not m.startswith("nop") else 0), 0


def _x86_widening(m):
    """Destination/source element size of a widening conversion (its memory operand is that
    much narrower than the destination register): vcvtps2pd 2, vpmovsxbd 4; else 1."""
    size = {"b": 1, "w": 2, "d": 4, "q": 8}
    mm = re.search(r"pmov[sz]x([bwd])([wdq])$", m)
    if mm:
        return size[mm.group(2)] // size[mm.group(1)]
    if re.search(r"cvt(ps2pd|dq2pd|udq2pd|ph2ps)", m):
        return 2
    return 1


def _int_width(ops, m):
    if re.search(r"%r\w+\b", ops) and not re.search(r"\(%r", ops.split(",")[-1] if "," in ops else ""):
        return 8
    return {"b": 1, "w": 2, "l": 4, "q": 8}.get(m[-1], 8)


def _split_operands(ops):
    """Splits on commas outside parentheses/braces/brackets."""
    parts, depth, cur = [], 0, ""
    for ch in ops:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


_A64_VEC_ARR = re.compile(r"\bv\d+\.(\d*)([bhsd])")
_A64_ZREG = re.compile(r"\bz\d+\b")
_A64_QREG = re.compile(r"\bq\d+\b")
_A64_FPREG = re.compile(r"\b([hsd])\d+\b")
_A64_BRANCHES = ("b", "bl", "br", "blr", "ret", "cbz", "cbnz", "tbz", "tbnz")
_A64_VADD = ("fadd", "fsub", "add", "sub", "fmla", "fmls", "fmad", "fmsb", "fmax", "fmin",
             "fmaxnm", "fminnm", "smax", "smin", "umax", "umin", "faddp", "addp", "fadda",
             "faddv", "addv", "saddv", "uaddv", "fmaxv", "fminv", "fmaxnmv", "fminnmv", "smaxv",
             "sminv", "umaxv", "uminv", "saddl", "saddl2", "saddw", "saddw2", "sadalp",
             "uadalp", "fmaxp", "fminp", "smaxp", "sminp", "saddlp", "fnmla", "fnmls", "fmlalb")
_A64_SHUFFLE = ("zip1", "zip2", "uzp1", "uzp2", "trn1", "trn2", "ext", "tbl", "tbx", "dup", "ins",
                "rev64", "rev32", "rev16", "splice", "compact", "insr", "sunpklo", "sunpkhi",
                "uunpklo", "uunpkhi", "xtn", "xtn2", "uzp", "zip", "mov")
_A64_LANES = {"b": 1, "h": 2, "s": 4, "d": 8}
_A64_CONVERT = ("fcvtl", "fcvtl2", "fcvtn", "fcvtn2", "fcvt", "scvtf", "ucvtf", "fcvtzs", "fcvtzu",
                "sxtl", "sxtl2", "uxtl", "uxtl2", "sshll", "sshll2", "ushll", "ushll2", "xtn", "xtn2")
# SVE contiguous loads/stores name the memory element size: ld1w {z0.d} loads 4-byte elements
# into 8-byte lanes, so it moves half a vector's bytes.
_SVE_MEM = re.compile(r"^(?:ld|st|ldff|ldnf|ldnt|stnt)1s?([bhwd])$")
_SVE_MEM_BYTES = {"b": 1, "h": 2, "w": 4, "d": 8}


def classify_aarch64(mnemonic, operands, sve_bytes=32, vec_regs=()):
    """Returns (category, bytes loaded, bytes stored); SVE widths use sve_bytes (the VL).

    vec_regs: numbers of the SIMD registers the surrounding code uses as vectors (vN.<T>); a
    load into dN/sN of such a register (ldr d0 feeding fcvtl v0.2d, v0.2s) is a vector load.
    """
    m = mnemonic.lower()
    ops = operands.lower()
    if m in _A64_BRANCHES or m.startswith("b."):
        return "branch", 0, 0
    if m.startswith("prf"):
        return "prefetch", 0, 0
    if m in ("nop", "hint"):
        return "other", 0, 0
    has_z = bool(_A64_ZREG.search(ops))
    has_v = bool(_A64_VEC_ARR.search(ops))
    has_q = bool(_A64_QREG.search(ops))
    is_load = m.startswith("ld")
    is_store = m.startswith("st") and not m.startswith("sturh") or m.startswith("st")
    is_store = m.startswith("st") and m not in ("stadd",)
    if is_load or is_store:
        regs = ops.split("[")[0]
        if _A64_ZREG.search(regs):
            nregs = max(1, len(_A64_ZREG.findall(regs.split("}")[0]))) if "{" in regs else 1
            width = sve_bytes * nregs
            mm = _SVE_MEM.match(m)
            lane = re.search(r"\bz\d+\.([bhsd])", regs)
            if mm and lane:
                width = width * _SVE_MEM_BYTES[mm.group(1)] // _A64_LANES[lane.group(1)]
        elif _A64_QREG.search(regs):
            width = 16 * len(_A64_QREG.findall(regs))
        elif _A64_VEC_ARR.search(regs):
            arrs = _A64_VEC_ARR.findall(regs)
            width = sum((int(n) if n else 1) * _A64_LANES[t] for n, t in arrs)
            if m.endswith("r") and m.startswith("ld") and m[-2].isdigit():  # ld1r: one element
                width = sum(_A64_LANES[t] for _, t in arrs)
        elif _A64_FPREG.search(regs):
            w = {"h": 2, "s": 4, "d": 8}[_A64_FPREG.search(regs).group(1)]
            width = w * len(_A64_FPREG.findall(regs))
            if is_store:
                return "store", 0, width
            if any(int(n) in vec_regs for n in re.findall(r"\b[hsd](\d+)\b", regs)):
                return "vec_load", width, 0
            return "scalar_fp", width, 0
        else:
            width = (8 if re.search(r"\bx\d+", regs) else 4) * (2 if m.endswith("p") else 1)
            if m in ("ldrb", "ldrsb", "strb", "ldurb", "sturb"):
                width = 1
            if is_store:
                return "store", 0, width
            return "other", width, 0
        if is_store:
            return "store", 0, width
        return "vec_load", width, 0
    if has_z or has_v or (has_q and not m.startswith(("ld", "st"))):
        base = m
        if base in _A64_VADD:
            return "vec_add", 0, 0
        if base in _A64_CONVERT:
            return "vec_convert", 0, 0
        if base in _A64_SHUFFLE:
            return "shuffle", 0, 0
        return "vec_other", 0, 0
    if re.search(r"\bp\d+\.[bhsd]\b|\bp\d+/", ops) and m.startswith(("while", "ptrue", "pfalse", "ptest", "pnext", "brk", "cnt", "inc", "dec")):
        return "other", 0, 0  # SVE predicate/loop control
    if m.startswith("f") or m in ("scvtf", "ucvtf") or (m.startswith("fcvt")):
        if _A64_FPREG.search(ops) or m.startswith("f"):
            return "scalar_fp", 0, 0
    return "other", 0, 0


def vector_registers(instructions):
    """AArch64 SIMD register numbers used with an arrangement (vN.4s, vN.2d) in a block."""
    regs = set()
    for ins in instructions:
        regs.update(int(n) for n in re.findall(r"\bv(\d+)\.\d*[bhsd]", ins.operands))
    return regs


def classify(instr, arch, sve_bytes=32, vec_regs=()):
    if arch == "aarch64":
        return classify_aarch64(instr.mnemonic, instr.operands, sve_bytes, vec_regs)
    return classify_x86(instr.mnemonic, instr.operands)


def mix(instructions, arch, counts=None, sve_bytes=32):
    """Instruction mix of a block. counts: optional addr -> execution count (dynamic mix).

    Returns dict with per-category totals, 'total', 'bytes_loaded', 'bytes_stored'.
    """
    result = {c: 0 for c, _ in CATEGORIES}
    # folded_loads: vector loads folded into an arithmetic op (x86 memory operands); they are
    # counted in their op's category and again here, so "vector loads" can include them.
    result.update(total=0, bytes_loaded=0, bytes_stored=0, folded_loads=0)
    vec_regs = vector_registers(instructions) if arch == "aarch64" else ()
    for ins in instructions:
        n = 1 if counts is None else counts.get(ins.addr, 0)
        cat, loaded, stored = classify(ins, arch, sve_bytes, vec_regs)
        result[cat] += n
        result["total"] += n
        result["bytes_loaded"] += loaded * n
        if loaded and cat in ("vec_add", "vec_convert", "vec_other", "shuffle"):
            result["folded_loads"] += n
        result["bytes_stored"] += stored * n
    return result
