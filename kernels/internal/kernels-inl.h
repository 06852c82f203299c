// The kernels, written once over a vector layer `V` and compiled once per ISA.
//
// Include this file (no include guard, by design) from one translation unit per ISA after that
// ISA's vec_*-inl.h, with these macros set:
//   RAPTORS_NS        the namespace of the vector layer (scalar, sse2, avx2, avx512, neon, sve)
//   RAPTORS_TABLE_FN  the name of the table getter declared in kernel_table.h (e.g. Avx2Table)
//   RAPTORS_ISA_ENUM  the Isa value
// and optionally RAPTORS_WIDE_ELEMENTWISE: a table of only the elementwise kernels, on the
// layer's full-width vectors where EV would otherwise be narrower (vec_native-inl.h).
// Everything here lives in raptors::RAPTORS_NS, so each ISA's copies stay separate (no inline
// function compiled with AVX2 flags can be picked by the linker for the SSE2 table).
//
// Float sums implement the orders of kernels/internal/summation_order.h exactly; the only
// freedom any V has is how many tree nodes one instruction evaluates.

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <type_traits>
#include <utility>

#include "kernels/internal/kernel_table.h"
#include "kernels/internal/scratch.h"
#include "kernels/internal/summation_order.h"

// Bytes past which a call's data is taken to come from memory (kernels/internal/dispatch.h).
extern "C" int64_t RaptorsInternalStreamBytes();

namespace raptors {
namespace RAPTORS_NS {
namespace {

using internal::KernelTable;
using internal::HalfPageFrom;
using internal::kPageSlack;
using internal::kBlocksPerSuper;
using internal::kChunk;
using internal::kLanes;
using internal::kRowBlock;
using internal::kSteps;
using internal::MutStrided;
using internal::Strided;

#include "kernels/internal/vec_native-inl.h"  // NOLINT(build/include)
using D = typename V::D;

// Widest column strip a caller may pass to the *_cols kernels (see kernels/reduce.cc).
constexpr int64_t kMaxStrip = 4096;
// Rows per batch of the short-row (cols <= kLanes) axis-1 kernel: 32 x 64 doubles = 16 KiB.
constexpr int kShortBatch = 64;

// The vector layer of the float sums of dtype T. A layer may name, as F32Sum, a narrower layer
// for float32 (converting) sums: where wide conversions are slower than two narrow ones (Zen 4
// double-pumps 512-bit vcvtps2pd) the narrower vectors stream faster. Every layer evaluates the
// same trees, so the choice never changes a bit.
template <class VV, class = void>
struct F32SumLayer {
  using type = VV;
};
template <class VV>
struct F32SumLayer<VV, std::void_t<typename VV::F32Sum>> {
  using type = typename VV::F32Sum;
};
template <class T>
using SumV = std::conditional_t<std::is_same_v<T, float>, typename F32SumLayer<V>::type, V>;

template <class T>
inline const T* At(const Strided& in, int64_t i, int64_t j) {
  return static_cast<const T*>(in.data) + i * in.rs + j * in.cs;
}

// ---------------------------------------------------------------------------------------------
// Order L.

// Lanes of one full chunk x[0..kChunk): lane l = -0.0 + x[l] + x[l+32] + ... in that order.
// Lanes are processed in passes of up to 8 vectors so narrow ISAs do not spill.
template <class T, class W>
inline void ChunkLanes(const T* x, double* lanes) {
  const int d = W::Lanes();
  const int per_pass = 8 * d < kLanes ? 8 * d : kLanes;
  const int nv = per_pass / d;  // 1, 2, 4 or 8
  for (int base = 0; base < kLanes; base += per_pass) {
    // Step 0 is the lanes' first elements themselves (-0.0 + x == x; see ChunkValueReg).
    const T* x0 = x + base;
    typename W::D a0 = W::LoadAcc(x0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
    if (nv > 1) a1 = W::LoadAcc(x0 + d);
    if (nv > 2) {
      a2 = W::LoadAcc(x0 + 2 * d);
      a3 = W::LoadAcc(x0 + 3 * d);
    }
    if (nv > 4) {
      a4 = W::LoadAcc(x0 + 4 * d);
      a5 = W::LoadAcc(x0 + 5 * d);
      a6 = W::LoadAcc(x0 + 6 * d);
      a7 = W::LoadAcc(x0 + 7 * d);
    }
    for (int s = 1; s < kSteps; ++s) {
      const T* p = x + s * kLanes + base;
      a0 = W::Add(a0, W::LoadAcc(p));
      if (nv > 1) a1 = W::Add(a1, W::LoadAcc(p + d));
      if (nv > 2) {
        a2 = W::Add(a2, W::LoadAcc(p + 2 * d));
        a3 = W::Add(a3, W::LoadAcc(p + 3 * d));
      }
      if (nv > 4) {
        a4 = W::Add(a4, W::LoadAcc(p + 4 * d));
        a5 = W::Add(a5, W::LoadAcc(p + 5 * d));
        a6 = W::Add(a6, W::LoadAcc(p + 6 * d));
        a7 = W::Add(a7, W::LoadAcc(p + 7 * d));
      }
    }
    double* o = lanes + base;
    W::Store(o, a0);
    if (nv > 1) W::Store(o + d, a1);
    if (nv > 2) {
      W::Store(o + 2 * d, a2);
      W::Store(o + 3 * d, a3);
    }
    if (nv > 4) {
      W::Store(o + 4 * d, a4);
      W::Store(o + 5 * d, a5);
      W::Store(o + 6 * d, a6);
      W::Store(o + 7 * d, a7);
    }
  }
}

// Halving combine of the 32 lanes (step 3 of order L).
inline double LaneTree(double* lanes) {
  for (int w = kLanes / 2; w >= 1; w /= 2) {
    for (int i = 0; i < w; ++i) lanes[i] = lanes[i] + lanes[i + w];
  }
  return lanes[0];
}

// A chunk of P < len <= 2P elements, P a power of two below kLanes, lane k holding x[k] alone.
// In the halving tree the steps w >= len add nothing; the first step that adds (w = P) adds
// lanes [P, len) into [0, len - P), and every later step is a full one over P lanes. These are
// ShortChunk's additions in its order, unrolled for P.
template <int P, class T>
inline double TinyTree(const T* x, int64_t stride, int len) {
  double lanes[P];
#pragma GCC unroll 16
  for (int k = 0; k < P; ++k) lanes[k] = static_cast<double>(x[k * stride]);
#pragma GCC unroll 16
  for (int k = 0; k < P; ++k) {
    if (k + P < len) lanes[k] = lanes[k] + static_cast<double>(x[(k + P) * stride]);
  }
#pragma GCC unroll 4
  for (int w = P / 2; w >= 1; w /= 2) {
#pragma GCC unroll 8
    for (int i = 0; i < w; ++i) lanes[i] = lanes[i] + lanes[i + w];
  }
  return lanes[0];
}

// A chunk of 1 <= len <= kLanes elements (a whole short call), with no loop over absent lanes.
template <class T>
inline double TinyChunk(const T* x, int64_t stride, int len) {
  if (len <= 2) return len == 1 ? static_cast<double>(x[0]) : TinyTree<1, T>(x, stride, len);
  if (len <= 4) return TinyTree<2, T>(x, stride, len);
  if (len <= 8) return TinyTree<4, T>(x, stride, len);
  if (len <= 16) return TinyTree<8, T>(x, stride, len);
  return TinyTree<16, T>(x, stride, len);
}

// A chunk of len < kChunk elements (or any strided chunk), lane by lane in plain code.
// Lanes past len stay -0.0, so they are skipped (x + -0.0 == x), and a lane's first element
// is its value (-0.0 + x == x): a short call pays for its elements only.
template <class T>
inline double ShortChunk(const T* x, int64_t stride, int len) {
  if (len <= kLanes) return TinyChunk<T>(x, stride, len);
  alignas(64) double lanes[kLanes];
  const int cnt = len < kLanes ? len : kLanes;
  for (int k = 0; k < cnt; ++k) lanes[k] = static_cast<double>(x[k * stride]);
  for (int k = kLanes; k < len; ++k) {
    lanes[k % kLanes] = lanes[k % kLanes] + static_cast<double>(x[k * stride]);
  }
  int live = cnt;
  for (int w = kLanes / 2; w >= 1; w /= 2) {
    for (int i = 0; i + w < live && i < w; ++i) lanes[i] = lanes[i] + lanes[i + w];
    if (live > w) live = w;
  }
  return lanes[0];
}

// Streaming evaluation of the aligned pairwise tree T over chunk values (a binary counter).
// Push(x, level) enters the value of an aligned subtree of 2^level chunks; adjacent entries of
// equal level merge, so pushing a group's value gives the bits of pushing its chunks one by one.
struct PairStack {
  double v[64];
  int lv[64];
  int n = 0;
  void Push(double x, int level = 0) {
    v[n] = x;
    lv[n] = level;
    ++n;
    while (n >= 2 && lv[n - 2] == lv[n - 1]) {
      v[n - 2] = v[n - 2] + v[n - 1];
      ++lv[n - 2];
      --n;
    }
  }
  double Fold() const {
    double r = v[n - 1];
    for (int i = n - 2; i >= 0; --i) r = v[i] + r;
    return r;
  }
};

// Vectors per chunk step (kLanes / d) when they fit in registers; 0 means the lanes go through
// memory in passes (narrow vectors: scalar, SSE2, NEON).
template <class W>
inline int RegVectors() {
  const int nv = kLanes / W::Lanes();
  return nv <= 8 ? nv : 0;
}

// One full chunk x[0..kChunk) (steps 2 and 3 of order L) with the 32 lanes held in nv = 32 / d
// vector registers, up to the halving steps w >= d, which add whole vectors: the vector whose
// HalvingSum (the steps w < d) is the chunk's value. Accumulation uses AddF (the bits of Add) so
// that on cores whose float -> double conversion shares the add pipes (Zen 4) the adds run on
// the FMA pipes.
template <class T, class W>
inline typename W::D ChunkVectorReg(const T* x) {
  const int d = W::Lanes();
  const int nv = kLanes / d;  // 1, 2, 4 or 8
  // Step 0 is the lanes' first elements themselves (-0.0 + x == x): no addition, and each
  // lane's chain of dependent additions is one shorter. The chains bound this loop's speed:
  // float32 2048x2048 sum, Zen 4, with a -0.0 start: 0.26-0.27 ms.
  typename W::D a0 = W::LoadAcc(x), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
  if (nv > 1) a1 = W::LoadAcc(x + d);
  if (nv > 2) {
    a2 = W::LoadAcc(x + 2 * d);
    a3 = W::LoadAcc(x + 3 * d);
  }
  if (nv > 4) {
    a4 = W::LoadAcc(x + 4 * d);
    a5 = W::LoadAcc(x + 5 * d);
    a6 = W::LoadAcc(x + 6 * d);
    a7 = W::LoadAcc(x + 7 * d);
  }
  for (int s = 1; s < kSteps; ++s) {
    const T* p = x + s * kLanes;
    a0 = W::AddF(a0, W::LoadAcc(p));
    if (nv > 1) a1 = W::AddF(a1, W::LoadAcc(p + d));
    if (nv > 2) {
      a2 = W::AddF(a2, W::LoadAcc(p + 2 * d));
      a3 = W::AddF(a3, W::LoadAcc(p + 3 * d));
    }
    if (nv > 4) {
      a4 = W::AddF(a4, W::LoadAcc(p + 4 * d));
      a5 = W::AddF(a5, W::LoadAcc(p + 5 * d));
      a6 = W::AddF(a6, W::LoadAcc(p + 6 * d));
      a7 = W::AddF(a7, W::LoadAcc(p + 7 * d));
    }
  }
  // lane[i] += lane[i + w] for w = 16 .. d, as vector i += vector i + w/d.
  if (nv > 4) {
    a0 = W::Add(a0, a4);
    a1 = W::Add(a1, a5);
    a2 = W::Add(a2, a6);
    a3 = W::Add(a3, a7);
  }
  if (nv > 2) {
    a0 = W::Add(a0, a2);
    a1 = W::Add(a1, a3);
  }
  if (nv > 1) a0 = W::Add(a0, a1);
  return a0;
}

template <class T, class W>
inline double ChunkValueReg(const T* x) {
  return W::HalvingSum(ChunkVectorReg<T, W>(x));
}

#if !defined(__ARM_FEATURE_SVE)  // sizeless SVE vectors cannot be held in arrays
// ChunkValueReg for 16 vectors of 2 lanes (SSE2, NEON): two passes of 8 vectors, the first
// pass's vectors kept in L1 for the second, whose vector j holds the lanes 16 above the first
// pass's vector j (the halving step w = 16); the later steps run in registers. 2048x2048 sums
// with --isa=sse2 on Zen 4, medians of 8 interleaved runs, all 32 lanes halved in L1
// (ChunkLanes, LaneTree) -> this: float32 0.79 -> 0.61 ms, float64 0.92 -> 0.78 ms (1024x1024:
// 0.163 -> 0.114 ms).
template <class T, class W>
inline double ChunkValueTwoPass(const T* x) {
  constexpr int d = W::Lanes();
  static_assert(kLanes / d == 16, "two passes of 8 vectors");
  typename W::D a[8];
  alignas(64) double first[8 * d];
  for (int base = 0; base < kLanes; base += 8 * d) {
#pragma GCC unroll 8
    for (int j = 0; j < 8; ++j) a[j] = W::LoadAcc(x + base + j * d);  // -0.0 + x == x
    for (int s = 1; s < kSteps; ++s) {
      const T* p = x + s * kLanes + base;
#pragma GCC unroll 8
      for (int j = 0; j < 8; ++j) a[j] = W::AddF(a[j], W::LoadAcc(p + j * d));
    }
    if (base == 0) {
#pragma GCC unroll 8
      for (int j = 0; j < 8; ++j) W::Store(first + j * d, a[j]);
    }
  }
#pragma GCC unroll 8
  for (int j = 0; j < 8; ++j) a[j] = W::Add(W::Load(first + j * d), a[j]);
#pragma GCC unroll 4
  for (int n = 4; n >= 1; n /= 2) {
#pragma GCC unroll 4
    for (int j = 0; j < n; ++j) a[j] = W::Add(a[j], a[j + n]);
  }
  return W::HalvingSum(a[0]);
}
#endif

template <class T, class W>
inline double ChunkValue(const T* x) {
  if (RegVectors<W>() > 0) return ChunkValueReg<T, W>(x);
#if !defined(__ARM_FEATURE_SVE)
  if constexpr (kLanes / W::Lanes() == 16) return ChunkValueTwoPass<T, W>(x);
#endif
  alignas(64) double lanes[kLanes];
  ChunkLanes<T, W>(x, lanes);
  return LaneTree(lanes);
}

// A chunk of kLanes < len <= kChunk contiguous elements (a row of 33-256 elements, or the last
// chunk of a longer one), its 32 lanes in nv = 32 / d registers as in ChunkValueReg: step 0 is
// every lane's first element, later steps add whole vectors, and the last step's partial vector
// comes from a buffer whose lanes past len are the identity (-0.0; 0 for integers, whose sums
// are never -0.0), so no load leaves the chunk and absent steps add nothing. These are
// ShortChunk's additions, bit for bit.
#if !defined(__ARM_FEATURE_SVE)  // sizeless SVE vectors cannot be held in arrays
template <class T, class W>
inline double ShortChunkReg(const T* x, int len) {
  constexpr int d = W::Lanes();
  constexpr int nv = kLanes / d;
  typename W::D a[nv];
#pragma GCC unroll 8
  for (int j = 0; j < nv; ++j) a[j] = W::LoadAcc(x + j * d);
  const int steps = len / kLanes;  // whole steps, >= 1
  for (int s = 1; s < steps; ++s) {
#pragma GCC unroll 8
    for (int j = 0; j < nv; ++j) a[j] = W::AddF(a[j], W::LoadAcc(x + s * kLanes + j * d));
  }
  const T* p = x + steps * kLanes;
  const int rest = len - steps * kLanes;  // the last, partial step
  const int whole = rest / d;
  for (int j = 0; j < whole; ++j) a[j] = W::AddF(a[j], W::LoadAcc(p + j * d));
  if (rest % d != 0) {
    alignas(64) T buf[d];
    for (int k = 0; k < d; ++k) buf[k] = k < rest % d ? p[whole * d + k] : static_cast<T>(-0.0);
    a[whole] = W::AddF(a[whole], W::LoadAcc(buf));
  }
  for (int n = nv / 2; n >= 1; n /= 2) {
#pragma GCC unroll 4
    for (int j = 0; j < n; ++j) a[j] = W::Add(a[j], a[j + n]);
  }
  return W::HalvingSum(a[0]);
}
#endif

// A chunk of len <= kChunk elements at any stride: those of more than kLanes elements in
// registers (strided ones gathered into L1 first), others in plain code. Rows of 33-255
// elements were summed in plain code before (Zen 4, medians of 5 interleaved runs): float32
// 100000x100 sum_axis1 5.8 -> 1.7 ms, float64 6.5 -> 3.1 ms, float64 300000x40 11.4 -> 4.1
// ms; so was the last chunk of every strided row (1000x1000:S2 sum_axis1, medians of 7: float32
// 0.26 -> 0.14 ms, float64 0.20 -> 0.15 ms).
template <class T>
inline double LastChunk(const T* x, int64_t stride, int len) {
#if !defined(__ARM_FEATURE_SVE)
  using W = SumV<T>;
  if (len > kLanes && RegVectors<W>() > 0) {
    if (stride != 1) {
      alignas(64) T buf[kChunk];
      for (int k = 0; k < len; ++k) buf[k] = x[k * stride];
      return len == kChunk ? ChunkValueReg<T, W>(buf) : ShortChunkReg<T, W>(buf, len);
    }
    return len == kChunk ? ChunkValueReg<T, W>(x) : ShortChunkReg<T, W>(x, len);
  }
#endif
  return ShortChunk<T>(x, stride, len);
}

// Value of one full chunk of every other element, x[0], x[2], ..., x[2 * (kChunk - 1)] (a view
// a[:, ::2]), without unzipping: a load of d elements holds d / 2 of the chunk's elements in its
// even lanes, so whole loads are added (the odd lanes add the view's neighbours, never read
// after) and lane l sits at position 2l of the accumulated vectors. The halving steps w >= d / 2
// add whole vectors; the rest read the even positions. For 8-byte elements, whose loads convert
// nothing: float64 2048x2048:S2 sum, Zen 4, 1.46 ms unzipping into L1 (the elementwise ops'
// LoadEven), 0.9-1.1 ms here with the tree in L1, 0.67 ms with its vector steps in registers.
// The last load ends at x[2 * kChunk - 1], one past the chunk's last element: callers keep that
// slack.
#if defined(__ARM_FEATURE_SVE)
template <class T, class W>
inline constexpr bool kEvenLanes = false;  // sizeless vectors cannot be held in arrays
#else
template <class T, class W>
inline constexpr bool kEvenLanes = sizeof(T) == 8 && W::Lanes() >= 2;
#endif

template <class T, class W>
inline double ChunkValueEven(const T* x) {
  constexpr int d = W::Lanes();
  constexpr int nacc = 2 * kLanes / d;  // vectors of one step of 32 elements (64 in memory)
  constexpr int per_pass = nacc < 8 ? nacc : 8;
  if constexpr (nacc <= 16) {
    // One pass of nacc vectors (512-bit) or two of 8 (256-bit), the first pass's vectors kept
    // in L1 for the second: the tree's vector steps then run in registers. Vector j holds lanes
    // j * d / 2 .. (j + 1) * d / 2 - 1, so lane[i] += lane[i + w] for w >= d / 2 adds vector
    // j + 2w / d into vector j, and the rest runs on the even positions. float64
    // 2048x2048:S2 sum, Zen 4, medians of 8-10 interleaved runs: avx512 1.13-1.15 ms with the
    // whole tree in L1, 0.67-0.68 ms this way; avx2 1.27 -> 0.97 ms.
    typename W::D a[per_pass];
    alignas(64) double first[nacc > per_pass ? per_pass * d : 1];
    for (int base = 0; base < nacc; base += per_pass) {
#pragma GCC unroll 8
      for (int j = 0; j < per_pass; ++j) a[j] = W::LoadAcc(x + (base + j) * d);  // -0.0 + x
      for (int s = 1; s < kSteps; ++s) {
        const T* p = x + 2 * kLanes * s + base * d;
#pragma GCC unroll 8
        for (int j = 0; j < per_pass; ++j) a[j] = W::AddF(a[j], W::LoadAcc(p + j * d));
      }
      if (nacc > per_pass && base == 0) {
#pragma GCC unroll 8
        for (int j = 0; j < per_pass; ++j) W::Store(first + j * d, a[j]);
      }
    }
    if constexpr (nacc > per_pass) {  // w = 16: vector j of the first pass + vector j of this one
#pragma GCC unroll 8
      for (int j = 0; j < per_pass; ++j) a[j] = W::Add(W::Load(first + j * d), a[j]);
    }
#pragma GCC unroll 4
    for (int n = per_pass / 2; n >= 1; n /= 2) {
#pragma GCC unroll 4
      for (int j = 0; j < n; ++j) a[j] = W::Add(a[j], a[j + n]);
    }
    alignas(64) double v[d];
    W::Store(v, a[0]);
#pragma GCC unroll 4
    for (int w = d / 4; w >= 1; w /= 2) {
#pragma GCC unroll 4
      for (int i = 0; i < w; ++i) v[2 * i] = v[2 * i] + v[2 * (i + w)];
    }
    return v[0];
  }
  alignas(64) double acc[2 * kLanes];
  for (int base = 0; base < nacc; base += per_pass) {
    typename W::D a[per_pass];
    for (int j = 0; j < per_pass; ++j) a[j] = W::LoadAcc(x + (base + j) * d);  // -0.0 + x == x
    for (int s = 1; s < kSteps; ++s) {
      const T* p = x + 2 * kLanes * s + base * d;
      for (int j = 0; j < per_pass; ++j) a[j] = W::AddF(a[j], W::LoadAcc(p + j * d));
    }
    for (int j = 0; j < per_pass; ++j) W::Store(acc + (base + j) * d, a[j]);
  }
  for (int w = kLanes / 2; w >= 1; w /= 2) {  // lane[i] += lane[i + w], lane l at acc[2l]
    if (2 * w >= d) {
      for (int v = 0; v < 2 * w; v += d) {
        W::Store(acc + v, W::Add(W::Load(acc + v), W::Load(acc + 2 * w + v)));
      }
    } else {
      for (int i = 0; i < w; ++i) acc[2 * i] = acc[2 * i] + acc[2 * (i + w)];
    }
  }
  return acc[0];
}

// Order L over x[0], x[stride], ..., x[(n-1)*stride]. Aligned groups of 8 chunks are combined
// in registers (their subtree of T) and enter the stack once. slack: x[n * stride - 1], the
// element after the last one read, lies inside the caller's view and may be read (stride 2).
template <class T>
double SumSeq(const T* x, int64_t n, int64_t stride, bool slack = false) {
  using W = SumV<T>;
  if (n == 0) return 0.0;
  if (n <= kChunk) return LastChunk<T>(x, stride, static_cast<int>(n));  // one chunk: T = c[0]
  PairStack st;
  int64_t k = 0;
  if (stride == 1) {
    constexpr int64_t kGroup = 8 * kChunk;
    for (; k + kGroup <= n; k += kGroup) {
      const T* p = x + k;
      double c[8];
      if (RegVectors<W>() > 0) {
        // Each chunk's horizontal steps (HalvingSum) come after the next chunk's loads in the
        // program, so the out-of-order window need not hold a chunk's tail of dependent adds
        // while the next one streams in. float32 on Zen 4 (avx512), medians of 11 interleaved
        // runs: 2048x2048 sum 0.260 -> 0.249 ms, mean_axis1 0.266 -> 0.249 ms, 1024x1024 sum
        // 0.055 -> 0.051 ms (a stand-alone loop without the horizontal steps ran at the plain
        // read's speed, with them in chunk order 10% slower).
        typename W::D v = ChunkVectorReg<T, W>(p);
        for (int q = 1; q < 8; ++q) {
          const typename W::D next = ChunkVectorReg<T, W>(p + q * kChunk);
          c[q - 1] = W::HalvingSum(v);
          v = next;
        }
        c[7] = W::HalvingSum(v);
      } else {
        for (int q = 0; q < 8; ++q) c[q] = ChunkValue<T, W>(p + q * kChunk);
      }
      st.Push(((c[0] + c[1]) + (c[2] + c[3])) + ((c[4] + c[5]) + (c[6] + c[7])), 3);
    }
    if (RegVectors<W>() > 0) {
      if (k + kChunk <= n) {  // the chunks after the groups, their horizontal steps deferred too
        typename W::D v = ChunkVectorReg<T, W>(x + k);
        for (k += kChunk; k + kChunk <= n; k += kChunk) {
          const typename W::D next = ChunkVectorReg<T, W>(x + k);
          st.Push(W::HalvingSum(v));
          v = next;
        }
        st.Push(W::HalvingSum(v));
      }
    }
    for (; k + kChunk <= n; k += kChunk) st.Push(ChunkValue<T, W>(x + k));
  } else if (stride == 2) {
    // Every other element (a[:, ::2]): 8-byte elements straight from their loads' even lanes
    // (ChunkValueEven), others unzipped into L1 with the elementwise ops' vectors (EV: 256-bit
    // on AVX-512, whose 512-bit two-source permutes are slow on Zen 4). Both read one element
    // past a chunk's last, so without slack the chunk holding element n - 1 is gathered.
    const int64_t end = slack ? n + 1 : n;  // chunks ending before `end` are read whole
    if constexpr (kEvenLanes<T, W>) {
      for (; k + kChunk < end; k += kChunk) st.Push(ChunkValueEven<T, W>(x + 2 * k));
    } else {
      using N = EV<T>;
      alignas(64) T buf[kChunk];
      for (; k + kChunk < end; k += kChunk) {
        const T* p = x + 2 * k;
        for (int i = 0; i < kChunk; i += N::Lanes()) N::Store(buf + i, N::LoadEven(p + 2 * i));
        st.Push(ChunkValue<T, W>(buf));
      }
    }
  } else {
    alignas(64) double buf[kChunk];
    for (; k + kChunk <= n; k += kChunk) {  // gather one chunk into L1, then the same vector code
      const T* p = x + k * stride;
      for (int i = 0; i < kChunk; ++i) buf[i] = static_cast<double>(p[i * stride]);
      st.Push(ChunkValue<double, W>(buf));
    }
  }
  if (stride == 2 && k + kChunk == n) {
    alignas(64) double buf[kChunk];
    for (int i = 0; i < kChunk; ++i) buf[i] = static_cast<double>(x[(k + i) * 2]);
    st.Push(ChunkValue<double, W>(buf));
    k += kChunk;
  }
  if (k < n) st.Push(LastChunk<T>(x + k * stride, stride, static_cast<int>(n - k)));
  return st.Fold();
}

// Order R's block trees (summation_order.h), shared by the axis-0 kernels here and in
// transposed-inl.h. float32 blocks are added in float32 (W::H vectors) and widened once: one
// conversion per 8 elements instead of 8 keeps the axis-0 loop within the memory's pace. Other
// dtypes are widened on load and added in float64 (AddF: the bits of Add, on the FMA pipes).

// One row of a block for Lanes() columns: float32 lanes (W::H) for float32 data, else float64
// lanes (W::D).
template <class T, class W>
inline __attribute__((always_inline)) auto BlockLoad(const T* p) {
  if constexpr (std::is_same_v<T, float>) {
    return W::LoadH(p);
  } else {
    return W::LoadAcc(p);
  }
}

// A missing row of a last, partial block.
template <class T, class W>
inline auto BlockIdentity() {
  if constexpr (std::is_same_v<T, float>) {
    return W::SetH(-0.0f);
  } else {
    return W::Set(-0.0);
  }
}

// ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7)) of rows from BlockLoad, as float64.
template <class T, class W, class R>
inline __attribute__((always_inline)) typename W::D BlockTree(R x0, R x1, R x2, R x3, R x4, R x5,
                                                              R x6, R x7) {
  if constexpr (std::is_same_v<T, float>) {
    const auto add = [](R a, R b) { return W::AddH(a, b); };
    return W::Widen(add(add(add(x0, x1), add(x2, x3)), add(add(x4, x5), add(x6, x7))));
  } else {
    const auto add = [](R a, R b) { return W::AddF(a, b); };
    return add(add(add(x0, x1), add(x2, x3)), add(add(x4, x5), add(x6, x7)));
  }
}

// The block of Lanes() contiguous columns at offset o of rows p[0..8).
template <class T, class W>
inline __attribute__((always_inline)) typename W::D BlockValue(const T* const* p, int64_t o) {
  return BlockTree<T, W>(BlockLoad<T, W>(p[0] + o), BlockLoad<T, W>(p[1] + o),
                         BlockLoad<T, W>(p[2] + o), BlockLoad<T, W>(p[3] + o),
                         BlockLoad<T, W>(p[4] + o), BlockLoad<T, W>(p[5] + o),
                         BlockLoad<T, W>(p[6] + o), BlockLoad<T, W>(p[7] + o));
}

// Whether layer W holds float32 block rows of 2 * Lanes() columns in one register (H2: the
// x86 and NEON layers; SVE's sizeless vectors and the scalar layer do not).
template <class W, class = void>
inline constexpr bool kHasH2 = false;
template <class W>  // sizeof, not void_t: a vector type as a template argument drops its attributes
inline constexpr bool kHasH2<W, std::enable_if_t<(sizeof(typename W::H2) > 0)>> = true;

// The float32 blocks of 2 * Lanes() contiguous columns at offset o of rows p[0..8), as BlockValue
// computes them for the two vectors of columns (the same float32 additions, lane by lane), on
// full float32 registers: *lo holds columns o .. o + d - 1, *hi the next d.
template <class W>
inline __attribute__((always_inline)) void BlockValue2(const float* const* p, int64_t o,
                                                       typename W::D* lo, typename W::D* hi) {
  const auto x = [&](int k) { return W::LoadH2(p[k] + o); };
  const auto add = [](typename W::H2 a, typename W::H2 b) { return W::AddH2(a, b); };
  const typename W::H2 t = add(add(add(x(0), x(1)), add(x(2), x(3))),
                               add(add(x(4), x(5)), add(x(6), x(7))));
  *lo = W::WidenLo(t);
  *hi = W::WidenHi(t);
}

// The tree of one column's block, x[k] = row k's element (-0.0 where missing), in plain code.
template <class T>
inline double BlockScalar(const T* x) {
  using A = std::conditional_t<std::is_same_v<T, float>, float, double>;
  A a[kRowBlock];
  for (int k = 0; k < kRowBlock; ++k) a[k] = static_cast<A>(x[k]);
  return static_cast<double>(((a[0] + a[1]) + (a[2] + a[3])) + ((a[4] + a[5]) + (a[6] + a[7])));
}

#include "kernels/internal/transposed-inl.h"  // NOLINT(build/include)

// The stride between consecutive elements of the C-order flattening, when there is one.
inline bool FlatStride(const Strided& in, int64_t* s) {
  if (in.rows == 1) {
    *s = in.cs;
  } else if (in.cols == 1) {
    *s = in.rs;
  } else if (in.rs == in.cols * in.cs) {
    *s = in.cs;
  } else {
    return false;
  }
  return true;
}

template <class T>
__attribute__((noinline)) double SumFlatAny(const Strided& in, int64_t start, int64_t len) {
  if (len == 0) return 0.0;
  int64_t s;
  if (FlatStride(in, &s)) {
    // The flattening's element after this range, if any, is in the view.
    const bool slack = s > 0 && start + len < in.rows * in.cols;
    return SumSeq<T>(static_cast<const T*>(in.data) + start * s, len, s, slack);
  }
  // Transposed views of fewer rows than the kernels below take in a vector (all their rows
  // would go through the one-lane remainder): those of long rows stored interleaved are split
  // into rows in one pass (SumFlatFewRows); the others gather chunks as the views at the end do
  // (float32 sum, medians of 3 interleaved runs: 100000x7:F 0.89 -> 0.27 ms, 100000x3:F 0.48
  // -> 0.10 ms, before the one pass). With 8-16 rows the gather was faster than the sweep for
  // long rows (100000x8:F 1.57 -> 0.40 ms) but 2-8x slower than the across-rows kernel
  // (65536x8:F) and the sweep of short ones (1000x16:F), so it is kept to fewer than 8.
  const bool few = in.rs == 1 && in.rows < kSquare;
  if (few && in.cs == in.rows && in.cols >= 2 * kChunk) return SumFlatFewRows<T>(in, start, len);
  // Transposed rows that hold whole chunks: row groups, then aligned subtrees in row order.
  if (!few && in.rs == 1 && in.cols % kChunk == 0) return SumFlatAcross<T>(in, start, len);
  // Transposed rows of a chunk or more that do not hold whole chunks: windows of a strip.
  if (!few && in.rs == 1 && in.cols >= kChunk && std::abs(in.cs) > 1) {
    return SumFlatRowWindows<T>(in, start, len);
  }
  // Transposed rows shorter than a chunk: bands transposed into C order.
  if (!few && in.rs == 1 && std::abs(in.cs) > 1 && in.cols < kChunk) {
    return SumFlatBands<T>(in, start, len);
  }
  // Other views whose columns are the close axis: row tiles copied down the columns.
  if (!few && std::abs(in.rs) < std::abs(in.cs)) return SumFlatRowTiles<T>(in, start, len);
  // Rows that do not join up: gather chunks of the flattening into L1, a row run at a time.
  using W = SumV<T>;
  PairStack st;
  alignas(64) double buf[kChunk];
  int64_t i = start / in.cols, j = start % in.cols;
  for (int64_t p = start, end = start + len; p < end;) {
    const int m = static_cast<int>(end - p < kChunk ? end - p : kChunk);
    int t = 0;
    while (t < m) {
      const T* row = At<T>(in, i, 0);
      int64_t run = in.cols - j;
      if (run > m - t) run = m - t;
      for (int64_t q = 0; q < run; ++q) buf[t + q] = static_cast<double>(row[(j + q) * in.cs]);
      t += static_cast<int>(run);
      j += run;
      if (j == in.cols) {
        j = 0;
        ++i;
      }
    }
    if (m == kChunk) {
      st.Push(ChunkValue<double, W>(buf));
    } else {
      st.Push(ShortChunk<double>(buf, 1, m));
    }
    p += m;
  }
  return st.Fold();
}

// SumFlat of at most 32 joined-up elements goes straight to its lanes, before SumFlatAny's
// stack frame for whole chunks is set up: this is a tiny call's whole kernel time.
template <class T>
double SumFlat(const Strided& in, int64_t start, int64_t len) {
  int64_t s;
  if (len > 0 && len <= kLanes && FlatStride(in, &s)) {
    return TinyChunk<T>(static_cast<const T*>(in.data) + start * s, s, static_cast<int>(len));
  }
  return SumFlatAny<T>(in, start, len);
}

// Rows of at most kLanes elements are one short chunk each: lane j = x[j] and the halving tree,
// skipping absent lanes (adding -0.0 would not change a bit). Batches of rows are gathered
// column-major into L1 so the tree runs down whole columns of the batch.
template <class T>
void SumShortRowsBuffered(const Strided& in, int64_t r0, int64_t nr, double* out) {
  alignas(64) double buf[kLanes * kShortBatch];
  const int cols = static_cast<int>(in.cols);
  for (int64_t rb = 0; rb < nr; rb += kShortBatch) {
    const int nb = static_cast<int>(nr - rb < kShortBatch ? nr - rb : kShortBatch);
    for (int r = 0; r < nb; ++r) {
      const T* row = At<T>(in, r0 + rb + r, 0);
      for (int c = 0; c < cols; ++c) buf[c * kShortBatch + r] = static_cast<double>(row[c * in.cs]);
    }
    int cnt = cols;
    for (int w = kLanes / 2; w >= 1; w /= 2) {
      for (int i = 0; i < w && i + w < cnt; ++i) {
        double* a = buf + i * kShortBatch;
        const double* b = buf + (i + w) * kShortBatch;
        for (int r = 0; r < nb; ++r) a[r] = a[r] + b[r];
      }
      if (cnt > w) cnt = w;
    }
    for (int r = 0; r < nb; ++r) out[rb + r] = buf[r];
  }
}

#if !defined(__ARM_FEATURE_SVE)
// The same trees across rows: vector j holds lane j (element j) of W::Lanes() consecutive rows,
// and the halving tree runs as whole-vector adds, one tree node of Lanes() rows per instruction.
// C (the row length) is a constant, so the lanes stay in registers.
// Tree level w over lanes [0, cnt): v[i] += v[i + w] for i < w, i + w < cnt; then levels w/2..1.
// All indices are constants, so every lane is a named register.
template <class W, int Wd, size_t... I>
inline void TreeLevel(typename W::D* v, std::index_sequence<I...>) {
  (void)v;  // unused where the level has no node
  ((v[I] = W::Add(v[I], v[I + Wd])), ...);
}
template <class W, int Wd, int Cnt>
inline void ShortTree(typename W::D* v) {
  if constexpr (Wd >= 1) {
    constexpr int m = Cnt - Wd <= 0 ? 0 : (Cnt - Wd < Wd ? Cnt - Wd : Wd);
    TreeLevel<W, Wd>(v, std::make_index_sequence<m>());
    ShortTree<W, Wd / 2, (Cnt > Wd ? Wd : Cnt)>(v);
  }
}
template <class T, class W, size_t... J>
inline void LoadCols(const T* p, int64_t cs, int64_t rs, typename W::D* v,
                     std::index_sequence<J...>) {
  ((v[J] = W::LoadCol(p + static_cast<int64_t>(J) * cs, rs)), ...);
}
// LoadCols of rows that are contiguous in memory (rs == 1): whole-vector loads.
template <class T, class W, size_t... J>
inline void LoadRuns(const T* p, int64_t cs, typename W::D* v, std::index_sequence<J...>) {
  ((v[J] = W::LoadAcc(p + static_cast<int64_t>(J) * cs)), ...);
}


// Contiguous short rows (cs == 1) are read with whole-vector loads and the tree is evaluated by
// permuting in registers instead of gathering columns: a strided gather costs an instruction per
// element, a row a load per vector. Absent lanes are -0.0, which no addition changes (x + -0.0
// == x), so these are the gather path's additions, bit for bit.
//
// Rows of C >= d elements: lanes [0, C) as ceil(C / d) vectors (the last, partial one loaded so
// that it ends at the row's last element, its lanes moved down, so no load leaves the row), the
// tree levels w >= d as whole-vector adds within the row; the value is the row's lanes 0..d-1.
template <class T, class W, int C, size_t... S>
inline typename W::D RowLanes(const T* p, std::index_sequence<S...>) {
  constexpr int d = W::Lanes();
  constexpr int nv = (C + d - 1) / d;
  typename W::D u[nv];
  ((u[S] = W::LoadAcc(p + static_cast<int64_t>(S) * d)), ...);  // the C / d whole vectors
  if constexpr (C % d != 0) u[nv - 1] = W::template ShiftDown<d - C % d>(W::LoadAcc(p + C - d));
  ShortTree<W, kLanes / 2 / d, nv>(u);
  return u[0];
}
// d rows at stride rs: each row's lanes 0..d-1, then the levels w < d of all d rows at once.
template <class T, class W, int C, size_t... R>
inline typename W::D WideRows(const T* p, int64_t rs, std::index_sequence<R...>) {
  constexpr int d = W::Lanes();
  const typename W::D t[] = {
      RowLanes<T, W, C>(p + static_cast<int64_t>(R) * rs, std::make_index_sequence<C / d>())...};
  return W::template RowTrees<d>(t);
}
// Rows of C < d elements, C dividing d, joined up (rs == C): d rows are C whole vectors, each
// holding d / C rows; the row trees permute them apart. (Rows of 3 on 4 lanes: W::Columns3
// turns the 3 vectors into the gather path's columns.)
template <class T, class W, int C, size_t... S>
inline typename W::D PackedRows(const T* p, std::index_sequence<S...>) {
  constexpr int d = W::Lanes();
  const typename W::D u[] = {W::LoadAcc(p + static_cast<int64_t>(S) * d)...};
  return W::template RowTrees<C>(u);
}

template <class T, class W, int C>
void ShortRowsC(const Strided& in, int64_t r0, int64_t nr, double* out) {
  constexpr int d = W::Lanes();
  const int64_t rs = in.rs, cs = in.cs;
  int64_t r = 0;
  // The row pointer is carried in a local: stores to out could alias `in` for the compiler,
  // which would reload in.data and in.rs every group.
  const T* row = At<T>(in, r0, 0);
  if constexpr (C >= d) {
    if (cs == 1) {
      for (; r + d <= nr; r += d, row += d * rs) {
        W::Store(out + r, WideRows<T, W, C>(row, rs, std::make_index_sequence<d>()));
      }
    }
  } else if constexpr (d % C == 0) {
    if (cs == 1 && rs == C) {
      for (; r + d <= nr; r += d, row += d * C) {
        W::Store(out + r, PackedRows<T, W, C>(row, std::make_index_sequence<C>()));
      }
    }
  } else if constexpr (C == 3 && d == 4) {  // the one C < d not dividing d of the row-tree layers
    if (cs == 1 && rs == 3) {
      for (; r + d <= nr; r += d, row += d * C) {
        const typename W::D u[] = {W::LoadAcc(row), W::LoadAcc(row + d), W::LoadAcc(row + 2 * d)};
        typename W::D v[C];
        W::Columns3(u, v);  // then the gather path's tree
        ShortTree<W, kLanes / 2, C>(v);
        W::Store(out + r, v[0]);
      }
    }
  }
  // Transposed views (rs == 1): a column's d rows are one vector load, where the gather below
  // loads them one by one (Zen 4, medians of 3 interleaved runs, axis-1 sums: float32 7x100000:F
  // 0.148 -> 0.060 ms, 16x100000:F 0.52 -> 0.18 ms, float64 30x1000:F 12.5 -> 3.2 us).
  if (rs == 1) {
    for (; r + d <= nr; r += d) {
      const T* p = At<T>(in, r0 + r, 0);
      typename W::D v[C];
      LoadRuns<T, W>(p, cs, v, std::make_index_sequence<C>());
      ShortTree<W, kLanes / 2, C>(v);
      W::Store(out + r, v[0]);
    }
  }
  for (; r + d <= nr; r += d) {  // any other stride: gather the columns
    const T* p = At<T>(in, r0 + r, 0);
    typename W::D v[C];
    LoadCols<T, W>(p, cs, rs, v, std::make_index_sequence<C>());
    ShortTree<W, kLanes / 2, C>(v);
    W::Store(out + r, v[0]);
  }
  if (r < nr) SumShortRowsBuffered<T>(in, r0 + r, nr - r, out + r);
}

template <class T, class W, size_t... I>
void ShortRowsDispatch(const Strided& in, int64_t r0, int64_t nr, double* out,
                       std::index_sequence<I...>) {
  using Fn = void (*)(const Strided&, int64_t, int64_t, double*);
  static constexpr Fn kFns[] = {&ShortRowsC<T, W, static_cast<int>(I) + 1>...};
  kFns[in.cols - 1](in, r0, nr, out);
}

// The layer of the short-row trees: V, or the narrower one V names as RowTreeV (where its own
// shuffles are the slower ones). Every layer evaluates the same trees.
template <class VV, class = void>
struct RowTreeLayer {
  using type = VV;
};
template <class VV>
struct RowTreeLayer<VV, std::void_t<typename VV::RowTreeV>> {
  using type = typename VV::RowTreeV;
};

template <class T>
void SumShortRows(const Strided& in, int64_t r0, int64_t nr, double* out) {
  ShortRowsDispatch<T, typename RowTreeLayer<SumV<T>>::type>(in, r0, nr, out,
                                                             std::make_index_sequence<kLanes>());
}
#else
template <class T>
void SumShortRows(const Strided& in, int64_t r0, int64_t nr, double* out) {
  SumShortRowsBuffered<T>(in, r0, nr, out);
}
#endif

template <class T>
void SumRows(const Strided& in, int64_t r0, int64_t nr, double* out) {
  if (in.cols == 0) {
    for (int64_t r = 0; r < nr; ++r) out[r] = 0.0;
  } else if (in.cols <= kLanes) {
    SumShortRows<T>(in, r0, nr, out);
  } else if (in.rs == 1 && in.cs != 1) {
    SumRowsAcross<T>(in, r0, nr, out);  // transposed: vectors across rows
  } else {
    // A row's element after its last lies before the view's last element (so inside the view's
    // span) unless the row is the one highest in memory.
    const int64_t top = in.rs > 0 ? in.rows - 1 : 0;
    for (int64_t r = 0; r < nr; ++r) {
      const bool slack = in.cs > 0 && in.rs != 0 && r0 + r != top;
      out[r] = SumSeq<T>(At<T>(in, r0 + r, 0), in.cols, in.cs, slack);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Order R.

// A row of identity elements for the missing rows of a last, partial block: -0.0 for floats
// (the exact identity) and 0 for integers (whose sums are never -0.0, so +0.0 is exact too).
template <class T>
struct IdentityRow {
  alignas(64) T v[kMaxStrip];
  IdentityRow() {
    for (int64_t j = 0; j < kMaxStrip; ++j) v[j] = static_cast<T>(-0.0);
  }
};
template <class T>
const T* Identity() {
  static const IdentityRow<T> row;
  return row.v;
}

// acc[j] += the block tree of rows p[0..8) for j < w. kFirst: the first block of a superblock,
// whose sum -0.0 + tree is the tree itself: stored without reading acc.
template <class T, class W, bool kFirst = false>
inline void AccumulateBlock(const T* const* p, int64_t w, double* acc) {
  const int d = W::Lanes();
  int64_t j = 0;
  if constexpr (std::is_same_v<T, float> && kHasH2<W>) {
    // Two vectors of columns a step, each block row one full float32 register instead of two
    // half ones. float32 mean_axis0 on Zen 4, medians of 5-11 interleaved runs, 2048x2048 /
    // 1000x1000: avx512 0.311 -> 0.293 ms / level, avx2 0.344 -> 0.335 / 0.060 -> 0.054 ms,
    // sse2 0.498 -> 0.379 / 0.104 -> 0.073 ms.
    for (; j + 2 * d <= w; j += 2 * d) {
      typename W::D lo, hi;
      BlockValue2<W>(p, j, &lo, &hi);
      W::Store(acc + j, kFirst ? lo : W::AddF(W::Load(acc + j), lo));
      W::Store(acc + j + d, kFirst ? hi : W::AddF(W::Load(acc + j + d), hi));
    }
  }
  for (; j + d <= w; j += d) {
    const typename W::D t = BlockValue<T, W>(p, j);
    W::Store(acc + j, kFirst ? t : W::AddF(W::Load(acc + j), t));
  }
  for (; j < w; ++j) {
    T x[kRowBlock];
    for (int k = 0; k < kRowBlock; ++k) x[k] = p[k][j];
    const double t = BlockScalar<T>(x);
    acc[j] = kFirst ? t : acc[j] + t;
  }
}

// Rows of at most this many bytes take AccumulateBlockStaged (and the order-free axis-0
// kernels their row-by-row passes, minmax_isum-inl.h). Reading a block's 8 rows side by
// side, a vector of each at a time, makes 8 short streams per block, which the hardware does
// not run ahead of: a stand-alone probe (float64, 102 MB, Zen 4, medians of 15) read rows of
// 64-200 columns that way in 8-11 ms, in memory order with the tree's partial sums staged in
// L1 in 4.1-5.8 ms (a plain read: 3.3-3.7 ms); from rows of 1024 columns on, side by side was
// faster (4.5 against 5.9 ms).
inline constexpr int64_t kStagedRowBytes = 3072;

#if !defined(__ARM_FEATURE_SVE)  // sizeless SVE vectors cannot be held in arrays

// AccumulateBlock with the rows read in memory order, one whole row after the other: the tree's
// partial sums (float32 for float32 data, as BlockTree adds them) wait in stage[0 .. 3 * w),
// so each row is one run: ((x0 + x1) + (x2 + x3)) into a, (x4 + x5) into b, x6 into c, then
// a + (b + (c + x7)), the same additions in the same order.
template <class T>
using StageT = std::conditional_t<std::is_same_v<T, float>, float, double>;
template <class T, class W, bool kFirst = false>
inline void AccumulateBlockStaged(const T* const* p, int64_t w, double* acc, StageT<T>* stage) {
  using U = StageT<T>;
  using R = decltype(BlockLoad<T, W>(p[0]));
  const int d = W::Lanes();
  const int64_t wv = w / d * d;
  U* const a = stage;
  U* const b = stage + wv;
  U* const c = stage + 2 * wv;
  const auto add = [](R x, R y) {
    if constexpr (std::is_same_v<T, float>) {
      return W::AddH(x, y);
    } else {
      return W::AddF(x, y);
    }
  };
  const auto in = [&](int k, int64_t j) { return BlockLoad<T, W>(p[k] + j); };
  const auto ld = [](const U* q) { return BlockLoad<U, W>(q); };
  // d elements: SSE2's float32 rows of a block fill half of their vector.
  const auto st = [d](U* q, R v) { std::memcpy(q, &v, sizeof(U) * d); };
  for (int64_t j = 0; j < wv; j += d) st(a + j, in(0, j));
  for (int64_t j = 0; j < wv; j += d) st(a + j, add(ld(a + j), in(1, j)));
  for (int64_t j = 0; j < wv; j += d) st(b + j, in(2, j));
  for (int64_t j = 0; j < wv; j += d) st(a + j, add(ld(a + j), add(ld(b + j), in(3, j))));
  for (int64_t j = 0; j < wv; j += d) st(b + j, in(4, j));
  for (int64_t j = 0; j < wv; j += d) st(b + j, add(ld(b + j), in(5, j)));
  for (int64_t j = 0; j < wv; j += d) st(c + j, in(6, j));
  for (int64_t j = 0; j < wv; j += d) {
    const R blk = add(ld(a + j), add(ld(b + j), add(ld(c + j), in(7, j))));
    typename W::D t;
    if constexpr (std::is_same_v<T, float>) {
      t = W::Widen(blk);
    } else {
      t = blk;
    }
    W::Store(acc + j, kFirst ? t : W::AddF(W::Load(acc + j), t));
  }
  for (int64_t j = wv; j < w; ++j) {
    T x[kRowBlock];
    for (int k = 0; k < kRowBlock; ++k) x[k] = p[k][j];
    const double t = BlockScalar<T>(x);
    acc[j] = kFirst ? t : acc[j] + t;
  }
}
#endif

#if !defined(__ARM_FEATURE_SVE)  // sizeless SVE vectors cannot be held in arrays
// One block of NV vectors of columns: a1[v] += the block's tree (BlockValue).
// Vector v holds columns v * d .. v * d + d - 1; with kShiftedLast the last one starts at
// column `last` instead (a compile-time choice: a run-time offset for every vector made the
// float64 1048576x16 loop 2.5x slower).
template <class T, class W, int NV, bool kShiftedLast>
inline __attribute__((always_inline)) void NarrowBlock(const T* const* p, int64_t last,
                                                      typename W::D* a1) {
  constexpr int d = W::Lanes();
  for (int v = 0; v < NV; ++v) {
    a1[v] = W::AddF(a1[v], BlockValue<T, W>(p, kShiftedLast && v == NV - 1 ? last : v * d));
  }
}

// Order R for NV * d contiguous columns (few: tall-skinny arrays): the block and superblock
// accumulators stay in registers for the whole column, so a block of 8 rows costs its loads and
// its tree, with none of the strip kernel's per-block pointer setup and L1 round trip.
template <class T, class W, int NV, bool kShiftedLast = false>
void SumNarrowCols(const Strided& in, int64_t c0, double* out,
                   int64_t last = (NV - 1) * W::Lanes()) {
  constexpr int d = W::Lanes();
  const typename W::D z = W::Set(-0.0);
  typename W::D a1[NV], a2[NV];
  for (int v = 0; v < NV; ++v) a1[v] = a2[v] = z;
  const int64_t rs = in.rs;
  const int64_t full = in.rows / kRowBlock;
  int in_super = 0;
  const T* row = At<T>(in, 0, c0);
  for (int64_t b = 0; b < full; ++b, row += kRowBlock * rs) {
    const T* p[kRowBlock] = {row,          row + rs,     row + 2 * rs, row + 3 * rs,
                             row + 4 * rs, row + 5 * rs, row + 6 * rs, row + 7 * rs};
    NarrowBlock<T, W, NV, kShiftedLast>(p, last, a1);
    if (++in_super == kBlocksPerSuper) {
      for (int v = 0; v < NV; ++v) {
        a2[v] = W::Add(a2[v], a1[v]);
        a1[v] = z;
      }
      in_super = 0;
    }
  }
  const int rest = static_cast<int>(in.rows - full * kRowBlock);
  if (rest > 0) {  // the last, partial block (its superblock is flushed by the final add)
    const T* p[kRowBlock];
    for (int k = 0; k < kRowBlock; ++k) p[k] = k < rest ? row + k * rs : Identity<T>();
    NarrowBlock<T, W, NV, kShiftedLast>(p, last, a1);
  }
  for (int v = 0; v < NV; ++v) {
    W::Store(out + (kShiftedLast && v == NV - 1 ? last : v * d), W::Add(a2[v], a1[v]));
  }
}

// SumNarrowCols for d < nc < 4 * d columns not a multiple of d (the last vector shifted back to
// end at the last column), out of line for the reason below.
template <class T, class W>
__attribute__((noinline)) void SumNarrowShiftedCols(const Strided& in, int64_t c0, int64_t nc,
                                                    double* out) {
  constexpr int d = W::Lanes();
  const int64_t nv = (nc + d - 1) / d;
  if (nv == 2) SumNarrowCols<T, W, 2, true>(in, c0, out, nc - d);
  if (nv == 3) SumNarrowCols<T, W, 3, true>(in, c0, out, nc - d);
  if (nv == 4) SumNarrowCols<T, W, 4, true>(in, c0, out, nc - d);
}

// SumNarrowCols on the narrower short-row layer WN for dn <= nc <= 2 * dn columns, out of line:
// inlined into SumCols next to the full-width variants, these changed how the compiler laid out
// those (int32 1048576x16 mean_axis0 took 3.4-3.9 ms instead of 2.1).
template <class T, class WN>
__attribute__((noinline)) void SumNarrowLayerCols(const Strided& in, int64_t c0, int64_t nc,
                                                  double* out) {
  constexpr int dn = WN::Lanes();
  if (nc == dn) {
    SumNarrowCols<T, WN, 1>(in, c0, out);
  } else {
    SumNarrowCols<T, WN, 2, true>(in, c0, out, nc - dn);
  }
}
#endif

// acc[j] += the block tree of rows p[0..nrows) (missing rows -0.0) for w columns at stride cs:
// gathered columns, for column-sliced views.
template <class T, class W, bool kFirst = false>
inline void AccumulateBlockStrided(const T* const* p, int nrows, int64_t w, int64_t cs,
                                   double* acc) {
  const int d = W::Lanes();
  int64_t j = 0;
  const auto row = [&](int k, int64_t col) {
    return k < nrows ? BlockLoadCol<T, W>(p[k] + col * cs, cs) : BlockIdentity<T, W>();
  };
  if constexpr (kEvenLanes<T, W>) {
    if (cs == 2) {
      // Every other column (a[:, ::2]) without gathering: two whole loads of a row hold its d
      // columns in their even lanes, the block trees run over whole vectors (the odd lanes add
      // the view's neighbours) and EvenLanes keeps the columns' trees. The pair's last load ends
      // one element past column j + d - 1, inside the row while column j + d is in the strip.
      const auto half = [&](int k, int64_t o) {
        return k < nrows ? W::LoadAcc(p[k] + o) : W::Set(-0.0);
      };
      for (; j + d < w; j += d) {
        const int64_t o = 2 * j;
        const typename W::D lo = BlockTree<T, W>(half(0, o), half(1, o), half(2, o), half(3, o),
                                                 half(4, o), half(5, o), half(6, o), half(7, o));
        const int64_t o2 = o + d;
        const typename W::D hi =
            BlockTree<T, W>(half(0, o2), half(1, o2), half(2, o2), half(3, o2), half(4, o2),
                            half(5, o2), half(6, o2), half(7, o2));
        const typename W::D t = W::EvenLanes(lo, hi);
        W::Store(acc + j, kFirst ? t : W::AddF(W::Load(acc + j), t));
      }
    }
  }
  for (; j + d <= w; j += d) {
    const typename W::D t = BlockTree<T, W>(row(0, j), row(1, j), row(2, j), row(3, j), row(4, j),
                                            row(5, j), row(6, j), row(7, j));
    W::Store(acc + j, kFirst ? t : W::AddF(W::Load(acc + j), t));
  }
  for (; j < w; ++j) {
    T x[kRowBlock];
    for (int k = 0; k < kRowBlock; ++k) x[k] = k < nrows ? p[k][j * cs] : static_cast<T>(-0.0);
    const double t = BlockScalar<T>(x);
    acc[j] = kFirst ? t : acc[j] + t;
  }
}

#if !defined(__ARM_FEATURE_SVE)
// Order R for columns c0 .. c0+nc-1 of joined-up rows of at most kStagedRowBytes: the strip loop
// of SumCols below with AccumulateBlockStaged, out of line so that the narrow kernels SumCols
// inlines keep their code (float64 1048576x16 sum_axis0 took 10.0 ms instead of 8.0 with it
// inlined next to them). The staging sits three quarters of a page from the input: at half a
// page, rows of 256 float64 columns took 12.7 ms in the probe above instead of 4.9.
template <class T>
__attribute__((noinline)) void SumColsStaged(const Strided& in, int64_t c0, int64_t nc,
                                             double* out) {
  alignas(64) double acc1_buf[kMaxStrip + kPageSlack];
  alignas(64) double acc2[kMaxStrip];
  alignas(64) double stage_buf[3 * kStagedRowBytes / sizeof(double) + kPageSlack];
  StageT<T>* const stage = reinterpret_cast<StageT<T>*>(
      HalfPageFrom(stage_buf, reinterpret_cast<const char*>(At<T>(in, 0, c0)) + 1024));
  double* const acc1 = in.rows <= kRowBlock * kBlocksPerSuper
                           ? out
                           : HalfPageFrom(acc1_buf, At<T>(in, 0, c0));
  int in_super = 0;
  bool flushed = false;
  for (int64_t i0 = 0; i0 < in.rows; i0 += kRowBlock) {
    const int nrows = static_cast<int>(in.rows - i0 < kRowBlock ? in.rows - i0 : kRowBlock);
    const T* p[kRowBlock];
    for (int k = 0; k < kRowBlock; ++k) p[k] = k < nrows ? At<T>(in, i0 + k, c0) : Identity<T>();
    if (in_super == 0) {
      AccumulateBlockStaged<T, V, true>(p, nc, acc1, stage);
    } else {
      AccumulateBlockStaged<T, V>(p, nc, acc1, stage);
    }
    if (++in_super == kBlocksPerSuper) {
      if (flushed) {
        for (int64_t j = 0; j < nc; ++j) acc2[j] += acc1[j];
      } else {
        std::memcpy(acc2, acc1, static_cast<size_t>(nc) * sizeof(double));
      }
      flushed = true;
      in_super = 0;
    }
  }
  if (!flushed) {
    if (acc1 != out) std::memcpy(out, acc1, static_cast<size_t>(nc) * sizeof(double));
  } else if (in_super == 0) {
    std::memcpy(out, acc2, static_cast<size_t>(nc) * sizeof(double));
  } else {
    for (int64_t j = 0; j < nc; ++j) out[j] = acc2[j] + acc1[j];
  }
}
#endif

// Order R for columns c0 .. c0+nc-1 (nc <= kMaxStrip). Rows closer in memory than columns
// (transposed views): column groups carried through all rows. Otherwise the accumulator strips
// stay in L1 while whole row segments stream through, 8 rows at a time.
template <class T>
void SumCols(const Strided& in, int64_t c0, int64_t nc, double* out) {
  if (in.rows == 0) {
    for (int64_t j = 0; j < nc; ++j) out[j] = 0.0;
    return;
  }
  using W = SumV<T>;
#if !defined(__ARM_FEATURE_SVE)
  constexpr int d = W::Lanes();
  const bool down = in.cs != 1 && std::abs(in.rs) < std::abs(in.cs);
  if (down && in.rs == 1) {  // contiguous columns: transposed in registers
    // float32 blocks are added before they are converted, so the full-width layer V pays here as
    // in the strips below: float32 2048x2048:F sum_axis0 0.36 ms on V against 0.56 ms on V256.
    // The float64 trees are mostly shuffles, which take the short-row trees' layer (RowTreeV):
    // float64 2048x2048:F sum_axis0 1.14 ms on V256 against 1.20 ms on V (Zen 4, medians of 5
    // interleaved runs).
    using WC = std::conditional_t<std::is_same_v<T, float>, V, typename RowTreeLayer<W>::type>;
    constexpr int dc = WC::Lanes();
    constexpr int nv = dc >= 8 ? 1 : 8 / dc;
    for (; nc >= nv * dc; c0 += nv * dc, nc -= nv * dc, out += nv * dc) {
      SumColsDownContig<T, WC, nv>(in, c0, out);
    }
    for (; nc >= d; c0 += d, nc -= d, out += d) SumColsDownContig<T, W, 1>(in, c0, out);
    for (int64_t j = 0; j < nc; ++j) out[j] = SumColumn<T>(in, c0 + j);
    return;
  }
  if (down) {
    for (; nc >= 4 * d; c0 += 4 * d, nc -= 4 * d, out += 4 * d) SumColsDown<T, W, 4>(in, c0, out);
    for (; nc >= d; c0 += d, nc -= d, out += d) SumColsDown<T, W, 1>(in, c0, out);
    for (int64_t j = 0; j < nc; ++j) out[j] = SumColumn<T>(in, c0 + j);
    return;
  }
  if (in.cs == 1 && nc > d && nc < 4 * d && nc % d != 0) {
    // Up to 4 vectors, the last one overlapping the one before: one pass over the rows (5 or 7
    // float32 columns took 12 and 27 ms for 4194304 rows as a vector and a strip pass).
    SumNarrowShiftedCols<T, W>(in, c0, nc, out);
    return;
  }
  if (in.cs == 1 && nc >= d && nc <= 4 * d) {
    // Up to 4 whole vectors of columns in registers; any remaining columns below.
    const int nv = static_cast<int>(nc / d);
    if (nv == 1) SumNarrowCols<T, W, 1>(in, c0, out);
    if (nv == 2) SumNarrowCols<T, W, 2>(in, c0, out);
    if (nv == 3) SumNarrowCols<T, W, 3>(in, c0, out);
    if (nv == 4) SumNarrowCols<T, W, 4>(in, c0, out);
    c0 += nv * d;
    nc -= nv * d;
    out += nv * d;
    if (nc == 0) return;
  }
  if (in.cs == 1 && nc < d) {
    // Fewer columns than W's lanes (4 int32 columns on AVX-512's 8 float64 lanes): one or two
    // vectors of the narrower short-row layer, where it is narrower, keep them in registers
    // too, in one pass; a second vector starts at the last column's group, overlapping the
    // first (a column in both gets the same bits twice). The per-element blocks of the strips
    // below took 31 ms for int32 4194304x4 mean_axis0 (1.9-2.0 ms this way) and 14.8 ms for
    // float64 4194304x5.
    using WN = typename RowTreeLayer<W>::type;
    constexpr int dn = WN::Lanes();
    if (dn < d && nc >= dn && nc <= 2 * dn) {
      SumNarrowLayerCols<T, WN>(in, c0, nc, out);
      return;
    }
  }
  if (in.cs == 1 && in.rs == in.cols &&
      nc * static_cast<int64_t>(sizeof(StageT<T>)) <= kStagedRowBytes) {
    SumColsStaged<T>(in, c0, nc, out);
    return;
  }
#endif
  // The strips run on the full-width layer V even for float32 (not SumV's narrower F32Sum layer):
  // their float32 blocks convert once per 8 elements, so the wide conversions no longer limit
  // them. float32 2048x2048 mean_axis0 on Zen 4, medians of 8 interleaved runs: 0.300 ms with
  // V (512-bit), 0.317 ms with V256, 0.327 ms before the float32 blocks.
  // acc1: the current superblock, acc2: the sum of the finished ones. Neither is initialized:
  // the first block of a superblock is stored (-0.0 + x == x) and the first finished superblock
  // is copied, so a strip of few rows costs no accumulator passes beyond its blocks.
  alignas(64) double acc1_buf[kMaxStrip + kPageSlack];
  alignas(64) double acc2[kMaxStrip];
  // One superblock (few rows): its blocks add straight into out, which then needs no copy
  // (float32 64x100000 sum_axis0 0.94 -> 0.89 ms, float64 16x1048576 6.69 -> 6.24 ms, medians of
  // 7 interleaved runs); more rows keep acc1 half a page from the input (4K aliasing).
  double* const acc1 = in.rows <= kRowBlock * kBlocksPerSuper
                           ? out
                           : HalfPageFrom(acc1_buf, At<T>(in, 0, c0));
  int in_super = 0;
  bool flushed = false;
  for (int64_t i0 = 0; i0 < in.rows; i0 += kRowBlock) {
    const int nrows = static_cast<int>(in.rows - i0 < kRowBlock ? in.rows - i0 : kRowBlock);
    const T* p[kRowBlock];
    const bool first = in_super == 0;
    if (in.cs == 1) {
      for (int k = 0; k < kRowBlock; ++k) p[k] = k < nrows ? At<T>(in, i0 + k, c0) : Identity<T>();
      if (first) {
        AccumulateBlock<T, V, true>(p, nc, acc1);
      } else {
        AccumulateBlock<T, V>(p, nc, acc1);
      }
    } else {
      for (int k = 0; k < kRowBlock; ++k) p[k] = At<T>(in, i0 + (k < nrows ? k : 0), c0);
      if (first) {
        AccumulateBlockStrided<T, W, true>(p, nrows, nc, in.cs, acc1);
      } else {
        AccumulateBlockStrided<T, W>(p, nrows, nc, in.cs, acc1);
      }
    }
    if (++in_super == kBlocksPerSuper) {
      if (flushed) {
        for (int64_t j = 0; j < nc; ++j) acc2[j] += acc1[j];
      } else {
        std::memcpy(acc2, acc1, static_cast<size_t>(nc) * sizeof(double));
      }
      flushed = true;
      in_super = 0;
    }
  }
  // One loop per case, not a select per column: GCC at -O2 does not unswitch loops, and the
  // select kept this loop scalar, 11% of float64 16x1048576 sum_axis0.
  if (!flushed) {
    if (acc1 != out) std::memcpy(out, acc1, static_cast<size_t>(nc) * sizeof(double));
  } else if (in_super == 0) {
    std::memcpy(out, acc2, static_cast<size_t>(nc) * sizeof(double));
  } else {
    for (int64_t j = 0; j < nc; ++j) out[j] = acc2[j] + acc1[j];
  }
}

// ---------------------------------------------------------------------------------------------
// Min/max, exact integer sums and the elementwise kernels live in their own textual headers.

#include "kernels/internal/minmax_isum-inl.h"  // NOLINT(build/include)
#include "kernels/internal/elementwise-inl.h"  // NOLINT(build/include)
#include "kernels/internal/means-inl.h"        // NOLINT(build/include)

// ---------------------------------------------------------------------------------------------

#define RAPTORS_PER_DTYPE(fn) {&fn<float>, &fn<double>, &fn<int32_t>, &fn<int64_t>}

#if defined(RAPTORS_WIDE_ELEMENTWISE)
KernelTable MakeTable() {
  // The reductions' entries stay null: the caller takes them from the ISA's full table.
  const KernelTable e = {
      RAPTORS_ISA_ENUM, {}, {}, {}, {}, {}, {}, {}, {}, {},
      RAPTORS_PER_DTYPE(AddK),
      RAPTORS_PER_DTYPE(ScaleK),
      RAPTORS_PER_DTYPE(AddRowK),
      RAPTORS_PER_DTYPE(AddColK),
      {},
      EV<float>::Lanes() * 32,
  };
  return e;
}
#else
KernelTable MakeTable() {
  KernelTable t = {
      RAPTORS_ISA_ENUM,
      RAPTORS_PER_DTYPE(SumFlat),
      RAPTORS_PER_DTYPE(SumRows),
      RAPTORS_PER_DTYPE(SumCols),
      {&ISumFlat<int32_t>, &ISumFlat<int64_t>},
      {&ISumRows<int32_t>, &ISumRows<int64_t>},
      {&ISumCols<int32_t>, &ISumCols<int64_t>},
      RAPTORS_PER_DTYPE(MinMaxFlat),
      RAPTORS_PER_DTYPE(MinMaxRows),
      RAPTORS_PER_DTYPE(MinMaxCols),
      RAPTORS_PER_DTYPE(AddK),
      RAPTORS_PER_DTYPE(ScaleK),
      RAPTORS_PER_DTYPE(AddRowK),
      RAPTORS_PER_DTYPE(AddColK),
      {&Means<float>, &Means<double>},
      EV<float>::Lanes() * 32,
  };
  return t;
}
#endif

#undef RAPTORS_PER_DTYPE

}  // namespace
}  // namespace RAPTORS_NS

namespace internal {
const KernelTable* RAPTORS_TABLE_FN() {
  static const KernelTable table = RAPTORS_NS::MakeTable();
  return &table;
}
}  // namespace internal
}  // namespace raptors
