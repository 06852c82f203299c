#include "bench/stats.h"

#include "gtest/gtest.h"

namespace raptors_bench {
namespace {

TEST(Summarize, OddCountMedianIsMiddle) {
  const Summary s = Summarize({5, 1, 3});
  EXPECT_EQ(s.count, 3);
  EXPECT_DOUBLE_EQ(s.median, 3);
  EXPECT_DOUBLE_EQ(s.min, 1);
  EXPECT_DOUBLE_EQ(s.max, 5);
}

TEST(Summarize, EvenCountMedianAveragesTheMiddleTwo) {
  const Summary s = Summarize({4, 1, 10, 2});
  EXPECT_DOUBLE_EQ(s.median, 3);
  EXPECT_DOUBLE_EQ(s.relative_spread(), 3.0);  // (10 - 1) / 3
}

TEST(Summarize, MedianIgnoresOneOutlier) {
  EXPECT_DOUBLE_EQ(Summarize({1, 1, 1, 1, 1000}).median, 1);
}

TEST(Summarize, Empty) {
  const Summary s = Summarize({});
  EXPECT_EQ(s.count, 0);
  EXPECT_DOUBLE_EQ(s.relative_spread(), 0);
}

TEST(Speedup, IsNumpyOverOurs) {
  EXPECT_DOUBLE_EQ(Speedup(/*numpy_time=*/4e-3, /*our_time=*/1e-3), 4.0);
  EXPECT_DOUBLE_EQ(Speedup(1e-3, 2e-3), 0.5);
  EXPECT_DOUBLE_EQ(Speedup(0, 1), 0);
  EXPECT_DOUBLE_EQ(Speedup(1, 0), 0);
}

TEST(BytesPerSecond, Basic) {
  EXPECT_DOUBLE_EQ(BytesPerSecond(1e9, 0.5), 2e9);
  EXPECT_DOUBLE_EQ(BytesPerSecond(1e9, 0), 0);
}

}  // namespace
}  // namespace raptors_bench
