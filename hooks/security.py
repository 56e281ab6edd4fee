"""A strict Content-Security-Policy, and safe external links.

After the last language build, the hashes of every inline script the theme writes are collected
into one policy that allows only the site's own resources. It ships twice: in `_headers` (Netlify,
Cloudflare Pages and other hosts that read that file, with the other security headers) and as a
`<meta http-equiv>` tag at the top of every page, for hosts that cannot set headers (GitHub Pages).
Nothing is `unsafe-inline`; `wasm-unsafe-eval` lets Pagefind run its WebAssembly search.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
INLINE_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)
EXTERNAL_LINK = re.compile(r'<a (?![^>]*\brel=)([^>]*\bhref="https?://([^/"]+)[^"]*"[^>]*)>')
META_AFTER = '<meta charset="utf-8">'
# Directives a <meta> policy cannot carry (browsers ignore them there, with a console warning).
HEADER_ONLY = "frame-ancestors 'none'"


def policy(script_hashes: set[str], style_hashes: set[str]) -> str:
    scripts = " ".join(f"'sha256-{h}'" for h in sorted(script_hashes))
    styles = " ".join(f"'sha256-{h}'" for h in sorted(style_hashes))
    return "; ".join([
        "default-src 'none'",
        f"script-src 'self' {scripts} 'wasm-unsafe-eval'".replace("  ", " "),
        f"style-src 'self' {styles}".strip(),
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def digest(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def inline_hashes(pages: list[str]) -> tuple[set[str], set[str]]:
    scripts, styles = set(), set()
    for html in pages:
        for attrs, body in INLINE_SCRIPT.findall(html):
            if re.search(r'type="(application/json|text/plain)"', attrs):
                continue  # data or a placeholder (hooks/assets.py), never executed
            scripts.add(digest(body))
        styles.update(digest(body) for body in INLINE_STYLE.findall(html))
    return scripts, styles


def headers_file(csp: str, page_paths: list[str]) -> str:
    """The policy goes on the pages only (not on every asset: it would add ~700 bytes to each)."""
    pages = []
    for path in page_paths:
        pages += [path, f"  Content-Security-Policy: {csp}; {HEADER_ONLY}"]
    return "\n".join([
        "# Security and caching headers for static hosts that read _headers (Netlify, Cloudflare Pages).",
        "# Written by hooks/security.py at build time: do not edit.",
        *pages,
        "/*",
        "  X-Content-Type-Options: nosniff",
        "  Referrer-Policy: strict-origin-when-cross-origin",
        "  Permissions-Policy: camera=(), microphone=(), geolocation=()",
        "/assets/*",
        "  Cache-Control: public, max-age=604800",
        "/pagefind/*",
        "  Cache-Control: public, max-age=86400",
        "",
    ])


def on_post_page(output, page, config, **kwargs):
    """External links open safely: rel="noopener" on every link that leaves the site."""
    site_host = urlsplit(config.site_url or "").hostname

    def add_rel(match: re.Match) -> str:
        if match.group(2) == site_host:
            return match.group(0)
        return f'<a rel="noopener" {match.group(1)}>'

    return EXTERNAL_LINK.sub(add_rel, output)


@event_priority(-300)  # after the search index (-200) and every language build
def on_post_build(config, **kwargs):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    site = Path(config.site_dir)
    files = sorted(site.rglob("*.html"))
    pages = [path.read_text(encoding="utf-8") for path in files]
    csp = policy(*inline_hashes(pages))
    for path, html in zip(files, pages, strict=True):
        if META_AFTER not in html:
            raise PluginError(f"{path}: no {META_AFTER!r} to put the Content-Security-Policy after")
        tag = f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        path.write_text(html.replace(META_AFTER, META_AFTER + "\n    " + tag, 1), encoding="utf-8")
    paths = []
    for path in files:
        rel = path.relative_to(site).as_posix()
        paths.append("/" + rel)
        if rel.endswith("index.html"):
            paths.append("/" + rel.removesuffix("index.html"))
    (site / "_headers").write_text(headers_file(csp, sorted(paths)), encoding="utf-8")
