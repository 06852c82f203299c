// Fixed cost of one public call on a tiny input, for instruction counting under valgrind:
//   valgrind --tool=callgrind bazel-bin/bench/call_overhead sum 1      # and ... sum 1001
// The difference of the two totals over 1000 is the instructions of one call. Timings of the
// same calls against NumPy come from `bazel run //bench:sum -- --shape=1x8`.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "kernels/raptors.h"

namespace {

bool RunOnce(const char* op, const float* a, float* out) {
  const raptors::ArrayView in = raptors::MatrixView(a, 1, 8);
  if (std::strcmp(op, "sum") == 0) return raptors::Sum(in).ok();
  if (std::strcmp(op, "mean") == 0) return raptors::Mean(in).ok();
  if (std::strcmp(op, "max") == 0) return raptors::Reduce(raptors::ReduceOp::kMax, in).ok();
  if (std::strcmp(op, "sum_axis1") == 0) {
    return raptors::ReduceAxis(raptors::ReduceOp::kSum, in, 1, raptors::MutableVector(out, 1))
        .ok();
  }
  if (std::strcmp(op, "add") == 0) {
    return raptors::Add(in, in, raptors::MutableMatrixView(out, 1, 8)).ok();
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s sum|mean|max|sum_axis1|add CALLS\n", argv[0]);
    return 2;
  }
  const long calls = std::atol(argv[2]);
  alignas(64) float a[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  alignas(64) float out[8] = {};
  for (long i = 0; i < calls; ++i) {
    if (!RunOnce(argv[1], a, out)) {
      std::fprintf(stderr, "call failed: %s\n", argv[1]);
      return 1;
    }
  }
  return 0;
}
