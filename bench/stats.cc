#include "bench/stats.h"

#include <algorithm>
#include <vector>

namespace raptors_bench {

double Summary::relative_spread() const { return median > 0 ? (max - min) / median : 0; }

Summary Summarize(std::vector<double> samples) {
  Summary s;
  if (samples.empty()) return s;
  std::sort(samples.begin(), samples.end());
  const size_t n = samples.size();
  s.count = static_cast<int>(n);
  s.min = samples.front();
  s.max = samples.back();
  s.median = n % 2 == 1 ? samples[n / 2] : 0.5 * (samples[n / 2 - 1] + samples[n / 2]);
  return s;
}

double Speedup(double numpy_time, double our_time) {
  if (numpy_time <= 0 || our_time <= 0) return 0;
  return numpy_time / our_time;
}

double BytesPerSecond(double bytes, double seconds) { return seconds > 0 ? bytes / seconds : 0; }

}  // namespace raptors_bench
