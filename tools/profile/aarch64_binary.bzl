"""aarch64_binary: a cc_binary cross-built for linux_aarch64, as a data dep of host targets.

The profiler's smoke test needs the aarch64 driver without calling bazel from inside a test;
this rule builds it in the aarch64 configuration (the same platform as --config=aarch64).
"""

load("//tools/build_defs:transitions.bzl", "aarch64_transition")

def _aarch64_binary_impl(ctx):
    binary = ctx.attr.binary[0]
    exe = binary[DefaultInfo].files_to_run.executable

    # A copy under this rule's own name: the original's runfiles path is the same as the host
    # build's (tools/profile/driver), and the two would collide in a test's runfiles.
    out = ctx.actions.declare_file(ctx.label.name)
    ctx.actions.run_shell(
        inputs = [exe],
        outputs = [out],
        command = "cp -L \"$1\" \"$2\" && chmod +x \"$2\"",
        arguments = [exe.path, out.path],
        mnemonic = "CopyAarch64Binary",
    )
    return [DefaultInfo(files = depset([out]), runfiles = ctx.runfiles(files = [out]))]

aarch64_binary = rule(
    implementation = _aarch64_binary_impl,
    attrs = {
        "binary": attr.label(executable = True, cfg = aarch64_transition),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)
