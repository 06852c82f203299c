// Thread-count policy: RAPTORS_THREADS, RAPTORS_PARALLEL_MIN, Options.threads.
#include <cstdint>
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

// Same rules as RAPTORS_THREADS: read once, a bad value is reported and ignored. Setting it
// lets //bench:thread_crossover measure both thread counts at every size (it sets 0).
int64_t ReadMinParallelElements() {
  if (const char* env = std::getenv("RAPTORS_PARALLEL_MIN"); env != nullptr && *env != '\0') {
    int64_t n = 0;
    if (absl::SimpleAtoi(env, &n) && n >= 0) return n;
    std::fprintf(stderr, "raptors: ignoring RAPTORS_PARALLEL_MIN=%s (expected a count >= 0)\n",
                 env);
  }
  return internal::kMinParallelElements;
}

}  // namespace

int DefaultThreads() {
  static const int n = ReadDefaultThreads();
  return n;
}

int64_t MinParallelElements() {
  static const int64_t n = ReadMinParallelElements();
  return n;
}

namespace internal {

int ThreadsForLarge(const Options& options) {
  const int t = options.threads > 0 ? options.threads : DefaultThreads();
  return t < 1 ? 1 : t;
}

}  // namespace internal
}  // namespace raptors
