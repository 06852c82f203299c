#include "kernels/internal/scratch.h"

#include <cstddef>
#include <memory>
#include <new>

namespace raptors {
namespace internal {
namespace {

thread_local bool scratch_off = false;

struct AlignedFree {
  void operator()(double* p) const { ::operator delete[](p, std::align_val_t{64}); }
};

}  // namespace

double* ThreadScratch() {
  if (scratch_off) return nullptr;
  // A failed allocation is retried on the next call rather than remembered: memory may have
  // been freed since.
  thread_local std::unique_ptr<double[], AlignedFree> buffer;
  if (buffer == nullptr) {
    const size_t bytes = sizeof(double) * (kThreadScratchDoubles + kPageSlack);
    buffer.reset(static_cast<double*>(
        ::operator new[](bytes, std::align_val_t{64}, std::nothrow)));
  }
  return buffer.get();
}

void SetThreadScratchOffForTesting(bool off) { scratch_off = off; }

}  // namespace internal
}  // namespace raptors
