"""The site the tests read: built once per test session (or given by GUIDE_SITE), strictly."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))  # as MkDocs does for the hooks: `guide` is their package

from tests.checks import Page, load_site  # noqa: E402
from tools.site import CHROMIUM_ARGS, build, chromium, chromium_for_tests  # noqa: E402, F401 (build: used by other test modules)

BIN = Path(sys.executable).parent
# Tesseract (the picture tests) starts a thread per core by default; with one pytest worker per core
# those threads only fight each other: one thread reads a picture about three times faster here.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The built site: GUIDE_SITE's folder when set (`make test` builds site/ once, the folder the
    publishing workflow uploads; no test writes into it, those that plant defects copy it), else a
    fresh strict build."""
    if os.environ.get("GUIDE_SITE"):
        given = (ROOT / os.environ["GUIDE_SITE"]).resolve()
        assert (given / "index.html").is_file() and (given / "sw.js").is_file(), f"GUIDE_SITE={given}: no built site"
        return given
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
def default_site_url() -> str:
    """mkdocs.yml's site_url when SITE_URL is not set: the address `make test` builds for."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])
    Loader.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=Loader)["site_url"]


@pytest.fixture(scope="session")
def site_url(default_site_url) -> str:
    return os.environ.get("SITE_URL", default_site_url)


@pytest.fixture(scope="session")
def lychee() -> Path:
    path = BIN / "lychee"
    assert path.exists(), f"lychee is missing at {path}: run 'make test', which installs requirements/test.txt"
    return path


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def server(site, site_url):
    """The built site over HTTP under SITE_URL's path, as its host serves it (GitHub Pages serves a
    project under /REPO/, and the publishing workflow runs the suite on that build): `server.url` is
    where the site starts, `server.origin` the host."""
    from tools.server import SiteServer

    with SiteServer(site, prefix=urlsplit(site_url).path) as running:
        yield running


def pytest_report_header(config) -> str:
    return f"browsers: the tests' {chromium_for_tests()}, the readers' {chromium()} (tools/site.py)"


@pytest.fixture(scope="session")
def playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running


def launched(playwright, executable: str, variable: str):
    """chromium through Playwright. Missing is a failure with a way out, never a skip."""
    if not Path(executable).is_file():
        pytest.fail(
            f"no browser at {executable}: run 'make test' (it installs Debian's chromium and "
            f"chromium-headless-shell where it can), or set {variable}=/path/to/chromium",
            pytrace=False,
        )
    running = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield Browser(running)
    running.close()


@pytest.fixture(scope="session")
def browser(playwright):
    """The tests' browser: Debian's chromium-headless-shell where it is installed, else chromium
    (tools.site.chromium_for_tests)."""
    yield from launched(playwright, chromium_for_tests(), "TEST_CHROMIUM")


@pytest.fixture(scope="session")
def reader_browser(playwright):
    """Debian's desktop chromium, the browser readers run (tools.site.chromium): one journey runs in it
    too (tests/test_browser.py), in case the engine behaves differently inside the whole browser."""
    yield from launched(playwright, chromium(), "CHROMIUM")


class Browser:
    """chromium, whose new contexts block the service worker unless a test asks for it: each fresh
    context would otherwise register it and copy a whole language in the background, which only
    tests/test_offline.py looks at (it passes service_workers="allow")."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **options):
        options.setdefault("service_workers", "block")
        return self._browser.new_context(**options)

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail(f"axe-core is missing at {AXE}: run 'make test', which runs 'npm ci'", pytrace=False)
    return AXE.read_text(encoding="utf-8")
