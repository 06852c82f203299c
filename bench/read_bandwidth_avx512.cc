// Compiled with -mavx512f (x86-64 only); called only after the CPU reports AVX-512F. On CPUs
// where our kernels run AVX-512, an AVX2-only read would understate the roof for data in cache.
#include <cstdint>

#include "bench/read_kernel_inl.h"

namespace raptors_bench {
namespace internal {

uint64_t ReadAllAvx512(const void* data, int64_t bytes) { return ReadLoop<U64x8>(data, bytes); }

}  // namespace internal
}  // namespace raptors_bench
