// The check that runs before any timing: our result must equal NumPy's (integers) or lie
// within a few ulps of it (floats). A benchmark of a wrong kernel is worthless, so a
// disagreement stops the run and names the case.
#ifndef RAPTORS_BENCH_AGREEMENT_H_
#define RAPTORS_BENCH_AGREEMENT_H_

#include <cstdint>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "kernels/raptors.h"

namespace raptors_bench {

// A flat result: `count` elements of `dtype` (a scalar result has count 1).
struct ResultRef {
  const void* data = nullptr;
  raptors::DType dtype = raptors::DType::kFloat64;
  int64_t count = 0;
};

// Allowed |ours - numpy| for a float result of `dtype` whose NumPy value is `expected`:
// 16 ulps of the larger of |expected| and 1. The harness's data make exact sums (see
// FillDeterministic), so only a final rounding (mean's division) can differ; one wrong input
// element moves a sum by at least 1/8, far outside this bound.
double FloatTolerance(raptors::DType dtype, double expected);

// OK when the results agree: same dtype, same count, integers equal, floats within
// FloatTolerance (NaN matches only NaN). Otherwise a FailedPrecondition error naming
// `case_name`, the first differing index, both values and the bound.
absl::Status CheckAgreement(absl::string_view case_name, const ResultRef& ours,
                            const ResultRef& numpy);

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_AGREEMENT_H_
