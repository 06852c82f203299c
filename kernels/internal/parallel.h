// How many threads a call uses, and the size below which it uses one.
#ifndef RAPTORS_KERNELS_INTERNAL_PARALLEL_H_
#define RAPTORS_KERNELS_INTERNAL_PARALLEL_H_

#include <cstdint>

#include "kernels/raptors.h"

namespace raptors {
namespace internal {

// Below this many elements a call runs on the calling thread. Set from //bench:thread_crossover
// (1 vs N threads, interleaved rounds, medians; tables in bench/README.md) with the pool whose
// idle workers watch the queue before sleeping (thread_pool.h), 2026-11-26. Largest crossover
// over sum, sum_axis0, sum_axis1 and add: 2-core dev VM, 1 vs 2 threads: 131072 and 262144
// elements (two runs); 16-core Xeon, 1 vs 16 threads: 393216 and 262144. 2^19 is the largest
// measured, rounded up to a power of two. (With the pool that slept at once it was 2^22 on the
// dev VM: waking a thread cost more than a split saved below that.) RAPTORS_PARALLEL_MIN
// overrides this (read once).
inline constexpr int64_t kMinParallelElements = int64_t{1} << 19;

// Threads for a call big enough to share (options.threads, else DefaultThreads()).
int ThreadsForLarge(const Options& options);

// Threads for a call over `elements` elements (>= 1). Never changes results, only speed.
// MinParallelElements() is kMinParallelElements unless RAPTORS_PARALLEL_MIN overrides it.
inline int ThreadsFor(const Options& options, int64_t elements) {
  return elements < MinParallelElements() ? 1 : ThreadsForLarge(options);
}

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_PARALLEL_H_
