// Elementwise kernels (Add, Scale, AddRow, AddColumn), for one ISA.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design): included inside
// raptors::RAPTORS_NS after minmax_isum-inl.h, so it sees NV<T>, At<T>, kIsFloat and
// ContiguousRows. Integers wrap (computed unsigned), floats round once per element (no FMA
// contraction in kernel TUs), so any vectorization gives the same bits. In-place (out == a or
// out == b, exactly the same view; other overlaps are rejected by the callers) is safe: each
// vector is loaded before the vector at the same indexes is stored.
//
// Contiguous runs (whole rows, or all rows when the views have no gaps between rows, so small
// rows cost one loop) go through Map1/Map2: 4 vectors per iteration, then single vectors, then
// one partial vector (masked on AVX-512, predicated on SVE). Strided views use plain loops.

template <class T>
struct Arith {
  using U = std::conditional_t<sizeof(T) == 4, uint32_t, uint64_t>;
  static T Add(T a, T b) {
    if constexpr (kIsFloat<T>) {
      return a + b;
    } else {
      return static_cast<T>(static_cast<U>(a) + static_cast<U>(b));
    }
  }
  static T Mul(T a, T b) {
    if constexpr (kIsFloat<T>) {
      return a * b;
    } else {
      return static_cast<T>(static_cast<U>(a) * static_cast<U>(b));
    }
  }
};

template <class T>
inline T* MutAt(const MutStrided& o, int64_t i, int64_t j) {
  return static_cast<T*>(o.data) + i * o.rs + j * o.cs;
}

// o[j] = f(a[j], b[j]) for j < n.
template <class T, class F>
inline void Map2(const T* a, const T* b, T* o, int64_t n, F f) {
  using N = NV<T>;
  const int d = N::Lanes();
  int64_t j = 0;
  for (; j + 4 * d <= n; j += 4 * d) {
    const auto x0 = f(N::Load(a + j), N::Load(b + j));
    const auto x1 = f(N::Load(a + j + d), N::Load(b + j + d));
    const auto x2 = f(N::Load(a + j + 2 * d), N::Load(b + j + 2 * d));
    const auto x3 = f(N::Load(a + j + 3 * d), N::Load(b + j + 3 * d));
    N::Store(o + j, x0);
    N::Store(o + j + d, x1);
    N::Store(o + j + 2 * d, x2);
    N::Store(o + j + 3 * d, x3);
  }
  for (; j + d <= n; j += d) N::Store(o + j, f(N::Load(a + j), N::Load(b + j)));
  if (j < n) {
    const int t = static_cast<int>(n - j);
    N::StoreN(o + j, f(N::LoadN(a + j, t, T{}), N::LoadN(b + j, t, T{})), t);
  }
}

// o[j] = f(a[j]) for j < n.
template <class T, class F>
inline void Map1(const T* a, T* o, int64_t n, F f) {
  using N = NV<T>;
  const int d = N::Lanes();
  int64_t j = 0;
  for (; j + 4 * d <= n; j += 4 * d) {
    const auto x0 = f(N::Load(a + j));
    const auto x1 = f(N::Load(a + j + d));
    const auto x2 = f(N::Load(a + j + 2 * d));
    const auto x3 = f(N::Load(a + j + 3 * d));
    N::Store(o + j, x0);
    N::Store(o + j + d, x1);
    N::Store(o + j + 2 * d, x2);
    N::Store(o + j + 3 * d, x3);
  }
  for (; j + d <= n; j += d) N::Store(o + j, f(N::Load(a + j)));
  if (j < n) {
    const int t = static_cast<int>(n - j);
    N::StoreN(o + j, f(N::LoadN(a + j, t, T{})), t);
  }
}

template <class T>
void AddK(const Strided& a, const Strided& b, const MutStrided& out, int64_t r0, int64_t nr) {
  using N = NV<T>;
  const auto add = [](auto x, auto y) { return N::Add(x, y); };
  const int64_t n = a.cols;
  if (ContiguousRows(a, nr) && ContiguousRows(b, nr) && ContiguousRows(out, nr)) {
    Map2<T>(At<T>(a, r0, 0), At<T>(b, r0, 0), MutAt<T>(out, r0, 0), nr * n, add);
    return;
  }
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    const T* pb = At<T>(b, i, 0);
    T* po = MutAt<T>(out, i, 0);
    if (a.cs == 1 && b.cs == 1 && out.cs == 1) {
      Map2<T>(pa, pb, po, n, add);
    } else {
      for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Add(pa[j * a.cs], pb[j * b.cs]);
    }
  }
}

template <class T>
void ScaleK(const Strided& a, const void* factor, const MutStrided& out, int64_t r0, int64_t nr) {
  using N = NV<T>;
  const T f = *static_cast<const T*>(factor);
  const auto mul = [f](auto x) { return N::Mul(x, N::Set(f)); };
  const int64_t n = a.cols;
  if (ContiguousRows(a, nr) && ContiguousRows(out, nr)) {
    Map1<T>(At<T>(a, r0, 0), MutAt<T>(out, r0, 0), nr * n, mul);
    return;
  }
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    T* po = MutAt<T>(out, i, 0);
    if (a.cs == 1 && out.cs == 1) {
      Map1<T>(pa, po, n, mul);
    } else {
      for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Mul(pa[j * a.cs], f);
    }
  }
}

template <class T>
void AddRowK(const Strided& a, const void* vec, int64_t vs, const MutStrided& out, int64_t r0,
             int64_t nr) {
  using N = NV<T>;
  const auto add = [](auto x, auto y) { return N::Add(x, y); };
  const T* v = static_cast<const T*>(vec);
  const int64_t n = a.cols;
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    T* po = MutAt<T>(out, i, 0);
    if (a.cs == 1 && out.cs == 1 && vs == 1) {
      Map2<T>(pa, v, po, n, add);
    } else {
      for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Add(pa[j * a.cs], v[j * vs]);
    }
  }
}

template <class T>
void AddColK(const Strided& a, const void* vec, int64_t vs, const MutStrided& out, int64_t r0,
             int64_t nr) {
  using N = NV<T>;
  const T* v = static_cast<const T*>(vec);
  const int64_t n = a.cols;
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    T* po = MutAt<T>(out, i, 0);
    const T c = v[i * vs];
    if (a.cs == 1 && out.cs == 1) {
      Map1<T>(pa, po, n, [c](auto x) { return N::Add(x, N::Set(c)); });
    } else {
      for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Add(pa[j * a.cs], c);
    }
  }
}
