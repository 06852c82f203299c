// Min/max reductions (all dtypes, exact and order-free) and exact integer sums, for one ISA.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design): included inside
// raptors::RAPTORS_NS after the float-sum kernels, so it sees V, D, At<T>, kMaxStrip and Strided.

// ---------------------------------------------------------------------------------------------
// Min / max (exact, order-free).

template <bool kMax>
inline double PickS(double a, double b) {
  if (a != a || b != b) return a + b;
  if (a == b) {
    uint64_t x, y;
    std::memcpy(&x, &a, 8);
    std::memcpy(&y, &b, 8);
    x = kMax ? (x & y) : (x | y);
    std::memcpy(&a, &x, 8);
    return a;
  }
  return (a < b) != kMax ? a : b;
}
template <bool kMax>
inline D PickV(D a, D b) {
  return kMax ? V::MaxP(a, b) : V::MinP(a, b);
}
template <class T, bool kMax>
inline T PickI(T a, T b) {
  return kMax ? (a < b ? b : a) : (b < a ? b : a);
}

template <class T>
inline constexpr bool kIsFloat = std::numeric_limits<T>::is_iec559;

// Running min/max r of float data x[0..n) with stride.
template <class T, bool kMax>
double MinMaxSeqF(const T* x, int64_t n, int64_t stride, double r) {
  const int d = V::Lanes();
  int64_t k = 0;
  if (stride == 1 && n >= 4 * d) {
    D a0 = V::LoadAcc(x), a1 = V::LoadAcc(x + d), a2 = V::LoadAcc(x + 2 * d),
      a3 = V::LoadAcc(x + 3 * d);
    for (k = 4 * d; k + 4 * d <= n; k += 4 * d) {
      a0 = PickV<kMax>(a0, V::LoadAcc(x + k));
      a1 = PickV<kMax>(a1, V::LoadAcc(x + k + d));
      a2 = PickV<kMax>(a2, V::LoadAcc(x + k + 2 * d));
      a3 = PickV<kMax>(a3, V::LoadAcc(x + k + 3 * d));
    }
    a0 = PickV<kMax>(PickV<kMax>(a0, a1), PickV<kMax>(a2, a3));
    alignas(64) double lanes[64];
    V::Store(lanes, a0);
    for (int l = 0; l < d; ++l) r = PickS<kMax>(r, lanes[l]);
  }
  for (; k < n; ++k) r = PickS<kMax>(r, static_cast<double>(x[k * stride]));
  return r;
}

template <class T>
inline T Canonical(double v) {
  return v != v ? std::numeric_limits<T>::quiet_NaN() : static_cast<T>(v);
}

template <class T, bool kMax>
void MinMaxFlatT(const Strided& in, int64_t r0, int64_t nr, void* result) {
  if constexpr (kIsFloat<T>) {
    double r = static_cast<double>(*At<T>(in, r0, 0));
    for (int64_t i = r0; i < r0 + nr; ++i) r = MinMaxSeqF<T, kMax>(At<T>(in, i, 0), in.cols, in.cs, r);
    *static_cast<T*>(result) = Canonical<T>(r);
  } else {
    T r = *At<T>(in, r0, 0);
    for (int64_t i = r0; i < r0 + nr; ++i) {
      const T* row = At<T>(in, i, 0);
      T m = r;
      if (in.cs == 1) {
        for (int64_t j = 0; j < in.cols; ++j) m = PickI<T, kMax>(m, row[j]);
      } else {
        for (int64_t j = 0; j < in.cols; ++j) m = PickI<T, kMax>(m, row[j * in.cs]);
      }
      r = m;
    }
    *static_cast<T*>(result) = r;
  }
}

template <class T>
void MinMaxFlat(bool is_max, const Strided& in, int64_t r0, int64_t nr, void* result) {
  is_max ? MinMaxFlatT<T, true>(in, r0, nr, result) : MinMaxFlatT<T, false>(in, r0, nr, result);
}

template <class T>
void MinMaxRows(bool is_max, const Strided& in, int64_t r0, int64_t nr, void* out) {
  T* o = static_cast<T*>(out);
  for (int64_t r = 0; r < nr; ++r) {
    Strided row = in;
    row.data = At<T>(in, r0 + r, 0);
    row.rows = 1;
    MinMaxFlat<T>(is_max, row, 0, 1, o + r);
  }
}

template <class T, bool kMax>
void MinMaxColsT(const Strided& in, int64_t c0, int64_t nc, T* out) {
  if constexpr (kIsFloat<T>) {
    alignas(64) double acc[kMaxStrip];
    const int d = V::Lanes();
    for (int64_t j = 0; j < nc; ++j) acc[j] = static_cast<double>(*At<T>(in, 0, c0 + j));
    for (int64_t i = 1; i < in.rows; ++i) {
      const T* row = At<T>(in, i, c0);
      int64_t j = 0;
      if (in.cs == 1) {
        for (; j + d <= nc; j += d) V::Store(acc + j, PickV<kMax>(V::Load(acc + j), V::LoadAcc(row + j)));
      }
      for (; j < nc; ++j) acc[j] = PickS<kMax>(acc[j], static_cast<double>(row[j * in.cs]));
    }
    for (int64_t j = 0; j < nc; ++j) out[j] = Canonical<T>(acc[j]);
  } else {
    for (int64_t j = 0; j < nc; ++j) out[j] = *At<T>(in, 0, c0 + j);
    for (int64_t i = 1; i < in.rows; ++i) {
      const T* row = At<T>(in, i, c0);
      if (in.cs == 1) {
        for (int64_t j = 0; j < nc; ++j) out[j] = PickI<T, kMax>(out[j], row[j]);
      } else {
        for (int64_t j = 0; j < nc; ++j) out[j] = PickI<T, kMax>(out[j], row[j * in.cs]);
      }
    }
  }
}

template <class T>
void MinMaxCols(bool is_max, const Strided& in, int64_t c0, int64_t nc, void* out) {
  T* o = static_cast<T*>(out);
  is_max ? MinMaxColsT<T, true>(in, c0, nc, o) : MinMaxColsT<T, false>(in, c0, nc, o);
}

// ---------------------------------------------------------------------------------------------
// Exact integer sums, modulo 2^64. Order-free, so plain loops the compiler vectorizes.

template <class T>
inline uint64_t ISumRow(const T* x, int64_t n, int64_t stride) {
  uint64_t s = 0;
  if (stride == 1) {
    for (int64_t j = 0; j < n; ++j) s += static_cast<uint64_t>(static_cast<int64_t>(x[j]));
  } else {
    for (int64_t j = 0; j < n; ++j) s += static_cast<uint64_t>(static_cast<int64_t>(x[j * stride]));
  }
  return s;
}

template <class T>
int64_t ISumFlat(const Strided& in, int64_t r0, int64_t nr) {
  uint64_t s = 0;
  for (int64_t i = r0; i < r0 + nr; ++i) s += ISumRow<T>(At<T>(in, i, 0), in.cols, in.cs);
  return static_cast<int64_t>(s);
}

template <class T>
void ISumRows(const Strided& in, int64_t r0, int64_t nr, int64_t* out) {
  for (int64_t r = 0; r < nr; ++r) {
    out[r] = static_cast<int64_t>(ISumRow<T>(At<T>(in, r0 + r, 0), in.cols, in.cs));
  }
}

template <class T>
void ISumCols(const Strided& in, int64_t c0, int64_t nc, int64_t* out) {
  alignas(64) uint64_t acc[kMaxStrip];
  for (int64_t j = 0; j < nc; ++j) acc[j] = 0;
  for (int64_t i = 0; i < in.rows; ++i) {
    const T* row = At<T>(in, i, c0);
    if (in.cs == 1) {
      for (int64_t j = 0; j < nc; ++j) acc[j] += static_cast<uint64_t>(static_cast<int64_t>(row[j]));
    } else {
      for (int64_t j = 0; j < nc; ++j) {
        acc[j] += static_cast<uint64_t>(static_cast<int64_t>(row[j * in.cs]));
      }
    }
  }
  for (int64_t j = 0; j < nc; ++j) out[j] = static_cast<int64_t>(acc[j]);
}

