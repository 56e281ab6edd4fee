"""Offline reading in chromium, with the real service worker (docs/sw.js) on a real server: after a
first visit the language's pages open offline and say they are a saved copy; online, a changed page
is seen at once; one versioned cache; Save-Data keeps only opened pages; a site under a sub-path;
the switch that removes the worker."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest

from tools.server import SiteServer

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
KEPT = "() => ['done', 'only-opened'].includes(document.documentElement.dataset.guideKeep)"
CACHES = """async () => {
  const out = {};
  for (const name of await caches.keys()) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
  return out;
}"""


@pytest.fixture
def served(site, tmp_path):
    """A copy of the site on its own server (and origin), free to change."""
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    with SiteServer(copy) as server:
        yield copy, server


def first_visit(browser, url: str, save_data: bool = False):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, service_workers="allow")
    if save_data:
        context.add_init_script("Object.defineProperty(navigator, 'connection', {value: {saveData: true}})")
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    page.wait_for_function(KEPT, timeout=30_000)
    page.wait_for_function("() => navigator.serviceWorker.controller !== null")
    return context, page, errors


@pytest.mark.parametrize(
    "prefix, other, notice", [("/", "aplikasi/", "Anda sedang offline"), ("/en/", "en/aplikasi/", "You are offline")]
)
def test_after_a_visit_the_language_reads_offline(browser, served, prefix, other, notice):
    _, server = served
    context, page, errors = first_visit(browser, server.url + prefix + "kontak/")
    assert page.evaluate("() => document.documentElement.dataset.guideKeep") == "done"
    context.set_offline(True)
    for address in (prefix + "kontak/", "/" + other):
        page.goto(server.url + address)
        assert page.locator('a[href="tel:175"]').count() or address.endswith("aplikasi/"), address
        saved = page.locator("[data-guide-saved-notice]")
        saved.wait_for(state="visible")
        assert notice in saved.inner_text(), saved.inner_text()
        assert re.search(r"20\d\d", saved.inner_text()), "the notice gives no date"
    assert page.locator("a[href='tel:175']").count() >= 1 or "aplikasi" in page.url
    # search works offline too: its files and the index were kept with the pages
    page.click(".md-header__button[data-guide-for=__search]")
    page.fill("[data-guide-search-input]", "whatsapp")
    page.wait_for_selector('[data-guide-search][data-search-query="whatsapp"]', state="attached")
    assert page.locator("[data-search-result]").count() > 0
    assert not errors, errors
    context.close()


def test_online_a_changed_page_is_seen_at_once(browser, served):
    copy, server = served
    context, page, _ = first_visit(browser, server.url + "/kontak/")
    assert page.evaluate("() => navigator.serviceWorker.controller !== null")
    page_file = copy / "kontak" / "index.html"
    page_file.write_text(page_file.read_text(encoding="utf-8").replace("<h1", '<p id="changed">v2</p><h1', 1))
    page.goto(server.url + "/kontak/")
    assert page.locator("#changed").count() == 1, "the worker answered with its old copy while online"
    assert page.locator("[data-guide-saved-notice]").count() == 0, "an online page claims to be a saved copy"
    context.set_offline(True)
    page.goto(server.url + "/kontak/")
    assert page.locator("#changed").count() == 1, "offline, the saved copy is not the latest one seen"
    context.close()


def test_the_freshness_check_can_fail(browser, served):
    """The check above, against a worker that answers from its copy first: the change is missed."""
    copy, server = served
    sw = copy / "sw.js"
    sw.write_text(sw.read_text(encoding="utf-8").replace("fromSavedCopyFirst(url) ? savedFirst", "true ? savedFirst"))
    context, page, _ = first_visit(browser, server.url + "/kontak/")
    page_file = copy / "kontak" / "index.html"
    page_file.write_text(page_file.read_text(encoding="utf-8").replace("<h1", '<p id="changed">v2</p><h1', 1))
    page.goto(server.url + "/kontak/")
    assert page.locator("#changed").count() == 0
    context.close()


def test_one_versioned_cache_and_old_ones_deleted(browser, served):
    copy, server = served
    context, page, _ = first_visit(browser, server.url + "/")
    names = list(page.evaluate(CACHES))
    assert len(names) == 1 and re.fullmatch(r"guide-[0-9a-f]{16}", names[0]), names
    page.evaluate("() => caches.open('guide-0000000000000000')")
    sw = copy / "sw.js"
    sw.write_text(re.sub(r'const VERSION = "[0-9a-f]+"', 'const VERSION = "1111111111111111"', sw.read_text()))
    page.evaluate("async () => { const r = await navigator.serviceWorker.getRegistration(); await r.update(); }")
    page.wait_for_function("async () => (await caches.keys()).join() === 'guide-1111111111111111'", timeout=15_000)
    context.close()


def test_save_data_keeps_only_the_pages_opened(browser, served):
    _, server = served
    context, page, _ = first_visit(browser, server.url + "/kontak/", save_data=True)
    assert page.evaluate("() => document.documentElement.dataset.guideKeep") == "only-opened"
    page.goto(server.url + "/hrd/")  # a second page, opened: kept as it is opened
    page.wait_for_function("async () => (await caches.keys()).length === 1")
    kept = [url.removeprefix(server.url) for urls in page.evaluate(CACHES).values() for url in urls]
    pages = sorted(u for u in kept if u.endswith("/"))
    assert pages == ["/hrd/", "/kontak/"], pages
    context.close()


def test_under_a_sub_path(browser, site, tmp_path):
    """GitHub Pages serves a project at /REPO/: the worker's scope and its lists follow the base."""
    root = tmp_path / "root"
    shutil.copytree(site, root / "guide")
    with SiteServer(root, headers_file=False) as server:
        context, page, errors = first_visit(browser, server.url + "/guide/kontak/")
        scope = page.evaluate("async () => (await navigator.serviceWorker.getRegistration()).scope")
        assert scope == server.url + "/guide/", scope
        kept = [u.removeprefix(server.url) for urls in page.evaluate(CACHES).values() for u in urls]
        assert "/guide/aplikasi/" in kept and all(u.startswith("/guide/") for u in kept), kept
        context.set_offline(True)
        page.goto(server.url + "/guide/aplikasi/")
        page.locator("[data-guide-saved-notice]").wait_for(state="visible")
        assert not errors, errors
        context.close()


def test_switched_off_the_worker_removes_itself_and_its_caches(browser, served):
    """The documented switch (OFFLINE=off): pages that register no worker and a worker that deletes
    its caches and unregisters. Planted into the served copy as hooks/guide/offline.py writes them."""
    from guide import offline  # hooks/guide/offline.py

    copy, server = served
    context, page, _ = first_visit(browser, server.url + "/")
    assert page.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length") == 1
    source = (ROOT / "docs" / "sw.js").read_text(encoding="utf-8")
    (copy / "sw.js").write_text(offline.worker(source, copy, on=False), encoding="utf-8")
    for html in copy.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        on, off = '<meta content="on" name="guide-offline">', '<meta content="off" name="guide-offline">'
        html.write_text(text.replace(on, off))
    page.goto(server.url + "/")
    page.wait_for_function(
        "async () => !(await navigator.serviceWorker.getRegistrations()).length && !(await caches.keys()).length",
        timeout=15_000,
    )
    context.close()


def test_offline_switch_is_read_from_the_build(tmp_path):
    from guide import offline

    class Config:
        extra = {"offline": "maybe"}

    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match=r"extra.offline \(OFFLINE\): 'maybe': expected 'on' or 'off'"):
        offline.enabled(Config())
    Config.extra = {"offline": "off"}
    assert offline.enabled(Config()) is False
