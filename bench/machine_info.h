// Facts about the machine, build and checkout that a benchmark record must carry to be
// interpreted later: CPU model and caches, compiler, git commit, date.
#ifndef RAPTORS_BENCH_MACHINE_INFO_H_
#define RAPTORS_BENCH_MACHINE_INFO_H_

#include <string>

#include "bench/results.h"

namespace raptors_bench {

// Fills the machine, compiler and date fields of `info` (Google Benchmark's CPU and system
// information included). `workspace` is where to ask git for the commit; empty or not a git
// checkout leaves git_commit empty.
void FillMachineInfo(const std::string& workspace, RunInfo& info);

// "model name" from /proc/cpuinfo (x86) or the CPU part (aarch64); "unknown" otherwise.
std::string CpuModel();

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_MACHINE_INFO_H_
