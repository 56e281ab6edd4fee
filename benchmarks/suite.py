"""`make bench-suite`: what `make test` costs on a fresh clone, measured the way this machine needs.

The machine's speed changes from minute to minute (a loop of 10^7 additions took 1.0-2.0 s within an
hour), so one run says little and two runs far apart say less: give `--base` and the runs of the two
commits go in turn, each with the loop's time just before it. A run's work is read machine-wide from
/proc/stat (both cores): `time` misses chromium's processes, which the system adopts when their parent
exits. CPU by program comes from /proc, sampled every 0.5 s (a process that lives under 0.5 s is
missing there, never from the busy total). Nothing here is part of `make test`; it needs only Python.

    python benchmarks/suite.py [--runs N] [--base COMMIT] [COMMIT]      (make bench-suite BASE=... RUNS=...)
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICK = os.sysconf("SC_CLK_TCK")
PROBE = "s = 0\nfor i in range(10**7): s += i"


def busy_and_idle(stat: str) -> tuple[int, int]:
    """Ticks spent working and idle, all cores, from /proc/stat's first line (user nice system idle
    iowait irq softirq steal ...): steal is another machine's work, not ours."""
    user, nice, system, idle, iowait, irq, softirq = (int(v) for v in stat.split("\n", 1)[0].split()[1:8])
    return user + nice + system + irq + softirq, idle + iowait


def kind(comm: str, cmdline: str) -> str:
    """What a process is, for the CPU table. `cmdline` is /proc/PID/cmdline with NULs made spaces:
    chromium rewrites its own, so its arguments may come as one string."""
    if "chrom" in comm or "headless" in comm:
        found = re.search(r"--type=(\S+)", cmdline)
        if not found:
            return "chromium browser"
        sub = re.search(r"--utility-sub-type=(\S+)", cmdline) if found.group(1) == "utility" else None
        return f"chromium {found.group(1)}" + (f" {sub.group(1)}" if sub else "")
    if comm.startswith("python"):
        if "mkdocs" in cmdline:
            return "mkdocs"
        if "-m pytest" in cmdline:
            return "pytest"
        if "execnet" in cmdline or "exec(eval(" in cmdline:
            return "pytest worker"
        return "python"
    return comm


def sample() -> dict[int, tuple[str, int]]:
    found = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            cmdline = Path(entry.path, "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # it ended
        comm, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :].split()
        found[int(entry.name)] = (kind(comm, cmdline), int(rest[11]) + int(rest[12]))  # utime + stime
    return found


def summary(lines: list[str]) -> str:
    """pytest's last line ("1444 passed in 139.02s (0:02:19)"), or what the run printed last."""
    for line in reversed(lines):
        if re.search(r"\b\d+ (passed|failed|errors?)\b", line):
            return line.strip("= \n")
    return (lines or ["(no output)"])[-1].strip()


def probe() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", PROBE], check=True)
    return time.perf_counter() - started


def run(commit: str) -> dict:
    """`make test` on a fresh clone of this checkout at `commit`."""
    folder = Path(tempfile.mkdtemp(prefix="bench-suite-"))
    try:
        subprocess.run(["git", "clone", "-q", str(ROOT), str(folder)], check=True)
        subprocess.run(["git", "checkout", "-q", commit], cwd=folder, check=True)
        loop = probe()
        lines: list[str] = []
        marks: dict[str, float] = {}
        busy0, idle0 = busy_and_idle(Path("/proc/stat").read_text())
        started = time.perf_counter()
        make = subprocess.Popen(
            ["make", "test"], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )

        def read() -> None:
            for line in make.stdout:
                lines.append(line)
                if "-m pytest" in line and "pytest" not in marks:
                    marks["pytest"] = time.perf_counter() - started

        reader = threading.Thread(target=read)
        reader.start()
        by_kind: collections.Counter = collections.Counter()
        before = sample()
        while make.poll() is None:
            time.sleep(0.5)
            now = sample()
            for pid, (name, ticks) in now.items():
                by_kind[name] += ticks - before[pid][1] if pid in before else ticks
            before = now
        reader.join()
        wall = time.perf_counter() - started
        busy1, idle1 = busy_and_idle(Path("/proc/stat").read_text())
        return {
            "commit": commit,
            "loop": loop,
            "wall": wall,
            "setup": marks.get("pytest", float("nan")),
            "busy": (busy1 - busy0) / TICK,
            "idle": (idle1 - idle0) / TICK,
            "summary": summary(lines),
            "code": make.returncode,
            "kinds": {name: ticks / TICK for name, ticks in by_kind.most_common(7)},
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def row(number: int, result: dict) -> str:
    kinds = ", ".join(f"{name} {seconds:.1f}" for name, seconds in result["kinds"].items())
    return (
        f"| {number} | {result['commit'][:9]} | {result['loop']:.2f} s | {result['wall']:.1f} s | "
        f"{result['setup']:.1f} s | {result['summary']} (exit {result['code']}) | {result['busy']:.1f} | "
        f"{result['idle']:.1f} | {kinds} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", nargs="?", default="HEAD")
    parser.add_argument("--base", help="a commit to compare with: its runs and the commit's go in turn")
    parser.add_argument("--runs", type=int, default=1, help="runs of each commit (default 1)")
    args = parser.parse_args()

    def resolved(name: str) -> str:
        return subprocess.run(
            ["git", "rev-parse", name], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()

    commits = [resolved(args.commit)] + ([resolved(args.base)] if args.base else [])
    print(f"{os.cpu_count()} cores; the loop: {PROBE.splitlines()[1]!r} in a new Python, just before each run")
    print("| run | commit | loop | total | setup | pytest | busy core-s | idle core-s | CPU by program (core-s) |")
    print("|---|---|---|---|---|---|---|---|---|")
    results = []
    for turn in range(args.runs):
        for commit in commits if turn % 2 == 0 else commits[::-1]:  # who goes first alternates
            results.append(run(commit))
            print(row(len(results), results[-1]), flush=True)
    for commit in commits:
        mine = [r for r in results if r["commit"] == commit]
        wall, busy = (sum(r[key] for r in mine) / len(mine) for key in ("wall", "busy"))
        print(f"{commit[:9]}: {len(mine)} run(s), means {wall:.1f} s and {busy:.1f} busy core-s")
    return 0 if all(r["code"] == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
