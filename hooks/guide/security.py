"""Security headers: a strict Content-Security-Policy, and `_headers` for the hosts that read it.

After the last language build, the hashes of every inline script the theme writes are collected
into one policy that allows only the site's own resources. It ships twice: in `_headers` (Netlify,
Cloudflare Pages and other hosts that read that file, with the other security headers) and as a
`<meta http-equiv>` tag at the top of every page, for hosts that cannot set headers (GitHub Pages).
Nothing is `unsafe-inline`, and nothing may evaluate code (the search is plain JavaScript).
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from mkdocs.exceptions import PluginError

# Directives a <meta> policy cannot carry (browsers ignore them there, with a console warning).
HEADER_ONLY = "frame-ancestors 'none'"
INERT = ("application/json", "text/plain")  # data, or the bundle's placeholder: never executed


def policy(script_hashes: set[str], style_hashes: set[str]) -> str:
    scripts = "".join(f" 'sha256-{h}'" for h in sorted(script_hashes))
    styles = "".join(f" 'sha256-{h}'" for h in sorted(style_hashes))
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src 'self'{scripts}",
            f"style-src 'self'{styles}",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def digest(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def inline_hashes(soups) -> tuple[set[str], set[str]]:
    scripts, styles = set(), set()
    for soup in soups:
        for script in soup.find_all("script", src=False):
            if script.get("type") not in INERT:
                scripts.add(digest(script.string or ""))
        styles.update(digest(style.string or "") for style in soup.find_all("style"))
    return scripts, styles


HASHED = "stylesheets"  # assets/stylesheets/: names that carry their content's hash (hooks/guide/stylesheet.py)
KEEP = "  Cache-Control: public, max-age=31536000, immutable"
CHECK = "  Cache-Control: no-cache"


def caching(site: Path) -> list[str]:
    """A year for the files named by their content; for every other file under assets/, the browser
    asks the server each time (a cheap "not modified"), so that a script or the search index never
    lags behind the pages. The patterns never overlap: a host that reads two rules for one file
    would join their two Cache-Control values."""
    rules = []
    for item in sorted((site / "assets").iterdir()):
        pattern = f"/assets/{item.name}" + ("/*" if item.is_dir() else "")
        rules += [pattern, KEEP if item.name == HASHED else CHECK]
    return rules


def headers_file(csp: str, site: Path) -> str:
    """One rule per path pattern. The policy goes on every response: over HTTP/2 a repeated header
    is sent once per connection and then referenced, so it costs the assets next to nothing."""
    return "\n".join(
        [
            "# Security and caching headers for static hosts that read _headers (Netlify, Cloudflare Pages).",
            "# Written by hooks/guide/security.py at build time: do not edit.",
            "/*",
            f"  Content-Security-Policy: {csp}; {HEADER_ONLY}",
            "  X-Content-Type-Options: nosniff",
            "  Referrer-Policy: strict-origin-when-cross-origin",
            "  Permissions-Policy: camera=(), microphone=(), geolocation=()",
            *caching(site),
            "/sw.js",
            "  Cache-Control: no-cache",
            "/*.vcf",
            "  Content-Type: text/vcard; charset=utf-8",
            "",
        ]
    )


def add_policy(site, config, build) -> None:
    """After the search index, the clean-up and the stylesheet: the policy in every page and _headers."""
    csp = policy(*inline_hashes(page.soup for page in site.pages))
    for page in site.pages:
        charset = page.soup.find("meta", charset=True)
        if charset is None:
            raise PluginError(f"{page.path}: no <meta charset> to put the Content-Security-Policy after")
        charset.insert_after(page.soup.new_tag("meta", attrs={"http-equiv": "Content-Security-Policy", "content": csp}))
    (site.folder / "_headers").write_text(headers_file(csp, site.folder), encoding="utf-8")
