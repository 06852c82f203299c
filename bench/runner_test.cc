#include "bench/runner.h"

#include <cstdint>

#include "gtest/gtest.h"

namespace raptors_bench {
namespace {

TEST(IterationsPerRound, SlowCallRunsOncePerRound) {
  EXPECT_EQ(IterationsPerRound([](int64_t k) { return 0.1 * k; }, 0.02), 1);
}

TEST(IterationsPerRound, FillsTheRound) {
  // 1 ms a call, 20 ms rounds.
  EXPECT_EQ(IterationsPerRound([](int64_t k) { return 1e-3 * k; }, 0.02), 20);
}

TEST(IterationsPerRound, FastCallsAreMeasuredOverManyIterations) {
  int64_t largest_probe = 0;
  const int64_t iters = IterationsPerRound(
      [&](int64_t k) {
        largest_probe = k;
        return 1e-6 * k + 1e-5;  // 1 us a call plus a fixed 10 us timer overhead
      },
      0.02);
  EXPECT_GE(largest_probe, 1024) << "doubles until a tenth of a round is measured";
  EXPECT_GE(iters, 19000);
  EXPECT_LE(iters, 20000);
}

}  // namespace
}  // namespace raptors_bench
