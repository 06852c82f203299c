#include "bench/case_spec.h"

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace raptors_bench {
namespace {

struct OpEntry {
  Op op;
  absl::string_view name;
};

constexpr OpEntry kOps[] = {
    {Op::kSum, "sum"},
    {Op::kMean, "mean"},
    {Op::kMeanAxis0, "mean_axis0"},
    {Op::kMeanAxis1, "mean_axis1"},
    {Op::kSumAxis0, "sum_axis0"},
    {Op::kSumAxis1, "sum_axis1"},
    {Op::kMinAxis0, "min_axis0"},
    {Op::kMaxAxis1, "max_axis1"},
    {Op::kAdd, "add"},
    {Op::kScale, "scale"},
    {Op::kBroadcastAddRow, "broadcast_add_row"},
    {Op::kBroadcastAddCol, "broadcast_add_col"},
};

absl::StatusOr<int64_t> ParseDim(absl::string_view text, absl::string_view whole) {
  int64_t value = 0;
  if (!absl::SimpleAtoi(text, &value) || value <= 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("bad shape '", whole, "': dimensions are positive integers, as in ",
                     "2048x2048, 16777216, 2048x2048:F or 2048x2048:S2"));
  }
  return value;
}

}  // namespace

const std::vector<Op>& AllOps() {
  static const std::vector<Op>* ops = [] {
    auto* v = new std::vector<Op>;
    for (const OpEntry& e : kOps) v->push_back(e.op);
    return v;
  }();
  return *ops;
}

absl::string_view OpName(Op op) {
  for (const OpEntry& e : kOps) {
    if (e.op == op) return e.name;
  }
  return "unknown";
}

absl::StatusOr<Op> ParseOp(absl::string_view name) {
  for (const OpEntry& e : kOps) {
    if (e.name == name) return e.op;
  }
  std::string known;
  for (const OpEntry& e : kOps) absl::StrAppend(&known, known.empty() ? "" : ", ", e.name);
  return absl::InvalidArgumentError(absl::StrCat("unknown op '", name, "' (known: ", known, ")"));
}

absl::StatusOr<std::vector<Op>> ParseOps(absl::string_view list) {
  if (list == "all") return AllOps();
  std::vector<Op> ops;
  for (absl::string_view part : absl::StrSplit(list, ',', absl::SkipEmpty())) {
    absl::StatusOr<Op> op = ParseOp(part);
    if (!op.ok()) return op.status();
    ops.push_back(*op);
  }
  if (ops.empty()) return absl::InvalidArgumentError("no ops given");
  return ops;
}

bool IsElementwise(Op op) {
  return op == Op::kAdd || op == Op::kScale || op == Op::kBroadcastAddRow ||
         op == Op::kBroadcastAddCol;
}

int64_t Shape::view_rows() const {
  switch (layout) {
    case Layout::kTransposed:
      return base_cols;
    default:
      return base_rows;
  }
}

int64_t Shape::view_cols() const {
  switch (layout) {
    case Layout::kTransposed:
      return base_rows;
    case Layout::kEveryOtherColumn:
      return (base_cols + 1) / 2;
    default:
      return base_cols;
  }
}

int64_t Shape::row_stride() const {
  return layout == Layout::kTransposed ? 1 : base_cols;
}

int64_t Shape::col_stride() const {
  switch (layout) {
    case Layout::kTransposed:
      return base_cols;
    case Layout::kEveryOtherColumn:
      return 2;
    default:
      return 1;
  }
}

absl::StatusOr<Shape> ParseShape(absl::string_view text) {
  absl::string_view dims = text;
  Shape shape;
  if (absl::ConsumeSuffix(&dims, ":F")) {
    shape.layout = Layout::kTransposed;
  } else if (absl::ConsumeSuffix(&dims, ":S2")) {
    shape.layout = Layout::kEveryOtherColumn;
  }
  std::vector<absl::string_view> parts = absl::StrSplit(dims, 'x');
  if (parts.size() == 1) {
    if (shape.layout != Layout::kC) {
      return absl::InvalidArgumentError(
          absl::StrCat("bad shape '", text, "': views (:F, :S2) need a 2-D shape"));
    }
    absl::StatusOr<int64_t> n = ParseDim(parts[0], text);
    if (!n.ok()) return n.status();
    shape.layout = Layout::kOneD;
    shape.base_rows = 1;
    shape.base_cols = *n;
    return shape;
  }
  if (parts.size() != 2) {
    return absl::InvalidArgumentError(absl::StrCat("bad shape '", text, "': at most 2-D"));
  }
  absl::StatusOr<int64_t> rows = ParseDim(parts[0], text);
  if (!rows.ok()) return rows.status();
  absl::StatusOr<int64_t> cols = ParseDim(parts[1], text);
  if (!cols.ok()) return cols.status();
  shape.base_rows = *rows;
  shape.base_cols = *cols;
  return shape;
}

absl::StatusOr<std::vector<Shape>> ParseShapes(absl::string_view list) {
  if (list == "suite") return SuiteShapes();
  std::vector<Shape> shapes;
  for (absl::string_view part : absl::StrSplit(list, ',', absl::SkipEmpty())) {
    absl::StatusOr<Shape> shape = ParseShape(part);
    if (!shape.ok()) return shape.status();
    shapes.push_back(*shape);
  }
  if (shapes.empty()) return absl::InvalidArgumentError("no shapes given");
  return shapes;
}

std::string ShapeName(const Shape& shape) {
  switch (shape.layout) {
    case Layout::kOneD:
      return absl::StrCat(shape.base_cols);
    case Layout::kC:
      return absl::StrCat(shape.base_rows, "x", shape.base_cols);
    case Layout::kTransposed:
      return absl::StrCat(shape.base_rows, "x", shape.base_cols, ":F");
    case Layout::kEveryOtherColumn:
      return absl::StrCat(shape.base_rows, "x", shape.base_cols, ":S2");
  }
  return "?";
}

absl::StatusOr<std::vector<raptors::DType>> ParseDTypes(absl::string_view list) {
  if (list == "all") {
    return std::vector<raptors::DType>{raptors::DType::kFloat32, raptors::DType::kFloat64,
                                       raptors::DType::kInt32, raptors::DType::kInt64};
  }
  std::vector<raptors::DType> dtypes;
  for (absl::string_view part : absl::StrSplit(list, ',', absl::SkipEmpty())) {
    absl::StatusOr<raptors::DType> dtype = raptors::ParseDType(part);
    if (!dtype.ok()) return dtype.status();
    dtypes.push_back(*dtype);
  }
  if (dtypes.empty()) return absl::InvalidArgumentError("no dtypes given");
  return dtypes;
}

bool OpApplies(Op op, const Shape& shape) {
  if (shape.layout != Layout::kOneD) return true;
  // NumPy's axis ops and broadcasts on a 1-D array mean something else than on our 1 x n view.
  return op == Op::kSum || op == Op::kMean || op == Op::kAdd || op == Op::kScale;
}

int64_t BytesMoved(const CaseSpec& spec) {
  const int64_t elem = static_cast<int64_t>(raptors::DTypeSize(spec.dtype));
  const int64_t n = spec.shape.view_elements();
  const int64_t rows = spec.shape.view_rows();
  const int64_t cols = spec.shape.view_cols();
  switch (spec.op) {
    case Op::kSum:
    case Op::kMean:
      return n * elem;
    case Op::kMeanAxis0:
    case Op::kSumAxis0:
    case Op::kMinAxis0: {
      const raptors::ReduceOp rop = spec.op == Op::kMinAxis0   ? raptors::ReduceOp::kMin
                                    : spec.op == Op::kSumAxis0 ? raptors::ReduceOp::kSum
                                                               : raptors::ReduceOp::kMean;
      return n * elem +
             cols * static_cast<int64_t>(
                        raptors::DTypeSize(raptors::ReduceResultDType(rop, spec.dtype)));
    }
    case Op::kMeanAxis1:
    case Op::kSumAxis1:
    case Op::kMaxAxis1: {
      const raptors::ReduceOp rop = spec.op == Op::kMaxAxis1   ? raptors::ReduceOp::kMax
                                    : spec.op == Op::kSumAxis1 ? raptors::ReduceOp::kSum
                                                               : raptors::ReduceOp::kMean;
      return n * elem +
             rows * static_cast<int64_t>(
                        raptors::DTypeSize(raptors::ReduceResultDType(rop, spec.dtype)));
    }
    case Op::kAdd:
      return 3 * n * elem;
    case Op::kScale:
      return 2 * n * elem;
    case Op::kBroadcastAddRow:
      return 2 * n * elem + cols * elem;
    case Op::kBroadcastAddCol:
      return 2 * n * elem + rows * elem;
  }
  return 0;
}

std::string CaseName(const CaseSpec& spec) {
  return absl::StrCat(OpName(spec.op), "/", raptors::DTypeName(spec.dtype), "/",
                      ShapeName(spec.shape));
}

const std::vector<Shape>& SuiteShapes() {
  static const std::vector<Shape>* shapes = [] {
    auto* v = new std::vector<Shape>;
    for (absl::string_view s :
         {"512x512", "1024x1024", "2048x2048", "4096x4096", "2047x2049", "4194304x4",
          "1048576x16", "16x1048576", "16777216", "2048x2048:F", "2048x2048:S2"}) {
      v->push_back(*ParseShape(s));
    }
    return v;
  }();
  return *shapes;
}

const std::vector<Shape>& QuickShapes() {
  // Small, but covering each code path of the harness: C order, odd sizes, a transposed
  // view, a strided view and a 1-D array.
  static const std::vector<Shape>* shapes = [] {
    auto* v = new std::vector<Shape>;
    for (absl::string_view s : {"512x512", "255x257", "256x256:F", "256x256:S2", "65536"}) {
      v->push_back(*ParseShape(s));
    }
    return v;
  }();
  return *shapes;
}

std::vector<CaseSpec> ExpandCases(const std::vector<Op>& ops, const std::vector<Shape>& shapes,
                                  const std::vector<raptors::DType>& dtypes) {
  std::vector<CaseSpec> cases;
  for (const Shape& shape : shapes) {
    for (raptors::DType dtype : dtypes) {
      for (Op op : ops) {
        if (OpApplies(op, shape)) cases.push_back(CaseSpec{op, dtype, shape});
      }
    }
  }
  return cases;
}

}  // namespace raptors_bench
