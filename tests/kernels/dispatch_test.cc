// ISA discovery and selection.
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/raptors.h"
#include "tests/kernels/test_util.h"

namespace raptors {
namespace {

TEST(Dispatch, SupportedIsasStartWithScalarAndContainActive) {
  std::vector<Isa> isas = SupportedIsas();
  ASSERT_FALSE(isas.empty());
  EXPECT_EQ(isas[0], Isa::kScalar);
  bool found = false;
  for (Isa i : isas) found = found || i == ActiveIsa();
  EXPECT_TRUE(found);
  for (Isa i : isas) std::printf("supported: %s\n", std::string(IsaName(i)).c_str());
  std::printf("active: %s, default threads %d\n", std::string(IsaName(ActiveIsa())).c_str(),
              DefaultThreads());
}

TEST(Dispatch, UnsupportedIsaIsAnErrorNamingIt) {
  std::vector<Isa> isas = SupportedIsas();
  float x[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  for (Isa i : {Isa::kScalar, Isa::kSse2, Isa::kAvx2, Isa::kAvx512, Isa::kNeon, Isa::kSve}) {
    Options o;
    o.isa = i;
    absl::StatusOr<Scalar> s = Sum(MatrixView(x, 1, 8), o);
    bool supported = false;
    for (Isa j : isas) supported = supported || i == j;
    if (supported) {
      ASSERT_TRUE(s.ok());
      EXPECT_EQ(s->f, 36.0);
    } else {
      EXPECT_EQ(s.status().code(), absl::StatusCode::kInvalidArgument);
      EXPECT_NE(s.status().message().find(IsaName(i)), absl::string_view::npos);
    }
  }
}

// Each supported ISA reports its elementwise vector width; only avx512's depends on the CPU
// (or on RAPTORS_AVX512_ELEMENTWISE_BITS, which the *_avx512_256/512 targets set).
TEST(Dispatch, ElementwiseVectorBitsPerIsa) {
  const std::vector<Isa> isas = SupportedIsas();
  const char* env = std::getenv("RAPTORS_AVX512_ELEMENTWISE_BITS");
  for (Isa i : {Isa::kScalar, Isa::kSse2, Isa::kAvx2, Isa::kAvx512, Isa::kNeon, Isa::kSve}) {
    SCOPED_TRACE(std::string(IsaName(i)));
    bool supported = false;
    for (Isa j : isas) supported = supported || i == j;
    const int bits = ElementwiseVectorBits(i);
    if (!supported) {
      EXPECT_EQ(bits, 0);
      continue;
    }
    switch (i) {
      case Isa::kScalar: EXPECT_EQ(bits, 32); break;
      case Isa::kSse2: case Isa::kNeon: EXPECT_EQ(bits, 128); break;
      case Isa::kAvx2: EXPECT_EQ(bits, 256); break;
      case Isa::kAvx512:
        if (env != nullptr && *env != '\0') {
          EXPECT_EQ(bits, std::atoi(env));
        } else {
          EXPECT_TRUE(bits == 256 || bits == 512) << bits;
        }
        break;
      case Isa::kSve:
        EXPECT_TRUE(bits >= 128 && bits <= 2048 && bits % 128 == 0) << bits;
        break;
    }
    std::printf("%s: elementwise vectors of %d bits\n", std::string(IsaName(i)).c_str(), bits);
  }
  EXPECT_EQ(ElementwiseVectorBits(static_cast<Isa>(99)), 0);
}

TEST(Dispatch, NamesRoundTrip) {
  for (Isa i : {Isa::kScalar, Isa::kSse2, Isa::kAvx2, Isa::kAvx512, Isa::kNeon, Isa::kSve}) {
    EXPECT_EQ(*ParseIsa(IsaName(i)), i);
  }
  for (DType d : {DType::kFloat32, DType::kFloat64, DType::kInt32, DType::kInt64}) {
    EXPECT_EQ(*ParseDType(DTypeName(d)), d);
  }
  EXPECT_FALSE(ParseIsa("avx3").ok());
  EXPECT_FALSE(ParseDType("float16").ok());
}

// Many threads calling at once, each large enough to use the pool.
TEST(Dispatch, ConcurrentCallersGetCorrectResults) {
  std::vector<float> a(600 * 500, 1.0f);
  std::vector<std::thread> ts;
  std::vector<double> got(6);
  for (int t = 0; t < 6; ++t) {
    ts.emplace_back([&, t] {
      Options o;
      o.threads = 3;
      for (int k = 0; k < 5; ++k) got[t] = Sum(MatrixView(a.data(), 600, 500), o)->f;
    });
  }
  for (auto& t : ts) t.join();
  for (double g : got) EXPECT_EQ(g, 300000.0);
}

// The pool under load: callers with different thread counts share the workers at once, some
// calls land while workers watch the queue and some after they went to sleep (pauses longer
// than the pool's spin), and every result must carry the single-thread bits (a task run twice,
// skipped or read after its job returned would change them). The transposed view's sums keep
// their row-vector stacks in per-thread scratch: a buffer shared between threads would too.
TEST(Dispatch, ConcurrentCallersWithMixedThreadCountsGetSingleThreadBits) {
  const int64_t rows = 700, cols = 450;  // 315000 elements: on the pool (test env 262144)
  std::vector<float> a(rows * cols);
  for (size_t i = 0; i < a.size(); ++i) {
    a[i] = std::ldexp(1.0f + 0.1f * static_cast<float>(i % 11), static_cast<int>(i % 29) - 14);
  }
  const ArrayView view = MatrixView(a.data(), rows, cols);
  const float want_all = Sum(view)->f;
  std::vector<float> want0(cols), want1(rows);
  ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, view, 0, MutableVector(want0.data(), cols)).ok());
  ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, view, 1, MutableVector(want1.data(), rows)).ok());
  const ArrayView tview{a.data(), DType::kFloat32, cols, rows, /*row_stride=*/1,
                        /*col_stride=*/cols};
  const float want_t = Sum(tview)->f;
  std::vector<float> want_t1(cols);
  ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, tview, 1, MutableVector(want_t1.data(), cols)).ok());

  std::vector<std::thread> ts;
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t) {
    ts.emplace_back([&, t] {
      Options o;
      o.threads = 2 + t % 4 * 2;  // 2, 4, 6, 8
      std::vector<float> got0(cols), got1(rows), got_t1(cols);
      for (int k = 0; k < 12; ++k) {
        if (k % 4 == 3) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        mismatches[t] += Sum(view, o)->f != want_all;
        ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, view, 0, MutableVector(got0.data(), cols), o).ok());
        ASSERT_TRUE(ReduceAxis(ReduceOp::kSum, view, 1, MutableVector(got1.data(), rows), o).ok());
        mismatches[t] += got0 != want0;
        mismatches[t] += got1 != want1;
        mismatches[t] += Sum(tview, o)->f != want_t;
        ASSERT_TRUE(
            ReduceAxis(ReduceOp::kSum, tview, 1, MutableVector(got_t1.data(), cols), o).ok());
        mismatches[t] += got_t1 != want_t1;
      }
    });
  }
  for (auto& t : ts) t.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(mismatches[t], 0) << "caller " << t;
}

// Calls of up to 32 elements take the short paths of the entry points and kernels (inline
// view check, lane tree with absent lanes skipped); every length, layout and ISA must still give
// the reference bits, and views at the edges of the inline check the same spans.
TEST(Dispatch, TinyCallsGiveReferenceBits) {
  std::vector<double> data(3 * 40);
  std::vector<float> data32(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    data[i] = std::ldexp(1.0 + 0.37 * static_cast<double>(i % 7), static_cast<int>(i % 23) - 11) *
              (i % 3 == 0 ? -1.0 : 1.0);
    data32[i] = static_cast<float>(data[i]);
  }
  for (const Options& o : testing::IsaOptions()) {
    for (int64_t n = 1; n <= 40; ++n) {
      for (int64_t stride : {int64_t{1}, int64_t{3}, int64_t{-1}}) {
        const int64_t first = stride < 0 ? n - 1 : 0;
        std::vector<double> x, x32;
        for (int64_t k = 0; k < n; ++k) {
          x.push_back(data[first + k * stride]);
          x32.push_back(static_cast<double>(data32[first + k * stride]));
        }
        // 1 x n, n x 1 and the float32 copy of each.
        const ArrayView row{&data[first], DType::kFloat64, 1, n, 0, stride};
        const ArrayView col{&data[first], DType::kFloat64, n, 1, stride, 1};
        const ArrayView row32{&data32[first], DType::kFloat32, 1, n, 0, stride};
        for (const ArrayView& v : {row, col}) {
          absl::StatusOr<Scalar> s = Sum(v, o);
          ASSERT_TRUE(s.ok()) << s.status();
          EXPECT_EQ(testing::Bits(s->f), testing::Bits(testing::RefOrderL(x)))
              << testing::IsaStr(o) << " n=" << n << " stride=" << stride;
          absl::StatusOr<Scalar> m = Mean(v, o);
          ASSERT_TRUE(m.ok()) << m.status();
          EXPECT_EQ(testing::Bits(m->f),
                    testing::Bits(testing::RefOrderL(x) / static_cast<double>(n)));
        }
        absl::StatusOr<Scalar> s32 = Sum(row32, o);
        ASSERT_TRUE(s32.ok()) << s32.status();
        EXPECT_EQ(testing::Bits(s32->f),
                  testing::Bits(static_cast<float>(testing::RefOrderL(x32))))
            << testing::IsaStr(o) << " float32 n=" << n << " stride=" << stride;
      }
    }
  }
}

// Strides at and past the inline check's limit (2^27) and an output overlapping its input by
// one element: the span decides overlap, so both paths must compute the same one.
TEST(Dispatch, OverlapDecidedAlikeAtTheInlineCheckLimit) {
  std::vector<float> buf(4);
  for (int64_t stride : {(int64_t{1} << 27) - 1, int64_t{1} << 27}) {
    // Two rows `stride` apart: the view reaches element `stride`, past the buffer, so only
    // spans are compared (no kernel runs: the overlap error comes first).
    const ArrayView in{buf.data(), DType::kFloat32, 2, 1, stride, 1};
    const MutableVectorView out{buf.data() + 1, DType::kFloat32, 1, 1};
    const absl::Status s = ReduceAxis(ReduceOp::kSum, in, 0, out);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument) << stride;
    EXPECT_EQ(s.message(), "out: overlaps in") << stride;
  }
}

}  // namespace
}  // namespace raptors
