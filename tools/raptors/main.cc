// The `raptors` command-line runner: one kernel on .npy files. See Usage() for the syntax.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "tools/raptors/command_line.h"
#include "tools/raptors/npy.h"
#include "tools/raptors/ops.h"

namespace {

int Fail(const absl::Status& status) {
  std::fprintf(stderr, "raptors: %s\n", std::string(status.message()).c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using raptors::cli::CommandLine;
  const std::vector<std::string> args(argv + 1, argv + argc);
  const char* cwd = std::getenv("BUILD_WORKING_DIRECTORY");
  absl::StatusOr<CommandLine> cl =
      raptors::cli::ParseCommandLine(args, cwd != nullptr ? cwd : "");
  if (!cl.ok()) {
    std::fprintf(stderr, "raptors: %s\nrun 'raptors --help' for usage\n",
                 std::string(cl.status().message()).c_str());
    return 2;
  }
  if (cl->help) {
    std::fputs(raptors::cli::Usage().c_str(), stdout);
    return 0;
  }
  std::vector<raptors::npy::NpyArray> inputs;
  for (const std::string& path : cl->inputs) {
    absl::StatusOr<raptors::npy::NpyArray> array = raptors::npy::ReadNpyFile(path);
    if (!array.ok()) return Fail(array.status());
    inputs.push_back(*std::move(array));
  }
  std::vector<const raptors::npy::NpyArray*> pointers;
  for (const auto& array : inputs) pointers.push_back(&array);
  absl::StatusOr<raptors::npy::NpyArray> result = raptors::cli::RunOp(cl->request, pointers);
  if (!result.ok()) return Fail(result.status());
  if (absl::Status s = raptors::npy::WriteNpyFile(cl->output, *result); !s.ok()) return Fail(s);
  return 0;
}
