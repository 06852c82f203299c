// Means of axis reductions: the float64 sums divided by the element count, for one ISA.
//
// Textual part of kernels/internal/kernels-inl.h (no include guard, by design), included inside
// raptors::RAPTORS_NS. The contract is the bits of `static_cast<O>(v[k] / d)`: one correctly
// rounded float64 quotient, then the conversion. Division is slow (Zen 4: one 4-lane vdivpd per
// 5 cycles, one scalar divsd per 4.5), so with many outputs it cost as much as the sum itself
// (mean_axis1 float32 4194304x4: 9.4 ms against sum_axis1's 5.9 ms). Where the ISA has FMA the
// quotient comes from the reciprocal instead, with one correction (Markstein):
//   y = RN(1/d), q = RN(v*y), r = fma(-q, d, v) (exact), q' = fma(r, y, q) = RN(v/d),
// valid while v, q, r and r*y stay normal and finite. d is a count (1 <= d <= 2^63), so lanes
// with 2^-900 <= |v| <= 2^900 are safe; a vector with any other lane (zero, whose sign a
// product would keep but plain division must decide, subnormal, huge, infinite or NaN) takes
// plain division instead. tests/kernels/means_test.cc compares the two on tens of millions of
// quotients over all binades and many counts.
//
// Scalar and SSE2 (no FMA) divide: one quotient per division instruction either way.

// Q: the ISA's float64 vector with what the reciprocal path needs; RAPTORS_MEANS_FMA is 0
// where the kernel divides element by element.
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx2 || RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512
#define RAPTORS_MEANS_FMA 1
#if RAPTORS_NV_ISA == RAPTORS_NV_ISA_avx512
struct Q {
  using W = __m512d;
  static constexpr int kN = 8;
  static W Set(double x) { return _mm512_set1_pd(x); }
  static W Load(const double* p) { return _mm512_loadu_pd(p); }
  static bool AllInRange(W x, W lo, W hi) {
    const W a = _mm512_abs_pd(x);
    return (_mm512_cmp_pd_mask(a, lo, _CMP_GE_OQ) & _mm512_cmp_pd_mask(a, hi, _CMP_LE_OQ)) ==
           0xFF;
  }
  static W Div(W a, W b) { return _mm512_div_pd(a, b); }
  static W Mul(W a, W b) { return _mm512_mul_pd(a, b); }
  static W MulAdd(W a, W b, W c) { return _mm512_fmadd_pd(a, b, c); }   // a*b + c, rounded once
  static W NegMulAdd(W a, W b, W c) { return _mm512_fnmadd_pd(a, b, c); }  // c - a*b, once
  static void Store(double* p, W x) { _mm512_storeu_pd(p, x); }
  static void Store(float* p, W x) { _mm256_storeu_ps(p, _mm512_cvtpd_ps(x)); }
};
#else
struct Q {
  using W = __m256d;
  static constexpr int kN = 4;
  static W Set(double x) { return _mm256_set1_pd(x); }
  static W Load(const double* p) { return _mm256_loadu_pd(p); }
  static bool AllInRange(W x, W lo, W hi) {
    const W a = _mm256_andnot_pd(_mm256_set1_pd(-0.0), x);
    const W ok = _mm256_and_pd(_mm256_cmp_pd(a, lo, _CMP_GE_OQ), _mm256_cmp_pd(a, hi, _CMP_LE_OQ));
    return _mm256_movemask_pd(ok) == 0xF;
  }
  static W Div(W a, W b) { return _mm256_div_pd(a, b); }
  static W Mul(W a, W b) { return _mm256_mul_pd(a, b); }
  static W MulAdd(W a, W b, W c) { return _mm256_fmadd_pd(a, b, c); }
  static W NegMulAdd(W a, W b, W c) { return _mm256_fnmadd_pd(a, b, c); }
  static void Store(double* p, W x) { _mm256_storeu_pd(p, x); }
  static void Store(float* p, W x) { _mm_storeu_ps(p, _mm256_cvtpd_ps(x)); }
};
#endif
#elif RAPTORS_NV_ISA == RAPTORS_NV_ISA_neon || RAPTORS_NV_ISA == RAPTORS_NV_ISA_sve
// FMA is part of ARMv8-A's Advanced SIMD; the SVE table shares these 128-bit vectors (the
// quotients are a small part of a mean, so vector-length agnostic code would gain little).
#define RAPTORS_MEANS_FMA 1
struct Q {
  using W = float64x2_t;
  static constexpr int kN = 2;
  static W Set(double x) { return vdupq_n_f64(x); }
  static W Load(const double* p) { return vld1q_f64(p); }
  static bool AllInRange(W x, W lo, W hi) {
    const uint64x2_t ok = vandq_u64(vcageq_f64(x, lo), vcaleq_f64(x, hi));
    return vminvq_u32(vreinterpretq_u32_u64(ok)) == 0xFFFFFFFFu;
  }
  static W Div(W a, W b) { return vdivq_f64(a, b); }
  static W Mul(W a, W b) { return vmulq_f64(a, b); }
  static W MulAdd(W a, W b, W c) { return vfmaq_f64(c, a, b); }
  static W NegMulAdd(W a, W b, W c) { return vfmsq_f64(c, a, b); }
  static void Store(double* p, W x) { vst1q_f64(p, x); }
  static void Store(float* p, W x) { vst1_f32(p, vcvt_f32_f64(x)); }
};
#else
#define RAPTORS_MEANS_FMA 0
#endif

// o[k * stride] = static_cast<O>(v[k] / len) for k < n (len > 0).
template <class O>
void Means(const double* v, int64_t n, int64_t len, void* out, int64_t stride) {
  O* o = static_cast<O*>(out);
  const double d = static_cast<double>(len);
  int64_t k = 0;
#if RAPTORS_MEANS_FMA
  {
    using W = typename Q::W;
    constexpr int kN = Q::kN;
    const W dv = Q::Set(d), y = Q::Set(1.0 / d);
    const W lo = Q::Set(0x1p-900), hi = Q::Set(0x1p900);
    const auto quotient = [&](W x) {
      if (__builtin_expect(!Q::AllInRange(x, lo, hi), 0)) return Q::Div(x, dv);
      const W q = Q::Mul(x, y);
      return Q::MulAdd(Q::NegMulAdd(q, dv, x), y, q);
    };
    if (stride == 1) {
      for (; k + kN <= n; k += kN) Q::Store(o + k, quotient(Q::Load(v + k)));
    } else {
      O buf[kN];
      for (; k + kN <= n; k += kN) {
        Q::Store(buf, quotient(Q::Load(v + k)));
        for (int l = 0; l < kN; ++l) o[(k + l) * stride] = buf[l];
      }
    }
  }
#endif
  for (; k < n; ++k) o[k * stride] = static_cast<O>(v[k] / d);
}

#undef RAPTORS_MEANS_FMA
