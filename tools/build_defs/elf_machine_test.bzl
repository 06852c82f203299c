"""elf_machine_test: asserts the ELF machine of built outputs (binaries, archives' objects).

    elf_machine_test(name, targets, platform = None)

Without `platform`, the targets are checked in the current configuration against the current
target CPU, so `bazel test --config=aarch64 //tests/toolchain/...` checks the cross build. With
`platform` (e.g. //platforms:linux_aarch64), the targets are first transitioned to it.
"""

_MACHINES = {"x86_64": "62", "aarch64": "183"}  # ELF e_machine: EM_X86_64, EM_AARCH64

def _platform_transition_impl(settings, attr):
    if attr.platform:
        return {"//command_line_option:platforms": str(attr.platform)}
    return {"//command_line_option:platforms": settings["//command_line_option:platforms"]}

_platform_transition = transition(
    implementation = _platform_transition_impl,
    inputs = ["//command_line_option:platforms"],
    outputs = ["//command_line_option:platforms"],
)

def _impl(ctx):
    arch = ctx.attr.platform_arch if ctx.attr.platform else ctx.attr.current_arch
    files = []
    for t in ctx.attr.targets:
        files += [f for f in t[DefaultInfo].files.to_list() if f.extension in ("", "a", "so")]
    script = ctx.actions.declare_file(ctx.label.name + ".sh")
    ctx.actions.expand_template(
        template = ctx.file._template,
        output = script,
        substitutions = {
            "%EXPECTED_MACHINE%": _MACHINES[arch],
            "%EXPECTED_ARCH%": arch,
            "%FILES%": " ".join([f.short_path for f in files]),
        },
        is_executable = True,
    )
    return [DefaultInfo(executable = script, runfiles = ctx.runfiles(files = files))]

_elf_machine_test = rule(
    implementation = _impl,
    test = True,
    attrs = {
        "targets": attr.label_list(cfg = _platform_transition, mandatory = True),
        "platform": attr.label(),
        "platform_arch": attr.string(),
        "current_arch": attr.string(),
        "_template": attr.label(
            default = "//tools/build_defs:elf_machine_test.sh.tpl",
            allow_single_file = True,
        ),
        "_allowlist_function_transition": attr.label(
            default = "@bazel_tools//tools/allowlists/function_transition_allowlist",
        ),
    },
)

def elf_machine_test(name, targets, platform = None, platform_arch = None, **kwargs):
    _elf_machine_test(
        name = name,
        targets = targets,
        platform = platform,
        platform_arch = platform_arch,
        current_arch = select({
            "//platforms:is_aarch64": "aarch64",
            "//conditions:default": "x86_64",
        }),
        **kwargs
    )
