#include "tests/golden/golden_cases.h"

#include <cmath>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"

namespace raptors {
namespace golden {
namespace {

uint64_t SplitMix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Element k of the input stream `seed`, as raw bits of `dtype`. Floats are a signed integer
// mantissa times a power of two in [2^-4, 2^3]: exact to build, varied in magnitude, no NaNs.
uint64_t InputBits(DType dtype, uint64_t seed, int64_t k) {
  const uint64_t h = SplitMix64(SplitMix64(seed) + static_cast<uint64_t>(k));
  const int e = static_cast<int>(h & 7) - 4;
  switch (dtype) {
    case DType::kFloat32: {
      const int32_t m = static_cast<int32_t>(h >> 40) - (int32_t{1} << 23);
      const float v = static_cast<float>(m) * std::ldexp(1.0f, e - 23);
      uint32_t bits;
      std::memcpy(&bits, &v, 4);
      return bits;
    }
    case DType::kFloat64: {
      const int64_t m = static_cast<int64_t>(h >> 11) - (int64_t{1} << 52);
      const double v = static_cast<double>(m) * std::ldexp(1.0, e - 52);
      uint64_t bits;
      std::memcpy(&bits, &v, 8);
      return bits;
    }
    case DType::kInt32:
      return static_cast<uint32_t>(h >> 32);  // the full int32 range: adds and scales wrap
    case DType::kInt64:
      return h;  // the full int64 range: sums, adds and scales wrap
  }
  return 0;
}

size_t ItemSize(DType dtype) {
  return dtype == DType::kFloat32 || dtype == DType::kInt32 ? 4 : 8;
}

void StoreBits(DType dtype, uint64_t bits, std::vector<int64_t>& buffer, int64_t index) {
  char* base = reinterpret_cast<char*>(buffer.data());
  if (ItemSize(dtype) == 4) {
    const uint32_t b32 = static_cast<uint32_t>(bits);
    std::memcpy(base + index * 4, &b32, 4);
  } else {
    std::memcpy(base + index * 8, &bits, 8);
  }
}

std::vector<int64_t> Words(DType dtype, int64_t n) {
  return std::vector<int64_t>(static_cast<size_t>((n * static_cast<int64_t>(ItemSize(dtype))) / 8 + 1), 0);
}

int64_t Product(const std::vector<int64_t>& shape) {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}

uint64_t SeedOf(DType dtype, const std::vector<int64_t>& shape, int operand) {
  uint64_t seed = SplitMix64(static_cast<uint64_t>(dtype) * 131 + static_cast<uint64_t>(operand));
  for (int64_t d : shape) seed = SplitMix64(seed ^ static_cast<uint64_t>(d));
  return seed;
}

// A rows x cols matrix whose logical element (i, j) is input k = i * cols + j of `seed`,
// placed in memory as `layout` says.
std::vector<int64_t> MakeMatrix(DType dtype, int64_t rows, int64_t cols, Layout layout,
                                uint64_t seed) {
  std::vector<int64_t> buffer = Words(dtype, rows * cols);
  for (int64_t i = 0; i < rows; ++i) {
    for (int64_t j = 0; j < cols; ++j) {
      int64_t at = i * cols + j;
      if (layout == Layout::kColumnMajor) at = j * rows + i;
      if (layout == Layout::kReversed) at = (rows - 1 - i) * cols + j;
      StoreBits(dtype, InputBits(dtype, seed, i * cols + j), buffer, at);
    }
  }
  return buffer;
}

std::vector<int64_t> MakeFlat(DType dtype, int64_t n, uint64_t seed) {
  std::vector<int64_t> buffer = Words(dtype, n);
  for (int64_t k = 0; k < n; ++k) StoreBits(dtype, InputBits(dtype, seed, k), buffer, k);
  return buffer;
}

ArrayView ViewOf(const std::vector<int64_t>& buffer, DType dtype, int64_t rows, int64_t cols,
                 Layout layout) {
  const char* base = reinterpret_cast<const char*>(buffer.data());
  switch (layout) {
    case Layout::kRowMajor:
      return ArrayView{base, dtype, rows, cols, cols, 1};
    case Layout::kColumnMajor:
      return ArrayView{base, dtype, rows, cols, 1, rows};
    case Layout::kReversed:
      return ArrayView{base + (rows > 0 ? rows - 1 : 0) * cols * static_cast<int64_t>(ItemSize(dtype)),
                       dtype, rows, cols, -cols, 1};
  }
  return ArrayView{};
}

DType OutputDType(const GoldenCase& c) {
  switch (c.kind) {
    case Kind::kReduceAll:
    case Kind::kReduceAxis:
    case Kind::kReduceAxisNd:
      return ReduceResultDType(c.op, c.dtype);
    default:
      return c.dtype;
  }
}

int64_t OutputCount(const GoldenCase& c) {
  switch (c.kind) {
    case Kind::kReduceAll:
      return 1;
    case Kind::kReduceAxis:
      return c.shape[c.axis == 0 ? 1 : 0];
    case Kind::kReduceAxisNd:
      return Product(c.shape) / c.shape[static_cast<size_t>(c.axis)];
    default:
      return Product(c.shape);
  }
}

std::string ScalarBytes(const Scalar& s) {
  std::string out(ItemSize(s.dtype), '\0');
  switch (s.dtype) {
    case DType::kFloat32: {
      const float f = static_cast<float>(s.f);
      std::memcpy(out.data(), &f, 4);
      break;
    }
    case DType::kFloat64:
      std::memcpy(out.data(), &s.f, 8);
      break;
    case DType::kInt32: {
      const int32_t i = static_cast<int32_t>(s.i);
      std::memcpy(out.data(), &i, 4);
      break;
    }
    case DType::kInt64:
      std::memcpy(out.data(), &s.i, 8);
      break;
  }
  return out;
}

const char* LayoutName(Layout layout) {
  switch (layout) {
    case Layout::kRowMajor:
      return "row_major";
    case Layout::kColumnMajor:
      return "col_major";
    case Layout::kReversed:
      return "reversed";
  }
  return "?";
}

}  // namespace

std::vector<GoldenCase> AllCases() {
  const DType kDTypes[] = {DType::kFloat32, DType::kFloat64, DType::kInt32, DType::kInt64};
  const ReduceOp kOps[] = {ReduceOp::kSum, ReduceOp::kMean, ReduceOp::kMin, ReduceOp::kMax};
  struct Shape2D {
    int64_t rows, cols;
    std::vector<Layout> layouts;
  };
  // Odd sizes that leave vector tails, tall ones that span many row blocks, one reversed view.
  const std::vector<Shape2D> kShapes = {
      {1, 1, {Layout::kRowMajor, Layout::kColumnMajor}},
      {3, 5, {Layout::kRowMajor, Layout::kColumnMajor}},
      {17, 33, {Layout::kRowMajor, Layout::kColumnMajor, Layout::kReversed}},
      {5000, 3, {Layout::kRowMajor, Layout::kColumnMajor, Layout::kReversed}},
      {1031, 19, {Layout::kRowMajor, Layout::kColumnMajor}},
  };
  const std::vector<std::vector<int64_t>> kShapesNd = {{4, 5, 6}, {3, 101, 5}, {2, 3, 4, 5}};

  std::vector<GoldenCase> cases;
  auto add = [&](GoldenCase c, absl::string_view what, absl::string_view suffix) {
    c.name = absl::StrCat(what, "/", DTypeName(c.dtype), "/", absl::StrJoin(c.shape, "x"),
                          suffix);
    cases.push_back(std::move(c));
  };
  for (DType dtype : kDTypes) {
    for (const Shape2D& s : kShapes) {
      for (Layout layout : s.layouts) {
        GoldenCase base;
        base.dtype = dtype;
        base.shape = {s.rows, s.cols};
        base.layout = layout;
        const std::string where = absl::StrCat("/", LayoutName(layout));
        for (ReduceOp op : kOps) {
          GoldenCase c = base;
          c.op = op;
          c.kind = Kind::kReduceAll;
          add(c, ReduceOpName(op), absl::StrCat(where, "/all"));
          for (int axis : {0, 1}) {
            c.kind = Kind::kReduceAxis;
            c.axis = axis;
            add(c, ReduceOpName(op), absl::StrCat(where, "/axis", axis));
          }
        }
        GoldenCase c = base;
        c.kind = Kind::kAdd;
        add(c, "add", where);
        c.kind = Kind::kScale;
        // Integer dtypes need an integral factor; 0.1 is inexact in binary, so every float
        // product rounds.
        c.factor = dtype == DType::kInt32 || dtype == DType::kInt64 ? -3.0 : 0.1;
        add(c, "scale", where);
        c.kind = Kind::kAddRow;
        add(c, "add_row", where);
        c.kind = Kind::kAddColumn;
        add(c, "add_col", where);
      }
    }
    for (const std::vector<int64_t>& shape : kShapesNd) {
      for (ReduceOp op : kOps) {
        for (int axis = 0; axis < static_cast<int>(shape.size()); ++axis) {
          GoldenCase c;
          c.kind = Kind::kReduceAxisNd;
          c.op = op;
          c.dtype = dtype;
          c.shape = shape;
          c.axis = axis;
          add(c, ReduceOpName(op), absl::StrCat("/nd/axis", axis));
        }
      }
    }
  }
  // Just above the library's parallel threshold (2^18 elements), so 3 threads really split
  // the work; kept small because the test also runs under QEMU.
  for (DType dtype : {DType::kFloat32, DType::kFloat64}) {
    for (ReduceOp op : {ReduceOp::kSum, ReduceOp::kMean}) {
      GoldenCase c;
      c.op = op;
      c.dtype = dtype;
      c.shape = {2311, 131};
      c.kind = Kind::kReduceAll;
      add(c, ReduceOpName(op), "/row_major/all");
      for (int axis : {0, 1}) {
        c.kind = Kind::kReduceAxis;
        c.axis = axis;
        add(c, ReduceOpName(op), absl::StrCat("/row_major/axis", axis));
      }
    }
  }
  return cases;
}

PreparedCase::PreparedCase(GoldenCase c) : case_(std::move(c)) {
  const GoldenCase& g = case_;
  if (g.kind == Kind::kReduceAxisNd) {
    a_ = MakeFlat(g.dtype, Product(g.shape), SeedOf(g.dtype, g.shape, 0));
    return;
  }
  const int64_t rows = g.shape[0], cols = g.shape[1];
  a_ = MakeMatrix(g.dtype, rows, cols, g.layout, SeedOf(g.dtype, g.shape, 0));
  if (g.kind == Kind::kAdd) {
    b_ = MakeMatrix(g.dtype, rows, cols, g.layout, SeedOf(g.dtype, g.shape, 1));
  } else if (g.kind == Kind::kAddRow) {
    b_ = MakeFlat(g.dtype, cols, SeedOf(g.dtype, g.shape, 2));
  } else if (g.kind == Kind::kAddColumn) {
    b_ = MakeFlat(g.dtype, rows, SeedOf(g.dtype, g.shape, 3));
  }
}

absl::StatusOr<std::string> PreparedCase::Run(const Options& options) const {
  const GoldenCase& g = case_;
  const DType out_dtype = OutputDType(g);
  const int64_t count = OutputCount(g);
  std::vector<int64_t> out = Words(out_dtype, count);
  const auto bytes = [&]() {
    return std::string(reinterpret_cast<const char*>(out.data()),
                       static_cast<size_t>(count) * ItemSize(out_dtype));
  };
  if (g.kind == Kind::kReduceAxisNd) {
    absl::Status s = ReduceAxisNd(g.op, a_.data(), g.dtype, g.shape, g.axis, out.data(), count,
                                  options);
    if (!s.ok()) return s;
    return bytes();
  }
  const int64_t rows = g.shape[0], cols = g.shape[1];
  const ArrayView a = ViewOf(a_, g.dtype, rows, cols, g.layout);
  const MutableArrayView out_matrix{out.data(), out_dtype, rows, cols, cols, 1};
  absl::Status status;
  switch (g.kind) {
    case Kind::kReduceAll: {
      absl::StatusOr<Scalar> s = Reduce(g.op, a, options);
      if (!s.ok()) return s.status();
      if (s->dtype != out_dtype) {
        return absl::InternalError(absl::StrCat("Reduce returned dtype ", DTypeName(s->dtype),
                                                ", expected ", DTypeName(out_dtype)));
      }
      return ScalarBytes(*s);
    }
    case Kind::kReduceAxis:
      status = ReduceAxis(g.op, a, g.axis, MutableVectorView{out.data(), out_dtype, count, 1},
                          options);
      break;
    case Kind::kAdd:
      status = Add(a, ViewOf(b_, g.dtype, rows, cols, g.layout), out_matrix, options);
      break;
    case Kind::kScale:
      status = Scale(a, g.factor, out_matrix, options);
      break;
    case Kind::kAddRow:
      status = AddRow(a, VectorView{b_.data(), g.dtype, cols, 1}, out_matrix, options);
      break;
    case Kind::kAddColumn:
      status = AddColumn(a, VectorView{b_.data(), g.dtype, rows, 1}, out_matrix, options);
      break;
    case Kind::kReduceAxisNd:
      break;
  }
  if (!status.ok()) return status;
  return bytes();
}

uint64_t HashBytes(absl::string_view bytes) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

size_t OutputItemSize(const GoldenCase& c) { return ItemSize(OutputDType(c)); }

uint64_t ElementBits(const GoldenCase& c, absl::string_view bytes, int64_t index) {
  const size_t size = OutputItemSize(c);
  uint64_t bits = 0;
  std::memcpy(&bits, bytes.data() + static_cast<size_t>(index) * size, size);
  return bits;
}

}  // namespace golden
}  // namespace raptors
