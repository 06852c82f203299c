// Per-thread scratch for kernels whose working set would be too large for a caller's stack.
//
// The across-rows sums of transposed views (transposed-inl.h) keep a stack of row vectors per
// strip of rows; strips of 2048 float64 rows need 160 KiB, more than a library should take from
// the stack of a thread it does not own. Each thread gets one buffer, allocated on its first
// use and reused by every later call on that thread (no allocation per call), freed when the
// thread exits. Kernels never nest, so one buffer per thread is enough.
#ifndef RAPTORS_KERNELS_INTERNAL_SCRATCH_H_
#define RAPTORS_KERNELS_INTERNAL_SCRATCH_H_

#include <cstdint>

namespace raptors {
namespace internal {

// Doubles in the buffer ThreadScratch returns (160 KiB).
inline constexpr int64_t kThreadScratchDoubles = 20 * 1024;
// Doubles of slack a scratch buffer carries so that its user can start anywhere in its first
// 4 KiB, to choose where it falls modulo the page size (HalfPageFrom in kernels-inl.h).
inline constexpr int64_t kPageSlack = 512;

// The calling thread's buffer of kThreadScratchDoubles + kPageSlack doubles, 64-byte aligned;
// nullptr if its allocation failed (the caller then works in smaller pieces on its own stack).
double* ThreadScratch();

// For tests: while `off` is true, ThreadScratch returns nullptr on the calling thread, as after
// a failed allocation, so that the callers' stack fallback can be checked.
void SetThreadScratchOffForTesting(bool off);

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_SCRATCH_H_
