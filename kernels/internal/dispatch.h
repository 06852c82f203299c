// Run-time ISA selection: detects the CPU once, applies RAPTORS_ISA, hands out kernel tables.
#ifndef RAPTORS_KERNELS_INTERNAL_DISPATCH_H_
#define RAPTORS_KERNELS_INTERNAL_DISPATCH_H_

#include <cstdint>
#include <climits>
#include <optional>

#include "absl/base/optimization.h"
#include "absl/status/status.h"
#include "kernels/internal/kernel_table.h"
#include "kernels/raptors.h"

namespace raptors {
namespace internal {

inline constexpr int kNumIsas = 6;

struct Dispatch {
  const KernelTable* tables[kNumIsas] = {};  // null where the CPU lacks the ISA
  const KernelTable* active = nullptr;       // the best supported, capped by RAPTORS_ISA
  int64_t axis_strip = 1024;                 // column strip for axis-0 kernels, from L1 size
  // Calls whose data exceed this many bytes (3/4 of the last-level cache a core sees) are taken
  // to run from memory: elementwise calls (operands and output together) write their output with
  // non-temporal stores, and axis-0 reductions take the widest column strip (reduce.cc).
  int64_t stream_bytes = INT64_MAX;
};

// The ISA translation units cannot include this header (they sit below //kernels:raptors), so
// stream_bytes reaches the kernels (elementwise outputs, transposed bands) through a C-linkage
// getter, declared again in kernels/internal/kernels-inl.h.
extern "C" int64_t RaptorsInternalStreamBytes();

// Detects the CPU and reads the environment; GetDispatch calls it once.
Dispatch BuildDispatch();

// Built on first use (thread-safe); later calls are one load and a compare, inlined into the
// entry points.
inline const Dispatch& GetDispatch() {
  static const Dispatch d = BuildDispatch();
  return d;
}

// The table for options.isa (an error if not a valid value or not supported by this CPU).
absl::Status ForcedTable(Isa isa, const KernelTable** table);

// The table for a call into *table: options.isa if given, else the active one.
inline absl::Status TableFor(const Options& options, const KernelTable** table) {
  if (ABSL_PREDICT_TRUE(!options.isa.has_value())) {
    *table = GetDispatch().active;
    return absl::OkStatus();
  }
  return ForcedTable(*options.isa, table);
}

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_DISPATCH_H_
