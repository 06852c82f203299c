// The arrays a case runs on: aligned C-order base buffers filled with deterministic values,
// the views of them that a layout asks for, and raw dumps of the bytes for the NumPy worker.
#ifndef RAPTORS_BENCH_ARRAYS_H_
#define RAPTORS_BENCH_ARRAYS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "bench/case_spec.h"
#include "kernels/raptors.h"

namespace raptors_bench {

// NumPy advises huge pages for array data of at least 4 MiB; Buffer does the same.
inline constexpr size_t kHugePageThreshold = size_t{1} << 22;
inline constexpr size_t kHugePageSize = size_t{1} << 21;

// An owned, zero-initialised buffer of `count` elements of `dtype`: 64-byte aligned, or
// 2 MiB aligned with huge pages advised when it holds kHugePageThreshold bytes or more.
class Buffer {
 public:
  Buffer() = default;
  Buffer(raptors::DType dtype, int64_t count);

  raptors::DType dtype() const { return dtype_; }
  int64_t count() const { return count_; }
  int64_t size_bytes() const;
  void* data() { return data_.get(); }
  const void* data() const { return data_.get(); }

 private:
  struct Free {
    void operator()(void* p) const;
  };
  raptors::DType dtype_ = raptors::DType::kFloat32;
  int64_t count_ = 0;
  std::unique_ptr<void, Free> data_;
};

// Fills `buffer` with values that depend only on (seed, index). Floats are multiples of 1/8
// in [-8, 8]: every partial sum of these stays an exact float far below 2^21, so sums in any
// order agree exactly and the agreement check can be tight enough to catch one wrong
// element (accuracy on hard data is the correctness tests' job, not the benchmark's).
// Integers lie in [-1000, 1000], so no sum of the suite's sizes overflows.
void FillDeterministic(Buffer& buffer, uint64_t seed);

// The view of `base` (a C-order shape.base_rows x shape.base_cols buffer) that `shape`
// describes. A 1-D shape is a 1 x n matrix.
raptors::ArrayView ViewOf(const Buffer& base, const Shape& shape);

// Writes the buffer's bytes to `path` (the NumPy worker reads them with np.fromfile).
absl::Status WriteRaw(const Buffer& buffer, const std::string& path);

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_ARRAYS_H_
