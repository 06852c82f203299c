#include "bench/read_bandwidth.h"

#include <cstdint>

#include "absl/strings/string_view.h"
#include "bench/read_kernel_inl.h"

namespace raptors_bench {
namespace {

enum class Loop { kVec128, kAvx2, kAvx512 };

Loop BestLoop() {
#if defined(__x86_64__) && defined(RAPTORS_BENCH_HAVE_X86_TUS)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f")) return Loop::kAvx512;
  if (__builtin_cpu_supports("avx2")) return Loop::kAvx2;
#endif
  return Loop::kVec128;
}

Loop ChosenLoop() {
  static const Loop loop = BestLoop();
  return loop;
}

}  // namespace

uint64_t ReadAll(const void* data, int64_t bytes) {
  switch (ChosenLoop()) {
#if defined(RAPTORS_BENCH_HAVE_X86_TUS)
    case Loop::kAvx512:
      return internal::ReadAllAvx512(data, bytes);
    case Loop::kAvx2:
      return internal::ReadAllAvx2(data, bytes);
#endif
    default:
      return internal::ReadLoop<internal::U64x2>(data, bytes);
  }
}

absl::string_view ReadKernelName() {
  switch (ChosenLoop()) {
    case Loop::kAvx512:
      return "avx512";
    case Loop::kAvx2:
      return "avx2";
    default:
      return "vec128";
  }
}

}  // namespace raptors_bench
