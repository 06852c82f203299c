// Min/max reductions (all dtypes, exact and order-free) and exact integer sums, for one ISA.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design): included inside
// raptors::RAPTORS_NS after the float-sum kernels, so it sees At<T>, kMaxStrip, Strided and the
// native layer NV<T> (vec_native-inl.h). Both work in the element type: min/max of
// float32 at 16 lanes on AVX-512 instead of converting to float64 first; integer sums add int64
// lanes (int32 sign-extended on load). Any order of evaluation gives the same bits, so the
// kernels unroll freely with independent accumulators; tails are partial (masked or predicated
// where the ISA has it) vectors.

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

// out[0..n) with every NaN replaced by the canonical quiet NaN, whole vectors at a time.
template <class T>
void CanonicalizeNaNs(T* out, int64_t n) {
  if constexpr (kIsFloat<T>) {
    using N = NV<T>;
    const int d = N::Lanes();
    const auto qnan = N::Set(std::numeric_limits<T>::quiet_NaN());
    int64_t j = 0;
    for (; j + d <= n; j += d) {
      const auto v = N::Load(out + j);
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_sve
      N::Store(out + j, N::Select(svcmpuo(N::All(), v, v), qnan, v));
#else
      N::Store(out + j, N::Select(v != v, qnan, v));
#endif
    }
    for (; j < n; ++j) out[j] = MM<T, false>::Canonical(out[j]);
  }
}

// Whether a run with this element stride is read as whole vectors with every stride-th lane
// selected (reading the elements in between too, as any cache line would): small powers of two.
inline bool MaskedStride(int64_t stride, int lanes) {
  return stride > 1 && (stride & (stride - 1)) == 0 && stride <= lanes && lanes % stride == 0;
}

// The view with rows and columns swapped (order-free reductions of one are those of the other).
inline Strided Transposed(const Strided& in) { return {in.data, in.cols, in.rows, in.cs, in.rs}; }

// True when columns, not rows, are the contiguous runs.
inline bool ColumnMajor(const Strided& in) { return in.rs == 1 && in.cs != 1 && in.rows > 1; }

// Lanes 0, 2, 4, ... (kOdd: 1, 3, 5, ...) of the concatenation of a and b.
template <class T, bool kOdd>
typename NV<T>::W Unzip(typename NV<T>::W a, typename NV<T>::W b) {
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_sve
  if constexpr (kOdd) {
    return svuzp2(a, b);
  } else {
    return svuzp1(a, b);
  }
#elif RAPTORS_NV_ISA == RAPTORS_NV_ISA_scalar
  return kOdd ? b : a;  // one lane: never called
#else
  typename NV<T>::IW idx;
  for (int l = 0; l < NV<T>::kN; ++l) idx[l] = 2 * l + (kOdd ? 1 : 0);
  return __builtin_shuffle(a, b, idx);
#endif
}

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
    if (stride == 2) {  // the even lanes of two vectors make one full vector
      const auto even = [&](int64_t i) { return Unzip<T, false>(N::Load(x + i), N::Load(x + i + d)); };
      for (; k + 8 * d <= span; k += 8 * d) {
        a0 = M::Vec(a0, even(k));
        a1 = M::Vec(a1, even(k + 2 * d));
        a2 = M::Vec(a2, even(k + 4 * d));
        a3 = M::Vec(a3, even(k + 6 * d));
      }
    }
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

// Rows short enough that reducing each one to a scalar would cost more than reading it, for the
// order-free reductions (Op: MinMaxOp, ISumOp). The d = Lanes() rows of a group are reduced
// together by unzipping pairs, [a | b] -> [a's lanes folded | b's lanes folded], in a binary
// counter whose level-j entries hold 2^j rows of d >> j partial values each, in row order:
// after the group one vector holds its d results, in order.
// - Contiguous rows whose length n divides d (4194304x4): a whole vector holds d / n rows of n
//   values, which is a level-log2(d / n) entry as loaded, so the group is n loads and log2(n)
//   levels of merges.
// - Other rows of n <= kShortRowVectors * d elements: each row is folded into one vector (a
//   partial vector padded with Op's filler: the row's first element for min/max, which are
//   idempotent, 0 for sums) and enters at level 0. A last group short of d rows repeats its last
//   row, whose repeated results are not written.
// Integer sums of rows shorter than two vectors were added one element at a time before, and
// min/max rows of 4 entered the counter one partial vector per row (Zen 4, 4194304x4, medians
// of 5 interleaved runs): int64 sum_axis1 14.6 -> 7.3 ms, int32 14.5 -> 4.6 ms, float64
// max_axis1 15.4 -> 8.1 ms, float32 15.1 -> 4.1 ms, int32 10.8 -> 3.7 ms.
inline constexpr int kShortRowVectors = 8;

template <class T, bool kMax>
struct MinMaxOp {
  using E = T;  // lane type
  using N = NV<T>;
  static typename N::W Load(const T* p) { return N::Load(p); }
  static typename N::W LoadN(const T* p, int n, const T* row) { return N::LoadN(p, n, row[0]); }
  static typename N::W Combine(typename N::W a, typename N::W b) { return MM<T, kMax>::Vec(a, b); }
  static void Finish(T* o, int64_t n) { CanonicalizeNaNs(o, n); }
};

template <class T>
struct ISumOp {  // int64 lanes; int32 elements sign-extended on load
  using E = int64_t;
  using N = NV<int64_t>;
  static typename N::W Load(const T* p) { return LoadI64(p); }
  static typename N::W LoadN(const T* p, int n, const T*) { return LoadI64N(p, n); }
  static typename N::W Combine(typename N::W a, typename N::W b) { return N::Add(a, b); }
  static void Finish(int64_t*, int64_t) {}
};

// Enters v, rows [l, l + 2^level) at level `level`, into the counter stk; returns its new top.
template <class Op>
inline int ShortRowsPush(typename Op::N::W v, int64_t l, int level, typename Op::E* stk) {
  using E = typename Op::E;
  const int d = Op::N::Lanes();
  for (int64_t c = l >> level; c & 1; c >>= 1, ++level) {
    const auto left = Op::N::Load(stk + level * d);
    v = Op::Combine(Unzip<E, false>(left, v), Unzip<E, true>(left, v));
  }
  Op::N::Store(stk + level * d, v);
  return level;
}

template <class Op, class T>
void ShortRows(const T* first, int64_t rs, int64_t n, int64_t nr, typename Op::E* o) {
  using N = typename Op::N;
  const int d = N::Lanes();
  alignas(64) typename Op::E stk[7 * 64];  // a vector per level: Lanes() <= 64, so 7 levels
  int64_t r0 = 0;
  if (rs == n && d % n == 0) {
    int l0 = 0;  // log2(d / n)
    while ((n << l0) < d) ++l0;
    const int64_t per = d / n;  // rows per vector
    for (; r0 + d <= nr; r0 += d) {
      const T* p = first + r0 * n;
      int top = 0;
      for (int64_t k = 0; k < n; ++k) top = ShortRowsPush<Op>(Op::Load(p + k * d), k * per, l0, stk);
      N::Store(o + r0, N::Load(stk + top * d));
    }
  }
  for (; r0 < nr; r0 += d) {
    int top = 0;
    for (int l = 0; l < d; ++l) {
      const T* row = first + std::min<int64_t>(r0 + l, nr - 1) * rs;
      auto v = n >= d ? Op::Load(row) : Op::LoadN(row, static_cast<int>(n), row);
      int64_t k = d;
      for (; k + d <= n; k += d) v = Op::Combine(v, Op::Load(row + k));
      if (k < n) v = Op::Combine(v, Op::LoadN(row + k, static_cast<int>(n - k), row));
      top = ShortRowsPush<Op>(v, l, 0, stk);
    }
    const int64_t m = std::min<int64_t>(d, nr - r0);
    for (int64_t k = 0; k < m; ++k) o[r0 + k] = stk[top * d + k];
  }
  Op::Finish(o, nr);
}

template <class T, bool kMax>
void MinMaxRowsT(const Strided& in, int64_t r0, int64_t nr, T* o) {
  using M = MM<T, kMax>;
  if (ColumnMajor(in)) return MinMaxColsT<T, kMax>(Transposed(in), r0, nr, o);
  if (NV<T>::Lanes() > 1 && in.cs == 1 && in.cols > 0 &&
      in.cols <= kShortRowVectors * NV<T>::Lanes()) {
    return ShortRows<MinMaxOp<T, kMax>>(At<T>(in, r0, 0), in.rs, in.cols, nr, o);
  }
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

// Rows combined in registers per pass of the axis-0 min/max and integer-sum kernels over their
// strip (a blocking choice: these results do not depend on it).
inline constexpr int kPassRows = 8;

// One pass of up to kPassRows rows over the strip out[0..nc): rows p[0..8) combined in registers,
// then with out (kAcc) or into it (first pass: out is written, never read). Min/max are
// idempotent, so a short block repeats its last row (L1 hits) and every pass is 8 rows wide.
template <class T, bool kMax, bool kAcc, int kStride = 1>
void MinMaxPass(const T* const* p, int64_t nc, T* out) {
  using M = MM<T, kMax>;
  using N = NV<T>;
  const int d = N::Lanes();
  const auto rows8 = [&](auto a, int64_t j, auto load) {
#pragma GCC unroll 8
    for (int k = kAcc ? 0 : 1; k < kPassRows; ++k) a = M::Vec(a, load(p[k] + kStride * j));
    return a;
  };
  // Every other column (kStride 2): the even lanes of a vector pair, whose second vector reaches
  // one element past the last even one, so vectors stop a lane short of the strip's end.
  const auto load = [d](const T* q) {
    if constexpr (kStride == 1) {
      return N::Load(q);
    } else {
      return Unzip<T, false>(N::Load(q), N::Load(q + d));
    }
  };
  const int64_t end = kStride == 1 ? nc : nc - 1;
  int64_t j = 0;
  for (; j + 2 * d <= end; j += 2 * d) {
    const auto a = rows8(kAcc ? N::Load(out + j) : load(p[0] + kStride * j), j, load);
    const auto b = rows8(kAcc ? N::Load(out + j + d) : load(p[0] + kStride * (j + d)), j + d, load);
    N::Store(out + j, a);
    N::Store(out + j + d, b);
  }
  if (j + d <= end) {
    N::Store(out + j, rows8(kAcc ? N::Load(out + j) : load(p[0] + kStride * j), j, load));
    j += d;
  }
  if constexpr (kStride != 1) {
    for (; j < nc; ++j) {
      T r = kAcc ? out[j] : p[0][kStride * j];
      for (int k = kAcc ? 0 : 1; k < kPassRows; ++k) r = M::One(r, p[k][kStride * j]);
      out[j] = r;
    }
  } else if (j < nc) {  // lanes past the tail are zeros; they are never stored
    const int t = static_cast<int>(nc - j);
    const auto loadn = [t](const T* q) { return N::LoadN(q, t, T{}); };
    N::StoreN(out + j, rows8(kAcc ? loadn(out + j) : loadn(p[0] + j), j, loadn), t);
  }
}

// All columns of a C-contiguous view whose column count divides the vector width (4194304x4):
// the rows form one run in which lane l always holds column l % cols, so one stream of whole
// vectors is combined lane-wise and the lanes are then folded per column; the last partial
// vector's elements are added one by one. Min/max are exact, so this order gives the same
// result. False when the view does not qualify.
template <class T, bool kMax>
bool MinMaxPeriodicCols(const Strided& in, int64_t c0, int64_t nc, T* out) {
  using M = MM<T, kMax>;
  using N = NV<T>;
  const int d = N::Lanes();
  const int64_t n = in.rows * nc;
  if (c0 != 0 || nc != in.cols || in.cs != 1 || (in.rows > 1 && in.rs != in.cols) ||
      d % nc != 0 || n < 4 * d) {
    return false;
  }
  const T* x = At<T>(in, 0, 0);
  auto a0 = N::Load(x), a1 = N::Load(x + d), a2 = N::Load(x + 2 * d), a3 = N::Load(x + 3 * d);
  int64_t k = 4 * d;
  for (; k + 4 * d <= n; k += 4 * d) {
    a0 = M::Vec(a0, N::Load(x + k));
    a1 = M::Vec(a1, N::Load(x + k + d));
    a2 = M::Vec(a2, N::Load(x + k + 2 * d));
    a3 = M::Vec(a3, N::Load(x + k + 3 * d));
  }
  for (; k + d <= n; k += d) a0 = M::Vec(a0, N::Load(x + k));
  a0 = M::Vec(M::Vec(a0, a1), M::Vec(a2, a3));
  alignas(64) T lanes[256 / sizeof(T)];  // SVE vectors are at most 256 bytes
  N::Store(lanes, a0);
  for (int64_t j = 0; j < nc; ++j) out[j] = lanes[j];
  for (int l = static_cast<int>(nc); l < d; ++l) out[l % nc] = M::One(out[l % nc], lanes[l]);
  for (; k < n; ++k) out[k % nc] = M::One(out[k % nc], x[k]);
  CanonicalizeNaNs(out, nc);
  return true;
}

// Joined-up rows of more than a cache line and at most kStagedRowBytes, in memory order: each
// row is one run combined into acc (three quarters of a page from the input, as the float
// sums' staging), which the last row's pass writes to out. The 8-row passes below read such
// rows as 8 short streams per pass (see kStagedRowBytes); rows of one line are one run either
// way. Zen 4, medians of 5 interleaved runs: float64 100000x100 min_axis0 9.1 -> 3.0 ms, int64
// sum_axis0 10.1 -> 2.9 ms, int32 4.7 -> 1.9 ms, float64 1048576x16 min_axis0 7.1 -> 5.7 ms.
template <class Op, class T>
void RowOrderCols(const T* first, int64_t rs, int64_t rows, int64_t nc, typename Op::E* out) {
  using N = typename Op::N;
  using E = typename Op::E;
  const int d = N::Lanes();
  alignas(64) double buf[kStagedRowBytes / sizeof(double) + kPageSlack];
  E* const acc = reinterpret_cast<E*>(HalfPageFrom(buf, reinterpret_cast<const char*>(first) + 1024));
  const int64_t nv = nc / d * d;
  for (int64_t i = 0; i < rows; ++i) {
    const T* row = first + i * rs;
    E* const dst = i + 1 == rows ? out : acc;
    int64_t j = 0;
    if (i == 0) {
      for (; j < nv; j += d) N::Store(dst + j, Op::Load(row + j));
      if (j < nc) N::StoreN(dst + j, Op::LoadN(row + j, static_cast<int>(nc - j), row), static_cast<int>(nc - j));
    } else {
      for (; j < nv; j += d) N::Store(dst + j, Op::Combine(N::Load(acc + j), Op::Load(row + j)));
      if (j < nc) {
        const int t = static_cast<int>(nc - j);
        N::StoreN(dst + j, Op::Combine(N::LoadN(acc + j, t, E{}), Op::LoadN(row + j, t, row)), t);
      }
    }
  }
  if (rows == 1) return;
  Op::Finish(out, nc);
}

// Columns c0 .. c0+nc-1 into out[0..nc) (the caller's L1-sized strip): one pass over the strip
// per 8 rows, so each output vector is loaded and stored once per 8 rows, and the first pass
// initializes it.
template <class T, bool kMax>
void MinMaxColsT(const Strided& in, int64_t c0, int64_t nc, T* out) {
  using M = MM<T, kMax>;
  if (ColumnMajor(in)) return MinMaxRowsT<T, kMax>(Transposed(in), c0, nc, out);
  if (MinMaxPeriodicCols<T, kMax>(in, c0, nc, out)) return;
  if (NV<T>::Lanes() > 1 && in.cs == 1 && in.rs == in.cols && nc == in.cols && in.rows > 1 &&
      nc * static_cast<int64_t>(sizeof(T)) > 64 &&
      nc * static_cast<int64_t>(sizeof(T)) <= kStagedRowBytes) {
    return RowOrderCols<MinMaxOp<T, kMax>>(At<T>(in, 0, c0), in.rs, in.rows, nc, out);
  }
  if (in.cs == 1 || in.cs == 2) {
    for (int64_t i = 0; i < in.rows; i += kPassRows) {
      const int64_t nb = std::min<int64_t>(kPassRows, in.rows - i);
      const T* p[kPassRows];
      for (int k = 0; k < kPassRows; ++k) p[k] = At<T>(in, i + std::min<int64_t>(k, nb - 1), c0);
      if (in.cs == 1) {
        i == 0 ? MinMaxPass<T, kMax, false>(p, nc, out) : MinMaxPass<T, kMax, true>(p, nc, out);
      } else {
        i == 0 ? MinMaxPass<T, kMax, false, 2>(p, nc, out)
               : MinMaxPass<T, kMax, true, 2>(p, nc, out);
      }
    }
    return CanonicalizeNaNs(out, nc);
  } else {
    const T* first = At<T>(in, 0, c0);
    for (int64_t j = 0; j < nc; ++j) out[j] = first[j * in.cs];
    for (int64_t i = 1; i < in.rows; ++i) {
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
  if (NV<int64_t>::Lanes() > 1 && in.cs == 1 && in.cols > 0 &&
      in.cols <= kShortRowVectors * NV<int64_t>::Lanes()) {
    return ShortRows<ISumOp<T>>(At<T>(in, r0, 0), in.rs, in.cols, nr, out);
  }
  for (int64_t r = 0; r < nr; ++r) {
    out[r] = static_cast<int64_t>(ISumRow<T>(At<T>(in, r0 + r, 0), in.cols, in.cs));
  }
}

// Lanes() int64 values of columns j, j+1, ... of a row with column stride kS (1, or 2: the even
// lanes of two vectors, which read one element past the last column they use).
template <int kS, class T>
inline auto LoadColsI64(const T* q, int64_t j) {
  if constexpr (kS == 1) {
    return LoadI64(q + j);
  } else {
    const int d = NV<int64_t>::Lanes();
    return Unzip<int64_t, false>(LoadI64(q + 2 * j), LoadI64(q + 2 * j + d));
  }
}

// One pass of R rows p[0..R) (column stride kS) over the strip out[0..nc): the rows are added
// in registers, then to out (kAcc) or into it (first pass: out is written, never read).
template <class T, int kS, int R, bool kAcc>
void ISumPass(const T* const* p, int64_t nc, int64_t* out) {
  using N = NV<int64_t>;
  const int d = N::Lanes();
  const auto rows = [&](auto a, int64_t j, auto load) {
#pragma GCC unroll 8
    for (int k = kAcc ? 0 : 1; k < R; ++k) a = N::Add(a, load(p[k], j));
    return a;
  };
  const auto load = [](const T* q, int64_t j) { return LoadColsI64<kS>(q, j); };
  // Stride 2 keeps the last column for the tail, so no load reaches past the row's end.
  const int64_t full = kS == 1 ? nc : nc - 1;
  int64_t j = 0;
  for (; j + 2 * d <= full; j += 2 * d) {
    const auto a = rows(kAcc ? N::Load(out + j) : load(p[0], j), j, load);
    const auto b = rows(kAcc ? N::Load(out + j + d) : load(p[0], j + d), j + d, load);
    N::Store(out + j, a);
    N::Store(out + j + d, b);
  }
  if (j + d <= full) {
    N::Store(out + j, rows(kAcc ? N::Load(out + j) : load(p[0], j), j, load));
    j += d;
  }
  if (j >= nc) return;
  if constexpr (kS == 1) {
    const int t = static_cast<int>(nc - j);
    const auto loadn = [t](const T* q, int64_t i) { return LoadI64N(q + i, t); };
    N::StoreN(out + j, rows(kAcc ? N::LoadN(out + j, t, 0) : loadn(p[0], j), j, loadn), t);
  } else {  // 1 <= t <= Lanes() columns, gathered
    const int64_t t = nc - j;
    const auto gather = [t](const T* q, int64_t i) {
      T g[64] = {};
      for (int64_t u = 0; u < t; ++u) g[u] = q[(i + u) * kS];
      return LoadI64(g);
    };
    alignas(64) int64_t acc[64] = {};
    if (kAcc) std::memcpy(acc, out + j, static_cast<size_t>(t) * sizeof(int64_t));
    N::Store(acc, rows(kAcc ? N::Load(acc) : gather(p[0], j), j, gather));
    std::memcpy(out + j, acc, static_cast<size_t>(t) * sizeof(int64_t));
  }
}

template <class T, int kS, bool kAcc>
void ISumPassRows(int nb, const T* const* p, int64_t nc, int64_t* out) {
  static_assert(kPassRows == 8, "one case per row count");
  switch (nb) {
    case 1: return ISumPass<T, kS, 1, kAcc>(p, nc, out);
    case 2: return ISumPass<T, kS, 2, kAcc>(p, nc, out);
    case 3: return ISumPass<T, kS, 3, kAcc>(p, nc, out);
    case 4: return ISumPass<T, kS, 4, kAcc>(p, nc, out);
    case 5: return ISumPass<T, kS, 5, kAcc>(p, nc, out);
    case 6: return ISumPass<T, kS, 6, kAcc>(p, nc, out);
    case 7: return ISumPass<T, kS, 7, kAcc>(p, nc, out);
    default: return ISumPass<T, kS, 8, kAcc>(p, nc, out);
  }
}

// Columns c0 .. c0+nc-1 into out[0..nc) (an L1-sized strip): one pass over the strip per 8 rows
// (the last pass takes the remaining 1..8), the first pass initializing it. Column strides 1
// and 2 are vectorized.
template <class T>
void ISumCols(const Strided& in, int64_t c0, int64_t nc, int64_t* out) {
  if (ColumnMajor(in)) return ISumRows<T>(Transposed(in), c0, nc, out);
  if (NV<int64_t>::Lanes() > 1 && in.cs == 1 && in.rs == in.cols && nc == in.cols &&
      nc * static_cast<int64_t>(sizeof(T)) > 64 &&
      in.rows > 1 && nc * static_cast<int64_t>(sizeof(int64_t)) <= kStagedRowBytes) {
    return RowOrderCols<ISumOp<T>>(At<T>(in, 0, c0), in.rs, in.rows, nc, out);
  }
  if ((in.cs == 1 || in.cs == 2) && in.rows > 0) {
    for (int64_t i = 0; i < in.rows; i += kPassRows) {
      const int nb = static_cast<int>(std::min<int64_t>(kPassRows, in.rows - i));
      const T* p[kPassRows];
      for (int k = 0; k < nb; ++k) p[k] = At<T>(in, i + k, c0);
      if (in.cs == 1) {
        i == 0 ? ISumPassRows<T, 1, false>(nb, p, nc, out) : ISumPassRows<T, 1, true>(nb, p, nc, out);
      } else {
        i == 0 ? ISumPassRows<T, 2, false>(nb, p, nc, out) : ISumPassRows<T, 2, true>(nb, p, nc, out);
      }
    }
    return;
  }
  for (int64_t j = 0; j < nc; ++j) out[j] = 0;
  for (int64_t i = 0; i < in.rows; ++i) {
    const T* row = At<T>(in, i, c0);
    for (int64_t j = 0; j < nc; ++j) {
      out[j] = static_cast<int64_t>(static_cast<uint64_t>(out[j]) +
                                    static_cast<uint64_t>(static_cast<int64_t>(row[j * in.cs])));
    }
  }
}
