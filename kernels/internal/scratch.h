// Scratch buffers: where kernels put them (half a page from their input) and the per-thread
// buffer for kernels whose working set would be too large for a caller's stack.
//
// The across-rows sums of transposed views (transposed-inl.h) keep a stack of row vectors per
// strip of rows (strips of 2048 float64 rows need 160 KiB), and the window sweep of transposed
// rows that do not hold whole chunks keeps 39 running sums a row (1024-row strips: 312 KiB),
// more than a library should take from the stack of a thread it does not own. Each thread gets
// one buffer, allocated on its first use and reused by every later call on that thread (no
// allocation per call), freed when the thread exits. Kernels never nest, so one buffer per
// thread is enough.
#ifndef RAPTORS_KERNELS_INTERNAL_SCRATCH_H_
#define RAPTORS_KERNELS_INTERNAL_SCRATCH_H_

#include <cstddef>
#include <cstdint>

namespace raptors {
namespace internal {

// Doubles in the buffer ThreadScratch returns (384 KiB). The window sweep's strips were 5-20%
// faster at 1024 rows than at the 400 that 160 KiB holds (float64 2047x2049:F sum 1.90 against
// 2.16 ms, 1000x1000:F 0.26 against 0.29 ms; Zen 4, medians of 5 interleaved runs).
inline constexpr int64_t kThreadScratchDoubles = 48 * 1024;
// Doubles of slack a scratch buffer carries so that its user can start anywhere in its first
// 4 KiB, to choose where it falls modulo the page size (HalfPageFrom).
inline constexpr int64_t kPageSlack = 512;

// Scratch that is stored to while input streams in is placed half a page from the input modulo
// 4 KiB. The core matches a load against pending stores by the low 12 address bits (4K
// aliasing), so a store at the page offset of the next loads delays them; with the power-of-two
// row strides of most arrays the axis-0 accumulator rows and the transposed kernels' row-vector
// stacks would otherwise keep one fixed offset to the input for a whole pass, wherever the
// stack or the heap happened to put them (float64 2048x2048:F sum, Zen 4, medians of 20
// interleaved runs: 1.06 ms with a page-aligned buffer, 0.99 ms half a page away). buf must
// have kPageSlack doubles to spare and be 64-byte aligned; the result is too.
static_assert(kPageSlack * sizeof(double) >= 4096 - 64, "room to move within a page");
inline double* HalfPageFrom(double* buf, const void* input) {
  const uintptr_t want = (reinterpret_cast<uintptr_t>(input) + 2048) & 4032;
  const uintptr_t have = reinterpret_cast<uintptr_t>(buf) & 4095;
  return buf + ((want - have) & 4095) / sizeof(double);
}

// The calling thread's buffer of kThreadScratchDoubles + kPageSlack doubles, 64-byte aligned;
// nullptr if its allocation failed (the caller then works in smaller pieces on its own stack).
double* ThreadScratch();

// For tests: while `off` is true, ThreadScratch returns nullptr on the calling thread, as after
// a failed allocation, so that the callers' stack fallback can be checked.
void SetThreadScratchOffForTesting(bool off);

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_SCRATCH_H_
