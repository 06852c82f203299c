// Vector layer: AArch64 Advanced SIMD (two float64 lanes). FMIN/FMAX already propagate NaN and
// order -0.0 below +0.0, as the contract wants.
#ifndef RAPTORS_KERNELS_INTERNAL_VEC_ARM_NEON_INL_H_
#define RAPTORS_KERNELS_INTERNAL_VEC_ARM_NEON_INL_H_

#include <arm_neon.h>

#include <cstdint>

namespace raptors {
namespace neon {

struct V {
  using D = float64x2_t;
  static constexpr int Lanes() { return 2; }
  static D Set(double v) { return vdupq_n_f64(v); }
  static D Load(const double* p) { return vld1q_f64(p); }
  static void Store(double* p, D v) { vst1q_f64(p, v); }
  static D Add(D a, D b) { return vaddq_f64(a, b); }
  static D AddF(D acc, D x) { return vaddq_f64(acc, x); }
  static D AddIfLess(D acc, D x, D a, D b) {
    return vaddq_f64(acc, vbslq_f64(vcltq_f64(a, b), x, vdupq_n_f64(-0.0)));
  }
  static void AddSplit(D& o, D& nw, D x, D col, D split) {
    const uint64x2_t m = vcltq_f64(col, split);
    const D z = vdupq_n_f64(-0.0);
    o = vaddq_f64(o, vbslq_f64(m, x, z));
    nw = vaddq_f64(nw, vbslq_f64(m, z, x));
  }
  static double HalvingSum(D a) { return vgetq_lane_f64(a, 0) + vgetq_lane_f64(a, 1); }
  // a0 b0: the even lanes of a, then those of b (order R over every other column).
  static D EvenLanes(D a, D b) { return vuzp1q_f64(a, b); }
  // Block trees of two columns (see scalar::V::BlockTrees): v[0..4) hold rows 0..7 of column 0,
  // v[4..8) those of column 1. Zipping the two columns' vectors k pairs rows 2k | 2k+1 of both,
  // so each tree level is one add of whole vectors.
  static D BlockTrees(const D* v) {
    D s[4];
    for (int k = 0; k < 4; ++k) {
      s[k] = vaddq_f64(vzip1q_f64(v[k], v[4 + k]), vzip2q_f64(v[k], v[4 + k]));
    }
    return vaddq_f64(vaddq_f64(s[0], s[1]), vaddq_f64(s[2], s[3]));
  }
  // Float32 block trees (see scalar::V).
  using H = float32x2_t;
  static H SetH(float v) { return vdup_n_f32(v); }
  static H LoadH(const float* p) { return vld1_f32(p); }
  static H LoadColH(const float* p, int64_t s) { return vset_lane_f32(p[s], vdup_n_f32(p[0]), 1); }
  static H AddH(H a, H b) { return vadd_f32(a, b); }
  static D Widen(H h) { return vcvt_f64_f32(h); }
  // Float32 block rows of two vectors of columns in one register (see BlockValue2).
  using H2 = float32x4_t;
  static H2 LoadH2(const float* p) { return vld1q_f32(p); }
  static H2 AddH2(H2 a, H2 b) { return vaddq_f32(a, b); }
  static D WidenLo(H2 h) { return vcvt_f64_f32(vget_low_f32(h)); }
  static D WidenHi(H2 h) { return vcvt_high_f64_f32(h); }
  // Columns 0 and 1: FADDP adds neighbours (x0+x1 x2+x3 y0+y1 y2+y3), one tree level per step.
  static D BlockTreesF(const float* p, int64_t cs) {
    const float32x4_t c0 = vpaddq_f32(vld1q_f32(p), vld1q_f32(p + 4));
    const float32x4_t c1 = vpaddq_f32(vld1q_f32(p + cs), vld1q_f32(p + cs + 4));
    const float32x4_t t = vpaddq_f32(c0, c1);
    return vcvt_f64_f32(vget_low_f32(vpaddq_f32(t, t)));
  }
  // Row trees (see scalar::V::RowTrees): M = 2 holds rows a | b; zipping pairs their lanes 0
  // and 1, lane 0 first as in the tree.
  template <int M>
  static D RowTrees(const D* v) {
    static_assert(M == 1 || M == 2, "at most two lanes");
    if constexpr (M == 1) {
      return v[0];
    } else {
      return vaddq_f64(vzip1q_f64(v[0], v[1]), vzip2q_f64(v[0], v[1]));
    }
  }
  // Lanes moved down by S (lane j = a[j + S]), the vacated lanes -0.0 (absent tree lanes): the
  // last, partial vector of a row, loaded so that it ends at the row's last element.
  template <int S>
  static D ShiftDown(D a) {
    static_assert(S == 1, "two lanes");
    return vzip2q_f64(a, vdupq_n_f64(-0.0));
  }
  static D LoadAcc(const double* p) { return vld1q_f64(p); }
  template <class T>
  static D LoadCol(const T* p, int64_t s) {
    return vcombine_f64(vdup_n_f64(static_cast<double>(p[0])),
                        vdup_n_f64(static_cast<double>(p[s])));
  }
  static D LoadAcc(const float* p) { return vcvt_f64_f32(vld1_f32(p)); }
  static D LoadAcc(const int32_t* p) { return vcvtq_f64_s64(vmovl_s32(vld1_s32(p))); }
  static D LoadAcc(const int64_t* p) { return vcvtq_f64_s64(vld1q_s64(p)); }
  static D MinP(D a, D b) { return vminq_f64(a, b); }
  static D MaxP(D a, D b) { return vmaxq_f64(a, b); }
};

}  // namespace neon
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_VEC_ARM_NEON_INL_H_
