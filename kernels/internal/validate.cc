#include "kernels/internal/validate.h"

#include <limits>

#include "absl/strings/str_cat.h"

namespace raptors {
namespace internal {
namespace {

bool MulOverflow(int64_t a, int64_t b, int64_t* r) { return __builtin_mul_overflow(a, b, r); }
bool AddOverflow(int64_t a, int64_t b, int64_t* r) { return __builtin_add_overflow(a, b, r); }

}  // namespace

absl::Status CheckViewFull(absl::string_view name, const void* data, DType dtype, int64_t rows,
                           int64_t cols, int64_t rs, int64_t cs, Span* span) {
  const int dt = static_cast<int>(dtype);
  if (dt < 0 || dt > 3) return absl::InvalidArgumentError(absl::StrCat(name, ".dtype: invalid value ", dt));
  if (rows < 0 || cols < 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": negative size ", rows, "x", cols));
  }
  int64_t count;
  if (MulOverflow(rows, cols, &count)) {
    return absl::InvalidArgumentError(absl::StrCat(name, ": element count ", rows, "x", cols, " overflows"));
  }
  *span = Span{};
  if (count == 0) return absl::OkStatus();
  if (data == nullptr) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ".data is null but the view has ", rows, "x", cols, " elements"));
  }
  // Lowest and highest element offsets, in elements, then in bytes.
  int64_t lo = 0, hi = 0, t;
  for (const auto& [n, s] : {std::pair<int64_t, int64_t>{rows, rs}, {cols, cs}}) {
    if (n <= 1) continue;
    if (MulOverflow(n - 1, s, &t) || AddOverflow(s < 0 ? lo : hi, t, s < 0 ? &lo : &hi)) {
      return absl::InvalidArgumentError(absl::StrCat(
          name, ": the extent of ", rows, "x", cols, " elements with strides (", rs, ", ", cs,
          ") overflows"));
    }
  }
  const int64_t size = static_cast<int64_t>(DTypeSize(dtype));
  int64_t blo, bhi;
  if (MulOverflow(lo, size, &blo) || MulOverflow(hi, size, &bhi) || AddOverflow(bhi, size, &bhi)) {
    return absl::InvalidArgumentError(absl::StrCat(name, ": byte extent of the view overflows"));
  }
  const uintptr_t base = reinterpret_cast<uintptr_t>(data);
  // The view must not wrap around the address space.
  if ((blo < 0 && base < static_cast<uintptr_t>(-blo)) ||
      (base + static_cast<uintptr_t>(bhi) < base)) {
    return absl::InvalidArgumentError(absl::StrCat(name, ": the view's addresses wrap around"));
  }
  span->lo = blo < 0 ? base - static_cast<uintptr_t>(-blo) : base + static_cast<uintptr_t>(blo);
  span->hi = base + static_cast<uintptr_t>(bhi);
  return absl::OkStatus();
}

absl::Status ThreadsError(int threads) {
  return absl::InvalidArgumentError(
      absl::StrCat("options.threads: must be >= 0 (0 = default), got ", threads));
}

}  // namespace internal
}  // namespace raptors
