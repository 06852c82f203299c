// The kernels for ISA "sve": aarch64, compiled with -march=armv8-a+sve.
#include "kernels/internal/vec_arm_sve-inl.h"

#define RAPTORS_NS sve
#define RAPTORS_TABLE_FN SveTable
#define RAPTORS_ISA_ENUM ::raptors::Isa::kSve
#include "kernels/internal/kernels-inl.h"  // NOLINT(build/include)

namespace raptors {
namespace internal {
int SveVectorBytes() { return static_cast<int>(svcntb()); }
}  // namespace internal
}  // namespace raptors
