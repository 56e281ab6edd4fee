"""Absolute hreflang alternates, with x-default, for link previews and search engines.

Material writes `<link rel="alternate" href="../en/kontak/" hreflang="en">` with relative URLs;
search engines want absolute ones and an `x-default` (here the Indonesian page).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError

ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">')


def on_post_page(output, page, config, **kwargs):
    if not page.canonical_url:
        raise PluginError("site_url is not set: canonical and hreflang URLs need it")
    links = ALTERNATE.findall(output)
    if not links:
        return output
    absolute = [(urljoin(page.canonical_url, href), lang) for href, lang in links]
    default = next((url for url, lang in absolute if lang == "id"), absolute[0][0])
    tags = [f'<link rel="alternate" href="{url}" hreflang="{lang}">' for url, lang in absolute]
    tags.append(f'<link rel="alternate" href="{default}" hreflang="x-default">')
    first = ALTERNATE.search(output)
    output = ALTERNATE.sub("", output)
    return output[: first.start()] + "\n".join(tags) + output[first.start():]
