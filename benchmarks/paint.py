"""First paint at the limit (issue 19): two builds of the guide side by side in one run, on the slow
phone of benchmarks/slow_phone.py (400 kbit/s, 400 ms round trip, CPU slowed 4x, gzip, 360 px).

For each build, both languages, the visits alternating between the builds so that both meet the
machine in the same state:

- a first visit, cold, the service worker blocked (chromium's page emulation): the home page's first
  paint, when its header's search is usable (drawn and scripted: slow_phone.usable), when every
  button is wired (`guide-ready`), the first search result after the reader opens search and types
  (in the page, from the first letter typed to the frame that draws the results; and as Playwright
  sees it, from before its click to its seeing the results, which adds its own round trips), the
  bytes of the visit and of that first search; the contact page's first paint;
- a returning reader, the service worker active and the language kept: the slow network applied at
  the server (tools/server.Link), since page emulation does not reach the worker's own fetches;
  first paint of the home page and of the contact page, and the bytes the server sent for each.

    .venv/bin/python benchmarks/paint.py BEFORE_SITE AFTER_SITE [VISITS]
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

import slow_phone  # noqa: E402

from tools.server import Link, SiteServer  # noqa: E402

LANGUAGES = {"id": "", "en": "/en"}  # where each language's pages are
FCP = "() => (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime"


def first_visit(browser, base: str) -> dict:
    """The slow phone's first visit to the home page and its first search, and to the contact page."""
    return slow_phone.visit(browser, base) | slow_phone.visit_contact(browser, base)


def returning(browser, server: SiteServer, language: str) -> dict:
    """A reader who came before: the worker active and the language kept, then the home page and
    the contact page again over the slow network (at the server) with the CPU slowed 4x."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + language + "/", wait_until="load")
    page.wait_for_function("() => document.documentElement.dataset.guideKeep === 'done'", timeout=120_000)
    page.close()
    result = {}
    server.link.on = True
    try:
        for name, path in (("back_home", language + "/"), ("back_contact", language + "/kontak/")):
            page = context.new_page()
            sent = server.link.sent
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            page.goto(server.url + path, wait_until="load")
            page.wait_for_function(slow_phone.PAINTED, timeout=30_000)
            result[name + "_fcp"] = page.evaluate(FCP)
            page.wait_for_load_state("networkidle")
            result[name + "_bytes"] = server.link.sent - sent  # bodies only, the worker's fetches too
            page.close()
    finally:
        server.link.on = False
    context.close()
    return result


def run(sites: dict[str, Path], visits: int) -> dict:
    found = {(name, lang): [] for name in sites for lang in LANGUAGES}
    with slow_phone.side_by_side(sites, link=lambda: Link(latency=0.4, rate=400_000 / 8)) as (browser, servers):
        for _ in range(visits):
            for lang, language in LANGUAGES.items():
                for name, server in servers.items():
                    found[name, lang].append(
                        first_visit(browser, server.url + language) | returning(browser, server, language)
                    )
    return found


def table(found: dict) -> list[str]:
    lines = [
        "| build | lang | first paint | search usable | every button wired | first result (from typing) "
        "| first result (Playwright) | first visit | first search "
        "| contact: first paint | returning: home first paint | returning: contact first paint |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for (name, lang), runs in found.items():
        med = lambda key, runs=runs: statistics.median(r[key] for r in runs)  # noqa: E731
        spread = lambda key, runs=runs: "–".join(f"{f(r[key] for r in runs):.0f}" for f in (min, max))  # noqa: E731
        lines.append(
            f"| {name} | {lang} | {med('fcp'):.0f} ms ({spread('fcp')}) "
            f"| {med('usable'):.0f} ms | {med('ready'):.0f} ms "
            f"| {med('search_from_typing'):.0f} ms ({spread('search_from_typing')}) "
            f"| {med('search'):.0f} ms ({spread('search')}) | {med('first_bytes') / 1024:.1f} KiB "
            f"| {med('search_bytes') / 1024:.1f} KiB | {med('contact_fcp'):.0f} ms "
            f"| {med('back_home_fcp'):.0f} ms ({spread('back_home_fcp')}), {med('back_home_bytes') / 1024:.1f} KiB "
            f"| {med('back_contact_fcp'):.0f} ms, {med('back_contact_bytes') / 1024:.1f} KiB |"
        )
    return lines


if __name__ == "__main__":
    before, after = Path(sys.argv[1]), Path(sys.argv[2])
    visits = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    found = run({"before": before, "after": after}, visits)
    print(json.dumps({f"{name} {lang}": runs for (name, lang), runs in found.items()}), file=sys.stderr)
    print("\n".join(table(found)))
