#include "tools/raptors/ops.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "kernels/raptors.h"
#include "tools/raptors/command_line.h"
#include "tools/raptors/npy.h"

namespace raptors {
namespace cli {
namespace {

using npy::NpyArray;
using ::testing::HasSubstr;

// An array whose element at C-order flat index k (of its logical shape) is f(k), stored in
// the requested memory order.
template <typename T, typename F>
NpyArray Make(std::vector<int64_t> shape, bool fortran, F f) {
  DType dtype = DType::kFloat32;
  if constexpr (std::is_same_v<T, double>) dtype = DType::kFloat64;
  if constexpr (std::is_same_v<T, int32_t>) dtype = DType::kInt32;
  if constexpr (std::is_same_v<T, int64_t>) dtype = DType::kInt64;
  absl::StatusOr<NpyArray> a = NpyArray::Zeros(dtype, shape, fortran);
  const int n = static_cast<int>(shape.size());
  std::vector<int64_t> index(static_cast<size_t>(n), 0);
  for (int64_t k = 0; k < a->num_elements(); ++k) {
    int64_t offset = 0, stride = 1;
    for (int d = fortran ? 0 : n - 1; fortran ? d < n : d >= 0; d += fortran ? 1 : -1) {
      offset += index[d] * stride;
      stride *= shape[d];
    }
    a->template data_as<T>()[offset] = f(k);
    for (int d = n - 1; d >= 0 && ++index[d] == shape[d]; --d) index[d] = 0;
  }
  return *std::move(a);
}

// The element at C-order flat index k of `a`'s logical shape.
template <typename T>
T At(const NpyArray& a, int64_t k) {
  const int n = a.ndim();
  int64_t offset = 0, stride = 1;
  std::vector<int64_t> index(static_cast<size_t>(n));
  for (int d = n - 1; d >= 0; --d) {
    index[d] = k % a.shape()[d];
    k /= a.shape()[d];
  }
  for (int d = a.fortran_order() ? 0 : n - 1; a.fortran_order() ? d < n : d >= 0;
       d += a.fortran_order() ? 1 : -1) {
    offset += index[d] * stride;
    stride *= a.shape()[d];
  }
  return a.data_as<T>()[offset];
}

absl::StatusOr<NpyArray> RunOn(const std::string& op, std::vector<const NpyArray*> inputs,
                             std::optional<int> axis = std::nullopt,
                             std::optional<std::string> factor = std::nullopt) {
  OpRequest request;
  request.op = op;
  request.axis = axis;
  request.factor = factor;
  return RunOp(request, inputs);
}

TEST(CommandLineTest, ParsesOpsFlagsAndPaths) {
  absl::StatusOr<CommandLine> cl = ParseCommandLine(
      {"mean", "--axis=-1", "--threads=3", "--isa=scalar", "in.npy", "/abs/out.npy"}, "/home/u");
  ASSERT_TRUE(cl.ok()) << cl.status();
  EXPECT_EQ(cl->request.op, "mean");
  EXPECT_EQ(cl->request.axis, -1);
  EXPECT_EQ(cl->request.options.threads, 3);
  EXPECT_EQ(cl->request.options.isa, Isa::kScalar);
  EXPECT_EQ(cl->inputs, std::vector<std::string>{"/home/u/in.npy"});
  EXPECT_EQ(cl->output, "/abs/out.npy");

  cl = ParseCommandLine({"add", "a.npy", "--", "-b.npy", "out.npy"}, "");
  ASSERT_TRUE(cl.ok()) << cl.status();
  EXPECT_EQ(cl->inputs, (std::vector<std::string>{"a.npy", "-b.npy"}));

  cl = ParseCommandLine({"sum", "--help"}, "");
  ASSERT_TRUE(cl.ok());
  EXPECT_TRUE(cl->help);
  EXPECT_THAT(Usage(), HasSubstr("add_col"));
}

TEST(CommandLineTest, RejectsBadCommandLines) {
  const struct {
    std::vector<std::string> args;
    const char* message;
  } cases[] = {
      {{}, "no op given"},
      {{"median", "a", "b"}, "unknown op 'median'"},
      {{"sum", "a.npy"}, "sum takes in.npy out.npy; got 1 path"},
      {{"add", "a.npy", "b.npy"}, "add takes a.npy b.npy out.npy"},
      {{"sum", "--axis", "a", "b"}, "--axis needs a value"},
      {{"sum", "--axis=1.5", "a", "b"}, "not an integer"},
      {{"sum", "--threads=-1", "a", "b"}, "non-negative"},
      {{"sum", "--isa=mmx", "a", "b"}, "not an ISA"},
      {{"sum", "--color=red", "a", "b"}, "unknown flag --color"},
  };
  for (const auto& c : cases) {
    absl::StatusOr<CommandLine> cl = ParseCommandLine(c.args, "");
    ASSERT_FALSE(cl.ok()) << c.message;
    EXPECT_THAT(std::string(cl.status().message()), HasSubstr(c.message));
  }
}

TEST(ScaleResultDTypeTest, FollowsNumPy1ValueBasedCasting) {
  // Checked against NumPy 1.24: (np.ones(3, dtype) * factor).dtype
  const struct {
    DType in;
    int ndim;
    const char* factor;
    DType out;
  } cases[] = {
      {DType::kFloat32, 1, "2.5", DType::kFloat32},  {DType::kFloat32, 1, "1e39", DType::kFloat64},
      {DType::kFloat32, 1, "inf", DType::kFloat32},  {DType::kFloat32, 1, "65535", DType::kFloat32},
      {DType::kFloat32, 1, "65536", DType::kFloat64}, {DType::kFloat32, 1, "-32768", DType::kFloat32},
      {DType::kFloat32, 1, "-32769", DType::kFloat64}, {DType::kInt32, 1, "7", DType::kInt32},
      {DType::kInt32, 1, "2147483648", DType::kInt64}, {DType::kInt32, 1, "2.0", DType::kFloat64},
      {DType::kInt64, 1, "3", DType::kInt64},        {DType::kInt64, 1, "0.5", DType::kFloat64},
      {DType::kFloat64, 1, "3", DType::kFloat64},    {DType::kFloat32, 0, "3", DType::kFloat64},
      {DType::kInt32, 0, "3", DType::kInt64},        {DType::kInt32, 0, "3.0", DType::kFloat64},
  };
  for (const auto& c : cases) {
    absl::StatusOr<DType> got = ScaleResultDType(c.in, c.ndim, c.factor);
    ASSERT_TRUE(got.ok()) << c.factor;
    EXPECT_EQ(*got, c.out) << DTypeName(c.in) << " ndim " << c.ndim << " * " << c.factor;
  }
  EXPECT_FALSE(ScaleResultDType(DType::kInt32, 1, "x").ok());
  EXPECT_FALSE(ScaleResultDType(DType::kInt64, 1, "99999999999999999999").ok());
}

TEST(RunOpTest, AllElementReductionsOfEveryLayout) {
  for (bool fortran : {false, true}) {
    for (const std::vector<int64_t>& shape :
         std::vector<std::vector<int64_t>>{{}, {5}, {3, 4}, {2, 3, 4}}) {
      const NpyArray a = Make<int32_t>(shape, fortran, [](int64_t k) { return int32_t(k * 3 - 7); });
      const int64_t n = a.num_elements();
      int64_t sum = 0;
      for (int64_t k = 0; k < n; ++k) sum += k * 3 - 7;
      absl::StatusOr<NpyArray> s = RunOn("sum", {&a});
      ASSERT_TRUE(s.ok()) << s.status();
      EXPECT_EQ(s->dtype(), DType::kInt64);
      EXPECT_TRUE(s->shape().empty());
      EXPECT_EQ(*s->data_as<int64_t>(), sum);
      absl::StatusOr<NpyArray> mx = RunOn("max", {&a});
      ASSERT_TRUE(mx.ok());
      EXPECT_EQ(mx->dtype(), DType::kInt32);
      EXPECT_EQ(*mx->data_as<int32_t>(), (n - 1) * 3 - 7);
      absl::StatusOr<NpyArray> mean = RunOn("mean", {&a});
      ASSERT_TRUE(mean.ok());
      EXPECT_EQ(mean->dtype(), DType::kFloat64);
      EXPECT_DOUBLE_EQ(*mean->data_as<double>(), static_cast<double>(sum) / n);
    }
  }
}

// Every axis of C and Fortran arrays of rank 1 to 4 against a direct loop.
TEST(RunOpTest, AxisReductionsOfEveryRankAndOrder) {
  for (bool fortran : {false, true}) {
    for (const std::vector<int64_t>& shape :
         std::vector<std::vector<int64_t>>{{6}, {3, 5}, {2, 3, 4}, {2, 1, 3, 2}}) {
      const NpyArray a = Make<double>(shape, fortran, [](int64_t k) { return double(k % 7) - 2.5 * k; });
      const int n = static_cast<int>(shape.size());
      for (int axis = -n; axis < n; ++axis) {
        const int ax = axis < 0 ? axis + n : axis;
        for (const char* op : {"sum", "min"}) {
          SCOPED_TRACE(testing::Message() << op << " fortran=" << fortran << " ndim=" << n
                                          << " axis=" << axis);
          absl::StatusOr<NpyArray> out = RunOn(op, {&a}, axis);
          ASSERT_TRUE(out.ok()) << out.status();
          std::vector<int64_t> want_shape = shape;
          want_shape.erase(want_shape.begin() + ax);
          ASSERT_EQ(out->shape(), want_shape);
          // Walk the output in C order and reduce the matching line of the input.
          int64_t inner = 1;
          for (int d = ax + 1; d < n; ++d) inner *= shape[d];
          for (int64_t k = 0; k < out->num_elements(); ++k) {
            const int64_t o = k / inner, i = k % inner;
            double want = std::string(op) == "sum" ? 0.0 : 1e300;
            for (int64_t j = 0; j < shape[ax]; ++j) {
              const double v = At<double>(a, (o * shape[ax] + j) * inner + i);
              want = std::string(op) == "sum" ? want + v : std::min(want, v);
            }
            EXPECT_EQ(At<double>(*out, k), want) << "output element " << k;
          }
        }
      }
    }
  }
}

TEST(RunOpTest, AddOfMixedOrders) {
  for (bool fa : {false, true}) {
    for (bool fb : {false, true}) {
      for (const std::vector<int64_t>& shape :
           std::vector<std::vector<int64_t>>{{7}, {3, 5}, {2, 3, 4}, {3, 1, 2, 5}}) {
        const NpyArray a = Make<int64_t>(shape, fa, [](int64_t k) { return k * 1000; });
        const NpyArray b = Make<int64_t>(shape, fb, [](int64_t k) { return -k; });
        absl::StatusOr<NpyArray> out = RunOn("add", {&a, &b});
        ASSERT_TRUE(out.ok()) << out.status();
        ASSERT_EQ(out->shape(), shape);
        for (int64_t k = 0; k < out->num_elements(); ++k) {
          ASSERT_EQ(At<int64_t>(*out, k), k * 999) << "fa=" << fa << " fb=" << fb << " k=" << k;
        }
      }
    }
  }
}

TEST(RunOpTest, BroadcastsAndScale) {
  for (bool fortran : {false, true}) {
    const NpyArray a = Make<float>({4, 3}, fortran, [](int64_t k) { return float(k); });
    const NpyArray row = Make<float>({3}, false, [](int64_t k) { return float(100 * k); });
    const NpyArray row2 = Make<float>({1, 3}, false, [](int64_t k) { return float(100 * k); });
    const NpyArray col = Make<float>({4, 1}, fortran, [](int64_t k) { return float(1000 * k); });
    for (const NpyArray* r : {&row, &row2}) {
      absl::StatusOr<NpyArray> out = RunOn("add_row", {&a, r});
      ASSERT_TRUE(out.ok()) << out.status();
      for (int64_t k = 0; k < 12; ++k) EXPECT_EQ(At<float>(*out, k), k + 100 * (k % 3));
    }
    absl::StatusOr<NpyArray> out = RunOn("add_col", {&a, &col});
    ASSERT_TRUE(out.ok()) << out.status();
    for (int64_t k = 0; k < 12; ++k) EXPECT_EQ(At<float>(*out, k), k + 1000 * (k / 3));
    out = RunOn("scale", {&a}, std::nullopt, "0.5");
    ASSERT_TRUE(out.ok()) << out.status();
    EXPECT_EQ(out->dtype(), DType::kFloat32);
    for (int64_t k = 0; k < 12; ++k) EXPECT_EQ(At<float>(*out, k), 0.5f * k);
  }
  const NpyArray ints = Make<int32_t>({5}, false, [](int64_t k) { return int32_t(k); });
  absl::StatusOr<NpyArray> out = RunOn("scale", {&ints}, std::nullopt, "2.5");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->dtype(), DType::kFloat64);
  for (int64_t k = 0; k < 5; ++k) EXPECT_EQ(out->data_as<double>()[k], 2.5 * k);
  out = RunOn("scale", {&ints}, std::nullopt, "3000000000");
  ASSERT_TRUE(out.ok()) << out.status();
  EXPECT_EQ(out->dtype(), DType::kInt64);
  for (int64_t k = 0; k < 5; ++k) EXPECT_EQ(out->data_as<int64_t>()[k], 3000000000 * k);
}

TEST(RunOpTest, ErrorsNameTheProblem) {
  const NpyArray a = Make<float>({4, 3}, false, [](int64_t k) { return float(k); });
  const NpyArray d = Make<double>({4, 3}, false, [](int64_t k) { return double(k); });
  const NpyArray v = Make<float>({5}, false, [](int64_t k) { return float(k); });
  const NpyArray empty = Make<float>({0, 3}, false, [](int64_t k) { return float(k); });
  const NpyArray scalar = Make<float>({}, false, [](int64_t) { return 1.0f; });
  const struct {
    absl::StatusOr<NpyArray> result;
    const char* message;
  } cases[] = {
      {RunOn("sum", {&a}, 2), "out of range"},
      {RunOn("sum", {&a}, -3), "out of range"},
      {RunOn("sum", {&scalar}, 0), "out of range for a 0-d array"},
      {RunOn("add", {&a, &d}), "one dtype"},
      {RunOn("add", {&a, &v}), "one shape"},
      {RunOn("add_row", {&a, &v}), "second input of shape (3,)"},
      {RunOn("add_col", {&a, &v}), "second input of shape (4,)"},
      {RunOn("add_row", {&v, &v}), "2-D first input"},
      {RunOn("scale", {&a}), "needs --factor"},
      {RunOn("sum", {&a}, std::nullopt, "2"), "--factor only applies to scale"},
      {RunOn("add", {&a, &a}, 0), "--axis only applies"},
      {RunOn("sum", {&a, &a}), "takes 1 input"},
      {RunOn("scale", {&a}, std::nullopt, "two"), "not a number"},
  };
  for (const auto& c : cases) {
    ASSERT_FALSE(c.result.ok()) << c.message;
    EXPECT_THAT(std::string(c.result.status().message()), HasSubstr(c.message));
  }
  // The library's own checks come through: min of nothing is an error, sum of nothing is 0.
  EXPECT_FALSE(RunOn("min", {&empty}).ok());
  absl::StatusOr<NpyArray> zeros = RunOn("sum", {&empty}, 0);
  ASSERT_TRUE(zeros.ok()) << zeros.status();
  EXPECT_EQ(zeros->shape(), std::vector<int64_t>{3});
}

}  // namespace
}  // namespace cli
}  // namespace raptors
