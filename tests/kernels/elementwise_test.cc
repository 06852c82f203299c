// Elementwise ops on every supported ISA, dtype and layout, including in-place calls.
#include <cmath>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/raptors.h"
#include "tests/kernels/test_util.h"

namespace raptors {
namespace testing {
namespace {

const DType kDTypes[] = {DType::kFloat32, DType::kFloat64, DType::kInt32, DType::kInt64};

// The value NumPy computes for one element, in the dtype (ints wrap).
double Op(DType dt, double a, double b, bool mul) {
  switch (dt) {
    case DType::kFloat32: return mul ? static_cast<float>(a) * static_cast<float>(b)
                                     : static_cast<float>(a) + static_cast<float>(b);
    case DType::kFloat64: return mul ? a * b : a + b;
    case DType::kInt32: {
      const uint32_t x = static_cast<uint32_t>(static_cast<int32_t>(a));
      const uint32_t y = static_cast<uint32_t>(static_cast<int32_t>(b));
      return static_cast<int32_t>(mul ? x * y : x + y);
    }
    case DType::kInt64: {
      const uint64_t x = static_cast<uint64_t>(static_cast<int64_t>(a));
      const uint64_t y = static_cast<uint64_t>(static_cast<int64_t>(b));
      return static_cast<double>(static_cast<int64_t>(mul ? x * y : x + y));
    }
  }
  return 0;
}

TEST(Elementwise, AllOpsDtypesLayouts) {
  const std::pair<int64_t, int64_t> shapes[] = {{0, 3}, {3, 0}, {1, 1}, {1, 8}, {7, 13}, {33, 65}, {200, 3}};
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (auto [rows, cols] : shapes) {
        for (Layout la : {Layout::kC, Layout::kTransposed, Layout::kNegCols, Layout::kEveryOtherCol, Layout::kUnaligned}) {
          SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " + std::to_string(rows) + "x" +
                       std::to_string(cols) + " " + LayoutName(la));
          TestArray a(dt, rows, cols, la, 1), b(dt, rows, cols, Layout::kNegRows, 2);
          TestArray out(dt, rows, cols, Layout::kEveryOtherCol, 3);
          TestArray row(dt, 1, cols, Layout::kEveryOtherCol, 4), col(dt, 1, rows, Layout::kNegCols, 5);
          VectorView rv{row.view().data, dt, cols, row.view().col_stride};
          VectorView cv{col.view().data, dt, rows, col.view().col_stride};
          ASSERT_TRUE(Add(a.view(), b.view(), out.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j) ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), b.Get(i, j), false));
          ASSERT_TRUE(Scale(a.view(), 3.0, out.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j) ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), 3.0, true));
          ASSERT_TRUE(AddRow(a.view(), rv, out.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j) ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), row.Get(0, j), false));
          ASSERT_TRUE(AddColumn(a.view(), cv, out.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j) ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), col.Get(0, i), false));
          // In place: out is exactly a.
          TestArray c(dt, rows, cols, la, 1);
          ASSERT_TRUE(Scale(c.view(), -2.0, c.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j) ASSERT_EQ(c.Get(i, j), Op(dt, a.Get(i, j), -2.0, true));
          ASSERT_TRUE(AddRow(c.view(), rv, c.mutable_view(), o).ok());
        }
      }
    }
  }
}

TEST(Elementwise, IntegerWrapsAndFactorRules) {
  std::vector<int32_t> a = {std::numeric_limits<int32_t>::max(), 1, -5, 7};
  std::vector<int32_t> out(4);
  for (const Options& o : IsaOptions()) {
    ASSERT_TRUE(Add(MatrixView(a.data(), 2, 2), MatrixView(a.data(), 2, 2), MutableMatrixView(out.data(), 2, 2), o).ok());
    EXPECT_EQ(out[0], -2);
    EXPECT_FALSE(Scale(MatrixView(a.data(), 2, 2), 1.5, MutableMatrixView(out.data(), 2, 2), o).ok());
    EXPECT_FALSE(Scale(MatrixView(a.data(), 2, 2), 1e12, MutableMatrixView(out.data(), 2, 2), o).ok());
    EXPECT_FALSE(Scale(MatrixView(a.data(), 2, 2), NAN, MutableMatrixView(out.data(), 2, 2), o).ok());
    std::vector<float> f = {1.0f, 3.0f}, fo(2);
    ASSERT_TRUE(Scale(MatrixView(f.data(), 1, 2), 0.1, MutableMatrixView(fo.data(), 1, 2), o).ok());
    EXPECT_EQ(fo[1], 3.0f * 0.1f);  // the factor is rounded to float32 first, as in NumPy
  }
}

TEST(Elementwise, LargeParallelMatchesSingleThread) {
  TestArray a(DType::kFloat32, 700, 400, Layout::kC, 8), b(DType::kFloat32, 700, 400, Layout::kC, 9);
  std::vector<float> o1(700 * 400), o2(700 * 400);
  Options one;
  one.threads = 1;
  Options many;
  many.threads = 3;
  ASSERT_TRUE(Add(a.view(), b.view(), MutableMatrixView(o1.data(), 700, 400), one).ok());
  ASSERT_TRUE(Add(a.view(), b.view(), MutableMatrixView(o2.data(), 700, 400), many).ok());
  EXPECT_EQ(o1, o2);
}

}  // namespace
}  // namespace testing
}  // namespace raptors
