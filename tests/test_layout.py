"""What already works, kept working: WCAG's text spacing and reflow at 320 px (measured in the phone
sweep's visit of each page, tests/sweep.py, and checked in tests/test_browser.py; here each kind of
problem is caught on a planted defect), 24 px targets, pages without JavaScript, forced colours."""

from __future__ import annotations

import re
import shutil

import pytest

from tests import keyboard
from tests.sweep import STARTED, layout_problems, page_rels, reflow, url_path
from tools.server import SiteServer

RELS = page_rels()


# --- what already works, kept working ---------------------------------------------------------

# Each defect, planted in one page, and what the reflow check (tests/sweep.py) says of it: as is (False)
# or only with WCAG's text spacing (True).
PLANTED_LAYOUT_DEFECTS = {
    # wider than 320 px, narrower than the phone's 360: caught only where the window was narrowed
    "something wider than the screen": ('<div style="width:340px;height:4px"></div>', False, "scrolls sideways"),
    "a box that clips its text": (
        '<p style="height:1em;overflow:hidden">Satu dua tiga empat lima enam tujuh delapan '
        "sembilan sepuluh sebelas dua belas tiga belas</p>",
        False,
        "clipped text: p. Satu dua tiga",
    ),
    "a tiny button": (
        '<button style="width:12px;height:12px;padding:0;min-width:0">x</button>',
        False,
        'target under 24x24 px: button "x"',
    ),
    "a line box too low for the text spacing": (
        '<p class="planted-low" style="height:1.2em;line-height:1.1;overflow:hidden">Empat</p>',
        True,
        "clipped text: p.planted-low Empat",
    ),
}


@pytest.fixture(scope="module")
def planted_reflow(browser, site, tmp_path_factory) -> dict:
    """The phone sweep's reflow measurement of a page with every defect above planted."""
    copy = tmp_path_factory.mktemp("planted") / "site"
    shutil.copytree(site, copy)
    target = copy / "hrd" / "index.html"
    planted = "".join(html for html, _, _ in PLANTED_LAYOUT_DEFECTS.values())
    target.write_text(target.read_text(encoding="utf-8").replace("</article>", planted + "</article>", 1))
    (copy / "_headers").unlink()  # the planted inline styles are the defect, not the policy
    context = browser.new_context(viewport={"width": 360, "height": 800}, is_mobile=True, bypass_csp=True)
    page = context.new_page()
    with SiteServer(copy) as running:
        page.goto(running.url + "/hrd/")
        page.wait_for_function(STARTED)
        found = reflow(page)
        assert page.viewport_size == {"width": 360, "height": 800}, "the window was not put back"
    context.close()
    return {spacing: layout_problems(measured) for spacing, measured in found.items()}


@pytest.mark.browser
@pytest.mark.parametrize("name", list(PLANTED_LAYOUT_DEFECTS))
def test_layout_check_catches(planted_reflow, name):
    _, spacing_only, expected = PLANTED_LAYOUT_DEFECTS[name]
    caught = [spacing for spacing, problems in planted_reflow.items() if any(expected in p for p in problems)]
    assert caught == ([True] if spacing_only else [False, True]), f"{name}: caught in {caught}: {planted_reflow}"


NO_JS = """() => {
  const article = document.querySelector("article");
  const tel = [...document.querySelectorAll('article a[href^="tel:"]')];
  return {text: article ? article.innerText.trim().length : 0,
          tel: tel.length, hiddenTel: tel.filter((a) => !a.getBoundingClientRect().height).map((a) => a.href)};
}"""


@pytest.mark.browser
def test_every_page_reads_without_javascript_with_its_tel_links(browser, server, pages):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    problems = []
    for rel in RELS:
        expected = len(next(p for p in pages if p.rel == rel).soup.select('article a[href^="tel:"]'))
        page.goto(server.url + url_path(rel))
        found = page.evaluate(NO_JS)
        if found["text"] < 200:
            problems.append(f"{rel}: {found['text']} characters of article text without JavaScript")
        if found["tel"] != expected or found["hiddenTel"]:
            problems.append(f"{rel}: tel links {found}, expected {expected} visible")
    context.close()
    assert not problems, "\n".join(problems)
    assert sum(len(p.soup.select('a[href^="tel:"]')) for p in pages) >= 6, "the check saw no tel: link at all"


FORCED = """() => [...document.querySelectorAll(".md-header .md-header__button svg")]
  .filter((svg) => svg.getBoundingClientRect().width)
  .map((svg) => ({fill: getComputedStyle(svg).fill, visible: getComputedStyle(svg).visibility === "visible",
                  background: getComputedStyle(document.querySelector(".md-header")).backgroundColor}))"""


def forced_icon_problems(icons: list[dict]) -> list[str]:
    if not icons:
        return ["no header icon was found"]
    return [
        f"header icon {i}: fill {icon['fill']} on {icon['background']}"
        for i, icon in enumerate(icons)
        if not icon["visible"] or keyboard.contrast(icon["fill"], icon["background"]) < 3
    ]


@pytest.mark.browser
@pytest.mark.parametrize("css", [None, ".md-header__button svg { fill: Canvas !important; }"], ids=["site", "planted"])
def test_forced_colours_keep_the_header_icons_visible(browser, server, css):
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    page = context.new_page()
    page.emulate_media(forced_colors="active")
    page.goto(server.url + "/en/kontak/")
    page.wait_for_function(STARTED)
    if css:
        page.add_style_tag(content=css)
    problems = forced_icon_problems(page.evaluate(FORCED))
    context.close()
    assert bool(problems) == bool(css), problems or "the planted invisible icon was not caught"


FIRST_LINKS = """() => Object.fromEntries(["hrd/", "kontak/", "aplikasi/"].map((target) => {
  const links = [...document.querySelectorAll(".guide-situations a")];
  const link = links.find((a) => a.getAttribute("href").startsWith(target));
  const box = link && link.getBoundingClientRect();
  return [target, box ? {top: box.top, height: box.height} : null];
}))"""


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_home_offers_the_situations_on_a_phones_first_screen(browser, server, prefix):
    """At 360 x 740 the situations lead to the HR, contact and app pages from the first screen, as 44 px targets."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + prefix)
    page.wait_for_function(STARTED)
    links = page.evaluate(FIRST_LINKS)
    context.close()
    for target, box in links.items():
        assert box is not None, f"{prefix}: no situation leads to {target}"
        assert box["top"] < 740, (
            f"{prefix}: the first link to {target} starts at {box['top']:.0f}px, below the first screen"
        )
        assert box["height"] >= 44, f"{prefix}: the link to {target} is {box['height']:.0f}px high, expected 44"


def contact_page_targets(browser, server, prefix: str, selector: str, ready: str | None = None) -> list:
    """[text, width, height] of each element the selector finds on the contact page at 360 px; with
    `ready` (for the share block, whose native button stays hidden where the phone has no share
    sheet), only the elements shown once `ready` holds. Without it, a hidden one counts as 0 x 0."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + prefix + "kontak/")
    if ready:
        page.wait_for_function(ready)
    sizes = page.eval_on_selector_all(
        selector,
        "(els, shownOnly) => els.filter(e => !shownOnly || e.getClientRects().length).map(e => [e.textContent.trim(), "
        "e.getBoundingClientRect().width, e.getBoundingClientRect().height])",
        bool(ready),
    )
    context.close()
    return sizes


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_share_actions_are_44px_targets(browser, server, prefix):
    """The share block's buttons and its WhatsApp link, on the contact page, after share.js has run."""
    shown = "() => !document.querySelector('[data-copy-link]').hidden"
    sizes = contact_page_targets(browser, server, prefix, ".guide-share .md-button", shown)
    assert len(sizes) >= 2, f"expected the copy button and the WhatsApp link, found {sizes}"
    small = [s for s in sizes if s[1] < 44 or s[2] < 44]
    assert not small, f"{prefix}kontak/: share targets under 44 x 44 px: {small}"


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_contact_actions_and_numbers_are_44px_targets(browser, server, prefix):
    sizes = contact_page_targets(
        browser,
        server,
        prefix,
        ".guide-contact .guide-action, .guide-contact a[href^='tel:'], .guide-contact a[href^='https://wa.me/']",
    )
    actions = [s for s in sizes if not any(ch.isdigit() for ch in s[0]) or s[0].startswith(("Call", "Telepon"))]
    assert len(actions) >= 3, f"expected the actions of 175, email and the offices, found {sizes}"
    small = [s for s in sizes if s[1] < 44 or s[2] < 44]
    assert not small, f"{prefix}kontak/: targets under 44 x 44 px: {small}"


# The reflow is measured in the phone sweep's context, which has touch on: a rule under `pointer` or
# `hover` media features (`(pointer: coarse)` makes a touch screen's targets bigger) would then be
# measured as on a touch phone, where WCAG's reflow case is a desktop at 400%.
POINTER_MEDIA = re.compile(r"@media[^{]*\b(?:any-)?(?:pointer|hover)\b[^{]*", re.I)


def pointer_media(css: str) -> list[str]:
    return [m.group(0).strip() for m in POINTER_MEDIA.finditer(css)]


def test_no_rule_depends_on_the_pointer_or_hover(site, pages):
    found = [q for css in (site / "assets" / "stylesheets").glob("*.css") for q in pointer_media(css.read_text())]
    found += [q for page in pages for style in page.soup.find_all("style") for q in pointer_media(style.get_text())]
    assert not found, (
        "a rule depends on the pointer or hover: measure the 320 px reflow (tests/sweep.py) without touch too: "
        + "; ".join(sorted(set(found)))
    )
    assert pointer_media("a{} @media (pointer: coarse) { a { padding: 1em } }") == ["@media (pointer: coarse)"]
