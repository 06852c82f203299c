// Where intra-op threads start to pay: times a few representative float32 ops with 1 thread and
// with N threads at sizes 2^12 .. 2^22 elements and prints, per op, the smallest size from which
// N threads win at every larger size measured. kMinParallelElements (kernels/internal/parallel.h)
// is set from this. Run:  bazel run -c opt //bench:thread_crossover [-- --rounds=41 --threads=N]
//
// The dev machines are shared 2-core VMs, so the two thread counts are measured in the same
// round, back to back, in alternating order, over many short rounds; medians decide. The
// threshold is bypassed (RAPTORS_PARALLEL_MIN=0, set before the first call) so that N threads
// really run at every size; the 1-thread timings are unaffected by it.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "kernels/raptors.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Shape {
  int64_t rows, cols;
  int64_t n() const { return rows * cols; }
};

// Powers of two and the 1.5x steps between them, C order, square-ish (rows <= cols <= 3 rows).
std::vector<Shape> Shapes(int lo, int hi) {
  std::vector<Shape> s;
  for (int k = lo; k <= hi; ++k) {
    const int64_t r = int64_t{1} << (k / 2);
    s.push_back({r, (int64_t{1} << k) / r});
    if (k < hi) s.push_back({r, 3 * ((int64_t{1} << k) / r) / 2});
  }
  return s;
}

enum class Op { kSum, kSumAxis0, kSumAxis1, kAdd };
const char* OpName(Op op) {
  switch (op) {
    case Op::kSum: return "sum";
    case Op::kSumAxis0: return "sum_axis0";
    case Op::kSumAxis1: return "sum_axis1";
    case Op::kAdd: return "add";
  }
  return "?";
}

struct Buffers {
  std::vector<float> a, b, out;
};

bool Call(Op op, const Shape& s, Buffers& buf, int threads) {
  raptors::Options o;
  o.threads = threads;
  const raptors::ArrayView a = raptors::MatrixView(buf.a.data(), s.rows, s.cols);
  switch (op) {
    case Op::kSum: return raptors::Sum(a, o).ok();
    case Op::kSumAxis0:
      return raptors::ReduceAxis(raptors::ReduceOp::kSum, a, 0,
                                 raptors::MutableVector(buf.out.data(), s.cols), o)
          .ok();
    case Op::kSumAxis1:
      return raptors::ReduceAxis(raptors::ReduceOp::kSum, a, 1,
                                 raptors::MutableVector(buf.out.data(), s.rows), o)
          .ok();
    case Op::kAdd:
      return raptors::Add(a, raptors::MatrixView(buf.b.data(), s.rows, s.cols),
                          raptors::MutableMatrixView(buf.out.data(), s.rows, s.cols), o)
          .ok();
  }
  return false;
}

// Seconds per call, over `reps` calls.
double TimeCalls(Op op, const Shape& s, Buffers& buf, int threads, int reps) {
  const auto t0 = Clock::now();
  for (int i = 0; i < reps; ++i) {
    if (!Call(op, s, buf, threads)) {
      std::fprintf(stderr, "%s %lldx%lld failed\n", OpName(op), static_cast<long long>(s.rows),
                   static_cast<long long>(s.cols));
      std::exit(1);
    }
  }
  return std::chrono::duration<double>(Clock::now() - t0).count() / reps;
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t m = v.size() / 2;
  return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

struct Row {
  Shape shape;
  int reps = 1;
  std::vector<double> t1, tn;
};

// Sets *value from "--name=V" and returns true when `arg` is that flag.
template <typename T>
bool ParseFlag(const char* arg, const char* name, T* value) {
  const size_t len = std::strlen(name);
  if (std::strncmp(arg, name, len) != 0 || arg[len] != '=') return false;
  *value = static_cast<T>(std::atof(arg + len + 1));
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  // Must precede the first library call: the threshold is read once.
  setenv("RAPTORS_PARALLEL_MIN", "0", 1);
  int rounds = 41, threads = std::max(2, raptors::DefaultThreads()), lo = 12, hi = 22;
  double sample_us = 300;  // each sample repeats the call to last about this long
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    if (!ParseFlag(a, "--rounds", &rounds) && !ParseFlag(a, "--threads", &threads) &&
        !ParseFlag(a, "--min_log2", &lo) && !ParseFlag(a, "--max_log2", &hi) &&
        !ParseFlag(a, "--sample_us", &sample_us)) {
      std::fprintf(stderr,
                   "usage: %s [--rounds=41] [--threads=N>=2] [--min_log2=12] [--max_log2=22] "
                   "[--sample_us=300]\n",
                   argv[0]);
      return 2;
    }
  }
  if (raptors::MinParallelElements() != 0) {
    std::fprintf(stderr, "RAPTORS_PARALLEL_MIN=0 did not take effect\n");
    return 1;
  }
  threads = std::max(threads, 2);
  rounds = std::max(rounds, 1);
  lo = std::max(lo, 1);
  hi = std::min(std::max(hi, lo), 30);

  const std::vector<Shape> shapes = Shapes(lo, hi);
  const int64_t max_n = shapes.back().n();
  Buffers buf;
  buf.a.resize(max_n);
  buf.b.resize(max_n);
  buf.out.resize(max_n);
  for (int64_t i = 0; i < max_n; ++i) {
    buf.a[i] = static_cast<float>((i * 7919) % 1000) * 1e-3f;
    buf.b[i] = static_cast<float>((i * 104729) % 1000) * 1e-3f;
  }

  char date[64];
  const std::time_t now = std::time(nullptr);
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
  char load[128] = "?";
  if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (!std::fgets(load, sizeof load, f)) std::strcpy(load, "?");
    std::fclose(f);
    load[std::strcspn(load, "\n")] = '\0';
  }
  std::printf("thread_crossover: %s, loadavg %s, isa %s, 1 vs %d threads, %d rounds, float32 C "
              "order\n",
              date, load, std::string(raptors::IsaName(raptors::ActiveIsa())).c_str(), threads,
              rounds);

  const Op ops[] = {Op::kSum, Op::kSumAxis0, Op::kSumAxis1, Op::kAdd};
  std::vector<std::vector<Row>> table(4);
  // Calibrate repetitions on the 1-thread time (also warms the pool and the buffers).
  for (int o = 0; o < 4; ++o) {
    for (const Shape& s : shapes) {
      Row r;
      r.shape = s;
      TimeCalls(ops[o], s, buf, threads, 3);
      const double t = TimeCalls(ops[o], s, buf, 1, 3);
      r.reps = std::max(1, static_cast<int>(sample_us * 1e-6 / t));
      table[o].push_back(r);
    }
  }
  // Rounds outermost, so a burst of load from the VM's neighbours spreads over all sizes
  // instead of spoiling one; within a round the order of the two counts alternates.
  for (int round = 0; round < rounds; ++round) {
    for (int o = 0; o < 4; ++o) {
      for (Row& r : table[o]) {
        const bool n_first = round % 2 == 1;
        if (n_first) r.tn.push_back(TimeCalls(ops[o], r.shape, buf, threads, r.reps));
        r.t1.push_back(TimeCalls(ops[o], r.shape, buf, 1, r.reps));
        if (!n_first) r.tn.push_back(TimeCalls(ops[o], r.shape, buf, threads, r.reps));
      }
    }
  }

  int64_t worst = 0;
  std::string never;  // ops for which N threads did not win at the largest size
  for (int o = 0; o < 4; ++o) {
    std::printf("\n%s (float32)\n%10s %12s %14s %14s %8s\n", OpName(ops[o]), "elements", "shape",
                "1 thread us", "N threads us", "1/N");
    int64_t crossover = -1;  // smallest size from which N threads win at every larger size
    for (const Row& r : table[o]) {
      const double m1 = Median(r.t1) * 1e6, mn = Median(r.tn) * 1e6;
      char shape[32];
      std::snprintf(shape, sizeof shape, "%lldx%lld", static_cast<long long>(r.shape.rows),
                    static_cast<long long>(r.shape.cols));
      std::printf("%10lld %12s %14.2f %14.2f %8.2f\n", static_cast<long long>(r.shape.n()), shape,
                  m1, mn, m1 / mn);
      if (m1 / mn > 1.0) {
        if (crossover < 0) crossover = r.shape.n();
      } else {
        crossover = -1;
      }
    }
    if (crossover < 0) {
      std::printf("crossover %s: none up to %lld elements\n", OpName(ops[o]),
                  static_cast<long long>(max_n));
      never += std::string(" ") + OpName(ops[o]);
    } else {
      std::printf("crossover %s: %lld elements\n", OpName(ops[o]),
                  static_cast<long long>(crossover));
      worst = std::max(worst, crossover);
    }
  }
  // The threshold is compared as `elements < threshold`, so the power of two at or above the
  // largest crossover keeps every op on one thread until threads win for all of them.
  int64_t pow2 = 1;
  while (pow2 < worst) pow2 *= 2;
  if (worst > 0) {
    std::printf("\nlargest crossover: %lld elements -> threshold 2^%d = %lld\n",
                static_cast<long long>(worst), static_cast<int>(std::log2(pow2)),
                static_cast<long long>(pow2));
  }
  if (!never.empty()) {
    std::printf("threads never paid up to %lld elements for:%s (a threshold at or above the "
                "largest size measured)\n",
                static_cast<long long>(max_n), never.c_str());
  }
  return 0;
}
