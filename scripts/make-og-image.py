"""Render the link-preview image (1200x630) offline with Debian's chromium; the PNG is kept in the
repo at docs/assets/og-image.png. Run again after changing the wording:
    .venv/bin/python scripts/make-og-image.py
"""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CARD = """<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; width: 1200px; height: 630px; background: #1b5e20; color: #fff;
       font-family: "DejaVu Sans", Arial, sans-serif; display: flex; flex-direction: column;
       justify-content: center; padding: 0 90px; box-sizing: border-box; }
h1 { font-size: 74px; line-height: 1.1; margin: 0 0 28px; }
p { font-size: 36px; margin: 0 0 14px; color: #e8f5e9; }
.tag { margin-top: 36px; font-size: 28px; color: #c8e6c9; }
</style></head><body>
<h1>Cek nomor BPJS Ketenagakerjaan</h1>
<p>Find your BPJS Ketenagakerjaan number</p>
<p>Aplikasi JMO &middot; situs resmi &middot; 175 &middot; WhatsApp &middot; HRD</p>
<div class="tag">Panduan independen, bukan situs resmi &middot; An independent guide</div>
</body></html>"""


def main() -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1200, "height": 630})
        page.set_content(CARD)
        page.screenshot(path=str(ROOT / "docs" / "assets" / "og-image.png"))
        browser.close()


if __name__ == "__main__":
    main()
