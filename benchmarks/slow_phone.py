"""The guide on a slow phone, as a reader meets it: Debian's chromium with applied throttling
(`Network.emulateNetworkConditions`: 400 kbit/s both ways, 400 ms round trip; CPU slowed 4x), the
site served gzipped with its `_headers` on 127.0.0.1, a cold profile per visit, the median of 3.

Measured on the home page at 360 px, for two ways of loading Material's bundle side by side:
"after paint" (today: hooks/assets.py holds it back, docs/assets/js/material.js loads it after the
first paint) and "defer" (Material's own script tag with `defer`):

- first contentful paint;
- the guide's buttons usable (menu, search: `guide-ready`, set by docs/assets/js/boot.js);
- Material's own header buttons usable (the language menu: `guide-material`, or, with `defer`,
  Material's DOMContentLoaded);
- from opening the search and typing a query to the first result, and the bytes that first search
  transfers (headers included, the search's web worker too).

    make bench-phone        (also part of `make bench`)
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.server import SiteServer  # noqa: E402
from tools.site import CHROMIUM_ARGS, chromium  # noqa: E402

RUNS = 3
NETWORK = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
QUERY = "whatsapp luar negeri"
TIMES = """() => {
  const at = (name) => (performance.getEntriesByName(name)[0] || {}).startTime;
  const dcl = performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd;
  return {fcp: at("first-contentful-paint"), ready: at("guide-ready"), material: at("guide-material") || dcl};
}"""


def with_defer(site: Path, dest: Path) -> Path:
    """A copy of the built site that loads Material's bundle with its own `defer` script tag."""
    shutil.copytree(site, dest)
    for path in dest.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        holder = soup.find("script", attrs={"data-guide-later": True})
        if holder is None:
            continue
        holder.attrs = {"src": holder["data-guide-later"], "defer": ""}
        path.write_text(soup.decode(formatter="html5"), encoding="utf-8")
    return dest


def visit(browser, base: str) -> dict:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", NETWORK)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    page.goto(base + "/", wait_until="commit")
    page.wait_for_function("() => performance.getEntriesByName('guide-ready').length", timeout=60_000)
    page.wait_for_function("() => document.documentElement.classList.contains('js')", timeout=60_000)
    page.wait_for_load_state("load")
    result = page.evaluate(TIMES)
    searched = []  # every request the search makes, its web worker's included (they reach the context)
    context.on("requestfinished", lambda r: searched.append(r.sizes()))
    start = page.evaluate("() => performance.now()")
    page.click(".md-header__button[data-guide-for=__search]")
    page.fill("[data-guide-search-input]", QUERY)
    page.wait_for_selector(f'[data-guide-search][data-search-query="{QUERY}"]', state="attached", timeout=60_000)
    result["search"] = page.evaluate("() => performance.now()") - start
    page.wait_for_load_state("networkidle")
    result["search_bytes"] = sum(size["responseBodySize"] + size["responseHeadersSize"] for size in searched)
    context.close()
    return result


def run(site: Path) -> dict:
    report = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        variants = {"after paint": site, "defer": with_defer(site, Path(tmp) / "defer")}
        servers = {name: SiteServer(folder, compress=True).__enter__() for name, folder in variants.items()}
        try:
            runs = {name: [] for name in variants}
            for _ in range(RUNS):  # interleaved, so that both meet the machine in the same state
                for name, server in servers.items():
                    runs[name].append(visit(browser, server.url))
            for name, results in runs.items():
                report[name] = {key: statistics.median(r[key] for r in results) for key in results[0]}
        finally:
            for server in servers.values():
                server.__exit__(None, None, None)
            browser.close()
    return report


def table(report: dict) -> list[str]:
    lines = [
        "| Material's bundle | first paint | menu and search usable | language menu usable "
        "| open search and type to first result | bytes of the first search |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in report.items():
        lines.append(
            f"| {name} | {r['fcp'] / 1000:.2f} s | {r['ready'] / 1000:.2f} s | {r['material'] / 1000:.2f} s "
            f"| {r['search'] / 1000:.2f} s | {r['search_bytes'] / 1024:.1f} KiB |"
        )
    return lines


if __name__ == "__main__":
    print("\n".join(table(run(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"))))
