// One call of a benchmarked op through the public raptors API, with its output buffer
// allocated once up front (like NumPy's out=), so a timed iteration is the kernel alone.
#ifndef RAPTORS_BENCH_OUR_OP_H_
#define RAPTORS_BENCH_OUR_OP_H_

#include "absl/status/status.h"
#include "bench/agreement.h"
#include "bench/arrays.h"
#include "bench/case_spec.h"
#include <cstdint>

#include "kernels/raptors.h"

namespace raptors_bench {

// The operands a case reads. `b` (add), `row` (broadcast_add_row) and `col`
// (broadcast_add_col) are only needed by the ops that use them.
struct Operands {
  raptors::ArrayView a;
  raptors::ArrayView b;
  raptors::VectorView row;
  raptors::VectorView col;
};

// The factor `scale` multiplies by: 0.5 for floats; integers need an integral factor (3).
double ScaleFactor(raptors::DType dtype);

class OurOp {
 public:
  OurOp(const CaseSpec& spec, const Operands& operands);

  // Runs the op once. Errors come from the library (a bad view, an unsupported ISA).
  absl::Status Run(const raptors::Options& options);

  // The last Run's result, flat (C order for elementwise outputs).
  ResultRef result() const;

 private:
  CaseSpec spec_;
  Operands in_;
  Buffer out_;             // vector or C-order matrix output
  raptors::Scalar scalar_;  // sum / mean of everything
  // Narrowed copies of the scalar, written by result() (hence mutable).
  mutable float scalar_f32_ = 0;
  mutable int32_t scalar_i32_ = 0;
};

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_OUR_OP_H_
