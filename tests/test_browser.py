"""In a real browser (Debian's chromium-headless-shell through Playwright; one journey in the desktop
chromium too) against the site on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests import keyboard
from tests.official import HEAD_OFFICE
from tests.sweep import WIDTHS, layout_problems, page_rels, sweep

RELS = page_rels()

pytestmark = pytest.mark.browser


def heavy(requests: list[str]) -> list[str]:
    """The picture of the official channels and the poster's QR code (not the link preview's image)."""
    return [url for url in requests if url.endswith((".png", "/qr.svg")) and "og-image" not in url]


class EveryPage:
    """Every page visited once at one width (tests/sweep.py), and what the visit found. One class a
    width: pytest-xdist gives each class to a worker of its own (--dist loadscope), so the two widths'
    visits run side by side."""

    width = 0

    @pytest.fixture(scope="class")
    @classmethod
    def visits(cls, browser, server, axe_source):
        found = sweep(browser, server.url, RELS, axe_source, widths=(cls.width,))
        return {rel: visit for (rel, _), visit in found.items()}

    @pytest.mark.parametrize("rel", RELS)
    def test_no_accessibility_violation(self, visits, rel):
        visit = visits[rel]
        assert visit.status == 200, f"{visit.path}: HTTP {visit.status}"
        found = [f"{v['id']} ({v['impact']}): {v['help']} at {v['nodes']}" for v in visit.violations]
        assert not found, f"{visit.path} at {visit.width}px, axe-core:\n" + "\n".join(found)

    @pytest.mark.parametrize("rel", RELS)
    def test_no_console_error_or_failed_request(self, visits, rel):
        visit = visits[rel]
        assert not visit.console, f"{visit.path} at {visit.width}px logged:\n" + "\n".join(visit.console)
        assert not visit.failed, f"{visit.path} at {visit.width}px had failed requests:\n" + "\n".join(visit.failed)

    @pytest.mark.parametrize("rel", RELS)
    def test_every_tab_stop_is_visible_and_shows_its_focus(self, visits, rel):
        """Keyboard and switch access: the visit's Tab walk (tests/keyboard.py; the walk's checks are
        each shown failing on a planted defect in tests/test_keyboard.py)."""
        visit = visits[rel]
        assert len(visit.stops) >= 5, f"{rel} at {visit.width}px: only {len(visit.stops)} Tab stops: did the walk run?"
        problems = keyboard.problems(visit.stops)
        assert not problems, f"{rel} at {visit.width}px:\n" + "\n".join(problems)

    @pytest.mark.parametrize("rel", RELS)
    def test_no_page_fetches_the_picture_or_the_qr_code_before_it_is_asked_for(self, visits, rel):
        """They are sent or printed on request (tests/test_picture.py): a reader's data is not spent on them."""
        visit = visits[rel]
        assert visit.requests, f"{visit.path}: no request recorded: the check would prove nothing"
        if rel.endswith("poster/index.html"):  # the poster shows its QR code: the same recorder sees it
            expected = [["poster", "qr.svg"]]
            assert [url.rsplit("/", 2)[-2:] for url in heavy(visit.requests)] == expected, visit.requests
        else:
            assert not heavy(visit.requests), f"{visit.path} at {visit.width}px fetched {heavy(visit.requests)}"


class TestEveryPageOnAPhone(EveryPage):
    width = 360

    @pytest.mark.parametrize("rel", RELS)
    def test_fits_a_360px_screen_with_big_enough_targets(self, visits, rel):
        visit = visits[rel]
        assert visit.scroll_width <= 360, f"{visit.path}: the page is {visit.scroll_width}px wide: {visit.wide}"
        assert not visit.wide, f"{visit.path}: wider than the screen: {visit.wide}"
        assert not visit.small_targets, f"{visit.path}: tap targets under 24px: {visit.small_targets}"

    @pytest.mark.parametrize("spacing", [False, True], ids=["as-is", "text-spacing"])
    @pytest.mark.parametrize("rel", RELS)
    def test_reflows_at_320px_with_big_enough_targets(self, visits, rel, spacing):
        """WCAG 1.4.10 and 1.4.12: measured in the phone's visit (tests/sweep.py; each kind of problem is
        shown caught on a planted defect in tests/test_layout.py)."""
        problems = layout_problems(visits[rel].reflow[spacing])
        assert not problems, f"{rel} at 320px{' with text spacing' if spacing else ''}:\n" + "\n".join(problems)


class TestEveryPageOnADesktop(EveryPage):
    width = 1280


def test_every_width_of_the_sweep_has_its_class():
    assert sorted(c.width for c in EveryPage.__subclasses__()) == sorted(WIDTHS)


READY_WITHIN = """(ms) => Promise.race([
  navigator.serviceWorker.ready.then(() => true),
  new Promise((resolve) => setTimeout(() => resolve(false), ms)),
])"""


@pytest.mark.parametrize("which", ["browser", "reader_browser"])
@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_no_console_error_or_failed_request_with_the_service_worker(request, server, prefix, which):
    """The sweep above blocks the worker: here it registers, keeps its copy of the language (every
    request of it answered), and serves the next page. In the tests' chromium-headless-shell and in
    the desktop chromium readers run."""
    browser = request.getfixturevalue(which)
    context = browser.new_context(viewport={"width": 360, "height": 800}, service_workers="allow")
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and problems.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: problems.append(f"uncaught: {e}"))
    # on the context: the worker's own requests (its background copy) are reported there too
    context.on("requestfailed", lambda r: problems.append(f"{r.url} ({r.failure})"))
    context.on("response", lambda r: r.status >= 400 and problems.append(f"{r.url} (HTTP {r.status})"))
    page.goto(server.url + prefix + "kontak/")
    ready = page.evaluate(READY_WITHIN, 15000)
    kept = page.wait_for_function(
        "() => document.documentElement.dataset.guideKeep === 'done'", timeout=30_000, polling=100
    )
    page.goto(server.url + prefix + "hrd/")
    served = page.evaluate("() => Boolean(navigator.serviceWorker.controller)")
    context.close()
    assert ready and kept and served, f"{prefix}: the worker was not ready within 15 s, or did not serve {prefix}hrd/"
    assert not problems, f"{prefix}: with the service worker:\n" + "\n".join(problems)


def test_sweep_catches_planted_defects(browser, site, axe_source, tmp_path):
    """The browser checks fail on a page with a missing image, an unlabelled image, an inline script
    (refused by the Content-Security-Policy), an element wider than the phone, a tiny phone link, a
    fetched picture (the planted image is a .png) and a link without a focus ring."""
    import shutil

    from tools.server import Hold, SiteServer

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = copy / "hrd" / "index.html"
    html = page.read_text(encoding="utf-8")
    (copy / "planted.css").write_text(
        ".planted-wide{width:520px;height:10px}"
        ".md-typeset a.planted-tiny{display:inline-block;font-size:6px;line-height:6px;min-height:0;padding:0}"
        ".md-typeset a.planted-tiny:focus-visible{outline:none !important}",
        encoding="utf-8",
    )
    # The page's own request, cancelled while the page is still open: a failure, unlike one the browser
    # cancels as the sweep leaves a page.
    (copy / "planted.js").write_text(
        "const c = new AbortController();"
        'fetch("/planted-held.txt", {signal: c.signal}).catch(() => {});'
        'addEventListener("load", () => c.abort());',
        encoding="utf-8",
    )
    planted = (
        '<link rel="stylesheet" href="/planted.css"><script src="/planted.js"></script>'
        '<img src="/missing.png"><div class="planted-wide"></div>'
        f'<a class="planted-tiny" href="tel:{HEAD_OFFICE}">x</a><script>console.log("planted")</script></article>'
    )
    page.write_text(html.replace("</article>", planted, 1), encoding="utf-8")
    # ... and a request still open when the sweep moves on: the browser cuts it off, which is no failure
    (copy / "planted-slow.js").write_text('fetch("/planted-slow.txt").catch(() => {});', encoding="utf-8")
    before = copy / "kantor" / "index.html"
    before.write_text(
        before.read_text(encoding="utf-8").replace(
            "</article>", '<script src="/planted-slow.js"></script></article>', 1
        ),
        encoding="utf-8",
    )
    with SiteServer(copy) as running:
        running.holds["/planted-held.txt"] = Hold()
        running.holds["/planted-slow.txt"] = Hold()
        visits = sweep(browser, running.url, ["kantor/index.html", "hrd/index.html"], axe_source, widths=(360,))
    left, visit = visits[("kantor/index.html", 360)], visits[("hrd/index.html", 360)]
    assert any("planted-slow.txt" in url for url in left.left), (left.left, left.failed)
    assert not any("planted-slow" in f for f in left.failed + visit.failed), (left.failed, visit.failed)
    assert any("planted-held.txt" in f and "ERR_ABORTED" in f for f in visit.failed), visit.failed
    assert any(v["id"] == "image-alt" for v in visit.violations), visit.violations
    assert any("missing.png" in f and "404" in f for f in visit.failed), visit.failed
    assert any("Content Security Policy" in c for c in visit.console), visit.console
    assert visit.scroll_width > 360 or visit.wide, (visit.scroll_width, visit.wide)
    assert any(f"tel:{HEAD_OFFICE}" in s for s in visit.small_targets), visit.small_targets
    assert any("scrolls sideways" in p for p in layout_problems(visit.reflow[False])), visit.reflow
    assert [url.rsplit("/", 1)[-1] for url in heavy(visit.requests)] == ["missing.png"], visit.requests
    # The Tab walk, in the same visit and under the page's policy: the tiny link shows no focus ring.
    assert any("planted-tiny" in p and "no focus indicator" in p for p in keyboard.problems(visit.stops)), visit.stops


HEADER_SEARCH = ".md-header .md-search__form input[type=search]"


def start_up_state(browser, url: str, start_up_broken: bool = False) -> dict:
    """Open a page at a desktop's width and report what its scripts made of it. `start_up_broken`
    plants a defect: the inlined start-up script is changed, so the page's policy (its hash) refuses to
    run it."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    if start_up_broken:

        def broken(route):
            html = route.fetch().text().replace('performance.mark("guide-ready")', "void 0", 1)
            route.fulfill(status=200, content_type="text/html", body=html)

        context.route(url, broken)
    page = context.new_page()
    javascripts = []
    page.on("request", lambda r: "/assets/javascripts/" in r.url and javascripts.append(r.url))
    page.goto(url)
    page.wait_for_load_state("load")
    state = page.evaluate(
        """(form) => ({
        js: document.documentElement.className,
        guideReady: performance.getEntriesByName('guide-ready').length,
        headerSearch: document.querySelector(form).checkVisibility(),
    })""",
        HEADER_SEARCH,
    )
    context.close()
    return {**state, "javascripts": javascripts}


def test_the_start_up_script_alone_starts_the_page(browser, server):
    """Material's bundle is not loaded (hooks/guide/assets.py): nothing is asked from assets/javascripts/;
    the page is marked as scripted (by the head's one line, overrides/main.html), so Material's
    stylesheet shows the header's search box, and the guide's start-up script runs."""
    state = start_up_state(browser, server.url + "/en/kontak/")
    assert state == {"js": "js", "guideReady": 1, "headerSearch": True, "javascripts": []}, state


def test_start_up_check_fails_when_the_start_up_script_breaks(browser, server):
    """The check above can fail: a start-up script the page's policy refuses never marks the page ready."""
    state = start_up_state(browser, server.url + "/en/kontak/", start_up_broken=True)
    assert state["guideReady"] == 0, state


def test_axe_within_some_elements_finds_their_violations_only(browser, axe_source):
    """RUN_AXE's `within` (the search box and the checker after a query or a verdict): a violation in
    the named element is found, one outside it is not (it was in the run on the whole page)."""
    from tests.sweep import AXE_TAGS, RUN_AXE

    context = browser.new_context()
    page = context.new_page()
    page.set_content(
        '<html lang="en"><title>t</title><main><h1>t</h1><div id="box"><img src="data:," class="in"></div>'
        '<img src="data:," class="out"></main></html>'
    )
    page.evaluate(axe_source)
    whole = page.evaluate(RUN_AXE, {"tags": AXE_TAGS})
    within = page.evaluate(RUN_AXE, {"tags": AXE_TAGS, "within": ["#box"]})
    with pytest.raises(Exception, match="no element matches #renamed"):  # a selector gone stale fails
        page.evaluate(RUN_AXE, {"tags": AXE_TAGS, "within": ["#box", "#renamed"]})
    context.close()
    assert [(v["id"], v["nodes"]) for v in whole] == [("image-alt", [".in", ".out"])], whole
    assert [(v["id"], v["nodes"]) for v in within] == [("image-alt", [".in"])], within
