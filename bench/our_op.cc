#include "bench/our_op.h"

#include <cstdint>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "kernels/raptors.h"

namespace raptors_bench {
namespace {

struct AxisReduction {
  raptors::ReduceOp op;
  int axis;
};

AxisReduction AxisReductionOf(Op op) {
  switch (op) {
    case Op::kMeanAxis0:
      return {raptors::ReduceOp::kMean, 0};
    case Op::kMeanAxis1:
      return {raptors::ReduceOp::kMean, 1};
    case Op::kSumAxis0:
      return {raptors::ReduceOp::kSum, 0};
    case Op::kSumAxis1:
      return {raptors::ReduceOp::kSum, 1};
    case Op::kMinAxis0:
      return {raptors::ReduceOp::kMin, 0};
    case Op::kMaxAxis1:
      return {raptors::ReduceOp::kMax, 1};
    default:
      return {raptors::ReduceOp::kSum, -1};
  }
}

bool IsFloat(raptors::DType d) {
  return d == raptors::DType::kFloat32 || d == raptors::DType::kFloat64;
}

}  // namespace

double ScaleFactor(raptors::DType dtype) { return IsFloat(dtype) ? 0.5 : 3.0; }

OurOp::OurOp(const CaseSpec& spec, const Operands& operands) : spec_(spec), in_(operands) {
  const AxisReduction red = AxisReductionOf(spec.op);
  if (red.axis >= 0) {
    const int64_t n = red.axis == 0 ? operands.a.cols : operands.a.rows;
    out_ = Buffer(raptors::ReduceResultDType(red.op, spec.dtype), n);
  } else if (IsElementwise(spec.op)) {
    out_ = Buffer(spec.dtype, operands.a.rows * operands.a.cols);
  }
}

absl::Status OurOp::Run(const raptors::Options& options) {
  const AxisReduction red = AxisReductionOf(spec_.op);
  if (red.axis >= 0) {
    raptors::MutableVectorView out{out_.data(), out_.dtype(), out_.count(), 1};
    return raptors::ReduceAxis(red.op, in_.a, red.axis, out, options);
  }
  const raptors::MutableArrayView out{out_.data(),   spec_.dtype,   in_.a.rows,
                                      in_.a.cols,    in_.a.cols,    1};
  switch (spec_.op) {
    case Op::kSum:
    case Op::kMean: {
      absl::StatusOr<raptors::Scalar> s = spec_.op == Op::kSum
                                              ? raptors::Sum(in_.a, options)
                                              : raptors::Mean(in_.a, options);
      if (!s.ok()) return s.status();
      scalar_ = *s;
      return absl::OkStatus();
    }
    case Op::kAdd:
      return raptors::Add(in_.a, in_.b, out, options);
    case Op::kScale:
      return raptors::Scale(in_.a, ScaleFactor(spec_.dtype), out, options);
    case Op::kBroadcastAddRow:
      return raptors::AddRow(in_.a, in_.row, out, options);
    case Op::kBroadcastAddCol:
      return raptors::AddColumn(in_.a, in_.col, out, options);
    default:
      return absl::InternalError("unhandled op");
  }
}

ResultRef OurOp::result() const {
  if (spec_.op == Op::kSum || spec_.op == Op::kMean) {
    // A Scalar holds floats widened to double and integers as int64; hand the checker a
    // value of the Scalar's own dtype.
    ResultRef r;
    r.dtype = scalar_.dtype;
    r.count = 1;
    switch (scalar_.dtype) {
      case raptors::DType::kFloat32:
        scalar_f32_ = static_cast<float>(scalar_.f);
        r.data = &scalar_f32_;
        break;
      case raptors::DType::kFloat64:
        r.data = &scalar_.f;
        break;
      case raptors::DType::kInt32:
        scalar_i32_ = static_cast<int32_t>(scalar_.i);
        r.data = &scalar_i32_;
        break;
      case raptors::DType::kInt64:
        r.data = &scalar_.i;
        break;
    }
    return r;
  }
  return ResultRef{out_.data(), out_.dtype(), out_.count()};
}

}  // namespace raptors_bench
