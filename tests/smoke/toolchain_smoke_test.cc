#include "absl/status/statusor.h"
#include "gtest/gtest.h"
TEST(Smoke, Works) {
  absl::StatusOr<int> v = 3;
  EXPECT_EQ(*v, 3);
}
