// Test helpers for the kernel tests: arrays in awkward layouts, exact references of the
// documented summation orders, and bit-level comparisons.
#ifndef RAPTORS_TESTS_KERNELS_TEST_UTIL_H_
#define RAPTORS_TESTS_KERNELS_TEST_UTIL_H_

#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "kernels/raptors.h"

namespace raptors {
namespace testing {

enum class Layout { kC, kEveryOtherCol, kNegRows, kNegCols, kTransposed, kUnaligned, kZeroRowStride };

inline const std::vector<Layout>& AllLayouts() {
  static const std::vector<Layout> all = {Layout::kC,          Layout::kEveryOtherCol,
                                          Layout::kNegRows,    Layout::kNegCols,
                                          Layout::kTransposed, Layout::kUnaligned,
                                          Layout::kZeroRowStride};
  return all;
}

inline std::string LayoutName(Layout l) {
  switch (l) {
    case Layout::kC: return "C";
    case Layout::kEveryOtherCol: return "every-other-col";
    case Layout::kNegRows: return "negative-row-stride";
    case Layout::kNegCols: return "negative-col-stride";
    case Layout::kTransposed: return "transposed";
    case Layout::kUnaligned: return "unaligned";
    case Layout::kZeroRowStride: return "zero-row-stride";
  }
  return "?";
}

// A rows x cols array of one dtype stored in some layout; storage holds exactly what the view
// can reach (plus one leading element for the unaligned layout), so ASan sees any overrun.
class TestArray {
 public:
  TestArray(DType dtype, int64_t rows, int64_t cols, Layout layout, uint32_t seed,
            double scale = 1.0)
      : dtype_(dtype), rows_(rows), cols_(cols), layout_(layout) {
    const int64_t es = static_cast<int64_t>(DTypeSize(dtype));
    int64_t n = rows * cols;
    // The storage ends at the view's last element, so a read one past it is out of bounds
    // (caught under --config=asan).
    if (layout == Layout::kEveryOtherCol) n = rows * cols * 2 - 1;
    if (layout == Layout::kUnaligned) n += 1;
    if (layout == Layout::kZeroRowStride) n = cols;
    storage_.resize(static_cast<size_t>(n > 0 ? n : 1) * es);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::uniform_int_distribution<int> ex(-6, 6);
    for (int64_t k = 0; k < n; ++k) {
      const double v = u(rng) * std::ldexp(scale, ex(rng));
      char* p = storage_.data() + k * es;
      switch (dtype) {
        case DType::kFloat32: { float f = static_cast<float>(v); std::memcpy(p, &f, 4); break; }
        case DType::kFloat64: std::memcpy(p, &v, 8); break;
        case DType::kInt32: { int32_t i = static_cast<int32_t>(rng() % 2001) - 1000; std::memcpy(p, &i, 4); break; }
        case DType::kInt64: { int64_t i = static_cast<int64_t>(rng() % 200001) - 100000; std::memcpy(p, &i, 8); break; }
      }
    }
    char* base = storage_.data();
    switch (layout) {
      case Layout::kC: data_ = base; rs_ = cols; cs_ = 1; break;
      case Layout::kEveryOtherCol: data_ = base; rs_ = 2 * cols; cs_ = 2; break;
      case Layout::kNegRows: data_ = base + (rows > 0 ? (rows - 1) * cols * es : 0); rs_ = -cols; cs_ = 1; break;
      case Layout::kNegCols: data_ = base + (cols > 0 ? (cols - 1) * es : 0); rs_ = cols; cs_ = -1; break;
      case Layout::kTransposed: data_ = base; rs_ = 1; cs_ = rows; break;
      case Layout::kUnaligned: data_ = base + es; rs_ = cols; cs_ = 1; break;
      case Layout::kZeroRowStride: data_ = base; rs_ = 0; cs_ = 1; break;
    }
  }

  ArrayView view() const { return ArrayView{data_, dtype_, rows_, cols_, rs_, cs_}; }
  MutableArrayView mutable_view() { return MutableArrayView{data_, dtype_, rows_, cols_, rs_, cs_}; }
  int64_t rows() const { return rows_; }
  int64_t cols() const { return cols_; }
  DType dtype() const { return dtype_; }

  const char* At(int64_t i, int64_t j) const {
    return data_ + (i * rs_ + j * cs_) * static_cast<int64_t>(DTypeSize(dtype_));
  }
  double Get(int64_t i, int64_t j) const {
    const char* p = At(i, j);
    switch (dtype_) {
      case DType::kFloat32: { float f; std::memcpy(&f, p, 4); return f; }
      case DType::kFloat64: { double d; std::memcpy(&d, p, 8); return d; }
      case DType::kInt32: { int32_t v; std::memcpy(&v, p, 4); return v; }
      case DType::kInt64: { int64_t v; std::memcpy(&v, p, 8); return static_cast<double>(v); }
    }
    return 0;
  }
  int64_t GetInt(int64_t i, int64_t j) const {
    const char* p = At(i, j);
    if (dtype_ == DType::kInt32) { int32_t v; std::memcpy(&v, p, 4); return v; }
    int64_t v; std::memcpy(&v, p, 8); return v;
  }
  void Set(int64_t i, int64_t j, double v) {
    char* p = const_cast<char*>(At(i, j));
    switch (dtype_) {
      case DType::kFloat32: { float f = static_cast<float>(v); std::memcpy(p, &f, 4); break; }
      case DType::kFloat64: std::memcpy(p, &v, 8); break;
      case DType::kInt32: { int32_t x = static_cast<int32_t>(v); std::memcpy(p, &x, 4); break; }
      case DType::kInt64: { int64_t x = static_cast<int64_t>(v); std::memcpy(p, &x, 8); break; }
    }
  }

 private:
  DType dtype_;
  int64_t rows_, cols_;
  Layout layout_;
  std::vector<char> storage_;
  char* data_ = nullptr;
  int64_t rs_ = 0, cs_ = 1;
};

// ---- Independent implementations of the documented orders (kernels/README_summation.md).

inline double RefOrderL(const std::vector<double>& x) {
  if (x.empty()) return 0.0;
  std::vector<double> chunks;
  for (size_t c = 0; c < x.size(); c += 256) {
    double lanes[32];
    for (double& l : lanes) l = -0.0;
    for (size_t k = c; k < x.size() && k < c + 256; ++k) lanes[(k - c) % 32] += x[k];
    for (int w = 16; w >= 1; w /= 2) {
      for (int i = 0; i < w; ++i) lanes[i] = lanes[i] + lanes[i + w];
    }
    chunks.push_back(lanes[0]);
  }
  struct Tree {
    const std::vector<double>& c;
    double operator()(size_t lo, size_t hi) const {
      if (hi - lo == 1) return c[lo];
      size_t p = 1;
      while (p * 2 < hi - lo) p *= 2;
      return (*this)(lo, lo + p) + (*this)(lo + p, hi);
    }
  };
  return Tree{chunks}(0, chunks.size());
}

// dt: the input's dtype; float32 blocks are added in float32.
inline double RefOrderR(const std::vector<double>& x, DType dt) {
  if (x.empty()) return 0.0;
  double total = -0.0, super = -0.0;
  int blocks = 0;
  for (size_t b = 0; b < x.size(); b += 8) {
    double v[8];
    for (int k = 0; k < 8; ++k) v[k] = b + k < x.size() ? x[b + k] : -0.0;
    double block;
    if (dt == DType::kFloat32) {
      float f[8];
      for (int k = 0; k < 8; ++k) f[k] = static_cast<float>(v[k]);
      block = static_cast<double>(((f[0] + f[1]) + (f[2] + f[3])) + ((f[4] + f[5]) + (f[6] + f[7])));
    } else {
      block = ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]));
    }
    super = super + block;
    if (++blocks == 64) {
      total = total + super;
      super = -0.0;
      blocks = 0;
    }
  }
  return total + super;
}

inline uint64_t Bits(double v) {
  if (v != v) v = std::numeric_limits<double>::quiet_NaN();
  uint64_t u;
  std::memcpy(&u, &v, 8);
  return u;
}

inline std::vector<Options> IsaOptions() {
  std::vector<Options> out;
  for (Isa isa : SupportedIsas()) {
    Options o;
    o.isa = isa;
    out.push_back(o);
  }
  return out;
}

inline std::string IsaStr(const Options& o) { return std::string(IsaName(*o.isa)); }

}  // namespace testing
}  // namespace raptors

#endif  // RAPTORS_TESTS_KERNELS_TEST_UTIL_H_
