// The operations of the `raptors` command-line runner, on arrays read from .npy files.
//
// Each op maps an N-d NumPy array onto the kernels' 2-D strided views without copying it and
// produces NumPy's result dtype and shape:
//   sum, mean, min, max   all elements (0-d result), or one axis of an N-d array (--axis)
//   add                   a + b, same shape and dtype
//   scale                 a * factor, with NumPy 1.x's dtype rules for a Python int / float
//   add_row               a + row, row of shape (cols,) or (1, cols)
//   add_col               a + col[:, None], col of shape (rows,) or (rows, 1)
#ifndef RAPTORS_TOOLS_RAPTORS_OPS_H_
#define RAPTORS_TOOLS_RAPTORS_OPS_H_

#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "kernels/raptors.h"
#include "tools/raptors/npy.h"

namespace raptors {
namespace cli {

struct OpRequest {
  std::string op;
  std::optional<int> axis;          // reductions only
  std::optional<std::string> factor;  // scale only: the text as typed, e.g. "2" or "2.0"
  Options options;
};

// Names of every op, in the order `--help` lists them.
const std::vector<std::string>& OpNames();

// How many input arrays `op` takes (1 or 2), or an error for an unknown op.
absl::StatusOr<int> InputCount(absl::string_view op);

// Runs `request` on `inputs` (InputCount(op) of them) and returns the result array.
absl::StatusOr<npy::NpyArray> RunOp(const OpRequest& request,
                                    const std::vector<const npy::NpyArray*>& inputs);

// The result dtype of `a * factor` in NumPy 1.x for an array of `dtype` and a Python literal
// `factor` ("2" is an int, "2.0" or "1e3" a float): an int array times a float gives float64,
// an int32 array times an int outside int32 gives int64, a float32 array times a float beyond
// float32's range gives float64, and a 0-d array promotes as if the factor were an int64 or
// float64. Exposed for tests.
absl::StatusOr<DType> ScaleResultDType(DType dtype, int ndim, absl::string_view factor);

}  // namespace cli
}  // namespace raptors

#endif  // RAPTORS_TOOLS_RAPTORS_OPS_H_
