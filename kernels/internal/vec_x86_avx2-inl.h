// Vector layer: AVX2 + FMA (four float64 lanes). Compiled only in kernels/isa/avx2.cc.
#ifndef RAPTORS_KERNELS_INTERNAL_VEC_X86_AVX2_INL_H_
#define RAPTORS_KERNELS_INTERNAL_VEC_X86_AVX2_INL_H_

#include <immintrin.h>

#include <cstdint>

namespace raptors {
namespace avx2 {

struct V {
  using D = __m256d;
  static constexpr int Lanes() { return 4; }
  static D Set(double v) { return _mm256_set1_pd(v); }
  static D Load(const double* p) { return _mm256_loadu_pd(p); }
  static void Store(double* p, D v) { _mm256_storeu_pd(p, v); }
  static D Add(D a, D b) { return _mm256_add_pd(a, b); }
  // fma(x, 1, acc) rounds x + acc once: the bits of Add, on the FMA pipes.
  static D AddF(D acc, D x) { return _mm256_fmadd_pd(x, _mm256_set1_pd(1.0), acc); }
  // Blend, then fma(x, 1, acc) on the FMA pipes (the bits of Add): x where the mask is set,
  // -0.0 (acc's own bits) elsewhere.
  static D AddIfLess(D acc, D x, D a, D b) {
    const D m = _mm256_cmp_pd(a, b, _CMP_LT_OQ);
    return AddF(acc, _mm256_blendv_pd(_mm256_set1_pd(-0.0), x, m));
  }
  static void AddSplit(D& o, D& nw, D x, D col, D split) {
    const D m = _mm256_cmp_pd(col, split, _CMP_LT_OQ), z = _mm256_set1_pd(-0.0);
    o = AddF(o, _mm256_blendv_pd(z, x, m));
    nw = AddF(nw, _mm256_blendv_pd(x, z, m));
  }
  static double HalvingSum(D a) {
    const __m128d h = _mm_add_pd(_mm256_castpd256_pd128(a), _mm256_extractf128_pd(a, 1));
    return _mm_cvtsd_f64(_mm_add_sd(h, _mm_unpackhi_pd(h, h)));
  }
  static D LoadAcc(const double* p) { return _mm256_loadu_pd(p); }
  // a0 a2 b0 b2: the even lanes of a, then those of b (order R over every other column).
  static D EvenLanes(D a, D b) {
    return _mm256_permute4x64_pd(_mm256_unpacklo_pd(a, b), 0xD8);
  }
  // Block trees of four columns (see scalar::V::BlockTrees): v[2j], v[2j+1] hold rows 0..3 and
  // 4..7 of column j. Unpacking columns 0|1 and 2|3 pairs rows 2k | 2k+1 (first level); swapping
  // 128-bit halves pairs rows 0-1 | 2-3 and 4-5 | 6-7 of all four columns (second level).
  static D BlockTrees(const D* v) {
    const auto pair = [](D x, D y) {
      return _mm256_add_pd(_mm256_unpacklo_pd(x, y), _mm256_unpackhi_pd(x, y));
    };
    const auto halves = [](D x, D y) {
      return _mm256_add_pd(_mm256_permute2f128_pd(x, y, 0x20), _mm256_permute2f128_pd(x, y, 0x31));
    };
    const D pl = pair(v[0], v[2]), ph = pair(v[1], v[3]);  // a01 b01 a23 b23 | a45 b45 a67 b67
    const D ql = pair(v[4], v[6]), qh = pair(v[5], v[7]);  // the same for columns 2 and 3
    return _mm256_add_pd(halves(pl, ql), halves(ph, qh));  // rows 0-3 + rows 4-7
  }
  // Row trees (see scalar::V::RowTrees). M = 4 (rows a, b, c, d): swapping 128-bit halves of
  // a|c and b|d adds lanes 2-3 to lanes 0-1 of each row (level w = 2), unpacking the two results
  // adds lane 1 to lane 0 and leaves row r in lane r. M = 2 (a b | c d in v[0], e.. in v[1]):
  // unpacking adds the pairs as a c b d, a lane permute orders them.
  template <int M>
  static D RowTrees(const D* v) {
    static_assert(M == 1 || M == 2 || M == 4, "at most four lanes");
    if constexpr (M == 1) {
      return v[0];
    } else if constexpr (M == 2) {
      const D s = _mm256_add_pd(_mm256_unpacklo_pd(v[0], v[1]), _mm256_unpackhi_pd(v[0], v[1]));
      return _mm256_permute4x64_pd(s, 0xD8);
    } else {
      const auto halves = [](D x, D y) {
        return _mm256_add_pd(_mm256_permute2f128_pd(x, y, 0x20),
                             _mm256_permute2f128_pd(x, y, 0x31));
      };
      const D ac = halves(v[0], v[2]), bd = halves(v[1], v[3]);  // a02 a13 c02 c13 | b.. d..
      return _mm256_add_pd(_mm256_unpacklo_pd(ac, bd), _mm256_unpackhi_pd(ac, bd));
    }
  }
  // Columns of four rows of three joined-up elements, v[0..3) = a0 a1 a2 b0 | b1 b2 c0 c1 |
  // c2 d0 d1 d2: c[j] = element j of rows a, b, c, d. Each column has one element in each lane
  // position across the three vectors, so two blends collect it and one lane permute orders it.
  static void Columns3(const D* v, D* c) {
    c[0] = _mm256_permute4x64_pd(_mm256_blend_pd(_mm256_blend_pd(v[0], v[1], 0x4), v[2], 0x2), 0x6C);
    c[1] = _mm256_permute4x64_pd(_mm256_blend_pd(_mm256_blend_pd(v[1], v[0], 0x2), v[2], 0x4), 0xB1);
    c[2] = _mm256_permute4x64_pd(_mm256_blend_pd(_mm256_blend_pd(v[2], v[1], 0x2), v[0], 0x4), 0xC6);
  }
  // Lanes moved down by S (lane j = a[j + S]), the vacated lanes -0.0 (absent tree lanes): the
  // last, partial vector of a row, loaded so that it ends at the row's last element.
  template <int S>
  static D ShiftDown(D a) {
    static_assert(S >= 1 && S <= 3, "four lanes");
    constexpr int i1 = S + 1 < 4 ? S + 1 : 3, i2 = S + 2 < 4 ? S + 2 : 3;
    const D m = _mm256_permute4x64_pd(a, S | (i1 << 2) | (i2 << 4) | (3 << 6));
    return _mm256_blend_pd(m, _mm256_set1_pd(-0.0), (0xF << (4 - S)) & 0xF);
  }
  template <class T>
  static D LoadCol(const T* p, int64_t s) {
    return _mm256_set_pd(static_cast<double>(p[3 * s]), static_cast<double>(p[2 * s]),
                         static_cast<double>(p[s]), static_cast<double>(p[0]));
  }
  static D LoadCol(const float* p, int64_t s) {
    return _mm256_cvtps_pd(_mm_set_ps(p[3 * s], p[2 * s], p[s], p[0]));
  }
  static D LoadAcc(const float* p) { return _mm256_cvtps_pd(_mm_loadu_ps(p)); }
  // Float32 block trees (see scalar::V).
  using H = __m128;
  static H SetH(float v) { return _mm_set1_ps(v); }
  static H LoadH(const float* p) { return _mm_loadu_ps(p); }
  static H LoadColH(const float* p, int64_t s) { return _mm_set_ps(p[3 * s], p[2 * s], p[s], p[0]); }
  static H AddH(H a, H b) { return _mm_add_ps(a, b); }
  static D Widen(H h) { return _mm256_cvtps_pd(h); }
  // Float32 block rows of two vectors of columns in one register (see BlockValue2).
  using H2 = __m256;
  static H2 LoadH2(const float* p) { return _mm256_loadu_ps(p); }
  static H2 AddH2(H2 a, H2 b) { return _mm256_add_ps(a, b); }
  static D WidenLo(H2 h) { return _mm256_cvtps_pd(_mm256_castps256_ps128(h)); }
  static D WidenHi(H2 h) { return _mm256_cvtps_pd(_mm256_extractf128_ps(h, 1)); }
  // x0+x1 x2+x3 y0+y1 y2+y3: one tree level of two vectors of 4 rows.
  static __m128 PairsH(__m128 x, __m128 y) {
    return _mm_add_ps(_mm_shuffle_ps(x, y, 0x88), _mm_shuffle_ps(x, y, 0xDD));
  }
  // Columns 0-3, rows 0-3 | 4-7 each: level 1 gives 01 23 45 67 per column, level 2 0123 4567
  // of two columns, level 3 the four trees in lane order.
  static D BlockTreesF(const float* p, int64_t cs) {
    __m128 c[4];
    for (int j = 0; j < 4; ++j) c[j] = PairsH(_mm_loadu_ps(p + j * cs), _mm_loadu_ps(p + j * cs + 4));
    return _mm256_cvtps_pd(PairsH(PairsH(c[0], c[1]), PairsH(c[2], c[3])));
  }
  static D LoadAcc(const int32_t* p) {
    return _mm256_cvtepi32_pd(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)));
  }
  static D LoadAcc(const int64_t* p) {
    return I64ToF64(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)));
  }
  static D LoadCol(const int32_t* p, int64_t s) {
    return _mm256_cvtepi32_pd(_mm_set_epi32(p[3 * s], p[2 * s], p[s], p[0]));
  }
  static D LoadCol(const int64_t* p, int64_t s) {
    return I64ToF64(_mm256_set_epi64x(p[3 * s], p[2 * s], p[s], p[0]));
  }
  // static_cast<double> of each int64 lane (round to nearest even) without AVX-512DQ's vcvtqq2pd:
  // x = hi * 2^32 + lo (hi signed, lo unsigned 32-bit) put in the mantissas of powers of two;
  // (2^84 + (hi + 2^31) * 2^32) - (2^84 + 2^63 + 2^52) = hi * 2^32 - 2^52 is exact (representable)
  // and adding 2^52 + lo rounds once, as the conversion does.
  static D I64ToF64(__m256i x) {
    const __m256i hi =
        _mm256_xor_si256(_mm256_srli_epi64(x, 32), _mm256_set1_epi64x(0x4530000080000000));
    const __m256i lo = _mm256_blend_epi32(_mm256_set1_epi64x(0x4330000000000000), x, 0x55);
    const D h = _mm256_sub_pd(_mm256_castsi256_pd(hi), _mm256_set1_pd(0x1.00000801p84));
    return _mm256_add_pd(h, _mm256_castsi256_pd(lo));
  }
  static D MinP(D a, D b) {
    D m = _mm256_min_pd(a, b);
    m = _mm256_or_pd(m, _mm256_and_pd(_mm256_cmp_pd(a, b, _CMP_EQ_OQ), a));
    return _mm256_or_pd(m, _mm256_cmp_pd(a, b, _CMP_UNORD_Q));
  }
  static D MaxP(D a, D b) {
    D m = _mm256_max_pd(a, b);
    m = _mm256_and_pd(m, _mm256_or_pd(a, _mm256_cmp_pd(a, b, _CMP_NEQ_UQ)));
    return _mm256_or_pd(m, _mm256_cmp_pd(a, b, _CMP_UNORD_Q));
  }
};

}  // namespace avx2
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_VEC_X86_AVX2_INL_H_
