"""An explicit gcc toolchain configuration: absolute tool paths, an explicit include path list
(`-nostdinc` plus `-isystem` for each directory), fixed flags and deterministic outputs.

One rule serves every toolchain in this package; the BUILD file passes the per-target values.
"""

load("@bazel_tools//tools/build_defs/cc:action_names.bzl", "ACTION_NAMES")
load(
    "@bazel_tools//tools/cpp:cc_toolchain_config_lib.bzl",
    "feature",
    "flag_group",
    "flag_set",
    "tool_path",
    "with_feature_set",
)

_COMPILE_ACTIONS = [
    ACTION_NAMES.assemble,
    ACTION_NAMES.preprocess_assemble,
    ACTION_NAMES.c_compile,
    ACTION_NAMES.cpp_compile,
    ACTION_NAMES.cpp_header_parsing,
    ACTION_NAMES.cpp_module_compile,
    ACTION_NAMES.linkstamp_compile,
]

_CXX_ACTIONS = [
    ACTION_NAMES.cpp_compile,
    ACTION_NAMES.cpp_header_parsing,
    ACTION_NAMES.cpp_module_compile,
    ACTION_NAMES.linkstamp_compile,
]

_LINK_ACTIONS = [
    ACTION_NAMES.cpp_link_executable,
    ACTION_NAMES.cpp_link_dynamic_library,
    ACTION_NAMES.cpp_link_nodeps_dynamic_library,
]

# Reproducible objects: no build time in the output, no absolute paths in headers' names.
_DETERMINISM_FLAGS = [
    "-Wno-builtin-macro-redefined",
    "-D__DATE__=\"redacted\"",
    "-D__TIMESTAMP__=\"redacted\"",
    "-D__TIME__=\"redacted\"",
    "-no-canonical-prefixes",
    "-fno-canonical-system-headers",
]

def _flags(actions, flags):
    return flag_set(actions = actions, flag_groups = [flag_group(flags = flags)])

def _impl(ctx):
    if ctx.attr.compiler_error:
        fail("Toolchain %s cannot be used: %s" % (ctx.label, ctx.attr.compiler_error))

    prefix = ctx.attr.tool_prefix
    major = ctx.attr.gcc_major
    tools = {
        "gcc": "/usr/bin/%sgcc-%s" % (prefix, major),
        "cpp": "/usr/bin/%scpp-%s" % (prefix, major),
        "ar": "/usr/bin/%sar" % prefix,
        "ld": "/usr/bin/%sld" % prefix,
        "nm": "/usr/bin/%snm" % prefix,
        "objcopy": "/usr/bin/%sobjcopy" % prefix,
        "objdump": "/usr/bin/%sobjdump" % prefix,
        "strip": "/usr/bin/%sstrip" % prefix,
        "gcov": "/usr/bin/%sgcov-%s" % (prefix, major),
        "dwp": "/usr/bin/false",
        "llvm-cov": "/usr/bin/false",
    }
    cxx_include_flags = []
    for d in ctx.attr.cxx_include_directories:
        cxx_include_flags += ["-isystem", d]
    c_include_flags = ["-nostdinc"]
    for d in ctx.attr.c_include_directories:
        c_include_flags += ["-isystem", d]

    features = [
        feature(name = "supports_pic", enabled = True),
        feature(name = "supports_dynamic_linker", enabled = True),
        feature(name = "dbg"),
        feature(name = "fastbuild"),
        feature(name = "opt"),
        feature(
            name = "default_compile_flags",
            enabled = True,
            flag_sets = [
                # C++ library headers must come before the C library's (they wrap its headers).
                _flags(_CXX_ACTIONS, cxx_include_flags),
                _flags(_COMPILE_ACTIONS, c_include_flags + _DETERMINISM_FLAGS + [
                    "-fstack-protector",
                    "-fno-omit-frame-pointer",
                    "-Wall",
                    "-Wextra",
                    "-Wno-unused-parameter",
                ] + ctx.attr.compile_flags),
                _flags(_CXX_ACTIONS, ["-std=c++17"]),
                flag_set(
                    actions = _COMPILE_ACTIONS,
                    flag_groups = [flag_group(flags = ["-g", "-O0"])],
                    with_features = [with_feature_set(features = ["dbg"])],
                ),
                flag_set(
                    actions = _COMPILE_ACTIONS,
                    flag_groups = [flag_group(flags = ["-O1"])],
                    with_features = [with_feature_set(features = ["fastbuild"])],
                ),
                flag_set(
                    actions = _COMPILE_ACTIONS,
                    flag_groups = [flag_group(flags = [
                        "-O2",
                        "-DNDEBUG",
                        "-ffunction-sections",
                        "-fdata-sections",
                    ])],
                    with_features = [with_feature_set(features = ["opt"])],
                ),
            ],
        ),
        feature(
            name = "default_link_flags",
            enabled = True,
            flag_sets = [
                _flags(_LINK_ACTIONS, [
                    "-no-canonical-prefixes",
                    "-Wl,--build-id=sha1",
                    "-Wl,-z,relro,-z,now",
                    "-lstdc++",
                    "-lm",
                    "-lpthread",
                ] + ctx.attr.link_flags),
                flag_set(
                    actions = _LINK_ACTIONS,
                    flag_groups = [flag_group(flags = ["-Wl,--gc-sections"])],
                    with_features = [with_feature_set(features = ["opt"])],
                ),
            ],
        ),
    ]

    return cc_common.create_cc_toolchain_config_info(
        ctx = ctx,
        toolchain_identifier = ctx.attr.toolchain_identifier,
        host_system_name = "local",
        target_system_name = ctx.attr.target_system_name,
        target_cpu = ctx.attr.target_cpu,
        target_libc = "glibc",
        compiler = "gcc",
        abi_version = "gcc",
        abi_libc_version = "glibc",
        cxx_builtin_include_directories = ctx.attr.cxx_include_directories + ctx.attr.c_include_directories,
        tool_paths = [tool_path(name = k, path = v) for k, v in tools.items()],
        features = features,
    )

cc_toolchain_config = rule(
    implementation = _impl,
    attrs = {
        "toolchain_identifier": attr.string(mandatory = True),
        "target_system_name": attr.string(mandatory = True),
        "target_cpu": attr.string(mandatory = True),
        "tool_prefix": attr.string(mandatory = True),
        "gcc_major": attr.string(mandatory = True),
        "cxx_include_directories": attr.string_list(mandatory = True),
        "c_include_directories": attr.string_list(mandatory = True),
        "compile_flags": attr.string_list(),
        "link_flags": attr.string_list(),
        "compiler_error": attr.string(),
    },
    provides = [CcToolchainConfigInfo],
)

def gcc_toolchain(name, exec_platform_cpu, target_platform_cpu, **config):
    """Declares one gcc toolchain: its config, the cc_toolchain and the toolchain() that
    registers it for Linux on `exec_platform_cpu` building for Linux on `target_platform_cpu`
    (@platforms//cpu names: "x86_64", "aarch64"). `config` goes to cc_toolchain_config."""
    cc_toolchain_config(name = name + "_config", **config)
    native.cc_toolchain(
        name = name + "_cc",
        all_files = ":empty",
        compiler_files = ":empty",
        dwp_files = ":empty",
        linker_files = ":empty",
        objcopy_files = ":empty",
        strip_files = ":empty",
        supports_param_files = 0,
        toolchain_config = ":" + name + "_config",
    )
    native.toolchain(
        name = name,
        exec_compatible_with = ["@platforms//os:linux", "@platforms//cpu:" + exec_platform_cpu],
        target_compatible_with = ["@platforms//os:linux", "@platforms//cpu:" + target_platform_cpu],
        toolchain = ":" + name + "_cc",
        toolchain_type = "@bazel_tools//tools/cpp:toolchain_type",
    )
