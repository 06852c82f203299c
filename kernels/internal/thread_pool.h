// A persistent pool of worker threads for intra-op parallelism (Abseil Mutex/CondVar).
//
// Callers cut their work into a fixed number of tasks whose results do not depend on which
// thread runs them; the pool only decides who runs what. Many threads may call Run at once:
// jobs queue up and every caller also works on its own job, so a call always makes progress.
//
// Latency: waking a sleeping thread costs a futex call per thread and tens of microseconds
// on a VM, which is the whole time of a split call on a few MiB. So a worker that has just
// left a job watches the queue for kSpinNanos before it sleeps (as OpenMP runtimes do), and a
// caller waits for its helpers by watching a counter. Back-to-back calls then find their
// helpers awake; a pool left idle sleeps after kSpinNanos and costs nothing.
#ifndef RAPTORS_KERNELS_INTERNAL_THREAD_POOL_H_
#define RAPTORS_KERNELS_INTERNAL_THREAD_POOL_H_

#include <atomic>
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

  // How long an idle worker watches the queue before it sleeps: longer than the gap between
  // calls in a loop, short enough that an idle process does not keep cores busy.
  static constexpr int64_t kSpinNanos = 200'000;

 private:
  struct Job;
  ThreadPool() = default;
  void EnsureWorkers(int n) ABSL_LOCKS_EXCLUDED(mu_);
  void WorkerLoop();
  static void Work(Job* job);

  absl::Mutex mu_;
  absl::CondVar work_cv_;  // a job was queued
  std::deque<Job*> queue_ ABSL_GUARDED_BY(mu_);
  std::atomic<int> queued_{0};  // queue_.size(), read without mu_ by watching workers
  int sleeping_ ABSL_GUARDED_BY(mu_) = 0;  // workers waiting on work_cv_
  std::vector<std::thread> workers_ ABSL_GUARDED_BY(mu_);
};

}  // namespace internal
}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_THREAD_POOL_H_
