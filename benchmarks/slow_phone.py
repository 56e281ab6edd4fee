"""The guide on a slow phone, as a reader meets it: Debian's chromium with applied throttling
(`Network.emulateNetworkConditions`: 400 kbit/s both ways, 400 ms round trip; CPU slowed 4x), the
site served gzipped with its `_headers` on 127.0.0.1, a cold profile per visit, the median of 3.

Two search engines side by side in one run: MiniSearch over the guide's own index (the site as built)
and Pagefind, the engine it replaced (a copy of the same site indexed by Pagefind 1.5, with
benchmarks/pagefind/search.js in the box). At 360 px:

- the home page: first contentful paint; the header's search usable by touch (drawn and the page
  marked as scripted: `usable` below); every button wired for keyboards too (`guide-ready`, set by
  docs/assets/js/boot.js); every script of the page run (DOMContentLoaded;
  Material's bundle, which it used to wait for, is no longer loaded); the bytes of the first visit
  (headers included, until the network is quiet); from opening the search and typing a query to the
  first result, and the bytes that first search transfers;
- the contact page, cold: first contentful paint, when its actions (plain `tel:`, `mailto:` and web
  links, which need no script) can be tapped, and how far down the first screen the first one is;
- the service worker's background copy of the language for offline reading: its bytes. (Chromium's
  emulated throttling applies to the page, not to its service worker, so the copy's duration is not
  reported. The visits above block the worker, so that they measure the network as a reader's first
  visit meets it, before the copy is made.)

    make bench-phone        (also part of `make bench`)
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.server import SiteServer  # noqa: E402
from tools.site import CHROMIUM_ARGS, chromium  # noqa: E402

RUNS = 3
PAINTED = "() => performance.getEntriesByName('first-contentful-paint').length"
NETWORK = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
QUERY = "whatsapp luar negeri"
TIMES = """() => {
  const at = (name) => (performance.getEntriesByName(name)[0] || {}).startTime;
  const dcl = performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd;
  return {fcp: at("first-contentful-paint"), ready: at("guide-ready"), material: dcl, scripted: window.guideScripted};
}"""
# When the page is marked as scripted (class "js"), which draws the header's search button: a label that
# opens the box without a script, the box keeping what is typed until the search starts
# (tests/test_first_screen.py, test_the_header_search_works_from_the_first_paint). From then on, and
# once painted, the search is usable: `usable` below is the later of the two.
SCRIPTED = """new MutationObserver((changes, observer) => {
  if (document.documentElement && document.documentElement.classList.contains("js")) {
    window.guideScripted = performance.now();
    observer.disconnect();
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["class"]});"""


# The first search as the page itself sees it (Playwright's own round trips left out): the reader's
# tap on the search button, the first letter typed, and the frame that draws the first results.
SEARCHED = """document.addEventListener("pointerdown", (event) => {
  if (event.target.closest("[data-guide-for=__search], [for=__search]")) window.guideTapped ??= performance.now();
}, true);
document.addEventListener("input", (event) => {
  if (event.target.matches("[data-guide-search-input]")) window.guideTyped ??= performance.now();
}, true);
new MutationObserver((changes, observer) => {
  if (document.querySelector("[data-guide-search][data-search-query]")) {
    observer.disconnect();
    requestAnimationFrame(() => { window.guideResults = performance.now(); });
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-search-query"]});"""
FIRST_SEARCH = "() => ({tapped: window.guideTapped, typed: window.guideTyped, results: window.guideResults})"


def usable(times: dict) -> float:
    """When the header's search can be used: drawn (the first paint) and scripted."""
    return max(times["fcp"], times["scripted"])


def throttled(browser, service_workers: str = "block"):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, service_workers=service_workers
    )
    context.add_init_script(SCRIPTED)
    context.add_init_script(SEARCHED)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", NETWORK)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    return context, page


def visit_contact(browser, base: str) -> dict:
    context, page = throttled(browser)
    page.goto(base + "/kontak/", wait_until="commit")
    page.wait_for_load_state("load")
    page.wait_for_function(PAINTED, timeout=30_000)  # the paint may come after the load event
    fcp = page.evaluate(TIMES)["fcp"]
    top = page.evaluate("() => document.querySelector('a.guide-action[href^=\"tel:\"]').getBoundingClientRect().bottom")
    context.close()
    return {"contact_fcp": fcp, "contact_action_bottom": top}


def offline_copy(browser, base: str) -> dict:
    """With the service worker: the bytes of the background copy of the language."""
    context, page = throttled(browser, service_workers="allow")
    sizes = []
    context.on("requestfinished", lambda r: sizes.append(r.sizes()))
    page.goto(base + "/", wait_until="load")
    loaded = len(sizes)
    page.wait_for_function("() => document.documentElement.dataset.guideKeep === 'done'", timeout=180_000)
    copied = sum(s["responseBodySize"] + s["responseHeadersSize"] for s in sizes[loaded:])
    context.close()
    return {"copy_bytes": copied}


def with_pagefind(site: Path, dest: Path) -> Path:
    """A copy of the built site searched by Pagefind: its index, its module in the box, and the
    policy's 'wasm-unsafe-eval' that its WebAssembly needs."""
    shutil.copytree(site, dest)
    for path in [*dest.rglob("*.html"), dest / "_headers"]:
        text = path.read_text(encoding="utf-8").replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")
        for ours in ("body", "ignore"):
            text = text.replace(f"data-search-{ours}", f"data-pagefind-{ours}")
        path.write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(dest), "--quiet"], check=True)
    shutil.copy(ROOT / "benchmarks" / "pagefind" / "search.js", dest / "assets" / "js" / "search.js")
    return dest


def visit(browser, base: str) -> dict:
    context, page = throttled(browser)
    first = []
    context.on("requestfinished", lambda r: first.append(r.sizes()))
    page.goto(base + "/", wait_until="commit")
    page.wait_for_function("() => performance.getEntriesByName('guide-ready').length", timeout=60_000)
    page.wait_for_function("() => document.documentElement.classList.contains('js')", timeout=60_000)
    page.wait_for_load_state("load")
    page.wait_for_load_state("networkidle")
    result = page.evaluate(TIMES)
    result["usable"] = usable(result)
    result["first_bytes"] = sum(size["responseBodySize"] + size["responseHeadersSize"] for size in first)
    searched = []  # every request the search makes, its web worker's included (they reach the context)
    context.on("requestfinished", lambda r: searched.append(r.sizes()))
    start = page.evaluate("() => performance.now()")
    page.click(".md-header__button[data-guide-for=__search]")
    page.fill("[data-guide-search-input]", QUERY)
    page.wait_for_selector(f'[data-guide-search][data-search-query="{QUERY}"]', state="attached", timeout=60_000)
    result["search"] = page.evaluate("() => performance.now()") - start
    page.wait_for_function("() => window.guideResults", timeout=10_000)
    seen = page.evaluate(FIRST_SEARCH)
    result["search_from_tap"] = seen["results"] - seen["tapped"]
    result["search_from_typing"] = seen["results"] - seen["typed"]
    page.wait_for_load_state("networkidle")
    result["search_bytes"] = sum(size["responseBodySize"] + size["responseHeadersSize"] for size in searched)
    context.close()
    return result


ANSWER = """() => {
  const n = performance.getEntriesByType("navigation")[0];
  return {first_byte: n.responseStart - n.startTime, last_byte: n.responseEnd - n.startTime};
}"""


def page_answer(browser, base: str) -> dict:
    """How long a page takes to answer on the slow phone, no service worker: the first page (a new
    connection) and the next one (the same connection). The service worker's timeout (docs/sw.js
    TIMEOUT) must sit well past the first byte of a normal answer."""
    context, page = throttled(browser)
    page.goto(base + "/kontak/")
    cold = page.evaluate(ANSWER)
    page.goto(base + "/hrd/")
    warm = page.evaluate(ANSWER)
    context.close()
    return {
        "cold_first_byte": cold["first_byte"],
        "cold_last_byte": cold["last_byte"],
        "warm_first_byte": warm["first_byte"],
        "warm_last_byte": warm["last_byte"],
    }


@contextlib.contextmanager
def side_by_side(sites: dict[str, Path], link=None):
    """One chromium, and each build on its own server (gzipped, with its `_headers`; `link()`, when
    given, makes each server its own slow network): builds compared in one run meet the machine in
    the same state. Yields the browser and the servers by name."""
    with sync_playwright() as playwright, contextlib.ExitStack() as stack:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        servers = {
            name: stack.enter_context(SiteServer(folder, compress=True, link=link() if link else None))
            for name, folder in sites.items()
        }
        yield browser, servers


def run(site: Path) -> dict:
    report = {}
    with tempfile.TemporaryDirectory() as tmp:
        variants = {"MiniSearch (the guide)": site, "Pagefind": with_pagefind(site, Path(tmp) / "pagefind")}
        with side_by_side(variants) as (browser, servers):
            runs = {name: [] for name in variants}
            for _ in range(RUNS):  # interleaved, so that both meet the machine in the same state
                for name, server in servers.items():
                    url = server.url
                    runs[name].append(
                        visit(browser, url)
                        | visit_contact(browser, url)
                        | offline_copy(browser, url)
                        | page_answer(browser, url)
                    )
        for name, results in runs.items():
            report[name] = {key: statistics.median(r[key] for r in results) for key in results[0]}
    return report


def table(report: dict) -> list[str]:
    lines = [
        "| search engine | first paint | search usable | every button wired | DOMContentLoaded | first visit "
        "| open search and type to first result | in the page, from the first letter | bytes of the first search "
        "| contact page: first paint, actions usable | first action's bottom edge | offline copy |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in report.items():
        lines.append(
            f"| {name} | {r['fcp'] / 1000:.2f} s | {r['usable'] / 1000:.2f} s "
            f"| {r['ready'] / 1000:.2f} s | {r['material'] / 1000:.2f} s "
            f"| {r['first_bytes'] / 1024:.1f} KiB | {r['search'] / 1000:.2f} s "
            f"| {r['search_from_typing'] / 1000:.2f} s | {r['search_bytes'] / 1024:.1f} KiB "
            f"| {r['contact_fcp'] / 1000:.2f} s | {r['contact_action_bottom']:.0f} px of 740 "
            f"| {r['copy_bytes'] / 1024:.0f} KiB |"
        )
    lines += ["", "| page answer (slow phone, no worker) | first byte | last byte |", "|---|---|---|"]
    r = next(iter(report.values()))
    for when in ("cold", "warm"):
        lines.append(f"| {when} | {r[when + '_first_byte'] / 1000:.2f} s | {r[when + '_last_byte'] / 1000:.2f} s |")
    return lines


if __name__ == "__main__":
    print("\n".join(table(run(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"))))
