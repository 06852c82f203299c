#include "bench/runner.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "bench/agreement.h"
#include "bench/arrays.h"
#include "bench/our_op.h"
#include "bench/read_bandwidth.h"
#include "kernels/raptors.h"

namespace raptors_bench {
namespace {

// Collects the runs of one RunSpecifiedBenchmarks call instead of printing them.
class CaptureReporter : public benchmark::BenchmarkReporter {
 public:
  bool ReportContext(const Context&) override { return true; }
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) runs_.push_back(r);
  }
  std::vector<Run>& runs() { return runs_; }

 private:
  std::vector<Run> runs_;
};

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

absl::string_view LayoutCode(Layout layout) {
  switch (layout) {
    case Layout::kC:
      return "c";
    case Layout::kOneD:
      return "1d";
    case Layout::kTransposed:
      return "F";
    case Layout::kEveryOtherColumn:
      return "S2";
  }
  return "c";
}

uint64_t Seed(const Shape& shape, raptors::DType dtype, int operand) {
  return (static_cast<uint64_t>(shape.base_rows) * 1000003u) ^
         (static_cast<uint64_t>(shape.base_cols) << 20) ^
         (static_cast<uint64_t>(dtype) << 56) ^ (static_cast<uint64_t>(operand) << 60);
}

absl::StatusOr<Buffer> ReadResultFile(const std::string& path, raptors::DType dtype,
                                      int64_t count) {
  Buffer buffer(dtype, count);
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return absl::InternalError(absl::StrCat("cannot read ", path));
  const size_t bytes = static_cast<size_t>(buffer.size_bytes());
  const size_t got = std::fread(buffer.data(), 1, bytes, f);
  std::fclose(f);
  if (got != bytes) return absl::InternalError(absl::StrCat("short NumPy result in ", path));
  return buffer;
}

}  // namespace

int64_t IterationsPerRound(const std::function<double(int64_t)>& time_iters,
                           double round_seconds) {
  int64_t k = 1;
  double seconds = time_iters(k);
  while (seconds < round_seconds / 10 && k < (int64_t{1} << 24)) {
    k *= 2;
    seconds = time_iters(k);
  }
  const double per_call = std::max(seconds / static_cast<double>(k), 1e-9);
  return std::max<int64_t>(1, static_cast<int64_t>(std::ceil(round_seconds / per_call)));
}

struct Runner::Inputs {
  Buffer a, b, row, col;
  Operands operands;
};

Runner::Runner(const RunnerOptions& options, NumpyClient* numpy)
    : options_(options), numpy_(numpy) {}

void Runner::LoadInputs(const std::vector<CaseSpec>& group, Inputs& in) {
  const Shape& shape = group.front().shape;
  const raptors::DType dtype = group.front().dtype;
  const auto uses = [&](Op op) {
    return std::any_of(group.begin(), group.end(), [op](const CaseSpec& c) { return c.op == op; });
  };
  const auto hand_to_numpy = [&](const Buffer& buf, absl::string_view name, int64_t rows,
                                 int64_t cols, absl::string_view layout) {
    if (!numpy_->available()) return;
    const std::string path = absl::StrCat(options_.scratch_dir, "/", name, ".bin");
    absl::Status s = WriteRaw(buf, path);
    if (s.ok()) {
      s = numpy_->Load(name, path, raptors::DTypeName(dtype), rows, cols, layout);
    }
    unlink(path.c_str());
    if (!s.ok()) std::fprintf(stderr, "NumPy could not load %s: %s\n", std::string(name).c_str(),
                              std::string(s.message()).c_str());
  };
  in = Inputs();
  in.a = Buffer(dtype, shape.base_elements());
  FillDeterministic(in.a, Seed(shape, dtype, 0));
  hand_to_numpy(in.a, "a", shape.base_rows, shape.base_cols, LayoutCode(shape.layout));
  in.operands.a = ViewOf(in.a, shape);
  if (uses(Op::kAdd)) {
    in.b = Buffer(dtype, shape.base_elements());
    FillDeterministic(in.b, Seed(shape, dtype, 1));
    hand_to_numpy(in.b, "b", shape.base_rows, shape.base_cols, LayoutCode(shape.layout));
    in.operands.b = ViewOf(in.b, shape);
  }
  if (uses(Op::kBroadcastAddRow)) {
    in.row = Buffer(dtype, shape.view_cols());
    FillDeterministic(in.row, Seed(shape, dtype, 2));
    hand_to_numpy(in.row, "row", 1, shape.view_cols(), "1d");
    in.operands.row = raptors::VectorView{in.row.data(), dtype, shape.view_cols(), 1};
  }
  if (uses(Op::kBroadcastAddCol)) {
    in.col = Buffer(dtype, shape.view_rows());
    FillDeterministic(in.col, Seed(shape, dtype, 3));
    hand_to_numpy(in.col, "col", 1, shape.view_rows(), "1d");
    in.operands.col = raptors::VectorView{in.col.data(), dtype, shape.view_rows(), 1};
  }
}

double Runner::RunGb(const std::string& name, int64_t round) {
  CaptureReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter, absl::StrCat("^", name, "(/|$)"));
  for (const auto& run : reporter.runs()) {
    if (run.run_type != benchmark::BenchmarkReporter::Run::RT_Iteration) continue;
    if (run.error_occurred || run.iterations <= 0) return -1;
    const double per_iter = run.real_accumulated_time / static_cast<double>(run.iterations);
    gb_runs_.push_back(GbRun{name, round, static_cast<int64_t>(run.iterations), per_iter * 1e3,
                             run.cpu_accumulated_time / static_cast<double>(run.iterations) *
                                 1e3});
    return per_iter;
  }
  return -1;
}

CaseResult Runner::RunCase(const CaseSpec& spec, const Inputs& inputs) {
  CaseResult r;
  r.spec = spec;
  r.name = CaseName(spec);
  r.bytes = BytesMoved(spec);
  r.threads = options_.threads;
  r.isa = std::string(raptors::IsaName(options_.isa.value_or(raptors::ActiveIsa())));

  raptors::Options single;
  single.threads = 1;
  single.isa = options_.isa;
  raptors::Options threaded = single;
  threaded.threads = options_.threads;

  // First call: the warm-up of our side, and the result the agreement check reads.
  auto op = std::make_shared<OurOp>(spec, inputs.operands);
  if (absl::Status s = op->Run(single); !s.ok()) {
    r.error = absl::StrCat("raptors returned an error: ", s.ToString());
    return r;
  }
  const bool with_numpy = numpy_->available();
  if (with_numpy) {
    // NumPy's first call (its warm-up) writes the result we check against.
    const std::string result_path = absl::StrCat(options_.scratch_dir, "/result.bin");
    absl::StatusOr<NumpyClient::Prepared> prepared =
        numpy_->Prepare(OpName(spec.op), ScaleFactor(spec.dtype), result_path);
    if (!prepared.ok()) {
      r.error = std::string(prepared.status().message());
      return r;
    }
    absl::StatusOr<raptors::DType> np_dtype = raptors::ParseDType(prepared->dtype);
    if (!np_dtype.ok()) {
      r.error = absl::StrCat("NumPy result dtype ", prepared->dtype, " is not comparable");
      return r;
    }
    absl::StatusOr<Buffer> expected = ReadResultFile(result_path, *np_dtype, prepared->count);
    unlink(result_path.c_str());
    if (!expected.ok()) {
      r.error = std::string(expected.status().message());
      return r;
    }
    const absl::Status agree = CheckAgreement(
        r.name, op->result(), ResultRef{expected->data(), expected->dtype(), expected->count()});
    if (!agree.ok()) {
      r.error = std::string(agree.message());
      return r;
    }
  }

  // Calibration: the same rule for every side.
  const auto time_ours = [&](const raptors::Options& o) {
    return [&, o](int64_t k) {
      const auto start = std::chrono::steady_clock::now();
      for (int64_t i = 0; i < k; ++i) (void)op->Run(o);
      return SecondsSince(start);
    };
  };
  Buffer read_buffer(raptors::DType::kInt64, (r.bytes + 63) / 64 * 8);
  const int64_t read_bytes = read_buffer.size_bytes();
  uint64_t sink = 0;
  const auto time_read = [&](int64_t k) {
    const auto start = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < k; ++i) sink += ReadAll(read_buffer.data(), read_bytes);
    return SecondsSince(start);
  };
  const auto time_numpy = [&](absl::string_view form) {
    return [this, form](int64_t k) {
      absl::StatusOr<double> t = numpy_->Time(form, k);
      return t.ok() ? *t : 1e9;  // a failure shows up again, with its message, in the rounds
    };
  };
  // Before the first case of a process is timed, every side runs for warmup_seconds in turn: on
  // a machine whose cores were idle, the first case measured without it ran its 16-thread
  // column 1.5x slower than the same case later in the run (lent Xeon, mean_axis0 float32
  // 2048x2048: 0.195-0.214 ms first, 0.124-0.129 ms after another case).
  if (!warmed_up_) {
    warmed_up_ = true;
    const auto until = std::chrono::steady_clock::now() +
                       std::chrono::duration<double>(options_.warmup_seconds);
    while (std::chrono::steady_clock::now() < until) {
      time_ours(single)(1);
      if (options_.threads != 1) time_ours(threaded)(1);
      if (with_numpy) time_numpy("out")(1);
    }
  }
  const double round = options_.round_seconds;
  r.ours.iters_per_round = IterationsPerRound(time_ours(single), round);
  r.read.iters_per_round = IterationsPerRound(time_read, round);
  const bool with_threads = options_.threads != 1;
  if (with_threads) {
    r.ours_threaded = Timing();
    r.ours_threaded->iters_per_round = IterationsPerRound(time_ours(threaded), round);
  }
  if (with_numpy) {
    r.numpy = Timing();
    r.numpy->iters_per_round = IterationsPerRound(time_numpy("out"), round);
    if (IsElementwise(spec.op)) {
      r.numpy_alloc = Timing();
      r.numpy_alloc->iters_per_round = IterationsPerRound(time_numpy("alloc"), round);
    }
  }

  // Register this case's Google Benchmark functions with their fixed iteration counts.
  benchmark::ClearRegisteredBenchmarks();
  const std::string ours_name = absl::StrCat(r.name, "/ours");
  const std::string threaded_name = absl::StrCat(r.name, "/ours_t", options_.threads);
  const std::string read_name = absl::StrCat(r.name, "/read");
  const auto register_ours = [&](const std::string& name, const raptors::Options& o,
                                 int64_t iters) {
    benchmark::RegisterBenchmark(name.c_str(),
                                 [op, o](benchmark::State& state) {
                                   for (auto _ : state) {
                                     absl::Status s = op->Run(o);
                                     if (!s.ok()) {
                                       state.SkipWithError("raptors returned an error");
                                       break;
                                     }
                                   }
                                 })
        ->Iterations(iters)
        ->Repetitions(1)
        ->UseRealTime();
  };
  register_ours(ours_name, single, r.ours.iters_per_round);
  if (with_threads) register_ours(threaded_name, threaded, r.ours_threaded->iters_per_round);
  const void* read_data = read_buffer.data();
  benchmark::RegisterBenchmark(read_name.c_str(),
                               [read_data, read_bytes](benchmark::State& state) {
                                 for (auto _ : state) {
                                   uint64_t sum = ReadAll(read_data, read_bytes);
                                   benchmark::DoNotOptimize(sum);
                                 }
                               })
      ->Iterations(r.read.iters_per_round)
      ->Repetitions(1)
      ->UseRealTime();

  // Interleaved rounds.
  for (int64_t i = 0; i < options_.repetitions; ++i) {
    const double ours = RunGb(ours_name, i);
    if (ours < 0) {
      r.error = "raptors returned an error while timed";
      break;
    }
    r.ours.rounds.push_back(ours);
    if (with_numpy) {
      absl::StatusOr<double> t = numpy_->Time("out", r.numpy->iters_per_round);
      if (!t.ok()) {
        r.error = std::string(t.status().message());
        break;
      }
      r.numpy->rounds.push_back(*t / static_cast<double>(r.numpy->iters_per_round));
      if (r.numpy_alloc) {
        t = numpy_->Time("alloc", r.numpy_alloc->iters_per_round);
        if (!t.ok()) {
          r.error = std::string(t.status().message());
          break;
        }
        r.numpy_alloc->rounds.push_back(*t / static_cast<double>(r.numpy_alloc->iters_per_round));
      }
    }
    if (with_threads) {
      const double t = RunGb(threaded_name, i);
      if (t < 0) {
        r.error = "raptors returned an error while timed with threads";
        break;
      }
      r.ours_threaded->rounds.push_back(t);
    }
    r.read.rounds.push_back(RunGb(read_name, i));
  }
  benchmark::ClearRegisteredBenchmarks();
  benchmark::DoNotOptimize(sink);
  return r;
}

std::vector<CaseResult> Runner::RunAll(const std::vector<CaseSpec>& cases) {
  std::vector<CaseResult> results;
  const bool tty = isatty(STDERR_FILENO) != 0;
  Inputs inputs;
  for (size_t i = 0; i < cases.size(); ++i) {
    const CaseSpec& spec = cases[i];
    const bool new_inputs = i == 0 || spec.dtype != cases[i - 1].dtype ||
                            ShapeName(spec.shape) != ShapeName(cases[i - 1].shape);
    if (new_inputs) {
      std::vector<CaseSpec> group;
      for (size_t j = i; j < cases.size() && cases[j].dtype == spec.dtype &&
                         ShapeName(cases[j].shape) == ShapeName(spec.shape);
           ++j) {
        group.push_back(cases[j]);
      }
      LoadInputs(group, inputs);
    }
    if (options_.show_progress) {
      std::fprintf(stderr, "%s[%zu/%zu] %-45s", tty ? "\r" : "", i + 1, cases.size(),
                   CaseName(spec).c_str());
      if (!tty) std::fputc('\n', stderr);
      std::fflush(stderr);
    }
    results.push_back(RunCase(spec, inputs));
    if (!results.back().error.empty()) {
      std::fprintf(stderr, "%s*** %s FAILED: %s\n", tty ? "\n" : "", results.back().name.c_str(),
                   results.back().error.c_str());
    }
  }
  if (options_.show_progress && tty) std::fputc('\n', stderr);
  return results;
}

}  // namespace raptors_bench
