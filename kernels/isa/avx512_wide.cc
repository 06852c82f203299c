// The elementwise kernels for ISA "avx512" on 512-bit vectors (x86_64, -mavx512f): the avx512
// table streams them on 256-bit vectors, which Zen 4 runs faster; dispatch.cc puts these in
// its place on CPUs with full-width 512-bit units (vec_native-inl.h, EV). Same namespace and
// flags as isa/avx512.cc: the kernels sit in an unnamed namespace, so the two units' copies
// stay apart.
#include "kernels/internal/vec_x86_avx512-inl.h"

#define RAPTORS_NS avx512
#define RAPTORS_TABLE_FN Avx512WideElementwiseTable
#define RAPTORS_ISA_ENUM ::raptors::Isa::kAvx512
#define RAPTORS_WIDE_ELEMENTWISE 1
#include "kernels/internal/kernels-inl.h"  // NOLINT(build/include)
