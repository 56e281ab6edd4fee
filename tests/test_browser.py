"""In a real browser (Debian's chromium through Playwright) against the site on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT
from tests.sweep import WIDTHS, sweep

KEYS = sorted(p.name.removesuffix(".md") for p in (ROOT / "docs").glob("*.md") if not p.name.endswith(".en.md"))
RELS = [f"{prefix}{'' if key == 'index' else key + '/'}index.html" for prefix in ("", "en/") for key in KEYS]
RELS += ["404.html", "en/404.html"]
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
