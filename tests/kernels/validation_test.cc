// Every entry point rejects bad arguments with InvalidArgument naming the argument.
#include <limits>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/raptors.h"

namespace raptors {
namespace {

void ExpectError(const absl::Status& s, absl::string_view word) {
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << s;
  EXPECT_NE(s.message().find(word), absl::string_view::npos) << s.message() << " lacks " << word;
}

TEST(Validation, Views) {
  std::vector<float> buf(64);
  const ArrayView good = MatrixView(buf.data(), 8, 8);
  ArrayView v = good;
  v.data = nullptr;
  ExpectError(Sum(v).status(), "in.data is null");
  v = good;
  v.rows = -1;
  ExpectError(Sum(v).status(), "negative size");
  v.rows = std::numeric_limits<int64_t>::min();  // no arithmetic on it may overflow
  ExpectError(Sum(v).status(), "negative size");
  v = good;
  v.cols = std::numeric_limits<int64_t>::min();
  ExpectError(Mean(v).status(), "negative size");
  v = good;
  v.row_stride = std::numeric_limits<int64_t>::max() / 4;
  ExpectError(Sum(v).status(), "overflows");
  v = good;
  v.rows = std::numeric_limits<int64_t>::max();
  ExpectError(Sum(v).status(), "overflows");
  v = good;
  v.dtype = static_cast<DType>(9);
  ExpectError(Sum(v).status(), "dtype");
  Options bad_threads;
  bad_threads.threads = -2;
  ExpectError(Sum(good, bad_threads).status(), "options.threads");
}

TEST(Validation, ReduceAxisOutputs) {
  std::vector<float> buf(64);
  std::vector<double> d(8);
  float out[9];
  const ArrayView in = MatrixView(buf.data(), 8, 8);
  ExpectError(ReduceAxis(ReduceOp::kSum, in, 0, MutableVector(out, 7)), "out.size");
  ExpectError(ReduceAxis(ReduceOp::kSum, in, 0, MutableVector(d.data(), 8)), "out.dtype");
  ExpectError(ReduceAxis(ReduceOp::kSum, in, 2, MutableVector(out, 8)), "axis");
  ExpectError(ReduceAxis(ReduceOp::kSum, in, 1, MutableVector(buf.data() + 4, 8)), "overlaps");
  MutableVectorView nul{nullptr, DType::kFloat32, 8, 1};
  ExpectError(ReduceAxis(ReduceOp::kSum, in, 1, nul), "out.data is null");
  ExpectError(ReduceAxis(ReduceOp::kMin, MatrixView(buf.data(), 0, 8), 0, MutableVector(out, 8)), "empty");
  EXPECT_TRUE(ReduceAxis(ReduceOp::kSum, in, -1, MutableVector(out, 8)).ok());
}

TEST(Validation, ReduceAxisNd) {
  std::vector<float> buf(60), out(60);
  ExpectError(ReduceAxisNd(ReduceOp::kSum, buf.data(), DType::kFloat32, {}, 0, out.data(), 1), "ndim");
  ExpectError(ReduceAxisNd(ReduceOp::kSum, buf.data(), DType::kFloat32, {3, 4, 5}, 3, out.data(), 12), "axis");
  ExpectError(ReduceAxisNd(ReduceOp::kSum, buf.data(), DType::kFloat32, {3, 4, 5}, 1, out.data(), 12), "out_size");
  ExpectError(ReduceAxisNd(ReduceOp::kSum, buf.data(), DType::kFloat32, {3, -4, 5}, 1, out.data(), 15), "negative");
  ExpectError(ReduceAxisNd(ReduceOp::kSum, buf.data(), DType::kFloat32,
                           {int64_t{1} << 40, int64_t{1} << 40, 2}, 2, out.data(), 4), "overflows");
  ExpectError(ReduceAxisNd(ReduceOp::kSum, nullptr, DType::kFloat32, {3, 4, 5}, 1, out.data(), 15), "null");
  ExpectError(ReduceAxisNd(ReduceOp::kSum, buf.data(), DType::kFloat32, {3, 4, 5}, 1, buf.data() + 10, 15), "overlaps");
  EXPECT_TRUE(ReduceAxisNd(ReduceOp::kSum, buf.data(), DType::kFloat32, {3, 4, 5}, -2, out.data(), 15).ok());
}

TEST(Validation, Elementwise) {
  std::vector<float> a(64), b(64), o(64);
  std::vector<double> d(64);
  const ArrayView av = MatrixView(a.data(), 8, 8);
  ExpectError(Add(av, MatrixView(b.data(), 8, 7), MutableMatrixView(o.data(), 8, 8)), "shape");
  ExpectError(Add(av, MatrixView(d.data(), 8, 8), MutableMatrixView(o.data(), 8, 8)), "dtype");
  // Partial overlap: out shifted by one element from a.
  ExpectError(Add(MatrixView(a.data(), 7, 8), MatrixView(b.data(), 7, 8), MutableMatrixView(a.data() + 8, 7, 8)),
              "overlaps");
  ExpectError(AddRow(av, Vector(b.data(), 7), MutableMatrixView(o.data(), 8, 8)), "row.size");
  ExpectError(AddColumn(av, Vector(o.data(), 8), MutableMatrixView(o.data(), 8, 8)), "overlaps");
  MutableArrayView nul{nullptr, DType::kFloat32, 8, 8, 8, 1};
  ExpectError(Scale(av, 2.0, nul), "out.data is null");
  EXPECT_TRUE(Add(av, MatrixView(b.data(), 8, 8), MutableMatrixView(a.data(), 8, 8)).ok());  // in place
}

}  // namespace
}  // namespace raptors
