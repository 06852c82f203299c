"""Configuration transitions shared by the project's rules."""

def _aarch64_transition_impl(settings, attr):
    return {"//command_line_option:platforms": "//platforms:linux_aarch64"}

# Builds the dependency for linux_aarch64 (the platform of --config=aarch64), whatever the
# current target platform is. Rules using it need the function-transition allowlist attribute.
aarch64_transition = transition(
    implementation = _aarch64_transition_impl,
    inputs = [],
    outputs = ["//command_line_option:platforms"],
)
