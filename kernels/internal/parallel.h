// How many threads a call uses, and the size below which it uses one.
#ifndef RAPTORS_KERNELS_INTERNAL_PARALLEL_H_
#define RAPTORS_KERNELS_INTERNAL_PARALLEL_H_

#include <cstdint>

#include "kernels/raptors.h"

namespace raptors {
namespace internal {

// Below this many elements a call runs on the calling thread. Waking a pooled worker and
// joining it costs a few microseconds (measured on the 2-core dev VM: ~5-15 us round trip),
// while the kernels sum float32 at roughly 2-4 elements/ns; 2^18 elements (~60-120 us of
// work) is where a second thread starts to pay for its hand-off with margin.
inline constexpr int64_t kMinParallelElements = int64_t{1} << 18;

// Threads for a call big enough to share (options.threads, else DefaultThreads()).
int ThreadsForLarge(const Options& options);

// Threads for a call over `elements` elements (>= 1). Never changes results, only speed.
inline int ThreadsFor(const Options& options, int64_t elements) {
  return elements < kMinParallelElements ? 1 : ThreadsForLarge(options);
}

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_PARALLEL_H_
