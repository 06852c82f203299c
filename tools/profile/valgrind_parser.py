"""Parsers for valgrind outputs: callgrind/cachegrind data files and cg_annotate text.

The callgrind data file written with --dump-instr=yes gives self cost per instruction address
(addresses are object-relative for shared objects and PIE executables, which is what objdump
prints), so hot loops can be located and misses attributed per instruction without debug info.
"""

import collections
import re

# Event names valgrind uses, and the friendlier names the report prints.
EVENT_NAMES = {
    "Ir": "instructions (I refs)",
    "Dr": "data reads",
    "Dw": "data writes",
    "I1mr": "I1 read misses",
    "D1mr": "D1 read misses",
    "D1mw": "D1 write misses",
    "ILmr": "LL instruction misses",
    "DLmr": "LL data read misses",
    "DLmw": "LL data write misses",
}


class Profile:
    """Self cost of one valgrind run: totals and per (object, address) instruction costs."""

    def __init__(self, events):
        self.events = list(events)
        self.summary = {}
        # (object path, function name, address) -> list of event counts
        self.instr = collections.defaultdict(lambda: [0] * len(self.events))
        self.desc = {}

    def total(self, event):
        if event in self.summary:
            return self.summary[event]
        i = self.events.index(event)
        return sum(c[i] for c in self.instr.values())

    def by_object(self, obj_substring):
        """Per-address costs inside objects whose path contains obj_substring."""
        out = {}
        for (obj, fn, addr), costs in self.instr.items():
            if obj_substring in obj:
                prev = out.get(addr)
                out[addr] = costs if prev is None else [a + b for a, b in zip(prev, costs)]
        return out

    def function_of(self, obj_substring, addr):
        for (obj, fn, a) in self.instr:
            if a == addr and obj_substring in obj:
                return fn
        return None

    def by_function(self):
        """(object, function) -> summed self costs."""
        out = collections.defaultdict(lambda: [0] * len(self.events))
        for (obj, fn, _), costs in self.instr.items():
            acc = out[(obj, fn)]
            for i, c in enumerate(costs):
                acc[i] += c
        return out

    def get(self, costs, event):
        return costs[self.events.index(event)] if event in self.events else 0


_NAME_RE = re.compile(r"^\((\d+)\)(?:\s+(.*))?$")


def _name(table, value):
    """Resolves callgrind's name compression: '(id) name' defines, '(id)' refers."""
    m = _NAME_RE.match(value.strip())
    if not m:
        return value.strip()
    if m.group(2) is not None:
        table[m.group(1)] = m.group(2)
        return m.group(2)
    return table.get(m.group(1), "(" + m.group(1) + ")")


def _position(token, previous):
    if token == "*":
        return previous
    if token[0] in "+-":
        return previous + int(token, 0 if token[1:2] == "0x" else 10)
    return int(token, 0)


def parse_callgrind(text):
    """Parses a callgrind (or cachegrind) data file; call costs (inclusive) are not self cost."""
    events = []
    positions = ["line"]
    prof = None
    obj = fn = ""
    names = {"ob": {}, "fn": {}, "fl": {}}
    prev = []
    skip_next_cost = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("events:"):
            events = line.split()[1:]
            prof = Profile(events)
            continue
        if line.startswith("positions:"):
            positions = line.split()[1:]
            continue
        if line.startswith("summary:") or line.startswith("totals:"):
            if prof is not None:
                prof.summary = dict(zip(events, (int(x) for x in line.split()[1:])))
            continue
        if line.startswith("desc:"):
            key, _, val = line[5:].partition(":")
            if prof is not None:
                prof.desc[key.strip()] = val.strip()
            continue
        key, eq, val = line.partition("=")
        if eq and re.match(r"^[a-z]+$", key):
            if key == "ob":
                obj = _name(names["ob"], val)
            elif key == "fn":
                fn = _name(names["fn"], val)
            elif key in ("fl", "fi", "fe"):
                _name(names["fl"], val)
            elif key in ("cob",):
                _name(names["ob"], val)
            elif key == "cfn":
                _name(names["fn"], val)
            elif key in ("cfi", "cfl"):
                _name(names["fl"], val)
            elif key == "calls":
                skip_next_cost = True
            elif key in ("jump", "jcnd"):
                pass
            continue
        if prof is None:
            continue
        tokens = line.split()
        npos = len(positions)
        if not prev:
            prev = [0] * npos
        try:
            pos = [_position(t, p) for t, p in zip(tokens[:npos], prev)]
        except ValueError:
            continue
        prev = pos
        if skip_next_cost:
            skip_next_cost = False
            continue
        counts = [int(x) for x in tokens[npos:]]
        addr = pos[positions.index("instr")] if "instr" in positions else pos[0]
        acc = prof.instr[(obj, fn, addr)]
        for i, c in enumerate(counts):
            acc[i] += c
    if prof is None:
        raise ValueError("no 'events:' line: not a callgrind/cachegrind data file")
    return prof


def parse_cachegrind(text):
    """Cachegrind's data file shares the format (fl=/fn= then 'line counts...')."""
    return parse_callgrind(text)


_NUM = r"[\d,]+"


def parse_annotate_functions(text):
    """Per-function rows of cg_annotate / callgrind_annotate text.

    Returns (events, totals dict, [(name, object or file, {event: count})]) with rows in the
    tool's order (sorted by the first event).
    """
    events = []
    totals = {}
    rows = []
    for line in text.splitlines():
        if line.startswith("Events shown:"):
            events = line.split(":", 1)[1].split()
            continue
        if not events:
            continue
        if "PROGRAM TOTALS" in line:
            nums = re.findall(r"([\d,]+)(?:\s+\([\d. %]+\))?", line.split("PROGRAM TOTALS")[0])
            totals = dict(zip(events, (int(n.replace(",", "")) for n in nums)))
            continue
        m = re.match(r"^\s*(%s.*?)\s+(\S*?):(.+)$" % _NUM, line)
        if not m or not re.match(r"^\s*[\d,]", line):
            continue
        # Numbers possibly followed by "(12.3%)"; a 0 count is printed bare or as ".".
        head = line
        counts = []
        rest = head
        while True:
            mm = re.match(r"^\s*([\d,]+|\.)(?:\s+\(\s*[\d.]+%\))?", rest)
            if not mm or len(counts) == len(events):
                break
            tok = mm.group(1)
            counts.append(0 if tok == "." else int(tok.replace(",", "")))
            rest = rest[mm.end():]
        rest = rest.strip()
        if len(counts) != len(events) or ":" not in rest:
            continue
        where, _, name = rest.partition(":")
        obj = ""
        bm = re.match(r"^(.*?)\s+\[(.+)\]$", name)
        if bm:
            name, obj = bm.group(1), bm.group(2)
        rows.append((name.strip(), obj or where, dict(zip(events, counts))))
    return events, totals, rows
