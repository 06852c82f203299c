// Reductions: Reduce / Sum / Mean, ReduceAxis and ReduceAxisNd. Validation, dtype handling and
// the fixed task split live here; the arithmetic is in the per-ISA kernels.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <type_traits>

#include "absl/base/attributes.h"
#include "absl/strings/str_cat.h"
#include "kernels/internal/dispatch.h"
#include "kernels/internal/kernel_table.h"
#include "kernels/internal/parallel.h"
#include "kernels/internal/summation_order.h"
#include "kernels/internal/thread_pool.h"
#include "kernels/internal/validate.h"
#include "kernels/raptors.h"

namespace raptors {
namespace {

using internal::KernelTable;
using internal::Span;
using internal::Strided;

constexpr int64_t kMaxStrip = 4096;         // widest axis-0 strip a kernel accepts
constexpr int64_t kRowsPerTask = 256;       // axis-1 output rows per task
constexpr int64_t kAcrossTaskRows = 2048;   // rows per task of transposed views (axis 1, all)
constexpr int64_t kTasksPerRound = 256;     // all-element partials kept at once
// Axis-0 sums split by rows too (SumAxis0Split): a thread's column strip must give it at least
// kMinRunBytes per row, the length from which rows stream well (narrower strips read short runs
// at a large stride, which the hardware prefetchers follow badly: float32 2048x2048 in 128-column
// strips took 0.14-0.23 ms on 16 threads of a Xeon, where its all-element sum took 0.09 ms).
constexpr int64_t kMinRunBytes = 1024;
constexpr int64_t kSuperRows = internal::kRowBlock * internal::kBlocksPerSuper;  // 512
constexpr int64_t kSplitMaxCols = 2048;  // widest view split by rows (its accumulators)
constexpr int64_t kSplitValues = 8192;   // superblock partials held per round (64 KiB)

bool IsInt(DType d) { return d == DType::kInt32 || d == DType::kInt64; }

// Column strip of the axis-0 kernels for one thread. Within the caches, half of L1 of float64
// accumulators (axis_strip) keeps the accumulator strip in L1 between 8-row passes. Views past
// the last-level cache (stream_bytes) come from memory, where longer row runs pay more than an
// L1-resident accumulator: they take the widest strip. Zen 4, medians of 6 interleaved runs,
// 2048 -> 4096 columns: 4096x4096 axis 0 of every op and dtype 1-13% faster (float32 sum 2.98 ->
// 2.71 ms, int64 min 6.5 -> 6.0 ms), 16x1048576 float32 sum 4.5 -> 3.8 ms; in-cache views lost
// (float32 1024x4096 sum 0.35 -> 0.39 ms).
int64_t AxisStrip(const Strided& in, DType dt) {
  const internal::Dispatch& d = internal::GetDispatch();
  const int64_t bytes = in.rows * in.cols * static_cast<int64_t>(DTypeSize(dt));
  return bytes > d.stream_bytes ? kMaxStrip : d.axis_strip;
}
int Dt(DType d) { return static_cast<int>(d); }

// A view whose elements form one contiguous run in C order (rows back to back), seen as one
// column of rows*cols one-element rows: the same sequence and flattening, which tasks that split
// rows (min/max, integer sums) can then cut anywhere. A 1-D array is otherwise one task.
bool Flat(const Strided& v) { return v.cs == 1 && (v.rows == 1 || v.rs == v.cols); }
Strided AsColumn(const Strided& v) { return {v.data, v.rows * v.cols, 1, 1, 1}; }
// The same elements with the closer axis last (a transposed view becomes its base): what
// integer sums and min/max of every element read, as their results do not depend on the order.
// int32 sums, Zen 4, medians of 3 interleaved runs: 100000x7:F 0.55 -> 0.06 ms, 1000000x2:F
// 3.0 -> 0.18 ms (the view's 7 or 2 rows had been read one at a time, element by element).
Strided MemoryOrder(const Strided& v) {
  if (v.rs != 0 && std::abs(v.rs) < std::abs(v.cs)) return {v.data, v.cols, v.rows, v.cs, v.rs};
  return v;
}

// Copies n results of type E into out[first ..]: one block copy when the output is contiguous,
// else a typed strided loop (never a per-element copy call of run-time size).
template <class E>
void WriteTyped(const E* v, int64_t n, const MutableVectorView& out, int64_t first) {
  E* o = static_cast<E*>(out.data);
  if (out.stride == 1) {
    std::memcpy(o + first, v, static_cast<size_t>(n) * sizeof(E));
  } else {
    for (int64_t k = 0; k < n; ++k) o[(first + k) * out.stride] = v[k];
  }
}

// Writes sums (or means over `len` elements) in float64 into out[first + k] as out.dtype.
// Means go to the ISA's kernel (the division vectorized there, same bits as v[k] / len).
void WriteSums(const KernelTable* kt, bool mean, int64_t len, const double* v, int64_t n,
               const MutableVectorView& out, int64_t first) {
  const bool f32 = out.dtype == DType::kFloat32;
  if (mean && len > 0) {
    char* o = static_cast<char*>(out.data) +
              first * out.stride * static_cast<int64_t>(f32 ? sizeof(float) : sizeof(double));
    kt->means[f32 ? 0 : 1](v, n, len, o, out.stride);
    return;
  }
  if (!mean && !f32) {  // float64 sums as they are: a block copy where contiguous
    WriteTyped<double>(v, n, out, first);
    return;
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // The branches are hoisted so the contiguous loop vectorizes; the arithmetic is unchanged.
  // GCC 12 at -O2 vectorizes only loops that need no scalar remainder, so the contiguous loop
  // runs in blocks of 8 (float32 4194304x4 sum_axis1 spent a third of its time in the scalar
  // conversion loop: 4.3 -> 3.1 ms, medians of 7 interleaved runs).
  const auto write = [&](auto* o, auto value) {
    const int64_t s = out.stride;
    if (s == 1) {
      o += first;
      int64_t k = 0;
      for (; k + 8 <= n; k += 8) {
        for (int u = 0; u < 8; ++u) o[k + u] = value(k + u);
      }
      for (; k < n; ++k) o[k] = value(k);
    } else {
      for (int64_t k = 0; k < n; ++k) o[(first + k) * s] = value(k);
    }
  };
  const auto to = [&](auto* o) {
    using O = std::remove_pointer_t<decltype(o)>;
    if (!mean) {
      write(o, [&](int64_t k) { return static_cast<O>(v[k]); });
    } else {
      write(o, [&](int64_t) { return static_cast<O>(nan); });  // the mean of nothing
    }
  };
  if (f32) {
    to(static_cast<float*>(out.data));
  } else {
    to(static_cast<double*>(out.data));
  }
}

void WriteInts(const int64_t* v, int64_t n, const MutableVectorView& out, int64_t first) {
  WriteTyped<int64_t>(v, n, out, first);
}

// Min/max results keep the input dtype: copied as 4- or 8-byte words.
void WriteSame(const void* v, int64_t n, const MutableVectorView& out, int64_t first) {
  if (DTypeSize(out.dtype) == 4) {
    WriteTyped<uint32_t>(static_cast<const uint32_t*>(v), n, out, first);
  } else {
    WriteTyped<uint64_t>(static_cast<const uint64_t*>(v), n, out, first);
  }
}

// Whether an axis-0 sum on `threads` threads is split by rows as well as columns.
bool SplitAxis0ByRows(const Strided& in, DType dt, int threads) {
  return threads > 1 && in.rows > kSuperRows && in.cols <= kSplitMaxCols &&
         in.cols * static_cast<int64_t>(DTypeSize(dt)) < threads * kMinRunBytes;
}

// Axis-0 sum (float sum or mean, or integer sum) split into (superblock, column strip) tasks.
// Each task reduces a sub-view of up to 512 rows starting at a multiple of 512 with the usual
// kernel, which gives exactly that superblock's order-R value (summation_order.h: the result is
// the sequential sum of superblock values from -0.0); the caller then adds each column's values
// in row order, so the bits are those of the one-task sum. Integer sums wrap, in any order.
// Rounds hold up to kSplitValues partials.
void SumAxis0Split(const KernelTable* k, const Strided& in, DType dt, bool mean,
                   const MutableVectorView& out, int threads) {
  const bool isum = !mean && IsInt(dt);
  const int64_t cols = in.cols, esize = static_cast<int64_t>(DTypeSize(dt));
  const int64_t groups = (in.rows + kSuperRows - 1) / kSuperRows;
  // Strips as wide as the single-thread strip, narrower only when the row groups alone leave
  // threads idle (and never below 64 columns).
  const int64_t strip = internal::GetDispatch().axis_strip;
  int64_t strips = std::max((cols + strip - 1) / strip, (threads + groups - 1) / groups);
  strips = std::min(strips, std::max<int64_t>(1, cols / 64));
  const int64_t w = (cols + strips - 1) / strips;
  strips = (cols + w - 1) / w;
  const int64_t round_groups = kSplitValues / cols;  // >= 4 (cols <= kSplitMaxCols)
  alignas(64) double acc[kSplitMaxCols];
  alignas(64) double vals[kSplitValues];
  int64_t* iacc = reinterpret_cast<int64_t*>(acc);
  for (int64_t c = 0; c < cols; ++c) {
    if (isum) {
      iacc[c] = 0;
    } else {
      acc[c] = -0.0;
    }
  }
  for (int64_t g0 = 0; g0 < groups; g0 += round_groups) {
    const int64_t gr = std::min(round_groups, groups - g0);
    // Tasks of kg superblocks of one strip: about 4 per thread, for balance.
    const int64_t kg = std::max<int64_t>(1, gr * strips / (4 * threads));
    const int64_t row_tasks = (gr + kg - 1) / kg;
    internal::ThreadPool::Get().Run(row_tasks * strips, threads, [&](int64_t t) {
      const int64_t c0 = (t % strips) * w, nc = std::min(w, cols - c0);
      const int64_t ga = (t / strips) * kg, gb = std::min(gr, ga + kg);
      for (int64_t g = ga; g < gb; ++g) {
        const int64_t r0 = (g0 + g) * kSuperRows;
        const Strided sub{static_cast<const char*>(in.data) + r0 * in.rs * esize,
                          std::min(kSuperRows, in.rows - r0), cols, in.rs, in.cs};
        double* v = vals + g * cols + c0;
        if (isum) {
          k->isum_cols[dt == DType::kInt64 ? 1 : 0](sub, c0, nc, reinterpret_cast<int64_t*>(v));
        } else {
          k->sum_cols[Dt(dt)](sub, c0, nc, v);
        }
      }
    });
    for (int64_t g = 0; g < gr; ++g) {
      const double* v = vals + g * cols;
      if (isum) {  // wrapping: unsigned adds
        const int64_t* iv = reinterpret_cast<const int64_t*>(v);
        for (int64_t c = 0; c < cols; ++c) {
          iacc[c] = static_cast<int64_t>(static_cast<uint64_t>(iacc[c]) +
                                         static_cast<uint64_t>(iv[c]));
        }
      } else {
        for (int64_t c = 0; c < cols; ++c) acc[c] += v[c];
      }
    }
  }
  if (isum) {
    WriteInts(iacc, cols, out, 0);
  } else {
    WriteSums(k, mean, in.rows, acc, cols, out, 0);
  }
}

void ReduceLongRows(ReduceOp op, const KernelTable* k, const Strided& in, DType dt,
                    const MutableVectorView& out, int threads);

// Whether axis 1 is reduced row by row on all threads (ReduceLongRows): contiguous rows, fewer
// tasks of rows than threads, and at least one all-element task per thread in each row.
bool ReduceLongRowsPays(const Strided& in, int threads) {
  return threads > 1 && in.cs == 1 && (in.rows + kRowsPerTask - 1) / kRowsPerTask < threads &&
         in.cols / internal::kTaskElements >= threads;
}

// Axis reduction of a validated view with a validated output.
void ReduceAxisImpl(ReduceOp op, const KernelTable* k, const Strided& in, DType dt, int axis,
                    const MutableVectorView& out, int threads) {
  const bool minmax = op == ReduceOp::kMin || op == ReduceOp::kMax;
  const bool is_max = op == ReduceOp::kMax;
  const bool mean = op == ReduceOp::kMean;
  const bool isum = op == ReduceOp::kSum && IsInt(dt);
  const int idt = dt == DType::kInt64 ? 1 : 0;
  // A contiguous output whose elements are the kernel's own results (min/max, integer sums,
  // float64 sums) is written by the kernels in place of their strip buffer, saving a copy
  // through L1 and a second pass over the output (float64 16x1048576 sum_axis0 8.3 -> 6.6 ms
  // with the vectorized accumulator pass; float64 4194304x4 sum_axis1 6.1 -> 5.8 ms, max_axis1
  // 16.1 -> 14.8 ms; medians of 7-9 interleaved runs).
  const bool direct =
      out.stride == 1 && (minmax || isum || (!mean && out.dtype == DType::kFloat64));
  const int64_t out_size = DTypeSize(out.dtype);
  if (axis == 0 && !minmax && SplitAxis0ByRows(in, dt, threads)) {
    SumAxis0Split(k, in, dt, mean, out, threads);
  } else if (axis == 1 && ReduceLongRowsPays(in, threads)) {
    ReduceLongRows(op, k, in, dt, out, threads);
  } else if (axis == 0) {
    // Column strips: any width gives the same bits; narrower strips only to feed threads.
    int64_t w = AxisStrip(in, dt);
    if (threads > 1) w = std::min(w, std::max<int64_t>(64, (in.cols + threads - 1) / threads));
    const int64_t tasks = (in.cols + w - 1) / w;
    internal::ThreadPool::Get().Run(tasks, threads, [&](int64_t t) {
      const int64_t c0 = t * w, nc = std::min(w, in.cols - c0);
      alignas(64) double buf[kMaxStrip];
      void* const dst = direct ? static_cast<void*>(static_cast<char*>(out.data) + c0 * out_size)
                               : static_cast<void*>(buf);
      if (minmax) {
        k->minmax_cols[Dt(dt)](is_max, in, c0, nc, dst);
        if (!direct) WriteSame(buf, nc, out, c0);
      } else if (isum) {
        k->isum_cols[idt](in, c0, nc, static_cast<int64_t*>(dst));
        if (!direct) WriteInts(reinterpret_cast<int64_t*>(buf), nc, out, c0);
      } else {
        k->sum_cols[Dt(dt)](in, c0, nc, static_cast<double*>(dst));
        if (!direct) WriteSums(k, mean, in.rows, buf, nc, out, c0);
      }
    });
  } else {
    // Rows of a transposed view are summed across in strips of up to kAcrossTaskRows rows (see
    // transposed-inl.h): their tasks are that long while every thread still gets one.
    int64_t per = kRowsPerTask;
    if (in.rs == 1 && in.cs != 1) {
      per = std::clamp((in.rows + threads - 1) / threads, kRowsPerTask, kAcrossTaskRows);
    }
    const int64_t tasks = (in.rows + per - 1) / per;
    internal::ThreadPool::Get().Run(tasks, threads, [&](int64_t t) {
      const int64_t r0 = t * per, nr = std::min(per, in.rows - r0);
      alignas(64) double buf[kAcrossTaskRows];
      void* const dst = direct ? static_cast<void*>(static_cast<char*>(out.data) + r0 * out_size)
                               : static_cast<void*>(buf);
      if (minmax) {
        k->minmax_rows[Dt(dt)](is_max, in, r0, nr, dst);
        if (!direct) WriteSame(buf, nr, out, r0);
      } else if (isum) {
        k->isum_rows[idt](in, r0, nr, static_cast<int64_t*>(dst));
        if (!direct) WriteInts(reinterpret_cast<int64_t*>(buf), nr, out, r0);
      } else {
        k->sum_rows[Dt(dt)](in, r0, nr, static_cast<double*>(dst));
        if (!direct) WriteSums(k, mean, in.cols, buf, nr, out, r0);
      }
    });
  }
}

absl::Status EmptyMinMax(ReduceOp op, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(ReduceOpName(op), " of an empty ", what,
                                                 ": min/max have no identity"));
}

// Min/max combine of per-task partial results (same rules as the kernels).
template <class T>
T Pick(bool is_max, T a, T b) {
  if constexpr (std::numeric_limits<T>::is_iec559) {
    if (a != a || b != b) return std::numeric_limits<T>::quiet_NaN();
    if (a == b) return std::signbit(a) != is_max ? a : b;  // -0.0 < +0.0
  }
  return (a < b) != is_max ? a : b;
}

template <class T>
T MinMaxOf(const KernelTable* k, bool is_max, const Strided& any, DType dt, int threads) {
  const Strided view = MemoryOrder(any);
  const Strided in = threads > 1 && Flat(view) ? AsColumn(view) : view;
  const int64_t tasks = std::min<int64_t>(in.rows, threads > 1 ? 4 * threads : 1);
  T part[kTasksPerRound];
  const int64_t per = (in.rows + tasks - 1) / tasks;
  const int64_t used = (in.rows + per - 1) / per;
  internal::ThreadPool::Get().Run(used, threads, [&](int64_t t) {
    const int64_t r0 = t * per;
    k->minmax_flat[Dt(dt)](is_max, in, r0, std::min(per, in.rows - r0), &part[t]);
  });
  T r = part[0];
  for (int64_t t = 1; t < used; ++t) r = Pick<T>(is_max, r, part[t]);
  return r;
}

template <class T>
Scalar MinMaxAll(const KernelTable* k, bool is_max, const Strided& in, DType dt, int threads) {
  const T r = MinMaxOf<T>(k, is_max, in, dt, threads);
  Scalar s;
  s.dtype = dt;
  if constexpr (std::numeric_limits<T>::is_iec559) {
    s.f = static_cast<double>(r);
  } else {
    s.i = static_cast<int64_t>(r);
  }
  return s;
}

// Exact wrapping integer sum of every element of a validated view (n > 0).
ABSL_ATTRIBUTE_NOINLINE int64_t IntSumAll(const KernelTable* k, const Strided& any, DType dt,
                                          int threads) {
  const Strided view = MemoryOrder(any);
  const Strided v = threads > 1 && Flat(view) ? AsColumn(view) : view;
  const int64_t tasks = std::min<int64_t>(v.rows, threads > 1 ? 4 * threads : 1);
  int64_t part[kTasksPerRound];
  const int64_t per = (v.rows + tasks - 1) / tasks;
  const int64_t used = (v.rows + per - 1) / per;
  const int idt = dt == DType::kInt64 ? 1 : 0;
  internal::ThreadPool::Get().Run(used, threads, [&](int64_t t) {
    const int64_t r0 = t * per;
    part[t] = k->isum_flat[idt](v, r0, std::min(per, v.rows - r0));
  });
  uint64_t s = 0;
  for (int64_t t = 0; t < used; ++t) s += static_cast<uint64_t>(part[t]);
  return static_cast<int64_t>(s);
}

// Elements per all-element task: kTaskElements, doubled while a task of a transposed view
// (rs == 1: its kernel reads strips of up to 2048 rows, kStripCap in transposed-inl.h) holds
// fewer than kAcrossTaskRows rows and the doubling leaves a task for every thread. Any
// power-of-two multiple of kTaskElements is a whole aligned subtree of T, so the size changes
// which elements a task reads together, never the bits. Tasks are counted rounded up, so one
// thread gets one task: a strip sweeps all of its rows' columns, and two tasks of a view of few
// long rows had swept their rows in two passes over memory, each with a partial vector of rows
// (Zen 4, medians of 3 interleaved runs, float32 sums: 100000x100:F 9.6 -> 5.1 ms, 100000x33:F
// 2.3 -> 0.87 ms, 100000x16:F 0.77 -> 0.36 ms, before RequestNextWindow took its present form).
int64_t FlatTaskElements(const Strided& v, int64_t n, int threads) {
  int64_t te = internal::kTaskElements;
  if (v.rs == 1 && v.cs != 1 && v.rows > 1) {
    while (te < kAcrossTaskRows * v.cols && te < n && (n + 2 * te - 1) / (2 * te) >= threads) {
      te *= 2;
    }
  }
  return te;
}

// Order L over the flattening of a validated view of more than kTaskElements elements: tasks
// are aligned groups of chunks (FlatTaskElements), whose values are whole subtrees; they enter
// the pairwise stack in order.
ABSL_ATTRIBUTE_NOINLINE double FloatSumTasks(const KernelTable* k, const Strided& v, DType dt,
                                             int64_t n, int threads) {
  internal::PairStack stack;
  const int64_t te = FlatTaskElements(v, n, threads);
  const int64_t tasks = (n + te - 1) / te;
  double part[kTasksPerRound];
  for (int64_t base = 0; base < tasks; base += kTasksPerRound) {
    const int64_t m = std::min(kTasksPerRound, tasks - base);
    internal::ThreadPool::Get().Run(m, threads, [&](int64_t t) {
      const int64_t start = (base + t) * te;
      part[t] = k->sum_flat[Dt(dt)](v, start, std::min(te, n - start));
    });
    for (int64_t t = 0; t < m; ++t) stack.Push(part[t]);
  }
  return stack.Fold();
}

// Axis 1 of rows too few to give every thread a task of rows but each long enough to give every
// thread part of it: each row in turn is reduced on all threads as a flat run, exactly as the
// reduction of all elements of a one-row view is (the same order-L tree; min/max and integer
// sums in any order). 16x1048576 float32 max_axis1 ran on one thread.
void ReduceLongRows(ReduceOp op, const KernelTable* k, const Strided& in, DType dt,
                    const MutableVectorView& out, int threads) {
  const bool is_max = op == ReduceOp::kMax;
  const int64_t esize = static_cast<int64_t>(DTypeSize(dt));
  for (int64_t r = 0; r < in.rows; ++r) {
    const Strided row{static_cast<const char*>(in.data) + r * in.rs * esize, 1, in.cols, in.rs, 1};
    if (op == ReduceOp::kMin || op == ReduceOp::kMax) {
      const auto write = [&](auto v) { WriteSame(&v, 1, out, r); };
      switch (dt) {
        case DType::kFloat32: write(MinMaxOf<float>(k, is_max, row, dt, threads)); break;
        case DType::kFloat64: write(MinMaxOf<double>(k, is_max, row, dt, threads)); break;
        case DType::kInt32: write(MinMaxOf<int32_t>(k, is_max, row, dt, threads)); break;
        case DType::kInt64: write(MinMaxOf<int64_t>(k, is_max, row, dt, threads)); break;
      }
    } else if (op == ReduceOp::kSum && IsInt(dt)) {
      const int64_t s = IntSumAll(k, row, dt, threads);
      WriteInts(&s, 1, out, r);
    } else {
      const double s = FloatSumTasks(k, row, dt, in.cols, threads);
      WriteSums(k, op == ReduceOp::kMean, in.cols, &s, 1, out, r);
    }
  }
}

ABSL_ATTRIBUTE_NOINLINE absl::StatusOr<Scalar> MinMaxAllOf(const KernelTable* k, ReduceOp op,
                                                           const Strided& v, DType dt,
                                                           int64_t n, const Options& options) {
  if (n == 0) return EmptyMinMax(op, "array");
  const bool mx = op == ReduceOp::kMax;
  const int threads = internal::ThreadsFor(options, n);
  switch (dt) {
    case DType::kFloat32: return MinMaxAll<float>(k, mx, v, dt, threads);
    case DType::kFloat64: return MinMaxAll<double>(k, mx, v, dt, threads);
    case DType::kInt32: return MinMaxAll<int32_t>(k, mx, v, dt, threads);
    case DType::kInt64: return MinMaxAll<int64_t>(k, mx, v, dt, threads);
  }
  return absl::InvalidArgumentError("in.dtype: invalid value");
}

// Reduce of every element, inlined into Sum and Mean so that a constant op folds away. The
// checks run in the documented order (in, options.threads, op, options.isa); a view of at most
// one task (kTaskElements) reaches its kernel with no thread-pool or pairwise-stack work.
ABSL_ATTRIBUTE_ALWAYS_INLINE inline absl::StatusOr<Scalar> ReduceAll(ReduceOp op,
                                                                     const ArrayView& in,
                                                                     const Options& options) {
  Span span;
  if (absl::Status s = internal::CheckView("in", in, &span); !s.ok()) return s;
  if (absl::Status s = internal::CheckThreads(options); !s.ok()) return s;
  const int o = static_cast<int>(op);
  if (o < 0 || o > 3) return absl::InvalidArgumentError("op: invalid ReduceOp value");
  const KernelTable* k;
  if (absl::Status s = internal::TableFor(options, &k); !s.ok()) return s;
  const Strided v{in.data, in.rows, in.cols, in.row_stride, in.col_stride};
  const int64_t n = in.rows * in.cols;
  const DType dt = in.dtype;
  if (op == ReduceOp::kMin || op == ReduceOp::kMax) return MinMaxAllOf(k, op, v, dt, n, options);
  Scalar result;
  result.dtype = ReduceResultDType(op, dt);
  if (op == ReduceOp::kSum && IsInt(dt)) {
    result.i = n == 0 ? 0 : IntSumAll(k, v, dt, internal::ThreadsFor(options, n));
    return result;
  }
  double sum = 0.0;
  if (n > 0 && n <= internal::kTaskElements) {
    sum = k->sum_flat[Dt(dt)](v, 0, n);  // one task: its value is the whole tree
  } else if (n > 0) {
    sum = FloatSumTasks(k, v, dt, n, internal::ThreadsFor(options, n));
  }
  double x = sum;
  if (op == ReduceOp::kMean) {
    x = n == 0 ? std::numeric_limits<double>::quiet_NaN() : sum / static_cast<double>(n);
  }
  result.f = result.dtype == DType::kFloat32 ? static_cast<double>(static_cast<float>(x)) : x;
  return result;
}

}  // namespace

absl::StatusOr<Scalar> Reduce(ReduceOp op, const ArrayView& in, const Options& options) {
  return ReduceAll(op, in, options);
}

absl::StatusOr<Scalar> Sum(const ArrayView& in, const Options& options) {
  return ReduceAll(ReduceOp::kSum, in, options);
}

absl::StatusOr<Scalar> Mean(const ArrayView& in, const Options& options) {
  return ReduceAll(ReduceOp::kMean, in, options);
}

absl::Status ReduceAxis(ReduceOp op, const ArrayView& in, int axis, const MutableVectorView& out,
                        const Options& options) {
  Span in_span, out_span;
  if (absl::Status s = internal::CheckView("in", in, &in_span); !s.ok()) return s;
  if (absl::Status s = internal::CheckView("out", out, &out_span); !s.ok()) return s;
  if (absl::Status s = internal::CheckThreads(options); !s.ok()) return s;
  const int o = static_cast<int>(op);
  if (o < 0 || o > 3) return absl::InvalidArgumentError("op: invalid ReduceOp value");
  if (axis < -2 || axis > 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("axis: ", axis, " is out of range for a 2-D view (0, 1, -1 or -2)"));
  }
  if (axis < 0) axis += 2;
  const int64_t want = axis == 0 ? in.cols : in.rows;
  if (out.size != want) {
    return absl::InvalidArgumentError(absl::StrCat("out.size: is ", out.size, ", expected ", want,
                                                   " (", axis == 0 ? "in.cols" : "in.rows",
                                                   " for axis ", axis, ")"));
  }
  const DType rdt = ReduceResultDType(op, in.dtype);
  if (out.dtype != rdt) {
    return absl::InvalidArgumentError(absl::StrCat("out.dtype: is ", DTypeName(out.dtype), ", ",
                                                   ReduceOpName(op), " of ", DTypeName(in.dtype),
                                                   " gives ", DTypeName(rdt)));
  }
  if (internal::Overlap(in_span, out_span)) {
    return absl::InvalidArgumentError("out: overlaps in");
  }
  const int64_t len = axis == 0 ? in.rows : in.cols;
  if ((op == ReduceOp::kMin || op == ReduceOp::kMax) && len == 0) {
    return EmptyMinMax(op, absl::StrCat("axis ", axis));
  }
  const KernelTable* table;
  if (absl::Status s = internal::TableFor(options, &table); !s.ok()) return s;
  if (out.size == 0) return absl::OkStatus();
  const Strided v{in.data, in.rows, in.cols, in.row_stride, in.col_stride};
  ReduceAxisImpl(op, table, v, in.dtype, axis, out,
                 internal::ThreadsFor(options, in.rows * in.cols));
  return absl::OkStatus();
}

absl::Status ReduceAxisNd(ReduceOp op, const void* data, DType dtype,
                          const std::vector<int64_t>& shape, int axis, void* out,
                          int64_t out_size, const Options& options) {
  const int ndim = static_cast<int>(shape.size());
  if (ndim < 1 || ndim > 32) {
    return absl::InvalidArgumentError(absl::StrCat("shape: ndim must be 1..32, got ", ndim));
  }
  if (axis < -ndim || axis >= ndim) {
    return absl::InvalidArgumentError(
        absl::StrCat("axis: ", axis, " is out of range for ", ndim, " dimensions"));
  }
  if (axis < 0) axis += ndim;
  for (int d = 0; d < ndim; ++d) {
    if (shape[d] < 0) {
      return absl::InvalidArgumentError(absl::StrCat("shape[", d, "]: negative size ", shape[d]));
    }
  }
  // Products of dims [lo, hi); a zero dim makes the product 0 whatever the others are.
  auto product = [&](int lo, int hi, int64_t* p) {
    *p = 1;
    for (int d = lo; d < hi; ++d) {
      if (shape[d] == 0) {
        *p = 0;
        return true;
      }
    }
    for (int d = lo; d < hi; ++d) {
      if (__builtin_mul_overflow(*p, shape[d], p)) return false;
    }
    return true;
  };
  int64_t outer, inner, expect;
  if (!product(0, axis, &outer) || !product(axis + 1, ndim, &inner) ||
      __builtin_mul_overflow(outer, inner, &expect)) {
    return absl::InvalidArgumentError("shape: element count overflows");
  }
  const int64_t len = shape[axis];
  if (out_size != expect) {
    return absl::InvalidArgumentError(absl::StrCat(
        "out_size: is ", out_size, ", expected ", expect, " (shape without axis ", axis, ")"));
  }
  // The input as a (outer*len) x inner matrix, checked like any view.
  Span in_span, out_span;
  int64_t rows;
  if (__builtin_mul_overflow(outer, len, &rows)) {
    return absl::InvalidArgumentError("shape: element count overflows");
  }
  if (absl::Status s = internal::CheckView("data", data, dtype, rows, inner, inner, 1, &in_span);
      !s.ok()) {
    return s;
  }
  const DType rdt = ReduceResultDType(op, dtype);
  if (absl::Status s = internal::CheckView("out", out, rdt, 1, out_size, 0, 1, &out_span); !s.ok()) {
    return s;
  }
  if (absl::Status s = internal::CheckThreads(options); !s.ok()) return s;
  const int o = static_cast<int>(op);
  if (o < 0 || o > 3) return absl::InvalidArgumentError("op: invalid ReduceOp value");
  if (internal::Overlap(in_span, out_span)) return absl::InvalidArgumentError("out: overlaps data");
  if ((op == ReduceOp::kMin || op == ReduceOp::kMax) && len == 0) {
    return EmptyMinMax(op, absl::StrCat("axis ", axis));
  }
  const KernelTable* table;
  if (absl::Status s = internal::TableFor(options, &table); !s.ok()) return s;
  if (out_size == 0) return absl::OkStatus();
  const int threads = internal::ThreadsFor(options, rows * inner);
  const size_t esize = DTypeSize(dtype), osize = DTypeSize(rdt);
  if (axis == ndim - 1) {  // the last axis: order L along rows of an outer x len matrix
    const Strided v{data, outer, len, len, 1};
    ReduceAxisImpl(op, table, v, dtype, 1, MutableVectorView{out, rdt, outer, 1}, threads);
    return absl::OkStatus();
  }
  for (int64_t i = 0; i < outer; ++i) {  // any other axis: order R on len x inner slabs
    const Strided v{static_cast<const char*>(data) + i * len * inner * static_cast<int64_t>(esize),
                    len, inner, inner, 1};
    MutableVectorView ov{static_cast<char*>(out) + i * inner * static_cast<int64_t>(osize), rdt,
                         inner, 1};
    ReduceAxisImpl(op, table, v, dtype, 0, ov, threads);
  }
  return absl::OkStatus();
}

}  // namespace raptors
