// Command-line parsing for the `raptors` runner:
//   raptors <op> [--axis=N] [--factor=X] [--threads=N] [--isa=X] in.npy [in2.npy] out.npy
#ifndef RAPTORS_TOOLS_RAPTORS_COMMAND_LINE_H_
#define RAPTORS_TOOLS_RAPTORS_COMMAND_LINE_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "tools/raptors/ops.h"

namespace raptors {
namespace cli {

struct CommandLine {
  bool help = false;  // --help or -h anywhere: print usage, do nothing else
  OpRequest request;
  std::vector<std::string> inputs;
  std::string output;
};

// Parses argv[1..]. Paths that are relative are resolved against `working_directory` when it
// is not empty (`bazel run` starts the binary in its runfiles tree and passes the user's
// directory as BUILD_WORKING_DIRECTORY).
absl::StatusOr<CommandLine> ParseCommandLine(const std::vector<std::string>& args,
                                             const std::string& working_directory);

// The text `--help` prints.
std::string Usage();

}  // namespace cli
}  // namespace raptors

#endif  // RAPTORS_TOOLS_RAPTORS_COMMAND_LINE_H_
