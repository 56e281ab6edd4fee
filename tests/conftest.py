"""Build the site once per test session, strictly, into a temporary folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.checks import Page, load_site

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def source_date_epoch() -> str:
    """The commit's time: dates in the build (sitemap) come from it, so builds are reproducible."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True)
    return found.stdout.strip() or "0"


def start_build(project: Path, dest: Path) -> subprocess.Popen:
    """Start a strict MkDocs build of `project` into `dest` (several can run at once)."""
    return subprocess.Popen(
        [str(BIN / "mkdocs"), "build", "--strict", "--clean", "--site-dir", str(dest)],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": source_date_epoch()},
    )


def finish(process: subprocess.Popen) -> subprocess.CompletedProcess:
    stdout, stderr = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def build(project: Path, dest: Path) -> subprocess.CompletedProcess:
    """Run a strict MkDocs build of `project` into `dest`; return the finished process."""
    return finish(start_build(project, dest))


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("site")
    result = build(ROOT, dest)
    assert result.returncode == 0, f"the strict build failed:\n{result.stdout}\n{result.stderr}"
    return dest


@pytest.fixture(scope="session")
def pages(site) -> list[Page]:
    found = load_site(site)
    assert len(found) >= 18, f"expected at least 9 pages in each language, found {len(found)}"
    return found


@pytest.fixture(scope="session")
def site_url() -> str:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])
    Loader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=Loader)
    return os.environ.get("SITE_URL", config["site_url"])


@pytest.fixture(scope="session")
def lychee() -> Path:
    path = BIN / "lychee"
    assert path.exists(), f"lychee is missing at {path}: run 'make test', which installs requirements.txt"
    return path


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def server(site):
    from tests.server import SiteServer

    with SiteServer(site) as running:
        yield running


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium through Playwright. Missing is a failure with a way out, never a skip."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(executable).is_file():
        pytest.fail(
            f"no browser at {executable}: run 'make test' (it installs Debian's chromium where it can), "
            "or set CHROMIUM=/path/to/chromium", pytrace=False)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core is missing at {AXE}: run 'make test', which runs 'npm ci'", pytrace=False)
    return AXE.read_text(encoding="utf-8")
