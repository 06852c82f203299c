#include "kernels/internal/dispatch.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_join.h"

#if defined(__x86_64__)
#include <cpuid.h>
#elif defined(__aarch64__)
#include <sys/auxv.h>
#ifndef HWCAP_ASIMD
#define HWCAP_ASIMD (1 << 1)
#endif
#ifndef HWCAP_SVE
#define HWCAP_SVE (1 << 22)
#endif
#endif

namespace raptors {
namespace internal {
namespace {

#if defined(__x86_64__)
uint64_t Xgetbv() {
  uint32_t eax, edx;
  __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
  return (static_cast<uint64_t>(edx) << 32) | eax;
}

// Whether the avx512 elementwise kernels take 512-bit vectors (else 256-bit ones). AMD family
// 0x19 (Zen 4, the only AVX-512 part of that family) splits each 512-bit operation into two
// 256-bit halves, and its elementwise streams ran 10-40% faster on 256-bit vectors (float32
// scale 4096x4096 3.1 vs 3.6 ms, float64 add 10.8 vs 13.1 ms); an Intel Xeon (Sapphire Rapids)
// ran them up to 1.8x faster on 512-bit vectors (float32 scale 4194304x4 18.7 -> 12.6 ms,
// 512x512 0.083 -> 0.047 ms). Other AVX-512 cores (Intel's, later AMD families with full-width
// units) take 512. RAPTORS_AVX512_ELEMENTWISE_BITS=256|512 overrides the choice (read once).
bool WideElementwise() {
  if (const char* env = std::getenv("RAPTORS_AVX512_ELEMENTWISE_BITS");
      env != nullptr && *env != '\0') {
    const std::string v = env;
    if (v == "256" || v == "512") return v == "512";
    std::fprintf(stderr,
                 "raptors: ignoring RAPTORS_AVX512_ELEMENTWISE_BITS=%s (expected 256 or 512)\n",
                 env);
  }
  unsigned a, b, c, e;
  if (!__get_cpuid(0, &a, &b, &c, &e)) return true;
  const bool amd = b == 0x68747541 && e == 0x69746e65 && c == 0x444d4163;  // "AuthenticAMD"
  if (!__get_cpuid(1, &a, &b, &c, &e)) return true;
  const unsigned base = (a >> 8) & 0xF;
  const unsigned family = base == 0xF ? base + ((a >> 20) & 0xFF) : base;
  return !(amd && family == 0x19);
}

// The avx512 table with the 512-bit elementwise entries in place of the 256-bit ones.
const KernelTable* WithWideElementwise() {
  static const KernelTable merged = [] {
    KernelTable t = *Avx512Table();
    const KernelTable& w = *Avx512WideElementwiseTable();
    for (int i = 0; i < kNumDTypes; ++i) {
      t.add[i] = w.add[i];
      t.scale[i] = w.scale[i];
      t.add_row[i] = w.add_row[i];
      t.add_col[i] = w.add_col[i];
    }
    t.elementwise_bits = w.elementwise_bits;
    return t;
  }();
  return &merged;
}

void DetectX86(Dispatch* d) {
  d->tables[static_cast<int>(Isa::kScalar)] = ScalarTable();
  d->tables[static_cast<int>(Isa::kSse2)] = Sse2Table();  // part of x86-64
  unsigned a, b, c, e;
  if (!__get_cpuid(1, &a, &b, &c, &e)) return;
  const bool osxsave = c & (1u << 27), avx = c & (1u << 28), fma = c & (1u << 12);
  if (!osxsave || !avx) return;
  const uint64_t xcr0 = Xgetbv();
  if ((xcr0 & 0x6) != 0x6) return;  // the OS saves XMM and YMM state
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &e)) return;
  const bool avx2 = b & (1u << 5), avx512f = b & (1u << 16);
  if (avx2 && fma) d->tables[static_cast<int>(Isa::kAvx2)] = Avx2Table();
  if (avx512f && (xcr0 & 0xE6) == 0xE6) {  // opmask and ZMM state too
    d->tables[static_cast<int>(Isa::kAvx512)] =
        WideElementwise() ? WithWideElementwise() : Avx512Table();
  }
}
#elif defined(__aarch64__)
void DetectArm(Dispatch* d) {
  d->tables[static_cast<int>(Isa::kScalar)] = ScalarTable();
  const unsigned long hw = getauxval(AT_HWCAP);
  if (hw & HWCAP_ASIMD) d->tables[static_cast<int>(Isa::kNeon)] = NeonTable();
  if (hw & HWCAP_SVE) {
    // The contract's 32 lanes must split evenly into vectors: every real and architecturally
    // allowed SVE2 length is a power of two; an odd length (SVE1 allowed 384 bits) uses NEON.
    const int bytes = SveVectorBytes();
    if (bytes >= 16 && bytes <= 256 && (bytes & (bytes - 1)) == 0) {
      d->tables[static_cast<int>(Isa::kSve)] = SveTable();
    }
  }
}
#endif

bool OnThisArch(Isa isa) {
#if defined(__x86_64__)
  return isa == Isa::kScalar || isa == Isa::kSse2 || isa == Isa::kAvx2 || isa == Isa::kAvx512;
#elif defined(__aarch64__)
  return isa == Isa::kScalar || isa == Isa::kNeon || isa == Isa::kSve;
#else
  return isa == Isa::kScalar;
#endif
}

// Size in bytes of the level-`level` data or unified cache of CPU 0, or 0 if unknown. Sysfs
// first: it names one cache instance (a Zen CCX's L3), where some glibc versions' sysconf
// reports the whole package's L3 on AMD (10x too large on a 32 MiB-per-CCX EPYC).
int64_t CacheBytes(int level) {
  for (int i = 0; i < 16; ++i) {
    const std::string dir = absl::StrCat("/sys/devices/system/cpu/cpu0/cache/index", i, "/");
    std::ifstream lf(dir + "level"), tf(dir + "type"), sf(dir + "size");
    int l = 0;
    std::string type, size;
    if (!(lf >> l)) break;
    if (l != level || !(tf >> type) || type == "Instruction" || !(sf >> size)) continue;
    int64_t v = 0;
    size_t k = 0;
    while (k < size.size() && size[k] >= '0' && size[k] <= '9') v = v * 10 + (size[k++] - '0');
    if (k < size.size() && size[k] == 'K') v <<= 10;
    if (k < size.size() && size[k] == 'M') v <<= 20;
    if (v > 0) return v;
  }
  const int name = level == 1 ? _SC_LEVEL1_DCACHE_SIZE
                   : level == 2 ? _SC_LEVEL2_CACHE_SIZE
                                : _SC_LEVEL3_CACHE_SIZE;
  const long v = sysconf(name);
  return v > 0 ? v : 0;
}

}  // namespace

Dispatch BuildDispatch() {
  Dispatch d;
#if defined(__x86_64__)
  DetectX86(&d);
#elif defined(__aarch64__)
  DetectArm(&d);
#else
  d.tables[static_cast<int>(Isa::kScalar)] = ScalarTable();
#endif
  int best = 0;
  for (int i = 0; i < kNumIsas; ++i) {
    if (d.tables[i] != nullptr) best = i;
  }
  if (const char* env = std::getenv("RAPTORS_ISA"); env != nullptr && *env != '\0') {
    absl::StatusOr<Isa> cap = ParseIsa(env);
    if (!cap.ok()) {
      std::fprintf(stderr, "raptors: ignoring RAPTORS_ISA=%s: %s\n", env,
                   std::string(cap.status().message()).c_str());
    } else if (!OnThisArch(*cap)) {
      std::fprintf(stderr, "raptors: ignoring RAPTORS_ISA=%s: not an ISA of this architecture\n",
                   env);
    } else {
      // Cap: the best supported ISA at or below the requested one (indexes rise within an
      // architecture: scalar < sse2 < avx2 < avx512, scalar < neon < sve).
      while (best > 0 && (best > static_cast<int>(*cap) || d.tables[best] == nullptr)) --best;
    }
  }
  d.active = d.tables[best];
  // acc1 strip of the axis-0 kernels: half of L1 (doubles), kept within [256, 4096].
  int64_t l1 = CacheBytes(1);
  if (l1 <= 0) l1 = 32 * 1024;
  int64_t strip = l1 / 2 / 8;
  if (strip < 256) strip = 256;
  if (strip > 4096) strip = 4096;
  d.axis_strip = strip;
  // Past the last-level cache the output goes to memory anyway; streaming it saves the
  // read-for-ownership of every output line. A quarter of the cache is left to the rest of
  // the program and to other cores sharing it. No cache size known: never stream.
  int64_t llc = CacheBytes(3);
  if (llc <= 0) llc = CacheBytes(2);
  if (llc > 0) d.stream_bytes = llc / 4 * 3;
  // RAPTORS_STREAM_BYTES overrides it (tests use it to reach the streaming path with small
  // arrays; 0 streams every call the layers can stream).
  if (const char* env = std::getenv("RAPTORS_STREAM_BYTES"); env != nullptr && *env != '\0') {
    int64_t v = 0;
    if (absl::SimpleAtoi(env, &v) && v >= 0) {
      d.stream_bytes = v;
    } else {
      std::fprintf(stderr, "raptors: ignoring RAPTORS_STREAM_BYTES=%s (expected bytes >= 0)\n", env);
    }
  }
  return d;
}

absl::Status ForcedTable(Isa isa, const KernelTable** table) {
  const Dispatch& d = GetDispatch();
  const int i = static_cast<int>(isa);
  if (i < 0 || i >= kNumIsas) return absl::InvalidArgumentError("options.isa: not a valid Isa value");
  if (d.tables[i] == nullptr) {
    std::vector<std::string> names;
    for (Isa s : SupportedIsas()) names.emplace_back(IsaName(s));
    return absl::InvalidArgumentError(absl::StrCat("options.isa: ", IsaName(isa),
                                                   " is not supported by this CPU (supported: ",
                                                   absl::StrJoin(names, ", "), ")"));
  }
  *table = d.tables[i];
  return absl::OkStatus();
}

}  // namespace internal

extern "C" int64_t RaptorsInternalStreamBytes() { return internal::GetDispatch().stream_bytes; }

Isa ActiveIsa() { return internal::GetDispatch().active->isa; }

int ElementwiseVectorBits(Isa isa) {
  const int i = static_cast<int>(isa);
  if (i < 0 || i >= internal::kNumIsas) return 0;
  const internal::KernelTable* t = internal::GetDispatch().tables[i];
  return t == nullptr ? 0 : t->elementwise_bits;
}

std::vector<Isa> SupportedIsas() {
  std::vector<Isa> out;
  const internal::Dispatch& d = internal::GetDispatch();
  for (int i = 0; i < internal::kNumIsas; ++i) {
    if (d.tables[i] != nullptr) out.push_back(static_cast<Isa>(i));
  }
  return out;
}

}  // namespace raptors
