// Raptors kernels: the public API.
//
// SIMD array kernels with NumPy semantics (sums, means, min/max reductions along any axis,
// elementwise add/scale and row/column broadcasts) over strided views of float32, float64,
// int32 and int64 data. Every entry point validates its arguments and returns absl::Status;
// float results follow one fixed summation order, so they are bitwise identical on every ISA
// and for every thread count (see README "Summation order").
#ifndef RAPTORS_KERNELS_RAPTORS_H_
#define RAPTORS_KERNELS_RAPTORS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace raptors {

// ---------------------------------------------------------------------------------------------
// Element types.
enum class DType : int { kFloat32, kFloat64, kInt32, kInt64 };

size_t DTypeSize(DType dtype);
absl::string_view DTypeName(DType dtype);  // "float32", "float64", "int32", "int64"
absl::StatusOr<DType> ParseDType(absl::string_view name);

// ---------------------------------------------------------------------------------------------
// Instruction sets, from lowest to highest on each architecture.
enum class Isa : int { kScalar, kSse2, kAvx2, kAvx512, kNeon, kSve };

absl::string_view IsaName(Isa isa);  // "scalar", "sse2", "avx2", "avx512", "neon", "sve"
absl::StatusOr<Isa> ParseIsa(absl::string_view name);

// The best ISA this CPU supports, capped by RAPTORS_ISA when that is set (read once).
Isa ActiveIsa();
// Every ISA this CPU can run, lowest first (always starts with kScalar).
std::vector<Isa> SupportedIsas();
// Bits per vector of the elementwise ops (add, scale, broadcast adds) on `isa` on this CPU, or 0
// when the CPU lacks it. Only avx512 varies with the CPU: 256 on AMD Zen 4, 512 elsewhere, or
// RAPTORS_AVX512_ELEMENTWISE_BITS. Results never depend on it.
int ElementwiseVectorBits(Isa isa);

// ---------------------------------------------------------------------------------------------
// Views. Strides are in elements (not bytes) and may be zero or negative; `data` points at
// element [0, 0]. A view never owns memory.
struct ArrayView {
  const void* data = nullptr;
  DType dtype = DType::kFloat32;
  int64_t rows = 0;
  int64_t cols = 0;
  int64_t row_stride = 0;  // elements between [i, j] and [i + 1, j]
  int64_t col_stride = 1;  // elements between [i, j] and [i, j + 1]
};

struct MutableArrayView {
  void* data = nullptr;
  DType dtype = DType::kFloat32;
  int64_t rows = 0;
  int64_t cols = 0;
  int64_t row_stride = 0;
  int64_t col_stride = 1;
};

// A 1-D strided vector (an axis reduction's output, a broadcast operand).
struct VectorView {
  const void* data = nullptr;
  DType dtype = DType::kFloat32;
  int64_t size = 0;
  int64_t stride = 1;
};

struct MutableVectorView {
  void* data = nullptr;
  DType dtype = DType::kFloat32;
  int64_t size = 0;
  int64_t stride = 1;
};

// Row-major (C order) views of contiguous buffers.
template <typename T>
ArrayView MatrixView(const T* data, int64_t rows, int64_t cols);
template <typename T>
MutableArrayView MutableMatrixView(T* data, int64_t rows, int64_t cols);
template <typename T>
VectorView Vector(const T* data, int64_t size);
template <typename T>
MutableVectorView MutableVector(T* data, int64_t size);

// ---------------------------------------------------------------------------------------------
// Per-call options.
struct Options {
  // Threads for this call: 0 means the library default (RAPTORS_THREADS, else the number of
  // hardware cores). Results do not depend on this value.
  int threads = 0;
  // Run at most this ISA (e.g. force kScalar to compare). An ISA the CPU lacks is an error.
  std::optional<Isa> isa;
};

// A scalar result with its NumPy result dtype.
struct Scalar {
  DType dtype = DType::kFloat64;
  double f = 0.0;   // valid for kFloat32 / kFloat64 (a float32 result is exactly representable)
  int64_t i = 0;    // valid for kInt32 / kInt64
};

// ---------------------------------------------------------------------------------------------
// Result dtypes follow NumPy: sum of int32/int64 -> int64 (wrapping), sum of float32 -> float32,
// mean of integers -> float64, mean of floats -> same dtype, min/max -> input dtype.
enum class ReduceOp : int { kSum, kMean, kMin, kMax };

absl::string_view ReduceOpName(ReduceOp op);  // "sum", "mean", "min", "max"
DType ReduceResultDType(ReduceOp op, DType input);

// Reduction of every element. Sum of nothing is 0, mean of nothing is NaN, min/max of nothing
// is an InvalidArgument error.
absl::StatusOr<Scalar> Reduce(ReduceOp op, const ArrayView& in, const Options& options = {});
absl::StatusOr<Scalar> Sum(const ArrayView& in, const Options& options = {});
absl::StatusOr<Scalar> Mean(const ArrayView& in, const Options& options = {});

// Reduction along axis 0 (out.size == cols) or axis 1 (out.size == rows) of a 2-D view.
// `out.dtype` must be ReduceResultDType(op, in.dtype) and must not overlap `in`.
absl::Status ReduceAxis(ReduceOp op, const ArrayView& in, int axis, const MutableVectorView& out,
                        const Options& options = {});

// Reduction of one axis of a C-contiguous N-d array of `shape` (1 <= ndim <= 32). The output is
// C-contiguous with `shape` minus that axis; `out_size` is its element count (checked).
// Negative axes count from the end, as in NumPy.
absl::Status ReduceAxisNd(ReduceOp op, const void* data, DType dtype,
                          const std::vector<int64_t>& shape, int axis, void* out,
                          int64_t out_size, const Options& options = {});

// ---------------------------------------------------------------------------------------------
// Elementwise ops. All operands share one dtype and `out` has the shape of `a`. `out` may be
// exactly the same view as an input (in place); any other overlap is an error.
absl::Status Add(const ArrayView& a, const ArrayView& b, const MutableArrayView& out,
                 const Options& options = {});
// out = a * factor, with factor converted to a's dtype first (as NumPy does for a Python
// scalar of the array's kind); an integer dtype requires an integral factor.
absl::Status Scale(const ArrayView& a, double factor, const MutableArrayView& out,
                   const Options& options = {});
// out[i, j] = a[i, j] + row[j]   (row.size == cols; NumPy: a + row)
absl::Status AddRow(const ArrayView& a, const VectorView& row, const MutableArrayView& out,
                    const Options& options = {});
// out[i, j] = a[i, j] + col[i]   (col.size == rows; NumPy: a + col[:, None])
absl::Status AddColumn(const ArrayView& a, const VectorView& col, const MutableArrayView& out,
                       const Options& options = {});

// ---------------------------------------------------------------------------------------------
// Threads. The pool is created on first use and lives for the process.
int DefaultThreads();  // RAPTORS_THREADS if set and valid, else hardware cores
// Calls over fewer elements than this run on the calling thread whatever Options.threads says:
// RAPTORS_PARALLEL_MIN if set and valid (read once), else the threshold measured by
// //bench:thread_crossover (see bench/README.md).
int64_t MinParallelElements();

}  // namespace raptors

#include "kernels/internal/views_inl.h"  // IWYU pragma: export

#endif  // RAPTORS_KERNELS_RAPTORS_H_
