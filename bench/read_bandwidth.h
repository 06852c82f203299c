// The roofline's denominator: a plain vectorized read of a buffer, timed in the same run as
// the op, on a buffer of the same size (so it sees the same cache level). Built without
// -march=native: the widest of an AVX-512F and an AVX2 translation unit that the CPU runs is
// chosen at run time, else a 16-byte-vector loop (SSE2 on x86-64, NEON on aarch64).
#ifndef RAPTORS_BENCH_READ_BANDWIDTH_H_
#define RAPTORS_BENCH_READ_BANDWIDTH_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace raptors_bench {

// Reads every byte of data[0, bytes) (bytes a multiple of 64; data 64-byte aligned) and
// returns a checksum so the compiler cannot drop the reads.
uint64_t ReadAll(const void* data, int64_t bytes);

// "avx512", "avx2" or "vec128": which loop ReadAll uses on this CPU.
absl::string_view ReadKernelName();

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_READ_BANDWIDTH_H_
