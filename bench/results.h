// What one benchmark run measured, and its two renderings: the terminal table and the JSON
// record (Google Benchmark's context and per-round runs, plus our per-case fields). The
// chart and compare tools read the JSON; its layout is pinned by record_schema.py.
#ifndef RAPTORS_BENCH_RESULTS_H_
#define RAPTORS_BENCH_RESULTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bench/case_spec.h"
#include "bench/stats.h"

namespace raptors_bench {

// One side of a comparison: seconds per call in each interleaved round.
struct Timing {
  int64_t iters_per_round = 0;
  std::vector<double> rounds;  // seconds per call, one entry per round
  Summary summary() const { return Summarize(rounds); }
};

struct CaseResult {
  CaseSpec spec;
  std::string name;
  int64_t bytes = 0;  // BytesMoved(spec)
  std::string isa;    // the ISA our kernels ran
  int threads = 1;    // threads of the threaded column (1: no threaded column)
  std::string error;  // non-empty: the case failed (mismatch or library error); no timings
  Timing ours;
  std::optional<Timing> ours_threaded;
  std::optional<Timing> numpy;        // NumPy's out= form (or the reduction)
  std::optional<Timing> numpy_alloc;  // elementwise ops only: NumPy's allocating form
  Timing read;                        // the read kernel on a buffer of `bytes` bytes

  double speedup() const;        // NumPy median / ours median; 0 without NumPy
  double speedup_alloc() const;  // NumPy allocating-form median / ours median
  double speedup_threaded() const;  // NumPy median / threaded median
  double bytes_per_second() const;  // bytes / ours median
  double read_bytes_per_second() const;
  double roofline() const;  // bytes_per_second / read_bytes_per_second (a fraction)
};

// A cache as Google Benchmark reports it.
struct CacheEntry {
  std::string type;
  int level = 0;
  int64_t size = 0;
  int num_sharing = 0;
};

// One Google Benchmark run (one round of one side), kept for the record's "benchmarks" list.
struct GbRun {
  std::string name;
  int64_t repetition_index = 0;
  int64_t iterations = 0;
  double real_time_ms = 0;  // per iteration
  double cpu_time_ms = 0;
};

struct RunInfo {
  // Google Benchmark's context fields.
  std::string date;
  std::string host_name;
  std::string executable;
  int num_cpus = 0;
  double mhz_per_cpu = 0;
  std::string cpu_scaling;  // "enabled", "disabled", "unknown"
  std::vector<CacheEntry> caches;
  std::vector<double> load_avg;
  // Ours.
  std::string target;  // "mean_axis0", "suite", ...
  std::string command_line;
  std::string cpu_model;
  std::string compiler;
  std::string build;  // "optimized" or a warning
  std::string isa;
  int elementwise_bits = 0;  // vector width of our elementwise ops on `isa`
  std::vector<std::string> supported_isas;
  int threads = 1;
  int repetitions = 0;
  double round_ms = 0;
  std::string read_kernel;
  std::string git_commit;  // empty when unknown
  bool git_dirty = false;
  std::string numpy_json;  // the worker's hello reply; empty without NumPy
  std::string numpy_unavailable;  // why NumPy is missing; empty when present
};

// The table printed at the end of a run.
std::string FormatTable(const RunInfo& info, const std::vector<CaseResult>& results);

// The JSON record (schema_version 1).
std::string RecordJson(const RunInfo& info, const std::vector<CaseResult>& results,
                       const std::vector<GbRun>& gb_runs);

// JSON string literal for `s` (quotes included).
std::string JsonQuote(const std::string& s);

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_RESULTS_H_
