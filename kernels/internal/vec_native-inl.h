// Native-type vector layer NV<T> (T = float, double, int32_t, int64_t) for one ISA.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design), included inside
// raptors::RAPTORS_NS. The float64 layer V of vec_*-inl.h serves the float sums, which
// accumulate in float64; min/max, integer sums and the elementwise ops work in the element type
// itself (order-free or exact per element), so they get this layer, which keeps float32 and
// int32 at twice the lanes of float64. Which implementation is picked follows RAPTORS_NS:
//   scalar              one lane of plain C++ (the reference; its TU is built unvectorized)
//   sse2, avx2, neon    GCC vector extensions of the ISA's register width: the compiler lowers
//                       each operation to that ISA's instructions (or its emulation, e.g.
//                       64-bit multiplies on AVX2)
//   avx512              the same, 64-byte vectors, plus masked loads/stores for the tails
//   sve                 ACLE intrinsics, vector-length agnostic; tails are predicated
//
// Interface (all static): Lanes(), Load/Store (unaligned), LoadN/StoreN (first n < Lanes()
// elements; other lanes of LoadN hold `fill`; kMaskedTail: they are single instructions), Set, Add and Mul (integers wrap), Min/Max
// (integers), MinP/MaxP (floats: NaN sticks, -0.0 < +0.0; the result may be any NaN). For
// integer sums, LoadI64(p) / LoadI64N(p, n) read NV<int64_t>::Lanes() elements of int32 or int64
// into an int64 vector (int32 sign-extended; lanes past n are 0). EveryMask(s) (s a power of two
// dividing Lanes()) marks the lanes l with l % s == 0; Select(m, x, y) = m ? x : y per lane.
// LoadEven(p) = p[0], p[2], ..., p[2 * (Lanes() - 1)]: it reads 2 * Lanes() elements, the last
// of which it drops, so callers keep one element of slack. kStream says StoreStream(p, v) is a
// non-temporal store (p aligned to the vector; the x86 layers), which StreamFence() orders
// before later stores; elsewhere StoreStream is Store and StreamFence does nothing (NEON's
// STNP and SVE's STNT1 are hints whose gain on ARM cores is unmeasured here).
// The vector-extension layers are NVV<T, bytes> with NV<T> = NVV<T, kNVBytes>; EV<T> names the
// vectors the elementwise ops use (NV<T> except on avx512: see EV below).

#define RAPTORS_NV_CAT2(a, b) a##b
#define RAPTORS_NV_CAT(a, b) RAPTORS_NV_CAT2(a, b)
#define RAPTORS_NV_ISA_scalar 1
#define RAPTORS_NV_ISA_sse2 2
#define RAPTORS_NV_ISA_avx2 3
#define RAPTORS_NV_ISA_avx512 4
#define RAPTORS_NV_ISA_neon 5
#define RAPTORS_NV_ISA_sve 6
#define RAPTORS_NV_ISA RAPTORS_NV_CAT(RAPTORS_NV_ISA_, RAPTORS_NS)

template <class T>
struct NVBits {
  using S = std::conditional_t<sizeof(T) == 4, int32_t, int64_t>;
  using U = std::conditional_t<sizeof(T) == 4, uint32_t, uint64_t>;
  static constexpr U kSign = U{1} << (8 * sizeof(T) - 1);
};

#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_scalar

template <class T>
struct NV {
  using W = T;
  using U = typename NVBits<T>::U;
  static constexpr int Lanes() { return 1; }
  static W Load(const T* p) { return *p; }
  static void Store(T* p, W v) { *p = v; }
  static W LoadEven(const T* p) { return *p; }
  static constexpr bool kMaskedTail = false;
  static constexpr bool kStream = false;
  static void StoreStream(T* p, W v) { *p = v; }
  static W LoadN(const T* p, int n, T fill) { return n > 0 ? *p : fill; }
  static void StoreN(T* p, W v, int n) {
    if (n > 0) *p = v;
  }
  static W Set(T v) { return v; }
  static W Add(W a, W b) {
    if constexpr (std::numeric_limits<T>::is_iec559) {
      return a + b;
    } else {
      return static_cast<T>(static_cast<U>(a) + static_cast<U>(b));
    }
  }
  static W Mul(W a, W b) {
    if constexpr (std::numeric_limits<T>::is_iec559) {
      return a * b;
    } else {
      return static_cast<T>(static_cast<U>(a) * static_cast<U>(b));
    }
  }
  static W Min(W a, W b) { return b < a ? b : a; }
  static W Max(W a, W b) { return a < b ? b : a; }
  using M = bool;
  static M EveryMask(int) { return true; }
  static W Select(M m, W x, W y) { return m ? x : y; }
  static W MinP(W acc, W x) { return Fix<false>(acc, x); }
  static W MaxP(W acc, W x) { return Fix<true>(acc, x); }

 private:
  template <bool kMax>
  static W Fix(W acc, W x) {
    if (x != x) return x;
    if (acc != acc) return acc;
    if (acc == x) {
      U a, b;
      std::memcpy(&a, &acc, sizeof(T));
      std::memcpy(&b, &x, sizeof(T));
      a = kMax ? (a & b) : (a | b);
      std::memcpy(&acc, &a, sizeof(T));
      return acc;
    }
    return (x < acc) != kMax ? x : acc;
  }
};

template <class T>
inline int64_t LoadI64(const T* p) {
  return static_cast<int64_t>(*p);
}
template <class T>
inline int64_t LoadI64N(const T* p, int n) {
  return n > 0 ? static_cast<int64_t>(*p) : 0;
}
inline void StreamFence() {}
template <class T>
using EV = NV<T>;

#elif RAPTORS_NV_ISA == RAPTORS_NV_ISA_sve

template <class T>
struct NV;

// One specialization per element type: SVE's types and intrinsics are named per type.
#define RAPTORS_NV_SVE(T, W_, cnt, bits, sfx)                                                 \
  template <>                                                                                    \
  struct NV<T> {                                                                                 \
    using W = W_;                                                                                \
    static int Lanes() { return static_cast<int>(svcnt##cnt()); }                              \
    static svbool_t All() { return svptrue_b##bits(); }                                          \
    static svbool_t First(int n) { return svwhilelt_b##bits(0, n); }                             \
    static W Load(const T* p) { return svld1_##sfx(All(), p); }                                  \
    static void Store(T* p, W v) { svst1_##sfx(All(), p, v); }                                   \
    static W LoadEven(const T* p) {                                                              \
      return svuzp1_##sfx(svld1_##sfx(All(), p), svld1_##sfx(All(), p + Lanes()));               \
    }                                                                                            \
    static constexpr bool kMaskedTail = true;                                                    \
    static constexpr bool kStream = false;                                                       \
    static void StoreStream(T* p, W v) { Store(p, v); }                                          \
    static W LoadN(const T* p, int n, T fill) {                                                  \
      const svbool_t pg = First(n);                                                              \
      return svsel_##sfx(pg, svld1_##sfx(pg, p), svdup_n_##sfx(fill));                          \
    }                                                                                            \
    static void StoreN(T* p, W v, int n) { svst1_##sfx(First(n), p, v); }                        \
    static W Set(T v) { return svdup_n_##sfx(v); }                                               \
    static W Add(W a, W b) { return svadd_##sfx##_x(All(), a, b); }                              \
    static W Mul(W a, W b) { return svmul_##sfx##_x(All(), a, b); }                              \
    static W Min(W a, W b) { return svmin_##sfx##_x(All(), a, b); }                              \
    static W Max(W a, W b) { return svmax_##sfx##_x(All(), a, b); }                              \
    using M = svbool_t;                                                                          \
    static M EveryMask(int s) { /* s: a power of two */                                          \
      const auto idx = svindex_u##bits(0, 1);                                                    \
      return svcmpeq_n_u##bits(All(), svand_n_u##bits##_x(All(), idx, s - 1), 0);               \
    }                                                                                            \
    static W Select(M m, W x, W y) { return svsel_##sfx(m, x, y); }                              \
    /* FMIN/FMAX propagate NaN and order -0.0 below +0.0, as the contract wants. */              \
    static W MinP(W acc, W x) { return svmin_##sfx##_x(All(), acc, x); }                         \
    static W MaxP(W acc, W x) { return svmax_##sfx##_x(All(), acc, x); }                         \
  };

RAPTORS_NV_SVE(float, svfloat32_t, w, 32, f32)
RAPTORS_NV_SVE(double, svfloat64_t, d, 64, f64)
RAPTORS_NV_SVE(int32_t, svint32_t, w, 32, s32)
RAPTORS_NV_SVE(int64_t, svint64_t, d, 64, s64)
#undef RAPTORS_NV_SVE

inline svint64_t LoadI64(const int64_t* p) { return svld1_s64(svptrue_b64(), p); }
inline svint64_t LoadI64(const int32_t* p) { return svld1sw_s64(svptrue_b64(), p); }
inline svint64_t LoadI64N(const int64_t* p, int n) {
  const svbool_t pg = svwhilelt_b64(0, n);
  return svsel_s64(pg, svld1_s64(pg, p), svdup_n_s64(0));
}
inline svint64_t LoadI64N(const int32_t* p, int n) {
  const svbool_t pg = svwhilelt_b64(0, n);
  return svsel_s64(pg, svld1sw_s64(pg, p), svdup_n_s64(0));
}
inline void StreamFence() {}
template <class T>
using EV = NV<T>;

#else  // sse2, avx2, avx512, neon: GCC vector extensions

#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512
inline constexpr int kNVBytes = 64;
#elif RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx2
inline constexpr int kNVBytes = 32;
#else
inline constexpr int kNVBytes = 16;
#endif

// kBytes: the vector width, kNVBytes unless a kernel asks for narrower vectors (EV below).
template <class T, int kBytes = kNVBytes>
struct NVV {
  typedef T W __attribute__((vector_size(kBytes)));
  typedef typename NVBits<T>::S SI;
  typedef typename NVBits<T>::U UI;
  typedef SI IW __attribute__((vector_size(kBytes)));
  typedef UI UW __attribute__((vector_size(kBytes)));
  static constexpr int kN = kBytes / static_cast<int>(sizeof(T));
  static constexpr bool kFloat = std::numeric_limits<T>::is_iec559;

  static constexpr int Lanes() { return kN; }
  // LoadN/StoreN are single masked instructions (else they go through a stack buffer).
  static constexpr bool kMaskedTail = RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512 && kBytes == 64;
  static W Load(const T* p) {
    W v;
    std::memcpy(&v, p, sizeof(W));
    return v;
  }
  static void Store(T* p, W v) { std::memcpy(p, &v, sizeof(W)); }
  static W LoadEven(const T* p) {
    IW even;
    for (int l = 0; l < kN; ++l) even[l] = 2 * l;
    return __builtin_shuffle(Load(p), Load(p + kN), even);
  }
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_neon
  static constexpr bool kStream = false;
  static void StoreStream(T* p, W v) { Store(p, v); }
#else
  static constexpr bool kStream = true;
  static void StoreStream(T* p, W v) {
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512
    if constexpr (kBytes == 64) {
      if constexpr (std::is_same_v<T, float>) {
        _mm512_stream_ps(p, (__m512)v);
      } else if constexpr (std::is_same_v<T, double>) {
        _mm512_stream_pd(p, (__m512d)v);
      } else {
        _mm512_stream_si512(reinterpret_cast<__m512i*>(p), (__m512i)v);
      }
      return;
    }
#endif
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512 || RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx2
    if constexpr (kBytes == 32) {
      if constexpr (std::is_same_v<T, float>) {
        _mm256_stream_ps(p, (__m256)v);
      } else if constexpr (std::is_same_v<T, double>) {
        _mm256_stream_pd(p, (__m256d)v);
      } else {
        _mm256_stream_si256(reinterpret_cast<__m256i*>(p), (__m256i)v);
      }
      return;
    }
#endif
    if constexpr (kBytes == 16) {
      if constexpr (std::is_same_v<T, float>) {
        _mm_stream_ps(p, (__m128)v);
      } else if constexpr (std::is_same_v<T, double>) {
        _mm_stream_pd(p, (__m128d)v);
      } else {
        _mm_stream_si128(reinterpret_cast<__m128i*>(p), (__m128i)v);
      }
    }
  }
#endif
  static W LoadN(const T* p, int n, T fill) {
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512
    if constexpr (kBytes == 64) {
      const uint32_t m = (1u << n) - 1;  // n < kN <= 16
      if constexpr (std::is_same_v<T, float>) {
        return (W)_mm512_mask_loadu_ps(_mm512_set1_ps(fill), static_cast<__mmask16>(m), p);
      } else if constexpr (std::is_same_v<T, double>) {
        return (W)_mm512_mask_loadu_pd(_mm512_set1_pd(fill), static_cast<__mmask8>(m), p);
      } else if constexpr (sizeof(T) == 4) {
        return (W)_mm512_mask_loadu_epi32(_mm512_set1_epi32(fill), static_cast<__mmask16>(m), p);
      } else {
        return (W)_mm512_mask_loadu_epi64(_mm512_set1_epi64(fill), static_cast<__mmask8>(m), p);
      }
    }
#endif
    T buf[kN];
    for (int i = 0; i < kN; ++i) buf[i] = fill;
    std::memcpy(buf, p, static_cast<size_t>(n) * sizeof(T));
    return Load(buf);
  }
  static void StoreN(T* p, W v, int n) {
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512
    if constexpr (kBytes == 64) {
      const uint32_t m = (1u << n) - 1;
      if constexpr (std::is_same_v<T, float>) {
        _mm512_mask_storeu_ps(p, static_cast<__mmask16>(m), (__m512)v);
      } else if constexpr (std::is_same_v<T, double>) {
        _mm512_mask_storeu_pd(p, static_cast<__mmask8>(m), (__m512d)v);
      } else if constexpr (sizeof(T) == 4) {
        _mm512_mask_storeu_epi32(p, static_cast<__mmask16>(m), (__m512i)v);
      } else {
        _mm512_mask_storeu_epi64(p, static_cast<__mmask8>(m), (__m512i)v);
      }
      return;
    }
#endif
    T buf[kN];
    Store(buf, v);
    std::memcpy(p, buf, static_cast<size_t>(n) * sizeof(T));
  }
  static W Set(T v) { return W{} + v; }
  static W Add(W a, W b) {
    if constexpr (kFloat) {
      return a + b;
    } else {
      return (W)((UW)a + (UW)b);
    }
  }
  static W Mul(W a, W b) {
    if constexpr (kFloat) {
      return a * b;
    } else {
      return (W)((UW)a * (UW)b);
    }
  }
  static W Min(W a, W b) { return b < a ? b : a; }
  static W Max(W a, W b) { return a < b ? b : a; }
  using M = IW;
  static M EveryMask(int s) {
    IW m;
    for (int l = 0; l < kN; ++l) m[l] = l % s == 0 ? -1 : 0;
    return m;
  }
  static W Select(M m, W x, W y) { return m ? x : y; }
  // (x < acc ? x : acc) is MINPS's own rule (the second operand on ties and NaN); ties of
  // different zeros are fixed through the sign bits, NaN in x is blended in.
  static W MinP(W acc, W x) {
    const W m = x < acc ? x : acc;
    const IW sign = (IW)(UW{} + NVBits<T>::kSign);
    const W r = (W)((IW)m | (((IW)x | (IW)acc) & sign));
    return x != x ? x : r;
  }
  static W MaxP(W acc, W x) {
    const W m = acc < x ? x : acc;
    const IW sign = (IW)(UW{} + NVBits<T>::kSign);
    const W r = (W)((IW)m & (((IW)x & (IW)acc) | ~sign));
    return x != x ? x : r;
  }
};

template <class T>
using NV = NVV<T>;

// EV: the vectors of the elementwise ops. Memory-bound streams whose best width depends on the
// core, not the ISA: the avx512 table runs them on 256-bit vectors, which measured faster on
// Zen 4 (512-bit operations double-pumped): float64 add of every other column, 2048x2048,
// 3.9-4.0 ms vs 4.8-4.9 ms; float32 add 4096x4096 4.9-8.3 ms vs 7.6-8.7 ms (same process,
// interleaved, loaded 2-core VM). On an Intel Xeon full 512-bit vectors won instead (float32
// scale 4194304x4 18.7 -> 12.6 ms, 512x512 0.083 -> 0.047 ms): the unit kernels/isa/
// avx512_wide.cc compiles the elementwise kernels again with RAPTORS_WIDE_ELEMENTWISE, and
// dispatch.cc picks one of the two per CPU.
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512 && !defined(RAPTORS_WIDE_ELEMENTWISE)
template <class T>
using EV = NVV<T, 32>;
#else
template <class T>
using EV = NV<T>;
#endif

inline NV<int64_t>::W LoadI64(const int64_t* p) { return NV<int64_t>::Load(p); }
inline NV<int64_t>::W LoadI64(const int32_t* p) {
  typedef int32_t H __attribute__((vector_size(kNVBytes / 2)));
  H h;
  std::memcpy(&h, p, sizeof(H));
  return __builtin_convertvector(h, NV<int64_t>::W);
}
template <class T>
inline NV<int64_t>::W LoadI64N(const T* p, int n) {
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512
  // Masked loads (n < 8): int32 through a 512-bit masked load, whose low half is widened.
  if constexpr (sizeof(T) == 8) {
    return NV<int64_t>::LoadN(reinterpret_cast<const int64_t*>(p), n, 0);
  } else {
    const __m512i v = _mm512_maskz_loadu_epi32(static_cast<__mmask16>((1u << n) - 1), p);
    return (NV<int64_t>::W)_mm512_cvtepi32_epi64(_mm512_castsi512_si256(v));
  }
#endif
  T buf[NV<int64_t>::kN] = {};
  std::memcpy(buf, p, static_cast<size_t>(n) * sizeof(T));
  return LoadI64(buf);
}

#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_neon
inline void StreamFence() {}
#else
inline void StreamFence() { _mm_sfence(); }
#endif

#endif
