"""The site as GitHub Pages serves a project: under /REPO/ of the owner's host. Every page and both
not-found pages, walked in chromium there: every request the page makes, and every same-origin link
and file it names, stays under /REPO/ and is found; the absolute addresses (canonical, alternates)
follow SITE_URL's path."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from tests.sweep import page_rels
from tools.server import SiteServer
from tools.site import ROOT, build

pytestmark = pytest.mark.browser
SUB_PATH_URL = "https://example.github.io/guide-repo/"  # used when the session's SITE_URL is at a root
LINKS = """() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')]
  .map((e) => e.getAttribute('href') || e.getAttribute('src'))"""


@pytest.fixture(scope="module")
def sub_path_site(site, site_url, tmp_path_factory) -> tuple[Path, str]:
    """The session's site when SITE_URL has a path (as the publishing workflow builds it), else a
    build of the same commit for SUB_PATH_URL."""
    if urlsplit(site_url).path != "/":
        return site, site_url
    dest = tmp_path_factory.mktemp("sub-path-site")
    result = build(ROOT, dest, {"SITE_URL": SUB_PATH_URL})
    assert result.returncode == 0, result.stderr[-2000:]
    return dest, SUB_PATH_URL


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def walk(browser, directory: Path, address: str, rels: list[str] | None = None) -> list[str]:
    """What goes outside the site's path or is not found, on `rels` (every page when None) and a
    missing page."""
    prefix = urlsplit(address).path
    problems: list[str] = []
    with SiteServer(directory, prefix=prefix) as server:
        origin = server.origin
        visits = [(prefix + rel.removesuffix("index.html"), 200) for rel in rels or page_rels()]
        visits.append((prefix + "en/tidak-ada/", 404))  # a missing page: the host's not-found page
        context = browser.new_context(viewport={"width": 360, "height": 740})
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on("response", lambda r: r.status >= 400 and requests.append(f"{r.status} {r.url}"))
        named: set[str] = set()
        for path, expected in visits:
            requests.clear()
            response = page.goto(origin + path)
            if response.status != expected:
                problems.append(f"{path}: status {response.status}, expected {expected}")
            page.wait_for_load_state("load")
            for url in requests:
                failed = url.split(" ", 1)[0].isdigit()
                if failed and not url.endswith(path):
                    problems.append(f"{path}: {url}")
                elif not failed and url.startswith(origin) and not urlsplit(url).path.startswith(prefix):
                    problems.append(f"{path}: requested {url}, outside {prefix}")
            for href in page.evaluate(LINKS):
                target = urljoin(origin + path, href)
                if target.startswith(origin):
                    named.add(target.split("#")[0])
                elif target.startswith(address.rstrip("/").rsplit(prefix.rstrip("/"), 1)[0]):
                    if not urlsplit(target).path.startswith(prefix):  # canonical, alternates, previews
                        problems.append(f"{path}: links to {target}, outside {address}")
                    else:
                        named.add(origin + urlsplit(target).path)
        context.close()
        for url in sorted(named):
            if not urlsplit(url).path.startswith(prefix):
                problems.append(f"a page links to {url}, outside {prefix}")
            elif (code := status(url)) != 200:
                problems.append(f"a page links to {url}: {code}")
    return problems


def test_every_page_and_both_not_found_pages_work_under_a_sub_path(browser, sub_path_site):
    directory, address = sub_path_site
    problems = walk(browser, directory, address)
    assert not problems, "\n".join(problems[:40])


def test_the_sub_path_walk_catches_root_absolute_links(browser, sub_path_site, tmp_path):
    """The not-found pages' language links as they were until 2027 (the host's root): planted in both
    and caught, the walk on those pages alone."""
    import shutil

    directory, address = sub_path_site
    copy = tmp_path / "site"
    shutil.copytree(directory, copy)
    prefix = urlsplit(address).path
    for rel in ("404.html", "en/404.html"):
        page = copy / rel
        page.write_text(page.read_text(encoding="utf-8").replace(f'href="{prefix}en/404.html"', 'href="/en/404.html"'))
    problems = walk(browser, copy, address, ["404.html", "en/404.html"])
    assert any("/en/404.html" in p and "outside" in p for p in problems), problems
