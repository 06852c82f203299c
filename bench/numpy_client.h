// The harness's end of the NumPy worker (bench/numpy_worker.py): starts /usr/bin/python3
// as a child with two pipes and sends it one request per line. A missing Python or NumPy
// is not fatal: available() turns false and the harness reports our numbers alone.
#ifndef RAPTORS_BENCH_NUMPY_CLIENT_H_
#define RAPTORS_BENCH_NUMPY_CLIENT_H_

#include <sys/types.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace raptors_bench {

class NumpyClient {
 public:
  NumpyClient() = default;
  ~NumpyClient();
  NumpyClient(const NumpyClient&) = delete;
  NumpyClient& operator=(const NumpyClient&) = delete;

  // Starts `python` on `worker_script` and says hello. On failure available() is false and
  // unavailable_reason() says why.
  void Start(const std::string& python, const std::string& worker_script);

  bool available() const { return available_; }
  const std::string& unavailable_reason() const { return reason_; }
  // The hello reply: a JSON object with NumPy's version and SIMD configuration.
  const std::string& info_json() const { return info_json_; }

  // Loads an operand from raw bytes (see numpy_worker.py for the fields).
  absl::Status Load(absl::string_view name, const std::string& path, absl::string_view dtype,
                    int64_t rows, int64_t cols, absl::string_view layout);

  struct Prepared {
    std::string dtype;  // NumPy's result dtype name
    int64_t count = 0;  // elements written to the result file
  };
  // Builds the op's two forms and runs the out= form once, writing its result to
  // `result_path`.
  absl::StatusOr<Prepared> Prepare(absl::string_view op, double factor,
                                   const std::string& result_path);

  // Seconds for `iters` back-to-back calls of `form` ("out" or "alloc").
  absl::StatusOr<double> Time(absl::string_view form, int64_t iters);

 private:
  // Sends one line, returns the reply without its leading "ok " (errors become a Status).
  absl::StatusOr<std::string> Request(const std::string& line);
  void Stop();

  bool available_ = false;
  std::string reason_ = "not started";
  std::string info_json_;
  pid_t pid_ = -1;
  std::FILE* to_child_ = nullptr;
  std::FILE* from_child_ = nullptr;
};

}  // namespace raptors_bench

#endif  // RAPTORS_BENCH_NUMPY_CLIENT_H_
