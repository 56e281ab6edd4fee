"""Link previews and alternates: every page has a description (the text of its preview), and its
hreflang alternates are absolute, with an x-default (the Indonesian page), as search engines want.
The preview tags themselves are in overrides/main.html. Every description starts by saying what the
guide is (data/ui.yml: independent): a preview carries the agency's name, so it must not pass for it."""

from __future__ import annotations

from urllib.parse import urljoin

from mkdocs.exceptions import PluginError


def describe(markdown, page, config, build):
    if not str(page.meta.get("description", "")).strip():
        raise PluginError(
            f"docs/{page.file.src_uri}: no description in the front matter (or the front matter is not "
            "valid YAML): expected '---' / 'description: \"...\"' / '---' at the top"
        )
    independent = build.data.ui[config.theme["language"]]["independent"]
    if not page.meta["description"].startswith(independent):
        page.meta["description"] = f"{independent}. {page.meta['description']}"
    return markdown


def absolute_alternates(soup, page, config, build) -> None:
    if not page.canonical_url:
        raise PluginError("site_url is not set: canonical and hreflang URLs need it")
    links = soup.find_all("link", rel="alternate", hreflang=True)
    if not links:
        return
    for link in links:
        link["href"] = urljoin(page.canonical_url, link["href"])
    default = next((link["href"] for link in links if link["hreflang"] == "id"), links[0]["href"])
    links[-1].insert_after(soup.new_tag("link", attrs={"rel": "alternate", "href": default, "hreflang": "x-default"}))
