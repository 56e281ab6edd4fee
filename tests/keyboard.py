"""Walk a page's Tab order as a keyboard or switch user does, and say what each focus stop looks like."""

from __future__ import annotations

import re

STOP = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  if (el.hasAttribute("data-walk-seen")) return null; /* round once: the walk is over */
  el.setAttribute("data-walk-seen", "");
  const box = el.getBoundingClientRect();
  const style = getComputedStyle(el);
  let hidden = style.display === "none" || style.visibility !== "visible" || !box.width || !box.height;
  for (let node = el; node && node !== document; node = node.parentElement || node.host) {
    const s = getComputedStyle(node);
    if (s.opacity === "0" || node.inert || node.getAttribute("aria-hidden") === "true") hidden = true;
  }
  const off = box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight;
  // The colour the ring is drawn on: the parents' backgrounds, see-through ones laid over the next.
  const layers = [];
  for (let node = el.parentElement; node; node = node.parentElement) {
    const [r, g, b, a = 1] = (getComputedStyle(node).backgroundColor.match(/[\\d.]+/g) || []).map(Number);
    if (a > 0) layers.push([r, g, b, a]);
    if (a >= 1) break;
  }
  let rgb = [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse()) {
    rgb = [r * a + rgb[0] * (1 - a), g * a + rgb[1] * (1 - a), b * a + rgb[2] * (1 - a)];
  }
  const bg = `rgb(${rgb.map(Math.round).join(", ")})`;
  const name = (el.getAttribute("aria-label") || el.textContent || el.getAttribute("href") || el.tagName).trim();
  return {
    what: `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ")[0] : ""} ` +
          `"${name.slice(0, 40)}"`,
    hidden, off, outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) || 0,
    outlineColor: style.outlineColor, background: bg, key: el.outerHTML.slice(0, 200),
  };
}"""


def rgb(text: str) -> tuple[float, float, float]:
    values = [float(v) for v in re.findall(r"[\d.]+", text)[:3]]
    return values[0], values[1], values[2]


def luminance(color: tuple[float, float, float]) -> float:
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in color)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: str, two: str) -> float:
    a, b = sorted((luminance(rgb(one)), luminance(rgb(two))), reverse=True)
    return (a + 0.05) / (b + 0.05)


# Transitions only delay what a stop finally looks like: the walk measures the final state at once.
NO_TRANSITIONS = "*, *::before, *::after { transition-duration: 0s !important; transition-delay: 0s !important; }"
# Rules a test adds go in through the CSS object model, which the page's Content-Security-Policy does
# not govern (a <style> element would be refused without bypass_csp): the sweep's contexts keep the
# policy. `adopt` adds a rule and asks a probe whether it took; DROP takes it out again.
ADOPT = """(css) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  (window.__adopted = window.__adopted || new Map()).set(css, sheet);
}"""
DROP = """(css) => {
  const sheet = window.__adopted.get(css);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}"""


def adopt(page, css: str, took: str, failure: str) -> None:
    """Add `css` to the page; `took`, a script, says whether it won (else `failure` is the error)."""
    page.evaluate(ADOPT, css)
    assert page.evaluate(took), f"{page.url}: {failure}"


# A probe element with a transition of its own: the walk's rule took if it has none.
TRANSITIONS_OFF = """() => {
  const probe = document.createElement("i");
  probe.style.transitionDuration = "5s";
  document.body.append(probe);
  const off = getComputedStyle(probe).transitionDuration === "0s";
  probe.remove();
  return off;
}"""


def without_transitions(page) -> None:
    adopt(page, NO_TRANSITIONS, TRANSITIONS_OFF, "the walk could not switch transitions off")


def walk_slowly(page, limit: int = 150) -> list[dict]:
    """The walk with a round trip to read each stop (kept to show the fast walk reads the same)."""
    without_transitions(page)
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(STOP)
        if stop is None:
            break
        stops.append(stop)
    return stops


# The page records each stop as focus arrives (a focusin listener runs STOP), so the walk presses Tab
# in batches and reads the record once a batch: half the round trips of reading after every press.
RECORD = (
    """() => {
  const stop = """
    + STOP
    + """;
  window.__walk = {stops: [], done: false};
  document.addEventListener("focusin", () => {
    if (window.__walk.done) return;
    const found = stop();
    if (found === null) window.__walk.done = true; else window.__walk.stops.push(found);
  });
  document.activeElement && document.activeElement.blur();
  window.scrollTo(0, 0);
}"""
)
BATCH = 8


def walk(page, limit: int = 150) -> list[dict]:
    """Tab from the top of the page until the focus leaves it or comes back round."""
    without_transitions(page)
    page.evaluate(RECORD)
    for _ in range(0, limit, BATCH):
        for _ in range(BATCH):
            page.keyboard.press("Tab")
        if page.evaluate("() => window.__walk.done || document.activeElement === document.body"):
            break
    return page.evaluate("() => window.__walk.stops")[:limit]


def problems(stops: list[dict]) -> list[str]:
    found = []
    for number, stop in enumerate(stops, start=1):
        if stop["hidden"] or stop["off"]:
            found.append(f"stop {number} {stop['what']} is {'hidden' if stop['hidden'] else 'off screen'}")
        elif stop["outlineStyle"] == "none" or stop["outlineWidth"] < 2:
            found.append(f"stop {number} {stop['what']} shows no focus indicator of 2 px or more")
        elif contrast(stop["outlineColor"], stop["background"]) < 3:
            ratio = contrast(stop["outlineColor"], stop["background"])
            found.append(f"stop {number} {stop['what']}: focus ring contrast {ratio:.1f}:1, expected 3:1")
    return found
