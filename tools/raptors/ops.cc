#include "tools/raptors/ops.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"

namespace raptors {
namespace cli {
namespace {

using npy::NpyArray;

std::string ShapeText(const std::vector<int64_t>& shape) {
  if (shape.size() == 1) return absl::StrCat("(", shape[0], ",)");
  return absl::StrCat("(", absl::StrJoin(shape, ", "), ")");
}

std::string Describe(const NpyArray& a) {
  return absl::StrCat(DTypeName(a.dtype()), " array of shape ", ShapeText(a.shape()));
}

absl::StatusOr<ReduceOp> ReduceOpFromName(absl::string_view name) {
  if (name == "sum") return ReduceOp::kSum;
  if (name == "mean") return ReduceOp::kMean;
  if (name == "min") return ReduceOp::kMin;
  if (name == "max") return ReduceOp::kMax;
  return absl::InvalidArgumentError(absl::StrCat("'", name, "' is not a reduction"));
}

bool IsReduction(absl::string_view op) { return ReduceOpFromName(op).ok(); }

// Element strides of `a` in its own memory order.
std::vector<int64_t> ElementStrides(const NpyArray& a) {
  const int n = a.ndim();
  std::vector<int64_t> strides(static_cast<size_t>(n), 1);
  if (a.fortran_order()) {
    for (int k = 1; k < n; ++k) strides[k] = strides[k - 1] * a.shape()[k - 1];
  } else {
    for (int k = n - 2; k >= 0; --k) strides[k] = strides[k + 1] * a.shape()[k + 1];
  }
  return strides;
}

// A 2-D array as a strided view: C order has row stride `cols`, Fortran order is the transposed
// layout (row stride 1, column stride `rows`), which the kernels read without a copy.
ArrayView MatrixOf(const NpyArray& a) {
  const int64_t rows = a.shape()[0], cols = a.shape()[1];
  if (a.fortran_order()) return ArrayView{a.data(), a.dtype(), rows, cols, 1, rows};
  return ArrayView{a.data(), a.dtype(), rows, cols, cols, 1};
}

// Every element of `a` in memory order as one row (for ops where the order does not matter).
ArrayView FlatOf(const NpyArray& a) {
  return ArrayView{a.data(), a.dtype(), 1, a.num_elements(), a.num_elements(), 1};
}
MutableArrayView MutableFlatOf(NpyArray& a) {
  return MutableArrayView{a.data(), a.dtype(), 1, a.num_elements(), a.num_elements(), 1};
}

void StoreScalar(const Scalar& s, NpyArray& out) {
  switch (s.dtype) {
    case DType::kFloat32:
      *out.data_as<float>() = static_cast<float>(s.f);
      break;
    case DType::kFloat64:
      *out.data_as<double>() = s.f;
      break;
    case DType::kInt32:
      *out.data_as<int32_t>() = static_cast<int32_t>(s.i);
      break;
    case DType::kInt64:
      *out.data_as<int64_t>() = s.i;
      break;
  }
}

absl::StatusOr<NpyArray> ReduceAll(ReduceOp op, const NpyArray& in, const Options& options) {
  // 2-D arrays go in as their natural view (a Fortran array as its strided transpose), so the
  // result is the one the library gives a caller holding that matrix; any other rank is one
  // contiguous row.
  const ArrayView view = in.ndim() == 2 ? MatrixOf(in) : FlatOf(in);
  absl::StatusOr<Scalar> result = Reduce(op, view, options);
  if (!result.ok()) return result.status();
  absl::StatusOr<NpyArray> out = NpyArray::Zeros(result->dtype, {});
  if (!out.ok()) return out.status();
  StoreScalar(*result, *out);
  return out;
}

absl::StatusOr<NpyArray> ReduceOneAxis(ReduceOp op, const NpyArray& in, int axis,
                                       const Options& options) {
  const int ndim = in.ndim();
  if (axis < -ndim || axis >= ndim) {
    return absl::InvalidArgumentError(absl::StrCat("--axis=", axis, " is out of range for a ",
                                                   ndim, "-d array (valid: ", -ndim, " to ",
                                                   ndim - 1, ")"));
  }
  if (axis < 0) axis += ndim;
  std::vector<int64_t> out_shape = in.shape();
  out_shape.erase(out_shape.begin() + axis);
  const DType out_dtype = ReduceResultDType(op, in.dtype());

  if (in.fortran_order() && ndim == 2) {
    absl::StatusOr<NpyArray> out = NpyArray::Zeros(out_dtype, out_shape);
    if (!out.ok()) return out.status();
    const MutableVectorView out_view{out->data(), out_dtype, out->num_elements(), 1};
    if (absl::Status s = ReduceAxis(op, MatrixOf(in), axis, out_view, options); !s.ok()) return s;
    return out;
  }
  if (in.fortran_order() && ndim > 2) {
    // A Fortran array of shape (d0, ..., dn-1) is the C array of shape (dn-1, ..., d0); reducing
    // its axis n-1-k gives, in C order, exactly the Fortran layout of the result.
    std::vector<int64_t> reversed(in.shape().rbegin(), in.shape().rend());
    absl::StatusOr<NpyArray> out = NpyArray::Zeros(out_dtype, out_shape, /*fortran_order=*/true);
    if (!out.ok()) return out.status();
    if (absl::Status s = ReduceAxisNd(op, in.data(), in.dtype(), reversed, ndim - 1 - axis,
                                      out->data(), out->num_elements(), options);
        !s.ok()) {
      return s;
    }
    return out;
  }
  absl::StatusOr<NpyArray> out = NpyArray::Zeros(out_dtype, out_shape);
  if (!out.ok()) return out.status();
  if (absl::Status s = ReduceAxisNd(op, in.data(), in.dtype(), in.shape(), axis, out->data(),
                                    out->num_elements(), options);
      !s.ok()) {
    return s;
  }
  return out;
}

absl::Status SameDType(absl::string_view op, const NpyArray& a, const NpyArray& b) {
  if (a.dtype() == b.dtype()) return absl::OkStatus();
  return absl::InvalidArgumentError(absl::StrCat(
      op, " needs both inputs of one dtype; got ", DTypeName(a.dtype()), " and ",
      DTypeName(b.dtype()), " (convert one with astype first)"));
}

absl::StatusOr<NpyArray> AddArrays(const NpyArray& a, const NpyArray& b, const Options& options) {
  if (absl::Status s = SameDType("add", a, b); !s.ok()) return s;
  if (a.shape() != b.shape()) {
    return absl::InvalidArgumentError(
        absl::StrCat("add needs two arrays of one shape; got ", ShapeText(a.shape()), " and ",
                     ShapeText(b.shape())));
  }
  const bool same_layout = a.ndim() < 2 || a.fortran_order() == b.fortran_order();
  absl::StatusOr<NpyArray> out =
      NpyArray::Zeros(a.dtype(), a.shape(), same_layout && a.fortran_order());
  if (!out.ok()) return out.status();
  if (same_layout) {
    if (absl::Status s = Add(FlatOf(a), FlatOf(b), MutableFlatOf(*out), options); !s.ok()) {
      return s;
    }
    return out;
  }
  // One C and one Fortran input: walk the C-order output as 2-D slices of its last two axes,
  // each input seen through its own strides, so neither input is copied.
  const int n = a.ndim();
  const std::vector<int64_t> sa = ElementStrides(a), sb = ElementStrides(b),
                             so = ElementStrides(*out);
  const int64_t rows = a.shape()[n - 2], cols = a.shape()[n - 1];
  std::vector<int64_t> index(static_cast<size_t>(n - 2), 0);
  const size_t item = NpyArray::ItemSize(a.dtype());
  if (out->num_elements() == 0) return out;
  while (true) {
    int64_t oa = 0, ob = 0, oo = 0;
    for (int k = 0; k < n - 2; ++k) {
      oa += index[k] * sa[k];
      ob += index[k] * sb[k];
      oo += index[k] * so[k];
    }
    const ArrayView va{static_cast<const char*>(a.data()) + oa * item, a.dtype(), rows, cols,
                       sa[n - 2], sa[n - 1]};
    const ArrayView vb{static_cast<const char*>(b.data()) + ob * item, b.dtype(), rows, cols,
                       sb[n - 2], sb[n - 1]};
    const MutableArrayView vo{static_cast<char*>(out->data()) + oo * item, out->dtype(), rows,
                              cols, so[n - 2], so[n - 1]};
    if (absl::Status s = Add(va, vb, vo, options); !s.ok()) return s;
    int k = n - 3;
    while (k >= 0 && ++index[k] == a.shape()[k]) index[k--] = 0;
    if (k < 0) break;
  }
  return out;
}

// A Python-literal factor: an int when it is only digits with an optional sign, else a float.
struct Factor {
  bool is_int = false;
  int64_t i = 0;
  double f = 0.0;
};

absl::StatusOr<Factor> ParseFactor(absl::string_view text) {
  Factor factor;
  absl::string_view digits = text;
  if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.remove_prefix(1);
  factor.is_int = !digits.empty() &&
                  std::all_of(digits.begin(), digits.end(), [](char c) {
                    return absl::ascii_isdigit(static_cast<unsigned char>(c));
                  });
  if (factor.is_int) {
    if (!absl::SimpleAtoi(text, &factor.i)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--factor=", text, " does not fit in int64 (NumPy would make an object array)"));
    }
    factor.f = static_cast<double>(factor.i);
    return factor;
  }
  if (!absl::SimpleAtod(text, &factor.f)) {
    return absl::InvalidArgumentError(absl::StrCat("--factor=", text, " is not a number"));
  }
  return factor;
}

absl::StatusOr<NpyArray> ConvertTo(const NpyArray& in, DType to) {
  absl::StatusOr<NpyArray> out = NpyArray::Zeros(to, in.shape(), in.fortran_order());
  if (!out.ok()) return out.status();
  auto convert = [&](auto* dst) {
    using T = std::remove_pointer_t<decltype(dst)>;
    for (int64_t k = 0; k < in.num_elements(); ++k) {
      switch (in.dtype()) {
        case DType::kFloat32:
          dst[k] = static_cast<T>(in.data_as<float>()[k]);
          break;
        case DType::kFloat64:
          dst[k] = static_cast<T>(in.data_as<double>()[k]);
          break;
        case DType::kInt32:
          dst[k] = static_cast<T>(in.data_as<int32_t>()[k]);
          break;
        case DType::kInt64:
          dst[k] = static_cast<T>(in.data_as<int64_t>()[k]);
          break;
      }
    }
  };
  // Only widenings happen here (int -> int64 or float64, float32 -> float64), as in NumPy.
  if (to == DType::kFloat64) convert(out->data_as<double>());
  else if (to == DType::kInt64) convert(out->data_as<int64_t>());
  else return absl::InternalError("unexpected conversion target");
  return out;
}

absl::StatusOr<NpyArray> ScaleArray(const NpyArray& a, absl::string_view factor_text,
                                    const Options& options) {
  absl::StatusOr<Factor> factor = ParseFactor(factor_text);
  if (!factor.ok()) return factor.status();
  absl::StatusOr<DType> out_dtype = ScaleResultDType(a.dtype(), a.ndim(), factor_text);
  if (!out_dtype.ok()) return out_dtype.status();
  if (factor->is_int && *out_dtype == DType::kInt64) {
    // The library takes the factor as a double; an int64 factor a double cannot hold exactly
    // would silently change the result.
    const double d = static_cast<double>(factor->i);
    if (d >= 0x1p63 || static_cast<int64_t>(d) != factor->i) {
      return absl::UnimplementedError(absl::StrCat(
          "--factor=", factor_text, " is not exactly representable as a double; integer "
          "factors beyond 2^53 are only supported when they are"));
    }
  }
  const bool same_dtype = *out_dtype == a.dtype();
  absl::StatusOr<NpyArray> out = same_dtype
                                     ? NpyArray::Zeros(a.dtype(), a.shape(), a.fortran_order())
                                     : ConvertTo(a, *out_dtype);
  if (!out.ok()) return out.status();
  // Scaling a converted copy in place is allowed: out may be exactly its input.
  const ArrayView in_view = same_dtype ? FlatOf(a) : FlatOf(*out);
  if (absl::Status s = Scale(in_view, factor->f, MutableFlatOf(*out), options); !s.ok()) return s;
  return out;
}

absl::StatusOr<NpyArray> Broadcast(absl::string_view op, const NpyArray& a, const NpyArray& v,
                                   const Options& options) {
  const bool row = op == "add_row";
  if (a.ndim() != 2) {
    return absl::InvalidArgumentError(
        absl::StrCat(op, " needs a 2-D first input; got ", Describe(a)));
  }
  if (absl::Status s = SameDType(op, a, v); !s.ok()) return s;
  const int64_t rows = a.shape()[0], cols = a.shape()[1];
  const int64_t want = row ? cols : rows;
  const std::vector<int64_t> two_d = row ? std::vector<int64_t>{1, cols}
                                         : std::vector<int64_t>{rows, 1};
  if (v.shape() != std::vector<int64_t>{want} && v.shape() != two_d) {
    return absl::InvalidArgumentError(absl::StrCat(
        op, " of a ", ShapeText(a.shape()), " array needs a second input of shape (", want,
        ",) or ", ShapeText(two_d), "; got ", ShapeText(v.shape())));
  }
  absl::StatusOr<NpyArray> out = NpyArray::Zeros(a.dtype(), a.shape());
  if (!out.ok()) return out.status();
  // (n,), (1, n) and (n, 1) are all contiguous whatever their order flag says.
  const VectorView vec{v.data(), v.dtype(), want, 1};
  const MutableArrayView out_view{out->data(), out->dtype(), rows, cols, cols, 1};
  const absl::Status s = row ? AddRow(MatrixOf(a), vec, out_view, options)
                             : AddColumn(MatrixOf(a), vec, out_view, options);
  if (!s.ok()) return s;
  return out;
}

}  // namespace

const std::vector<std::string>& OpNames() {
  static const auto* names = new std::vector<std::string>{
      "sum", "mean", "min", "max", "add", "scale", "add_row", "add_col"};
  return *names;
}

absl::StatusOr<int> InputCount(absl::string_view op) {
  if (IsReduction(op) || op == "scale") return 1;
  if (op == "add" || op == "add_row" || op == "add_col") return 2;
  return absl::InvalidArgumentError(absl::StrCat("unknown op '", op, "' (ops: ",
                                                 absl::StrJoin(OpNames(), ", "), ")"));
}

absl::StatusOr<DType> ScaleResultDType(DType dtype, int ndim, absl::string_view text) {
  absl::StatusOr<Factor> factor = ParseFactor(text);
  if (!factor.ok()) return factor.status();
  if (ndim == 0) {
    // With no array of rank >= 1 in the expression, NumPy 1.x types a Python int as int64 and
    // a Python float as float64 and promotes normally.
    if (!factor->is_int || dtype == DType::kFloat32 || dtype == DType::kFloat64) {
      return DType::kFloat64;
    }
    return DType::kInt64;
  }
  switch (dtype) {
    case DType::kFloat64:
      return DType::kFloat64;
    case DType::kFloat32:
      // NumPy 1.x value-based casting: the factor keeps float32 only if it fits a float32
      // (a float) or an int16/uint16 (an int).
      if (factor->is_int) {
        return factor->i >= -32768 && factor->i <= 65535 ? DType::kFloat32 : DType::kFloat64;
      }
      return std::isfinite(factor->f) && std::fabs(factor->f) > FLT_MAX ? DType::kFloat64
                                                                        : DType::kFloat32;
    case DType::kInt32:
      if (!factor->is_int) return DType::kFloat64;
      return factor->i >= INT32_MIN && factor->i <= INT32_MAX ? DType::kInt32 : DType::kInt64;
    case DType::kInt64:
      return factor->is_int ? DType::kInt64 : DType::kFloat64;
  }
  return absl::InternalError("unknown dtype");
}

absl::StatusOr<NpyArray> RunOp(const OpRequest& request,
                               const std::vector<const NpyArray*>& inputs) {
  absl::StatusOr<int> count = InputCount(request.op);
  if (!count.ok()) return count.status();
  if (static_cast<int>(inputs.size()) != *count) {
    return absl::InvalidArgumentError(absl::StrCat(request.op, " takes ", *count, " input",
                                                   *count == 1 ? "" : "s", "; got ",
                                                   inputs.size()));
  }
  if (request.axis.has_value() && !IsReduction(request.op)) {
    return absl::InvalidArgumentError(
        absl::StrCat("--axis only applies to sum, mean, min and max, not ", request.op));
  }
  if (request.factor.has_value() != (request.op == "scale")) {
    return absl::InvalidArgumentError(request.op == "scale"
                                          ? "scale needs --factor=X"
                                          : absl::StrCat("--factor only applies to scale, not ",
                                                         request.op));
  }
  const NpyArray& a = *inputs[0];
  if (absl::StatusOr<ReduceOp> op = ReduceOpFromName(request.op); op.ok()) {
    if (!request.axis.has_value()) return ReduceAll(*op, a, request.options);
    return ReduceOneAxis(*op, a, *request.axis, request.options);
  }
  if (request.op == "scale") return ScaleArray(a, *request.factor, request.options);
  if (request.op == "add") return AddArrays(a, *inputs[1], request.options);
  return Broadcast(request.op, a, *inputs[1], request.options);
}

}  // namespace cli
}  // namespace raptors
