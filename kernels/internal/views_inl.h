// Template definitions of the view helpers declared in kernels/raptors.h.
#ifndef RAPTORS_KERNELS_INTERNAL_VIEWS_INL_H_
#define RAPTORS_KERNELS_INTERNAL_VIEWS_INL_H_

#include <cstdint>
#include <type_traits>

namespace raptors {
namespace internal {

template <typename T>
constexpr DType DTypeOf() {
  static_assert(std::is_same_v<T, float> || std::is_same_v<T, double> ||
                    std::is_same_v<T, int32_t> || std::is_same_v<T, int64_t>,
                "raptors supports float, double, int32_t and int64_t elements");
  if constexpr (std::is_same_v<T, float>) return DType::kFloat32;
  if constexpr (std::is_same_v<T, double>) return DType::kFloat64;
  if constexpr (std::is_same_v<T, int32_t>) return DType::kInt32;
  return DType::kInt64;
}

}  // namespace internal

template <typename T>
ArrayView MatrixView(const T* data, int64_t rows, int64_t cols) {
  return ArrayView{data, internal::DTypeOf<T>(), rows, cols, cols, 1};
}

template <typename T>
MutableArrayView MutableMatrixView(T* data, int64_t rows, int64_t cols) {
  return MutableArrayView{data, internal::DTypeOf<T>(), rows, cols, cols, 1};
}

template <typename T>
VectorView Vector(const T* data, int64_t size) {
  return VectorView{data, internal::DTypeOf<T>(), size, 1};
}

template <typename T>
MutableVectorView MutableVector(T* data, int64_t size) {
  return MutableVectorView{data, internal::DTypeOf<T>(), size, 1};
}

}  // namespace raptors

#endif  // RAPTORS_KERNELS_INTERNAL_VIEWS_INL_H_
