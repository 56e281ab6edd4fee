"""Build the site the way `make build` does, and start Debian's chromium the way the tests and the
benchmarks both need it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# Without the background-networking flags, chromium tries hosts that this closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium() -> str:
    """The browser readers use: Debian's chromium (the benchmarks, one journey in the tests), or CHROMIUM."""
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


HEADLESS_SHELL = "/usr/bin/chromium-headless-shell"


def chromium_for_tests() -> str:
    """The browser the tests drive: TEST_CHROMIUM when set (`make test CHROMIUM=...` sets it too), else
    Debian's chromium-headless-shell where it is installed (built from the same source and version as
    chromium, without the desktop browser around the engine: about a third less CPU per page here; the
    shell Playwright itself runs headless), else chromium itself."""
    if os.environ.get("TEST_CHROMIUM"):
        return os.environ["TEST_CHROMIUM"]
    return HEADLESS_SHELL if Path(HEADLESS_SHELL).is_file() else chromium()


def source_date_epoch() -> str:
    """The commit's time: dates in the build (sitemap) come from it, so builds are reproducible."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    return found.stdout.strip() or "0"


def start_build(project: Path, dest: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    """Start a strict MkDocs build of `project` into `dest` (several can run at once); `env` adds to
    the environment (SITE_URL, REPO_URL, OFFLINE)."""
    return subprocess.Popen(
        [str(BIN / "mkdocs"), "build", "--strict", "--clean", "--site-dir", str(dest)],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": source_date_epoch(), **(env or {})},
    )


def finish(process: subprocess.Popen) -> subprocess.CompletedProcess:
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def build(project: Path, dest: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run a strict MkDocs build of `project` into `dest`; return the finished process."""
    return finish(start_build(project, dest, env))
