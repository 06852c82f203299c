// The kernels for ISA "avx2": x86_64, compiled with -mavx2 -mfma.
#include "kernels/internal/vec_x86_avx2-inl.h"

#define RAPTORS_NS avx2
#define RAPTORS_TABLE_FN Avx2Table
#define RAPTORS_ISA_ENUM ::raptors::Isa::kAvx2
#include "kernels/internal/kernels-inl.h"  // NOLINT(build/include)
