// Vector layer: scalar (one float64 lane). The reference every other layer must match bit for bit.
#ifndef RAPTORS_KERNELS_INTERNAL_VEC_SCALAR_INL_H_
#define RAPTORS_KERNELS_INTERNAL_VEC_SCALAR_INL_H_

#include <cstdint>
#include <cstring>

namespace raptors {
namespace scalar {

struct V {
  using D = double;
  static constexpr int Lanes() { return 1; }
  static D Set(double v) { return v; }
  static D Load(const double* p) { return *p; }
  static void Store(double* p, D v) { *p = v; }
  static D Add(D a, D b) { return a + b; }
  // acc + x, the same bits as Add; layers with FMA run it as fma(x, 1, acc) on the FMA pipes,
  // which on some cores (Zen 4) are not the ones the float -> double conversion occupies.
  static D AddF(D acc, D x) { return acc + x; }
  // acc + x in the lanes where a < b; acc + -0.0 (the bits of acc) elsewhere. Layers with
  // masked adds leave those lanes as they are.
  static D AddIfLess(D acc, D x, D a, D b) { return acc + (a < b ? x : -0.0); }
  // A chain split at `split`: o += x where col < split, else nw += x; the other gets -0.0 (its
  // bits unchanged).
  static void AddSplit(D& o, D& nw, D x, D col, D split) {
    const bool m = col < split;
    o = o + (m ? x : -0.0);
    nw = nw + (m ? -0.0 : x);
  }
  // Halving combine of the lanes: for w = Lanes()/2 .. 1, lane[i] += lane[i + w]; lane 0.
  static double HalvingSum(D a) { return a; }
  static D LoadAcc(const double* p) { return *p; }
  static D LoadAcc(const float* p) { return static_cast<double>(*p); }
  static D LoadAcc(const int32_t* p) { return static_cast<double>(*p); }
  static D LoadAcc(const int64_t* p) { return static_cast<double>(*p); }
  // Order R's float32 block trees (summation_order.h) are added in float32: H holds Lanes()
  // float32 values (LoadH: contiguous, LoadColH: p[i * stride]), AddH adds them in float32 and
  // Widen converts a block's value to float64 exactly. BlockTreesF(p, cs): the float32 block
  // trees of Lanes() columns whose 8 rows are contiguous (column j at p + j * cs), widened.
  using H = float;
  static H SetH(float v) { return v; }
  static H LoadH(const float* p) { return *p; }
  static H LoadColH(const float* p, int64_t) { return *p; }
  static H AddH(H a, H b) { return a + b; }
  static D Widen(H h) { return static_cast<double>(h); }
  static D BlockTreesF(const float* p, int64_t) {
    return static_cast<double>(((p[0] + p[1]) + (p[2] + p[3])) + ((p[4] + p[5]) + (p[6] + p[7])));
  }
  // Lanes i = p[i * stride] as float64 (one vector holds one column of Lanes() rows).
  template <class T>
  static D LoadCol(const T* p, int64_t) { return static_cast<double>(*p); }
  // Block tree of kRowBlock = 8 consecutive values v[0..8) of one column:
  // ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7)). Wider layers take Lanes() columns of
  // 8 / Lanes() vectors each and transpose while they add (one column per lane of the result).
  static D BlockTrees(const D* v) {
    return ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]));
  }
  // Halving trees of Lanes() short rows of M lanes each (M a power of two <= Lanes()), the rows
  // stored one after another across v[0..M) as a contiguous block is loaded: lane r of the result
  // is row r's tree (for w = M/2 .. 1: lane[i] += lane[i + w]). Wider layers permute while they
  // add, one tree level per vector add, so contiguous short rows need no strided gathers.
  template <int M>
  static D RowTrees(const D* v) {
    static_assert(M == 1, "one lane");
    return v[0];
  }
  // NaN-propagating min/max with -0.0 < +0.0 (any NaN bits; callers canonicalize).
  static D MinP(D a, D b) {
    if (a != a || b != b) return a + b;
    if (a == b) return Bits(Raw(a) | Raw(b));
    return a < b ? a : b;
  }
  static D MaxP(D a, D b) {
    if (a != a || b != b) return a + b;
    if (a == b) return Bits(Raw(a) & Raw(b));
    return a > b ? a : b;
  }

 private:
  static uint64_t Raw(double v) {
    uint64_t u;
    std::memcpy(&u, &v, 8);
    return u;
  }
  static double Bits(uint64_t u) {
    double v;
    std::memcpy(&v, &u, 8);
    return v;
  }
};

}  // namespace scalar
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_VEC_SCALAR_INL_H_
