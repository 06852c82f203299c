// Names and parsing of the public enums.
#include <cstdlib>

#include "absl/strings/str_cat.h"
#include "kernels/raptors.h"

namespace raptors {

size_t DTypeSize(DType dtype) {
  return dtype == DType::kFloat32 || dtype == DType::kInt32 ? 4 : 8;
}

absl::string_view DTypeName(DType dtype) {
  switch (dtype) {
    case DType::kFloat32: return "float32";
    case DType::kFloat64: return "float64";
    case DType::kInt32: return "int32";
    case DType::kInt64: return "int64";
  }
  return "invalid";
}

absl::StatusOr<DType> ParseDType(absl::string_view name) {
  for (DType d : {DType::kFloat32, DType::kFloat64, DType::kInt32, DType::kInt64}) {
    if (name == DTypeName(d)) return d;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("unknown dtype \"", name, "\" (expected float32, float64, int32 or int64)"));
}

absl::string_view IsaName(Isa isa) {
  switch (isa) {
    case Isa::kScalar: return "scalar";
    case Isa::kSse2: return "sse2";
    case Isa::kAvx2: return "avx2";
    case Isa::kAvx512: return "avx512";
    case Isa::kNeon: return "neon";
    case Isa::kSve: return "sve";
  }
  return "invalid";
}

absl::StatusOr<Isa> ParseIsa(absl::string_view name) {
  for (Isa i : {Isa::kScalar, Isa::kSse2, Isa::kAvx2, Isa::kAvx512, Isa::kNeon, Isa::kSve}) {
    if (name == IsaName(i)) return i;
  }
  return absl::InvalidArgumentError(absl::StrCat(
      "unknown ISA \"", name, "\" (expected scalar, sse2, avx2, avx512, neon or sve)"));
}

absl::string_view ReduceOpName(ReduceOp op) {
  switch (op) {
    case ReduceOp::kSum: return "sum";
    case ReduceOp::kMean: return "mean";
    case ReduceOp::kMin: return "min";
    case ReduceOp::kMax: return "max";
  }
  return "invalid";
}

DType ReduceResultDType(ReduceOp op, DType input) {
  const bool integer = input == DType::kInt32 || input == DType::kInt64;
  switch (op) {
    case ReduceOp::kSum: return integer ? DType::kInt64 : input;
    case ReduceOp::kMean: return integer ? DType::kFloat64 : input;
    default: return input;
  }
}

}  // namespace raptors
