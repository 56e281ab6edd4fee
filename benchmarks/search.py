"""Search benchmark: type each reader query into the header box of the real site in chromium, and
report per language top-1 and top-3 (the page), top-1 section (the first result's link, anchor
included, opens a section that holds the answer) and the time from the last keystroke to results.

    make bench-search        (builds the site first)
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.search_queries import EN, ID, pages_of  # noqa: E402
from tools.server import SiteServer  # noqa: E402
from tools.site import CHROMIUM_ARGS  # noqa: E402

WATCH = """() => {
  window.__keyAt = 0; window.__doneAt = 0;
  document.addEventListener("keydown", () => { window.__keyAt = performance.now(); window.__doneAt = 0; }, true);
  const box = document.querySelector("[data-guide-search]");
  new MutationObserver(() => {
    if (box.getAttribute("data-search-state") === "done") window.__doneAt = performance.now();
  }).observe(box, {attributes: true, attributeFilter: ["data-search-state"]});
}"""


def run(site: Path) -> dict:
    report = {}
    with SiteServer(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=CHROMIUM_ARGS
        )
        for lang, prefix, queries in (("id", "/", ID), ("en", "/en/", EN)):
            page = browser.new_page(viewport={"width": 360, "height": 740})
            page.goto(server.url + prefix)
            page.evaluate(WATCH)
            page.click(".md-header__button[data-guide-for=__search]")
            box = page.locator("[data-guide-search-input]")
            top1 = primary = top3 = section = empty = 0
            times = []
            first = None
            for query, *answers in queries:
                box.fill("")
                page.wait_for_function(
                    "() => ['idle', undefined].includes("
                    "document.querySelector('[data-guide-search]').dataset.searchState)"
                )
                box.press_sequentially(query, delay=30)
                page.wait_for_function("() => window.__doneAt > window.__keyAt")
                elapsed = page.evaluate("window.__doneAt - window.__keyAt")
                first = elapsed if first is None else first
                times.append(elapsed)
                found = page.eval_on_selector_all("[data-search-result]", "els => els.map(e => e.dataset.searchResult)")
                links = page.eval_on_selector_all(
                    "[data-search-result]", "els => els.map(e => new URL(e.href).pathname + new URL(e.href).hash)"
                )
                pages = [prefix + ("" if k == "index" else f"{k}/") for k in pages_of(answers)]
                sections = [url(prefix, a) for a in answers]
                top1 += bool(found) and found[0] in pages
                primary += found[:1] == pages[:1]
                top3 += any(u in pages for u in found[:3])
                section += bool(links) and links[0] in sections
                empty += not found
            report[lang] = {
                "queries": len(queries),
                "top1": top1,
                "primary": primary,
                "top3": top3,
                "section": section,
                "empty": empty,
                "first_ms": first,
                "median_ms": statistics.median(times),
                "p95_ms": sorted(times)[int(len(times) * 0.95) - 1],
                "max_ms": max(times),
            }
            page.close()
        browser.close()
    return report


def url(prefix: str, answer: str) -> str:
    """The link an answer names: "kontak#whatsapp" -> "/kontak/#whatsapp"; a page alone, its top."""
    page, _, anchor = answer.partition("#")
    return prefix + ("" if page == "index" else f"{page}/") + (f"#{anchor}" if anchor else "")


def main() -> None:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site")
    report = run(site)
    for line in table(report):
        print(line)


def table(report: dict) -> list[str]:
    lines = [
        "| language | queries | top-1 (a page that answers) | top-1 (the query's first page) | top-3 "
        "| top-1 section | empty | last keystroke to results: first query | median | p95 | max |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    pct = lambda n, r: f"{n}/{r['queries']} ({100 * n / r['queries']:.0f}%)"  # noqa: E731
    for lang, r in report.items():
        lines.append(
            f"| {lang} | {r['queries']} | {pct(r['top1'], r)} | {pct(r['primary'], r)} | {pct(r['top3'], r)} "
            f"| {pct(r['section'], r)} | {r['empty']} | {r['first_ms']:.0f} ms | {r['median_ms']:.0f} ms "
            f"| {r['p95_ms']:.0f} ms | {r['max_ms']:.0f} ms |"
        )
    return lines


if __name__ == "__main__":
    main()
