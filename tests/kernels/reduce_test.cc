// Reductions on every supported ISA: results must equal independent implementations of the
// documented summation orders bit for bit (so every ISA agrees), be accurate against a long
// double reference, and follow NumPy's dtype, empty, NaN and integer semantics.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/raptors.h"
#include "tests/kernels/test_util.h"

namespace raptors {
namespace testing {
namespace {

const DType kDTypes[] = {DType::kFloat32, DType::kFloat64, DType::kInt32, DType::kInt64};
const std::pair<int64_t, int64_t> kShapes[] = {
    {0, 0}, {0, 5}, {5, 0}, {1, 1}, {1, 8}, {8, 1}, {7, 13}, {33, 65}, {1000, 3}, {3, 1000},
    {517, 9}, {1, 1100}, {40, 450},
    // Whole chunks ending exactly at the last element (the stride-2 path gathers that chunk).
    {4, 256}, {3, 512},
    // Short rows of every vectorized row-length class (axis-1 kernels per row length).
    {301, 2}, {301, 4}, {67, 5}, {23, 6}, {45, 7}, {301, 16}, {19, 17}, {37, 31}, {301, 32},
    // Rows of a few hundred bytes over more than two superblocks (axis 0 in memory order).
    {1100, 70}};

bool IsInt(DType d) { return d == DType::kInt32 || d == DType::kInt64; }

// Expected value of an output element (float results rounded like the library).
double Finish(ReduceOp op, DType in, double sum, int64_t n) {
  double v = op == ReduceOp::kMean ? (n == 0 ? NAN : sum / static_cast<double>(n)) : sum;
  if (ReduceResultDType(op, in) == DType::kFloat32) v = static_cast<float>(v);
  return v;
}

double ReadOut(const std::vector<char>& buf, DType dt, int64_t k) {
  switch (dt) {
    case DType::kFloat32: { float f; std::memcpy(&f, buf.data() + 4 * k, 4); return f; }
    case DType::kFloat64: { double d; std::memcpy(&d, buf.data() + 8 * k, 8); return d; }
    case DType::kInt32: { int32_t i; std::memcpy(&i, buf.data() + 4 * k, 4); return i; }
    case DType::kInt64: { int64_t i; std::memcpy(&i, buf.data() + 8 * k, 8); return static_cast<double>(i); }
  }
  return 0;
}

TEST(ReduceAll, SumAndMeanFollowOrderLOnEveryIsaAndLayout) {
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (auto [rows, cols] : kShapes) {
        for (Layout layout : AllLayouts()) {
          TestArray a(dt, rows, cols, layout, static_cast<uint32_t>(rows * 31 + cols));
          SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " + std::to_string(rows) +
                       "x" + std::to_string(cols) + " " + LayoutName(layout));
          std::vector<double> flat;
          int64_t isum = 0;
          for (int64_t i = 0; i < rows; ++i) {
            for (int64_t j = 0; j < cols; ++j) {
              flat.push_back(a.Get(i, j));
              if (IsInt(dt)) isum += a.GetInt(i, j);
            }
          }
          absl::StatusOr<Scalar> s = Sum(a.view(), o);
          absl::StatusOr<Scalar> m = Mean(a.view(), o);
          ASSERT_TRUE(s.ok()) << s.status();
          ASSERT_TRUE(m.ok()) << m.status();
          EXPECT_EQ(s->dtype, ReduceResultDType(ReduceOp::kSum, dt));
          EXPECT_EQ(m->dtype, ReduceResultDType(ReduceOp::kMean, dt));
          const double ref = RefOrderL(flat);
          if (IsInt(dt)) {
            EXPECT_EQ(s->i, isum);
          } else {
            EXPECT_EQ(Bits(s->f), Bits(Finish(ReduceOp::kSum, dt, ref, 0)));
          }
          EXPECT_EQ(Bits(m->f), Bits(Finish(ReduceOp::kMean, dt, ref, rows * cols)));
          // Accuracy against long double.
          long double exact = 0;
          for (double v : flat) exact += v;
          if (!IsInt(dt) && !flat.empty()) {
            long double mag = 0;
            for (double v : flat) mag += std::fabs(v);
            EXPECT_LE(std::fabs(static_cast<long double>(ref) - exact), mag * 1e-15L);
          }
        }
      }
    }
  }
}

TEST(ReduceAxis, SumAndMeanFollowOrdersRAndL) {
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (auto [rows, cols] : kShapes) {
        for (Layout layout : AllLayouts()) {
          TestArray a(dt, rows, cols, layout, static_cast<uint32_t>(rows * 7 + cols));
          for (int axis = 0; axis < 2; ++axis) {
            for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean}) {
              SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " +
                           std::to_string(rows) + "x" + std::to_string(cols) + " " +
                           LayoutName(layout) + " axis " + std::to_string(axis) + " " +
                           std::string(ReduceOpName(op)));
              const DType rdt = ReduceResultDType(op, dt);
              const int64_t n = axis == 0 ? cols : rows, len = axis == 0 ? rows : cols;
              std::vector<char> buf(static_cast<size_t>(n + 1) * DTypeSize(rdt));
              ASSERT_TRUE(ReduceAxis(op, a.view(), axis,
                                     MutableVectorView{buf.data(), rdt, n, 1}, o)
                              .ok());
              for (int64_t k = 0; k < n; ++k) {
                std::vector<double> seq;
                int64_t isum = 0;
                for (int64_t t = 0; t < len; ++t) {
                  const int64_t i = axis == 0 ? t : k, j = axis == 0 ? k : t;
                  seq.push_back(a.Get(i, j));
                  if (IsInt(dt)) isum += a.GetInt(i, j);
                }
                const double got = ReadOut(buf, rdt, k);
                if (IsInt(dt) && op == ReduceOp::kSum) {
                  ASSERT_EQ(static_cast<int64_t>(got), isum) << k;
                } else {
                  const double ref = axis == 0 ? RefOrderR(seq, dt) : RefOrderL(seq);
                  ASSERT_EQ(Bits(got), Bits(Finish(op, dt, ref, len))) << "element " << k;
                }
              }
            }
          }
        }
      }
    }
  }
}

template <class T>
T Extreme(bool is_max, const std::vector<T>& v) {
  T r = v[0];
  for (T x : v) {
    if constexpr (std::numeric_limits<T>::is_iec559) {
      if (x != x || r != r) return std::numeric_limits<T>::quiet_NaN();
      if (x == r) {
        if (std::signbit(x) != std::signbit(r)) r = is_max ? T(0) : T(-0.0);
        continue;
      }
    }
    if (is_max ? x > r : x < r) r = x;
  }
  return r;
}

// Short rows (1..32 elements: the axis-1 kernels specialized per row length; for min/max and
// integer sums, rows whose length divides the vector width are read as whole vectors of several
// rows) of every op, in every layout
// the kernels tell apart: joined-up rows, rows with gaps (rs > cols), reversed rows, strided and
// reversed columns, transposed, unaligned; row counts that are not multiples of any vector width
// and one that spans two tasks. The storage holds exactly the view's span, so ASan sees any load
// past its first or last element. Values mix +-2^40 with small ones, so cancellation makes the
// rounded result depend on the association (a float32 result too, not only the float64 sum).
TEST(ReduceAxis, ShortRowsEveryLengthAndLayout) {
  struct Lay {
    const char* name;
    int64_t rs_mul, rs_add, cs, lead;  // rs = rs_mul * cols + rs_add (rs_mul 0: rs = rows)
  };
  const Lay kLays[] = {{"C", 1, 0, 1, 0},         {"gap1", 1, 1, 1, 0},
                       {"gap3", 1, 3, 1, 0},      {"neg-rows", -1, 0, 1, 0},
                       {"neg-gap2", -1, -2, 1, 0}, {"every-other-col", 2, 0, 2, 0},
                       {"neg-cols", 1, 0, -1, 0}, {"transposed", 0, 0, 0, 0},
                       {"unaligned", 1, 0, 1, 1}};
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      const int64_t es = static_cast<int64_t>(DTypeSize(dt));
      for (int64_t cols = 1; cols <= 32; ++cols) {
        for (int64_t rows : {int64_t{1}, int64_t{3}, int64_t{9}, int64_t{67}, int64_t{300}}) {
          for (const Lay& l : kLays) {
            const int64_t rs = l.rs_mul == 0 ? 1 : l.rs_mul * cols + l.rs_add;
            const int64_t cs = l.rs_mul == 0 ? rows : l.cs;
            const int64_t lo = std::min<int64_t>(0, (rows - 1) * rs) + std::min<int64_t>(0, (cols - 1) * cs);
            const int64_t hi = std::max<int64_t>(0, (rows - 1) * rs) + std::max<int64_t>(0, (cols - 1) * cs);
            const int64_t n = l.lead + hi - lo + 1;
            std::vector<char> storage(static_cast<size_t>(n * es));
            std::mt19937_64 rng(static_cast<uint64_t>(cols * 1000 + rows));
            std::uniform_real_distribution<double> u(-1.0, 1.0);
            for (int64_t k = 0; k < n; ++k) {
              char* p = storage.data() + k * es;
              const bool big = rng() % 3 == 0;
              const double sign = (rng() & 1) ? 1.0 : -1.0;
              const double f = big ? sign * 0x1p40 : std::ldexp(u(rng), -static_cast<int>(rng() % 24));
              switch (dt) {
                case DType::kFloat32: { float x = static_cast<float>(f); std::memcpy(p, &x, 4); break; }
                case DType::kFloat64: std::memcpy(p, &f, 8); break;
                case DType::kInt32: { int32_t x = static_cast<int32_t>(rng() % 2000001) - 1000000; std::memcpy(p, &x, 4); break; }
                case DType::kInt64: {
                  // Beyond 2^53, so the float64 accumulation of the mean rounds.
                  int64_t x = static_cast<int64_t>(rng() >> 2) * (big ? 1 : -1);
                  std::memcpy(p, &x, 8);
                  break;
                }
              }
            }
            const char* data = storage.data() + (l.lead - lo) * es;
            const ArrayView view{data, dt, rows, cols, rs, cs};
            for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean, ReduceOp::kMin, ReduceOp::kMax}) {
              SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " +
                           std::to_string(rows) + "x" + std::to_string(cols) + " " + l.name + " " +
                           std::string(ReduceOpName(op)));
              const DType rdt = ReduceResultDType(op, dt);
              std::vector<char> out(static_cast<size_t>(rows) * DTypeSize(rdt));
              ASSERT_TRUE(ReduceAxis(op, view, 1, MutableVectorView{out.data(), rdt, rows, 1}, o).ok());
              for (int64_t i = 0; i < rows; ++i) {
                std::vector<double> seq;
                for (int64_t j = 0; j < cols; ++j) {
                  const char* p = data + (i * rs + j * cs) * es;
                  switch (dt) {
                    case DType::kFloat32: { float x; std::memcpy(&x, p, 4); seq.push_back(x); break; }
                    case DType::kFloat64: { double x; std::memcpy(&x, p, 8); seq.push_back(x); break; }
                    case DType::kInt32: { int32_t x; std::memcpy(&x, p, 4); seq.push_back(x); break; }
                    case DType::kInt64: { int64_t x; std::memcpy(&x, p, 8); seq.push_back(static_cast<double>(x)); break; }
                  }
                }
                const bool is_minmax = op == ReduceOp::kMin || op == ReduceOp::kMax;
                if (IsInt(dt) && (is_minmax || op == ReduceOp::kSum)) {  // exact, in int64
                  std::vector<int64_t> iseq;
                  for (int64_t j = 0; j < cols; ++j) {
                    const char* p = data + (i * rs + j * cs) * es;
                    int64_t x;
                    if (dt == DType::kInt32) {
                      int32_t y;
                      std::memcpy(&y, p, 4);
                      x = y;
                    } else {
                      std::memcpy(&x, p, 8);
                    }
                    iseq.push_back(x);
                  }
                  uint64_t want = 0;  // the sum modulo 2^64
                  for (int64_t x : iseq) want += static_cast<uint64_t>(x);
                  if (is_minmax) want = static_cast<uint64_t>(Extreme(op == ReduceOp::kMax, iseq));
                  int64_t got;
                  if (rdt == DType::kInt32) {
                    int32_t y;
                    std::memcpy(&y, out.data() + 4 * i, 4);
                    got = y;
                  } else {
                    std::memcpy(&got, out.data() + 8 * i, 8);
                  }
                  ASSERT_EQ(static_cast<uint64_t>(got), want) << "row " << i;
                } else if (is_minmax) {  // exact and order-free: the values themselves
                  ASSERT_EQ(Bits(ReadOut(out, rdt, i)), Bits(Extreme(op == ReduceOp::kMax, seq)))
                      << "row " << i;
                } else {
                  ASSERT_EQ(Bits(ReadOut(out, rdt, i)), Bits(Finish(op, dt, RefOrderL(seq), cols)))
                      << "row " << i;
                }
              }
            }
          }
        }
      }
    }
  }
}

// Rows of 33-300 elements: one partial chunk (33-255), one whole chunk (256), a whole chunk and a
// partial one (257-300), their lanes in registers with the last step's partial vector from a
// buffer. Every length, joined-up and unaligned rows, on every ISA, bit for bit against the
// reference order; the storage holds exactly the view's span (ASan sees any load past it), and
// the flat sum covers the same lengths as a whole view's last chunk.
TEST(ReduceAxis, RowsOfOneOrTwoChunksEveryLength) {
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      const int64_t es = static_cast<int64_t>(DTypeSize(dt));
      for (int64_t cols = 33; cols <= 300; ++cols) {
        for (int64_t lead : {0, 1}) {
          const int64_t rows = 3;
          std::vector<char> storage(static_cast<size_t>((lead + rows * cols) * es));
          std::mt19937_64 rng(static_cast<uint64_t>(cols * 10 + lead));
          std::vector<double> vals;
          for (int64_t k = 0; k < rows * cols; ++k) {
            char* p = storage.data() + (lead + k) * es;
            const double f = ((rng() & 1) ? 0x1p40 : 1.0) * std::ldexp(static_cast<double>(rng() % 2001) - 1000.0, -static_cast<int>(rng() % 20));
            switch (dt) {
              case DType::kFloat32: { float x = static_cast<float>(f); std::memcpy(p, &x, 4); vals.push_back(x); break; }
              case DType::kFloat64: std::memcpy(p, &f, 8); vals.push_back(f); break;
              case DType::kInt32: { int32_t x = static_cast<int32_t>(rng() % 2000001) - 1000000; std::memcpy(p, &x, 4); vals.push_back(x); break; }
              case DType::kInt64: { int64_t x = static_cast<int64_t>(rng() % 2000001) - 1000000; std::memcpy(p, &x, 8); vals.push_back(static_cast<double>(x)); break; }
            }
          }
          const ArrayView view{storage.data() + lead * es, dt, rows, cols, cols, 1};
          SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " 3x" + std::to_string(cols) +
                       " lead " + std::to_string(lead));
          const DType rdt = ReduceResultDType(ReduceOp::kMean, dt);
          std::vector<char> out(static_cast<size_t>(rows) * DTypeSize(rdt));
          ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, view, 1, MutableVectorView{out.data(), rdt, rows, 1}, o).ok());
          for (int64_t i = 0; i < rows; ++i) {
            const std::vector<double> seq(vals.begin() + i * cols, vals.begin() + (i + 1) * cols);
            ASSERT_EQ(Bits(ReadOut(out, rdt, i)), Bits(Finish(ReduceOp::kMean, dt, RefOrderL(seq), cols)))
                << "row " << i;
          }
          absl::StatusOr<Scalar> s = Reduce(ReduceOp::kMean, view, o);
          ASSERT_TRUE(s.ok());
          EXPECT_EQ(Bits(s->f), Bits(Finish(ReduceOp::kMean, dt, RefOrderL(vals), rows * cols)));
        }
      }
    }
  }
}

TEST(ReduceMinMax, AllAndAxesMatchReference) {
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (auto [rows, cols] : kShapes) {
        for (Layout layout : {Layout::kC, Layout::kTransposed, Layout::kNegCols, Layout::kEveryOtherCol}) {
          TestArray a(dt, rows, cols, layout, static_cast<uint32_t>(rows + cols * 3));
          for (bool is_max : {false, true}) {
            const ReduceOp op = is_max ? ReduceOp::kMax : ReduceOp::kMin;
            SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " +
                         std::to_string(rows) + "x" + std::to_string(cols) + " " +
                         LayoutName(layout) + (is_max ? " max" : " min"));
            std::vector<double> all;
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j) all.push_back(a.Get(i, j));
            absl::StatusOr<Scalar> s = Reduce(op, a.view(), o);
            if (all.empty()) {
              EXPECT_FALSE(s.ok());
              EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
            } else {
              ASSERT_TRUE(s.ok()) << s.status();
              const double want = Extreme(is_max, all);
              EXPECT_EQ(IsInt(dt) ? static_cast<double>(s->i) : s->f, want);
            }
            for (int axis = 0; axis < 2; ++axis) {
              const int64_t n = axis == 0 ? cols : rows, len = axis == 0 ? rows : cols;
              std::vector<char> buf(static_cast<size_t>(n + 1) * DTypeSize(dt));
              absl::Status st = ReduceAxis(op, a.view(), axis, MutableVectorView{buf.data(), dt, n, 1}, o);
              if (len == 0) {
                EXPECT_FALSE(st.ok()) << "axis " << axis;
                continue;
              }
              ASSERT_TRUE(st.ok()) << st;
              for (int64_t k = 0; k < n; ++k) {
                std::vector<double> seq;
                for (int64_t t = 0; t < len; ++t) seq.push_back(axis == 0 ? a.Get(t, k) : a.Get(k, t));
                ASSERT_EQ(ReadOut(buf, dt, k), Extreme(is_max, seq)) << "axis " << axis << " k " << k;
              }
            }
          }
        }
      }
    }
  }
}

TEST(ReduceSemantics, NanAndInfPropagate) {
  for (const Options& o : IsaOptions()) {
    for (DType dt : {DType::kFloat32, DType::kFloat64}) {
      for (int64_t pos : {0, 5, 77, 299}) {
        TestArray a(dt, 20, 15, Layout::kC, 3);
        a.Set(pos / 15, pos % 15, NAN);
        for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean, ReduceOp::kMin, ReduceOp::kMax}) {
          absl::StatusOr<Scalar> s = Reduce(op, a.view(), o);
          ASSERT_TRUE(s.ok());
          EXPECT_TRUE(std::isnan(s->f)) << IsaStr(o) << " " << ReduceOpName(op) << " " << pos;
          for (int axis = 0; axis < 2; ++axis) {
            const int64_t n = axis == 0 ? 15 : 20;
            std::vector<double> out(n);
            std::vector<float> outf(n);
            MutableVectorView ov = dt == DType::kFloat32 ? MutableVector(outf.data(), n)
                                                         : MutableVector(out.data(), n);
            ASSERT_TRUE(ReduceAxis(op, a.view(), axis, ov, o).ok());
            const int64_t hit = axis == 0 ? pos % 15 : pos / 15;
            for (int64_t k = 0; k < n; ++k) {
              const double v = dt == DType::kFloat32 ? outf[k] : out[k];
              EXPECT_EQ(std::isnan(v), k == hit) << IsaStr(o) << " axis " << axis << " k " << k;
            }
          }
        }
        TestArray b(dt, 9, 40, Layout::kC, 4);
        b.Set(pos % 9, pos % 40, INFINITY);
        EXPECT_EQ(Sum(b.view(), o)->f, INFINITY);
        EXPECT_EQ(Reduce(ReduceOp::kMax, b.view(), o)->f, INFINITY);
        b.Set(0, 0, -INFINITY);
        if (pos % 9 != 0 || pos % 40 != 0) {
          EXPECT_TRUE(std::isnan(Sum(b.view(), o)->f));
        }
      }
    }
  }
}

// Order R adds the 8 rows of a float32 block in float32 (summation_order.h), on every ISA and
// layout: columns of 3e38, 3e38, -3e38, -3e38 overflow to inf + -inf = NaN (float64 blocks would
// give 0), 3e38, 3e38, -3e38 to inf, and 1, 2^-24, 2^-24 round to 1 (float64: 1 + 2^-23).
TEST(ReduceSemantics, Float32Axis0BlocksAddInFloat32) {
  const float big = 3e38f, tiny = std::ldexp(1.0f, -24);
  const float cols3[3][4] = {{big, big, -big, -big}, {big, big, -big, -0.0f}, {1, tiny, tiny, 0}};
  for (const Options& o : IsaOptions()) {
    for (Layout layout : AllLayouts()) {
      if (layout == Layout::kZeroRowStride) continue;  // every row the same
      for (int64_t rows : {4, 1029}) {  // one partial block; two superblocks and a partial block
        const int64_t cols = 37;
        TestArray a(DType::kFloat32, rows, cols, layout, 9);
        for (int64_t i = 0; i < rows; ++i) {
          for (int64_t j = 0; j < cols; ++j) a.Set(i, j, i < 4 ? cols3[j % 3][i] : 0.0);
        }
        std::vector<float> out(cols);
        ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, a.view(), 0, MutableVector(out.data(), cols), o).ok());
        for (int64_t j = 0; j < cols; ++j) {
          SCOPED_TRACE(IsaStr(o) + " rows " + std::to_string(rows) + " column " + std::to_string(j));
          if (j % 3 == 0) {
            EXPECT_TRUE(std::isnan(out[j]));
          } else if (j % 3 == 1) {
            EXPECT_EQ(out[j], INFINITY);
          } else {
            EXPECT_EQ(out[j], 1.0f);
          }
        }
      }
    }
  }
}

TEST(ReduceSemantics, SignedZeroMinMax) {
  const double v[] = {0.0, -0.0, 0.0, -0.0, 0.0, 0.0, 0.0, 0.0, -0.0, 0.0, 0.0, 0.0};
  for (const Options& o : IsaOptions()) {
    EXPECT_TRUE(std::signbit(Reduce(ReduceOp::kMin, MatrixView(v, 1, 12), o)->f));
    EXPECT_FALSE(std::signbit(Reduce(ReduceOp::kMax, MatrixView(v, 1, 12), o)->f));
  }
}

// Zeros of both signs and NaNs at every position class of the vector paths (full vectors, the
// unrolled body, partial tails, stride-2 masks, column-major views), against the reference.
TEST(ReduceSemantics, SignedZerosAndNanInVectorPaths) {
  for (const Options& o : IsaOptions()) {
    for (DType dt : {DType::kFloat32, DType::kFloat64}) {
      for (Layout layout : {Layout::kC, Layout::kEveryOtherCol, Layout::kTransposed}) {
        for (int nan_at : {-1, 0, 70, 151}) {
          const int64_t rows = 13, cols = 157;
          TestArray a(dt, rows, cols, layout, 7);
          for (int64_t i = 0; i < rows; ++i) {
            for (int64_t j = 0; j < cols; ++j) {
              const int64_t k = i * cols + j;
              a.Set(i, j, k % 5 == 0 ? 1.5 : (k % 3 == 0 ? -0.0 : 0.0));
            }
          }
          for (int64_t i = 0; i < rows; ++i) a.Set(i, (i * 37) % cols, i % 2 ? -0.0 : 0.0);
          if (nan_at >= 0) a.Set(nan_at % rows, nan_at % cols, NAN);
          for (bool is_max : {false, true}) {
            const ReduceOp op = is_max ? ReduceOp::kMax : ReduceOp::kMin;
            SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " + LayoutName(layout) +
                         (is_max ? " max" : " min") + " nan_at " + std::to_string(nan_at));
            std::vector<double> all;
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j) all.push_back(a.Get(i, j));
            const double want = Extreme(is_max, all);
            const double got = Reduce(op, a.view(), o)->f;
            EXPECT_EQ(std::isnan(got), std::isnan(want));
            if (!std::isnan(want)) {
              EXPECT_EQ(got, want);
              EXPECT_EQ(std::signbit(got), std::signbit(want));
            }
            for (int axis = 0; axis < 2; ++axis) {
              const int64_t n = axis == 0 ? cols : rows, len = axis == 0 ? rows : cols;
              std::vector<char> buf(static_cast<size_t>(n) * DTypeSize(dt));
              ASSERT_TRUE(ReduceAxis(op, a.view(), axis, MutableVectorView{buf.data(), dt, n, 1}, o).ok());
              for (int64_t k = 0; k < n; ++k) {
                std::vector<double> seq;
                for (int64_t t = 0; t < len; ++t) seq.push_back(axis == 0 ? a.Get(t, k) : a.Get(k, t));
                const double w = Extreme(is_max, seq), g = ReadOut(buf, dt, k);
                ASSERT_EQ(std::isnan(g), std::isnan(w)) << "axis " << axis << " k " << k;
                if (!std::isnan(w)) {
                  ASSERT_EQ(g, w) << "axis " << axis << " k " << k;
                  ASSERT_EQ(std::signbit(g), std::signbit(w)) << "axis " << axis << " k " << k;
                }
              }
            }
          }
        }
      }
    }
  }
}

// Any NaN (negative, with a payload) comes back as the canonical quiet NaN, in vector bodies
// and tails of every path.
TEST(ReduceSemantics, NanResultsAreCanonical) {
  // 37x4 and 35x8: rows read as whole vectors of several rows (axis 1).
  for (auto [rows, cols] : {std::pair<int64_t, int64_t>{19, 75}, {37, 4}, {35, 8}}) {
    SCOPED_TRACE(std::to_string(rows) + "x" + std::to_string(cols));
    std::vector<float> f(rows * cols, 1.0f);
    std::vector<double> d(rows * cols, 1.0);
    uint32_t fb = 0xFFC12345u;  // negative quiet NaN with a payload
    uint64_t db = 0xFFF8000000ABCDEFull;
    float fn;
    double dn;
    std::memcpy(&fn, &fb, 4);
    std::memcpy(&dn, &db, 8);
    for (int64_t k = 0; k < rows * cols; k += 7) {
      f[k] = fn;
      d[k] = dn;
    }
    const float fq = std::numeric_limits<float>::quiet_NaN();
    const double dq = std::numeric_limits<double>::quiet_NaN();
    for (const Options& o : IsaOptions()) {
      SCOPED_TRACE(IsaStr(o));
      for (ReduceOp op : {ReduceOp::kMin, ReduceOp::kMax}) {
        for (int axis = 0; axis < 2; ++axis) {
          const int64_t n = axis == 0 ? cols : rows;
          std::vector<float> fo(n);
          std::vector<double> dout(n);
          ASSERT_TRUE(ReduceAxis(op, MatrixView(f.data(), rows, cols), axis, MutableVector(fo.data(), n), o).ok());
          ASSERT_TRUE(ReduceAxis(op, MatrixView(d.data(), rows, cols), axis, MutableVector(dout.data(), n), o).ok());
          for (int64_t k = 0; k < n; ++k) {
            bool has_nan = false;
            for (int64_t t = 0; t < (axis == 0 ? rows : cols); ++t) {
              const int64_t e = axis == 0 ? t * cols + k : k * cols + t;
              has_nan |= e % 7 == 0;
            }
            if (!has_nan) continue;
            ASSERT_EQ(0, std::memcmp(&fo[k], &fq, 4)) << "axis " << axis << " k " << k;
            ASSERT_EQ(0, std::memcmp(&dout[k], &dq, 8)) << "axis " << axis << " k " << k;
          }
        }
        EXPECT_EQ(Bits(Reduce(op, MatrixView(d.data(), rows, cols), o)->f), Bits(dq));
      }
    }
  }
}

TEST(ReduceSemantics, IntegerSumsAreInt64AndWrap) {
  std::vector<int32_t> a(3000, std::numeric_limits<int32_t>::max());
  std::vector<int64_t> b(3000, std::numeric_limits<int64_t>::max() / 1000);
  for (const Options& o : IsaOptions()) {
    absl::StatusOr<Scalar> s = Sum(MatrixView(a.data(), 30, 100), o);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->dtype, DType::kInt64);
    EXPECT_EQ(s->i, int64_t{3000} * std::numeric_limits<int32_t>::max());
    uint64_t wrap = 0;
    for (int64_t x : b) wrap += static_cast<uint64_t>(x);
    EXPECT_EQ(Sum(MatrixView(b.data(), 30, 100), o)->i, static_cast<int64_t>(wrap));
    std::vector<int64_t> cols(100);
    ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, MatrixView(a.data(), 30, 100), 0,
                           MutableVector(cols.data(), 100), o).ok());
    EXPECT_EQ(cols[5], int64_t{30} * std::numeric_limits<int32_t>::max());
    // Integer means accumulate in float64 like NumPy.
    EXPECT_EQ(Mean(MatrixView(a.data(), 30, 100), o)->f,
              static_cast<double>(std::numeric_limits<int32_t>::max()));
  }
}

// Means of int64 convert each element to float64 in the vector layers without a hardware int64
// conversion on x86 (no AVX-512DQ); every conversion must equal static_cast<double> bit for bit,
// rounding to nearest even, on every ISA and in every path (axis 0, short rows, flat).
TEST(ReduceSemantics, Int64ToFloat64ConversionIsExactlyRounded) {
  const int64_t kMin = std::numeric_limits<int64_t>::min();
  const int64_t kMax = std::numeric_limits<int64_t>::max();
  const int64_t p53 = int64_t{1} << 53, p54 = int64_t{1} << 54, p62 = int64_t{1} << 62;
  std::vector<int64_t> v = {
      0, 1, -1, kMin, kMax, kMin + 1, -kMax + 1, p53, p53 + 1, -(p53 + 1), p53 + 3, -(p53 + 3),
      p54 + 2, p54 + 6, -(p54 + 2), -(p54 + 6), p62 + 512, p62 + 1536, kMax - 511, kMax - 512,
      kMax - 1023, kMin + 512, kMin + 513, kMin + 1536, 0xFFFFFFFF, -0xFFFFFFFFLL, 0x100000000,
      -0x100000000, 0x7FFFFFFF, 0x80000000, -0x80000000LL, -0x80000001LL, 0x1FFFFFFFFFFFFFLL,
      0x7FFFFFFF80000000LL, 0x7FFFFFFFFFFFFC00LL, static_cast<int64_t>(0x80000000FFFFFFFFULL),
      static_cast<int64_t>(0xFFFFFFFF00000000ULL), static_cast<int64_t>(0xFFFFFFFF7FFFFFFFULL)};
  std::mt19937_64 rng(12345);
  while (v.size() < 301) {
    const uint64_t r = rng();
    const int shift = static_cast<int>(rng() % 64);
    v.push_back(static_cast<int64_t>(r >> shift) * ((rng() & 1) ? 1 : -1));
  }
  const int64_t n = static_cast<int64_t>(v.size());
  std::vector<double> want(v.size());
  for (size_t k = 0; k < v.size(); ++k) want[k] = static_cast<double>(v[k]);
  for (const Options& o : IsaOptions()) {
    SCOPED_TRACE(IsaStr(o));
    std::vector<double> out(v.size());
    // One row, axis 0 (order R of one element per column): each output is the conversion.
    ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, MatrixView(v.data(), 1, n), 0,
                           MutableVector(out.data(), n), o).ok());
    for (int64_t k = 0; k < n; ++k) ASSERT_EQ(Bits(out[k]), Bits(want[k])) << v[k];
    // Rows of one element, axis 1 (the short-row path).
    std::fill(out.begin(), out.end(), 0.0);
    ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, MatrixView(v.data(), n, 1), 1,
                           MutableVector(out.data(), n), o).ok());
    for (int64_t k = 0; k < n; ++k) ASSERT_EQ(Bits(out[k]), Bits(want[k])) << v[k];
    // Whole rows of several lengths and the flat mean (order L over the conversions).
    for (int64_t len : {int64_t{3}, int64_t{8}, int64_t{16}, int64_t{43}, n}) {
      const std::vector<double> seq(want.begin(), want.begin() + len);
      double row = 0;
      ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, MatrixView(v.data(), 1, len), 1,
                             MutableVector(&row, 1), o).ok());
      EXPECT_EQ(Bits(row), Bits(RefOrderL(seq) / static_cast<double>(len))) << len;
      absl::StatusOr<Scalar> m = Mean(MatrixView(v.data(), 1, len), o);
      ASSERT_TRUE(m.ok());
      EXPECT_EQ(Bits(m->f), Bits(RefOrderL(seq) / static_cast<double>(len))) << len;
    }
  }
}

TEST(ReduceSemantics, EmptyResults) {
  for (const Options& o : IsaOptions()) {
    const float* none = nullptr;
    EXPECT_EQ(Sum(MatrixView(none, 0, 4), o)->f, 0.0);
    EXPECT_FALSE(std::signbit(Sum(MatrixView(none, 0, 4), o)->f));
    EXPECT_TRUE(std::isnan(Mean(MatrixView(none, 4, 0), o)->f));
    absl::StatusOr<Scalar> m = Reduce(ReduceOp::kMin, MatrixView(none, 0, 0), o);
    EXPECT_EQ(m.status().code(), absl::StatusCode::kInvalidArgument);
    float out[4] = {1, 1, 1, 1};
    ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, MatrixView(none, 0, 4), 0, MutableVector(out, 4), o).ok());
    EXPECT_EQ(out[3], 0.0f);
    ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, MatrixView(none, 0, 4), 0, MutableVector(out, 4), o).ok());
    EXPECT_TRUE(std::isnan(out[0]));
    EXPECT_FALSE(ReduceAxis(ReduceOp::kMax, MatrixView(none, 0, 4), 0, MutableVector(out, 4), o).ok());
    // Reducing a non-empty axis of an array with no output elements is fine (NumPy too).
    EXPECT_TRUE(ReduceAxis(ReduceOp::kMax, MatrixView(none, 0, 4), 1, MutableVector(out, 0), o).ok());
  }
}

// The same bits for every ISA and thread count, on arrays big enough to run in parallel.
TEST(ReduceReproducibility, IdenticalAcrossIsasAndThreads) {
  for (DType dt : {DType::kFloat32, DType::kFloat64}) {
    TestArray a(dt, 601, 523, Layout::kC, 11, 1e3);
    TestArray t(dt, 523, 601, Layout::kTransposed, 12, 1e3);
    for (const TestArray* arr : {&a, &t}) {
      std::vector<uint64_t> first;
      for (const Options& base : IsaOptions()) {
        for (int threads : {1, 2, 3, 7}) {
          Options o = base;
          o.threads = threads;
          std::vector<uint64_t> bits;
          bits.push_back(Bits(Sum(arr->view(), o)->f));
          bits.push_back(Bits(Mean(arr->view(), o)->f));
          for (int axis = 0; axis < 2; ++axis) {
            const int64_t n = axis == 0 ? arr->cols() : arr->rows();
            std::vector<double> out(n);
            std::vector<float> outf(n);
            MutableVectorView ov = dt == DType::kFloat32 ? MutableVector(outf.data(), n)
                                                         : MutableVector(out.data(), n);
            ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, arr->view(), axis, ov, o).ok());
            for (int64_t k = 0; k < n; ++k) bits.push_back(Bits(dt == DType::kFloat32 ? outf[k] : out[k]));
          }
          if (first.empty()) {
            first = bits;
          } else {
            ASSERT_EQ(bits, first) << IsaStr(o) << " threads " << threads;
          }
        }
      }
    }
  }
}

// Axis-0 sums and means on threads whose column strips would be narrow are split by rows into
// 512-row superblocks (several rounds of partials for some shapes here) and recombined in row
// order: the bits must still be order R's, for every ISA, dtype and the layouts that change
// the sub-views' addressing (negative and gapped row strides, transposed, unaligned).
// Contiguous outputs of axis reductions are written by the kernels directly where the results
// need no conversion (min/max, integer sums, float64 sums), strided ones through a strip buffer:
// both must give the same bits and touch only their own elements. Shapes of several column
// strips (5000 and 4100 columns), of few rows, and of short rows of every vectorized length
// class, whose axis-1 kernels work in batches of rows (row counts that fill no whole batch or
// vector), on 1 and 3 threads.
TEST(ReduceAxis, StridedOutputsMatchContiguous) {
  const std::pair<int64_t, int64_t> shapes[] = {
      {16, 5000}, {9, 300}, {1, 4100}, {600, 70}, {301, 2}, {299, 4}, {67, 5},
      {45, 7}, {301, 16}, {19, 17}, {37, 31}, {301, 32}, {1, 3}};
  constexpr unsigned char kGuard = 0xA5;
  for (const Options& base : IsaOptions()) {
    for (int threads : {1, 3}) {
      Options o = base;
      o.threads = threads;
      for (DType dt : kDTypes) {
        for (auto [rows, cols] : shapes) {
          for (Layout layout : {Layout::kC, Layout::kEveryOtherCol, Layout::kTransposed}) {
            TestArray a(dt, rows, cols, layout, static_cast<uint32_t>(rows * 7 + cols));
            for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean, ReduceOp::kMin, ReduceOp::kMax}) {
              const DType rdt = ReduceResultDType(op, dt);
              const int64_t size = DTypeSize(rdt);
              for (int axis = 0; axis < 2; ++axis) {
                SCOPED_TRACE(IsaStr(o) + " threads " + std::to_string(threads) + " " +
                             std::string(DTypeName(dt)) + " " + std::to_string(rows) + "x" +
                             std::to_string(cols) + " " + LayoutName(layout) + " " +
                             std::string(ReduceOpName(op)) + " axis " + std::to_string(axis));
                const int64_t n = axis == 0 ? cols : rows;
                // Contiguous, with a guard element on each side.
                std::vector<unsigned char> flat(static_cast<size_t>((n + 2) * size), kGuard);
                ASSERT_TRUE(ReduceAxis(op, a.view(), axis,
                                       MutableVectorView{flat.data() + size, rdt, n, 1}, o)
                                .ok());
                for (int64_t b = 0; b < size; ++b) {
                  ASSERT_EQ(flat[b], kGuard);
                  ASSERT_EQ(flat[(n + 1) * size + b], kGuard);
                }
                for (int64_t stride : {3, -2}) {
                  const int64_t span = (n - 1) * std::abs(stride) + 1;
                  std::vector<unsigned char> sbuf(static_cast<size_t>(span * size), kGuard);
                  unsigned char* first =
                      sbuf.data() + (stride < 0 ? (span - 1) * size : 0);
                  ASSERT_TRUE(ReduceAxis(op, a.view(), axis,
                                         MutableVectorView{first, rdt, n, stride}, o)
                                  .ok());
                  std::vector<bool> mine(static_cast<size_t>(span), false);
                  for (int64_t k = 0; k < n; ++k) {
                    const unsigned char* got = first + k * stride * size;
                    mine[static_cast<size_t>((got - sbuf.data()) / size)] = true;
                    ASSERT_EQ(std::memcmp(got, flat.data() + (k + 1) * size, size), 0)
                        << "stride " << stride << " k " << k;
                  }
                  for (int64_t e = 0; e < span; ++e) {
                    if (mine[static_cast<size_t>(e)]) continue;
                    for (int64_t b = 0; b < size; ++b) {
                      ASSERT_EQ(sbuf[e * size + b], kGuard) << "stride " << stride << " e " << e;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

TEST(ReduceAxis, Axis0SplitByRowsKeepsOrderR) {
  struct Case {
    DType dt;
    int64_t rows, cols;
    int threads;
  };
  // Above the tests' pool threshold (262144 elements). 3000x1500 float32 on 8 threads: 6
  // superblocks in rounds of 5; 1100000x3: rounds of 2730 superblocks.
  const Case cases[] = {{DType::kFloat32, 3000, 1500, 8}, {DType::kFloat64, 70001, 5, 3},
                        {DType::kInt32, 9000, 33, 4},     {DType::kInt64, 2600, 121, 5},
                        {DType::kFloat32, 1100000, 3, 3}};
  for (const Options& base : IsaOptions()) {
    for (const Case& c : cases) {
      for (Layout layout : {Layout::kC, Layout::kNegRows, Layout::kEveryOtherCol,
                            Layout::kTransposed, Layout::kUnaligned}) {
        if (c.rows * c.cols > 1000000 && layout != Layout::kC) continue;  // time
        TestArray a(c.dt, c.rows, c.cols, layout, static_cast<uint32_t>(c.rows + c.cols), 1e3);
        Options o = base;
        o.threads = c.threads;
        for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean}) {
          SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(c.dt)) + " " +
                       std::to_string(c.rows) + "x" + std::to_string(c.cols) + " " +
                       LayoutName(layout) + " " + std::string(ReduceOpName(op)));
          const DType rdt = ReduceResultDType(op, c.dt);
          std::vector<char> buf(static_cast<size_t>(c.cols) * DTypeSize(rdt));
          ASSERT_TRUE(
              ReduceAxis(op, a.view(), 0, MutableVectorView{buf.data(), rdt, c.cols, 1}, o).ok());
          std::vector<double> seq(static_cast<size_t>(c.rows));
          for (int64_t k = 0; k < c.cols; ++k) {
            int64_t isum = 0;
            for (int64_t r = 0; r < c.rows; ++r) {
              seq[r] = a.Get(r, k);
              if (IsInt(c.dt)) isum += a.GetInt(r, k);
            }
            const double got = ReadOut(buf, rdt, k);
            if (IsInt(c.dt) && op == ReduceOp::kSum) {
              ASSERT_EQ(static_cast<int64_t>(got), isum) << "column " << k;
            } else {
              ASSERT_EQ(Bits(got), Bits(Finish(op, c.dt, RefOrderR(seq, c.dt), c.rows)))
                  << "column " << k;
            }
          }
        }
      }
    }
  }
}

// Few long rows on threads: axis 1 reduces each row on all threads (order L's chunk subtrees for
// float sums), and min/max and integer sums of a flat view split into element ranges whatever
// its row count (a 1-D array too). Results must be the reference's, on every ISA.
TEST(ReduceAxis, FewLongRowsAndFlatViewsSplitAcrossThreads) {
  struct Case {
    DType dt;
    int64_t rows, cols;
    int threads;
  };
  // Above the tests' pool threshold (262144 elements); rows hold >= threads tasks of 16384.
  const Case cases[] = {{DType::kFloat32, 3, 100003, 3}, {DType::kFloat64, 2, 150001, 2},
                        {DType::kInt32, 1, 300007, 5},   {DType::kInt64, 4, 75001, 4}};
  for (const Options& base : IsaOptions()) {
    for (const Case& c : cases) {
      for (Layout layout : {Layout::kC, Layout::kUnaligned, Layout::kNegRows}) {
        TestArray a(c.dt, c.rows, c.cols, layout, static_cast<uint32_t>(c.cols), 1e3);
        // Extremes at the very end and inside a task, where a lost edge element would show.
        a.Set(c.rows - 1, c.cols - 1, 1e6);
        a.Set(0, c.cols / 2 + 1, -1e6);
        Options o = base;
        o.threads = c.threads;
        for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean, ReduceOp::kMin, ReduceOp::kMax}) {
          SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(c.dt)) + " " +
                       std::to_string(c.rows) + "x" + std::to_string(c.cols) + " " +
                       LayoutName(layout) + " " + std::string(ReduceOpName(op)));
          const bool minmax = op == ReduceOp::kMin || op == ReduceOp::kMax;
          const DType rdt = ReduceResultDType(op, c.dt);
          std::vector<char> buf(static_cast<size_t>(c.rows) * DTypeSize(rdt));
          ASSERT_TRUE(
              ReduceAxis(op, a.view(), 1, MutableVectorView{buf.data(), rdt, c.rows, 1}, o).ok());
          double all_min = a.Get(0, 0), all_max = all_min;
          int64_t all_isum = 0;
          for (int64_t r = 0; r < c.rows; ++r) {
            std::vector<double> seq(static_cast<size_t>(c.cols));
            double mn = a.Get(r, 0), mx = mn;
            int64_t isum = 0;
            for (int64_t j = 0; j < c.cols; ++j) {
              seq[j] = a.Get(r, j);
              mn = std::min(mn, seq[j]);
              mx = std::max(mx, seq[j]);
              if (IsInt(c.dt)) isum += a.GetInt(r, j);
            }
            all_min = std::min(all_min, mn);
            all_max = std::max(all_max, mx);
            all_isum += isum;
            const double got = ReadOut(buf, rdt, r);
            if (minmax) {
              ASSERT_EQ(got, op == ReduceOp::kMax ? mx : mn) << "row " << r;
            } else if (IsInt(c.dt) && op == ReduceOp::kSum) {
              ASSERT_EQ(static_cast<int64_t>(got), isum) << "row " << r;
            } else {
              ASSERT_EQ(Bits(got), Bits(Finish(op, c.dt, RefOrderL(seq), c.cols))) << "row " << r;
            }
          }
          if (minmax) {  // all elements: element ranges of the flat view
            absl::StatusOr<Scalar> s = Reduce(op, a.view(), o);
            ASSERT_TRUE(s.ok());
            ASSERT_EQ(IsInt(c.dt) ? static_cast<double>(s->i) : s->f,
                      op == ReduceOp::kMax ? all_max : all_min);
          } else if (IsInt(c.dt) && op == ReduceOp::kSum) {
            ASSERT_EQ(Sum(a.view(), o)->i, all_isum);
          }
        }
      }
    }
  }
}

// Axis-0 float32 sums over many rows: at least 8x more accurate than NumPy's naive float32
// row-by-row accumulation on the same data.
// Every-other-column views (a[:, ::2]) read whole vectors and use their even lanes only (all
// elements, axis 1, and axis 0's float sums): the odd lanes hold NaN or huge integers here, so
// any odd lane reaching a result shows. The storage
// ends at the view's last element, so ASan catches a read past it (the last row's last chunk
// must not read its slack; the other rows' may).
TEST(ReduceAxis, EveryOtherColumnUsesEvenLanesOnly) {
  for (const Options& base : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (int64_t cols : {int64_t{257}, int64_t{512}, int64_t{513}, int64_t{1024}, int64_t{1300}}) {
        for (int64_t rows : {int64_t{1}, int64_t{3}, int64_t{21}}) {
          for (bool reversed : {false, true}) {
            const int64_t es = DTypeSize(dt), rs = 2 * cols + 2;
            const int64_t n = (rows - 1) * rs + 2 * (cols - 1) + 1;  // ends at the last element
            std::vector<char> store(static_cast<size_t>(n * es));
            std::mt19937 rng(static_cast<uint32_t>(cols * 7 + rows));
            std::uniform_real_distribution<double> u(-1e3, 1e3);
            std::vector<double> value(static_cast<size_t>(n));
            for (int64_t e = 0; e < n; ++e) {
              const bool odd = (e % rs) % 2 == 1;
              double v = std::round(u(rng));
              char* p = store.data() + e * es;
              switch (dt) {
                case DType::kFloat32: { const float f = odd ? NAN : static_cast<float>(u(rng)); v = f; std::memcpy(p, &f, 4); break; }
                case DType::kFloat64: { const double d = odd ? NAN : u(rng); v = d; std::memcpy(p, &d, 8); break; }
                case DType::kInt32: { const int32_t i = odd ? 2000000000 : static_cast<int32_t>(v); v = i; std::memcpy(p, &i, 4); break; }
                case DType::kInt64: { const int64_t i = odd ? (int64_t{1} << 60) : static_cast<int64_t>(v); v = static_cast<double>(i); std::memcpy(p, &i, 8); break; }
              }
              value[e] = v;
            }
            // Row i starts at element i * rs (or, reversed, row 0 is the last in memory).
            const int64_t first = reversed ? (rows - 1) * rs : 0;
            const ArrayView view{store.data() + first * es, dt, rows, cols, reversed ? -rs : rs, 2};
            std::vector<double> flat;
            std::vector<std::vector<double>> row_seq(rows);
            for (int64_t i = 0; i < rows; ++i) {
              for (int64_t j = 0; j < cols; ++j) {
                const double v = value[first + i * view.row_stride + 2 * j];
                flat.push_back(v);
                row_seq[i].push_back(v);
              }
            }
            for (int threads : {1, 3}) {
              Options o = base;
              o.threads = threads;
              SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " +
                           std::to_string(rows) + "x" + std::to_string(cols) +
                           (reversed ? " reversed" : "") + " threads " + std::to_string(threads));
              const absl::StatusOr<Scalar> m = Mean(view, o);
              ASSERT_TRUE(m.ok()) << m.status();
              EXPECT_EQ(Bits(m->f), Bits(Finish(ReduceOp::kMean, dt, RefOrderL(flat), rows * cols)));
              if (!IsInt(dt)) {
                const absl::StatusOr<Scalar> s = Sum(view, o);
                ASSERT_TRUE(s.ok()) << s.status();
                EXPECT_EQ(Bits(s->f), Bits(Finish(ReduceOp::kSum, dt, RefOrderL(flat), 0)));
              }
              const DType rdt = ReduceResultDType(ReduceOp::kMean, dt);
              std::vector<char> out(static_cast<size_t>(rows) * DTypeSize(rdt));
              ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, view, 1, MutableVectorView{out.data(), rdt, rows, 1}, o).ok());
              for (int64_t i = 0; i < rows; ++i) {
                ASSERT_EQ(Bits(ReadOut(out, rdt, i)), Bits(Finish(ReduceOp::kMean, dt, RefOrderL(row_seq[i]), cols)))
                    << "row " << i;
              }
              // Axis 0 (order R): the float sums' blocks of whole vectors (8-byte elements).
              for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean}) {
                if (op == ReduceOp::kSum && IsInt(dt)) continue;  // exact integer sums: elsewhere
                const DType cdt = ReduceResultDType(op, dt);
                std::vector<char> col_out(static_cast<size_t>(cols) * DTypeSize(cdt));
                ASSERT_TRUE(ReduceAxis(op, view, 0, MutableVectorView{col_out.data(), cdt, cols, 1}, o).ok());
                for (int64_t j = 0; j < cols; ++j) {
                  std::vector<double> seq;
                  for (int64_t i = 0; i < rows; ++i) seq.push_back(row_seq[i][j]);
                  ASSERT_EQ(Bits(ReadOut(col_out, cdt, j)), Bits(Finish(op, dt, RefOrderR(seq, dt), rows)))
                      << ReduceOpName(op) << " axis 0, column " << j;
                }
              }
            }
          }
        }
      }
    }
  }
}

TEST(ReduceAccuracy, Float32Axis0BeatsNaiveByEightTimes) {
  const int64_t rows = 4096, cols = 48;
  std::vector<float> a(rows * cols);
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> u(0.0f, 1.0f);
  for (float& v : a) v = u(rng);
  std::vector<float> naive(cols, 0.0f);
  std::vector<long double> exact(cols, 0.0L);
  for (int64_t i = 0; i < rows; ++i) {
    for (int64_t j = 0; j < cols; ++j) {
      naive[j] += a[i * cols + j];
      exact[j] += a[i * cols + j];
    }
  }
  double naive_err = 0;
  for (int64_t j = 0; j < cols; ++j) {
    naive_err = std::max(naive_err, static_cast<double>(std::fabs((naive[j] - exact[j]) / exact[j])));
  }
  for (const Options& o : IsaOptions()) {
    for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean}) {
      std::vector<float> out(cols);
      ASSERT_TRUE(ReduceAxis(op, MatrixView(a.data(), rows, cols), 0, MutableVector(out.data(), cols), o).ok());
      double err = 0;
      for (int64_t j = 0; j < cols; ++j) {
        const long double want = op == ReduceOp::kSum ? exact[j] : exact[j] / rows;
        err = std::max(err, static_cast<double>(std::fabs((out[j] - want) / want)));
      }
      EXPECT_LE(err * 8, naive_err) << IsaStr(o) << " " << ReduceOpName(op) << ": ours " << err
                                     << " naive " << naive_err;
    }
  }
}

TEST(ReduceAxisNd, FoldsToOuterAxisInner) {
  const std::vector<std::vector<int64_t>> shapes = {{5}, {4, 6}, {3, 5, 7}, {2, 3, 4, 5}, {3, 0, 2}, {2, 17, 33}};
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (const auto& shape : shapes) {
        int64_t total = 1;
        for (int64_t d : shape) total *= d;
        TestArray a(dt, 1, total, Layout::kC, static_cast<uint32_t>(total));
        const int ndim = static_cast<int>(shape.size());
        for (int axis = -ndim; axis < ndim; ++axis) {
          const int ax = axis < 0 ? axis + ndim : axis;
          int64_t outer = 1, inner = 1;
          for (int d = 0; d < ax; ++d) outer *= shape[d];
          for (int d = ax + 1; d < ndim; ++d) inner *= shape[d];
          const int64_t len = shape[ax];
          for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean, ReduceOp::kMax}) {
            SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " ndim " + std::to_string(ndim) +
                         " axis " + std::to_string(axis) + " " + std::string(ReduceOpName(op)));
            const DType rdt = ReduceResultDType(op, dt);
            std::vector<char> out(static_cast<size_t>(outer * inner + 1) * 8);
            absl::Status st = ReduceAxisNd(op, a.view().data, dt, shape, axis, out.data(), outer * inner, o);
            if (op == ReduceOp::kMax && len == 0) {
              EXPECT_FALSE(st.ok());
              continue;
            }
            ASSERT_TRUE(st.ok()) << st;
            for (int64_t i = 0; i < outer; ++i) {
              for (int64_t k = 0; k < inner; ++k) {
                std::vector<double> seq;
                int64_t isum = 0;
                for (int64_t t = 0; t < len; ++t) {
                  seq.push_back(a.Get(0, (i * len + t) * inner + k));
                  if (IsInt(dt)) isum += a.GetInt(0, (i * len + t) * inner + k);
                }
                const double got = ReadOut(out, rdt, i * inner + k);
                double want;
                if (op == ReduceOp::kMax) {
                  want = Extreme(true, seq);
                } else if (IsInt(dt) && op == ReduceOp::kSum) {
                  want = static_cast<double>(isum);
                } else {
                  want = Finish(op, dt, ax == ndim - 1 ? RefOrderL(seq) : RefOrderR(seq, dt), len);
                }
                ASSERT_EQ(Bits(got), Bits(want)) << i << "," << k;
              }
            }
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace testing
}  // namespace raptors
