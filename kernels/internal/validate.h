// Argument checks shared by the entry points: every problem becomes an InvalidArgument status
// whose message names the argument, before any kernel touches memory.
#ifndef RAPTORS_KERNELS_INTERNAL_VALIDATE_H_
#define RAPTORS_KERNELS_INTERNAL_VALIDATE_H_

#include <cstdint>

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

// Checks dtype, sizes, null data and that every element's address is representable.
absl::Status CheckView(absl::string_view name, const void* data, DType dtype, int64_t rows,
                       int64_t cols, int64_t rs, int64_t cs, Span* span);

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

absl::Status CheckThreads(const Options& options);

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_VALIDATE_H_
