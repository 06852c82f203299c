// The read loop behind ReadAll, written once with GCC vector extensions and compiled per ISA
// (read_bandwidth.cc for the baseline, read_bandwidth_avx2.cc with -mavx2,
// read_bandwidth_avx512.cc with -mavx512f).
#ifndef RAPTORS_BENCH_READ_KERNEL_INL_H_
#define RAPTORS_BENCH_READ_KERNEL_INL_H_

#include <cstdint>

namespace raptors_bench {
namespace internal {

typedef uint64_t U64x2 __attribute__((vector_size(16)));
typedef uint64_t U64x4 __attribute__((vector_size(32)));
typedef uint64_t U64x8 __attribute__((vector_size(64)));

// Four independent accumulators keep several loads in flight; integer adds never stall on
// latency the way a float reduction would. Only the loop body touches Vec, so declaring the
// wider types in a baseline translation unit generates no AVX code there.
template <typename Vec>
uint64_t ReadLoop(const void* data, int64_t bytes) {
  constexpr int kVectorBytes = sizeof(Vec);
  constexpr int kLanes = kVectorBytes / 8;
  const Vec* p = static_cast<const Vec*>(data);
  const int64_t n = bytes / kVectorBytes;
  Vec acc0 = {}, acc1 = {}, acc2 = {}, acc3 = {};
  int64_t i = 0;
  for (; i + 4 <= n; i += 4) {
    acc0 += p[i];
    acc1 += p[i + 1];
    acc2 += p[i + 2];
    acc3 += p[i + 3];
  }
  for (; i < n; ++i) acc0 += p[i];
  const Vec acc = (acc0 + acc1) + (acc2 + acc3);
  uint64_t sum = 0;
  for (int lane = 0; lane < kLanes; ++lane) sum += acc[lane];
  return sum;
}

uint64_t ReadAllAvx2(const void* data, int64_t bytes);
uint64_t ReadAllAvx512(const void* data, int64_t bytes);

}  // namespace internal
}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_READ_KERNEL_INL_H_
