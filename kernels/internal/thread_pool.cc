#include "kernels/internal/thread_pool.h"

#include <algorithm>
#include <chrono>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace raptors {
namespace internal {
namespace {

using Clock = std::chrono::steady_clock;

// One step of a wait loop: tells the core (and a hyperthread sibling) that this is a spin.
inline void Relax() {
#if defined(__x86_64__)
  _mm_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

}  // namespace

struct ThreadPool::Job {
  absl::FunctionRef<void(int64_t)> fn;
  int64_t num_tasks;
  std::atomic<int64_t> next{0};
  int helper_slots;             // helpers that may still join (guarded by the pool's mu_)
  std::atomic<int> active{0};   // helpers inside Work; set under mu_, cleared without it
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
  for (;;) {
    // Watch for the next job before sleeping (see kSpinNanos). The clock is read every 64
    // steps only: a step is a pause of tens of cycles.
    const Clock::time_point until = Clock::now() + std::chrono::nanoseconds(kSpinNanos);
    for (int i = 1; queued_.load(std::memory_order_relaxed) == 0; ++i) {
      if (i % 64 == 0 && Clock::now() >= until) break;
      Relax();
    }
    Job* job;
    {
      absl::MutexLock lock(&mu_);
      while (queue_.empty()) {
        ++sleeping_;
        work_cv_.Wait(&mu_);
        --sleeping_;
      }
      job = queue_.front();
      if (--job->helper_slots == 0) {
        queue_.pop_front();
        queued_.fetch_sub(1, std::memory_order_relaxed);
      }
      job->active.fetch_add(1, std::memory_order_relaxed);
    }
    Work(job);
    // The last touch of the job: its caller may return (and free it) right after this.
    job->active.fetch_sub(1, std::memory_order_release);
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
    queued_.fetch_add(1, std::memory_order_relaxed);
    // Watching workers take the job on their own; wake sleepers only for the slots left.
    for (int i = std::min(helpers, sleeping_); i > 0; --i) work_cv_.Signal();
  }
  Work(&job);  // the caller claims tasks too, so the job finishes even if no helper comes
  {
    absl::MutexLock lock(&mu_);
    if (job.helper_slots > 0) {  // helpers that never came must not find the job later
      queue_.erase(std::find(queue_.begin(), queue_.end(), &job));
      queued_.fetch_sub(1, std::memory_order_relaxed);
      job.helper_slots = 0;
    }
  }
  // Helpers inside the job are finishing their last task: watch them, and give up the core
  // after a while in case one of them waits for it (more threads than cores).
  for (int i = 0; job.active.load(std::memory_order_acquire) > 0; ++i) {
    if (i < 4096) {
      Relax();
    } else {
      std::this_thread::yield();
    }
  }
}

}  // namespace internal
}  // namespace raptors
