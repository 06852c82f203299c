#include "bench/read_bandwidth.h"

#include <cstdint>

#include "absl/strings/string_view.h"
#include "bench/read_kernel_inl.h"

namespace raptors_bench {
namespace {

bool UseAvx2() {
#if defined(__x86_64__) && defined(RAPTORS_BENCH_HAVE_AVX2_TU)
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
#else
  return false;
#endif
}

}  // namespace

uint64_t ReadAll(const void* data, int64_t bytes) {
#if defined(RAPTORS_BENCH_HAVE_AVX2_TU)
  if (UseAvx2()) return internal::ReadAllAvx2(data, bytes);
#endif
  return internal::ReadLoop<internal::U64x2>(data, bytes);
}

absl::string_view ReadKernelName() { return UseAvx2() ? "avx2" : "vec128"; }

}  // namespace raptors_bench
