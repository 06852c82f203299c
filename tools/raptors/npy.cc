#include "tools/raptors/npy.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <new>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"

namespace raptors {
namespace npy {
namespace {

// The .npy format stores everything little-endian; we copy bytes straight into typed buffers,
// which is only right on a little-endian host (x86_64 and aarch64 Linux both are).
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "npy.cc assumes a little-endian host");

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicLen = 6;
// NumPy pads the header so the data starts on a 64-byte boundary.
constexpr size_t kArrayAlign = 64;

struct Preamble {
  int major = 0;
  int minor = 0;
  size_t header_offset = 0;  // where the header dict starts
  size_t data_offset = 0;    // where the data starts
};

uint32_t LoadLittleEndian(absl::string_view bytes, size_t offset, size_t width) {
  uint32_t value = 0;
  for (size_t i = 0; i < width; ++i) {
    value |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[offset + i])) << (8 * i);
  }
  return value;
}

absl::StatusOr<Preamble> ParsePreamble(absl::string_view bytes) {
  if (bytes.size() < kMagicLen || bytes.substr(0, kMagicLen) != absl::string_view(kMagic, 6)) {
    return absl::InvalidArgumentError(
        "not a .npy file: it does not start with the magic bytes \"\\x93NUMPY\"");
  }
  if (bytes.size() < kMagicLen + 2) {
    return absl::InvalidArgumentError("truncated .npy file: it ends inside the version bytes");
  }
  Preamble p;
  p.major = static_cast<unsigned char>(bytes[6]);
  p.minor = static_cast<unsigned char>(bytes[7]);
  if ((p.major != 1 && p.major != 2 && p.major != 3) || p.minor != 0) {
    return absl::UnimplementedError(absl::StrCat("unsupported .npy format version ", p.major, ".",
                                                 p.minor, " (supported: 1.0, 2.0, 3.0)"));
  }
  // Version 1.0 has a 2-byte header length; 2.0 and 3.0 have 4 bytes.
  const size_t len_width = p.major == 1 ? 2 : 4;
  p.header_offset = kMagicLen + 2 + len_width;
  if (bytes.size() < p.header_offset) {
    return absl::InvalidArgumentError(
        "truncated .npy file: it ends inside the header length field");
  }
  const size_t header_len = LoadLittleEndian(bytes, kMagicLen + 2, len_width);
  if (header_len > kMaxHeaderBytes) {
    return absl::InvalidArgumentError(absl::StrCat("the .npy header length ", header_len,
                                                   " is larger than the ", kMaxHeaderBytes,
                                                   " bytes this reader accepts"));
  }
  p.data_offset = p.header_offset + header_len;
  return p;
}

// A strict parser for the Python dict literal NumPy writes as the header, e.g.
//   {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }
// It accepts exactly the literal forms NumPy's own reader (ast.literal_eval) would accept for
// these keys and rejects everything else with the byte position of the problem.
class HeaderParser {
 public:
  explicit HeaderParser(absl::string_view text) : text_(text) {}

  absl::Status Parse(NpyHeader& header) {
    for (size_t i = 0; i < text_.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(text_[i]);
      if (c >= 0x80 || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
        return Error(i, "the header contains a byte that is not printable ASCII");
      }
    }
    SkipSpace();
    if (!Consume('{')) return Error(pos_, "the header is not a dict: expected '{'");
    bool have_descr = false, have_fortran = false, have_shape = false;
    while (true) {
      SkipSpace();
      if (Consume('}')) break;
      const size_t key_pos = pos_;
      std::string key;
      if (absl::Status s = ParseString(key); !s.ok()) return s;
      SkipSpace();
      if (!Consume(':')) return Error(pos_, "expected ':' after a dict key");
      SkipSpace();
      if (key == "descr") {
        if (have_descr) return Error(key_pos, "duplicate key 'descr'");
        have_descr = true;
        if (absl::Status s = ParseDescr(header); !s.ok()) return s;
      } else if (key == "fortran_order") {
        if (have_fortran) return Error(key_pos, "duplicate key 'fortran_order'");
        have_fortran = true;
        if (absl::Status s = ParseBool(header.fortran_order); !s.ok()) return s;
      } else if (key == "shape") {
        if (have_shape) return Error(key_pos, "duplicate key 'shape'");
        have_shape = true;
        if (absl::Status s = ParseShape(header.shape); !s.ok()) return s;
      } else {
        return Error(key_pos, absl::StrCat("unexpected key '", key,
                                           "' (a .npy header has exactly 'descr', "
                                           "'fortran_order' and 'shape')"));
      }
      SkipSpace();
      if (Consume(',')) continue;
      SkipSpace();
      if (Consume('}')) break;
      return Error(pos_, "expected ',' or '}' after a dict value");
    }
    SkipSpace();
    if (pos_ != text_.size()) return Error(pos_, "unexpected text after the closing '}'");
    if (!have_descr) return Error(pos_, "the header has no 'descr' key");
    if (!have_fortran) return Error(pos_, "the header has no 'fortran_order' key");
    if (!have_shape) return Error(pos_, "the header has no 'shape' key");
    return absl::OkStatus();
  }

 private:
  absl::Status Error(size_t pos, absl::string_view what) const {
    return absl::InvalidArgumentError(
        absl::StrCat("malformed .npy header at byte ", pos, " of the header: ", what));
  }

  void SkipSpace() {
    while (pos_ < text_.size() &&
           (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\t' ||
            text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Consume(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  bool Peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

  // A quoted string without escapes (none of the keys or supported descrs need one).
  absl::Status ParseString(std::string& out) {
    if (!Peek('\'') && !Peek('"')) return Error(pos_, "expected a quoted string");
    const char quote = text_[pos_++];
    const size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] != quote) {
      if (text_[pos_] == '\\') return Error(pos_, "escape sequences are not supported");
      if (text_[pos_] == '\n') return Error(pos_, "unterminated string");
      ++pos_;
    }
    if (pos_ == text_.size()) return Error(start - 1, "unterminated string");
    out = std::string(text_.substr(start, pos_ - start));
    ++pos_;
    return absl::OkStatus();
  }

  absl::Status ParseDescr(NpyHeader& header) {
    if (Peek('[')) {
      return absl::UnimplementedError(
          "structured dtypes (a list as 'descr') are not supported; use one of <f4 <f8 <i4 <i8");
    }
    const size_t descr_pos = pos_;
    std::string descr;
    if (absl::Status s = ParseString(descr); !s.ok()) {
      return Error(descr_pos, "'descr' must be a quoted dtype string such as '<f4'");
    }
    return DTypeFromDescr(descr, header.dtype);
  }

  static absl::Status DTypeFromDescr(const std::string& descr, DType& dtype) {
    static constexpr struct {
      const char* descr;
      DType dtype;
    } kSupported[] = {{"<f4", DType::kFloat32},
                      {"<f8", DType::kFloat64},
                      {"<i4", DType::kInt32},
                      {"<i8", DType::kInt64}};
    for (const auto& s : kSupported) {
      if (descr == s.descr) {
        dtype = s.dtype;
        return absl::OkStatus();
      }
    }
    const std::string quoted = absl::StrCat("'", descr, "'");
    if (descr.find('O') != std::string::npos) {
      return absl::UnimplementedError(
          absl::StrCat("object arrays (descr ", quoted, ") are not supported"));
    }
    if (descr.size() >= 2 && descr[0] == '>') {
      return absl::UnimplementedError(absl::StrCat(
          "big-endian data (descr ", quoted,
          ") is not supported; convert it with arr.astype(arr.dtype.newbyteorder('<'))"));
    }
    if (descr.size() >= 3 && descr[0] == '|' && descr.substr(2) != "1") {
      return absl::InvalidArgumentError(absl::StrCat(
          "descr ", quoted, " is invalid: byte order '|' only applies to 1-byte types"));
    }
    if (descr.size() >= 2 && descr[0] == '=') {
      return absl::UnimplementedError(absl::StrCat(
          "descr ", quoted, " has no explicit byte order; expected one of <f4 <f8 <i4 <i8"));
    }
    return absl::UnimplementedError(absl::StrCat(
        "unsupported dtype ", quoted, " (supported: <f4 <f8 <i4 <i8, i.e. little-endian "
        "float32, float64, int32, int64)"));
  }

  absl::Status ParseBool(bool& out) {
    const absl::string_view rest = text_.substr(pos_);
    for (const auto& [word, value] : {std::pair<absl::string_view, bool>{"True", true},
                                      std::pair<absl::string_view, bool>{"False", false}}) {
      if (absl::StartsWith(rest, word)) {
        const size_t end = pos_ + word.size();
        // "Truex" is a different identifier, not True.
        if (end < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[end])) ||
                                   text_[end] == '_')) {
          break;
        }
        pos_ = end;
        out = value;
        return absl::OkStatus();
      }
    }
    return Error(pos_, "'fortran_order' must be True or False");
  }

  absl::Status ParseInt(int64_t& out) {
    const size_t start = pos_;
    const bool negative = Consume('-');
    const size_t digits = pos_;
    uint64_t value = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      const uint64_t d = static_cast<uint64_t>(text_[pos_] - '0');
      if (value > (uint64_t{1} << 63) / 10 || value * 10 + d > (uint64_t{1} << 63)) {
        return Error(start, "a shape dimension does not fit in 64 bits");
      }
      value = value * 10 + d;
      ++pos_;
    }
    if (pos_ == digits) return Error(start, "expected an integer in 'shape'");
    if (pos_ - digits > 1 && text_[digits] == '0') {
      return Error(start, "an integer in 'shape' has a leading zero");
    }
    if (!negative && value == (uint64_t{1} << 63)) {
      return Error(start, "a shape dimension does not fit in 64 bits");
    }
    out = negative ? static_cast<int64_t>(0 - value) : static_cast<int64_t>(value);
    return absl::OkStatus();
  }

  // A Python tuple of integers: "()", "(3,)", "(2, 3)", "(2, 3,)". "(3)" is the integer 3 in
  // Python, not a tuple, so it is rejected.
  absl::Status ParseShape(std::vector<int64_t>& shape) {
    if (!Consume('(')) return Error(pos_, "'shape' must be a tuple such as (3, 4)");
    shape.clear();
    bool trailing_comma = false;
    while (true) {
      SkipSpace();
      if (Consume(')')) break;
      if (shape.size() == static_cast<size_t>(kMaxNpyDims)) {
        return Error(pos_, absl::StrCat("'shape' has more than ", kMaxNpyDims, " dimensions"));
      }
      int64_t dim = 0;
      if (absl::Status s = ParseInt(dim); !s.ok()) return s;
      shape.push_back(dim);
      SkipSpace();
      trailing_comma = Consume(',');
      if (trailing_comma) continue;
      SkipSpace();
      if (Consume(')')) break;
      return Error(pos_, "expected ',' or ')' in 'shape'");
    }
    if (shape.size() == 1 && !trailing_comma) {
      return Error(pos_, "'shape' of one dimension needs a trailing comma, as in (3,)");
    }
    return absl::OkStatus();
  }

  absl::string_view text_;
  size_t pos_ = 0;
};

// Element and byte counts of a shape, with every overflow and negative dimension reported.
absl::Status CountElements(const std::vector<int64_t>& shape, DType dtype, int64_t& elements,
                           int64_t& bytes) {
  if (shape.size() > static_cast<size_t>(kMaxNpyDims)) {
    return absl::InvalidArgumentError(
        absl::StrCat("shape has ", shape.size(), " dimensions; at most ", kMaxNpyDims,
                     " are supported"));
  }
  elements = 1;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat("shape dimension ", i, " is negative (", shape[i], ")"));
    }
  }
  for (size_t i = 0; i < shape.size(); ++i) {
    if (__builtin_mul_overflow(elements, shape[i], &elements)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "the element count of shape (", absl::StrJoin(shape, ", "), ") overflows int64"));
    }
  }
  if (__builtin_mul_overflow(elements, static_cast<int64_t>(NpyArray::ItemSize(dtype)),
                             &bytes)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "the byte count of shape (", absl::StrJoin(shape, ", "), ") overflows int64"));
  }
  return absl::OkStatus();
}

std::string ShapeRepr(const std::vector<int64_t>& shape) {
  if (shape.size() == 1) return absl::StrCat("(", shape[0], ",)");
  return absl::StrCat("(", absl::StrJoin(shape, ", "), ")");
}

std::string ErrnoText() { return std::strerror(errno); }

// Reads exactly `size` bytes at `offset`; a short file is an error.
absl::Status ReadAt(int fd, const std::string& path, size_t offset, size_t size, void* out) {
  char* dst = static_cast<char*>(out);
  while (size > 0) {
    const ssize_t n = pread(fd, dst, size, static_cast<off_t>(offset));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return absl::UnavailableError(absl::StrCat("reading ", path, ": ", ErrnoText()));
    if (n == 0) {
      return absl::DataLossError(absl::StrCat(path, ": the file got shorter while reading it"));
    }
    dst += n;
    offset += static_cast<size_t>(n);
    size -= static_cast<size_t>(n);
  }
  return absl::OkStatus();
}

class FileCloser {
 public:
  explicit FileCloser(int fd) : fd_(fd) {}
  ~FileCloser() { close(fd_); }
  FileCloser(const FileCloser&) = delete;
  FileCloser& operator=(const FileCloser&) = delete;

 private:
  int fd_;
};

}  // namespace

size_t NpyArray::ItemSize(DType dtype) {
  switch (dtype) {
    case DType::kFloat32:
    case DType::kInt32:
      return 4;
    case DType::kFloat64:
    case DType::kInt64:
      return 8;
  }
  return 0;
}

absl::StatusOr<NpyArray> NpyArray::Zeros(DType dtype, std::vector<int64_t> shape,
                                         bool fortran_order) {
  int64_t elements = 0, bytes = 0;
  if (absl::Status s = CountElements(shape, dtype, elements, bytes); !s.ok()) return s;
  NpyArray array;
  array.dtype_ = dtype;
  array.shape_ = std::move(shape);
  array.fortran_order_ = fortran_order;
  array.num_elements_ = elements;
  try {
    // At least one word, so data() is never null even for an empty array.
    array.storage_.assign(static_cast<size_t>(bytes / 8 + 1), 0);
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError(
        absl::StrCat("cannot allocate ", bytes, " bytes for an array of shape ",
                     ShapeRepr(array.shape_)));
  }
  return array;
}

absl::string_view DescrOf(DType dtype) {
  switch (dtype) {
    case DType::kFloat32:
      return "<f4";
    case DType::kFloat64:
      return "<f8";
    case DType::kInt32:
      return "<i4";
    case DType::kInt64:
      return "<i8";
  }
  return "?";
}

absl::StatusOr<NpyHeader> ParseHeader(absl::string_view bytes) {
  absl::StatusOr<Preamble> preamble = ParsePreamble(bytes);
  if (!preamble.ok()) return preamble.status();
  if (bytes.size() < preamble->data_offset) {
    return absl::InvalidArgumentError(absl::StrCat(
        "truncated .npy file: the header length says the header ends at byte ",
        preamble->data_offset, " but the file has only ", bytes.size(), " bytes"));
  }
  NpyHeader header;
  header.major_version = preamble->major;
  header.minor_version = preamble->minor;
  header.data_offset = preamble->data_offset;
  HeaderParser parser(bytes.substr(preamble->header_offset,
                                   preamble->data_offset - preamble->header_offset));
  if (absl::Status s = parser.Parse(header); !s.ok()) return s;
  if (absl::Status s =
          CountElements(header.shape, header.dtype, header.num_elements, header.data_bytes);
      !s.ok()) {
    return s;
  }
  return header;
}

absl::StatusOr<NpyArray> ParseNpy(absl::string_view bytes) {
  absl::StatusOr<NpyHeader> header = ParseHeader(bytes);
  if (!header.ok()) return header.status();
  const size_t available = bytes.size() - header->data_offset;
  if (available != static_cast<uint64_t>(header->data_bytes)) {
    return absl::InvalidArgumentError(absl::StrCat(
        "the .npy data is ", available, " bytes but shape ", ShapeRepr(header->shape),
        " of dtype ", DescrOf(header->dtype), " needs ", header->data_bytes, " bytes"));
  }
  absl::StatusOr<NpyArray> array =
      NpyArray::Zeros(header->dtype, header->shape, header->fortran_order);
  if (!array.ok()) return array.status();
  if (header->data_bytes > 0) {
    std::memcpy(array->data(), bytes.data() + header->data_offset,
                static_cast<size_t>(header->data_bytes));
  }
  return array;
}

absl::StatusOr<std::string> SerializeNpy(const NpyArray& array, int major_version) {
  if (major_version < 1 || major_version > 3) {
    return absl::InvalidArgumentError(
        absl::StrCat("cannot write .npy format version ", major_version, ".0"));
  }
  std::string dict = absl::StrCat("{'descr': '", DescrOf(array.dtype()), "', 'fortran_order': ",
                                  array.fortran_order() ? "True" : "False",
                                  ", 'shape': ", ShapeRepr(array.shape()), ", }");
  // Pad as NumPy's _wrap_header does: spaces then '\n', so the data starts 64-byte aligned.
  auto padded_len = [&](size_t len_width) {
    const size_t unpadded = kMagicLen + 2 + len_width + dict.size() + 1;
    return dict.size() + 1 + (kArrayAlign - unpadded % kArrayAlign);
  };
  if (major_version == 1 && padded_len(2) > 0xFFFF) major_version = 2;
  const size_t len_width = major_version == 1 ? 2 : 4;
  const size_t header_len = padded_len(len_width);
  dict.append(header_len - dict.size() - 1, ' ');
  dict.push_back('\n');

  std::string out(kMagic, kMagicLen);
  out.push_back(static_cast<char>(major_version));
  out.push_back(0);
  for (size_t i = 0; i < len_width; ++i) {
    out.push_back(static_cast<char>((header_len >> (8 * i)) & 0xFF));
  }
  out += dict;
  out.append(static_cast<const char*>(array.data()), static_cast<size_t>(array.num_bytes()));
  return out;
}

absl::StatusOr<NpyArray> ReadNpyFile(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return absl::NotFoundError(absl::StrCat("cannot open ", path, ": ", ErrnoText()));
  FileCloser closer(fd);
  struct stat st;
  if (fstat(fd, &st) != 0) {
    return absl::UnavailableError(absl::StrCat("cannot stat ", path, ": ", ErrnoText()));
  }
  if (!S_ISREG(st.st_mode)) {
    return absl::InvalidArgumentError(absl::StrCat(path, " is not a regular file"));
  }
  const size_t file_size = static_cast<size_t>(st.st_size);

  // The longest preamble (versions 2.0 and 3.0) is 12 bytes.
  std::string head(std::min<size_t>(file_size, 12), '\0');
  if (absl::Status s = ReadAt(fd, path, 0, head.size(), head.data()); !s.ok()) return s;
  absl::StatusOr<Preamble> preamble = ParsePreamble(head);
  if (!preamble.ok()) return absl::Status(preamble.status().code(),
                                          absl::StrCat(path, ": ", preamble.status().message()));
  if (preamble->data_offset > file_size) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": truncated .npy file: the header length says the header ends at byte ",
        preamble->data_offset, " but the file has only ", file_size, " bytes"));
  }
  head.resize(preamble->data_offset);
  if (absl::Status s = ReadAt(fd, path, 0, head.size(), head.data()); !s.ok()) return s;
  absl::StatusOr<NpyHeader> header = ParseHeader(head);
  if (!header.ok()) {
    return absl::Status(header.status().code(),
                        absl::StrCat(path, ": ", header.status().message()));
  }
  const size_t available = file_size - header->data_offset;
  if (available != static_cast<uint64_t>(header->data_bytes)) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": the .npy data is ", available, " bytes but shape ", ShapeRepr(header->shape),
        " of dtype ", DescrOf(header->dtype), " needs ", header->data_bytes, " bytes"));
  }
  absl::StatusOr<NpyArray> array =
      NpyArray::Zeros(header->dtype, header->shape, header->fortran_order);
  if (!array.ok()) return array.status();
  if (absl::Status s = ReadAt(fd, path, header->data_offset,
                              static_cast<size_t>(header->data_bytes), array->data());
      !s.ok()) {
    return s;
  }
  return array;
}

absl::Status WriteNpyFile(const std::string& path, const NpyArray& array) {
  absl::StatusOr<std::string> bytes = SerializeNpy(array);
  if (!bytes.ok()) return bytes.status();
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot create ", path, ": ", ErrnoText()));
  }
  const char* src = bytes->data();
  size_t left = bytes->size();
  while (left > 0) {
    const ssize_t n = write(fd, src, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const std::string why = ErrnoText();
      close(fd);
      return absl::UnavailableError(absl::StrCat("writing ", path, ": ", why));
    }
    src += n;
    left -= static_cast<size_t>(n);
  }
  if (close(fd) != 0) {
    return absl::UnavailableError(absl::StrCat("closing ", path, ": ", ErrnoText()));
  }
  return absl::OkStatus();
}

}  // namespace npy
}  // namespace raptors
