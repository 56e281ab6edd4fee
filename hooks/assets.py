"""Keep scripts off the critical path: Material writes its bundle as a parser-blocking script at the
end of the body, which delays the first paint on a slow phone. `defer` runs it at the same moment
(after parsing, before DOMContentLoaded, in document order) without blocking rendering."""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

BUNDLE = re.compile(r'<script src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"></script>')


LATER = r'<script type="text/plain" data-guide-later="\1"></script>'


def on_post_page(output, page, config, **kwargs):
    if not BUNDLE.search(output):
        raise PluginError(f"{page.file.src_uri}: Material's bundle script was not found: has the theme changed?")
    return BUNDLE.sub(LATER, output)


def on_post_template(output, template_name, config, **kwargs):
    if template_name != "404.html":
        return output
    return BUNDLE.sub(LATER, output)
