// The means kernels (KernelTable::means) of every ISA against plain division: the reciprocal
// with one FMA correction (kernels/internal/means-inl.h) must give the bits of v / len rounded
// once, then converted, for every value and count; special values take plain division.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "kernels/internal/kernel_table.h"
#include "kernels/raptors.h"
#include "tests/kernels/test_util.h"

namespace raptors {
namespace {

using internal::KernelTable;

const KernelTable* TableOf(Isa isa) {
  switch (isa) {
    case Isa::kScalar: return internal::ScalarTable();
#if defined(__x86_64__)
    case Isa::kSse2: return internal::Sse2Table();
    case Isa::kAvx2: return internal::Avx2Table();
    case Isa::kAvx512: return internal::Avx512Table();
#elif defined(__aarch64__)
    case Isa::kNeon: return internal::NeonTable();
    case Isa::kSve: return internal::SveTable();
#endif
    default: return nullptr;
  }
}

template <class O>
uint64_t BitsOf(O x) {
  if (x != x) return 1;  // NaN payloads are not part of the contract: any NaN is a NaN
  if constexpr (sizeof(O) == 4) {
    uint32_t u;
    std::memcpy(&u, &x, 4);
    return u;
  } else {
    uint64_t u;
    std::memcpy(&u, &x, 8);
    return u;
  }
}

double FromBits(uint64_t u) {
  double x;
  std::memcpy(&x, &u, 8);
  return x;
}

// Values over every binade (subnormals included) with both signs, plus the special values.
std::vector<double> Values(size_t n, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<double> v(n);
  const double specials[] = {0.0,
                             -0.0,
                             std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::denorm_min(),
                             -std::numeric_limits<double>::denorm_min(),
                             std::numeric_limits<double>::min(),
                             std::numeric_limits<double>::max(),
                             -std::numeric_limits<double>::max(),
                             0x1p-900,
                             0x1p900,
                             0x1.fffffffffffffp899,
                             0x1.0000000000001p-900,
                             1.0,
                             -3.0};
  for (size_t i = 0; i < n; ++i) {
    const uint64_t r = rng();
    if (r % 64 == 0) {
      v[i] = specials[(r >> 8) % (sizeof(specials) / sizeof(specials[0]))];
    } else if (r % 64 < 40) {
      // Exponent uniform over all 2047 finite binades (0 = subnormal), random mantissa and sign.
      const uint64_t e = (r >> 8) % 2047;
      v[i] = FromBits((rng() & 0x800FFFFFFFFFFFFFull) | (e << 52));
    } else {
      // Sums of counts: integers and values near them, where quotients hit ties most often.
      v[i] = static_cast<double>(static_cast<int64_t>(rng() >> (r % 60)) - (1ll << 40));
    }
  }
  return v;
}

std::vector<int64_t> Counts() {
  std::vector<int64_t> d;
  for (int64_t k = 1; k <= 64; ++k) d.push_back(k);
  for (int k = 1; k <= 62; ++k) {
    d.push_back(int64_t{1} << k);
    d.push_back((int64_t{1} << k) - 1);
    d.push_back((int64_t{1} << k) + 1);
  }
  d.push_back(std::numeric_limits<int64_t>::max());
  for (int64_t k : {3, 7, 9, 11, 13, 25, 49, 255, 1000, 1023, 2047, 2049, 4095, 100003, 999999}) {
    d.push_back(k);
  }
  std::mt19937_64 rng(7);
  for (int i = 0; i < 200; ++i) d.push_back(1 + static_cast<int64_t>(rng() % (1u << 20)));
  for (int i = 0; i < 100; ++i) d.push_back(static_cast<int64_t>(rng() % (1u << 19)) * 2 + 1);
  for (int i = 0; i < 20; ++i) d.push_back(1 + static_cast<int64_t>(rng() >> 1));
  return d;
}

template <class O>
void CheckAllCounts(const KernelTable* k, const std::string& isa, const std::vector<double>& v) {
  const int idx = sizeof(O) == 4 ? 0 : 1;
  const int64_t n = static_cast<int64_t>(v.size());
  std::vector<O> out(v.size());
  int64_t failures = 0;
  for (int64_t len : Counts()) {
    const double d = static_cast<double>(len);
    k->means[idx](v.data(), n, len, out.data(), 1);
    for (int64_t i = 0; i < n; ++i) {
      const O want = static_cast<O>(v[i] / d);
      if (BitsOf(out[i]) != BitsOf(want) && ++failures <= 10) {
        ADD_FAILURE() << isa << " " << (idx == 0 ? "float32" : "float64") << ": "
                      << std::hexfloat << v[i] << " / " << len << " gave " << out[i]
                      << ", plain division " << want;
      }
    }
  }
  EXPECT_EQ(failures, 0) << isa;
}

// About 28 million quotients per ISA and output dtype (fewer under QEMU, which is slow).
TEST(Means, EveryIsaMatchesPlainDivision) {
#if defined(__aarch64__)
  const size_t kValues = 8192;
#else
  const size_t kValues = 1 << 16;
#endif
  const std::vector<double> v = Values(kValues, 1);
  for (Isa isa : SupportedIsas()) {
    const KernelTable* k = TableOf(isa);
    ASSERT_NE(k, nullptr);
    const std::string name(IsaName(isa));
    CheckAllCounts<float>(k, name, v);
    CheckAllCounts<double>(k, name, v);
  }
}

// Lengths around every vector width, offsets that break alignment, and strided outputs
// (positive and negative) write exactly their elements.
template <class O>
void CheckLayouts(const KernelTable* k, const std::string& isa) {
  const int idx = sizeof(O) == 4 ? 0 : 1;
  const std::vector<double> v = Values(80, 3);
  for (int64_t stride : {1, 2, 3, -1, -2}) {
    for (int64_t n = 0; n <= 37; ++n) {
      for (int64_t off = 0; off < 3; ++off) {
        const int64_t span = (n > 0 ? (n - 1) * std::abs(stride) + 1 : 0);
        std::vector<O> buf(static_cast<size_t>(span + 8), static_cast<O>(-7.5));
        O* first = buf.data() + 4 + (stride < 0 ? span - 1 : 0);
        if (n == 0) first = buf.data() + 4;
        k->means[idx](v.data() + off, n, 7, first, stride);
        for (int64_t i = 0; i < static_cast<int64_t>(buf.size()); ++i) {
          const int64_t rel = (buf.data() + i) - first;
          const bool hit = rel % stride == 0 && rel / stride >= 0 && rel / stride < n;
          const O want = hit ? static_cast<O>(v[off + rel / stride] / 7.0) : static_cast<O>(-7.5);
          ASSERT_EQ(BitsOf(buf[i]), BitsOf(want))
              << isa << " stride " << stride << " n " << n << " off " << off << " at " << rel;
        }
      }
    }
  }
}

TEST(Means, LengthsOffsetsAndStrides) {
  for (Isa isa : SupportedIsas()) {
    const KernelTable* k = TableOf(isa);
    ASSERT_NE(k, nullptr);
    CheckLayouts<float>(k, std::string(IsaName(isa)));
    CheckLayouts<double>(k, std::string(IsaName(isa)));
  }
}

// Through the public API: means of both axes, with a strided output and an empty axis (NaN).
TEST(Means, AxisMeansThroughTheApi) {
  const int64_t rows = 37, cols = 29;
  std::vector<float> a(static_cast<size_t>(rows * cols));
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> u(-100.0f, 100.0f);
  for (float& x : a) x = u(rng);
  for (Isa isa : SupportedIsas()) {
    Options o;
    o.isa = isa;
    for (int axis : {0, 1}) {
      const int64_t n = axis == 0 ? cols : rows;
      std::vector<float> mean(static_cast<size_t>(n)), sum(static_cast<size_t>(n));
      std::vector<float> strided(static_cast<size_t>(2 * n), 5.0f);
      const ArrayView in = MatrixView(a.data(), rows, cols);
      ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, in, axis, MutableVector(mean.data(), n), o).ok());
      ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, in, axis,
                             MutableVectorView{strided.data(), DType::kFloat32, n, 2}, o)
                      .ok());
      const double len = static_cast<double>(axis == 0 ? rows : cols);
      for (int64_t i = 0; i < n; ++i) {
        // The float64 sum of the documented order (test_util.h), divided once.
        std::vector<double> seq;
        for (int64_t t = 0; t < (axis == 0 ? rows : cols); ++t) {
          seq.push_back(axis == 0 ? a[t * cols + i] : a[i * cols + t]);
        }
        const double sum64 = axis == 0 ? testing::RefOrderR(seq, DType::kFloat32) : testing::RefOrderL(seq);
        const float want = static_cast<float>(sum64 / len);
        EXPECT_EQ(BitsOf(mean[i]), BitsOf(want)) << IsaName(isa) << " axis " << axis << " " << i;
        EXPECT_EQ(BitsOf(strided[2 * i]), BitsOf(want)) << IsaName(isa) << " strided " << i;
        EXPECT_EQ(strided[2 * i + 1], 5.0f);
      }
    }
    std::vector<float> empty_mean(3, 1.0f);
    ASSERT_TRUE(ReduceAxis(ReduceOp::kMean, MatrixView(a.data(), 0, 3), 0,
                           MutableVector(empty_mean.data(), 3), o)
                    .ok());
    for (float x : empty_mean) EXPECT_TRUE(std::isnan(x)) << IsaName(isa);
  }
}

}  // namespace
}  // namespace raptors
