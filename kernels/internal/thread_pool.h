// A persistent pool of worker threads for intra-op parallelism (Abseil Mutex/CondVar).
//
// Callers cut their work into a fixed number of tasks whose results do not depend on which
// thread runs them; the pool only decides who runs what. Many threads may call Run at once:
// jobs queue up and every caller also works on its own job, so a call always makes progress.
#ifndef RAPTORS_KERNELS_INTERNAL_THREAD_POOL_H_
#define RAPTORS_KERNELS_INTERNAL_THREAD_POOL_H_

#include <cstdint>
#include <deque>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/functional/function_ref.h"
#include "absl/synchronization/mutex.h"

namespace raptors {
namespace internal {

class ThreadPool {
 public:
  // The process-wide pool; workers start on demand and live for the process.
  static ThreadPool& Get();

  // Runs fn(t) for every t in [0, num_tasks) on at most `threads` threads (the caller counts
  // as one) and returns when all have finished.
  void Run(int64_t num_tasks, int threads, absl::FunctionRef<void(int64_t)> fn);

 private:
  struct Job;
  ThreadPool() = default;
  void EnsureWorkers(int n) ABSL_LOCKS_EXCLUDED(mu_);
  void WorkerLoop();
  static void Work(Job* job);

  absl::Mutex mu_;
  absl::CondVar work_cv_;  // a job was queued
  absl::CondVar done_cv_;  // a helper left a job
  std::deque<Job*> queue_ ABSL_GUARDED_BY(mu_);
  std::vector<std::thread> workers_ ABSL_GUARDED_BY(mu_);
};

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_THREAD_POOL_H_
