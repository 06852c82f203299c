#include "tools/raptors/command_line.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "kernels/raptors.h"

namespace raptors {
namespace cli {
namespace {

std::string Resolve(const std::string& path, const std::string& working_directory) {
  if (working_directory.empty() || absl::StartsWith(path, "/")) return path;
  return absl::StrCat(working_directory, "/", path);
}

absl::Status ApplyFlag(absl::string_view name, absl::string_view value, bool has_value,
                       CommandLine& cl) {
  if (!has_value) {
    return absl::InvalidArgumentError(absl::StrCat("--", name, " needs a value: --", name, "=X"));
  }
  if (name == "axis") {
    int axis = 0;
    if (!absl::SimpleAtoi(value, &axis)) {
      return absl::InvalidArgumentError(absl::StrCat("--axis=", value, " is not an integer"));
    }
    cl.request.axis = axis;
  } else if (name == "threads") {
    int threads = 0;
    if (!absl::SimpleAtoi(value, &threads) || threads < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("--threads=", value, " is not a non-negative integer (0: default)"));
    }
    cl.request.options.threads = threads;
  } else if (name == "isa") {
    absl::StatusOr<Isa> isa = ParseIsa(value);
    if (!isa.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--isa=", value, " is not an ISA (scalar, sse2, avx2, avx512, neon, sve)"));
    }
    cl.request.options.isa = *isa;
  } else if (name == "factor") {
    if (value.empty()) return absl::InvalidArgumentError("--factor needs a number");
    cl.request.factor = std::string(value);
  } else {
    return absl::InvalidArgumentError(absl::StrCat("unknown flag --", name));
  }
  return absl::OkStatus();
}

}  // namespace

std::string Usage() {
  return absl::StrCat(
      "usage: raptors <op> [flags] in.npy [in2.npy] out.npy\n"
      "\n"
      "Runs one Raptors kernel on NumPy .npy files (versions 1.0-3.0; little-endian float32,\n"
      "float64, int32, int64; C or Fortran order) and writes the result as .npy with NumPy's\n"
      "result dtype and shape.\n"
      "\n"
      "ops:\n"
      "  sum, mean, min, max   in.npy out.npy: all elements (0-d result), or --axis=N of an\n"
      "                        N-d array (negative N counts from the end)\n"
      "  add                   a.npy b.npy out.npy: a + b (same shape and dtype)\n"
      "  scale                 --factor=X in.npy out.npy: in * X; as in NumPy, \"2\" is an int\n"
      "                        and \"2.0\" a float (an int array times a float gives float64)\n"
      "  add_row               a.npy row.npy out.npy: a + row, row of shape (cols,) or (1, cols)\n"
      "  add_col               a.npy col.npy out.npy: a + col, col of shape (rows,) or (rows, 1)\n"
      "\n"
      "flags:\n"
      "  --axis=N      reduce along axis N instead of over all elements\n"
      "  --factor=X    the scale factor (scale only)\n"
      "  --threads=N   threads for this call (0: RAPTORS_THREADS, else the number of cores)\n"
      "  --isa=X       run at most this ISA: scalar, sse2, avx2, avx512, neon, sve\n"
      "  --help        print this text\n"
      "\n"
      "Relative paths are taken from the directory `bazel run` was started in.\n"
      "Exit status: 0 on success, 1 when an input or the op fails, 2 for a usage error.\n");
}

absl::StatusOr<CommandLine> ParseCommandLine(const std::vector<std::string>& args,
                                             const std::string& working_directory) {
  CommandLine cl;
  std::vector<std::string> positional;
  bool flags_done = false;
  for (const std::string& arg : args) {
    if (!flags_done && (arg == "--help" || arg == "-h")) {
      cl.help = true;
      return cl;
    }
    if (!flags_done && arg == "--") {
      flags_done = true;
      continue;
    }
    if (!flags_done && absl::StartsWith(arg, "-") && arg.size() > 1) {
      absl::string_view flag = arg;
      flag.remove_prefix(absl::StartsWith(flag, "--") ? 2 : 1);
      const size_t eq = flag.find('=');
      const absl::string_view name = flag.substr(0, eq);
      const absl::string_view value =
          eq == absl::string_view::npos ? absl::string_view() : flag.substr(eq + 1);
      if (absl::Status s = ApplyFlag(name, value, eq != absl::string_view::npos, cl); !s.ok()) {
        return s;
      }
      continue;
    }
    positional.push_back(arg);
  }
  if (positional.empty()) return absl::InvalidArgumentError("no op given");
  cl.request.op = positional[0];
  absl::StatusOr<int> inputs = InputCount(cl.request.op);
  if (!inputs.ok()) return inputs.status();
  const size_t want = static_cast<size_t>(*inputs) + 1;
  if (positional.size() - 1 != want) {
    return absl::InvalidArgumentError(absl::StrCat(
        cl.request.op, " takes ", *inputs == 1 ? "in.npy out.npy" : "a.npy b.npy out.npy",
        "; got ", positional.size() - 1, " path", positional.size() == 2 ? "" : "s"));
  }
  for (size_t i = 1; i + 1 < positional.size(); ++i) {
    cl.inputs.push_back(Resolve(positional[i], working_directory));
  }
  cl.output = Resolve(positional.back(), working_directory);
  return cl;
}

}  // namespace cli
}  // namespace raptors
