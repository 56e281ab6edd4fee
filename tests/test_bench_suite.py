"""benchmarks/suite.py reads the machine's busy time and names each process; both decide what a
comparison of two commits says, so both are checked on inputs written out here."""

from __future__ import annotations

import pytest

from benchmarks.suite import busy_and_idle, kind, summary

# /proc/stat's first line: user nice system idle iowait irq softirq steal guest guest_nice
STAT = "cpu  1000 20 300 5000 40 6 7 800 0 0\ncpu0 500 10 150 2500 20 3 3 400 0 0\n"


def test_busy_time_counts_work_not_waiting_or_another_machines_steal():
    assert busy_and_idle(STAT) == (1000 + 20 + 300 + 6 + 7, 5000 + 40)


RENDERER = "/usr/lib/chromium/chromium-headless-shell --type=renderer --headless=old --no-sandbox --lang=en-US"


@pytest.mark.parametrize(
    ("comm", "cmdline", "expected"),
    [
        ("chromium-headle", "/usr/lib/chromium/chromium-headless-shell --disable-gpu --headless ", "chromium browser"),
        # chromium rewrites its command line as one string: its arguments are not NUL-separated words
        ("chromium-headle", RENDERER, "chromium renderer"),
        ("chromium", "/usr/lib/chromium/chromium --type=gpu-process --no-sandbox ", "chromium gpu-process"),
        (
            "chromium-headle",
            "chromium-headless-shell --type=utility --utility-sub-type=network.mojom.NetworkService --lang=en-US ",
            "chromium utility network.mojom.NetworkService",
        ),
        ("python3.11", "/tmp/x/.venv/bin/python /tmp/x/.venv/bin/mkdocs build --strict ", "mkdocs"),
        ("python", ".venv/bin/python -m pytest ", "pytest"),
        ("python", "/tmp/x/.venv/bin/python -c import sys;exec(eval(sys.stdin.readline())) ", "pytest worker"),
        ("python3", "python3 -c print(1) ", "python"),
        ("java", "java -jar node_modules/vnu-jar/build/dist/vnu.jar ", "java"),
    ],
)
def test_each_process_is_named_for_what_it_is(comm, cmdline, expected):
    assert kind(comm, cmdline) == expected


def test_the_run_is_summed_up_by_pytests_last_line():
    lines = ["GUIDE_SITE=site .venv/bin/python -m pytest\n", "...... [100%]\n", "1444 passed in 139.02s (0:02:19)\n"]
    assert summary(lines) == "1444 passed in 139.02s (0:02:19)"
    failed = ["x\n", "=== 2 failed, 1442 passed in 150.10s ===\n", "make: *** [Makefile:98: test] Error 1\n"]
    assert summary(failed) == "2 failed, 1442 passed in 150.10s"
    assert summary(["make: *** No rule to make target\n"]) == "make: *** No rule to make target"
