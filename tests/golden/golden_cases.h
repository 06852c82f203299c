// The golden cases: every op and dtype of the Raptors kernels on fixed, generated inputs.
//
// The inputs come from an integer hash of the case and element index (SplitMix64), turned into
// values with exact integer and power-of-two arithmetic only, so they are the same bytes on
// every compiler, standard library and CPU. The outputs' bit patterns are recorded in
// golden_table.inc; golden_test.cc checks that every ISA and thread count reproduces them.
#ifndef RAPTORS_TESTS_GOLDEN_GOLDEN_CASES_H_
#define RAPTORS_TESTS_GOLDEN_GOLDEN_CASES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "kernels/raptors.h"

namespace raptors {
namespace golden {

// How a 2-D input is laid out in memory and viewed.
enum class Layout {
  kRowMajor,     // C order: row stride = cols, column stride 1
  kColumnMajor,  // Fortran order / a transpose: row stride 1, column stride = rows
  kReversed,     // C order viewed bottom-up: data at the last row, row stride = -cols
};

enum class Kind { kReduceAll, kReduceAxis, kReduceAxisNd, kAdd, kScale, kAddRow, kAddColumn };

struct GoldenCase {
  std::string name;  // unique, e.g. "mean/float32/5000x3/col_major/axis0"
  Kind kind = Kind::kReduceAll;
  ReduceOp op = ReduceOp::kSum;  // reductions only
  DType dtype = DType::kFloat32;
  std::vector<int64_t> shape;     // 2-D except for kReduceAxisNd
  Layout layout = Layout::kRowMajor;
  int axis = 0;                   // kReduceAxis, kReduceAxisNd
  double factor = 0.0;            // kScale
};

// Every case, in a fixed order, names unique.
std::vector<GoldenCase> AllCases();

// A case with its inputs generated, ready to run many times (every ISA, thread count).
class PreparedCase {
 public:
  explicit PreparedCase(GoldenCase c);

  const GoldenCase& golden_case() const { return case_; }

  // Runs the case with `options` and returns the output's bytes (a reduction of everything
  // gives one element of its result dtype).
  absl::StatusOr<std::string> Run(const Options& options) const;

 private:
  GoldenCase case_;
  // int64_t words keep every dtype aligned.
  std::vector<int64_t> a_;  // the matrix / N-d array, in `layout` order
  std::vector<int64_t> b_;  // add's second matrix, or add_row's row / add_col's column
};

// 64-bit FNV-1a of `bytes`: any changed bit changes the recorded hash.
uint64_t HashBytes(absl::string_view bytes);

// The bit pattern of output element `index` (zero-extended to 64 bits); element size from the
// output dtype of `c`.
uint64_t ElementBits(const GoldenCase& c, absl::string_view bytes, int64_t index);

// Bytes per output element of `c`.
size_t OutputItemSize(const GoldenCase& c);

// One recorded result.
struct GoldenEntry {
  const char* name;
  int64_t count;      // output elements
  uint64_t hash;      // HashBytes of the output
  uint64_t head[4];   // bit patterns of the first min(count, 4) elements
};

inline constexpr int kHeadValues = 4;

}  // namespace golden
}  // namespace raptors

#endif  // RAPTORS_TESTS_GOLDEN_GOLDEN_CASES_H_
