"""Parser tests on outputs recorded from the real tools on this project's machine (testdata/)."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import classify  # noqa: E402
import hotloop  # noqa: E402
import mca  # noqa: E402
import objdump_parser  # noqa: E402
import perf_parser  # noqa: E402
import qemu_trace  # noqa: E402
import valgrind_parser  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testdata")


def read(name):
    with open(os.path.join(DATA, name)) as f:
        return f.read()


class ObjdumpTest(unittest.TestCase):
    def test_x86_loop_and_targets(self):
        fns = objdump_parser.parse(read("objdump_x86_64.txt"))
        insns = [i for f in fns for i in f.instructions]
        loops = objdump_parser.find_loops(insns)
        self.assertTrue(loops)
        start, end = loops[0]
        body = objdump_parser.slice_range(insns, start, end)
        self.assertEqual([i.mnemonic for i in body], ["vmovups", "vaddps", "vmovups", "add", "cmp", "jne"])
        self.assertEqual(body[-1].target, start)

    def test_aarch64_sve_symbol_with_commas(self):
        fns = objdump_parser.parse(read("objdump_aarch64_sve.txt"))
        self.assertIn("sve::SumAxis0F32(float const*, long, long, float*)", fns[0].name)
        insns = fns[0].instructions
        start, end = objdump_parser.find_loops(insns)[0]
        body = objdump_parser.slice_range(insns, start, end)
        self.assertEqual(body[0].text, "ld1w {z1.s}, p0/z, [x3, x0, lsl #2]")
        self.assertEqual(body[-1].mnemonic, "b.ne")
        self.assertEqual(body[-1].target, start)


class ClassifyTest(unittest.TestCase):
    def cat(self, arch, m, ops):
        return classify.classify(objdump_parser.Instruction(0, m, ops), arch)

    def test_x86(self):
        self.assertEqual(self.cat("x86_64", "vmovups", "(%rdx,%rax,4),%ymm1"), ("vec_load", 32, 0))
        self.assertEqual(self.cat("x86_64", "vaddps", "(%rcx,%rax,4),%ymm1,%ymm0"), ("vec_add", 32, 0))
        self.assertEqual(self.cat("x86_64", "vmovups", "%ymm0,(%rcx,%rax,4)"), ("store", 0, 32))
        self.assertEqual(self.cat("x86_64", "vaddps", "%zmm1,%zmm2,%zmm3")[0], "vec_add")
        self.assertEqual(self.cat("x86_64", "vpermilps", "$0x1b,%ymm0,%ymm1")[0], "shuffle")
        self.assertEqual(self.cat("x86_64", "vshufps", "$0x1,%xmm0,%xmm0,%xmm1")[0], "shuffle")
        self.assertEqual(self.cat("x86_64", "prefetcht0", "0x200(%rax)")[0], "prefetch")
        self.assertEqual(self.cat("x86_64", "addss", "%xmm1,%xmm0")[0], "scalar_fp")
        self.assertEqual(self.cat("x86_64", "cvtsi2sdq", "(%rcx,%rax,8),%xmm0")[0], "scalar_fp")
        self.assertEqual(self.cat("x86_64", "jne", "0x43a0")[0], "branch")
        self.assertEqual(self.cat("x86_64", "add", "$0x8,%rax")[0], "other")

    def test_aarch64(self):
        self.assertEqual(self.cat("aarch64", "ldr", "q0, [x3, x4]"), ("vec_load", 16, 0))
        self.assertEqual(self.cat("aarch64", "ldp", "q0, q1, [x3], #32"), ("vec_load", 32, 0))
        self.assertEqual(self.cat("aarch64", "ld1", "{v0.4s, v1.4s}, [x0]"), ("vec_load", 32, 0))
        self.assertEqual(self.cat("aarch64", "fadd", "v0.4s, v0.4s, v1.4s")[0], "vec_add")
        self.assertEqual(self.cat("aarch64", "str", "q0, [x3, x4]"), ("store", 0, 16))
        self.assertEqual(self.cat("aarch64", "ld1w", "{z1.s}, p0/z, [x3, x0, lsl #2]"), ("vec_load", 32, 0))
        self.assertEqual(self.cat("aarch64", "st1w", "{z0.s}, p0, [x3, x0, lsl #2]"), ("store", 0, 32))
        self.assertEqual(self.cat("aarch64", "fadd", "z0.s, z0.s, z1.s")[0], "vec_add")
        self.assertEqual(self.cat("aarch64", "zip1", "v0.4s, v1.4s, v2.4s")[0], "shuffle")
        self.assertEqual(self.cat("aarch64", "prfm", "pldl1keep, [x0, #256]")[0], "prefetch")
        self.assertEqual(self.cat("aarch64", "fadd", "s0, s0, s1")[0], "scalar_fp")
        self.assertEqual(self.cat("aarch64", "whilelo", "p0.s, x0, x19")[0], "other")
        self.assertEqual(self.cat("aarch64", "b.ne", "0x2728")[0], "branch")
        self.assertEqual(self.cat("aarch64", "cbnz", "x1, 0x10")[0], "branch")

    def test_widening_loads_and_conversions(self):
        # vcvtps2pd reads 4 floats (16 B) into a ymm of doubles; ld1w {z.d} reads 4-byte
        # elements into 8-byte lanes: half a 256-bit vector.
        self.assertEqual(self.cat("x86_64", "vcvtps2pd", "(%rcx,%rax,4),%ymm1"), ("vec_convert", 16, 0))
        self.assertEqual(self.cat("aarch64", "ld1w", "{z1.d}, p0/z, [x3]"), ("vec_load", 16, 0))
        self.assertEqual(self.cat("aarch64", "ld1d", "{z3.d}, p0/z, [x1]"), ("vec_load", 32, 0))
        self.assertEqual(self.cat("aarch64", "fcvtl", "v0.2d, v0.2s")[0], "vec_convert")
        # ldr d0 feeding fcvtl v0.2d, v0.2s is a vector load, not scalar FP.
        body = [objdump_parser.Instruction(0, "ldr", "d0, [x17, x0]"),
                objdump_parser.Instruction(4, "fcvtl", "v0.2d, v0.2s")]
        self.assertEqual(classify.mix(body, "aarch64")["vec_load"], 1)

    def test_mix_counts_folded_loads(self):
        fns = objdump_parser.parse(read("objdump_x86_64.txt"))
        insns = [i for f in fns for i in f.instructions]
        body = objdump_parser.slice_range(insns, *objdump_parser.find_loops(insns)[0])
        mx = classify.mix(body, "x86_64")
        self.assertEqual((mx["vec_load"], mx["folded_loads"], mx["vec_add"], mx["store"]), (1, 1, 1, 1))
        self.assertEqual((mx["bytes_loaded"], mx["bytes_stored"], mx["total"]), (64, 32, 6))


class HotLoopTest(unittest.TestCase):
    def test_two_loops_sharing_the_work(self):
        I = objdump_parser.Instruction
        f = objdump_parser.Function("f", 0)
        f.instructions = [I(0, "vaddps", "(%rdi),%ymm0,%ymm0"), I(4, "add", "$0x20,%rdi"),
                          I(8, "jne", "0x0", target=0), I(12, "nop", ""),
                          I(16, "vaddps", "(%rsi),%ymm0,%ymm0"), I(20, "add", "$0x20,%rsi"),
                          I(24, "jne", "0x10", target=16)]
        counts = {0: 100, 4: 100, 8: 100, 12: 1, 16: 90, 20: 90, 24: 90}
        loops = hotloop.locate_all([f], counts)
        self.assertEqual([(l.start, l.end) for l in loops], [(0, 8), (16, 24)])
        self.assertEqual(hotloop.locate_all([f], counts, coverage=0.5)[0].end, 8)
        self.assertEqual(len(hotloop.locate_all([f], counts, coverage=0.5)), 1)


class BenchRecordTest(unittest.TestCase):
    def test_case_by_op_shape_dtype_among_many(self):
        import importlib.util
        spec = importlib.util.spec_from_file_location(
            "raptors_profile", os.path.join(os.path.dirname(os.path.abspath(__file__)), "profile.py"))
        profile = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(profile)
        cases = [{"op": op, "dtype": dt, "shape": sh, "layout": "C", "error": None, "name": "%s/%s/%s" % (op, dt, sh)}
                 for op in ("sum", "mean_axis0", "add") for dt in ("float32", "float64", "int32")
                 for sh in ("64x256", "2048x2048", "2048x2048:F")]
        record = {"cases": cases}
        self.assertEqual(profile.find_case(record, "mean_axis0", "2048x2048", "float64")["name"],
                         "mean_axis0/float64/2048x2048")
        self.assertIsNone(profile.find_case(record, "scale", "2048x2048", "float32"))


class ValgrindTest(unittest.TestCase):
    def test_callgrind_self_cost_sums_to_summary(self):
        prof = valgrind_parser.parse_callgrind(read("callgrind_ours.out"))
        ir = prof.events.index("Ir")
        self.assertEqual(sum(c[ir] for c in prof.instr.values()), prof.summary["Ir"])
        fns = prof.by_function()
        kernel = [c for (obj, fn), c in fns.items() if "SumAxis0F32" in fn and obj.endswith("driver")]
        self.assertEqual(len(kernel), 1)
        # 64x256 floats, 8 per AVX2 iteration, 2 calls, 6 instructions per iteration.
        self.assertGreaterEqual(kernel[0][ir], 2 * 64 * 256 // 8 * 6)

    def test_cachegrind_totals(self):
        prof = valgrind_parser.parse_cachegrind(read("cachegrind_ours.out"))
        self.assertIn("D1mr", prof.events)
        self.assertEqual(prof.total("Ir"), prof.summary["Ir"])
        self.assertGreater(prof.summary["Ir"], 0)

    def test_cg_annotate_and_callgrind_annotate_rows(self):
        for name in ("cg_annotate_ours.txt", "callgrind_annotate_ours.txt"):
            events, totals, rows = valgrind_parser.parse_annotate_functions(read(name))
            self.assertIn("Ir", events, name)
            self.assertGreater(totals["Ir"], 0, name)
            self.assertTrue(rows, name)
            self.assertLessEqual(rows[0][2]["Ir"], totals["Ir"])
            self.assertTrue(any("SumAxis0F32" in r[0] for r in rows), name)


class PerfTest(unittest.TestCase):
    def test_numbers_and_not_supported(self):
        p = perf_parser.parse_perf_csv(read("perf_stat_mixed.csv"))
        self.assertAlmostEqual(p["task-clock"], 4.04)
        self.assertEqual(p["page-faults"], 332)
        self.assertIsNone(p["cycles"])
        self.assertIsNone(p["instructions"])

    def test_only_not_supported(self):
        self.assertEqual(perf_parser.parse_perf_csv(read("perf_stat_not_supported.csv")), {"instructions": None})


class McaTest(unittest.TestCase):
    def test_znver3(self):
        p = mca.parse(read("mca_znver3.txt"))
        self.assertEqual(p["iterations"], 200)
        self.assertAlmostEqual(p["cycles_per_iteration"], 310 / 200.0)
        self.assertEqual(p["busiest_resource"], "Zn3FP45")
        self.assertIn("Zn3FP45", mca.limiting_resource(p))

    def test_neoverse_v1_dependency_bound(self):
        p = mca.parse(read("mca_neoverse_v1_sve.txt"))
        self.assertAlmostEqual(p["block_rthroughput"], 2.0)
        self.assertIn("data dependencies", mca.limiting_resource(p))

    def test_loop_asm_labels_back_edge(self):
        fns = objdump_parser.parse(read("objdump_aarch64_sve.txt"))
        insns = fns[0].instructions
        body = objdump_parser.slice_range(insns, *objdump_parser.find_loops(insns)[0])
        asm = mca.loop_asm(body, "aarch64")
        self.assertIn("b.ne .Lloop", asm)


class QemuTest(unittest.TestCase):
    def test_trace_counts_and_base(self):
        start, counts = qemu_trace.parse(read("qemu_exec.log"))
        self.assertIsNotNone(start)
        self.assertTrue(counts)
        file_counts = qemu_trace.to_file_addresses(counts, start, 0, code_size=1 << 20)
        self.assertTrue(all(a < (1 << 20) for a in file_counts))

    def test_block_counts_spread_to_branch(self):
        fns = objdump_parser.parse(read("objdump_aarch64_sve.txt"))
        insns = fns[0].instructions
        start, end = objdump_parser.find_loops(insns)[0]
        counts = hotloop.block_counts_from_tb_starts({start: 5}, fns)
        self.assertEqual(counts[start], 5)
        self.assertEqual(counts[end], 5)
        loop = hotloop.locate(fns, counts)
        self.assertEqual((loop.start, loop.end, loop.iterations), (start, end, 5))


if __name__ == "__main__":
    unittest.main()
