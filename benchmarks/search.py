"""Search benchmark: type each reader query into the header box of the real site in chromium, and
report top-1 and top-3 accuracy per language and the time from the last keystroke to results.

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

from tools.search_queries import EN, ID  # noqa: E402
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
            top1 = primary = top3 = empty = 0
            times = []
            first = None
            for query, key, *also in queries:
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
                answers = [prefix + ("" if k == "index" else f"{k}/") for k in (key, *also)]
                top1 += bool(found) and found[0] in answers
                primary += found[:1] == answers[:1]
                top3 += any(url in answers for url in found[:3])
                empty += not found
            report[lang] = {
                "queries": len(queries),
                "top1": top1,
                "primary": primary,
                "top3": top3,
                "empty": empty,
                "first_ms": first,
                "median_ms": statistics.median(times),
                "p95_ms": sorted(times)[int(len(times) * 0.95) - 1],
                "max_ms": max(times),
            }
            page.close()
        browser.close()
    return report


def main() -> None:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site")
    report = run(site)
    for line in table(report):
        print(line)


def table(report: dict) -> list[str]:
    lines = [
        "| language | queries | top-1 (a page that answers) | top-1 (the query's first page) | top-3 | empty "
        "| last keystroke to results: first query | median | p95 | max |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    pct = lambda n, r: f"{n}/{r['queries']} ({100 * n / r['queries']:.0f}%)"  # noqa: E731
    for lang, r in report.items():
        lines.append(
            f"| {lang} | {r['queries']} | {pct(r['top1'], r)} | {pct(r['primary'], r)} | {pct(r['top3'], r)} "
            f"| {r['empty']} | {r['first_ms']:.0f} ms | {r['median_ms']:.0f} ms | {r['p95_ms']:.0f} ms "
            f"| {r['max_ms']:.0f} ms |"
        )
    return lines


if __name__ == "__main__":
    main()
