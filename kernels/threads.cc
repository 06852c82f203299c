// Thread-count policy: RAPTORS_THREADS, Options.threads and the parallel threshold.
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "absl/strings/numbers.h"
#include "kernels/internal/parallel.h"
#include "kernels/raptors.h"

namespace raptors {
namespace {

int ReadDefaultThreads() {
  int hw = static_cast<int>(std::thread::hardware_concurrency());
  if (hw < 1) hw = 1;
  if (const char* env = std::getenv("RAPTORS_THREADS"); env != nullptr && *env != '\0') {
    int n = 0;
    if (absl::SimpleAtoi(env, &n) && n >= 1 && n <= 1024) return n;
    std::fprintf(stderr, "raptors: ignoring RAPTORS_THREADS=%s (expected 1..1024)\n", env);
  }
  return hw;
}

}  // namespace

int DefaultThreads() {
  static const int n = ReadDefaultThreads();
  return n;
}

namespace internal {

int ThreadsForLarge(const Options& options) {
  const int t = options.threads > 0 ? options.threads : DefaultThreads();
  return t < 1 ? 1 : t;
}

}  // namespace internal
}  // namespace raptors
