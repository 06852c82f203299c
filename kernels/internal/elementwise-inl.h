// Elementwise kernels (Add, Scale, AddRow, AddColumn), for one ISA.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design): included inside
// raptors::RAPTORS_NS after minmax_isum-inl.h, so it sees V, At<T>, kIsFloat and the views.

// ---------------------------------------------------------------------------------------------
// Elementwise. Integers wrap (computed unsigned), floats round once per element, so any
// vectorization gives the same bits; in-place (out == a) is safe because each element is read
// before it is written at the same index.

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

template <class T>
void AddK(const Strided& a, const Strided& b, const MutStrided& out, int64_t r0, int64_t nr) {
  const int64_t n = a.cols;
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    const T* pb = At<T>(b, i, 0);
    T* po = MutAt<T>(out, i, 0);
    if (a.cs == 1 && b.cs == 1 && out.cs == 1) {
      for (int64_t j = 0; j < n; ++j) po[j] = Arith<T>::Add(pa[j], pb[j]);
    } else {
      for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Add(pa[j * a.cs], pb[j * b.cs]);
    }
  }
}

template <class T>
void ScaleK(const Strided& a, const void* factor, const MutStrided& out, int64_t r0, int64_t nr) {
  const T f = *static_cast<const T*>(factor);
  const int64_t n = a.cols;
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    T* po = MutAt<T>(out, i, 0);
    if (a.cs == 1 && out.cs == 1) {
      for (int64_t j = 0; j < n; ++j) po[j] = Arith<T>::Mul(pa[j], f);
    } else {
      for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Mul(pa[j * a.cs], f);
    }
  }
}

template <class T>
void AddRowK(const Strided& a, const void* vec, int64_t vs, const MutStrided& out, int64_t r0,
             int64_t nr) {
  const T* v = static_cast<const T*>(vec);
  const int64_t n = a.cols;
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    T* po = MutAt<T>(out, i, 0);
    if (a.cs == 1 && out.cs == 1 && vs == 1) {
      for (int64_t j = 0; j < n; ++j) po[j] = Arith<T>::Add(pa[j], v[j]);
    } else {
      for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Add(pa[j * a.cs], v[j * vs]);
    }
  }
}

template <class T>
void AddColK(const Strided& a, const void* vec, int64_t vs, const MutStrided& out, int64_t r0,
             int64_t nr) {
  const T* v = static_cast<const T*>(vec);
  const int64_t n = a.cols;
  for (int64_t i = r0; i < r0 + nr; ++i) {
    const T* pa = At<T>(a, i, 0);
    T* po = MutAt<T>(out, i, 0);
    const T c = v[i * vs];
    if (a.cs == 1 && out.cs == 1) {
      for (int64_t j = 0; j < n; ++j) po[j] = Arith<T>::Add(pa[j], c);
    } else {
      for (int64_t j = 0; j < n; ++j) po[j * out.cs] = Arith<T>::Add(pa[j * a.cs], c);
    }
  }
}

