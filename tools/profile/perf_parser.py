"""Parser for `perf stat -x,` (CSV) output, including `<not supported>` / `<not counted>` rows."""

import subprocess

# perf event -> the report's counter name.
EVENTS = ["cycles", "instructions", "L1-dcache-load-misses", "LLC-load-misses"]


def parse_perf_csv(text):
    """Returns {event: value or None}; None means perf printed <not supported>/<not counted>.

    perf stat -x, rows: value,unit,event,run-time,percent,[metric value,metric unit].
    """
    result = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split(",")
        if len(fields) < 3:
            continue
        value, event = fields[0].strip(), fields[2].strip()
        if not event:
            continue
        event = event.split(":")[0]  # "cycles:u" -> "cycles"
        if value.startswith("<"):
            result[event] = None
            continue
        try:
            result[event] = float(value) if "." in value else int(value)
        except ValueError:
            continue
    return result


def counters_work(perf="perf"):
    """True when `perf stat -e instructions true` counts instructions on this machine."""
    try:
        proc = subprocess.run([perf, "stat", "-x,", "-e", "instructions", "true"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, "perf could not run: %s" % e
    parsed = parse_perf_csv(proc.stderr)
    if parsed.get("instructions") is None:
        first = proc.stderr.strip().splitlines()[:1]
        return False, "`perf stat -e instructions true` gave %s" % (first[0] if first else "no output")
    return True, "perf counts instructions"


def run_perf_stat(cmd, perf="perf"):
    """Runs cmd under perf stat; returns (parsed dict, raw stderr text)."""
    proc = subprocess.run([perf, "stat", "-x,", "-e", ",".join(EVENTS)] + cmd,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise RuntimeError("perf stat failed (%d): %s" % (proc.returncode, proc.stderr[-2000:]))
    return parse_perf_csv(proc.stderr), proc.stderr
