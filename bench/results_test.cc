#include "bench/results.h"

#include <string>
#include <vector>

#include "bench/case_spec.h"
#include "gtest/gtest.h"
#include "kernels/raptors.h"

namespace raptors_bench {
namespace {

CaseResult Sample() {
  CaseResult r;
  r.spec = CaseSpec{Op::kMeanAxis0, raptors::DType::kFloat32, *ParseShape("2048x2048")};
  r.name = CaseName(r.spec);
  r.bytes = BytesMoved(r.spec);
  r.isa = "avx2";
  r.ours.iters_per_round = 10;
  r.ours.rounds = {1e-3, 2e-3, 1.5e-3};  // median 1.5 ms
  r.numpy = Timing{5, {3e-3, 3.5e-3, 3e-3}};  // median 3 ms
  r.read = Timing{20, {0.75e-3, 0.75e-3, 0.75e-3}};
  return r;
}

TEST(CaseResult, RatiosFromMedians) {
  const CaseResult r = Sample();
  EXPECT_DOUBLE_EQ(r.speedup(), 2.0);
  EXPECT_DOUBLE_EQ(r.speedup_alloc(), 0.0) << "no allocating form for a reduction";
  EXPECT_DOUBLE_EQ(r.bytes_per_second(), r.bytes / 1.5e-3);
  EXPECT_DOUBLE_EQ(r.roofline(), 0.5) << "the read of the same bytes took half our time";
}

TEST(FormatTable, ShowsRatioSpreadAndFailures) {
  CaseResult failed = Sample();
  failed.name = "add/int32/8x8";
  failed.error = "RESULT MISMATCH in add/int32/8x8: ...";
  RunInfo info;
  info.target = "mean_axis0";
  info.threads = 1;
  const std::string table = FormatTable(info, {Sample(), failed});
  EXPECT_NE(table.find("mean_axis0/float32/2048x2048"), std::string::npos) << table;
  EXPECT_NE(table.find("2.00x"), std::string::npos) << table;
  EXPECT_NE(table.find("1-2"), std::string::npos) << "ours min-max in ms\n" << table;
  EXPECT_NE(table.find("50%"), std::string::npos) << table;
  EXPECT_NE(table.find("FAILED"), std::string::npos) << table;
  EXPECT_EQ(table.find("ours 4t"), std::string::npos) << "no threaded column by default";
}

TEST(FormatTable, ThreadedColumnAndMissingNumpy) {
  CaseResult r = Sample();
  r.numpy.reset();
  r.ours_threaded = Timing{10, {0.5e-3}};
  RunInfo info;
  info.threads = 4;
  info.numpy_unavailable = "cannot run /nonexistent";
  const std::string table = FormatTable(info, {r});
  EXPECT_NE(table.find("ours 4t ms"), std::string::npos) << table;
  EXPECT_NE(table.find("NumPy UNAVAILABLE"), std::string::npos) << table;
}

TEST(RecordJson, CarriesContextCasesAndRuns) {
  RunInfo info;
  info.target = "mean_axis0";
  info.git_commit = "abc123";
  info.numpy_json = "{\"numpy_version\": \"1.24.2\"}";
  const std::string j = RecordJson(info, {Sample()}, {GbRun{"x/ours", 0, 10, 1.5, 1.4}});
  for (const char* key :
       {"\"schema_version\": 1", "\"context\"", "\"benchmarks\"", "\"cases\"",
        "\"git_commit\": \"abc123\"", "\"numpy_version\": \"1.24.2\"", "\"speedup\": 2",
        "\"median_ms\": 1.5", "\"roofline\": 0.5", "\"speedup_alloc\": null",
        "\"numpy_alloc\": null", "\"time_unit\": \"ms\""}) {
    EXPECT_NE(j.find(key), std::string::npos) << key << "\n" << j;
  }
  int depth = 0;
  for (char c : j) {
    depth += (c == '{' || c == '[') - (c == '}' || c == ']');
    ASSERT_GE(depth, 0);
  }
  EXPECT_EQ(depth, 0);
}

TEST(JsonQuote, Escapes) {
  EXPECT_EQ(JsonQuote("a\"b\\c\nd\x01"), "\"a\\\"b\\\\c\\nd\\u0001\"");
}

}  // namespace
}  // namespace raptors_bench
