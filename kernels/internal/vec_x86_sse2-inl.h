// Vector layer: SSE2 (two float64 lanes, baseline x86-64).
#ifndef RAPTORS_KERNELS_INTERNAL_VEC_X86_SSE2_INL_H_
#define RAPTORS_KERNELS_INTERNAL_VEC_X86_SSE2_INL_H_

#include <emmintrin.h>

#include <cstdint>

namespace raptors {
namespace sse2 {

struct V {
  using D = __m128d;
  static constexpr int Lanes() { return 2; }
  static D Set(double v) { return _mm_set1_pd(v); }
  static D Load(const double* p) { return _mm_loadu_pd(p); }
  static void Store(double* p, D v) { _mm_storeu_pd(p, v); }
  static D Add(D a, D b) { return _mm_add_pd(a, b); }
  static D AddF(D acc, D x) { return _mm_add_pd(acc, x); }
  static D AddIfLess(D acc, D x, D a, D b) {
    const D m = _mm_cmplt_pd(a, b);
    return _mm_add_pd(acc, _mm_or_pd(_mm_and_pd(m, x), _mm_andnot_pd(m, _mm_set1_pd(-0.0))));
  }
  static void AddSplit(D& o, D& nw, D x, D col, D split) {
    const D m = _mm_cmplt_pd(col, split), z = _mm_set1_pd(-0.0);
    o = _mm_add_pd(o, _mm_or_pd(_mm_and_pd(m, x), _mm_andnot_pd(m, z)));
    nw = _mm_add_pd(nw, _mm_or_pd(_mm_andnot_pd(m, x), _mm_and_pd(m, z)));
  }
  static double HalvingSum(D a) { return _mm_cvtsd_f64(_mm_add_sd(a, _mm_unpackhi_pd(a, a))); }
  // a0 b0: the even lanes of a, then those of b (order R over every other column).
  static D EvenLanes(D a, D b) { return _mm_unpacklo_pd(a, b); }
  // Block trees of two columns (see scalar::V::BlockTrees): v[0..4) hold rows 0..7 of column 0,
  // v[4..8) those of column 1. Unpacking the two columns' vectors k pairs rows 2k | 2k+1 of both,
  // so each tree level is one add of whole vectors.
  static D BlockTrees(const D* v) {
    D s[4];
    for (int k = 0; k < 4; ++k) {
      s[k] = _mm_add_pd(_mm_unpacklo_pd(v[k], v[4 + k]), _mm_unpackhi_pd(v[k], v[4 + k]));
    }
    return _mm_add_pd(_mm_add_pd(s[0], s[1]), _mm_add_pd(s[2], s[3]));
  }
  // Float32 block trees (see scalar::V): two floats in the low half of an SSE register.
  using H = __m128;
  static H SetH(float v) { return _mm_set1_ps(v); }
  static H LoadH(const float* p) {
    return _mm_castsi128_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p)));
  }
  static H LoadColH(const float* p, int64_t s) { return _mm_set_ps(0.0f, 0.0f, p[s], p[0]); }
  static H AddH(H a, H b) { return _mm_add_ps(a, b); }
  static D Widen(H h) { return _mm_cvtps_pd(h); }
  // Float32 block rows of two vectors of columns in one register (see BlockValue2).
  using H2 = __m128;
  static H2 LoadH2(const float* p) { return _mm_loadu_ps(p); }
  static H2 AddH2(H2 a, H2 b) { return _mm_add_ps(a, b); }
  static D WidenLo(H2 h) { return _mm_cvtps_pd(h); }
  static D WidenHi(H2 h) { return _mm_cvtps_pd(_mm_movehl_ps(h, h)); }
  // x0+x1 x2+x3 y0+y1 y2+y3: one tree level of two vectors of 4 rows.
  static __m128 PairsH(__m128 x, __m128 y) {
    return _mm_add_ps(_mm_shuffle_ps(x, y, 0x88), _mm_shuffle_ps(x, y, 0xDD));
  }
  // Columns 0 and 1, rows 0-3 | 4-7 each: level 1 gives 01 23 45 67 per column, level 2
  // 0123 4567 of both, level 3 the two trees in lanes 0 and 1.
  static D BlockTreesF(const float* p, int64_t cs) {
    const __m128 c0 = PairsH(_mm_loadu_ps(p), _mm_loadu_ps(p + 4));
    const __m128 c1 = PairsH(_mm_loadu_ps(p + cs), _mm_loadu_ps(p + cs + 4));
    const __m128 t = PairsH(c0, c1);
    return _mm_cvtps_pd(PairsH(t, t));
  }
  // Row trees (see scalar::V::RowTrees): M = 2 holds rows a | b; unpacking pairs their lanes 0
  // and 1, lane 0 first as in the tree.
  template <int M>
  static D RowTrees(const D* v) {
    static_assert(M == 1 || M == 2, "at most two lanes");
    if constexpr (M == 1) {
      return v[0];
    } else {
      return _mm_add_pd(_mm_unpacklo_pd(v[0], v[1]), _mm_unpackhi_pd(v[0], v[1]));
    }
  }
  // Lanes moved down by S (lane j = a[j + S]), the vacated lanes -0.0 (absent tree lanes): the
  // last, partial vector of a row, loaded so that it ends at the row's last element.
  template <int S>
  static D ShiftDown(D a) {
    static_assert(S == 1, "two lanes");
    return _mm_unpackhi_pd(a, _mm_set1_pd(-0.0));
  }
  static D LoadAcc(const double* p) { return _mm_loadu_pd(p); }
  static D LoadAcc(const float* p) {
    return _mm_cvtps_pd(_mm_castsi128_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p))));
  }
  static D LoadAcc(const int32_t* p) {
    return _mm_cvtepi32_pd(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p)));
  }
  static D LoadAcc(const int64_t* p) {
    return I64ToF64(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
  }
  template <class T>
  static D LoadCol(const T* p, int64_t s) {
    return _mm_set_pd(static_cast<double>(p[s]), static_cast<double>(p[0]));
  }
  static D LoadCol(const int64_t* p, int64_t s) { return I64ToF64(_mm_set_epi64x(p[s], p[0])); }
  // static_cast<double> of each int64 lane (round to nearest even), with no int64 conversion
  // instruction (that is AVX-512DQ). x = hi * 2^32 + lo, hi signed and lo unsigned 32-bit, each
  // placed in the mantissa of a power of two: (2^84 + (hi + 2^31) * 2^32) - (2^84 + 2^63 + 2^52)
  // is hi * 2^32 - 2^52 exactly (it is representable), and adding 2^52 + lo gives x with the one
  // rounding of the conversion. Two float operations and no multiply, so no contraction either.
  static D I64ToF64(__m128i x) {
    const __m128i hi = _mm_xor_si128(_mm_srli_epi64(x, 32), _mm_set1_epi64x(0x4530000080000000));
    const __m128i lo = _mm_or_si128(_mm_and_si128(x, _mm_set1_epi64x(0xFFFFFFFF)),
                                    _mm_set1_epi64x(0x4330000000000000));
    const D h = _mm_sub_pd(_mm_castsi128_pd(hi), _mm_set1_pd(0x1.00000801p84));
    return _mm_add_pd(h, _mm_castsi128_pd(lo));
  }
  // minpd returns the second operand on ties and NaN; fix ties to the OR / AND of both (so
  // -0.0 < +0.0) and force NaN by OR-ing the unordered mask (all ones is a NaN).
  static D MinP(D a, D b) {
    D m = _mm_min_pd(a, b);
    m = _mm_or_pd(m, _mm_and_pd(_mm_cmpeq_pd(a, b), a));
    return _mm_or_pd(m, _mm_cmpunord_pd(a, b));
  }
  static D MaxP(D a, D b) {
    D m = _mm_max_pd(a, b);
    const D ones = _mm_castsi128_pd(_mm_set1_epi32(-1));
    m = _mm_and_pd(m, _mm_or_pd(a, _mm_andnot_pd(_mm_cmpeq_pd(a, b), ones)));
    return _mm_or_pd(m, _mm_cmpunord_pd(a, b));
  }
};

}  // namespace sse2
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_VEC_X86_SSE2_INL_H_
