#include "bench/machine_info.h"

#include <cstdio>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "benchmark/benchmark.h"
#include "kernels/raptors.h"

namespace raptors_bench {
namespace {

// First line of a shell command's output; empty if it fails.
std::string FirstLineOf(const std::string& command) {
  std::FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return "";
  char line[512] = {0};
  std::string out;
  if (std::fgets(line, sizeof(line), p) != nullptr) out = line;
  const int rc = pclose(p);
  if (rc != 0) return "";
  return std::string(absl::StripTrailingAsciiWhitespace(out));
}

std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

}  // namespace

std::string CpuModel() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  std::string part;
  while (std::getline(in, line)) {
    std::vector<std::string> kv = absl::StrSplit(line, absl::MaxSplits(':', 1));
    if (kv.size() != 2) continue;
    const absl::string_view key = absl::StripAsciiWhitespace(kv[0]);
    const absl::string_view value = absl::StripAsciiWhitespace(kv[1]);
    if (key == "model name") return std::string(value);
    if (key == "CPU part" && part.empty()) part = absl::StrCat("ARM CPU part ", value);
  }
  return part.empty() ? "unknown" : part;
}

void FillMachineInfo(const std::string& workspace, RunInfo& info) {
  const benchmark::CPUInfo& cpu = benchmark::CPUInfo::Get();
  info.date = absl::FormatTime("%Y-%m-%dT%H:%M:%S%Ez", absl::Now(), absl::LocalTimeZone());
  info.host_name = benchmark::SystemInfo::Get().name;
  info.num_cpus = cpu.num_cpus;
  info.mhz_per_cpu = cpu.cycles_per_second / 1e6;
  info.cpu_scaling = cpu.scaling == benchmark::CPUInfo::ENABLED    ? "enabled"
                     : cpu.scaling == benchmark::CPUInfo::DISABLED ? "disabled"
                                                                   : "unknown";
  for (const auto& c : cpu.caches) {
    info.caches.push_back(CacheEntry{c.type, c.level, c.size, c.num_sharing});
  }
  info.load_avg = cpu.load_avg;
  info.cpu_model = CpuModel();
#if defined(__clang__)
  info.compiler = absl::StrCat("clang ", __clang_version__);
#elif defined(__GNUC__)
  info.compiler = absl::StrCat("gcc ", __VERSION__);
#else
  info.compiler = "unknown";
#endif
#if defined(__OPTIMIZE__)
  info.build = "optimized build";
#else
  info.build = "UNOPTIMIZED build (use bazel run -c opt)";
#endif
  for (raptors::Isa isa : raptors::SupportedIsas()) {
    info.supported_isas.emplace_back(raptors::IsaName(isa));
  }
  if (!workspace.empty()) {
    const std::string git = absl::StrCat("git -C ", ShellQuote(workspace), " ");
    info.git_commit = FirstLineOf(git + "rev-parse HEAD 2>/dev/null");
    if (!info.git_commit.empty()) {
      info.git_dirty =
          !FirstLineOf(git + "status --porcelain --untracked-files=no 2>/dev/null").empty();
    }
  }
}

}  // namespace raptors_bench
