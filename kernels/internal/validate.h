// Argument checks shared by the entry points: every problem becomes an InvalidArgument status
// whose message names the argument, before any kernel touches memory.
#ifndef RAPTORS_KERNELS_INTERNAL_VALIDATE_H_
#define RAPTORS_KERNELS_INTERNAL_VALIDATE_H_

#include <cstdint>

#include "absl/base/optimization.h"
#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "kernels/raptors.h"

namespace raptors {
namespace internal {

// The bytes a view may touch: [lo, hi), empty (lo == hi) when it has no elements.
struct Span {
  uintptr_t lo = 0, hi = 0;
  bool empty() const { return lo == hi; }
};

// Checks dtype, sizes, null data and that every element's address is representable. Every
// error message comes from here.
absl::Status CheckViewFull(absl::string_view name, const void* data, DType dtype, int64_t rows,
                           int64_t cols, int64_t rs, int64_t cs, Span* span);

// CheckViewFull with the common case decided inline: a non-empty view with non-null data, sizes
// below 2^32 and strides in [0, 2^27). Then the extent is below 2^60 elements and 2^63 bytes, so
// no product can overflow; only the address wrap is left to test. Anything else (negative or
// huge strides, empty views, every bad input) takes the full check, so errors are unchanged.
inline absl::Status CheckView(absl::string_view name, const void* data, DType dtype, int64_t rows,
                              int64_t cols, int64_t rs, int64_t cs, Span* span) {
  const uint64_t dims = (static_cast<uint64_t>(rows) - 1) | (static_cast<uint64_t>(cols) - 1);
  const uint64_t strides = static_cast<uint64_t>(rs) | static_cast<uint64_t>(cs);
  const uint32_t dt = static_cast<uint32_t>(dtype);
  if (ABSL_PREDICT_TRUE(dt < 4 && dims < (uint64_t{1} << 32) - 1 && strides < (uint64_t{1} << 27) &&
                        data != nullptr)) {
    // DType order: float32, float64, int32, int64 -> 4, 8, 4, 8 bytes (DTypeSize).
    const uint64_t size = uint64_t{4} << (dt & 1);
    const uint64_t bytes =
        (static_cast<uint64_t>((rows - 1) * rs + (cols - 1) * cs) + 1) * size;
    const uintptr_t base = reinterpret_cast<uintptr_t>(data);
    if (ABSL_PREDICT_TRUE(base + bytes > base)) {
      span->lo = base;
      span->hi = base + bytes;
      return absl::OkStatus();
    }
  }
  return CheckViewFull(name, data, dtype, rows, cols, rs, cs, span);
}

inline absl::Status CheckView(absl::string_view name, const ArrayView& v, Span* span) {
  return CheckView(name, v.data, v.dtype, v.rows, v.cols, v.row_stride, v.col_stride, span);
}
inline absl::Status CheckView(absl::string_view name, const MutableArrayView& v, Span* span) {
  return CheckView(name, v.data, v.dtype, v.rows, v.cols, v.row_stride, v.col_stride, span);
}
inline absl::Status CheckView(absl::string_view name, const VectorView& v, Span* span) {
  return CheckView(name, v.data, v.dtype, 1, v.size, 0, v.stride, span);
}
inline absl::Status CheckView(absl::string_view name, const MutableVectorView& v, Span* span) {
  return CheckView(name, v.data, v.dtype, 1, v.size, 0, v.stride, span);
}

inline bool Overlap(const Span& a, const Span& b) {
  return !a.empty() && !b.empty() && a.lo < b.hi && b.lo < a.hi;
}

absl::Status ThreadsError(int threads);

inline absl::Status CheckThreads(const Options& options) {
  if (ABSL_PREDICT_TRUE(options.threads >= 0)) return absl::OkStatus();
  return ThreadsError(options.threads);
}

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_VALIDATE_H_
