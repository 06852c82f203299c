// Elementwise ops on every supported ISA, dtype and layout, including in-place calls.
#include <cmath>
#include <cstdlib>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/internal/scratch.h"
#include "kernels/raptors.h"
#include "tests/kernels/test_util.h"

namespace raptors {
namespace testing {
namespace {

// Before any call builds the dispatch: calls touching more than 64 KiB stream their output
// (where the layer can), so the streaming path runs on arrays small enough for QEMU. Smaller
// calls (all of AllOpsDtypesLayouts) keep ordinary stores.
const bool kStreamSmall = setenv("RAPTORS_STREAM_BYTES", "65536", 1) == 0;

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

// Shapes past the streaming threshold (so aligned vectors go out non-temporally), odd sizes (so
// every row has a head before its first 64-byte boundary and a tail), in every input layout
// with C-order, unaligned and Fortran-order outputs: strided (every other column) inputs read
// as vector pairs, transposed inputs into C-order outputs through tiles, in place.
TEST(Elementwise, StreamedStridedTiledPathsExact) {
  ASSERT_TRUE(kStreamSmall);
  const std::pair<int64_t, int64_t> shapes[] = {{67, 301}, {300, 37}, {1, 20001}};
  const Layout in_layouts[] = {Layout::kC, Layout::kUnaligned, Layout::kEveryOtherCol,
                               Layout::kTransposed, Layout::kNegCols};
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (auto [rows, cols] : shapes) {
        for (Layout lo : {Layout::kC, Layout::kUnaligned, Layout::kTransposed}) {
          for (Layout la : in_layouts) {
            const Layout lb = la == Layout::kC ? Layout::kEveryOtherCol : la;
            SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " + std::to_string(rows) +
                         "x" + std::to_string(cols) + " a " + LayoutName(la) + " out " +
                         LayoutName(lo));
            TestArray a(dt, rows, cols, la, 11), b(dt, rows, cols, lb, 12);
            TestArray out(dt, rows, cols, lo, 13);
            TestArray row(dt, 1, cols, la == Layout::kEveryOtherCol ? la : Layout::kC, 14);
            TestArray col(dt, 1, rows, la == Layout::kTransposed ? Layout::kEveryOtherCol : Layout::kC, 15);
            VectorView rv{row.view().data, dt, cols, row.view().col_stride};
            VectorView cv{col.view().data, dt, rows, col.view().col_stride};
            ASSERT_TRUE(Add(a.view(), b.view(), out.mutable_view(), o).ok());
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j)
                ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), b.Get(i, j), false)) << i << "," << j;
            ASSERT_TRUE(Scale(a.view(), -3.0, out.mutable_view(), o).ok());
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j)
                ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), -3.0, true)) << i << "," << j;
            ASSERT_TRUE(AddRow(a.view(), rv, out.mutable_view(), o).ok());
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j)
                ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), row.Get(0, j), false)) << i << "," << j;
            ASSERT_TRUE(AddColumn(a.view(), cv, out.mutable_view(), o).ok());
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j)
                ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), col.Get(0, i), false)) << i << "," << j;
          }
          // In place, streamed: out is exactly a (and b).
          TestArray c(dt, rows, cols, lo, 16), ref(dt, rows, cols, lo, 16);
          ASSERT_TRUE(Add(c.view(), c.view(), c.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j)
              ASSERT_EQ(c.Get(i, j), Op(dt, ref.Get(i, j), ref.Get(i, j), false)) << i << "," << j;
          ASSERT_TRUE(Scale(c.view(), 5.0, c.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j)
              ASSERT_EQ(c.Get(i, j), Op(dt, Op(dt, ref.Get(i, j), ref.Get(i, j), false), 5.0, true));
        }
      }
    }
  }
}

// Transposed (Fortran-order) inputs into row-major outputs, through each transposing path:
// views of fewer than 8 rows (rows written side by side), rows of 2-7 elements (interleaved
// from column pieces), bands of 8 or more columns (whole and partial groups of 8, several bands
// and leftover rows; streamed past RAPTORS_STREAM_BYTES), and the tiles, which take the rows
// left over, outputs whose rows are not back to back, and every band when the thread's scratch
// buffer is unavailable. On 1 and 3 threads (row tasks start inside bands).
TEST(Elementwise, TransposedInputsEveryPath) {
  ASSERT_TRUE(kStreamSmall);
  const std::pair<int64_t, int64_t> shapes[] = {{5, 301}, {2, 1000}, {7, 64},   {150, 5},
                                                {130, 2}, {200, 7},  {2100, 13}, {400, 264},
                                                {400, 300}, {700, 400}};
  for (const Options& base : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (auto [rows, cols] : shapes) {
        if (rows * cols > 200000 && dt != DType::kFloat32) continue;  // one dtype on the pool
        for (const bool padded : {false, true}) {
          for (const bool scratch : {true, false}) {
            Options o = base;
            o.threads = rows * cols > 200000 ? 3 : 1;
            if (!scratch && (padded || o.threads > 1)) continue;
            SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " +
                         std::to_string(rows) + "x" + std::to_string(cols) +
                         (padded ? " padded out" : "") + (scratch ? "" : " no scratch"));
            TestArray a(dt, rows, cols, Layout::kTransposed, 21), b(dt, rows, cols, Layout::kTransposed, 22);
            TestArray row(dt, 1, cols, Layout::kC, 23), col(dt, 1, rows, Layout::kEveryOtherCol, 24);
            VectorView rv{row.view().data, dt, cols, row.view().col_stride};
            VectorView cv{col.view().data, dt, rows, col.view().col_stride};
            const int64_t pitch = padded ? cols + 3 : cols;
            // Sentinel bytes: nothing outside the view (row padding, one element past the end)
            // may change.
            std::vector<int64_t> store(static_cast<size_t>(rows * pitch + 1), 0x5A5A5A5A5A5A5A5A);
            MutableArrayView out{store.data(), dt, rows, cols, pitch, 1};
            const auto get = [&](int64_t i, int64_t j) {
              const char* p = reinterpret_cast<const char*>(store.data()) +
                              (i * pitch + j) * static_cast<int64_t>(DTypeSize(dt));
              switch (dt) {
                case DType::kFloat32: return static_cast<double>(*reinterpret_cast<const float*>(p));
                case DType::kFloat64: return *reinterpret_cast<const double*>(p);
                case DType::kInt32: return static_cast<double>(*reinterpret_cast<const int32_t*>(p));
                case DType::kInt64: return static_cast<double>(*reinterpret_cast<const int64_t*>(p));
              }
              return 0.0;
            };
            const auto check = [&](const char* what, auto expected) {
              for (int64_t i = 0; i < rows; ++i)
                for (int64_t j = 0; j < cols; ++j)
                  ASSERT_EQ(get(i, j), expected(i, j)) << what << " " << i << "," << j;
              const unsigned char* bytes = reinterpret_cast<const unsigned char*>(store.data());
              const int64_t size = DTypeSize(dt);
              for (int64_t k = 0; k < static_cast<int64_t>(store.size()) * 8; ++k) {
                const int64_t e = k / size;
                if (e < rows * pitch && e % pitch < cols) continue;
                ASSERT_EQ(bytes[k], 0x5A) << what << ": byte " << k << " outside the view";
              }
            };
            if (!scratch) internal::SetThreadScratchOffForTesting(true);
            const absl::Status s1 = Add(a.view(), b.view(), out, o);
            const std::vector<int64_t> added = store;
            const absl::Status s2 = Scale(a.view(), -3.0, out, o);
            const std::vector<int64_t> scaled = store;
            const absl::Status s3 = AddRow(a.view(), rv, out, o);
            const std::vector<int64_t> row_added = store;
            const absl::Status s4 = AddColumn(a.view(), cv, out, o);
            if (!scratch) internal::SetThreadScratchOffForTesting(false);
            ASSERT_TRUE(s1.ok() && s2.ok() && s3.ok() && s4.ok());
            check("add_column", [&](int64_t i, int64_t j) { return Op(dt, a.Get(i, j), col.Get(0, i), false); });
            store = row_added;
            check("add_row", [&](int64_t i, int64_t j) { return Op(dt, a.Get(i, j), row.Get(0, j), false); });
            store = scaled;
            check("scale", [&](int64_t i, int64_t j) { return Op(dt, a.Get(i, j), -3.0, true); });
            store = added;
            check("add", [&](int64_t i, int64_t j) { return Op(dt, a.Get(i, j), b.Get(i, j), false); });
          }
        }
      }
    }
  }
}

// Broadcasts over short rows (cols 1..33: under and around every vector width), whose
// contiguous rows run as one flat sequence with a periodic operand: row counts below, at and
// past a run of the operand buffer and the streaming threshold; contiguous, unaligned and
// strided outputs; strided and reversed operand vectors; in place.
TEST(Elementwise, ShortRowBroadcastsExact) {
  ASSERT_TRUE(kStreamSmall);
  const int64_t row_counts[] = {1, 2, 3, 17, 100, 700};
  for (const Options& o : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (int64_t cols = 1; cols <= 33; ++cols) {
        for (int64_t rows : row_counts) {
          for (Layout lo : {Layout::kC, Layout::kUnaligned, Layout::kEveryOtherCol}) {
            // Runs past one operand buffer (and streamed) for the narrowest and widest rows and
            // the flat outputs only: the QEMU variants take minutes otherwise.
            if (rows > 100 && (lo == Layout::kEveryOtherCol || (cols > 17 && cols < 31))) continue;
            const Layout la = lo == Layout::kEveryOtherCol ? Layout::kC : lo;
            const Layout lv = (cols + rows) % 2 ? Layout::kC : Layout::kEveryOtherCol;
            SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)) + " " + std::to_string(rows) +
                         "x" + std::to_string(cols) + " out " + LayoutName(lo));
            TestArray a(dt, rows, cols, la, 21), out(dt, rows, cols, lo, 22);
            TestArray row(dt, 1, cols, lv, 23), col(dt, 1, rows, Layout::kNegCols, 24);
            const VectorView rv{row.view().data, dt, cols, row.view().col_stride};
            const VectorView cv{col.view().data, dt, rows, col.view().col_stride};
            ASSERT_TRUE(AddRow(a.view(), rv, out.mutable_view(), o).ok());
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j)
                ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), row.Get(0, j), false)) << i << "," << j;
            ASSERT_TRUE(AddColumn(a.view(), cv, out.mutable_view(), o).ok());
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j)
                ASSERT_EQ(out.Get(i, j), Op(dt, a.Get(i, j), col.Get(0, i), false)) << i << "," << j;
            // In place: out is exactly the input.
            TestArray c(dt, rows, cols, lo, 25), ref(dt, rows, cols, lo, 25);
            ASSERT_TRUE(AddRow(c.view(), rv, c.mutable_view(), o).ok());
            ASSERT_TRUE(AddColumn(c.view(), cv, c.mutable_view(), o).ok());
            for (int64_t i = 0; i < rows; ++i)
              for (int64_t j = 0; j < cols; ++j)
                ASSERT_EQ(c.Get(i, j), Op(dt, Op(dt, ref.Get(i, j), row.Get(0, j), false),
                                          col.Get(0, i), false))
                    << i << "," << j;
          }
        }
      }
    }
  }
}

// One column whose column stride (unused) is 2 and rows contiguous: one run, read contiguously.
TEST(Elementwise, SingleColumnIgnoresColumnStride) {
  const int64_t n = 5000;
  std::vector<float> a(n), b(n), out(n);
  for (int64_t i = 0; i < n; ++i) {
    a[i] = static_cast<float>(i) * 0.5f;
    b[i] = static_cast<float>(n - i);
  }
  for (const Options& o : IsaOptions()) {
    const ArrayView va{a.data(), DType::kFloat32, n, 1, 1, 2}, vb{b.data(), DType::kFloat32, n, 1, 1, 2};
    ASSERT_TRUE(Add(va, vb, MutableArrayView{out.data(), DType::kFloat32, n, 1, 1, 2}, o).ok());
    for (int64_t i = 0; i < n; ++i) ASSERT_EQ(out[i], a[i] + b[i]) << IsaStr(o) << " " << i;
    ASSERT_TRUE(Scale(va, 3.0, MutableArrayView{out.data(), DType::kFloat32, n, 1, 1, 2}, o).ok());
    for (int64_t i = 0; i < n; ++i) ASSERT_EQ(out[i], a[i] * 3.0f) << IsaStr(o) << " " << i;
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

// Flat operands (a 1-D array, or rows back to back) are cut into element ranges for threads,
// whatever their row count: every element must still be NumPy's, at task edges that fall inside
// rows, with the output streamed (RAPTORS_STREAM_BYTES above) or not, aligned or shifted by one
// element, in place or not.
TEST(Elementwise, FlatCallsSplitIntoElementRanges) {
  const int64_t n = 300007;  // above the tests' pool threshold (262144); odd
  for (const Options& base : IsaOptions()) {
    for (DType dt : kDTypes) {
      for (auto [rows, cols] : {std::pair<int64_t, int64_t>{1, n}, {3, n / 3}}) {
        // Aligned, out of place on 3 threads; shifted by one element, in place on 7 (fewer
        // combinations than the full product: the test also runs under QEMU).
        for (int shift : {0, 1}) {
          const int threads = shift ? 7 : 3;
          const bool in_place = shift == 1;
          SCOPED_TRACE(IsaStr(base) + " " + std::string(DTypeName(dt)) + " " +
                       std::to_string(rows) + "x" + std::to_string(cols) + " shift " +
                       std::to_string(shift));
          Options o = base;
          o.threads = threads;
          const Layout layout = shift ? Layout::kUnaligned : Layout::kC;
          TestArray a(dt, rows, cols, layout, 21), b(dt, rows, cols, layout, 22);
          TestArray out(dt, rows, cols, layout, 23);
          TestArray& dst = in_place ? a : out;
          std::vector<double> want(rows * cols);
          for (int64_t i = 0; i < rows; ++i) {
            for (int64_t j = 0; j < cols; ++j) {
              want[i * cols + j] = Op(dt, a.Get(i, j), b.Get(i, j), false);
            }
          }
          ASSERT_TRUE(Add(a.view(), b.view(), dst.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i) {
            for (int64_t j = 0; j < cols; ++j) {
              ASSERT_EQ(dst.Get(i, j), want[i * cols + j]) << "add " << i << "," << j;
              want[i * cols + j] = Op(dt, want[i * cols + j], 3.0, true);
            }
          }
          ASSERT_TRUE(Scale(dst.view(), 3.0, dst.mutable_view(), o).ok());
          for (int64_t i = 0; i < rows; ++i) {
            for (int64_t j = 0; j < cols; ++j) {
              ASSERT_EQ(dst.Get(i, j), want[i * cols + j]) << "scale " << i << "," << j;
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
