// Reading and writing NumPy `.npy` files.
//
// Supports format versions 1.0, 2.0 and 3.0 (3.0 only differs by a UTF-8 header, which for the
// dtypes we accept is plain ASCII), little-endian float32/float64/int32/int64 data ("<f4", "<f8",
// "<i4", "<i8"), C and Fortran order, and any number of dimensions up to kMaxNpyDims (including
// 0-d). Everything else - big-endian data, other or structured dtypes, object arrays, malformed
// headers, a file whose size does not match its header - is reported as an absl::Status that
// says what is wrong; nothing here crashes or reads outside its input on bad bytes.
//
// The format is specified at
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
#ifndef RAPTORS_TOOLS_RAPTORS_NPY_H_
#define RAPTORS_TOOLS_RAPTORS_NPY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "kernels/raptors.h"

namespace raptors {
namespace npy {

// NumPy 1.x allows 32 dimensions; the kernels' N-d reductions take the same limit.
inline constexpr int kMaxNpyDims = 32;

// The largest header we read. NumPy only writes a version 2.0 header when a 1.0 header would
// pass 64 KiB, which cannot happen for the dtypes we accept; the cap keeps a hostile
// header length from making us allocate gigabytes before we can reject the file.
inline constexpr size_t kMaxHeaderBytes = size_t{1} << 20;

// The parsed header of a .npy file.
struct NpyHeader {
  int major_version = 1;
  int minor_version = 0;
  DType dtype = DType::kFloat32;
  std::vector<int64_t> shape;  // empty for a 0-d array
  bool fortran_order = false;
  size_t data_offset = 0;  // bytes from the start of the file to the first element
  int64_t num_elements = 0;
  int64_t data_bytes = 0;
};

// An array read from or to be written to a .npy file. The element buffer is aligned for any of
// the supported dtypes and holds the elements in the order `fortran_order` says.
class NpyArray {
 public:
  // An array of zeros. Fails on negative dimensions, too many dimensions, or an element or byte
  // count that overflows int64.
  static absl::StatusOr<NpyArray> Zeros(DType dtype, std::vector<int64_t> shape,
                                        bool fortran_order = false);

  NpyArray() = default;

  DType dtype() const { return dtype_; }
  const std::vector<int64_t>& shape() const { return shape_; }
  int ndim() const { return static_cast<int>(shape_.size()); }
  bool fortran_order() const { return fortran_order_; }
  int64_t num_elements() const { return num_elements_; }
  int64_t num_bytes() const { return num_elements_ * static_cast<int64_t>(ItemSize(dtype_)); }

  void* data() { return storage_.data(); }
  const void* data() const { return storage_.data(); }
  template <typename T>
  T* data_as() {
    return reinterpret_cast<T*>(storage_.data());
  }
  template <typename T>
  const T* data_as() const {
    return reinterpret_cast<const T*>(storage_.data());
  }

  // Bytes per element of `dtype` (kept here so this library does not need the kernels' code).
  static size_t ItemSize(DType dtype);

 private:
  DType dtype_ = DType::kFloat32;
  std::vector<int64_t> shape_;
  bool fortran_order_ = false;
  int64_t num_elements_ = 0;
  // int64_t words give 8-byte alignment, enough for every supported dtype.
  std::vector<int64_t> storage_;
};

// The NPY descr string ("<f4", ...) of a dtype.
absl::string_view DescrOf(DType dtype);

// Parses the preamble and header at the start of `bytes`, which must contain at least the
// whole header (it may contain more). Does not look at the data.
absl::StatusOr<NpyHeader> ParseHeader(absl::string_view bytes);

// Parses a complete .npy file held in memory; its size must match the header exactly.
absl::StatusOr<NpyArray> ParseNpy(absl::string_view bytes);

// The bytes of a .npy file holding `array`: version 1.0 unless the header needs 2.0 (or
// `major_version` asks for 2 or 3), header padded to 64 bytes as NumPy does.
absl::StatusOr<std::string> SerializeNpy(const NpyArray& array, int major_version = 1);

// File versions of the above. Reading only allocates after the header and the file size agree.
absl::StatusOr<NpyArray> ReadNpyFile(const std::string& path);
absl::Status WriteNpyFile(const std::string& path, const NpyArray& array);

}  // namespace npy
}  // namespace raptors

#endif  // RAPTORS_TOOLS_RAPTORS_NPY_H_
