// Summaries of repeated timings: median and spread (min, max), and the ratios the reports
// print. Kept apart from the timing loop so the arithmetic is tested on its own.
#ifndef RAPTORS_BENCH_STATS_H_
#define RAPTORS_BENCH_STATS_H_

#include <vector>

namespace raptors_bench {

struct Summary {
  int count = 0;
  double median = 0;  // mean of the two middle values for an even count
  double min = 0;
  double max = 0;

  // (max - min) / median: the relative spread the compare tool treats as noise.
  double relative_spread() const;
};

// Summary of `samples` (any order). An empty input gives count 0 and zeros.
Summary Summarize(std::vector<double> samples);

// How many times faster we are than NumPy: numpy_time / our_time (> 1 means we win).
// Zero or negative times give 0 (no meaningful ratio).
double Speedup(double numpy_time, double our_time);

// Achieved bandwidth in bytes per second; 0 for a non-positive time.
double BytesPerSecond(double bytes, double seconds);

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_STATS_H_
