// The kernels for ISA "sse2": x86_64 baseline SSE2.
#include "kernels/internal/vec_x86_sse2-inl.h"

#define RAPTORS_NS sse2
#define RAPTORS_TABLE_FN Sse2Table
#define RAPTORS_ISA_ENUM ::raptors::Isa::kSse2
#include "kernels/internal/kernels-inl.h"  // NOLINT(build/include)
