// Elementwise entry points: Add, Scale, AddRow, AddColumn.
#include <cmath>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "kernels/internal/dispatch.h"
#include "kernels/internal/kernel_table.h"
#include "kernels/internal/parallel.h"
#include "kernels/internal/thread_pool.h"
#include "kernels/internal/validate.h"
#include "kernels/raptors.h"

namespace raptors {
namespace {

using internal::KernelTable;
using internal::MutStrided;
using internal::Span;
using internal::Strided;

Strided S(const ArrayView& v) { return {v.data, v.rows, v.cols, v.row_stride, v.col_stride}; }
MutStrided M(const MutableArrayView& v) {
  return {v.data, v.rows, v.cols, v.row_stride, v.col_stride};
}

bool SameView(const ArrayView& a, const MutableArrayView& o) {
  return a.data == o.data && a.dtype == o.dtype && a.rows == o.rows && a.cols == o.cols &&
         (a.rows <= 1 || a.row_stride == o.row_stride) &&
         (a.cols <= 1 || a.col_stride == o.col_stride);
}

// Checks `in` against `out` (same dtype and shape; no overlap unless exactly the same view).
absl::Status CheckOperand(absl::string_view name, const ArrayView& in,
                          const MutableArrayView& out, const Span& out_span) {
  Span span;
  if (absl::Status s = internal::CheckView(name, in, &span); !s.ok()) return s;
  if (in.dtype != out.dtype) {
    return absl::InvalidArgumentError(absl::StrCat(name, ".dtype: is ", DTypeName(in.dtype),
                                                   ", out.dtype is ", DTypeName(out.dtype)));
  }
  if (in.rows != out.rows || in.cols != out.cols) {
    return absl::InvalidArgumentError(absl::StrCat(name, ": shape ", in.rows, "x", in.cols,
                                                   " differs from out's ", out.rows, "x",
                                                   out.cols));
  }
  if (internal::Overlap(span, out_span) && !SameView(in, out)) {
    return absl::InvalidArgumentError(
        absl::StrCat("out: overlaps ", name, " without being exactly the same view"));
  }
  return absl::OkStatus();
}

absl::Status CheckVector(absl::string_view name, const VectorView& v, int64_t size, DType dtype,
                         const Span& out_span) {
  Span span;
  if (absl::Status s = internal::CheckView(name, v, &span); !s.ok()) return s;
  if (v.dtype != dtype) {
    return absl::InvalidArgumentError(absl::StrCat(name, ".dtype: is ", DTypeName(v.dtype),
                                                   ", out.dtype is ", DTypeName(dtype)));
  }
  if (v.size != size) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ".size: is ", v.size, ", expected ", size));
  }
  if (internal::Overlap(span, out_span)) return absl::InvalidArgumentError(absl::StrCat("out: overlaps ", name));
  return absl::OkStatus();
}

// Common prologue: out and options checks, the table. Sets *out_span and *k.
absl::Status Prologue(const MutableArrayView& out, const Options& options, Span* out_span,
                      const KernelTable** k) {
  if (absl::Status s = internal::CheckView("out", out, out_span); !s.ok()) return s;
  if (absl::Status s = internal::CheckThreads(options); !s.ok()) return s;
  return internal::TableFor(options, k);
}

// Runs f(r0, nr) over out's rows, split into tasks for threads; tasks hold a multiple of
// `align` rows (but the last).
template <class F>
void ForRows(const MutableArrayView& out, const Options& options, F&& f, int64_t align = 1) {
  const int64_t n = out.rows * out.cols;
  if (n == 0) return;
  const int threads = internal::ThreadsFor(options, n);
  if (threads <= 1) {
    f(0, out.rows);
    return;
  }
  const int64_t tasks = std::min<int64_t>(out.rows, 4 * threads);
  const int64_t per = ((out.rows + tasks - 1) / tasks + align - 1) / align * align;
  const int64_t used = (out.rows + per - 1) / per;
  internal::ThreadPool::Get().Run(used, threads, [&](int64_t t) {
    const int64_t r0 = t * per;
    f(r0, std::min(per, out.rows - r0));
  });
}

// Whether a view's elements form one contiguous run in C order (rows back to back).
template <class View>
bool Flat(const View& v) {
  return v.col_stride == 1 && (v.rows == 1 || v.row_stride == v.cols);
}

// A flat view as one column of rows*cols one-element rows. The kernels see the same single run
// (and the whole call's size when they decide on streaming stores), while ForRows can cut it
// into element ranges: without this a 1-D array, or any view with fewer rows than tasks, ran on
// one thread whatever Options.threads said.
template <class View>
View AsColumn(View v) {
  v.rows *= v.cols;
  v.cols = 1;
  v.row_stride = 1;
  v.col_stride = 1;
  return v;
}

// Element-range tasks of a flat call start on 64-byte lines of out (when out does), so no line
// is written by two threads and streamed lines stay whole.
int64_t LineElements(DType dt) { return 64 / static_cast<int64_t>(DTypeSize(dt)); }

}  // namespace

absl::Status Add(const ArrayView& a, const ArrayView& b, const MutableArrayView& out,
                 const Options& options) {
  Span os;
  const KernelTable* k;
  if (absl::Status s = Prologue(out, options, &os, &k); !s.ok()) return s;
  if (absl::Status s = CheckOperand("a", a, out, os); !s.ok()) return s;
  if (absl::Status s = CheckOperand("b", b, out, os); !s.ok()) return s;
  const int dt = static_cast<int>(out.dtype);
  if (Flat(a) && Flat(b) && Flat(out)) {
    const ArrayView ca = AsColumn(a), cb = AsColumn(b);
    const MutableArrayView co = AsColumn(out);
    ForRows(
        co, options, [&](int64_t r0, int64_t nr) { k->add[dt](S(ca), S(cb), M(co), r0, nr); },
        LineElements(out.dtype));
    return absl::OkStatus();
  }
  ForRows(out, options, [&](int64_t r0, int64_t nr) { k->add[dt](S(a), S(b), M(out), r0, nr); });
  return absl::OkStatus();
}

absl::Status Scale(const ArrayView& a, double factor, const MutableArrayView& out,
                   const Options& options) {
  Span os;
  const KernelTable* k;
  if (absl::Status s = Prologue(out, options, &os, &k); !s.ok()) return s;
  if (absl::Status s = CheckOperand("a", a, out, os); !s.ok()) return s;
  union {
    float f32;
    double f64;
    int32_t i32;
    int64_t i64;
  } f;
  switch (a.dtype) {
    case DType::kFloat32: f.f32 = static_cast<float>(factor); break;
    case DType::kFloat64: f.f64 = factor; break;
    case DType::kInt32:
    case DType::kInt64: {
      const bool i32 = a.dtype == DType::kInt32;
      const double lo = i32 ? -2147483648.0 : -9223372036854775808.0;
      if (!(factor == std::trunc(factor)) || !(factor >= lo && factor < -lo)) {
        return absl::InvalidArgumentError(absl::StrCat(
            "factor: ", factor, " is not an integer representable as ", DTypeName(a.dtype)));
      }
      if (i32) {
        f.i32 = static_cast<int32_t>(factor);
      } else {
        f.i64 = static_cast<int64_t>(factor);
      }
      break;
    }
  }
  const int dt = static_cast<int>(out.dtype);
  if (Flat(a) && Flat(out)) {
    const ArrayView ca = AsColumn(a);
    const MutableArrayView co = AsColumn(out);
    ForRows(
        co, options, [&](int64_t r0, int64_t nr) { k->scale[dt](S(ca), &f, M(co), r0, nr); },
        LineElements(out.dtype));
    return absl::OkStatus();
  }
  ForRows(out, options, [&](int64_t r0, int64_t nr) { k->scale[dt](S(a), &f, M(out), r0, nr); });
  return absl::OkStatus();
}

absl::Status AddRow(const ArrayView& a, const VectorView& row, const MutableArrayView& out,
                    const Options& options) {
  Span os;
  const KernelTable* k;
  if (absl::Status s = Prologue(out, options, &os, &k); !s.ok()) return s;
  if (absl::Status s = CheckOperand("a", a, out, os); !s.ok()) return s;
  if (absl::Status s = CheckVector("row", row, a.cols, a.dtype, os); !s.ok()) return s;
  const int dt = static_cast<int>(out.dtype);
  ForRows(out, options, [&](int64_t r0, int64_t nr) {
    k->add_row[dt](S(a), row.data, row.stride, M(out), r0, nr);
  });
  return absl::OkStatus();
}

absl::Status AddColumn(const ArrayView& a, const VectorView& col, const MutableArrayView& out,
                       const Options& options) {
  Span os;
  const KernelTable* k;
  if (absl::Status s = Prologue(out, options, &os, &k); !s.ok()) return s;
  if (absl::Status s = CheckOperand("a", a, out, os); !s.ok()) return s;
  if (absl::Status s = CheckVector("col", col, a.rows, a.dtype, os); !s.ok()) return s;
  const int dt = static_cast<int>(out.dtype);
  ForRows(out, options, [&](int64_t r0, int64_t nr) {
    k->add_col[dt](S(a), col.data, col.stride, M(out), r0, nr);
  });
  return absl::OkStatus();
}

}  // namespace raptors
