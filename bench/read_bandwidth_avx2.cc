// Compiled with -mavx2 (x86-64 only); called only after the CPU reports AVX2.
#include <cstdint>

#include "bench/read_kernel_inl.h"

namespace raptors_bench {
namespace internal {

uint64_t ReadAllAvx2(const void* data, int64_t bytes) { return ReadLoop<U64x4>(data, bytes); }

}  // namespace internal
}  // namespace raptors_bench
