"""Parses `qemu-aarch64 -d page,exec,nochain` logs into per-block execution counts.

With chaining off, QEMU logs every translation-block execution ("Trace N: host [..../PC/....]"),
which gives the aarch64 build real execution counts without hardware or valgrind.
"""

import collections
import re

_TRACE_RE = re.compile(r"^Trace \d+: 0x[0-9a-f]+ \[[0-9a-f]+/([0-9a-f]+)/")
_START_CODE_RE = re.compile(r"^start_code\s+0x([0-9a-f]+)", re.M)


def parse(text):
    """Returns (start_code guest address or None, Counter of guest PC -> executions)."""
    m = _START_CODE_RE.search(text)
    start_code = int(m.group(1), 16) if m else None
    counts = collections.Counter()
    for line in text.splitlines():
        mm = _TRACE_RE.match(line)
        if mm:
            counts[int(mm.group(1), 16)] += 1
    return start_code, counts


def to_file_addresses(counts, start_code, first_load_vaddr=0, code_size=None):
    """Guest PCs of the main executable -> the addresses objdump prints."""
    out = {}
    for pc, n in counts.items():
        a = pc - start_code + first_load_vaddr
        if a >= first_load_vaddr and (code_size is None or a < first_load_vaddr + code_size):
            out[a] = out.get(a, 0) + n
    return out
