"""What already works, kept working: reflow at 320 px, WCAG's text spacing, 24 px targets, pages
without JavaScript, forced colours. Each check is shown failing on a planted defect."""

from __future__ import annotations

import shutil

import pytest

from tests import keyboard
from tests.sweep import STARTED, page_rels, url_path
from tools.server import SiteServer

RELS = page_rels()


# --- what already works, kept working ---------------------------------------------------------

LAYOUT = """(minTarget) => {
  const width = document.documentElement.clientWidth;
  const clipped = [], small = [];
  for (const el of document.querySelectorAll("body *")) {
    const s = getComputedStyle(el);
    if (s.display === "none" || s.visibility !== "visible" || el.closest("[hidden], .md-sidebar, .md-search")) continue;
    const clips = /hidden|clip/.test(s.overflowX + s.overflowY) && !el.classList.contains("md-ellipsis");
    const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (clips && text && (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2))
      clipped.push(el.tagName.toLowerCase() + "." + el.className + " " + el.textContent.trim().slice(0, 30));
  }
  const targets = "a[href], button, input:not([type=hidden]), select, [role=button], label[for]";
  for (const el of document.querySelectorAll(targets)) {
    const box = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    if (!box.width || s.visibility !== "visible" || el.closest(".md-sidebar, .md-search, [hidden]")) continue;
    const block = el.closest("p, li, td, dd, h1, h2, h3, h4, figcaption");
    const inline = block && block.textContent.trim() !== el.textContent.trim();  // a link within a sentence
    if (!inline && (box.width < minTarget || box.height < minTarget)) {
      const name = (el.getAttribute("aria-label") || el.textContent).trim().slice(0, 30);
      small.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, width,
          clipped: clipped.slice(0, 8), small: small.slice(0, 8)};
}"""
TEXT_SPACING = (
    "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
    " p { margin-bottom: 2em !important; }"
)


def layout(page, spacing: bool = False) -> dict:
    if spacing:
        page.add_style_tag(content=TEXT_SPACING)
    return page.evaluate(LAYOUT, 24)


@pytest.fixture(scope="module")
def layouts(browser, server):
    """Every page at 320 px, as is and with WCAG's text-spacing override."""
    found = {}
    context = browser.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True, is_mobile=True)
    page = context.new_page()
    for rel in RELS:
        page.goto(server.url + url_path(rel))
        page.wait_for_function(STARTED)
        found[(rel, False)] = layout(page)
        found[(rel, True)] = layout(page, spacing=True)
    context.close()
    return found


def layout_problems(measured: dict) -> list[str]:
    problems = []
    if measured["scrollWidth"] > measured["width"]:
        problems.append(f"scrolls sideways: {measured['scrollWidth']}px wide at {measured['width']}px")
    problems += [f"clipped text: {c}" for c in measured["clipped"]]
    problems += [f"target under 24x24 px: {s}" for s in measured["small"]]
    return problems


@pytest.mark.browser
@pytest.mark.parametrize("spacing", [False, True], ids=["as-is", "text-spacing"])
@pytest.mark.parametrize("rel", RELS)
def test_reflows_at_320px_with_big_enough_targets(layouts, rel, spacing):
    problems = layout_problems(layouts[(rel, spacing)])
    assert not problems, f"{rel} at 320px{' with text spacing' if spacing else ''}:\n" + "\n".join(problems)


PLANTED_LAYOUT_DEFECTS = {
    "something wider than the screen": ('<div style="width:480px;height:4px"></div>', "scrolls sideways"),
    "a box that clips its text": (
        '<p style="height:1em;overflow:hidden">Satu dua tiga empat lima enam tujuh delapan '
        "sembilan sepuluh sebelas dua belas tiga belas</p>",
        "clipped text",
    ),
    "a tiny button": ('<button style="width:12px;height:12px;padding:0;min-width:0">x</button>', "target under 24x24"),
}


@pytest.mark.browser
@pytest.mark.parametrize("name", list(PLANTED_LAYOUT_DEFECTS))
def test_layout_check_catches(browser, site, tmp_path, name):
    planted, expected = PLANTED_LAYOUT_DEFECTS[name]
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    target = copy / "hrd" / "index.html"
    target.write_text(target.read_text(encoding="utf-8").replace("</article>", planted + "</article>", 1))
    (copy / "_headers").unlink()  # the planted inline styles are the defect, not the policy
    context = browser.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    page = context.new_page()
    with SiteServer(copy) as running:
        page.goto(running.url + "/hrd/")
        page.wait_for_function(STARTED)
        problems = layout_problems(layout(page))
    context.close()
    assert any(expected in p for p in problems), f"{name}: not caught: {problems}"


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
