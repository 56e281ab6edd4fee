"""`make bench`: build the site, serve it gzipped on 127.0.0.1 the way a static host does (with the
site's `_headers`), run Lighthouse (mobile, simulated throttling) with Debian's chromium on every page
of both languages, measure the bytes of a first visit and of a second page, and time the build and
the test suite. Prints the tables and writes them to BENCHMARKS.md with the date and the machine.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import search as search_bench  # noqa: E402
from benchmarks import slow_phone  # noqa: E402
from tools.server import SiteServer  # noqa: E402
from tools.site import CHROMIUM_ARGS, build  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LIGHTHOUSE = ROOT / "benchmarks" / "node_modules" / "lighthouse" / "cli" / "index.js"
# Every page of the guide, from docs/ (NAME.md is the Indonesian page of NAME).
PAGES = sorted(
    "" if p.stem == "index" else p.stem + "/" for p in (ROOT / "docs").glob("*.md") if not p.name.endswith(".en.md")
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse(url: str, out: Path) -> dict:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    subprocess.run(
        [
            "node",
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={flags}",
            "--form-factor=mobile",
            "--throttling-method=simulate",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=300,
    )
    report = json.loads(out.read_text())
    audits = report["audits"]
    return {
        "scores": {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES},
        "fcp": audits["first-contentful-paint"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "version": report["lighthouseVersion"],
        "failed": [
            a["id"]
            for a in audits.values()
            if a.get("score") is not None
            and a["score"] < 1
            and a.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
        ],
    }


def transfer_bytes(base: str) -> dict:
    """Bytes over the wire (gzip, headers included) in one browser profile: a first visit, a
    second page with the shared assets cached, and a first visit that also searches."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

        def measure(steps) -> int:
            # The service worker's background copy for offline reading is measured apart (slow_phone.py).
            viewport = {"width": 360, "height": 740}
            context = browser.new_context(viewport=viewport, is_mobile=True, service_workers="block")
            page = context.new_page()
            total = {"bytes": 0, "counting": False, "urls": []}

            def finished(request) -> None:
                if total["counting"]:
                    sizes = request.sizes()
                    total["bytes"] += sizes["responseBodySize"] + sizes["responseHeadersSize"]
                    total["urls"].append(request.url)

            context.on("requestfinished", finished)
            steps(page, total)
            page.wait_for_timeout(300)
            context.close()
            return int(total["bytes"])

        def first(page, total):
            total["counting"] = True
            page.goto(base + "/", wait_until="networkidle")

        def second(page, total):
            page.goto(base + "/", wait_until="networkidle")
            total["counting"] = True
            page.click("article a[href='kontak/']")
            page.wait_for_load_state("networkidle")

        def with_search(page, total):
            total["counting"] = True
            page.goto(base + "/", wait_until="networkidle")
            page.click(".md-header__button[data-guide-for=__search]")
            page.locator("[data-guide-search-input]").press_sequentially("whatsapp luar negeri", delay=30)
            page.wait_for_selector("[data-guide-search][data-search-state=done]", state="attached")
            page.wait_for_load_state("networkidle")

        result = {"first": measure(first), "second": measure(second), "first_with_search": measure(with_search)}
        browser.close()
        return result


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        (line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")), "0"
    )
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
        f"{int(memory) // 1024 // 1024} GiB, Python {platform.python_version()}, {chromium}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        started = time.perf_counter()
        result = build(ROOT, site)
        build_seconds = time.perf_counter() - started
        if result.returncode:
            sys.exit(f"the build failed:\n{result.stderr}")

        started = time.perf_counter()
        tests = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=ROOT, capture_output=True, text=True
        )
        test_seconds = time.perf_counter() - started
        test_summary = (tests.stdout.strip().splitlines() or ["(no output)"])[-1]

        rows = []
        with SiteServer(site, compress=True) as server:
            transfer = transfer_bytes(server.url)
            print(f"bytes: {transfer}", file=sys.stderr)
            search = search_bench.run(site)
            print(f"search: {search}", file=sys.stderr)
            phone = slow_phone.run(site)
            print(f"slow phone: {phone}", file=sys.stderr)
            for lang_prefix in ("", "en/"):
                for path in PAGES:
                    url = f"{server.url}/{lang_prefix}{path}"
                    rows.append((f"/{lang_prefix}{path}", lighthouse(url, Path(tmp) / "report.json")))
                    print(f"lighthouse {rows[-1][0]}: {rows[-1][1]['scores']}", file=sys.stderr)

    version = rows[0][1]["version"]
    lines = [
        "# Benchmarks",
        "",
        f"Measured {dt.date.today().isoformat()} with `make bench` on: {machine()}.",
        f"Lighthouse {version}, mobile form factor, simulated throttling (Lighthouse's slow 4G and 4x CPU "
        "slowdown), against the built site served gzipped on 127.0.0.1 with the site's `_headers`.",
        "",
        "| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | bytes |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for path, r in rows:
        s = r["scores"]
        lines.append(
            f"| `{path}` | {s['performance']} | {s['accessibility']} | {s['best-practices']} | {s['seo']} "
            f"| {r['fcp'] / 1000:.2f} s | {r['lcp'] / 1000:.2f} s | {r['tbt']:.0f} ms | {r['cls']:.3f} "
            f"| {r['bytes'] / 1024:.1f} KiB |"
        )
    lowest = {c: min(r["scores"][c] for _, r in rows) for c in CATEGORIES}
    failed = sorted({a for _, r in rows for a in r["failed"]})
    lines += [
        "",
        f"Lowest score per category: performance {lowest['performance']}, accessibility {lowest['accessibility']}, "
        f"best practices {lowest['best-practices']}, SEO {lowest['seo']}. "
        f"Highest LCP: {max(r['lcp'] for _, r in rows) / 1000:.2f} s.",
        f"Audits below full marks on some page: {', '.join(failed) if failed else 'none'}.",
        "",
        "## Bytes over the wire (gzip, headers included; Chromium, 360 px, one profile)",
        "",
        "| visit | transferred |",
        "|---|---|",
        f"| first visit, home page, cold cache | {transfer['first'] / 1024:.1f} KiB |",
        f"| second page (contact), shared assets cached | {transfer['second'] / 1024:.1f} KiB |",
        f"| first visit and one search (the box's module, MiniSearch, the stemmer and the language's index) "
        f"| {transfer['first_with_search'] / 1024:.1f} KiB |",
        "",
        "## On a slow phone (Chromium, applied throttling)",
        "",
        "400 kbit/s both ways, 400 ms round trip, CPU slowed 4x, gzip, a cold profile per visit, at 360 px, "
        f"median of {slow_phone.RUNS} (`benchmarks/slow_phone.py`). Times from the start of navigation; "
        "the search from the tap on its button. The guide's engine and Pagefind side by side in one run.",
        "",
        *slow_phone.table(phone),
        "",
        "## Search",
        "",
        "Every query of `tools/search_queries.py` typed into the header's box in chromium. A few queries name "
        "a second page that gives the same answer (the home page's situations, the contact page's blocks); "
        "the other top-1 column counts only the query's first page. Top-1 section: the first result's link, "
        "anchor included, opens a section that holds the answer (each query names its sections).",
        "",
        *search_bench.table(search),
        "",
        "The box waits 60 ms after the last keystroke before it searches; that wait is included.",
        "",
        "## Build and tests",
        "",
        f"- Strict build of both languages with the search index: {build_seconds:.1f} s.",
        f"- Test suite (`pytest`, after setup): {test_seconds:.1f} s, {test_summary}.",
        "",
    ]
    text = "\n".join(lines)
    (ROOT / "BENCHMARKS.md").write_text(text, encoding="utf-8")
    print(text)
    if tests.returncode:
        sys.exit(f"the test suite failed:\n{tests.stdout[-3000:]}")


if __name__ == "__main__":
    main()
