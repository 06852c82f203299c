"""Parses `objdump -d` text (GNU or LLVM, x86-64 AT&T or AArch64) into functions and instructions."""

import re
import subprocess

_FUNC_RE = re.compile(r"^([0-9a-fA-F]+)\s+<(.+)>:\s*$")
_INSN_RE = re.compile(r"^\s*([0-9a-fA-F]+):\s+(.*)$")
_BRANCH_TARGET_RE = re.compile(r"^(.*?)(?:0x)?([0-9a-fA-F]+)(?:\s+<.*>)?\s*$")
_HEX_BYTES_RE = re.compile(r"^(?:[0-9a-f]{2}\s)+\s*|^[0-9a-f]{8}\s+")
_TARGET_RE = re.compile(r"^(?:0x)?([0-9a-fA-F]+)\s*(?:<([^>]*)>)?$")


class Instruction:
    __slots__ = ("addr", "mnemonic", "operands", "target", "function")

    def __init__(self, addr, mnemonic, operands, target=None, function=""):
        self.addr = addr
        self.mnemonic = mnemonic
        self.operands = operands
        self.target = target  # branch target address, if this is a direct branch
        self.function = function

    @property
    def text(self):
        return (self.mnemonic + " " + self.operands).strip()

    def __repr__(self):
        return "%x: %s" % (self.addr, self.text)


class Function:
    def __init__(self, name, addr):
        self.name = name
        self.addr = addr
        self.instructions = []

    @property
    def end(self):
        return self.instructions[-1].addr + 1 if self.instructions else self.addr


def _split(body):
    """'vaddps (%rax),%ymm0,%ymm1  # comment' -> (mnemonic, operands)."""
    body = body.split("\t#")[0].split(" # ")[0].split("//")[0].rstrip()
    body = body.replace("\t", " ").strip()
    # Prefixes objdump prints before the mnemonic.
    parts = body.split(None, 1)
    if not parts:
        return "", ""
    mnemonic = parts[0]
    operands = parts[1].strip() if len(parts) > 1 else ""
    while mnemonic in ("lock", "rep", "repz", "repnz", "notrack", "bnd", "data16", "cs", "ds",
                       "rex", "rex.W", "rex.R", "rex.B", "rex.X") and operands:
        more = operands.split(None, 1)
        mnemonic = more[0]
        operands = more[1] if len(more) > 1 else ""
    return mnemonic, operands


def parse(text):
    """Returns a list of Function with their instructions (addresses as ints)."""
    functions = []
    current = None
    for line in text.splitlines():
        m = _FUNC_RE.match(line)
        if m:
            current = Function(m.group(2), int(m.group(1), 16))
            functions.append(current)
            continue
        m = _INSN_RE.match(line)
        if not m or current is None:
            continue
        body = m.group(2)
        # With raw bytes shown, strip them ("48 89 e5 \tmov ..." or "f100005f \tcmp ...").
        if "\t" in body:
            head, _, tail = body.partition("\t")
            if re.match(r"^(?:[0-9a-f]{2} )*[0-9a-f]{2}\s*$|^[0-9a-f]{8}\s*$", head.strip() + " ".strip()) \
                    and re.match(r"^[0-9a-f ]+$", head.strip()):
                body = tail
        mnemonic, operands = _split(body)
        if not mnemonic or mnemonic.startswith("(bad)") or mnemonic == ".byte" or mnemonic == ".word":
            continue
        target = None
        if _is_direct_branch(mnemonic):
            # The target is the last operand, printed as "27a0 <symbol+0xf0>"; symbols may hold
            # commas and angle brackets (C++), so match from the right.
            tm = _BRANCH_TARGET_RE.match(operands)
            if tm:
                target = int(tm.group(2), 16)
                operands = (tm.group(1) + "0x%x" % target).strip()
        current.instructions.append(Instruction(int(m.group(1), 16), mnemonic, operands, target,
                                                current.name))
    return functions


def _is_direct_branch(mnemonic):
    m = mnemonic.lower()
    if m.startswith("j") or m in ("call", "callq", "loop", "loope", "loopne", "jmpq"):
        return True
    return m in ("b", "bl", "cbz", "cbnz", "tbz", "tbnz") or m.startswith("b.")


def is_branch(mnemonic):
    m = mnemonic.lower()
    return (_is_direct_branch(m) or m in ("ret", "retq", "br", "blr", "eret")
            or m.startswith("ret"))


def objdump_command(binary, arch, start=None, stop=None):
    tool = "aarch64-linux-gnu-objdump" if arch == "aarch64" else "objdump"
    cmd = [tool, "-d", "-C", "--no-show-raw-insn"]
    if start is not None:
        cmd.append("--start-address=0x%x" % start)
    if stop is not None:
        cmd.append("--stop-address=0x%x" % stop)
    return cmd + [binary]


def disassemble(binary, arch="x86_64", start=None, stop=None):
    """Runs objdump and parses it; returns (functions, raw text)."""
    out = subprocess.run(objdump_command(binary, arch, start, stop), check=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True).stdout
    return parse(out), out


def find_loops(instructions):
    """Backward direct branches: each (start addr, branch addr), innermost (shortest) first."""
    addrs = {i.addr for i in instructions}
    loops = []
    for ins in instructions:
        if ins.target is not None and ins.target <= ins.addr and ins.target in addrs:
            loops.append((ins.target, ins.addr))
    loops.sort(key=lambda l: l[1] - l[0])
    return loops


def slice_range(instructions, start, end):
    return [i for i in instructions if start <= i.addr <= end]
