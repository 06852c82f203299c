#!/bin/bash
# Installs everything the build, tests, benchmarks and profiler need on Debian 12 (and, where
# the archive has the same packages, Ubuntu), as listed with their versions in packages.txt.
#
# Idempotent: when every package is already installed at the expected version it only says
# so (no apt-get update, a second or two). Needs root or sudo; fails with a clear message when
# it has neither, or when a package cannot be installed.
set -euo pipefail
cd "$(dirname "$0")"

manifest=packages.txt
say() { echo "setup.sh: $*"; }
die() { echo "setup.sh: error: $*" >&2; exit 1; }

[[ -r "$manifest" ]] || die "$manifest not found next to setup.sh"
command -v dpkg-query >/dev/null || die "this is not a Debian-based system (no dpkg); see README for the package list"

if [[ "$(id -u)" -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  as_root=(MISSING)
fi

packages=()
versions=()
while read -r name version _; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  packages+=("$name")
  versions+=("$version")
done <"$manifest"

installed_version() { dpkg-query -W -f='${db:Status-Abbrev}|${Version}' "$1" 2>/dev/null | sed -n 's/^ii *|//p'; }

missing=()
for i in "${!packages[@]}"; do
  [[ -n "$(installed_version "${packages[$i]}")" ]] || missing+=("${packages[$i]}")
done

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ "${as_root[0]:-}" == MISSING ]]; then
    die "not root and no password-less sudo; these packages are missing: ${missing[*]}
  run as root: apt-get install ${missing[*]}   (after: dpkg --add-architecture arm64; apt-get update)"
  fi
  if [[ " ${missing[*]} " == *":arm64 "* ]] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
    say "enabling the arm64 architecture for the aarch64 libraries (dpkg --add-architecture arm64)"
    "${as_root[@]}" dpkg --add-architecture arm64
  fi
  say "installing: ${missing[*]}"
  "${as_root[@]}" apt-get update -qq || die "apt-get update failed: check the network or apt sources"
  for p in "${missing[@]}"; do
    if ! apt-cache show "$p" >/dev/null 2>&1; then
      die "package '$p' is not available from the configured apt sources.
  On Debian 12 it is in the main archive; for ':arm64' packages run 'dpkg --add-architecture arm64'
  and make sure the apt sources serve arm64 (Ubuntu: ports.ubuntu.com)."
    fi
  done
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null || die "apt-get install failed for: ${missing[*]}"
fi

# Every package must now be installed at the version the project was built and tested with.
bad=0
for i in "${!packages[@]}"; do
  got="$(installed_version "${packages[$i]}")"
  if [[ -z "$got" ]]; then
    echo "setup.sh: error: ${packages[$i]} is still not installed" >&2
    bad=1
  elif [[ "$got" != "${versions[$i]}"* ]]; then
    echo "setup.sh: error: ${packages[$i]} is version $got, expected ${versions[$i]}* (see packages.txt)" >&2
    bad=1
  fi
done
[[ "$bad" -eq 0 ]] || die "installed versions differ from packages.txt"

if [[ ${#missing[@]} -eq 0 ]]; then
  say "all ${#packages[@]} packages from $manifest are installed; nothing to do"
else
  say "installed ${#missing[@]} package(s); all ${#packages[@]} from $manifest are present"
fi
