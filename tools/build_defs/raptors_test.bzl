"""raptors_cc_test: one C++ test, run on the host and on aarch64 (under QEMU on x86_64 hosts).

    raptors_cc_test(name = "foo_test", srcs = [...], deps = [...])

creates
    foo_test                  the test for the target platform (native run, or QEMU when the
                              target is aarch64 and the host is not, e.g. --config=aarch64)
    foo_test_aarch64_neon     built for linux_aarch64, run as plain ARMv8-A + NEON (cortex-a72)
    foo_test_aarch64_sve128   built for linux_aarch64, run with SVE at 128/256/512/2048-bit
    foo_test_aarch64_sve256     vector length (qemu -cpu max,sve-default-vector-length=N)
    foo_test_aarch64_sve512
    foo_test_aarch64_sve2048

The aarch64 variants carry the tag "qemu" (left out by --config=asan). On an aarch64 host they
run natively.
"""

load("@rules_cc//cc:defs.bzl", "cc_binary")
load("//tools/build_defs:transitions.bzl", "aarch64_transition")

# QEMU CPU models for the emulated variants: name suffix -> -cpu argument.
AARCH64_VARIANTS = {
    "neon": "cortex-a72",
    "sve128": "max,sve-default-vector-length=16",
    "sve256": "max,sve-default-vector-length=32",
    "sve512": "max,sve-default-vector-length=64",
    "sve2048": "max,sve-default-vector-length=256",
}


def _runner_impl(ctx):
    binary = ctx.attr.binary
    if type(binary) == "list":  # attributes with a transition are lists
        binary = binary[0]
    exe = binary[DefaultInfo].files_to_run.executable
    script = ctx.actions.declare_file(ctx.label.name + ".sh")
    ctx.actions.expand_template(
        template = ctx.file._template,
        output = script,
        substitutions = {
            "%BINARY%": exe.short_path,
            "%TARGET_ARCH%": ctx.attr.target_arch,
            "%QEMU_CPU%": ctx.attr.qemu_cpu,
            "%LABEL%": str(ctx.label),
        },
        is_executable = True,
    )
    runfiles = ctx.runfiles(files = [exe]).merge(binary[DefaultInfo].default_runfiles)
    return [
        DefaultInfo(executable = script, runfiles = runfiles),
        testing.TestEnvironment(ctx.attr.env),
    ]

_COMMON_ATTRS = {
    "target_arch": attr.string(mandatory = True),
    "qemu_cpu": attr.string(default = "native"),
    "env": attr.string_dict(),
    "_template": attr.label(
        default = "//tools/build_defs:test_runner.sh.tpl",
        allow_single_file = True,
    ),
}

_native_test = rule(
    implementation = _runner_impl,
    test = True,
    attrs = dict(_COMMON_ATTRS, binary = attr.label(executable = True, cfg = "target")),
)

_aarch64_test = rule(
    implementation = _runner_impl,
    test = True,
    attrs = dict(
        _COMMON_ATTRS,
        binary = attr.label(executable = True, cfg = aarch64_transition),
        _allowlist_function_transition = attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    ),
)

def _sve_bits(variant):
    return variant[len("sve"):] if variant.startswith("sve") else "0"

def raptors_cc_test(
        name,
        srcs = [],
        deps = [],
        data = [],
        copts = [],
        linkopts = [],
        size = "small",
        timeout = None,
        tags = [],
        env = {},
        args = [],
        shard_count = None,
        aarch64 = True,
        **kwargs):
    """A cc_test for the target platform plus its emulated aarch64 variants.

    Args:
      name: test name; the aarch64 variants are name + "_aarch64_<variant>".
      srcs, deps, data, copts, linkopts: as for cc_test.
      size, timeout, tags, env, args, shard_count: as for tests.
      aarch64: set False for a test that only makes sense on the host.
      **kwargs: passed to the underlying cc_binary.
    """
    binary = name + "_bin"
    cc_binary(
        name = binary,
        srcs = srcs,
        deps = deps + ["@com_google_googletest//:gtest_main"],
        data = data,
        copts = copts,
        # aarch64 test binaries are linked statically: with the cross toolchain's sysroot glibc
        # (libc6-arm64-cross), dynamically linked programs hang in pthread_create under
        # qemu-aarch64 7.2, and a static binary needs no sysroot at run time either.
        linkopts = linkopts + select({
            "//platforms:is_aarch64": ["-static"],
            "//conditions:default": [],
        }),
        testonly = True,
        tags = ["manual"] + [t for t in tags if t != "qemu"],
        visibility = ["//visibility:public"],
        **kwargs
    )
    _native_test(
        name = name,
        binary = ":" + binary,
        target_arch = select({
            "//platforms:is_aarch64": "aarch64",
            "//conditions:default": "x86_64",
        }),
        env = env,
        args = args,
        size = size,
        timeout = timeout,
        tags = tags,
        shard_count = shard_count,
    )
    if not aarch64:
        return
    for variant, cpu in AARCH64_VARIANTS.items():
        _aarch64_test(
            name = "%s_aarch64_%s" % (name, variant),
            binary = ":" + binary,
            target_arch = "aarch64",
            qemu_cpu = cpu,
            # Lets a test check that it really runs with the emulated vector length.
            env = dict(env, RAPTORS_EXPECTED_SVE_BITS = _sve_bits(variant)),
            args = args,
            size = size,
            timeout = timeout,
            tags = tags + ["qemu"],
            shard_count = shard_count,
        )
