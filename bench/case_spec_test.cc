#include "bench/case_spec.h"

#include <set>
#include <string>

#include "gtest/gtest.h"
#include "kernels/raptors.h"

namespace raptors_bench {
namespace {

TEST(ParseShape, COrder) {
  absl::StatusOr<Shape> s = ParseShape("2047x2049");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->layout, Layout::kC);
  EXPECT_EQ(s->view_rows(), 2047);
  EXPECT_EQ(s->view_cols(), 2049);
  EXPECT_EQ(s->row_stride(), 2049);
  EXPECT_EQ(s->col_stride(), 1);
}

TEST(ParseShape, OneD) {
  absl::StatusOr<Shape> s = ParseShape("16777216");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->layout, Layout::kOneD);
  EXPECT_EQ(s->view_rows(), 1);
  EXPECT_EQ(s->view_cols(), 16777216);
}

TEST(ParseShape, TransposedViewSwapsAxesAndStrides) {
  absl::StatusOr<Shape> s = ParseShape("100x300:F");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->layout, Layout::kTransposed);
  EXPECT_EQ(s->view_rows(), 300);
  EXPECT_EQ(s->view_cols(), 100);
  EXPECT_EQ(s->row_stride(), 1);
  EXPECT_EQ(s->col_stride(), 300);
  EXPECT_EQ(s->base_elements(), 30000);
}

TEST(ParseShape, EveryOtherColumn) {
  absl::StatusOr<Shape> s = ParseShape("10x7:S2");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->view_rows(), 10);
  EXPECT_EQ(s->view_cols(), 4);  // columns 0, 2, 4, 6
  EXPECT_EQ(s->row_stride(), 7);
  EXPECT_EQ(s->col_stride(), 2);
}

TEST(ParseShape, RejectsMalformed) {
  for (const char* bad : {"", "x", "0x4", "-3x4", "4x", "2x3x4", "abc", "16:F", "4x4:Q", "4x4:f"}) {
    EXPECT_FALSE(ParseShape(bad).ok()) << bad;
  }
}

TEST(ParseShape, NamesRoundTrip) {
  for (const Shape& s : SuiteShapes()) {
    absl::StatusOr<Shape> back = ParseShape(ShapeName(s));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(ShapeName(*back), ShapeName(s));
  }
}

TEST(ParseShapes, ListAndSuiteKeyword) {
  absl::StatusOr<std::vector<Shape>> list = ParseShapes("512x512,16");
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 2u);
  EXPECT_FALSE(ParseShapes(",").ok());
  absl::StatusOr<std::vector<Shape>> suite = ParseShapes("suite");
  ASSERT_TRUE(suite.ok());
  EXPECT_EQ(suite->size(), 11u);  // the 11 suite shapes (bench/README.md)
}

TEST(ParseOps, NamesAllAndErrors) {
  EXPECT_EQ(ParseOps("all")->size(), 12u);
  absl::StatusOr<std::vector<Op>> two = ParseOps("mean_axis0,broadcast_add_col");
  ASSERT_TRUE(two.ok());
  EXPECT_EQ((*two)[0], Op::kMeanAxis0);
  EXPECT_EQ((*two)[1], Op::kBroadcastAddCol);
  absl::StatusOr<std::vector<Op>> bad = ParseOps("mean_axis2");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("mean_axis0"), std::string::npos)
      << "the error lists the known ops";
  for (Op op : AllOps()) EXPECT_EQ(*ParseOp(OpName(op)), op);
}

TEST(ParseDTypes, AllAndList) {
  EXPECT_EQ(ParseDTypes("all")->size(), 4u);
  EXPECT_EQ(ParseDTypes("int32,float64")->size(), 2u);
  EXPECT_FALSE(ParseDTypes("float16").ok());
}

TEST(ExpandCases, SkipsOpsThatNeedTwoDimensionsOnOneD) {
  const std::vector<Shape> shapes = {*ParseShape("8x8"), *ParseShape("64")};
  const std::vector<CaseSpec> cases =
      ExpandCases(AllOps(), shapes, {raptors::DType::kFloat32, raptors::DType::kInt64});
  // 12 ops on the matrix, 4 (sum, mean, add, scale) on the vector; two dtypes.
  EXPECT_EQ(cases.size(), (12u + 4u) * 2u);
  std::set<std::string> names;
  for (const CaseSpec& c : cases) names.insert(CaseName(c));
  EXPECT_EQ(names.size(), cases.size()) << "case names are unique";
  EXPECT_TRUE(names.count("mean_axis0/float32/8x8"));
  EXPECT_FALSE(names.count("mean_axis0/float32/64"));
  EXPECT_TRUE(names.count("scale/int64/64"));
}

TEST(ExpandCases, FullSuiteSize) {
  const std::vector<CaseSpec> cases =
      ExpandCases(AllOps(), SuiteShapes(), *ParseDTypes("all"));
  EXPECT_EQ(cases.size(), (10u * 12u + 4u) * 4u);
}

TEST(BytesMoved, CountsReadsAndWrites) {
  CaseSpec c{Op::kMeanAxis0, raptors::DType::kFloat32, *ParseShape("4x8")};
  EXPECT_EQ(BytesMoved(c), 4 * 8 * 4 + 8 * 4);
  c.op = Op::kSumAxis1;
  c.dtype = raptors::DType::kInt32;  // sums of int32 are int64
  EXPECT_EQ(BytesMoved(c), 4 * 8 * 4 + 4 * 8);
  c.op = Op::kAdd;
  c.dtype = raptors::DType::kFloat64;
  EXPECT_EQ(BytesMoved(c), 3 * 4 * 8 * 8);
  c.op = Op::kBroadcastAddCol;
  EXPECT_EQ(BytesMoved(c), 2 * 4 * 8 * 8 + 4 * 8);
  c.shape = *ParseShape("4x8:S2");  // a 4x4 view: only used elements count
  c.op = Op::kScale;
  EXPECT_EQ(BytesMoved(c), 2 * 16 * 8);
}

}  // namespace
}  // namespace raptors_bench
