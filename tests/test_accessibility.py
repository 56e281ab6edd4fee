"""Beyond what axe sees: keyboard and switch access, language of parts, valid HTML, reflow, text
spacing, target sizes, pages without JavaScript, forced colours. Every check is shown failing once on
a planted defect, in the same test module."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from guide.texts import load_language_of_parts
from tests import keyboard
from tests.checks import Page, page_from_html
from tests.sweep import page_rels
from tools.server import SiteServer
from tools.site import ROOT

RELS = page_rels()
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
STARTED = "() => document.documentElement.classList.contains('js')"


def url_path(rel: str) -> str:
    return "/" + rel.removesuffix("index.html")


# --- keyboard and switch access ---------------------------------------------------------------


@pytest.fixture(scope="module")
def tab_walks(browser, server):
    """Every page's Tab order at a phone's and a desktop's width."""
    walks = {}
    for width in (360, 1280):
        context = browser.new_context(viewport={"width": width, "height": 740}, bypass_csp=True)
        page = context.new_page()
        for rel in RELS:
            page.goto(server.url + url_path(rel))
            page.wait_for_function(STARTED)
            walks[(rel, width)] = keyboard.walk(page)
        context.close()
    return walks


@pytest.mark.browser
@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("rel", RELS)
def test_every_tab_stop_is_visible_and_shows_its_focus(tab_walks, rel, width):
    stops = tab_walks[(rel, width)]
    assert len(stops) >= 5, f"{rel} at {width}px: only {len(stops)} Tab stops: did the walk run?"
    problems = keyboard.problems(stops)
    assert not problems, f"{rel} at {width}px:\n" + "\n".join(problems)


PLANTED_FOCUS_DEFECTS = {  # CSS planted in the page -> what the walk must report
    "a link moved off screen": (".guide-report a { position: absolute; left: -9999px; }", "off screen"),
    "a link that is there but cannot be seen": (".guide-report { opacity: 0; }", "is hidden"),
    "focus rings removed": ("*:focus-visible { outline: none !important; }", "no focus indicator"),
    "a faint focus ring": (
        ":focus-visible, .md-typeset a:focus-visible { outline-color: #ddd !important; }",
        "focus ring contrast",
    ),
}


@pytest.mark.browser
@pytest.mark.parametrize("name", list(PLANTED_FOCUS_DEFECTS))
def test_tab_walk_catches(browser, server, name):
    css, expected = PLANTED_FOCUS_DEFECTS[name]
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    page = context.new_page()
    page.goto(server.url + "/en/kontak/")
    page.wait_for_function(STARTED)
    page.add_style_tag(content=css)
    problems = keyboard.problems(keyboard.walk(page))
    context.close()
    assert any(expected in p for p in problems), f"{name}: not caught: {problems}"


def tab_to(page, selector: str, limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} is not reached by Tab")


def checked(page, toggle: str) -> bool:
    return page.evaluate("(id) => document.getElementById(id).checked", toggle)


@pytest.mark.browser
@pytest.mark.parametrize(
    "prefix, names", [("/", ("Buka menu", "Buka pencarian")), ("/en/", ("Open the menu", "Open search"))]
)
def test_menu_and_search_open_and_close_with_the_keyboard(browser, server, prefix, names):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + prefix + "kontak/")
    page.wait_for_function(STARTED)
    menu, search = '[data-guide-for="__drawer"]', '[data-guide-for="__search"]'
    assert page.get_attribute(menu, "aria-label") == names[0] and page.get_attribute(search, "aria-label") == names[1]
    assert page.evaluate("(s) => document.querySelector(s).tagName", menu) == "BUTTON"
    tab_to(page, menu)
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.closest('.md-sidebar--primary')")
    assert checked(page, "__drawer") and page.get_attribute(menu, "aria-expanded") == "true"
    page.keyboard.press("Escape")
    page.wait_for_function("(s) => document.activeElement.matches(s)", arg=menu)
    assert not checked(page, "__drawer") and page.get_attribute(menu, "aria-expanded") == "false"
    tab_to(page, search)
    page.keyboard.press(" ")
    page.wait_for_function("() => document.activeElement.matches('[data-guide-search-input]')")
    assert checked(page, "__search")
    page.keyboard.press("Escape")
    page.wait_for_function("(s) => document.activeElement.matches(s)", arg=search)
    assert not checked(page, "__search")
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_search_opens_and_closes_with_the_keyboard_on_a_desktop(browser, server, prefix):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(server.url + prefix)
    page.wait_for_function(STARTED)
    tab_to(page, "[data-guide-search-input]")
    page.wait_for_function("() => document.getElementById('__search').checked")
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.getElementById('__search').checked")
    context.close()


# --- language of parts ------------------------------------------------------------------------


def wrong_voice(pages: list[Page]) -> list[str]:
    """Every listed term of the other language, on every page, must sit inside that language."""
    terms = load_language_of_parts()
    problems = []
    for page in pages:
        other = "en" if page.lang == "id" else "id"
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, terms[other])) + r")(?![\w-])")
        for text in page.soup.find_all(string=pattern):
            if text.parent.name in ("script", "style", "title", "template"):
                continue
            owner = next((p for p in text.parents if p.name and p.get("lang")), None)
            if owner is None or owner.get("lang") != other:
                for match in pattern.finditer(text):
                    problems.append(f"{page.name}: {match.group(0)!r} is read in the page's voice, not lang={other!r}")
    return problems


def test_words_of_the_other_language_are_marked(pages):
    problems = wrong_voice(pages)
    assert not problems, "\n".join(problems)
    marked = sum(len(p.soup.select(f'span[lang="{"en" if p.lang == "id" else "id"}"]')) for p in pages)
    assert marked >= 20, f"only {marked} marked terms: is the mechanism running?"


def test_language_check_catches_an_unmarked_term(pages):
    page = next(p for p in pages if p.rel == "en/aplikasi/index.html")
    html = str(page.soup).replace('<span lang="id">Kartu Digital</span>', "Kartu Digital", 1)
    problems = wrong_voice([page_from_html(page.rel, html)])
    assert any("'Kartu Digital' is read in the page's voice" in p for p in problems), problems


# --- valid HTML -------------------------------------------------------------------------------


def html_errors(folder: Path) -> list[str]:
    if not VNU.is_file():
        pytest.fail(f"the Nu HTML Checker is missing at {VNU}: run 'make test', which runs 'npm ci'", pytrace=False)
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing: run 'make test' (it installs default-jre-headless where it can)", pytrace=False)
    result = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [f"{m.get('url', '').split(str(folder))[-1]}:{m.get('lastLine')}: {m['message']}" for m in messages]


def test_every_page_is_valid_html(site):
    errors = html_errors(site)
    assert not errors, f"{len(errors)} errors from the Nu HTML Checker:\n" + "\n".join(errors[:30])


def test_html_check_catches_invalid_markup(site, tmp_path):
    copy = tmp_path / "site"
    copy.mkdir()
    page = (site / "kontak" / "index.html").read_text(encoding="utf-8")
    (copy / "bad.html").write_text(
        page.replace("</article>", '<div aria-label="x"><p tabindex="">x</p></div></article>')
    )
    errors = html_errors(copy)
    assert any("tabindex" in e for e in errors) and any("aria-label" in e for e in errors), errors


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


# --- a screen reader's view, pinned -----------------------------------------------------------

ARIA_DIR = Path(__file__).parent / "aria"
ARIA_PAGES = ["/", "/kontak/", "/en/", "/en/kontak/"]


def aria_name(path: str) -> str:
    return ("en-" if path.startswith("/en/") else "id-") + (path.strip("/").removeprefix("en").strip("/") or "home")


def structure_problems(snapshot: str) -> list[str]:
    """One main, one h1, headings that never skip a level, a labelled search dialog."""
    problems = []
    if len(re.findall(r"^\s*- main\b", snapshot, re.M)) != 1:
        problems.append("expected exactly one main landmark")
    levels = [int(level) for level in re.findall(r"- heading .*\[level=(\d)\]", snapshot)]
    if levels.count(1) != 1:
        problems.append(f"expected exactly one h1, found {levels.count(1)}")
    for before, after in zip(levels, levels[1:], strict=False):
        if after > before + 1:
            problems.append(f"a heading of level {after} follows one of level {before}")
    if not re.search(r'- dialog "[^"]+"', snapshot):
        problems.append("the search is not a labelled dialog")
    return problems


@pytest.mark.browser
@pytest.mark.parametrize("path", ARIA_PAGES)
def test_screen_reader_view_is_pinned(browser, server, path):
    """The accessibility tree of the page, as Playwright sees it, kept in tests/aria/: a change to
    landmarks, headings or names shows in review. UPDATE_ARIA_SNAPSHOTS=1 rewrites the files."""
    import os

    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + path)
    page.wait_for_function(STARTED)
    snapshot = page.locator("body").aria_snapshot()
    live = page.evaluate("() => document.querySelector('[data-guide-search-meta]').getAttribute('aria-live')")
    context.close()
    assert not structure_problems(snapshot), structure_problems(snapshot)
    assert live == "polite", "the search's result count is not announced"
    pinned = ARIA_DIR / f"{aria_name(path)}.yml"
    if os.environ.get("UPDATE_ARIA_SNAPSHOTS") or not pinned.exists():
        pinned.write_text(snapshot + "\n", encoding="utf-8")
    assert snapshot + "\n" == pinned.read_text(encoding="utf-8"), (
        f"{path}: the accessibility tree changed; review it, then run UPDATE_ARIA_SNAPSHOTS=1 make test:\n{snapshot}"
    )


def test_structure_check_catches_a_second_h1_and_a_skipped_level():
    snapshot = '- main:\n  - heading "A" [level=1]\n  - heading "B" [level=1]\n  - heading "C" [level=3]\n'
    problems = structure_problems(snapshot)
    assert "expected exactly one h1, found 2" in problems and any("level 3 follows" in p for p in problems)
    assert "the search is not a labelled dialog" in problems
