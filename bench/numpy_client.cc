#include "bench/numpy_client.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

extern char** environ;

namespace raptors_bench {

NumpyClient::~NumpyClient() { Stop(); }

void NumpyClient::Start(const std::string& python, const std::string& worker_script) {
  // A worker that dies mid-run must surface as an error reply, not kill us with SIGPIPE.
  signal(SIGPIPE, SIG_IGN);
  int to_child[2], from_child[2];
  if (pipe(to_child) != 0 || pipe(from_child) != 0) {
    reason_ = "cannot create pipes";
    return;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_child[0], 0);
  posix_spawn_file_actions_adddup2(&actions, from_child[1], 1);
  posix_spawn_file_actions_addclose(&actions, to_child[1]);
  posix_spawn_file_actions_addclose(&actions, from_child[0]);
  std::string unbuffered = "-u";
  char* argv[] = {const_cast<char*>(python.c_str()), unbuffered.data(),
                  const_cast<char*>(worker_script.c_str()), nullptr};
  const int rc = posix_spawn(&pid_, python.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(to_child[0]);
  close(from_child[1]);
  if (rc != 0) {
    close(to_child[1]);
    close(from_child[0]);
    pid_ = -1;
    reason_ = absl::StrCat("cannot run ", python, " (install python3 and python3-numpy)");
    return;
  }
  to_child_ = fdopen(to_child[1], "w");
  from_child_ = fdopen(from_child[0], "r");
  absl::StatusOr<std::string> hello = Request("hello");
  if (!hello.ok()) {
    reason_ = std::string(hello.status().message());
    Stop();
    return;
  }
  info_json_ = *hello;
  available_ = true;
}

void NumpyClient::Stop() {
  if (to_child_ != nullptr) {
    std::fputs("quit\n", to_child_);
    std::fclose(to_child_);
    to_child_ = nullptr;
  }
  if (from_child_ != nullptr) {
    std::fclose(from_child_);
    from_child_ = nullptr;
  }
  if (pid_ > 0) {
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  available_ = false;
}

absl::StatusOr<std::string> NumpyClient::Request(const std::string& line) {
  if (to_child_ == nullptr || from_child_ == nullptr) {
    return absl::UnavailableError("NumPy worker is not running");
  }
  if (std::fputs((line + "\n").c_str(), to_child_) < 0 || std::fflush(to_child_) != 0) {
    return absl::UnavailableError("NumPy worker exited");
  }
  std::string reply;
  char chunk[4096];
  while (std::fgets(chunk, sizeof(chunk), from_child_) != nullptr) {
    reply += chunk;
    if (!reply.empty() && reply.back() == '\n') break;
  }
  if (reply.empty()) return absl::UnavailableError("NumPy worker exited without replying");
  absl::string_view text = absl::StripSuffix(reply, "\n");
  if (text == "ok") return std::string();
  if (absl::ConsumePrefix(&text, "ok ")) return std::string(text);
  absl::ConsumePrefix(&text, "error ");
  return absl::InternalError(absl::StrCat("NumPy worker: ", text));
}

absl::Status NumpyClient::Load(absl::string_view name, const std::string& path,
                               absl::string_view dtype, int64_t rows, int64_t cols,
                               absl::string_view layout) {
  return Request(absl::StrCat("load\t", name, "\t", path, "\t", dtype, "\t", rows, "\t", cols,
                              "\t", layout))
      .status();
}

absl::StatusOr<NumpyClient::Prepared> NumpyClient::Prepare(absl::string_view op, double factor,
                                                           const std::string& result_path) {
  absl::StatusOr<std::string> reply =
      Request(absl::StrCat("prepare\t", op, "\t", factor, "\t", result_path));
  if (!reply.ok()) return reply.status();
  std::vector<std::string> words = absl::StrSplit(*reply, ' ');
  Prepared p;
  if (words.size() != 2 || !absl::SimpleAtoi(words[1], &p.count)) {
    return absl::InternalError(absl::StrCat("bad prepare reply '", *reply, "'"));
  }
  p.dtype = words[0];
  return p;
}

absl::StatusOr<double> NumpyClient::Time(absl::string_view form, int64_t iters) {
  absl::StatusOr<std::string> reply = Request(absl::StrCat("time\t", form, "\t", iters));
  if (!reply.ok()) return reply.status();
  int64_t ns = 0;
  if (!absl::SimpleAtoi(*reply, &ns)) {
    return absl::InternalError(absl::StrCat("bad time reply '", *reply, "'"));
  }
  return static_cast<double>(ns) * 1e-9;
}

}  // namespace raptors_bench
