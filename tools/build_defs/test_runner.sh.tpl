#!/bin/bash
# Runs one test binary: natively when it was built for this machine's architecture, otherwise
# (an aarch64 binary on an x86_64 host) under qemu-aarch64 with the CPU model below.
set -euo pipefail
binary="%BINARY%"
target_arch="%TARGET_ARCH%"
qemu_cpu="%QEMU_CPU%"
label="%LABEL%"
host_arch="$(uname -m)"

if [[ "$host_arch" == "$target_arch" ]]; then
  if [[ "$qemu_cpu" != "native" ]]; then
    echo "$label: native $host_arch host, running natively (QEMU CPU '$qemu_cpu' not applied)"
  fi
  exec "$binary" "$@"
fi

if [[ "$target_arch" == "aarch64" ]]; then
  qemu=/usr/bin/qemu-aarch64
  if [[ ! -x "$qemu" ]]; then
    echo "$label: $qemu not found; install the Debian package qemu-user (./setup.sh does)" >&2
    exit 1
  fi
  cpu="$qemu_cpu"
  [[ "$cpu" == "native" ]] && cpu=max
  echo "$label: running under $qemu -cpu $cpu"
  # -L: the cross toolchain's sysroot holds the aarch64 loader, libc and libstdc++.
  exec "$qemu" -L /usr/aarch64-linux-gnu -cpu "$cpu" "$binary" "$@"
fi

echo "$label: cannot run a $target_arch binary on a $host_arch host" >&2
exit 1
