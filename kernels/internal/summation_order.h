// The summation-order contract of Raptors kernels.
//
// Float sums (and the float64 accumulation behind every mean) follow one fixed order, so a result
// depends only on the values, the logical shape and the reduced axis: never on strides or memory
// layout, on the ISA (scalar, SSE2, AVX2, AVX-512, NEON, SVE at any vector length) or on the
// thread count. Every kernel, whatever its vector width, evaluates exactly the expression tree
// below; wider or narrower hardware only changes how many tree nodes are computed per instruction.
//
// Accumulation is in float64 for every input dtype (float32, float64, and integers for means),
// except inside an order-R block of float32 data (below). Converting float32 or int32 to float64
// is exact, so order-L float32 sums round once, at the end.
// The additive identity used for "no element" is -0.0 (x + -0.0 == x for every x, signed zeros
// included), so padding with -0.0 never changes a bit.
//
// Order L ("lanes"), used to reduce the LAST axis (2-D axis 1, N-d axis -1) and for reductions of
// all elements (over the C-order flattening):
//   1. The sequence x[0..n) is cut into chunks of kChunk = 256 elements (the last may be short).
//   2. In a chunk, element k goes to virtual lane k % 32 (kLanes = 32); each lane starts at -0.0
//      and adds its elements in increasing k (at most kSteps = 8 per lane).
//   3. The 32 lanes are combined by halving: for w = 16, 8, 4, 2, 1: lane[i] = lane[i] + lane[i+w]
//      for i < w. lane[0] is the chunk's value.
//   4. Chunk values c[0..m) are combined by the aligned pairwise tree
//        T(lo, hi) = c[lo]                                   if hi - lo == 1
//                  = T(lo, lo + p) + T(lo + p, hi)           p = largest power of two < hi - lo
//   An empty sequence sums to +0.0.
//
// Order R ("row blocks"), used to reduce any axis but the last (2-D axis 0, N-d axes < ndim-1),
// where each output element's sequence runs down rows:
//   1. Rows come in blocks of kRowBlock = 8; a block's value is
//        ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7)), missing rows being -0.0.
//      For float32 data these seven additions are float32 additions (round to nearest) and the
//      block's value is then converted exactly to float64; every other dtype adds in float64.
//      (A block whose partial sums leave the float32 range overflows, as NumPy's float32 sums do.)
//   2. Blocks come in superblocks of kBlocksPerSuper = 64 (512 rows); a superblock's value is the
//      sequential sum of its block values, starting at -0.0.
//   3. The result is the sequential sum of the superblock values, starting at -0.0.
//   An empty column sums to +0.0.
//
// Why two orders: L makes contiguous sequences vectorize along memory; R lets axis-0 kernels
// stream whole rows, add 8 rows in registers and touch an L1-resident accumulator strip once per
// 8 rows. Each is at least as accurate as NumPy (L: at most 8 sequential additions per lane plus
// a tree, like NumPy's pairwise sum; R: 3 tree levels + 64 + rows/512 sequential additions, where
// NumPy adds rows naively). Why float32 blocks: converting every float32 element made the axis-0
// loop compute-bound (0.25 cycles per element on Zen 4, below the memory's pace); adding 8 rows
// first converts once per 8 elements. Its 3 float32 roundings per block are small against the
// final rounding: measured float32 results of both orders stay within 0.5 eps of the exact sum
// (tests/numpy/accuracy_results.md).
//
// Threads and blocking never change these trees: all-element sums split the sequence at aligned
// groups of kChunksPerTask chunks (whole subtrees of T); axis reductions split independent output
// elements; strip widths from the cache size only choose which columns are processed together.
//
// Min/max are exact and order-free: NaN wins (returned as the canonical quiet NaN), -0.0 < +0.0.
// Integer sums are exact modulo 2^64 (wrapping, as NumPy's int64 sums).
#ifndef RAPTORS_KERNELS_INTERNAL_SUMMATION_ORDER_H_
#define RAPTORS_KERNELS_INTERNAL_SUMMATION_ORDER_H_

#include <cstdint>

namespace raptors {
namespace internal {

inline constexpr int kLanes = 32;
inline constexpr int kSteps = 8;
inline constexpr int kChunk = kLanes * kSteps;  // 256
// All-element sums are cut into tasks of this many chunks (a power of two, so every task is a
// whole subtree of T); 64 chunks = 16384 elements.
inline constexpr int64_t kChunksPerTask = 64;
inline constexpr int64_t kTaskElements = kChunk * kChunksPerTask;

inline constexpr int kRowBlock = 8;
inline constexpr int kBlocksPerSuper = 64;

// Streaming evaluation of T (step 4 of order L) as a binary counter: push values left to right,
// then Fold. Pushing the values of aligned groups of 2^k chunks (whole subtrees) gives the same
// bits as pushing every chunk. The ISA kernels keep their own copy in their own namespace.
struct PairStack {
  double v[64];
  int n = 0;
  uint64_t count = 0;
  void Push(double x) {
    v[n++] = x;
    for (uint64_t c = ++count; (c & 1) == 0; c >>= 1) {
      v[n - 2] = v[n - 2] + v[n - 1];
      --n;
    }
  }
  double Fold() const {
    double r = v[n - 1];
    for (int i = n - 2; i >= 0; --i) r = v[i] + r;
    return r;
  }
};

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_SUMMATION_ORDER_H_
