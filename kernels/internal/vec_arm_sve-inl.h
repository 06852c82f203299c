// Vector layer: SVE, vector-length agnostic (svcntd() float64 lanes, 2 to 32). Kernels take the
// lane count at run time; every operation is on whole vectors with an all-true predicate.
#ifndef RAPTORS_KERNELS_INTERNAL_VEC_ARM_SVE_INL_H_
#define RAPTORS_KERNELS_INTERNAL_VEC_ARM_SVE_INL_H_

#include <arm_neon.h>  // means-inl.h: the quotients use Advanced SIMD
#include <arm_sve.h>

#include <cstdint>
#include <cstring>

namespace raptors {
namespace sve {

struct V {
  using D = svfloat64_t;
  static int Lanes() { return static_cast<int>(svcntd()); }
  static D Set(double v) { return svdup_n_f64(v); }
  static D Load(const double* p) { return svld1_f64(svptrue_b64(), p); }
  static void Store(double* p, D v) { svst1_f64(svptrue_b64(), p, v); }
  static D Add(D a, D b) { return svadd_f64_x(svptrue_b64(), a, b); }
  static D AddF(D acc, D x) { return svadd_f64_x(svptrue_b64(), acc, x); }
  static D AddIfLess(D acc, D x, D a, D b) {
    return svadd_f64_m(svcmplt_f64(svptrue_b64(), a, b), acc, x);
  }
  static void AddSplit(D& o, D& nw, D x, D col, D split) {
    const svbool_t pg = svptrue_b64();
    const svbool_t m = svcmplt_f64(pg, col, split);
    o = svadd_f64_m(m, o, x);
    nw = svadd_f64_m(svnot_b_z(pg, m), nw, x);
  }
  // Explicit halving (svaddv's order is implementation-defined): lane i += lane i + w.
  static double HalvingSum(D a) {
    for (uint64_t w = svcntd() / 2; w >= 1; w /= 2) {
      a = svadd_f64_x(svptrue_b64(), a, svtbl_f64(a, svindex_u64(w, 1)));
    }
    return svlasta_f64(svpfalse_b(), a);
  }
  static D LoadAcc(const double* p) { return svld1_f64(svptrue_b64(), p); }
  static D LoadAcc(const float* p) {
    // Each float goes to the low half of a 64-bit container; FCVT reads that half.
    const svbool_t pg = svptrue_b64();
    const svuint64_t w = svld1uw_u64(pg, reinterpret_cast<const uint32_t*>(p));
    return svcvt_f64_f32_x(pg, svreinterpret_f32_u64(w));
  }
  // Float32 block trees (see scalar::V): one float in the low half of each 64-bit container, as
  // LoadAcc loads them (the high halves hold zeros, which AddH adds harmlessly).
  using H = svfloat32_t;
  static H SetH(float v) { return svreinterpret_f32_u64(svdup_n_u64(FloatBits(v))); }
  static H LoadH(const float* p) {
    return svreinterpret_f32_u64(svld1uw_u64(svptrue_b64(), reinterpret_cast<const uint32_t*>(p)));
  }
  static H LoadColH(const float* p, int64_t s) {
    return svreinterpret_f32_u64(svld1uw_gather_s64index_u64(
        svptrue_b64(), reinterpret_cast<const uint32_t*>(p), svindex_s64(0, s)));
  }
  static H AddH(H a, H b) { return svadd_f32_x(svptrue_b32(), a, b); }
  static D Widen(H h) { return svcvt_f64_f32_x(svptrue_b64(), h); }
  static uint64_t FloatBits(float v) {
    uint32_t u;
    std::memcpy(&u, &v, 4);
    return u;
  }
  static D LoadAcc(const int32_t* p) {
    const svbool_t pg = svptrue_b64();
    return svcvt_f64_s64_x(pg, svld1sw_s64(pg, p));
  }
  static D LoadAcc(const int64_t* p) {
    const svbool_t pg = svptrue_b64();
    return svcvt_f64_s64_x(pg, svld1_s64(pg, p));
  }
  static D MinP(D a, D b) { return svmin_f64_x(svptrue_b64(), a, b); }
  static D MaxP(D a, D b) { return svmax_f64_x(svptrue_b64(), a, b); }
};

}  // namespace sve
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_VEC_ARM_SVE_INL_H_
