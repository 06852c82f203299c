// The parallel threshold: RAPTORS_PARALLEL_MIN parsing, and bit-identical results whether small
// calls run on one thread (the default threshold) or on the pool (threshold 0).
//
// The threshold is read once per process, so each BUILD target runs this file with its own
// RAPTORS_PARALLEL_MIN and names the value it must produce in RAPTORS_EXPECTED_PARALLEL_MIN.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/raptors.h"
#include "tests/kernels/test_util.h"

namespace raptors {
namespace {

TEST(ParallelThreshold, EnvironmentGivesExpectedThreshold) {
  const char* want = std::getenv("RAPTORS_EXPECTED_PARALLEL_MIN");
  if (want == nullptr) GTEST_SKIP() << "RAPTORS_EXPECTED_PARALLEL_MIN not set";
  const char* env = std::getenv("RAPTORS_PARALLEL_MIN");
  EXPECT_EQ(MinParallelElements(), std::strtoll(want, nullptr, 10))
      << "RAPTORS_PARALLEL_MIN=" << (env ? env : "(unset)");
}

// Every result as bytes, so floats compare bit for bit (NaN and -0.0 included).
std::string ScalarBytes(const absl::StatusOr<Scalar>& s) {
  if (!s.ok()) return s.status().ToString();
  std::string b(reinterpret_cast<const char*>(&s->f), sizeof s->f);
  b.append(reinterpret_cast<const char*>(&s->i), sizeof s->i);
  return b;
}

// Every public op on one array with `threads`, concatenated as bytes.
std::string AllResults(const testing::TestArray& a, const testing::TestArray& b, Options o) {
  const ArrayView v = a.view();
  const DType dt = v.dtype;
  const size_t es = DTypeSize(dt);
  std::string r;
  for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean, ReduceOp::kMin, ReduceOp::kMax}) {
    r += ScalarBytes(Reduce(op, v, o));
    const DType rdt = ReduceResultDType(op, dt);
    for (int axis : {0, 1}) {
      std::vector<char> out((axis == 0 ? v.cols : v.rows) * DTypeSize(rdt) + 1);
      const MutableVectorView ov{out.data(), rdt, axis == 0 ? v.cols : v.rows, 1};
      const absl::Status s = ReduceAxis(op, v, axis, ov, o);
      r += s.ToString();
      r.append(out.data(), out.size());
    }
  }
  std::vector<char> out(v.rows * v.cols * es + 1);
  const MutableArrayView ov{out.data(), dt, v.rows, v.cols, v.cols, 1};
  const VectorView row{b.view().data, dt, v.cols, 1};  // b has at least rows*cols elements
  const VectorView col{b.view().data, dt, v.rows, 1};
  for (int k = 0; k < 4; ++k) {
    absl::Status s;
    if (k == 0) s = Add(v, b.view(), ov, o);
    if (k == 1) s = Scale(v, 3.0, ov, o);
    if (k == 2) s = AddRow(v, row, ov, o);
    if (k == 3) s = AddColumn(v, col, ov, o);
    r += s.ToString();
    r.append(out.data(), out.size());
  }
  return r;
}

// Under RAPTORS_PARALLEL_MIN=0 these small calls really go through the pool, so this compares
// the pooled chunking with the single-thread path the default threshold gives them.
TEST(ParallelThreshold, ThreadCountNeverChangesBits) {
  std::printf("MinParallelElements() = %lld\n", static_cast<long long>(MinParallelElements()));
  const struct { int64_t rows, cols; } shapes[] = {{1, 1}, {3, 5}, {17, 33}, {64, 64},
                                                   {100, 37}, {257, 129}, {600, 70}};
  uint32_t seed = 1;
  for (const Options& isa : testing::IsaOptions()) {
    for (DType dt : {DType::kFloat32, DType::kFloat64, DType::kInt32, DType::kInt64}) {
      for (testing::Layout layout : {testing::Layout::kC, testing::Layout::kTransposed,
                                     testing::Layout::kEveryOtherCol}) {
        for (const auto& sh : shapes) {
          const testing::TestArray a(dt, sh.rows, sh.cols, layout, ++seed);
          const testing::TestArray b(dt, sh.rows, sh.cols, testing::Layout::kC, ++seed);
          Options o = isa;
          o.threads = 1;
          const std::string one = AllResults(a, b, o);
          for (int t : {2, 3, 7}) {
            o.threads = t;
            EXPECT_TRUE(AllResults(a, b, o) == one)
                << testing::IsaStr(isa) << " " << DTypeName(dt) << " "
                << testing::LayoutName(layout) << " " << sh.rows << "x" << sh.cols
                << " threads=" << t;
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace raptors
