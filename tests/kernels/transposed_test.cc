// Transposed (Fortran-order) and column-sliced views take their own traversals: row groups for
// order L (axis 1 and all elements), column groups and strided strips for order R (axis 0).
// These shapes reach every branch of them: groups of one and several vectors, single left-over
// rows and columns, transposed tiles (whole line visits, a lone last block, a partial block),
// windows over rows that do not hold whole chunks (chunk ends inside a window, the rows' tails),
// short last chunks, rows holding whole chunks with all-element tasks that start inside a row,
// and thread counts that split the work differently. Every result must be the documented tree,
// bit for bit, on every ISA.
#include <cmath>
#include <random>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/internal/scratch.h"
#include "kernels/raptors.h"
#include "tests/kernels/test_util.h"

namespace raptors {
namespace testing {
namespace {

const std::pair<int64_t, int64_t> kShapes[] = {
    {37, 768},   // all elements: one task (grown to hold every row); 37 = strips of 36 + 1 rows
    {70, 512},   // all elements: tasks of 64 rows (32768), the second one 6 rows (3 threads: 32)
    {1030, 512},  // axis 1 and all elements: a strip (task) of 1024 rows, then 6 rows
    {2051, 264},  // axis 1: strips of 2048 rows (8-byte types; 4-byte: 1024), then 3 rows
    {70, 600},   // all elements, rows not whole chunks: 2 tasks, the second from inside row 54
    {41, 517},   // all elements: windows over 5 vectors of rows and 1 row (float64 on AVX-512)
    {10, 5000},  // all elements, 3 threads: tasks of 3-4 rows, each swept as a whole vector of
                 // rows reaching into the rows after it or, at the end, before it
    {300, 40},   // axis 1: one strip of 300 rows (3 threads: tasks of 256 and 44 rows)
    {5, 1280},   // fewer rows than a float32 group
    // Few long rows stored interleaved (all elements in one pass, split into rows): row
    // boundaries inside chunks, the last chunk short (21000 = 82 chunks + 8), two tasks on 3
    // threads; two rows over two tasks (18000), the second one from inside row 1; rows of whole
    // chunks; the shortest rows the pass takes (512) and rows it leaves to the gather (400).
    {7, 3000},
    {2, 9000},
    {3, 1024},
    {6, 700},
    {2, 512},
    {4, 400},
    {19, 300},   // axis 1: a short last chunk (44 elements); 19 = 16 + 3 rows
    {45, 33},    // axis 1: one element past a lane count
    {1031, 20},  // axis 0: one superblock boundary (512 rows) and a partial block
    {1024, 40},  // axis 0: rows end exactly on a superblock boundary
    {539, 24},   // axis 0: a superblock, then 3 blocks short of a column visit and 3 rows
    {9, 77},     // axis 0: column groups of 4 vectors, of 1, and single columns
    {1100, 19},  // axis 0, transposed: tiles over 2 superblocks, an odd block count, 4 rows left
    {700, 203},  // all elements, rows shorter than a chunk: bands with 3 columns past the
                 // squares; from memory (transposed_from_memory_test) tall bands of 320
                 // (4-byte) or 160 (8-byte) rows, then 60 rows
};

// Float values spread over 60 binades, so that almost any change of association changes the
// rounded sums (a test with values of one magnitude cannot tell two trees apart).
void Spread(TestArray& a, uint32_t seed) {
  if (a.dtype() != DType::kFloat32 && a.dtype() != DType::kFloat64) return;
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  std::uniform_int_distribution<int> ex(-30, 30);
  for (int64_t i = 0; i < a.rows(); ++i) {
    for (int64_t j = 0; j < a.cols(); ++j) a.Set(i, j, std::ldexp(u(rng), ex(rng)));
  }
}

double Expected(ReduceOp op, DType dt, double sum, int64_t n) {
  double v = op == ReduceOp::kMean ? sum / static_cast<double>(n) : sum;
  if (ReduceResultDType(op, dt) == DType::kFloat32) v = static_cast<float>(v);
  return v;
}

double Read(const std::vector<double>& d, const std::vector<float>& f, DType rdt, int64_t k) {
  return rdt == DType::kFloat32 ? f[k] : d[k];
}

TEST(Transposed, SumsAndMeansFollowTheOrders) {
  for (const Options& base : IsaOptions()) {
    for (int threads : {1, 3}) {
      Options o = base;
      o.threads = threads;
      for (DType dt : {DType::kFloat32, DType::kFloat64, DType::kInt32, DType::kInt64}) {
        for (auto [rows, cols] : kShapes) {
          for (Layout layout : {Layout::kTransposed, Layout::kEveryOtherCol}) {
            TestArray a(dt, rows, cols, layout, static_cast<uint32_t>(rows * 13 + cols), 1e3);
            Spread(a, static_cast<uint32_t>(rows + cols));
            SCOPED_TRACE(IsaStr(o) + " threads " + std::to_string(threads) + " " +
                         std::string(DTypeName(dt)) + " " + std::to_string(rows) + "x" +
                         std::to_string(cols) + " " + LayoutName(layout));
            const bool is_int = dt == DType::kInt32 || dt == DType::kInt64;
            std::vector<double> flat;
            for (int64_t i = 0; i < rows; ++i) {
              for (int64_t j = 0; j < cols; ++j) flat.push_back(a.Get(i, j));
            }
            const absl::StatusOr<Scalar> m = Mean(a.view(), o);
            ASSERT_TRUE(m.ok()) << m.status();
            EXPECT_EQ(Bits(m->f), Bits(Expected(ReduceOp::kMean, dt, RefOrderL(flat), rows * cols)));
            if (!is_int) {
              const absl::StatusOr<Scalar> s = Sum(a.view(), o);
              ASSERT_TRUE(s.ok()) << s.status();
              EXPECT_EQ(Bits(s->f), Bits(Expected(ReduceOp::kSum, dt, RefOrderL(flat), 0)));
            }
            const ReduceOp op = is_int ? ReduceOp::kMean : ReduceOp::kSum;
            const DType rdt = ReduceResultDType(op, dt);
            for (int axis = 0; axis < 2; ++axis) {
              const int64_t n = axis == 0 ? cols : rows, len = axis == 0 ? rows : cols;
              std::vector<double> outd(n);
              std::vector<float> outf(n);
              const MutableVectorView ov = rdt == DType::kFloat32 ? MutableVector(outf.data(), n)
                                                                  : MutableVector(outd.data(), n);
              ASSERT_TRUE(ReduceAxis(op, a.view(), axis, ov, o).ok());
              for (int64_t k = 0; k < n; ++k) {
                std::vector<double> seq;
                for (int64_t t = 0; t < len; ++t) {
                  seq.push_back(axis == 0 ? a.Get(t, k) : a.Get(k, t));
                }
                const double ref = axis == 0 ? RefOrderR(seq, dt) : RefOrderL(seq);
                ASSERT_EQ(Bits(Read(outd, outf, rdt, k)), Bits(Expected(op, dt, ref, len)))
                    << "axis " << axis << " element " << k;
              }
            }
          }
        }
      }
    }
  }
}

// Large enough for the parallel split (2^18 elements and more): every ISA and thread count
// gives the same bits as the reference, for whole-chunk rows and for ragged ones.
TEST(Transposed, LargeViewsAcrossThreads) {
  for (auto [rows, cols] : {std::pair<int64_t, int64_t>{300, 1024}, {517, 611}}) {
    TestArray a(DType::kFloat32, rows, cols, Layout::kTransposed, 21, 1e3);
    Spread(a, 5);
    std::vector<double> flat;
    for (int64_t i = 0; i < rows; ++i) {
      for (int64_t j = 0; j < cols; ++j) flat.push_back(a.Get(i, j));
    }
    const double want = static_cast<float>(RefOrderL(flat));
    std::vector<double> row_want(rows), col_want(cols);
    for (int64_t i = 0; i < rows; ++i) {
      row_want[i] = static_cast<float>(
          RefOrderL(std::vector<double>(flat.begin() + i * cols, flat.begin() + (i + 1) * cols)));
    }
    for (int64_t j = 0; j < cols; ++j) {
      std::vector<double> col;
      for (int64_t i = 0; i < rows; ++i) col.push_back(flat[i * cols + j]);
      col_want[j] = static_cast<float>(RefOrderR(col, DType::kFloat32));
    }
    for (const Options& base : IsaOptions()) {
      for (int threads : {1, 2, 5}) {
        Options o = base;
        o.threads = threads;
        SCOPED_TRACE(IsaStr(o) + " threads " + std::to_string(threads) + " " +
                     std::to_string(rows) + "x" + std::to_string(cols));
        EXPECT_EQ(Bits(Sum(a.view(), o)->f), Bits(want));
        std::vector<float> r(rows), c(cols);
        ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, a.view(), 1, MutableVector(r.data(), rows), o).ok());
        ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, a.view(), 0, MutableVector(c.data(), cols), o).ok());
        for (int64_t i = 0; i < rows; ++i) ASSERT_EQ(Bits(r[i]), Bits(row_want[i])) << "row " << i;
        for (int64_t j = 0; j < cols; ++j) ASSERT_EQ(Bits(c[j]), Bits(col_want[j])) << "col " << j;
      }
    }
  }
}

// All-element sums of views whose columns are the close axis and whose rows do not hold whole
// chunks, with other strides than the transposed views above: columns reversed (the window
// sweep, rs == 1, running backwards through memory), rows reversed and every other row (rs of
// -1 and 2: the row tiles). Shapes: one strip of rows, and three (1024 + 1024 + 52 rows, the
// last not a whole vector). float32 and float64, every ISA, threads that split the tasks inside
// rows.
TEST(Transposed, OtherStridesFollowTheOrder) {
  for (auto [rows, cols] : {std::pair<int64_t, int64_t>{70, 600}, {2100, 300}}) {
    const std::pair<int64_t, int64_t> strides[] = {{1, -rows}, {-1, rows}, {2, 2 * rows}};
    for (auto [rs, cs] : strides) {
      for (DType dt : {DType::kFloat32, DType::kFloat64}) {
        // Element (i, j) at base + i * rs + j * cs, every offset in the buffer.
        const int64_t base = (rs < 0 ? -(rows - 1) * rs : 0) + (cs < 0 ? -(cols - 1) * cs : 0);
        const int64_t size = base + (rows - 1) * std::abs(rs) + (cols - 1) * std::abs(cs) + 1;
        std::mt19937 rng(static_cast<uint32_t>(rows + cols));
        std::uniform_real_distribution<double> u(-1.0, 1.0);
        std::uniform_int_distribution<int> ex(-30, 30);
        std::vector<double> store(size);
        for (double& v : store) {
          v = std::ldexp(u(rng), ex(rng));
          if (dt == DType::kFloat32) v = static_cast<float>(v);
        }
        std::vector<float> store32(store.begin(), store.end());
        const void* data = dt == DType::kFloat32 ? static_cast<const void*>(store32.data() + base)
                                                 : static_cast<const void*>(store.data() + base);
        const ArrayView view{data, dt, rows, cols, rs, cs};
        std::vector<double> flat;
        for (int64_t i = 0; i < rows; ++i) {
          for (int64_t j = 0; j < cols; ++j) flat.push_back(store[base + i * rs + j * cs]);
        }
        const double want = Expected(ReduceOp::kSum, dt, RefOrderL(flat), 0);
        for (const Options& b : IsaOptions()) {
          for (int threads : {1, 3}) {
            Options o = b;
            o.threads = threads;
            SCOPED_TRACE(IsaStr(o) + " threads " + std::to_string(threads) + " " +
                         std::string(DTypeName(dt)) + " " + std::to_string(rows) + "x" +
                         std::to_string(cols) + " strides " + std::to_string(rs) + ", " +
                         std::to_string(cs));
            const absl::StatusOr<Scalar> s = Sum(view, o);
            ASSERT_TRUE(s.ok()) << s.status();
            EXPECT_EQ(Bits(s->f), Bits(want));
          }
        }
      }
    }
  }
}

// The across-rows strips keep their row-vector stacks in a per-thread buffer; a thread whose
// buffer could not be allocated uses a smaller one on its stack, with shorter strips (512 rows
// here instead of 2048 for 8-byte elements and 1024 for 4-byte ones). The bits must not change.
TEST(Transposed, StackScratchGivesTheSameBits) {
  // 700x203: all-element sums of rows shorter than a chunk, whose tall bands
  // (from memory) also live in that buffer: without it, bands of one cache line
  // of rows on the stack.
  for (auto [rows, cols] : {std::pair<int64_t, int64_t>{2051, 264}, {700, 203}}) {
    for (DType dt : {DType::kFloat32, DType::kFloat64, DType::kInt32}) {
      TestArray a(dt, rows, cols, Layout::kTransposed, 33, 1e3);
      Spread(a, 9);
      std::vector<double> flat;
      for (int64_t i = 0; i < rows; ++i) {
        for (int64_t j = 0; j < cols; ++j) flat.push_back(a.Get(i, j));
      }
      const ReduceOp op = dt == DType::kInt32 ? ReduceOp::kMean : ReduceOp::kSum;
      const DType rdt = ReduceResultDType(op, dt);
      for (const Options& base : IsaOptions()) {
        Options o = base;
        o.threads = 1;  // the calling thread, whose scratch is switched off
        SCOPED_TRACE(IsaStr(o) + " " + std::string(DTypeName(dt)));
        internal::SetThreadScratchOffForTesting(true);
        const absl::StatusOr<Scalar> m = Mean(a.view(), o);
        std::vector<double> outd(rows);
        std::vector<float> outf(rows);
        const MutableVectorView ov = rdt == DType::kFloat32 ? MutableVector(outf.data(), rows)
                                                            : MutableVector(outd.data(), rows);
        const absl::Status s = ReduceAxis(op, a.view(), 1, ov, o);
        internal::SetThreadScratchOffForTesting(false);
        ASSERT_TRUE(m.ok()) << m.status();
        ASSERT_TRUE(s.ok()) << s;
        EXPECT_EQ(Bits(m->f), Bits(Expected(ReduceOp::kMean, dt, RefOrderL(flat), rows * cols)));
        for (int64_t i = 0; i < rows; ++i) {
          const std::vector<double> row(flat.begin() + i * cols, flat.begin() + (i + 1) * cols);
          ASSERT_EQ(Bits(Read(outd, outf, rdt, i)), Bits(Expected(op, dt, RefOrderL(row), cols)))
              << "row " << i;
        }
      }
    }
  }
}

}  // namespace
}  // namespace testing
}  // namespace raptors
