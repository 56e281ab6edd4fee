"""In a real browser (Debian's chromium through Playwright) against the site on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.sweep import WIDTHS, page_rels, sweep

RELS = page_rels()
CASES = [(rel, width) for rel in RELS for width in WIDTHS]
IDS = [f"{rel}@{width}" for rel, width in CASES]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def visits(browser, server, axe_source):
    return sweep(browser, server.url, RELS, axe_source)


@pytest.mark.parametrize("rel, width", CASES, ids=IDS)
def test_no_accessibility_violation(visits, rel, width):
    visit = visits[(rel, width)]
    assert visit.status == 200, f"{visit.path}: HTTP {visit.status}"
    found = [f"{v['id']} ({v['impact']}): {v['help']} at {v['nodes']}" for v in visit.violations]
    assert not found, f"{visit.path} at {width}px, axe-core:\n" + "\n".join(found)


@pytest.mark.parametrize("rel, width", CASES, ids=IDS)
def test_no_console_error_or_failed_request(visits, rel, width):
    visit = visits[(rel, width)]
    assert not visit.console, f"{visit.path} at {width}px logged:\n" + "\n".join(visit.console)
    assert not visit.failed, f"{visit.path} at {width}px had failed requests:\n" + "\n".join(visit.failed)


@pytest.mark.parametrize("rel", RELS)
def test_fits_a_360px_screen_with_big_enough_targets(visits, rel):
    visit = visits[(rel, 360)]
    assert visit.scroll_width <= 360, f"{visit.path}: the page is {visit.scroll_width}px wide: {visit.wide}"
    assert not visit.wide, f"{visit.path}: wider than the screen: {visit.wide}"
    assert not visit.small_targets, f"{visit.path}: tap targets under 24px: {visit.small_targets}"


def test_sweep_catches_planted_defects(browser, site, axe_source, tmp_path):
    """The browser checks fail on a page with a missing image, an unlabelled image, an inline script
    (refused by the Content-Security-Policy), an element wider than the phone, and a tiny phone link."""
    import shutil

    from tools.server import SiteServer

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = copy / "hrd" / "index.html"
    html = page.read_text(encoding="utf-8")
    (copy / "planted.css").write_text(
        ".planted-wide{width:520px;height:10px}"
        ".md-typeset a.planted-tiny{display:inline-block;font-size:6px;line-height:6px;min-height:0;padding:0}",
        encoding="utf-8",
    )
    planted = (
        '<link rel="stylesheet" href="/planted.css"><img src="/missing.png"><div class="planted-wide"></div>'
        '<a class="planted-tiny" href="tel:+62215207797">x</a><script>console.log("planted")</script></article>'
    )
    page.write_text(html.replace("</article>", planted, 1), encoding="utf-8")
    with SiteServer(copy) as running:
        visit = sweep(browser, running.url, ["hrd/index.html"], axe_source)[("hrd/index.html", 360)]
    assert any(v["id"] == "image-alt" for v in visit.violations), visit.violations
    assert any("missing.png" in f and "404" in f for f in visit.failed), visit.failed
    assert any("Content Security Policy" in c for c in visit.console), visit.console
    assert visit.scroll_width > 360 or visit.wide, (visit.scroll_width, visit.wide)
    assert any("tel:+62215207797" in s for s in visit.small_targets), visit.small_targets


MATERIAL_STARTED = "() => !!document.querySelector('article .md-typeset__scrollwrap > .md-typeset__table > table')"
BUNDLE_RAN = "() => typeof window.document$ !== 'undefined'"


def material_state(browser, url: str, bundle: str | None = None) -> dict:
    """Open a page and report whether Material's DOMContentLoaded handlers ran: they wrap content tables
    in a scrolling box, which nothing else does. `bundle` replaces Material's bundle to plant a defect."""
    context = browser.new_context()
    if bundle is not None:
        context.route(
            "**/assets/javascripts/bundle.*.js",
            lambda route: route.fulfill(status=200, content_type="text/javascript", body=bundle),
        )
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("load")
    if bundle is None:
        page.wait_for_function(BUNDLE_RAN)
        page.wait_for_function(MATERIAL_STARTED)
    state = page.evaluate("""() => ({
        started: !!document.querySelector('article .md-typeset__scrollwrap > .md-typeset__table > table'),
        bundles: document.querySelectorAll('script[src*="assets/javascripts/bundle."][defer]').length,
        guideFirst: performance.getEntriesByName('guide-ready').length,
        hreflangHidden: document.querySelectorAll('link[rel="alternate"][hreflang]').length,
    })""")
    context.close()
    return state


def test_material_starts_once_with_defer(browser, server):
    """Material's bundle is its own script tag with `defer`: it runs once, after the guide's modules,
    and its DOMContentLoaded handlers run."""
    state = material_state(browser, server.url + "/en/kontak/")
    assert state == {"started": True, "bundles": 1, "guideFirst": 1, "hreflangHidden": 0}, state


def test_start_up_check_fails_when_material_does_not_start(browser, server):
    """The check above can fail: with a bundle that starts nothing, no table is wrapped."""
    state = material_state(browser, server.url + "/en/kontak/", bundle="window.document$ = {};")
    assert state["bundles"] == 1 and not state["started"], state
