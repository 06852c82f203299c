"""One benchmark binary per op, all built from the shared harness (bench_main.cc).

Each binary is bench_main.cc compiled with RAPTORS_BENCH_TARGET=<op> (or `suite`), which only
sets flag defaults; the harness, flags and output are the same for every target.
"""

load("@rules_cc//cc:defs.bzl", "cc_binary")

# Every op the harness knows (case_spec.cc); each becomes `bazel run //bench:<op>`.
BENCH_OPS = [
    "sum",
    "mean",
    "mean_axis0",
    "mean_axis1",
    "sum_axis0",
    "sum_axis1",
    "min_axis0",
    "max_axis1",
    "add",
    "scale",
    "broadcast_add_row",
    "broadcast_add_col",
]

def raptors_bench_binaries(harness, data, targets = BENCH_OPS + ["suite"]):
    """Declares a cc_binary named after each entry of `targets`.

    Args:
      harness: label of the cc_library holding the harness.
      data: runtime files (the NumPy worker and the chart script).
      targets: op names, plus "suite" for the binary that runs them all.
    """
    for target in targets:
        cc_binary(
            name = target,
            srcs = ["bench_main.cc"],
            local_defines = ["RAPTORS_BENCH_TARGET=" + target],
            data = data,
            # The profiler's smoke test runs a prebuilt bench binary for its timing section.
            visibility = ["//tools/profile:__pkg__"],
            deps = [
                harness,
                "//kernels:raptors",
                "@com_github_google_benchmark//:benchmark",
                "@com_google_absl//:absl",
            ],
        )
