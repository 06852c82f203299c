// The kernels for ISA "avx512": x86_64, compiled with -mavx512f.
#include "kernels/internal/vec_x86_avx512-inl.h"

#define RAPTORS_NS avx512
#define RAPTORS_TABLE_FN Avx512Table
#define RAPTORS_ISA_ENUM ::raptors::Isa::kAvx512
#include "kernels/internal/kernels-inl.h"  // NOLINT(build/include)
