// The kernels for ISA "scalar": x86_64 or aarch64 (and any other CPU); built without auto-vectorization.
#include "kernels/internal/vec_scalar-inl.h"

#define RAPTORS_NS scalar
#define RAPTORS_TABLE_FN ScalarTable
#define RAPTORS_ISA_ENUM ::raptors::Isa::kScalar
#include "kernels/internal/kernels-inl.h"  // NOLINT(build/include)
