"""Repository rule that locates one gcc and records its version.

The rule never downloads anything: it looks for `<compiler_prefix>gcc-<expected_major>` on the
host, asks it for its full version, and writes `version.bzl`. The toolchain config
(cc_toolchain_config.bzl) fails analysis with an install hint when the compiler is missing or
has another major version, so a wrong compiler is reported before any action runs, and only for
the toolchain that is actually selected.
"""

def _gcc_repository_impl(rctx):
    name = "%sgcc-%s" % (rctx.attr.compiler_prefix, rctx.attr.expected_major)
    path = rctx.which(name)
    version = ""
    error = ""
    if path == None:
        error = "%s not found (gcc %s.x expected): install the Debian package '%s' (./setup.sh does this)" % (
            name,
            rctx.attr.expected_major,
            rctx.attr.debian_package,
        )
    else:
        result = rctx.execute([path, "-dumpfullversion"])
        version = result.stdout.strip()
        if result.return_code != 0 or not version.startswith(rctx.attr.expected_major + "."):
            error = "%s reports version '%s', expected %s.x: install the Debian package '%s'" % (
                path,
                version,
                rctx.attr.expected_major,
                rctx.attr.debian_package,
            )
    rctx.file("BUILD.bazel", "exports_files(['version.bzl'])\n")
    rctx.file("version.bzl", "GCC_VERSION = %r\nGCC_ERROR = %r\n" % (version, error))

gcc_repository = repository_rule(
    implementation = _gcc_repository_impl,
    attrs = {
        "compiler_prefix": attr.string(mandatory = True),
        "debian_package": attr.string(mandatory = True),
        "expected_major": attr.string(mandatory = True),
    },
    # Re-run when PATH changes (e.g. after setup.sh installs the compiler).
    environ = ["PATH"],
    local = True,
)
