#include "kernels/internal/thread_pool.h"

#include <algorithm>
#include <atomic>

namespace raptors {
namespace internal {

struct ThreadPool::Job {
  absl::FunctionRef<void(int64_t)> fn;
  int64_t num_tasks;
  std::atomic<int64_t> next{0};
  int helper_slots;  // helpers that may still join (guarded by the pool's mu_)
  int active = 0;    // helpers inside Work (guarded by the pool's mu_)
  Job(absl::FunctionRef<void(int64_t)> f, int64_t n, int slots)
      : fn(f), num_tasks(n), helper_slots(slots) {}
};

ThreadPool& ThreadPool::Get() {
  static ThreadPool* pool = new ThreadPool();  // never destroyed: workers outlive main()
  return *pool;
}

void ThreadPool::Work(Job* job) {
  for (int64_t t = job->next.fetch_add(1, std::memory_order_relaxed); t < job->num_tasks;
       t = job->next.fetch_add(1, std::memory_order_relaxed)) {
    job->fn(t);
  }
}

void ThreadPool::EnsureWorkers(int n) {
  absl::MutexLock lock(&mu_);
  while (static_cast<int>(workers_.size()) < n) {
    workers_.emplace_back([this] { WorkerLoop(); });
    workers_.back().detach();
  }
}

void ThreadPool::WorkerLoop() {
  absl::MutexLock lock(&mu_);
  for (;;) {
    while (queue_.empty()) work_cv_.Wait(&mu_);
    Job* job = queue_.front();
    if (--job->helper_slots == 0) queue_.pop_front();
    ++job->active;
    mu_.Unlock();
    Work(job);
    mu_.Lock();
    --job->active;
    done_cv_.SignalAll();
  }
}

void ThreadPool::Run(int64_t num_tasks, int threads, absl::FunctionRef<void(int64_t)> fn) {
  const int helpers =
      static_cast<int>(std::min<int64_t>(std::max(threads, 1) - 1, num_tasks - 1));
  if (helpers <= 0) {
    for (int64_t t = 0; t < num_tasks; ++t) fn(t);
    return;
  }
  EnsureWorkers(helpers);
  Job job(fn, num_tasks, helpers);
  {
    absl::MutexLock lock(&mu_);
    queue_.push_back(&job);
    for (int i = 0; i < helpers; ++i) work_cv_.Signal();
  }
  Work(&job);  // the caller claims tasks too, so the job finishes even if no helper comes
  absl::MutexLock lock(&mu_);
  if (job.helper_slots > 0) {  // helpers that never came must not find the job later
    queue_.erase(std::find(queue_.begin(), queue_.end(), &job));
    job.helper_slots = 0;
  }
  while (job.active > 0) done_cv_.Wait(&mu_);
}

}  // namespace internal
}  // namespace raptors
