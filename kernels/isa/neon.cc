// The kernels for ISA "neon": aarch64 Advanced SIMD (baseline ARMv8-A).
#include "kernels/internal/vec_arm_neon-inl.h"

#define RAPTORS_NS neon
#define RAPTORS_TABLE_FN NeonTable
#define RAPTORS_ISA_ENUM ::raptors::Isa::kNeon
#include "kernels/internal/kernels-inl.h"  // NOLINT(build/include)
