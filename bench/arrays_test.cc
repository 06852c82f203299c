#include "bench/arrays.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "bench/case_spec.h"
#include "gtest/gtest.h"
#include "kernels/raptors.h"

namespace raptors_bench {
namespace {

TEST(Buffer, AlignedAndZeroed) {
  Buffer b(raptors::DType::kFloat64, 1001);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(b.data()) % 64, 0u);
  EXPECT_EQ(b.size_bytes(), 8008);
  for (int i = 0; i < 1001; ++i) EXPECT_EQ(static_cast<const double*>(b.data())[i], 0.0);
}

TEST(FillDeterministic, FloatsAreEighthsInRange) {
  Buffer b(raptors::DType::kFloat32, 100000);
  FillDeterministic(b, 7);
  const float* p = static_cast<const float*>(b.data());
  bool saw_negative = false, saw_positive = false;
  for (int i = 0; i < 100000; ++i) {
    ASSERT_GE(p[i], -8.0f);
    ASSERT_LE(p[i], 8.0f);
    ASSERT_EQ(p[i] * 8, std::floor(p[i] * 8)) << "a multiple of 1/8";
    saw_negative |= p[i] < 0;
    saw_positive |= p[i] > 0;
  }
  EXPECT_TRUE(saw_negative && saw_positive);
}

TEST(FillDeterministic, SameSeedSameValuesOtherSeedOtherValues) {
  Buffer a(raptors::DType::kInt32, 4096), b(raptors::DType::kInt32, 4096),
      c(raptors::DType::kInt32, 4096);
  FillDeterministic(a, 1);
  FillDeterministic(b, 1);
  FillDeterministic(c, 2);
  EXPECT_EQ(std::memcmp(a.data(), b.data(), 4096 * 4), 0);
  EXPECT_NE(std::memcmp(a.data(), c.data(), 4096 * 4), 0);
  for (int i = 0; i < 4096; ++i) {
    const int32_t v = static_cast<const int32_t*>(a.data())[i];
    ASSERT_GE(v, -1000);
    ASSERT_LE(v, 1000);
  }
}

TEST(ViewOf, TransposedViewAddressesTheTranspose) {
  const Shape shape = *ParseShape("3x5:F");
  Buffer base(raptors::DType::kInt64, shape.base_elements());
  int64_t* p = static_cast<int64_t*>(base.data());
  for (int i = 0; i < 15; ++i) p[i] = i;  // base[r][c] = 5r + c
  const raptors::ArrayView v = ViewOf(base, shape);
  EXPECT_EQ(v.rows, 5);
  EXPECT_EQ(v.cols, 3);
  // view[i][j] = base[j][i] = 5j + i
  const auto at = [&](int64_t i, int64_t j) {
    return static_cast<const int64_t*>(v.data)[i * v.row_stride + j * v.col_stride];
  };
  EXPECT_EQ(at(4, 2), 14);
  EXPECT_EQ(at(1, 2), 11);
}

TEST(WriteRaw, WritesTheBytes) {
  Buffer b(raptors::DType::kFloat32, 10);
  FillDeterministic(b, 3);
  const char* dir = std::getenv("TEST_TMPDIR");
  const std::string path = std::string(dir ? dir : "/tmp") + "/arrays_test.bin";
  ASSERT_TRUE(WriteRaw(b, path).ok());
  std::FILE* f = std::fopen(path.c_str(), "rb");
  ASSERT_NE(f, nullptr);
  float back[11] = {0};
  EXPECT_EQ(std::fread(back, 4, 11, f), 10u);
  std::fclose(f);
  EXPECT_EQ(std::memcmp(back, b.data(), 40), 0);
}

}  // namespace
}  // namespace raptors_bench
