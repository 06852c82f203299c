// Run-time ISA selection: detects the CPU once, applies RAPTORS_ISA, hands out kernel tables.
#ifndef RAPTORS_KERNELS_INTERNAL_DISPATCH_H_
#define RAPTORS_KERNELS_INTERNAL_DISPATCH_H_

#include <cstdint>
#include <climits>
#include <optional>

#include "absl/status/statusor.h"
#include "kernels/internal/kernel_table.h"
#include "kernels/raptors.h"

namespace raptors {
namespace internal {

inline constexpr int kNumIsas = 6;

struct Dispatch {
  const KernelTable* tables[kNumIsas] = {};  // null where the CPU lacks the ISA
  const KernelTable* active = nullptr;       // the best supported, capped by RAPTORS_ISA
  int64_t axis_strip = 1024;                 // column strip for axis-0 kernels, from L1 size
  // Elementwise calls whose operands and output together exceed this many bytes write their
  // output with non-temporal stores (3/4 of the last-level cache a core sees).
  int64_t stream_bytes = INT64_MAX;
};

// The ISA translation units cannot include this header (they sit below //kernels:raptors), so
// stream_bytes reaches the elementwise kernels through a C-linkage getter, declared again in
// kernels/internal/elementwise-inl.h.
extern "C" int64_t RaptorsInternalStreamBytes();

// Built on first use (thread-safe); later calls are one load and a compare.
const Dispatch& GetDispatch();

// The table for a call: options.isa if given (an error if unsupported), else the active one.
absl::StatusOr<const KernelTable*> TableFor(const std::optional<Isa>& isa);

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_DISPATCH_H_
