// Min/max reductions (all dtypes, exact and order-free) and exact integer sums, for one ISA.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design): included inside
// raptors::RAPTORS_NS after the float-sum kernels, so it sees At<T>, kMaxStrip and Strided.
// Both work in the element type through the native layer NV<T> (vec_native-inl.h): min/max of
// float32 at 16 lanes on AVX-512 instead of converting to float64 first; integer sums add int64
// lanes (int32 sign-extended on load). Any order of evaluation gives the same bits, so the
// kernels unroll freely with independent accumulators; tails are partial (masked or predicated
// where the ISA has it) vectors.

#include "kernels/internal/vec_native-inl.h"  // NOLINT(build/include)

template <class T>
inline constexpr bool kIsFloat = std::numeric_limits<T>::is_iec559;

// True when rows r0 .. r0+nr-1 of `in` are one contiguous run of nr * cols elements.
template <class View>
inline bool ContiguousRows(const View& in, int64_t nr) {
  return (in.cs == 1 || in.cols == 1) && (nr == 1 || in.rs == in.cols);
}

// ---------------------------------------------------------------------------------------------
// Min / max (exact, order-free): NaN wins (canonical quiet NaN), -0.0 < +0.0.

template <class T, bool kMax>
struct MM {
  using N = NV<T>;
  using W = typename N::W;
  static W Vec(W acc, W x) {
    if constexpr (kIsFloat<T>) {
      return kMax ? N::MaxP(acc, x) : N::MinP(acc, x);
    } else {
      return kMax ? N::Max(acc, x) : N::Min(acc, x);
    }
  }
  static T One(T acc, T x) {
    if constexpr (kIsFloat<T>) {
      if (x != x) return x;
      if (acc != acc) return acc;
      if (acc == x) {  // equal zeros of either sign: OR (min) / AND (max) of the bits
        using U = typename NVBits<T>::U;
        U a, b;
        std::memcpy(&a, &acc, sizeof(T));
        std::memcpy(&b, &x, sizeof(T));
        a = kMax ? (a & b) : (a | b);
        std::memcpy(&acc, &a, sizeof(T));
        return acc;
      }
    }
    return (x < acc) != kMax ? x : acc;
  }
  static T Canonical(T v) {
    if constexpr (kIsFloat<T>) {
      if (v != v) return std::numeric_limits<T>::quiet_NaN();
    }
    return v;
  }
};

// Whether a run with this element stride is read as whole vectors with every stride-th lane
// selected (reading the elements in between too, as any cache line would): small powers of two.
inline bool MaskedStride(int64_t stride, int lanes) {
  return stride > 1 && (stride & (stride - 1)) == 0 && stride <= lanes && lanes % stride == 0;
}

// The view with rows and columns swapped (order-free reductions of one are those of the other).
inline Strided Transposed(const Strided& in) { return {in.data, in.cols, in.rows, in.cs, in.rs}; }

// True when columns, not rows, are the contiguous runs.
inline bool ColumnMajor(const Strided& in) { return in.rs == 1 && in.cs != 1 && in.rows > 1; }

// Running min/max r of x[0], x[stride], ..., x[(n-1)*stride].
template <class T, bool kMax>
T MinMaxSeq(const T* x, int64_t n, int64_t stride, T r) {
  using M = MM<T, kMax>;
  using N = NV<T>;
  const int d = N::Lanes();
  const bool masked = MaskedStride(stride, d);
  if ((stride != 1 && !masked) || n * stride < 2 * d) {
    for (int64_t k = 0; k < n; ++k) r = M::One(r, x[k * stride]);
    return r;
  }
  // Min/max are idempotent, so every accumulator may start at r and unselected lanes, tails
  // included, may be replaced by r.
  const auto rv = N::Set(r);
  auto a0 = rv, a1 = rv, a2 = rv, a3 = rv;
  const int64_t span = (n - 1) * stride + 1;
  int64_t k = 0;
  if (!masked) {
    for (; k + 4 * d <= span; k += 4 * d) {
      a0 = M::Vec(a0, N::Load(x + k));
      a1 = M::Vec(a1, N::Load(x + k + d));
      a2 = M::Vec(a2, N::Load(x + k + 2 * d));
      a3 = M::Vec(a3, N::Load(x + k + 3 * d));
    }
    for (; k + d <= span; k += d) a0 = M::Vec(a0, N::Load(x + k));
    if (k < span) a1 = M::Vec(a1, N::LoadN(x + k, static_cast<int>(span - k), r));
  } else {
    const auto m = N::EveryMask(static_cast<int>(stride));
    for (; k + 4 * d <= span; k += 4 * d) {
      a0 = M::Vec(a0, N::Select(m, N::Load(x + k), rv));
      a1 = M::Vec(a1, N::Select(m, N::Load(x + k + d), rv));
      a2 = M::Vec(a2, N::Select(m, N::Load(x + k + 2 * d), rv));
      a3 = M::Vec(a3, N::Select(m, N::Load(x + k + 3 * d), rv));
    }
    for (; k + d <= span; k += d) a0 = M::Vec(a0, N::Select(m, N::Load(x + k), rv));
    if (k < span) a1 = M::Vec(a1, N::Select(m, N::LoadN(x + k, static_cast<int>(span - k), r), rv));
  }
  a0 = M::Vec(M::Vec(a0, a1), M::Vec(a2, a3));
  alignas(64) T lanes[256 / sizeof(T)];  // SVE vectors are at most 256 bytes
  N::Store(lanes, a0);
  for (int l = 0; l < d; ++l) r = M::One(r, lanes[l]);
  return r;
}

template <class T, bool kMax>
void MinMaxFlatT(const Strided& in, int64_t r0, int64_t nr, void* result) {
  using M = MM<T, kMax>;
  T r = *At<T>(in, r0, 0);
  if (ContiguousRows(in, nr)) {
    r = MinMaxSeq<T, kMax>(At<T>(in, r0, 0), nr * in.cols, 1, r);
  } else if (ColumnMajor(in)) {
    for (int64_t j = 0; j < in.cols; ++j) r = MinMaxSeq<T, kMax>(At<T>(in, r0, j), nr, 1, r);
  } else {
    for (int64_t i = r0; i < r0 + nr; ++i) r = MinMaxSeq<T, kMax>(At<T>(in, i, 0), in.cols, in.cs, r);
  }
  *static_cast<T*>(result) = M::Canonical(r);
}

template <class T>
void MinMaxFlat(bool is_max, const Strided& in, int64_t r0, int64_t nr, void* result) {
  is_max ? MinMaxFlatT<T, true>(in, r0, nr, result) : MinMaxFlatT<T, false>(in, r0, nr, result);
}

template <class T, bool kMax>
void MinMaxColsT(const Strided& in, int64_t c0, int64_t nc, T* out);

template <class T, bool kMax>
void MinMaxRowsT(const Strided& in, int64_t r0, int64_t nr, T* o) {
  using M = MM<T, kMax>;
  if (ColumnMajor(in)) return MinMaxColsT<T, kMax>(Transposed(in), r0, nr, o);
  for (int64_t r = 0; r < nr; ++r) {
    const T* row = At<T>(in, r0 + r, 0);
    o[r] = M::Canonical(MinMaxSeq<T, kMax>(row, in.cols, in.cs, row[0]));
  }
}

template <class T>
void MinMaxRows(bool is_max, const Strided& in, int64_t r0, int64_t nr, void* out) {
  T* o = static_cast<T*>(out);
  is_max ? MinMaxRowsT<T, true>(in, r0, nr, o) : MinMaxRowsT<T, false>(in, r0, nr, o);
}

// Columns c0 .. c0+nc-1 into out[0..nc) (the caller's L1-sized strip): 8 rows per pass over the
// strip, so each accumulator vector is loaded and stored once per 8 rows.
template <class T, bool kMax>
void MinMaxColsT(const Strided& in, int64_t c0, int64_t nc, T* out) {
  using M = MM<T, kMax>;
  using N = NV<T>;
  const int d = N::Lanes();
  if (ColumnMajor(in)) return MinMaxRowsT<T, kMax>(Transposed(in), c0, nc, out);
  const T* first = At<T>(in, 0, c0);
  for (int64_t j = 0; j < nc; ++j) out[j] = first[j * in.cs];
  int64_t i = 1;
  if (in.cs == 1) {
    for (; i + 8 <= in.rows; i += 8) {
      const T* p[8];
      for (int k = 0; k < 8; ++k) p[k] = At<T>(in, i + k, c0);
      int64_t j = 0;
      for (; j + d <= nc; j += d) {
        auto a = M::Vec(N::Load(out + j), N::Load(p[0] + j));
        auto b = M::Vec(N::Load(p[1] + j), N::Load(p[2] + j));
        a = M::Vec(a, M::Vec(N::Load(p[3] + j), N::Load(p[4] + j)));
        b = M::Vec(b, M::Vec(N::Load(p[5] + j), N::Load(p[6] + j)));
        N::Store(out + j, M::Vec(M::Vec(a, b), N::Load(p[7] + j)));
      }
      if (j < nc) {  // lanes past the tail are zeros; they are never stored
        const int t = static_cast<int>(nc - j);
        auto a = N::LoadN(out + j, t, T{});
        for (int k = 0; k < 8; ++k) a = M::Vec(a, N::LoadN(p[k] + j, t, T{}));
        N::StoreN(out + j, a, t);
      }
    }
    for (; i < in.rows; ++i) {
      const T* row = At<T>(in, i, c0);
      int64_t j = 0;
      for (; j + d <= nc; j += d) N::Store(out + j, M::Vec(N::Load(out + j), N::Load(row + j)));
      for (; j < nc; ++j) out[j] = M::One(out[j], row[j]);
    }
  } else {
    for (; i < in.rows; ++i) {
      const T* row = At<T>(in, i, c0);
      for (int64_t j = 0; j < nc; ++j) out[j] = M::One(out[j], row[j * in.cs]);
    }
  }
  for (int64_t j = 0; j < nc; ++j) out[j] = M::Canonical(out[j]);
}

template <class T>
void MinMaxCols(bool is_max, const Strided& in, int64_t c0, int64_t nc, void* out) {
  T* o = static_cast<T*>(out);
  is_max ? MinMaxColsT<T, true>(in, c0, nc, o) : MinMaxColsT<T, false>(in, c0, nc, o);
}

// ---------------------------------------------------------------------------------------------
// Exact integer sums, modulo 2^64: int64 lanes (NV<int64_t>), int32 sign-extended on load.

template <class T>
inline uint64_t ISumRow(const T* x, int64_t n, int64_t stride) {
  uint64_t s = 0;
  using N = NV<int64_t>;
  const int d = N::Lanes();
  const bool masked = MaskedStride(stride, d);
  if ((stride != 1 && !masked) || n * stride < 2 * d) {
    for (int64_t j = 0; j < n; ++j) s += static_cast<uint64_t>(static_cast<int64_t>(x[j * stride]));
    return s;
  }
  const auto zero = N::Set(0);
  auto a0 = zero, a1 = zero, a2 = zero, a3 = zero;
  const int64_t span = (n - 1) * stride + 1;
  int64_t k = 0;
  if (!masked) {
    for (; k + 4 * d <= span; k += 4 * d) {
      a0 = N::Add(a0, LoadI64(x + k));
      a1 = N::Add(a1, LoadI64(x + k + d));
      a2 = N::Add(a2, LoadI64(x + k + 2 * d));
      a3 = N::Add(a3, LoadI64(x + k + 3 * d));
    }
    for (; k + d <= span; k += d) a0 = N::Add(a0, LoadI64(x + k));
    if (k < span) a1 = N::Add(a1, LoadI64N(x + k, static_cast<int>(span - k)));
  } else {  // lanes between the selected ones add 0
    const auto m = N::EveryMask(static_cast<int>(stride));
    for (; k + 4 * d <= span; k += 4 * d) {
      a0 = N::Add(a0, N::Select(m, LoadI64(x + k), zero));
      a1 = N::Add(a1, N::Select(m, LoadI64(x + k + d), zero));
      a2 = N::Add(a2, N::Select(m, LoadI64(x + k + 2 * d), zero));
      a3 = N::Add(a3, N::Select(m, LoadI64(x + k + 3 * d), zero));
    }
    for (; k + d <= span; k += d) a0 = N::Add(a0, N::Select(m, LoadI64(x + k), zero));
    if (k < span) a1 = N::Add(a1, N::Select(m, LoadI64N(x + k, static_cast<int>(span - k)), zero));
  }
  a0 = N::Add(N::Add(a0, a1), N::Add(a2, a3));
  alignas(64) int64_t lanes[32];
  N::Store(lanes, a0);
  for (int l = 0; l < d; ++l) s += static_cast<uint64_t>(lanes[l]);
  return s;
}

template <class T>
int64_t ISumFlat(const Strided& in, int64_t r0, int64_t nr) {
  if (ContiguousRows(in, nr)) return static_cast<int64_t>(ISumRow<T>(At<T>(in, r0, 0), nr * in.cols, 1));
  uint64_t s = 0;
  if (ColumnMajor(in)) {
    for (int64_t j = 0; j < in.cols; ++j) s += ISumRow<T>(At<T>(in, r0, j), nr, 1);
    return static_cast<int64_t>(s);
  }
  for (int64_t i = r0; i < r0 + nr; ++i) s += ISumRow<T>(At<T>(in, i, 0), in.cols, in.cs);
  return static_cast<int64_t>(s);
}

template <class T>
void ISumCols(const Strided& in, int64_t c0, int64_t nc, int64_t* out);

template <class T>
void ISumRows(const Strided& in, int64_t r0, int64_t nr, int64_t* out) {
  if (ColumnMajor(in)) return ISumCols<T>(Transposed(in), r0, nr, out);
  for (int64_t r = 0; r < nr; ++r) {
    out[r] = static_cast<int64_t>(ISumRow<T>(At<T>(in, r0 + r, 0), in.cols, in.cs));
  }
}

// Columns c0 .. c0+nc-1 into out[0..nc) (an L1-sized strip), 8 rows per pass over the strip.
template <class T>
void ISumCols(const Strided& in, int64_t c0, int64_t nc, int64_t* out) {
  using N = NV<int64_t>;
  const int d = N::Lanes();
  if (ColumnMajor(in)) return ISumRows<T>(Transposed(in), c0, nc, out);
  for (int64_t j = 0; j < nc; ++j) out[j] = 0;
  int64_t i = 0;
  if (in.cs == 1) {
    for (; i + 8 <= in.rows; i += 8) {
      const T* p[8];
      for (int k = 0; k < 8; ++k) p[k] = At<T>(in, i + k, c0);
      int64_t j = 0;
      for (; j + d <= nc; j += d) {
        auto a = N::Add(LoadI64(p[0] + j), LoadI64(p[1] + j));
        auto b = N::Add(LoadI64(p[2] + j), LoadI64(p[3] + j));
        a = N::Add(a, N::Add(LoadI64(p[4] + j), LoadI64(p[5] + j)));
        b = N::Add(b, N::Add(LoadI64(p[6] + j), LoadI64(p[7] + j)));
        N::Store(out + j, N::Add(N::Load(out + j), N::Add(a, b)));
      }
      if (j < nc) {
        const int t = static_cast<int>(nc - j);
        auto a = N::LoadN(out + j, t, 0);
        for (int k = 0; k < 8; ++k) a = N::Add(a, LoadI64N(p[k] + j, t));
        N::StoreN(out + j, a, t);
      }
    }
  }
  for (; i < in.rows; ++i) {
    const T* row = At<T>(in, i, c0);
    for (int64_t j = 0; j < nc; ++j) {
      out[j] = static_cast<int64_t>(static_cast<uint64_t>(out[j]) +
                                    static_cast<uint64_t>(static_cast<int64_t>(row[j * in.cs])));
    }
  }
}
