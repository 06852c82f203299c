// ISA discovery and selection.
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/raptors.h"

namespace raptors {
namespace {

TEST(Dispatch, SupportedIsasStartWithScalarAndContainActive) {
  std::vector<Isa> isas = SupportedIsas();
  ASSERT_FALSE(isas.empty());
  EXPECT_EQ(isas[0], Isa::kScalar);
  bool found = false;
  for (Isa i : isas) found = found || i == ActiveIsa();
  EXPECT_TRUE(found);
  for (Isa i : isas) std::printf("supported: %s\n", std::string(IsaName(i)).c_str());
  std::printf("active: %s, default threads %d\n", std::string(IsaName(ActiveIsa())).c_str(),
              DefaultThreads());
}

TEST(Dispatch, UnsupportedIsaIsAnErrorNamingIt) {
  std::vector<Isa> isas = SupportedIsas();
  float x[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  for (Isa i : {Isa::kScalar, Isa::kSse2, Isa::kAvx2, Isa::kAvx512, Isa::kNeon, Isa::kSve}) {
    Options o;
    o.isa = i;
    absl::StatusOr<Scalar> s = Sum(MatrixView(x, 1, 8), o);
    bool supported = false;
    for (Isa j : isas) supported = supported || i == j;
    if (supported) {
      ASSERT_TRUE(s.ok());
      EXPECT_EQ(s->f, 36.0);
    } else {
      EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
      EXPECT_NE(s.status().message().find(IsaName(i)), absl::string_view::npos);
    }
  }
}

TEST(Dispatch, NamesRoundTrip) {
  for (Isa i : {Isa::kScalar, Isa::kSse2, Isa::kAvx2, Isa::kAvx512, Isa::kNeon, Isa::kSve}) {
    EXPECT_EQ(*ParseIsa(IsaName(i)), i);
  }
  for (DType d : {DType::kFloat32, DType::kFloat64, DType::kInt32, DType::kInt64}) {
    EXPECT_EQ(*ParseDType(DTypeName(d)), d);
  }
  EXPECT_FALSE(ParseIsa("avx3").ok());
  EXPECT_FALSE(ParseDType("float16").ok());
}

// Many threads calling at once, each large enough to use the pool.
TEST(Dispatch, ConcurrentCallersGetCorrectResults) {
  std::vector<float> a(600 * 500, 1.0f);
  std::vector<std::thread> ts;
  std::vector<double> got(6);
  for (int t = 0; t < 6; ++t) {
    ts.emplace_back([&, t] {
      Options o;
      o.threads = 3;
      for (int k = 0; k < 5; ++k) got[t] = Sum(MatrixView(a.data(), 600, 500), o)->f;
    });
  }
  for (auto& t : ts) t.join();
  for (double g : got) EXPECT_EQ(g, 300000.0);
}

}  // namespace
}  // namespace raptors
