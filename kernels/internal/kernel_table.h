// The per-ISA kernel table: what each ISA translation unit (kernels/isa/*.cc) exports.
//
// Entries work on validated, non-empty views and never allocate; threading, validation and
// result dtypes are handled by the callers in kernels/*.cc. Indexes: dtype as DType's value.
#ifndef RAPTORS_KERNELS_INTERNAL_KERNEL_TABLE_H_
#define RAPTORS_KERNELS_INTERNAL_KERNEL_TABLE_H_

#include <cstdint>

#include "kernels/raptors.h"

namespace raptors {
namespace internal {

// A strided 2-D view with an untyped base; strides in elements.
struct Strided {
  const void* data;
  int64_t rows, cols, rs, cs;
};
struct MutStrided {
  void* data;
  int64_t rows, cols, rs, cs;
};

inline constexpr int kNumDTypes = 4;

struct KernelTable {
  Isa isa;
  // Order L over the C-order flattening, elements [start, start + len) with len a power-of-two
  // multiple of kTaskElements and start a multiple of len, or the last such task cut short (so
  // the value is a whole subtree of T, or the tail's tree). Any dtype, accumulated in float64.
  double (*sum_flat[kNumDTypes])(const Strided& in, int64_t start, int64_t len);
  // Order L along rows r0 .. r0+nr-1 (axis 1): out[k] = sum of row r0+k.
  void (*sum_rows[kNumDTypes])(const Strided& in, int64_t r0, int64_t nr, double* out);
  // Order R down columns c0 .. c0+nc-1 (axis 0): out[k] = sum of column c0+k.
  void (*sum_cols[kNumDTypes])(const Strided& in, int64_t c0, int64_t nc, double* out);

  // Exact wrapping integer sums (int32/int64 -> int64). Index 0 = int32, 1 = int64.
  int64_t (*isum_flat[2])(const Strided& in, int64_t r0, int64_t nr);
  void (*isum_rows[2])(const Strided& in, int64_t r0, int64_t nr, int64_t* out);
  void (*isum_cols[2])(const Strided& in, int64_t c0, int64_t nc, int64_t* out);

  // Min (is_max = false) or max of rows r0..r0+nr-1 (all their elements) into *result, and per
  // row / per column into out[] (element type = dtype). NaN propagates (canonical quiet NaN).
  void (*minmax_flat[kNumDTypes])(bool is_max, const Strided& in, int64_t r0, int64_t nr,
                                  void* result);
  void (*minmax_rows[kNumDTypes])(bool is_max, const Strided& in, int64_t r0, int64_t nr,
                                  void* out);
  void (*minmax_cols[kNumDTypes])(bool is_max, const Strided& in, int64_t c0, int64_t nc,
                                  void* out);

  // Elementwise over rows r0..r0+nr-1. `factor` points at a value of the dtype; `vec` at the
  // broadcast operand's element 0 with stride `vec_stride`.
  void (*add[kNumDTypes])(const Strided& a, const Strided& b, const MutStrided& out, int64_t r0,
                          int64_t nr);
  void (*scale[kNumDTypes])(const Strided& a, const void* factor, const MutStrided& out,
                            int64_t r0, int64_t nr);
  void (*add_row[kNumDTypes])(const Strided& a, const void* vec, int64_t vec_stride,
                              const MutStrided& out, int64_t r0, int64_t nr);
  void (*add_col[kNumDTypes])(const Strided& a, const void* vec, int64_t vec_stride,
                              const MutStrided& out, int64_t r0, int64_t nr);

  // Means of axis reductions: o[k * stride] = (O)(v[k] / len) for k < n, len > 0, with the
  // bits of a correctly rounded float64 division followed by the conversion to O. `out` points
  // at the first output element; index 0: O = float, 1: O = double.
  void (*means[2])(const double* v, int64_t n, int64_t len, void* out, int64_t stride);

  // Bits per vector of the elementwise entries (add .. add_col), for ElementwiseVectorBits.
  int elementwise_bits;
};

// One table per ISA, defined in kernels/isa/<isa>.cc (only those of the target architecture
// are linked). Every table can be fetched, but only call one the CPU supports.
#if defined(__x86_64__)
const KernelTable* ScalarTable();
const KernelTable* Sse2Table();
const KernelTable* Avx2Table();
const KernelTable* Avx512Table();
// Only the elementwise entries (and isa, elementwise_bits) are set: the avx512 elementwise
// kernels on 512-bit vectors, for CPUs where those stream faster than 256-bit ones.
const KernelTable* Avx512WideElementwiseTable();
#elif defined(__aarch64__)
const KernelTable* ScalarTable();
const KernelTable* NeonTable();
const KernelTable* SveTable();
// Bytes per SVE vector; only call when the CPU has SVE.
int SveVectorBytes();
#else
const KernelTable* ScalarTable();
#endif

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_KERNEL_TABLE_H_
