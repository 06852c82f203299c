#include "bench/results.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "kernels/raptors.h"

namespace raptors_bench {
namespace {

double Median(const Timing& t) { return t.summary().median; }

// Numbers in JSON: finite or null (JSON has no NaN or infinity).
std::string JsonNumber(double v) {
  if (!std::isfinite(v)) return "null";
  return absl::StrFormat("%.9g", v);
}

// Ratios are null when a side is missing (0 from the accessors).
std::string JsonRatio(double v) { return v > 0 ? JsonNumber(v) : "null"; }

std::string Ms(double seconds) { return absl::StrFormat("%.4g", seconds * 1e3); }

std::string Spread(const Timing& t) {
  const Summary s = t.summary();
  return absl::StrCat(Ms(s.min), "-", Ms(s.max));
}

std::string TimingJson(const Timing& t) {
  const Summary s = t.summary();
  std::vector<std::string> rounds;
  for (double r : t.rounds) rounds.push_back(JsonNumber(r * 1e3));
  return absl::StrCat("{\"median_ms\": ", JsonNumber(s.median * 1e3),
                      ", \"min_ms\": ", JsonNumber(s.min * 1e3),
                      ", \"max_ms\": ", JsonNumber(s.max * 1e3),
                      ", \"iters_per_round\": ", t.iters_per_round, ", \"rounds_ms\": [",
                      absl::StrJoin(rounds, ", "), "]}");
}

std::string OptionalTimingJson(const std::optional<Timing>& t) {
  return t.has_value() ? TimingJson(*t) : "null";
}

absl::string_view LayoutName(Layout layout) {
  switch (layout) {
    case Layout::kC:
      return "C";
    case Layout::kOneD:
      return "1-D";
    case Layout::kTransposed:
      return "F (transposed view)";
    case Layout::kEveryOtherColumn:
      return "every other column";
  }
  return "?";
}

std::string Row(const std::vector<std::string>& cells, const std::vector<int>& widths) {
  std::string line;
  for (size_t i = 0; i < cells.size(); ++i) {
    const int w = widths[i];
    // first column left-aligned, numbers right-aligned
    absl::StrAppend(&line, i == 0 ? absl::StrFormat("%-*s", w, cells[i])
                                  : absl::StrFormat("  %*s", w, cells[i]));
  }
  return line + "\n";
}

}  // namespace

double CaseResult::speedup() const {
  return numpy.has_value() ? Speedup(Median(*numpy), Median(ours)) : 0;
}

double CaseResult::speedup_alloc() const {
  return numpy_alloc.has_value() ? Speedup(Median(*numpy_alloc), Median(ours)) : 0;
}

double CaseResult::speedup_threaded() const {
  return numpy.has_value() && ours_threaded.has_value()
             ? Speedup(Median(*numpy), Median(*ours_threaded))
             : 0;
}

double CaseResult::bytes_per_second() const {
  return BytesPerSecond(static_cast<double>(bytes), Median(ours));
}

double CaseResult::read_bytes_per_second() const {
  return BytesPerSecond(static_cast<double>(bytes), Median(read));
}

double CaseResult::roofline() const {
  const double read_bw = read_bytes_per_second();
  return read_bw > 0 ? bytes_per_second() / read_bw : 0;
}

std::string JsonQuote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          out += absl::StrFormat("\\u%04x", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string FormatTable(const RunInfo& info, const std::vector<CaseResult>& results) {
  const bool threaded = info.threads != 1;
  std::vector<std::string> header = {"case",       "ours ms",  "numpy ms", "speedup",
                                     "np alloc ms", "speedup",  "GB/s",     "roofline",
                                     "isa",        "thr",      "ours min-max", "numpy min-max"};
  if (threaded) {
    header.push_back(absl::StrCat("ours ", info.threads, "t ms"));
    header.push_back(absl::StrCat("speedup ", info.threads, "t"));
  }
  std::vector<std::vector<std::string>> rows;
  for (const CaseResult& r : results) {
    if (!r.error.empty()) {
      std::vector<std::string> row(header.size(), "");
      row[0] = r.name;
      row[1] = "FAILED";
      rows.push_back(row);
      continue;
    }
    const auto ratio = [](double x) { return x > 0 ? absl::StrFormat("%.2fx", x) : "-"; };
    std::vector<std::string> row = {
        r.name,
        Ms(Median(r.ours)),
        r.numpy ? Ms(Median(*r.numpy)) : "-",
        ratio(r.speedup()),
        r.numpy_alloc ? Ms(Median(*r.numpy_alloc)) : "-",
        ratio(r.speedup_alloc()),
        absl::StrFormat("%.1f", r.bytes_per_second() * 1e-9),
        absl::StrFormat("%.0f%%", r.roofline() * 100),
        r.isa,
        "1",
        Spread(r.ours),
        r.numpy ? Spread(*r.numpy) : "-"};
    if (threaded) {
      row.push_back(r.ours_threaded ? Ms(Median(*r.ours_threaded)) : "-");
      row.push_back(ratio(r.speedup_threaded()));
    }
    rows.push_back(row);
  }
  std::vector<int> widths(header.size(), 0);
  for (size_t i = 0; i < header.size(); ++i) widths[i] = static_cast<int>(header[i].size());
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      widths[i] = std::max(widths[i], static_cast<int>(row[i].size()));
    }
  }
  std::string out;
  absl::StrAppend(&out, "raptors ", info.target, " vs NumPy | ", info.cpu_model, " | ",
                  info.compiler, " | ", info.build, "\n");
  absl::StrAppend(&out, "speedup = NumPy median / ours median (>1: ours is faster); ",
                  info.repetitions, " interleaved rounds per side; roofline = our GB/s over a ",
                  info.read_kernel, " read of a buffer of the same size, same run\n");
  if (!info.numpy_unavailable.empty()) {
    absl::StrAppend(&out, "NumPy UNAVAILABLE (", info.numpy_unavailable,
                    "): only our times are shown\n");
  }
  absl::StrAppend(&out, Row(header, widths));
  for (const auto& row : rows) absl::StrAppend(&out, Row(row, widths));
  return out;
}

std::string RecordJson(const RunInfo& info, const std::vector<CaseResult>& results,
                       const std::vector<GbRun>& gb_runs) {
  std::string j = "{\n  \"schema_version\": 1,\n  \"context\": {\n";
  std::vector<std::string> caches;
  for (const CacheEntry& c : info.caches) {
    caches.push_back(absl::StrCat("{\"type\": ", JsonQuote(c.type), ", \"level\": ", c.level,
                                  ", \"size\": ", c.size, ", \"num_sharing\": ", c.num_sharing,
                                  "}"));
  }
  std::vector<std::string> loads;
  for (double l : info.load_avg) loads.push_back(JsonNumber(l));
  std::vector<std::string> isas;
  for (const std::string& s : info.supported_isas) isas.push_back(JsonQuote(s));
  absl::StrAppend(
      &j, "    \"date\": ", JsonQuote(info.date), ",\n",
      "    \"host_name\": ", JsonQuote(info.host_name), ",\n",
      "    \"executable\": ", JsonQuote(info.executable), ",\n",
      "    \"num_cpus\": ", info.num_cpus, ",\n",
      "    \"mhz_per_cpu\": ", JsonNumber(info.mhz_per_cpu), ",\n",
      "    \"cpu_scaling_enabled\": ", JsonQuote(info.cpu_scaling), ",\n",
      "    \"caches\": [", absl::StrJoin(caches, ", "), "],\n",
      "    \"load_avg\": [", absl::StrJoin(loads, ", "), "],\n",
      "    \"target\": ", JsonQuote(info.target), ",\n",
      "    \"command_line\": ", JsonQuote(info.command_line), ",\n",
      "    \"cpu_model\": ", JsonQuote(info.cpu_model), ",\n",
      "    \"compiler\": ", JsonQuote(info.compiler), ",\n",
      "    \"build\": ", JsonQuote(info.build), ",\n",
      "    \"isa\": ", JsonQuote(info.isa), ",\n",
      "    \"elementwise_bits\": ", info.elementwise_bits, ",\n",
      "    \"supported_isas\": [", absl::StrJoin(isas, ", "), "],\n",
      "    \"threads\": ", info.threads, ",\n",
      "    \"repetitions\": ", info.repetitions, ",\n",
      "    \"round_ms\": ", JsonNumber(info.round_ms), ",\n",
      "    \"read_kernel\": ", JsonQuote(info.read_kernel), ",\n",
      "    \"git_commit\": ", info.git_commit.empty() ? "null" : JsonQuote(info.git_commit),
      ",\n",
      "    \"git_dirty\": ", info.git_dirty ? "true" : "false", ",\n",
      "    \"numpy\": ", info.numpy_json.empty() ? "null" : info.numpy_json, ",\n",
      "    \"numpy_unavailable\": ",
      info.numpy_unavailable.empty() ? "null" : JsonQuote(info.numpy_unavailable), "\n",
      "  },\n  \"benchmarks\": [");
  for (size_t i = 0; i < gb_runs.size(); ++i) {
    const GbRun& g = gb_runs[i];
    absl::StrAppend(&j, i == 0 ? "\n" : ",\n", "    {\"name\": ", JsonQuote(g.name),
                    ", \"run_type\": \"iteration\", \"repetition_index\": ",
                    g.repetition_index, ", \"threads\": 1, \"iterations\": ", g.iterations,
                    ", \"real_time\": ", JsonNumber(g.real_time_ms),
                    ", \"cpu_time\": ", JsonNumber(g.cpu_time_ms), ", \"time_unit\": \"ms\"}");
  }
  absl::StrAppend(&j, "\n  ],\n  \"cases\": [");
  for (size_t i = 0; i < results.size(); ++i) {
    const CaseResult& r = results[i];
    const Shape& s = r.spec.shape;
    absl::StrAppend(
        &j, i == 0 ? "\n" : ",\n", "    {\"name\": ", JsonQuote(r.name),
        ", \"op\": ", JsonQuote(std::string(OpName(r.spec.op))),
        ", \"dtype\": ", JsonQuote(std::string(raptors::DTypeName(r.spec.dtype))),
        ", \"shape\": ", JsonQuote(ShapeName(s)),
        ", \"layout\": ", JsonQuote(std::string(LayoutName(s.layout))),
        ", \"view_rows\": ", s.view_rows(), ", \"view_cols\": ", s.view_cols(),
        ", \"bytes\": ", r.bytes, ", \"isa\": ", JsonQuote(r.isa),
        ", \"threads\": ", r.threads,
        ", \"error\": ", r.error.empty() ? "null" : JsonQuote(r.error), ",\n      \"ours\": ",
        r.error.empty() ? TimingJson(r.ours) : "null", ",\n      \"numpy\": ",
        OptionalTimingJson(r.numpy), ",\n      \"numpy_alloc\": ",
        OptionalTimingJson(r.numpy_alloc), ",\n      \"ours_threaded\": ",
        OptionalTimingJson(r.ours_threaded), ",\n      \"read\": ",
        r.error.empty() ? TimingJson(r.read) : "null",
        ",\n      \"speedup\": ", JsonRatio(r.speedup()),
        ", \"speedup_alloc\": ", JsonRatio(r.speedup_alloc()),
        ", \"speedup_threaded\": ", JsonRatio(r.speedup_threaded()),
        ", \"gbps\": ", JsonRatio(r.bytes_per_second() * 1e-9),
        ", \"read_gbps\": ", JsonRatio(r.read_bytes_per_second() * 1e-9),
        ", \"roofline\": ", JsonRatio(r.roofline()), "}");
  }
  absl::StrAppend(&j, "\n  ]\n}\n");
  return j;
}

}  // namespace raptors_bench
