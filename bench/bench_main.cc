// The benchmark binary behind every //bench:<op> target and //bench:suite. The op (or
// "suite") is baked in at build time through RAPTORS_BENCH_TARGET; flags override the
// defaults. Google Benchmark's own --benchmark_* flags are accepted too (--benchmark_filter
// selects cases by name).
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "benchmark/benchmark.h"
#include "bench/case_spec.h"
#include "bench/machine_info.h"
#include "bench/numpy_client.h"
#include "bench/read_bandwidth.h"
#include "bench/results.h"
#include "bench/runner.h"
#include "kernels/raptors.h"

#ifndef RAPTORS_BENCH_TARGET
#define RAPTORS_BENCH_TARGET mean_axis0
#endif
#define RAPTORS_BENCH_STR2(x) #x
#define RAPTORS_BENCH_STR(x) RAPTORS_BENCH_STR2(x)

ABSL_FLAG(std::string, ops, "",
          "comma-separated ops, or 'all' (default: this target's op; all for suite)");
ABSL_FLAG(std::string, shape, "",
          "comma-separated shapes: RxC, N (1-D), RxC:F (transposed view), RxC:S2 (every other "
          "column), or 'suite' (default: 2048x2048; the suite shapes for suite)");
ABSL_FLAG(std::string, dtype, "",
          "comma-separated dtypes (float32, float64, int32, int64) or 'all' (default: float32; "
          "all for suite)");
ABSL_FLAG(int, threads, 1,
          "threads of an extra threaded column (1: single-threaded only; 0: the library default)");
ABSL_FLAG(std::string, isa, "", "cap our kernels at this ISA (scalar, sse2, avx2, ...)");
ABSL_FLAG(int, repetitions, 0, "interleaved rounds per side (default 10; 5 suite; 3 quick)");
ABSL_FLAG(double, round_ms, 0, "target length of one round (default 20; 10 suite; 1 quick)");
ABSL_FLAG(double, warmup_ms, 200, "every side runs this long before the first case is timed");
ABSL_FLAG(bool, quick, false, "a small subset of the suite with short rounds (a smoke run)");
ABSL_FLAG(std::string, out, "",
          "JSON record path, or a directory to write <time>_<target>.json into (default: "
          "bench/results in the workspace)");
ABSL_FLAG(bool, chart, true, "also write a PNG chart beside the JSON record (matplotlib)");
ABSL_FLAG(bool, numpy, true, "time NumPy alongside (false: our numbers only)");
ABSL_FLAG(std::string, python, "/usr/bin/python3", "the Python with NumPy");

namespace raptors_bench {
namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? "" : v;
}

bool Exists(const std::string& path) { return access(path.c_str(), F_OK) == 0; }

// A data file of //bench (numpy_worker.py, chart.py): beside the binary's runfiles under
// bazel run and bazel test, or in the source tree for a hand-built binary.
std::string FindBenchFile(const std::string& name, const char* argv0) {
  std::vector<std::string> candidates = {absl::StrCat("bench/", name)};
  for (const std::string& root : {Env("RUNFILES_DIR"), absl::StrCat(argv0, ".runfiles")}) {
    if (!root.empty()) candidates.push_back(absl::StrCat(root, "/raptors_kernels/bench/", name));
  }
  const std::string self = argv0;
  const size_t slash = self.rfind('/');
  if (slash != std::string::npos) candidates.push_back(self.substr(0, slash + 1) + name);
  for (const std::string& c : candidates) {
    if (Exists(c)) return c;
  }
  return candidates.front();
}

// Relative paths the user types are relative to where they ran `bazel run`.
std::string UserPath(const std::string& path) {
  const std::string cwd = Env("BUILD_WORKING_DIRECTORY");
  if (path.empty() || path[0] == '/' || cwd.empty()) return path;
  return absl::StrCat(cwd, "/", path);
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// <dir>/<time>_<label>.json; without a dir, the workspace's bench/results under bazel run.
std::string DefaultOutPath(std::string dir, const std::string& label) {
  const std::string stamp = absl::FormatTime("%Y%m%dT%H%M%S", absl::Now(), absl::LocalTimeZone());
  if (dir.empty()) {
    if (const std::string ws = Env("BUILD_WORKSPACE_DIRECTORY"); !ws.empty()) {
      dir = ws + "/bench/results";
    } else if (const std::string t = Env("TEST_UNDECLARED_OUTPUTS_DIR"); !t.empty()) {
      dir = t;
    } else {
      dir = Exists("bench/results") ? "bench/results" : ".";
    }
  }
  return absl::StrCat(dir, "/", stamp, "_", label, ".json");
}

std::string MakeScratchDir() {
  std::string base = Exists("/dev/shm") && access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "";
  if (base.empty()) base = Env("TMPDIR").empty() ? "/tmp" : Env("TMPDIR");
  std::string templ = base + "/raptors_bench.XXXXXX";
  if (mkdtemp(templ.data()) == nullptr) return "/tmp";
  return templ;
}

int RunChart(const std::string& python, const std::string& script, const std::string& json,
             const std::string& png) {
  char* argv[] = {const_cast<char*>(python.c_str()), const_cast<char*>(script.c_str()),
                  const_cast<char*>(json.c_str()), const_cast<char*>(png.c_str()), nullptr};
  pid_t pid = -1;
  if (posix_spawn(&pid, python.c_str(), nullptr, nullptr, argv, environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int Main(int argc, char** argv) {
  const std::string target = RAPTORS_BENCH_STR(RAPTORS_BENCH_TARGET);
  std::vector<std::string> all_args(argv, argv + argc);
  // Google Benchmark takes its --benchmark_* flags out of argv first; Abseil parses the rest.
  benchmark::Initialize(&argc, argv);
  absl::SetProgramUsageMessage(absl::StrCat(
      "raptors vs NumPy benchmark (", target, "). Also accepts Google Benchmark's flags."));
  absl::ParseCommandLine(argc, argv);

  const bool suite = target == "suite";
  const bool quick = absl::GetFlag(FLAGS_quick);
  std::string ops_text = absl::GetFlag(FLAGS_ops);
  if (ops_text.empty()) ops_text = suite ? "all" : target;
  std::string shape_text = absl::GetFlag(FLAGS_shape);
  if (shape_text.empty()) shape_text = quick ? "" : suite ? "suite" : "2048x2048";
  std::string dtype_text = absl::GetFlag(FLAGS_dtype);
  if (dtype_text.empty()) dtype_text = quick ? "float32,int64" : suite ? "all" : "float32";

  absl::StatusOr<std::vector<Op>> ops = ParseOps(ops_text);
  absl::StatusOr<std::vector<Shape>> shapes =
      shape_text.empty() ? absl::StatusOr<std::vector<Shape>>(QuickShapes())
                         : ParseShapes(shape_text);
  absl::StatusOr<std::vector<raptors::DType>> dtypes = ParseDTypes(dtype_text);
  for (const absl::Status& s : {ops.status(), shapes.status(), dtypes.status()}) {
    if (!s.ok()) {
      std::fprintf(stderr, "error: %s\n", std::string(s.message()).c_str());
      return 2;
    }
  }

  RunnerOptions options;
  options.threads = absl::GetFlag(FLAGS_threads);
  if (options.threads < 0) {
    std::fprintf(stderr, "error: --threads must be >= 0\n");
    return 2;
  }
  if (options.threads == 0) options.threads = raptors::DefaultThreads();  // as Options does
  if (const std::string isa = absl::GetFlag(FLAGS_isa); !isa.empty()) {
    absl::StatusOr<raptors::Isa> parsed = raptors::ParseIsa(isa);
    if (!parsed.ok()) {
      std::fprintf(stderr, "error: %s\n", std::string(parsed.status().message()).c_str());
      return 2;
    }
    const std::vector<raptors::Isa> supported = raptors::SupportedIsas();
    if (std::find(supported.begin(), supported.end(), *parsed) == supported.end()) {
      std::fprintf(stderr, "error: this CPU cannot run --isa=%s\n", isa.c_str());
      return 2;
    }
    options.isa = *parsed;
  }
  options.repetitions = absl::GetFlag(FLAGS_repetitions);
  if (options.repetitions <= 0) options.repetitions = quick ? 3 : suite ? 5 : 10;
  double round_ms = absl::GetFlag(FLAGS_round_ms);
  if (round_ms <= 0) round_ms = quick ? 1 : suite ? 10 : 20;
  options.round_seconds = round_ms * 1e-3;
  options.warmup_seconds = std::max(0.0, absl::GetFlag(FLAGS_warmup_ms)) * 1e-3;
  options.scratch_dir = MakeScratchDir();

  std::vector<CaseSpec> cases = ExpandCases(*ops, *shapes, *dtypes);
  const std::string filter = benchmark::GetBenchmarkFilter();
  if (!filter.empty() && filter != "." && filter != "all") {
    const std::regex re(filter);
    std::vector<CaseSpec> kept;
    for (const CaseSpec& c : cases) {
      if (std::regex_search(CaseName(c), re)) kept.push_back(c);
    }
    cases.swap(kept);
  }
  if (cases.empty()) {
    std::fprintf(stderr, "error: no cases to run (check --ops, --shape and --benchmark_filter)\n");
    return 2;
  }

  NumpyClient numpy;
  if (absl::GetFlag(FLAGS_numpy)) {
    numpy.Start(absl::GetFlag(FLAGS_python), FindBenchFile("numpy_worker.py", argv[0]));
    if (!numpy.available()) {
      std::fprintf(stderr, "NOTE: NumPy unavailable (%s); printing our numbers only.\n",
                   numpy.unavailable_reason().c_str());
    }
  }

  RunInfo info;
  info.target = quick ? absl::StrCat(target, " --quick") : target;
  info.executable = argv[0];
  info.command_line = absl::StrJoin(all_args, " ");
  FillMachineInfo(Env("BUILD_WORKSPACE_DIRECTORY").empty() ? "." : Env("BUILD_WORKSPACE_DIRECTORY"),
                  info);
  // A bundle (tools/bundle) runs outside the checkout it was built from and names that build's
  // commit in COMMIT beside its binaries ("<sha>" or "<sha> dirty").
  const std::string self = argv[0];
  const size_t slash = self.rfind('/');
  if (slash != std::string::npos && Exists(self.substr(0, slash + 1) + "COMMIT")) {
    std::ifstream commit_file(self.substr(0, slash + 1) + "COMMIT");
    std::string sha, dirty;
    commit_file >> sha >> dirty;
    info.git_commit = sha;
    info.git_dirty = dirty == "dirty";
  }
  info.isa = std::string(raptors::IsaName(options.isa.value_or(raptors::ActiveIsa())));
  info.elementwise_bits =
      raptors::ElementwiseVectorBits(options.isa.value_or(raptors::ActiveIsa()));
  info.threads = options.threads;
  info.repetitions = options.repetitions;
  info.round_ms = round_ms;
  info.read_kernel = std::string(ReadKernelName());
  info.numpy_json = numpy.available() ? numpy.info_json() : "";
  info.numpy_unavailable =
      numpy.available() ? "" : absl::GetFlag(FLAGS_numpy) ? numpy.unavailable_reason()
                                                          : "disabled with --nonumpy";

  std::fprintf(stderr, "%zu cases, %d interleaved rounds of ~%g ms per side\n", cases.size(),
               options.repetitions, round_ms);
  Runner runner(options, &numpy);
  const std::vector<CaseResult> results = runner.RunAll(cases);
  rmdir(options.scratch_dir.c_str());

  std::fputs(FormatTable(info, results).c_str(), stdout);

  const std::string label = quick ? target + "_quick" : target;
  std::string out = UserPath(absl::GetFlag(FLAGS_out));
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  if (out.empty()) {
    out = DefaultOutPath("", label);
  } else if (IsDirectory(out)) {
    out = DefaultOutPath(out, label);
  }
  {
    std::ofstream f(out);
    f << RecordJson(info, results, runner.gb_runs());
    if (!f.good()) {
      std::fprintf(stderr, "error: cannot write %s\n", out.c_str());
      return 1;
    }
  }
  std::printf("record: %s\n", out.c_str());
  if (absl::GetFlag(FLAGS_chart)) {
    std::string png = out;
    if (absl::EndsWith(png, ".json")) png.resize(png.size() - 5);
    png += ".png";
    const int rc = RunChart(absl::GetFlag(FLAGS_python), FindBenchFile("chart.py", argv[0]), out,
                            png);
    if (rc == 0 && Exists(png)) {
      std::printf("chart:  %s\n", png.c_str());
    } else if (rc != 0) {
      std::printf("chart:  not written (chart.py exited with %d)\n", rc);
    }
  }

  int failed = 0;
  for (const CaseResult& r : results) failed += r.error.empty() ? 0 : 1;
  if (failed > 0) {
    std::fprintf(stderr, "\n*** %d of %zu cases FAILED:\n", failed, results.size());
    for (const CaseResult& r : results) {
      if (!r.error.empty()) std::fprintf(stderr, "***   %s: %s\n", r.name.c_str(), r.error.c_str());
    }
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace raptors_bench

int main(int argc, char** argv) { return raptors_bench::Main(argc, argv); }
