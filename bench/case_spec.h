// Benchmark cases: which op runs on which array (shape, layout, dtype), how cases are
// named, and the suite and quick lists. Parsing here is what --ops, --shape and --dtype use.
#ifndef RAPTORS_BENCH_CASE_SPEC_H_
#define RAPTORS_BENCH_CASE_SPEC_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "kernels/raptors.h"

namespace raptors_bench {

enum class Op {
  kSum,
  kMean,
  kMeanAxis0,
  kMeanAxis1,
  kSumAxis0,
  kSumAxis1,
  kMinAxis0,
  kMaxAxis1,
  kAdd,
  kScale,
  kBroadcastAddRow,
  kBroadcastAddCol,
};

// Every op, in the order the suite runs them.
const std::vector<Op>& AllOps();
absl::string_view OpName(Op op);  // "mean_axis0", ...
absl::StatusOr<Op> ParseOp(absl::string_view name);
// Comma-separated op names; "all" means AllOps().
absl::StatusOr<std::vector<Op>> ParseOps(absl::string_view list);

bool IsElementwise(Op op);  // writes an array the shape of the input (has an allocating form)

// How the benchmarked view sits in its C-order base buffer.
enum class Layout {
  kC,                 // the base itself
  kOneD,              // a 1-D array (our API sees it as a 1 x n matrix)
  kTransposed,        // base.T: a Fortran-order view (rows and columns swap)
  kEveryOtherColumn,  // base[:, ::2]
};

// Shape syntax: "ROWSxCOLS" (C order), "N" (1-D), "ROWSxCOLS:F" (the transpose of a C-order
// ROWSxCOLS array, i.e. Fortran order), "ROWSxCOLS:S2" (every other column of a C-order
// ROWSxCOLS array). ROWS/COLS are the base buffer's; the view's shape follows from the layout.
struct Shape {
  int64_t base_rows = 0;
  int64_t base_cols = 0;
  Layout layout = Layout::kC;

  int64_t view_rows() const;
  int64_t view_cols() const;
  int64_t row_stride() const;  // in elements, of the view
  int64_t col_stride() const;
  int64_t base_elements() const { return base_rows * base_cols; }
  int64_t view_elements() const { return view_rows() * view_cols(); }
};

absl::StatusOr<Shape> ParseShape(absl::string_view text);
// Comma-separated shapes; "suite" means SuiteShapes().
absl::StatusOr<std::vector<Shape>> ParseShapes(absl::string_view list);
std::string ShapeName(const Shape& shape);  // the syntax above, so it parses back

// Comma-separated dtype names; "all" means float32, float64, int32, int64.
absl::StatusOr<std::vector<raptors::DType>> ParseDTypes(absl::string_view list);

// Whether an op is defined on a layout (axis reductions and broadcasts need a 2-D array).
bool OpApplies(Op op, const Shape& shape);

struct CaseSpec {
  Op op = Op::kMeanAxis0;
  raptors::DType dtype = raptors::DType::kFloat32;
  Shape shape;
};

// Bytes the op must move: every input element read once (both operands of add, the broadcast
// vector) plus every output element written once. Strided views count only the elements
// used, so GB/s is the useful bandwidth.
int64_t BytesMoved(const CaseSpec& spec);

// "mean_axis0/float32/2048x2048": unique, stable across runs (compare matches on it).
std::string CaseName(const CaseSpec& spec);

const std::vector<Shape>& SuiteShapes();
const std::vector<Shape>& QuickShapes();

// The cross product ops x shapes x dtypes, skipping ops that do not apply, grouped so that
// cases sharing one input array (same shape and dtype) are adjacent.
std::vector<CaseSpec> ExpandCases(const std::vector<Op>& ops, const std::vector<Shape>& shapes,
                                  const std::vector<raptors::DType>& dtypes);

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_CASE_SPEC_H_
