// Checks that the toolchain, GoogleTest and Abseil link on every platform, and that each
// emulated aarch64 variant runs with the CPU features its name promises.
#include <cstdlib>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/numbers.h"
#include "gtest/gtest.h"

#if defined(__aarch64__)
#include <sys/auxv.h>
#include <sys/prctl.h>
#endif

namespace {

TEST(ToolchainSmoke, AbseilLinks) {
  absl::StatusOr<int> value = 3;
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(*value, 3);
  int parsed = 0;
  EXPECT_TRUE(absl::SimpleAtoi("42", &parsed));
  EXPECT_EQ(parsed, 42);
}

TEST(ToolchainSmoke, CompiledForTheExpectedArchitecture) {
#if defined(__x86_64__)
  EXPECT_EQ(sizeof(void*), 8u);
  SUCCEED() << "x86_64 build";
#elif defined(__aarch64__)
  EXPECT_NE(getauxval(AT_HWCAP) & HWCAP_ASIMD, 0u) << "aarch64 without Advanced SIMD";
#else
  FAIL() << "unexpected target architecture";
#endif
}

// The QEMU variants set RAPTORS_EXPECTED_SVE_BITS (0 for the NEON-only CPU).
TEST(ToolchainSmoke, EmulatedSveVectorLength) {
  const char* expected_env = std::getenv("RAPTORS_EXPECTED_SVE_BITS");
  if (expected_env == nullptr) GTEST_SKIP() << "not an emulated aarch64 variant";
  int expected_bits = -1;
  ASSERT_TRUE(absl::SimpleAtoi(expected_env, &expected_bits)) << expected_env;
#if defined(__aarch64__)
  const bool has_sve = (getauxval(AT_HWCAP) & HWCAP_SVE) != 0;
  if (expected_bits == 0) {
    EXPECT_FALSE(has_sve) << "the NEON variant must run on a CPU without SVE";
  } else {
    ASSERT_TRUE(has_sve);
    const int vl_bytes = prctl(PR_SVE_GET_VL) & PR_SVE_VL_LEN_MASK;
    EXPECT_EQ(vl_bytes * 8, expected_bits);
  }
#else
  FAIL() << "RAPTORS_EXPECTED_SVE_BITS set for a non-aarch64 build";
#endif
}

}  // namespace
