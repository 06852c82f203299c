#include "tools/raptors/npy.h"

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace raptors {
namespace npy {
namespace {

using ::testing::HasSubstr;

// A .npy file built by hand: magic, version, header length of the version's width, the header
// text exactly as given (no padding added), then `data`.
std::string RawNpy(absl::string_view header, absl::string_view data = "", int major = 1,
                   int minor = 0) {
  std::string out("\x93NUMPY", 6);
  out.push_back(static_cast<char>(major));
  out.push_back(static_cast<char>(minor));
  const size_t width = major == 1 ? 2 : 4;
  for (size_t i = 0; i < width; ++i) out.push_back(static_cast<char>((header.size() >> (8 * i)) & 0xFF));
  out.append(header.data(), header.size());
  out.append(data.data(), data.size());
  return out;
}

std::string Zeros(size_t n) { return std::string(n, '\0'); }

void ExpectError(absl::string_view bytes, absl::string_view message_part) {
  absl::StatusOr<NpyArray> result = ParseNpy(bytes);
  ASSERT_FALSE(result.ok()) << "parsed a malformed file; expected an error about '"
                            << message_part << "'";
  EXPECT_THAT(std::string(result.status().message()), HasSubstr(std::string(message_part)));
}

TEST(NpyParse, ParsesAFileAsNumPyWritesIt) {
  // np.save of np.arange(6, dtype=np.float32).reshape(2, 3), header copied from NumPy 1.24.
  std::string header =
      "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
  header.append(118 - header.size() - 1, ' ');
  header.push_back('\n');
  std::string data;
  for (int i = 0; i < 6; ++i) {
    const float v = static_cast<float>(i);
    data.append(reinterpret_cast<const char*>(&v), 4);
  }
  const std::string file = RawNpy(header, data);
  ASSERT_EQ(file.size() % 64, 24u);  // 128 header bytes + 24 data bytes
  absl::StatusOr<NpyArray> array = ParseNpy(file);
  ASSERT_TRUE(array.ok()) << array.status();
  EXPECT_EQ(array->dtype(), DType::kFloat32);
  EXPECT_EQ(array->shape(), (std::vector<int64_t>{2, 3}));
  EXPECT_FALSE(array->fortran_order());
  EXPECT_EQ(array->num_elements(), 6);
  for (int i = 0; i < 6; ++i) EXPECT_EQ(array->data_as<float>()[i], static_cast<float>(i));
}

TEST(NpyParse, AcceptsEveryDtypeOrderAndRank) {
  struct Case {
    const char* descr;
    DType dtype;
    size_t itemsize;
  };
  for (const Case& c : {Case{"<f4", DType::kFloat32, 4}, Case{"<f8", DType::kFloat64, 8},
                        Case{"<i4", DType::kInt32, 4}, Case{"<i8", DType::kInt64, 8}}) {
    for (const char* order : {"False", "True"}) {
      for (const auto& [shape_text, shape] :
           std::vector<std::pair<std::string, std::vector<int64_t>>>{
               {"()", {}}, {"(5,)", {5}}, {"(2, 3)", {2, 3}}, {"(2,3,)", {2, 3}},
               {"(2, 1, 3, 2)", {2, 1, 3, 2}}, {"(0, 4)", {0, 4}}}) {
        int64_t n = 1;
        for (int64_t d : shape) n *= d;
        const std::string header = absl::StrCat("{'descr': '", c.descr, "', 'fortran_order': ",
                                                order, ", 'shape': ", shape_text, ", }\n");
        absl::StatusOr<NpyArray> array =
            ParseNpy(RawNpy(header, Zeros(static_cast<size_t>(n) * c.itemsize)));
        ASSERT_TRUE(array.ok()) << header << ": " << array.status();
        EXPECT_EQ(array->dtype(), c.dtype);
        EXPECT_EQ(array->shape(), shape);
        EXPECT_EQ(array->num_elements(), n);
        EXPECT_EQ(array->fortran_order(), std::string(order) == "True");
      }
    }
  }
}

TEST(NpyParse, AcceptsKeyOrderQuotesAndSpacingPythonAccepts) {
  const std::string data = Zeros(8);
  for (const char* header :
       {"{\"shape\": (2,), \"fortran_order\": False, \"descr\": \"<i4\"}",
        "{'fortran_order':False,'shape':(2,),'descr':'<i4'}   \n",
        "  { 'descr' : '<i4' ,\n 'fortran_order' : False , 'shape' : ( 2 , ) , }\n"}) {
    absl::StatusOr<NpyArray> array = ParseNpy(RawNpy(header, data));
    ASSERT_TRUE(array.ok()) << header << ": " << array.status();
    EXPECT_EQ(array->shape(), std::vector<int64_t>{2});
  }
}

TEST(NpyParse, ReadsVersions2And3) {
  const std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }\n";
  for (int major : {2, 3}) {
    absl::StatusOr<NpyArray> array = ParseNpy(RawNpy(header, Zeros(24), major));
    ASSERT_TRUE(array.ok()) << array.status();
    EXPECT_EQ(array->num_elements(), 3);
  }
}

TEST(NpyParse, RejectsBadMagic) {
  ExpectError("", "not a .npy file");
  ExpectError("\x93NUMP", "not a .npy file");
  ExpectError("PK\x03\x04 this is a zip", "not a .npy file");
  std::string file = RawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (), }", Zeros(4));
  file[1] = 'n';
  ExpectError(file, "not a .npy file");
}

TEST(NpyParse, RejectsUnknownVersions) {
  const std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (), }";
  ExpectError(RawNpy(header, Zeros(4), 4), "unsupported .npy format version 4.0");
  ExpectError(RawNpy(header, Zeros(4), 0), "unsupported .npy format version 0.0");
  ExpectError(RawNpy(header, Zeros(4), 1, 1), "unsupported .npy format version 1.1");
}

TEST(NpyParse, RejectsTruncatedPreambleAndHeader) {
  const std::string full =
      RawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (), }", Zeros(4));
  ExpectError(full.substr(0, 7), "ends inside the version");
  ExpectError(full.substr(0, 9), "ends inside the header length");
  ExpectError(full.substr(0, 30), "truncated .npy file");
  // Version 2 has a 4-byte length field.
  const std::string v2 =
      RawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (), }", Zeros(4), 2);
  ExpectError(v2.substr(0, 11), "ends inside the header length");
}

TEST(NpyParse, RejectsHeaderLengthPastEndOfFile) {
  std::string file("\x93NUMPY\x01\x00", 8);
  file += "\xff\xff";  // 65535-byte header in a tiny file
  file += "{'descr': '<f4', 'fortran_order': False, 'shape': (), }";
  ExpectError(file, "header ends at byte 65545 but the file has only");
  std::string v2("\x93NUMPY\x02\x00", 8);
  v2 += std::string("\xff\xff\xff\x7f", 4);  // 2 GiB header
  ExpectError(v2, "larger than the");
}

TEST(NpyParse, RejectsBadDictSyntax) {
  const std::string data = Zeros(4);
  const struct {
    const char* header;
    const char* message;
  } cases[] = {
      {"", "expected '{'"},
      {"['descr', '<f4']", "expected '{'"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': ()", "expected ',' or '}'"},
      {"{'descr' '<f4', 'fortran_order': False, 'shape': ()}", "expected ':'"},
      {"{descr: '<f4', 'fortran_order': False, 'shape': ()}", "expected a quoted string"},
      {"{'descr': '<f4, 'fortran_order': False, 'shape': ()}", "unsupported dtype '<f4, '"},
      {"{'descr: '<f4', 'fortran_order': False, 'shape': ()}", "expected ':' after a dict key"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': ()}}", "after the closing '}'"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': ()} x", "after the closing '}'"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (),, }", "expected a quoted string"},
      {"{'descr': '<f4', 'fortran_order': False}", "no 'shape' key"},
      {"{'descr': '<f4', 'shape': ()}", "no 'fortran_order' key"},
      {"{'fortran_order': False, 'shape': ()}", "no 'descr' key"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (), 'extra': 1}", "unexpected key 'extra'"},
      {"{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': ()}", "duplicate key 'descr'"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (1)}", "needs a trailing comma"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': [1]}", "must be a tuple"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (1 2)}", "expected ',' or ')'"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (1.5,)}", "expected ',' or ')'"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (x,)}", "expected an integer"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (01,)}", "leading zero"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (1,), \"\\x\": 1}", "escape"},
      {"{'descr': 42, 'fortran_order': False, 'shape': ()}", "'descr' must be a quoted"},
      {"{'descr': '<f4', 'fortran_order': False, 'shape': (\xc3\xa9,)}", "not printable ASCII"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.header);
    ExpectError(RawNpy(c.header, data), c.message);
  }
}

TEST(NpyParse, RejectsUnsupportedDescrs) {
  const struct {
    const char* descr;
    const char* message;
  } cases[] = {
      {"'>f4'", "big-endian"},
      {"'>i8'", "big-endian"},
      {"'|O'", "object arrays"},
      {"'<O8'", "object arrays"},
      {"'|f4'", "byte order '|' only applies to 1-byte types"},
      {"'=f8'", "no explicit byte order"},
      {"'<f2'", "unsupported dtype '<f2'"},
      {"'<u4'", "unsupported dtype '<u4'"},
      {"'<c8'", "unsupported dtype '<c8'"},
      {"'|b1'", "unsupported dtype '|b1'"},
      {"'<U3'", "unsupported dtype '<U3'"},
      {"''", "unsupported dtype ''"},
      {"[('a', '<f4')]", "structured dtypes"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.descr);
    ExpectError(RawNpy(absl::StrCat("{'descr': ", c.descr,
                                    ", 'fortran_order': False, 'shape': (1,), }"),
                       Zeros(8)),
                c.message);
  }
}

TEST(NpyParse, RejectsBadFortranFlag) {
  for (const char* value : {"0", "1", "'False'", "false", "Truex", "None", ""}) {
    SCOPED_TRACE(value);
    ExpectError(RawNpy(absl::StrCat("{'descr': '<f4', 'fortran_order': ", value,
                                    ", 'shape': (1,), }"),
                       Zeros(4)),
                "'fortran_order' must be True or False");
  }
}

TEST(NpyParse, RejectsDataSizeMismatch) {
  const std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }\n";
  ExpectError(RawNpy(header, Zeros(47)), "the .npy data is 47 bytes but shape (2, 3) of dtype <f8 needs 48 bytes");
  ExpectError(RawNpy(header, Zeros(49)), "the .npy data is 49 bytes");
  ExpectError(RawNpy(header), "the .npy data is 0 bytes");
  const std::string empty = "{'descr': '<f4', 'fortran_order': False, 'shape': (0, 5), }\n";
  EXPECT_TRUE(ParseNpy(RawNpy(empty)).ok());
  ExpectError(RawNpy(empty, Zeros(4)), "the .npy data is 4 bytes");
}

TEST(NpyParse, RejectsNegativeDimensions) {
  ExpectError(RawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, -3), }", Zeros(24)),
              "shape dimension 1 is negative (-3)");
  // A negative product of two negative dimensions must not sneak through.
  ExpectError(RawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (-2, -3), }", Zeros(24)),
              "shape dimension 0 is negative");
}

TEST(NpyParse, RejectsOverflowingShapes) {
  // Element count overflows int64.
  ExpectError(RawNpy("{'descr': '<f4', 'fortran_order': False, "
                     "'shape': (4294967296, 4294967296), }"),
              "element count of shape (4294967296, 4294967296) overflows int64");
  // Element count fits, byte count does not.
  ExpectError(RawNpy("{'descr': '<f8', 'fortran_order': False, "
                     "'shape': (2305843009213693952,), }"),
              "byte count");
  // A dimension that does not fit in 64 bits at all.
  ExpectError(RawNpy("{'descr': '<f4', 'fortran_order': False, "
                     "'shape': (99999999999999999999,), }"),
              "does not fit in 64 bits");
  ExpectError(RawNpy("{'descr': '<f4', 'fortran_order': False, "
                     "'shape': (9223372036854775808,), }"),
              "does not fit in 64 bits");
  // Huge but valid-looking shape with no data is a size mismatch, not an allocation.
  ExpectError(RawNpy("{'descr': '<f4', 'fortran_order': False, "
                     "'shape': (1000000000, 1000000), }"),
              "needs 4000000000000000 bytes");
  // A zero anywhere makes an otherwise overflowing product fine.
  EXPECT_TRUE(ParseNpy(RawNpy("{'descr': '<f4', 'fortran_order': False, "
                              "'shape': (0, 4294967296, 4294967296), }"))
                  .ok());
}

TEST(NpyParse, RejectsTooManyDimensions) {
  std::string shape = "(";
  for (int i = 0; i < 33; ++i) shape += "1, ";
  shape += ")";
  ExpectError(RawNpy(absl::StrCat("{'descr': '<f4', 'fortran_order': False, 'shape': ", shape,
                                  ", }"),
                     Zeros(4)),
              "more than 32 dimensions");
}

TEST(NpySerialize, MatchesNumPyHeaderLayout) {
  absl::StatusOr<NpyArray> array = NpyArray::Zeros(DType::kFloat32, {2, 3});
  ASSERT_TRUE(array.ok());
  absl::StatusOr<std::string> bytes = SerializeNpy(*array);
  ASSERT_TRUE(bytes.ok());
  // NumPy 1.24's np.save writes exactly this 128-byte header for a (2, 3) float32 array.
  std::string expected_header("\x93NUMPY\x01\x00\x76\x00", 10);
  expected_header += "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
  expected_header.append(127 - expected_header.size(), ' ');
  expected_header += "\n";
  EXPECT_EQ(bytes->substr(0, 128), expected_header);
  EXPECT_EQ(bytes->size(), 128u + 24u);
}

TEST(NpySerialize, HeaderIsAlwaysPaddedTo64Bytes) {
  for (int ndim = 0; ndim <= kMaxNpyDims; ++ndim) {
    for (int major : {1, 2, 3}) {
      absl::StatusOr<NpyArray> array =
          NpyArray::Zeros(DType::kInt64, std::vector<int64_t>(static_cast<size_t>(ndim), 1));
      ASSERT_TRUE(array.ok());
      absl::StatusOr<std::string> bytes = SerializeNpy(*array, major);
      ASSERT_TRUE(bytes.ok());
      absl::StatusOr<NpyHeader> header = ParseHeader(*bytes);
      ASSERT_TRUE(header.ok()) << header.status();
      EXPECT_EQ(header->data_offset % 64, 0u);
      EXPECT_EQ(header->major_version, major);
      EXPECT_EQ((*bytes)[header->data_offset - 1], '\n');
    }
  }
}

template <typename T>
void RoundTrip(DType dtype, std::vector<int64_t> shape, bool fortran, int major) {
  absl::StatusOr<NpyArray> array = NpyArray::Zeros(dtype, shape, fortran);
  ASSERT_TRUE(array.ok());
  for (int64_t i = 0; i < array->num_elements(); ++i) {
    array->data_as<T>()[i] = static_cast<T>(i * 7 - 3) / static_cast<T>(2);
  }
  absl::StatusOr<std::string> bytes = SerializeNpy(*array, major);
  ASSERT_TRUE(bytes.ok());
  absl::StatusOr<NpyArray> back = ParseNpy(*bytes);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->dtype(), dtype);
  EXPECT_EQ(back->shape(), shape);
  EXPECT_EQ(back->fortran_order(), fortran);
  ASSERT_EQ(back->num_bytes(), array->num_bytes());
  EXPECT_EQ(std::memcmp(back->data(), array->data(), static_cast<size_t>(array->num_bytes())),
            0);
}

TEST(NpyRoundTrip, EveryDtypeShapeOrderAndVersion) {
  const std::vector<std::vector<int64_t>> shapes = {{}, {0}, {7}, {3, 5}, {2, 3, 4}, {1, 2, 1, 3, 1}};
  for (const auto& shape : shapes) {
    for (bool fortran : {false, true}) {
      for (int major : {1, 2, 3}) {
        RoundTrip<float>(DType::kFloat32, shape, fortran, major);
        RoundTrip<double>(DType::kFloat64, shape, fortran, major);
        RoundTrip<int32_t>(DType::kInt32, shape, fortran, major);
        RoundTrip<int64_t>(DType::kInt64, shape, fortran, major);
      }
    }
  }
}

TEST(NpyArrayTest, ZerosValidatesShape) {
  EXPECT_FALSE(NpyArray::Zeros(DType::kFloat32, {-1}).ok());
  EXPECT_FALSE(NpyArray::Zeros(DType::kFloat32, {int64_t{1} << 40, int64_t{1} << 40}).ok());
  EXPECT_FALSE(NpyArray::Zeros(DType::kFloat32, std::vector<int64_t>(33, 1)).ok());
  absl::StatusOr<NpyArray> empty = NpyArray::Zeros(DType::kFloat64, {0, 3});
  ASSERT_TRUE(empty.ok());
  EXPECT_NE(empty->data(), nullptr);
  EXPECT_EQ(empty->num_bytes(), 0);
}

class NpyFileTest : public ::testing::Test {
 protected:
  std::string TempPath(absl::string_view name) {
    const char* dir = std::getenv("TEST_TMPDIR");
    return absl::StrCat(dir != nullptr ? dir : "/tmp", "/npy_test_", getpid(), "_", name);
  }
  void WriteBytes(const std::string& path, absl::string_view bytes) {
    FILE* f = std::fopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr);
    ASSERT_EQ(std::fwrite(bytes.data(), 1, bytes.size(), f), bytes.size());
    ASSERT_EQ(std::fclose(f), 0);
  }
};

TEST_F(NpyFileTest, WriteThenReadFile) {
  absl::StatusOr<NpyArray> array = NpyArray::Zeros(DType::kInt32, {3, 4}, /*fortran_order=*/true);
  ASSERT_TRUE(array.ok());
  for (int i = 0; i < 12; ++i) array->data_as<int32_t>()[i] = i * i - 50;
  const std::string path = TempPath("rt.npy");
  ASSERT_TRUE(WriteNpyFile(path, *array).ok());
  absl::StatusOr<NpyArray> back = ReadNpyFile(path);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(back->fortran_order());
  EXPECT_EQ(back->shape(), (std::vector<int64_t>{3, 4}));
  for (int i = 0; i < 12; ++i) EXPECT_EQ(back->data_as<int32_t>()[i], i * i - 50);
  std::remove(path.c_str());
}

TEST_F(NpyFileTest, FileErrorsNameTheFile) {
  absl::StatusOr<NpyArray> missing = ReadNpyFile(TempPath("does_not_exist.npy"));
  ASSERT_FALSE(missing.ok());
  EXPECT_THAT(std::string(missing.status().message()), HasSubstr("cannot open"));

  const char* dir = std::getenv("TEST_TMPDIR");
  absl::StatusOr<NpyArray> directory = ReadNpyFile(dir != nullptr ? dir : "/tmp");
  ASSERT_FALSE(directory.ok());
  EXPECT_THAT(std::string(directory.status().message()), HasSubstr("not a regular file"));

  const std::string path = TempPath("bad.npy");
  std::string file("\x93NUMPY\x01\x00\xff\x7f", 10);
  file += "{'descr': '<f4', 'fortran_order': False, 'shape': (), }";
  WriteBytes(path, file);
  absl::StatusOr<NpyArray> truncated = ReadNpyFile(path);
  ASSERT_FALSE(truncated.ok());
  EXPECT_THAT(std::string(truncated.status().message()), HasSubstr(path));
  EXPECT_THAT(std::string(truncated.status().message()), HasSubstr("truncated"));

  WriteBytes(path, RawNpy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", Zeros(8)));
  absl::StatusOr<NpyArray> short_data = ReadNpyFile(path);
  ASSERT_FALSE(short_data.ok());
  EXPECT_THAT(std::string(short_data.status().message()), HasSubstr("needs 12 bytes"));

  WriteBytes(path, "");
  EXPECT_FALSE(ReadNpyFile(path).ok());
  std::remove(path.c_str());
}

// Every prefix of a valid file is rejected (never read past the end, never accepted).
TEST(NpyParse, EveryTruncationIsAnError) {
  absl::StatusOr<NpyArray> array = NpyArray::Zeros(DType::kFloat64, {2, 2});
  ASSERT_TRUE(array.ok());
  absl::StatusOr<std::string> bytes = SerializeNpy(*array);
  ASSERT_TRUE(bytes.ok());
  for (size_t n = 0; n < bytes->size(); ++n) {
    EXPECT_FALSE(ParseNpy(absl::string_view(*bytes).substr(0, n)).ok()) << n;
  }
  EXPECT_TRUE(ParseNpy(*bytes).ok());
}

// Every single-byte corruption of a valid file parses or fails cleanly; when it parses, the
// array is consistent with the bytes it came from (run under --config=asan to catch overreads).
TEST(NpyParse, SurvivesEveryOneByteCorruption) {
  absl::StatusOr<NpyArray> array = NpyArray::Zeros(DType::kInt32, {3, 2});
  ASSERT_TRUE(array.ok());
  absl::StatusOr<std::string> bytes = SerializeNpy(*array);
  ASSERT_TRUE(bytes.ok());
  const int kValues[] = {0, 1, '\n', ' ', '(', ')', ',', '\'', '-', '9', '{', '}', 0x7f, 0x80, 0xff};
  int parsed = 0;
  for (size_t pos = 0; pos < bytes->size(); ++pos) {
    for (int value : kValues) {
      std::string corrupt = *bytes;
      corrupt[pos] = static_cast<char>(value);
      absl::StatusOr<NpyArray> result = ParseNpy(corrupt);
      if (!result.ok()) {
        EXPECT_FALSE(result.status().message().empty());
        continue;
      }
      ++parsed;
      EXPECT_EQ(static_cast<size_t>(result->num_bytes()),
                corrupt.size() - ParseHeader(corrupt)->data_offset);
    }
  }
  EXPECT_GT(parsed, 0);  // e.g. changed padding or data bytes still parse
}

}  // namespace
}  // namespace npy
}  // namespace raptors
