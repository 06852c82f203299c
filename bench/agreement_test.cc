#include "bench/agreement.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "bench/arrays.h"
#include "bench/case_spec.h"
#include "bench/our_op.h"
#include "gtest/gtest.h"
#include "kernels/raptors.h"

namespace raptors_bench {
namespace {

using raptors::DType;

template <typename T>
ResultRef Ref(const std::vector<T>& v, DType dtype) {
  return ResultRef{v.data(), dtype, static_cast<int64_t>(v.size())};
}

TEST(CheckAgreement, EqualResultsAgree) {
  const std::vector<float> a = {1.5f, -2.0f, 0.125f};
  EXPECT_TRUE(CheckAgreement("c", Ref(a, DType::kFloat32), Ref(a, DType::kFloat32)).ok());
  const std::vector<int64_t> i = {1, -2, 3};
  EXPECT_TRUE(CheckAgreement("c", Ref(i, DType::kInt64), Ref(i, DType::kInt64)).ok());
}

TEST(CheckAgreement, ToleratesAFinalRoundingDifference) {
  const float x = 1000.0f / 3.0f;
  const std::vector<float> a = {x};
  const std::vector<float> b = {std::nextafter(x, 1e9f)};
  EXPECT_TRUE(CheckAgreement("c", Ref(a, DType::kFloat32), Ref(b, DType::kFloat32)).ok());
}

TEST(CheckAgreement, CatchesOneWrongFloatAndNamesTheCase) {
  std::vector<double> numpy(1000, 2.25);
  std::vector<double> ours = numpy;
  ours[617] += 0.125;  // one input element of the harness's data off by its smallest step
  const absl::Status s = CheckAgreement("mean_axis0/float64/8x1000",
                                        Ref(ours, DType::kFloat64), Ref(numpy, DType::kFloat64));
  ASSERT_FALSE(s.ok());
  const std::string msg(s.message());
  EXPECT_NE(msg.find("mean_axis0/float64/8x1000"), std::string::npos) << msg;
  EXPECT_NE(msg.find("element 617"), std::string::npos) << msg;
}

TEST(CheckAgreement, IntegersMustBeExact) {
  const std::vector<int32_t> numpy = {7, 8, 9};
  const std::vector<int32_t> ours = {7, 8, 10};
  EXPECT_FALSE(CheckAgreement("c", Ref(ours, DType::kInt32), Ref(numpy, DType::kInt32)).ok());
}

TEST(CheckAgreement, NanMatchesOnlyNan) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<double> n = {nan};
  const std::vector<double> one = {1.0};
  EXPECT_TRUE(CheckAgreement("c", Ref(n, DType::kFloat64), Ref(n, DType::kFloat64)).ok());
  EXPECT_FALSE(CheckAgreement("c", Ref(n, DType::kFloat64), Ref(one, DType::kFloat64)).ok());
  EXPECT_FALSE(CheckAgreement("c", Ref(one, DType::kFloat64), Ref(n, DType::kFloat64)).ok());
}

TEST(CheckAgreement, DTypeOrCountMismatchFails) {
  const std::vector<int64_t> i64 = {1};
  const std::vector<int32_t> i32 = {1};
  EXPECT_FALSE(CheckAgreement("c", Ref(i32, DType::kInt32), Ref(i64, DType::kInt64)).ok());
  const std::vector<int64_t> two = {1, 1};
  EXPECT_FALSE(CheckAgreement("c", Ref(i64, DType::kInt64), Ref(two, DType::kInt64)).ok());
}

// End to end through the library: a deliberately wrong "NumPy" answer (our own result with
// one element moved) is caught; the unmodified result agrees with itself.
TEST(CheckAgreement, CatchesACorruptedCopyOfARealResult) {
  const Shape shape = *ParseShape("33x65");
  Buffer a(DType::kFloat32, shape.base_elements());
  FillDeterministic(a, 42);
  const CaseSpec spec{Op::kSumAxis0, DType::kFloat32, shape};
  OurOp op(spec, Operands{ViewOf(a, shape), {}, {}, {}});
  ASSERT_TRUE(op.Run(raptors::Options{}).ok());
  const ResultRef ours = op.result();
  ASSERT_EQ(ours.count, 65);
  std::vector<float> wrong(static_cast<const float*>(ours.data),
                           static_cast<const float*>(ours.data) + ours.count);
  EXPECT_TRUE(CheckAgreement("sum_axis0", ours, Ref(wrong, DType::kFloat32)).ok());
  wrong[40] += 0.125f;
  EXPECT_FALSE(CheckAgreement("sum_axis0", ours, Ref(wrong, DType::kFloat32)).ok());
}

}  // namespace
}  // namespace raptors_bench
