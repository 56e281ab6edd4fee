"""Visit every page in a real browser and record what a reader would meet: errors, failed requests,
accessibility violations (axe-core), overflow on a small screen, small tap targets, reflow at 320 px
with and without WCAG's text spacing (on a phone), and each stop of a Tab walk (tests/keyboard.py),
all in one visit of each page at each width."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests import keyboard


def page_rels() -> list[str]:
    """Every built page, both languages, the not-found pages last: from docs/."""
    from tools.site import ROOT

    keys = sorted(p.name.removesuffix(".md") for p in (ROOT / "docs").glob("*.md") if not p.name.endswith(".en.md"))
    rels = [f"{prefix}{'' if key == 'index' else key + '/'}index.html" for prefix in ("", "en/") for key in keys]
    return rels + ["404.html", "en/404.html"]


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
WIDTHS = (360, 1280)
MIN_TARGET = 24  # CSS px, WCAG 2.2 2.5.8

# axe-core on the whole page, or `within` the elements some selectors name (where a test changes only
# those, after a run on the whole page): the page-wide rules run with the whole page.
RUN_AXE = """async ({tags, within}) => {
  for (const selector of within || []) {  /* axe would check the others alone, or nothing */
    if (!document.querySelector(selector)) throw new Error(`axe within: no element matches ${selector}`);
  }
  const context = within ? {include: within.map((selector) => [selector])} : document;
  const result = await axe.run(context, {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(" "))}));
}"""

MEASURE = """(minTarget) => {
  const width = window.innerWidth;
  const wide = [];
  for (const el of document.querySelectorAll("body *")) {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none") continue;
    // Inside a horizontally scrolling wrapper (Material's table wrap), width is the wrapper's business.
    if (el.closest(".md-typeset__scrollwrap, .md-sidebar, .md-search, .md-select__inner, [hidden]")) continue;
    if (box.right > width + 1) wide.push(`${el.tagName.toLowerCase()}.${el.className} right=${Math.round(box.right)}`);
  }
  const small = [];
  const targets = 'a[href^="tel:"], a[href^="https://wa.me/"], a[href^="mailto:"], .guide-share .md-button';
  for (const link of document.querySelectorAll(targets)) {
    const box = link.getBoundingClientRect();
    if (!box.width) continue;
    if (box.height < minTarget || box.width < minTarget)
      small.push(`${link.getAttribute("href") || link.textContent.trim()} ` +
                 `${Math.round(box.width)}x${Math.round(box.height)}`);
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 10), small};
}"""


# Reflow (WCAG 1.4.10: 1280 px at 400%, a 320 px screen), as is and with WCAG 1.4.12's text spacing:
# measured in the phone's visit, its window narrowed to 320 x 640 and then put back.
REFLOW = {"width": 320, "height": 640}
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
# The text spacing goes in as the walk's rule does (keyboard.adopt); the letter spacing of <body> says
# it took.
SPACED = """() => {
  const style = getComputedStyle(document.body);
  return Math.abs(parseFloat(style.letterSpacing) - 0.12 * parseFloat(style.fontSize)) < 0.01;
}"""


def reflow(page) -> dict[bool, dict]:
    """The page at 320 px, as is (False) and with text spacing (True); the window is put back after."""
    before = page.viewport_size
    page.set_viewport_size(REFLOW)
    found = {False: page.evaluate(LAYOUT, MIN_TARGET)}
    keyboard.adopt(page, TEXT_SPACING, SPACED, "the text spacing did not take")
    found[True] = page.evaluate(LAYOUT, MIN_TARGET)
    page.evaluate(keyboard.DROP, TEXT_SPACING)
    assert not page.evaluate(SPACED), f"{page.url}: the text spacing stayed on for the walk"
    page.set_viewport_size(before)
    widths = {spacing: measured["width"] for spacing, measured in found.items()}
    assert widths == {False: REFLOW["width"], True: REFLOW["width"]}, f"{page.url}: measured at {widths}, not 320 px"
    return found


def layout_problems(measured: dict) -> list[str]:
    problems = []
    if measured["scrollWidth"] > measured["width"]:
        problems.append(f"scrolls sideways: {measured['scrollWidth']}px wide at {measured['width']}px")
    problems += [f"clipped text: {c}" for c in measured["clipped"]]
    problems += [f"target under 24x24 px: {s}" for s in measured["small"]]
    return problems


@dataclass
class Visit:
    path: str
    width: int
    status: int = 0
    console: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)
    scroll_width: int = 0
    wide: list[str] = field(default_factory=list)
    small_targets: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)  # its requests the browser cut off as the sweep moved on
    requests: list[str] = field(default_factory=list)  # every URL the page asked for while the sweep was on it
    reflow: dict = field(default_factory=dict)  # phones: at 320 px, {False: as is, True: text spacing}
    stops: list[dict] = field(default_factory=list)  # the Tab walk's stops (tests/keyboard.py), after the rest


# The start-up script (docs/assets/js/boot.js, inlined in every page) has run: the header's labels are
# buttons (a11y.js). Not the class `js`, which the head's one line sets before the first paint
# (overrides/main.html); not the mark `guide-ready`, which Playwright's fake clock hides.
STARTED = "() => document.querySelector('button[data-guide-for=__search]') !== null"


def url_path(rel: str) -> str:
    return "/" + rel.removesuffix("index.html")


BLOCKED = "Service Worker registration blocked by Playwright"


def sweep(browser, base_url: str, rels: list[str], axe_source: str, widths=WIDTHS) -> dict[tuple[str, int], Visit]:
    visits: dict[tuple[str, int], Visit] = {}
    current: list[Visit] = []  # the visit under way; the listeners below record into it
    started: dict = {}  # request -> the visit it was started in

    def record(kind: str, text: str) -> None:
        if current:
            getattr(current[-1], kind).append(text)

    def failed(request) -> None:
        owner = started.get(request)
        if request.failure == "net::ERR_ABORTED" and owner is not None and current and owner is not current[-1]:
            owner.left.append(request.url)  # cut off as the sweep left its page: not a reader's failure
        else:
            record("failed", f"{request.url} ({request.failure})")

    for width in widths:
        # Without the service worker, which would copy a whole language in the background on each
        # width: tests/test_browser.py checks the pages it serves, tests/test_offline.py the worker.
        context = browser.new_context(
            viewport={"width": width, "height": 800},
            is_mobile=width < 600,
            has_touch=width < 600,
            service_workers="block",
        )
        context.add_init_script(axe_source)
        page = context.new_page()
        page.on(
            "console",
            lambda m: (
                m.type in ("error", "warning")
                and m.text != BLOCKED  # Playwright's own note that it blocked the worker, not the page's
                and record("console", f"{m.type}: {m.text}")
            ),
        )
        page.on("pageerror", lambda e: record("console", f"uncaught: {e}"))
        # A request the browser cancels (ERR_ABORTED) because the sweep has moved on to the next page
        # is not a failure a reader meets: one started by an earlier visit than the current one. Every
        # other failure, a page's own cancelled request and every HTTP error are.
        page.on(
            "request", lambda r: (started.__setitem__(r, current[-1] if current else None), record("requests", r.url))
        )
        page.on("requestfailed", failed)
        page.on("response", lambda r: r.status >= 400 and record("failed", f"{r.url} (HTTP {r.status})"))
        for rel in rels:
            visit = Visit(url_path(rel), width)
            current.append(visit)
            response = page.goto(base_url + visit.path, wait_until="load")
            visit.status = response.status if response else 0
            # The start-up script has run: check the page it makes.
            page.wait_for_function(STARTED)
            visit.violations = page.evaluate(RUN_AXE, {"tags": AXE_TAGS})
            measured = page.evaluate(MEASURE, MIN_TARGET)
            visit.scroll_width, visit.wide, visit.small_targets = (
                measured["scrollWidth"],
                measured["wide"],
                measured["small"],
            )
            if width < 600:
                visit.reflow = reflow(page)
            # Last, as it moves the focus and scrolls: the walk's errors and requests are the visit's too.
            visit.stops = keyboard.walk(page)
            visits[(rel, width)] = visit
        current.clear()  # what the closing context cuts off is no page's failure
        context.close()
    return visits
