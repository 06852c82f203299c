#include "bench/agreement.h"

#include <cmath>
#include <cstdint>
#include <limits>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace raptors_bench {
namespace {

bool IsFloat(raptors::DType d) {
  return d == raptors::DType::kFloat32 || d == raptors::DType::kFloat64;
}

double FloatAt(const ResultRef& r, int64_t i) {
  return r.dtype == raptors::DType::kFloat32 ? static_cast<const float*>(r.data)[i]
                                             : static_cast<const double*>(r.data)[i];
}

int64_t IntAt(const ResultRef& r, int64_t i) {
  return r.dtype == raptors::DType::kInt32 ? static_cast<const int32_t*>(r.data)[i]
                                           : static_cast<const int64_t*>(r.data)[i];
}

absl::Status Disagree(absl::string_view case_name, const std::string& what) {
  return absl::FailedPreconditionError(
      absl::StrCat("RESULT MISMATCH in ", case_name, ": ", what));
}

}  // namespace

double FloatTolerance(raptors::DType dtype, double expected) {
  const double eps = dtype == raptors::DType::kFloat32
                         ? static_cast<double>(std::numeric_limits<float>::epsilon())
                         : std::numeric_limits<double>::epsilon();
  return 16 * eps * std::fmax(std::fabs(expected), 1.0);
}

absl::Status CheckAgreement(absl::string_view case_name, const ResultRef& ours,
                            const ResultRef& numpy) {
  if (ours.dtype != numpy.dtype) {
    return Disagree(case_name, absl::StrCat("result dtype ", raptors::DTypeName(ours.dtype),
                                            " but NumPy gives ",
                                            raptors::DTypeName(numpy.dtype)));
  }
  if (ours.count != numpy.count) {
    return Disagree(case_name, absl::StrCat(ours.count, " result elements but NumPy gives ",
                                            numpy.count));
  }
  if (IsFloat(ours.dtype)) {
    for (int64_t i = 0; i < ours.count; ++i) {
      const double a = FloatAt(ours, i);
      const double b = FloatAt(numpy, i);
      if (std::isnan(a) && std::isnan(b)) continue;
      const double bound = FloatTolerance(ours.dtype, b);
      if (!(std::fabs(a - b) <= bound)) {
        return Disagree(case_name,
                        absl::StrFormat("element %d: ours %.17g, NumPy %.17g (allowed +-%.3g)",
                                        i, a, b, bound));
      }
    }
    return absl::OkStatus();
  }
  for (int64_t i = 0; i < ours.count; ++i) {
    const int64_t a = IntAt(ours, i);
    const int64_t b = IntAt(numpy, i);
    if (a != b) {
      return Disagree(case_name,
                      absl::StrFormat("element %d: ours %d, NumPy %d (integers must be equal)",
                                      i, a, b));
    }
  }
  return absl::OkStatus();
}

}  // namespace raptors_bench
