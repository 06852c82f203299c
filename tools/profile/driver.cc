// Profiling driver: runs one raptors op N times on a deterministic matrix.
//
// The profiler runs this binary under valgrind (callgrind/cachegrind) or `perf stat`, and
// disassembles it (also its aarch64 cross build) to find the kernel's hot loop. It does no
// timing of its own: timing belongs to the bench harness. The data formula is mirrored by
// numpy_driver.py so both sides reduce the same values.
//
//   driver --op=mean_axis0 --shape=2048x2048 --dtype=float32 --iters=4 [--isa=avx2] [--threads=1]
//
// It prints one JSON line on stdout: the ISA that ran, the thread count and a checksum (so the
// work cannot be optimised away and a wrong build is visible).

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "kernels/raptors.h"

namespace {

struct Args {
  std::string op = "mean_axis0";
  int64_t rows = 2048;
  int64_t cols = 2048;
  std::string dtype = "float32";
  int iters = 4;
  std::string isa;
  int threads = 1;  // NumPy is single-threaded; profile like for like unless asked
};

bool Flag(const char* arg, const char* name, std::string* value) {
  const size_t n = std::strlen(name);
  if (std::strncmp(arg, name, n) != 0 || arg[n] != '=') return false;
  *value = arg + n + 1;
  return true;
}

bool ParseArgs(int argc, char** argv, Args* args) {
  for (int i = 1; i < argc; ++i) {
    std::string v;
    if (Flag(argv[i], "--op", &v)) {
      args->op = v;
    } else if (Flag(argv[i], "--shape", &v)) {
      long long r = 0, c = 0;
      if (std::sscanf(v.c_str(), "%lldx%lld", &r, &c) != 2 || r < 0 || c < 0) return false;
      args->rows = r;
      args->cols = c;
    } else if (Flag(argv[i], "--dtype", &v)) {
      args->dtype = v;
    } else if (Flag(argv[i], "--iters", &v)) {
      args->iters = std::atoi(v.c_str());
    } else if (Flag(argv[i], "--isa", &v)) {
      args->isa = v;
    } else if (Flag(argv[i], "--threads", &v)) {
      args->threads = std::atoi(v.c_str());
    } else {
      std::fprintf(stderr, "unknown argument: %s\n", argv[i]);
      return false;
    }
  }
  return args->iters > 0;
}

// Same formula as numpy_driver.py: small values with an exact float representation, so
// integer and float runs reduce comparable data. A mask, not a modulo: the setup runs under
// valgrind too, and an integer division per element would dominate the profile's setup cost.
double Value(int64_t i) { return static_cast<double>(((i * 7919) & 2047) - 1024) / 8.0; }

// One dtype-erased buffer.
struct Buffer {
  std::vector<unsigned char> bytes;
  raptors::DType dtype;
  void* data() { return bytes.data(); }
};

Buffer MakeBuffer(raptors::DType dtype, int64_t n, bool fill) {
  Buffer b{std::vector<unsigned char>(static_cast<size_t>(n) * raptors::DTypeSize(dtype)), dtype};
  if (!fill) return b;
  for (int64_t i = 0; i < n; ++i) {
    const double v = Value(i);
    switch (dtype) {
      case raptors::DType::kFloat32: reinterpret_cast<float*>(b.data())[i] = static_cast<float>(v); break;
      case raptors::DType::kFloat64: reinterpret_cast<double*>(b.data())[i] = v; break;
      case raptors::DType::kInt32: reinterpret_cast<int32_t*>(b.data())[i] = static_cast<int32_t>(v * 8); break;
      case raptors::DType::kInt64: reinterpret_cast<int64_t*>(b.data())[i] = static_cast<int64_t>(v * 8); break;
    }
  }
  return b;
}

raptors::ArrayView View(Buffer& b, int64_t rows, int64_t cols) {
  return raptors::ArrayView{b.data(), b.dtype, rows, cols, cols, 1};
}
raptors::MutableArrayView MutView(Buffer& b, int64_t rows, int64_t cols) {
  return raptors::MutableArrayView{b.data(), b.dtype, rows, cols, cols, 1};
}
raptors::MutableVectorView MutVec(Buffer& b, int64_t n) {
  return raptors::MutableVectorView{b.data(), b.dtype, n, 1};
}

struct Workload {
  Args args;
  raptors::Options options;
  Buffer a, b, row, col, out;
  double checksum = 0;
};

bool AxisOp(const std::string& op, raptors::ReduceOp* reduce, int* axis) {
  static const struct { const char* name; raptors::ReduceOp op; int axis; } kTable[] = {
      {"sum_axis0", raptors::ReduceOp::kSum, 0},  {"sum_axis1", raptors::ReduceOp::kSum, 1},
      {"mean_axis0", raptors::ReduceOp::kMean, 0}, {"mean_axis1", raptors::ReduceOp::kMean, 1},
      {"min_axis0", raptors::ReduceOp::kMin, 0},  {"min_axis1", raptors::ReduceOp::kMin, 1},
      {"max_axis0", raptors::ReduceOp::kMax, 0},  {"max_axis1", raptors::ReduceOp::kMax, 1},
  };
  for (const auto& e : kTable) {
    if (op == e.name) {
      *reduce = e.op;
      *axis = e.axis;
      return true;
    }
  }
  return false;
}

// Kept out of line so profiles and disassembly show one clear frame around the kernel call.
__attribute__((noinline)) absl::Status RunOnce(Workload& w) {
  const int64_t r = w.args.rows, c = w.args.cols;
  const raptors::ArrayView in = View(w.a, r, c);
  raptors::ReduceOp reduce;
  int axis;
  if (AxisOp(w.args.op, &reduce, &axis)) {
    return raptors::ReduceAxis(reduce, in, axis, MutVec(w.out, axis == 0 ? c : r), w.options);
  }
  if (w.args.op == "sum" || w.args.op == "mean") {
    auto s = w.args.op == "sum" ? raptors::Sum(in, w.options) : raptors::Mean(in, w.options);
    if (!s.ok()) return s.status();
    w.checksum += s->f + static_cast<double>(s->i);
    return absl::OkStatus();
  }
  if (w.args.op == "add") return raptors::Add(in, View(w.b, r, c), MutView(w.out, r, c), w.options);
  if (w.args.op == "scale") return raptors::Scale(in, 0.5, MutView(w.out, r, c), w.options);
  if (w.args.op == "broadcast_add_row") {
    return raptors::AddRow(in, raptors::VectorView{w.row.data(), w.row.dtype, c, 1},
                           MutView(w.out, r, c), w.options);
  }
  if (w.args.op == "broadcast_add_col") {
    return raptors::AddColumn(in, raptors::VectorView{w.col.data(), w.col.dtype, r, 1},
                              MutView(w.out, r, c), w.options);
  }
  return absl::InvalidArgumentError("unknown op: " + w.args.op);
}

double Checksum(const Buffer& b) {
  double s = 0;
  const size_t n = b.bytes.size() / raptors::DTypeSize(b.dtype);
  for (size_t i = 0; i < n; ++i) {
    switch (b.dtype) {
      case raptors::DType::kFloat32: s += reinterpret_cast<const float*>(b.bytes.data())[i]; break;
      case raptors::DType::kFloat64: s += reinterpret_cast<const double*>(b.bytes.data())[i]; break;
      case raptors::DType::kInt32: s += reinterpret_cast<const int32_t*>(b.bytes.data())[i]; break;
      case raptors::DType::kInt64: s += static_cast<double>(reinterpret_cast<const int64_t*>(b.bytes.data())[i]); break;
    }
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  Workload w;
  if (!ParseArgs(argc, argv, &w.args)) {
    std::fprintf(stderr,
                 "usage: driver --op=OP --shape=RxC --dtype=DTYPE --iters=N [--isa=X] [--threads=N]\n");
    return 2;
  }
  auto dtype = raptors::ParseDType(w.args.dtype);
  if (!dtype.ok()) {
    std::fprintf(stderr, "%s\n", std::string(dtype.status().message()).c_str());
    return 2;
  }
  if (!w.args.isa.empty()) {
    auto isa = raptors::ParseIsa(w.args.isa);
    if (!isa.ok()) {
      std::fprintf(stderr, "%s\n", std::string(isa.status().message()).c_str());
      return 2;
    }
    w.options.isa = *isa;
  }
  w.options.threads = w.args.threads;
  const int64_t r = w.args.rows, c = w.args.cols;
  w.a = MakeBuffer(*dtype, r * c, true);
  // Only what the op reads is filled, so setup stays small next to the work being profiled.
  w.b = MakeBuffer(*dtype, w.args.op == "add" ? r * c : 0, true);
  w.row = MakeBuffer(*dtype, c, true);
  w.col = MakeBuffer(*dtype, r, true);
  raptors::ReduceOp reduce = raptors::ReduceOp::kSum;
  int axis = 0;
  const bool is_axis = AxisOp(w.args.op, &reduce, &axis);
  const int64_t out_n = is_axis ? (axis == 0 ? c : r) : r * c;
  w.out = MakeBuffer(is_axis ? raptors::ReduceResultDType(reduce, *dtype) : *dtype, out_n, false);

  for (int i = 0; i < w.args.iters; ++i) {
    const absl::Status s = RunOnce(w);
    if (!s.ok()) {
      std::fprintf(stderr, "%s failed: %s\n", w.args.op.c_str(), std::string(s.message()).c_str());
      return 1;
    }
  }
  if (!w.out.bytes.empty()) w.checksum += Checksum(w.out);
  const raptors::Isa active = w.options.isa ? *w.options.isa : raptors::ActiveIsa();
  std::printf("{\"isa\": \"%s\", \"threads\": %d, \"iters\": %d, \"checksum\": %.17g}\n",
              std::string(raptors::IsaName(active)).c_str(),
              w.args.threads > 0 ? w.args.threads : raptors::DefaultThreads(), w.args.iters,
              w.checksum);
  return 0;
}
