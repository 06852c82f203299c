"""aarch64_binary: a cc_binary cross-built for linux_aarch64, as a data dep of host targets.

The profiler's smoke test needs the aarch64 driver without calling bazel from inside a test;
this rule builds it in the aarch64 configuration (the same platform as --config=aarch64).
"""

def _aarch64_transition_impl(settings, attr):
    return {"//command_line_option:platforms": "//platforms:linux_aarch64"}

_aarch64_transition = transition(
    implementation = _aarch64_transition_impl,
    inputs = [],
    outputs = ["//command_line_option:platforms"],
)

def _aarch64_binary_impl(ctx):
    binary = ctx.attr.binary[0]
    exe = binary[DefaultInfo].files_to_run.executable
    return [DefaultInfo(files = depset([exe]), runfiles = ctx.runfiles(files = [exe]))]

aarch64_binary = rule(
    implementation = _aarch64_binary_impl,
    attrs = {
        "binary": attr.label(executable = True, cfg = _aarch64_transition),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)
