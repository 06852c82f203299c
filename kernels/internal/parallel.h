// How many threads a call uses, and the size below which it uses one.
#ifndef RAPTORS_KERNELS_INTERNAL_PARALLEL_H_
#define RAPTORS_KERNELS_INTERNAL_PARALLEL_H_

#include <cstdint>

#include "kernels/raptors.h"

namespace raptors {
namespace internal {

// Below this many elements a call runs on the calling thread. Set from //bench:thread_crossover
// (1 vs 2 threads, interleaved rounds, medians; table in bench/README.md), two runs on the 2-core
// dev VM, 2026-11-26, load average 2.4-4.5. 1-thread/2-thread time ratio: below 2^18 elements
// 0.16-1.0 (a split costs up to 6x where it happens), 2^18-2^20 0.64-0.96 (one outlier 1.27),
// 2^20-2^22 0.78-1.06, at 2^22 0.96-1.05 for every op. Only add (2^22) and sum_axis1 (3*2^20,
// one run) crossed; sum and sum_axis0 never beat one thread up to 2^22 (nor up to 2^24 in a third
// run: the loaded VM gives a process about one core). 2^22 is the largest measured crossover,
// the size from which a split no longer loses measurably here. Machines with idle cores likely
// cross lower: RAPTORS_PARALLEL_MIN overrides this (read once); rerun the bench there.
inline constexpr int64_t kMinParallelElements = int64_t{1} << 22;

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
