#include "bench/arrays.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <sys/mman.h>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace raptors_bench {
namespace {

// splitmix64: a cheap, well-mixed function of the index, so filling is parallel-free and
// reproducible without carrying generator state.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

uint64_t Spread(int64_t i) { return static_cast<uint64_t>(i) * 0x100000001b3ULL; }

template <typename T>
void FillFloat(T* p, int64_t n, uint64_t seed) {
  for (int64_t i = 0; i < n; ++i) {
    const int64_t k = static_cast<int64_t>(Mix(seed ^ Spread(i)) % 129);
    p[i] = static_cast<T>(k - 64) / static_cast<T>(8);
  }
}

template <typename T>
void FillInt(T* p, int64_t n, uint64_t seed) {
  for (int64_t i = 0; i < n; ++i) {
    const int64_t k = static_cast<int64_t>(Mix(seed ^ Spread(i)) % 2001);
    p[i] = static_cast<T>(k - 1000);
  }
}

}  // namespace

void Buffer::Free::operator()(void* p) const { std::free(p); }

Buffer::Buffer(raptors::DType dtype, int64_t count) : dtype_(dtype), count_(count) {
  const size_t bytes = static_cast<size_t>(size_bytes());
  // Large buffers get transparent huge pages, as NumPy gives its own arrays of 4 MiB or more
  // (it calls madvise(MADV_HUGEPAGE) on them); without this, both sides of a comparison would
  // not run on the same kind of memory and ours would pay TLB misses NumPy does not.
  // aligned_alloc wants a multiple of the alignment; at least one line so data() is non-null.
  const bool huge = bytes >= kHugePageThreshold;
  const size_t align = huge ? kHugePageSize : 64;
  const size_t rounded = ((bytes + align - 1) / align) * align + align;
  void* p = std::aligned_alloc(align, rounded);
  if (p == nullptr) {
    std::fprintf(stderr, "out of memory allocating %zu bytes\n", rounded);
    std::abort();
  }
  if (huge) {
    // Advice only: a kernel without THP (or with it disabled) leaves small pages, which is
    // what NumPy gets there too.
    (void)madvise(p, rounded, MADV_HUGEPAGE);
  }
  std::memset(p, 0, rounded);
  data_.reset(p);
}

int64_t Buffer::size_bytes() const {
  return count_ * static_cast<int64_t>(raptors::DTypeSize(dtype_));
}

void FillDeterministic(Buffer& buffer, uint64_t seed) {
  const int64_t n = buffer.count();
  switch (buffer.dtype()) {
    case raptors::DType::kFloat32:
      FillFloat(static_cast<float*>(buffer.data()), n, seed);
      break;
    case raptors::DType::kFloat64:
      FillFloat(static_cast<double*>(buffer.data()), n, seed);
      break;
    case raptors::DType::kInt32:
      FillInt(static_cast<int32_t*>(buffer.data()), n, seed);
      break;
    case raptors::DType::kInt64:
      FillInt(static_cast<int64_t*>(buffer.data()), n, seed);
      break;
  }
}

raptors::ArrayView ViewOf(const Buffer& base, const Shape& shape) {
  raptors::ArrayView v;
  v.data = base.data();
  v.dtype = base.dtype();
  v.rows = shape.view_rows();
  v.cols = shape.view_cols();
  v.row_stride = shape.row_stride();
  v.col_stride = shape.col_stride();
  return v;
}

absl::Status WriteRaw(const Buffer& buffer, const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return absl::InternalError(absl::StrCat("cannot write ", path));
  const size_t bytes = static_cast<size_t>(buffer.size_bytes());
  const size_t written = std::fwrite(buffer.data(), 1, bytes, f);
  const bool closed = std::fclose(f) == 0;
  if (written != bytes || !closed) {
    return absl::InternalError(absl::StrCat("short write to ", path));
  }
  return absl::OkStatus();
}

}  // namespace raptors_bench
