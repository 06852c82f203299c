"""Finds a hot loop from per-instruction execution counts and the disassembly around it."""

import objdump_parser


class HotLoop:
    def __init__(self, function, instructions, counts, hottest_addr, how):
        self.function = function          # symbol name (or "unnamed code at 0x...")
        self.instructions = instructions  # the loop body, in address order
        self.counts = counts              # addr -> executions per workload iteration
        self.hottest_addr = hottest_addr
        self.how = how                    # one sentence: how the loop was located

    @property
    def start(self):
        return self.instructions[0].addr

    @property
    def end(self):
        return self.instructions[-1].addr

    @property
    def iterations(self):
        """Times the loop body ran per workload iteration (count of its back-edge branch)."""
        return self.counts.get(self.end, 0)


def diff_counts(hi, lo, scale):
    """Per-address (hi - lo) / scale, dropping addresses whose difference is not positive."""
    out = {}
    for addr, c in hi.items():
        d = (c - lo.get(addr, 0)) / scale
        if d > 0:
            out[addr] = d
    return out


def locate(functions, counts, name_of=None):
    """The innermost loop containing the hottest instruction.

    functions: parsed disassembly covering the hottest address; counts: addr -> count.
    """
    if not counts:
        return None
    by_addr = {}
    for f in functions:
        for ins in f.instructions:
            by_addr[ins.addr] = f
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    for addr, _ in ranked[:50]:
        f = by_addr.get(addr)
        if f is None:
            continue
        for start, end in objdump_parser.find_loops(f.instructions):
            if start <= addr <= end:
                body = objdump_parser.slice_range(f.instructions, start, end)
                return HotLoop(name_of(f) if name_of else f.name, body,
                               {i.addr: counts.get(i.addr, 0) for i in body}, addr,
                               "hottest instruction 0x%x by execution count; innermost loop "
                               "(backward branch 0x%x -> 0x%x) around it" % (addr, end, start))
    return None


def block_counts_from_tb_starts(tb_counts, functions):
    """Per-instruction counts from QEMU translation-block start counts.

    A block runs from its start to the first branch; every instruction in it executes as
    often as the block does.
    """
    ordered = []
    for f in functions:
        ordered.extend(f.instructions)
    ordered.sort(key=lambda i: i.addr)
    index = {ins.addr: k for k, ins in enumerate(ordered)}
    out = {}
    for start, n in tb_counts.items():
        k = index.get(start)
        if k is None:
            continue
        while k < len(ordered):
            ins = ordered[k]
            out[ins.addr] = out.get(ins.addr, 0) + n
            if objdump_parser.is_branch(ins.mnemonic):
                break
            k += 1
    return out


def locate_all(functions, counts, coverage=0.9, max_loops=4, min_share=0.02):
    """The hot loops that together execute `coverage` of the counted instructions.

    One kernel often splits the work over several loops (NumPy's add runs an aligned and an
    unaligned copy of its loop, each over some of the rows), so the hottest loop alone can
    describe half the work. Instructions are visited hottest first; each one not yet inside a
    chosen loop adds the innermost loop around it, until the loops cover `coverage` of all
    counts, `max_loops` is reached, or a loop executes less than `min_share` of the counts.
    Returns [HotLoop], hottest first.
    """
    total = float(sum(counts.values()))
    if not total:
        return []
    by_addr = {}
    for f in functions:
        for ins in f.instructions:
            by_addr[ins.addr] = f
    loops, covered, done = [], set(), 0.0
    for addr, _ in sorted(counts.items(), key=lambda kv: -kv[1])[:2000]:
        if len(loops) >= max_loops or done >= coverage * total:
            break
        f = by_addr.get(addr)
        if f is None or addr in covered:
            continue
        for start, end in objdump_parser.find_loops(f.instructions):
            if start <= addr <= end:
                body = objdump_parser.slice_range(f.instructions, start, end)
                if any(i.addr in covered for i in body):
                    break  # an outer loop of one already chosen
                share = sum(counts.get(i.addr, 0) for i in body) / total
                if loops and share < min_share:
                    return loops
                loops.append(HotLoop(f.name, body, {i.addr: counts.get(i.addr, 0) for i in body}, addr,
                                     "the innermost loop (backward branch 0x%x -> 0x%x) around the "
                                     "hottest instruction not yet covered, 0x%x; it executes %.1f%% of "
                                     "the instructions counted in this code" % (end, start, addr, 100 * share)))
                covered.update(i.addr for i in body)
                done += share * total
                break
    return loops
