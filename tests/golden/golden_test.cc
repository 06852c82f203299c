// Golden bit-pattern test: every case of golden_cases.cc, on every ISA this CPU (or QEMU's CPU
// model) supports and with 1 and 3 threads, must reproduce golden_table.inc bit for bit. The
// table was generated once on x86_64; the same test runs natively and under QEMU for NEON and
// SVE at 128 to 2048 bits, so passing everywhere proves results do not depend on the platform.
//
// To change the table deliberately: bazel run //tests/golden:regenerate
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "kernels/raptors.h"
#include "tests/golden/golden_cases.h"

namespace raptors {
namespace golden {
namespace {

const GoldenEntry kTable[] = {
#include "tests/golden/golden_table.inc"
    {nullptr, 0, 0, {0, 0, 0, 0}},  // end marker, so the table is never empty
};

std::map<std::string, const GoldenEntry*> TableByName() {
  std::map<std::string, const GoldenEntry*> by_name;
  for (const GoldenEntry& e : kTable) {
    if (e.name != nullptr) by_name[e.name] = &e;
  }
  return by_name;
}

TEST(GoldenTest, TableCoversExactlyTheCases) {
  std::map<std::string, const GoldenEntry*> by_name = TableByName();
  size_t entries = 0;
  for (const GoldenEntry& e : kTable) entries += e.name != nullptr;
  EXPECT_EQ(by_name.size(), entries) << "golden_table.inc has duplicate names";
  std::vector<std::string> missing;
  for (const GoldenCase& c : AllCases()) {
    if (by_name.erase(c.name) == 0) missing.push_back(c.name);
  }
  EXPECT_TRUE(missing.empty()) << missing.size() << " cases have no golden entry (first: "
                               << missing.front()
                               << "); run `bazel run //tests/golden:regenerate`";
  std::vector<std::string> stale;
  for (const auto& [name, entry] : by_name) stale.push_back(name);
  EXPECT_TRUE(stale.empty()) << "entries for cases that no longer exist: "
                             << absl::StrJoin(stale, ", ");
}

// Describes how `got` differs from `want`, or returns "" when it matches.
std::string Compare(const GoldenCase& c, const GoldenEntry& want, const std::string& got) {
  const int64_t count = static_cast<int64_t>(got.size() / OutputItemSize(c));
  if (count != want.count) return absl::StrCat(count, " output elements, want ", want.count);
  std::string diffs;
  for (int k = 0; k < kHeadValues && k < count; ++k) {
    const uint64_t bits = ElementBits(c, got, k);
    if (bits != want.head[k]) {
      absl::StrAppendFormat(&diffs, " element %d is 0x%x, want 0x%x;", k, bits, want.head[k]);
    }
  }
  const uint64_t hash = HashBytes(got);
  if (hash != want.hash || !diffs.empty()) {
    return absl::StrFormat("hash 0x%016x, want 0x%016x;%s", hash, want.hash, diffs);
  }
  return "";
}

TEST(GoldenTest, EveryIsaAndThreadCountReproducesTheTable) {
  const std::map<std::string, const GoldenEntry*> by_name = TableByName();
  const std::vector<Isa> isas = SupportedIsas();
  std::vector<std::string> isa_names;
  for (Isa isa : isas) isa_names.push_back(std::string(IsaName(isa)));
  std::printf("golden: %zu cases x ISAs {%s} x threads {1, 3}\n", AllCases().size(),
              absl::StrJoin(isa_names, ", ").c_str());

  // RAPTORS_GOLDEN_PROGRESS=1 prints each run as it starts (to find a slow or stuck case).
  const bool progress = std::getenv("RAPTORS_GOLDEN_PROGRESS") != nullptr;
  int runs = 0;
  std::vector<std::string> failures;
  for (const GoldenCase& c : AllCases()) {
    const auto it = by_name.find(c.name);
    if (it == by_name.end()) continue;  // reported by TableCoversExactlyTheCases
    const PreparedCase prepared(c);
    for (Isa isa : isas) {
      for (int threads : {1, 3}) {
        Options options;
        options.isa = isa;
        options.threads = threads;
        if (progress) {
          std::fprintf(stderr, "%s [%s, %d threads]\n", c.name.c_str(),
                       std::string(IsaName(isa)).c_str(), threads);
        }
        absl::StatusOr<std::string> got = prepared.Run(options);
        ++runs;
        const std::string problem =
            got.ok() ? Compare(c, *it->second, *got) : got.status().ToString();
        if (!problem.empty()) {
          failures.push_back(absl::StrCat(c.name, " [", IsaName(isa), ", ", threads,
                                          " threads]: ", problem));
        }
      }
    }
  }
  EXPECT_GT(runs, 0);
  for (size_t i = 0; i < failures.size() && i < 60; ++i) ADD_FAILURE() << failures[i];
  EXPECT_TRUE(failures.empty()) << failures.size() << " of " << runs
                                << " runs differ from golden_table.inc";
}

}  // namespace
}  // namespace golden
}  // namespace raptors
