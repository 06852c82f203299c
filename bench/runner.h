// Runs benchmark cases: builds each input once per (shape, dtype), checks our result against
// NumPy's, then times the sides in interleaved rounds (ours, NumPy, NumPy allocating,
// ours threaded, read kernel; repeat). Our kernels and the read kernel are timed by Google
// Benchmark with a fixed iteration count per round; NumPy is timed by its worker with
// time.perf_counter_ns over the same kind of round.
#ifndef RAPTORS_BENCH_RUNNER_H_
#define RAPTORS_BENCH_RUNNER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "bench/case_spec.h"
#include "bench/numpy_client.h"
#include "bench/results.h"
#include "kernels/raptors.h"

namespace raptors_bench {

struct RunnerOptions {
  int threads = 1;                  // != 1 adds a threaded column
  std::optional<raptors::Isa> isa;  // cap for our kernels; unset: ActiveIsa()
  int repetitions = 10;             // interleaved rounds per side
  double round_seconds = 0.02;      // target length of one round of one side
  double warmup_seconds = 0.2;      // calls of every side before the first case is timed
  std::string scratch_dir;          // where raw arrays are handed to NumPy
  bool show_progress = true;
};

// The iteration count for one round: the same rule for every side. `time_iters(k)` returns
// the seconds k back-to-back calls take; k doubles until the calls take a tenth of a round,
// so a fast call is not judged by a single timer read.
int64_t IterationsPerRound(const std::function<double(int64_t)>& time_iters,
                           double round_seconds);

class Runner {
 public:
  Runner(const RunnerOptions& options, NumpyClient* numpy);

  // Runs every case in order (ExpandCases groups cases sharing inputs). A failed case
  // (mismatch, library or NumPy error) is recorded with its error and the run goes on.
  std::vector<CaseResult> RunAll(const std::vector<CaseSpec>& cases);

  // Every Google Benchmark run made, for the JSON record.
  const std::vector<GbRun>& gb_runs() const { return gb_runs_; }

 private:
  struct Inputs;
  void LoadInputs(const std::vector<CaseSpec>& group, Inputs& inputs);
  CaseResult RunCase(const CaseSpec& spec, const Inputs& inputs);
  // One round of a registered Google Benchmark: seconds per iteration.
  double RunGb(const std::string& name, int64_t round);

  RunnerOptions options_;
  NumpyClient* numpy_;
  std::vector<GbRun> gb_runs_;
  bool warmed_up_ = false;
};

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_RUNNER_H_
