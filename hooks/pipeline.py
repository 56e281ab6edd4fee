"""The build, top to bottom: the one hook module MkDocs loads (mkdocs.yml: hooks).

Each MkDocs event below calls an ordered tuple of small steps; the order is the tuple's order, and
each step lives in the module of hooks/guide/ named for its feature. The data files are read and
validated once a build (hooks/guide/data.py) into the `Build` that every step receives.

mkdocs-static-i18n (a plugin) builds the default language, then, inside its own on_post_build, each
other language as an inner build that runs these events again. Work on the whole site waits for the
outer build's end (`inner_language_build`), when both languages are on disk.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

from guide import (
    assets,
    contacts,
    data,
    glossary,
    language_of_parts,
    not_found,
    offline,
    parity,
    picture,
    search,
    security,
    seo,
    stylesheet,
    terms,
    ui_text,
    valid_html,
    vcard,
)
from guide.build import Build, inner_language_build
from guide.html import Site, parse, serialise, write_pages

# Before the pages, once a build: the sources are checked as a whole.
BEFORE = (
    parity.check_translations,  # both languages: the same anchors, shortcodes, steps and links
    terms.check_names,  # one name for each thing (data/terms.yml), in the pages and the screen text
)

# Each page's Markdown, in order.
MARKDOWN = (
    contacts.render_shortcodes,  # {{ contact:... }} and the other shortcodes, from the data files
    glossary.append_abbreviations,  # abbreviations explained (data/glossary.yml)
    seo.describe,  # every page has a description that says what the guide is
)

# Each page's HTML from Markdown, before the template (not parsed).
CONTENT = (
    language_of_parts.mark_table_of_contents,  # the other language's quoted words in the headings' list
)

# What every template gets: the page's and the not-found page's.
CONTEXT = (
    ui_text.add_screen_text,  # `ui`, `ui_all`, `ui_script`: data/ui.yml in the page's language
    search.add_tasks,  # `search_tasks`: the common tasks shown in the empty search box
    offline.add_switch,  # `offline`: "on" or "off" (mkdocs.yml: extra.offline)
)

# Each rendered page (and each language's not-found page), parsed once.
PAGE = (
    language_of_parts.mark_other_language,  # the other language's quoted words in their `lang`
    ui_text.title_permalinks,  # the headings' permalinks titled in the page's language
    seo.absolute_alternates,  # hreflang alternates absolute, with an x-default (not on the 404)
    valid_html.mend,  # what Material writes that the W3C checker rejects
    assets.inline_start_up,  # no Material bundle; the start-up script and the favicon inlined
)
NOT_FOUND = (
    valid_html.mend,
    assets.inline_start_up,
    not_found.language_links,  # the switcher and alternates lead to the other not-found page
)

# After the last language build: the built site, every page parsed once and written once.
SITE = (
    search.write_index,  # assets/search/<lang>.json from each page's article
    assets.remove_dead_files,  # Material's bundle (with lunr's worker), source maps, the inlined modules
    assets.minify_modules,  # the modules loaded later, without comments and spaces (rjsmin)
    stylesheet.join_stylesheets,  # one stylesheet, Material's purged then the guide's, named by content
    security.add_policy,  # the Content-Security-Policy in every page, and _headers
    write_pages,  # the pages, changed by the steps above, written once
    vcard.write_cards,  # kontak/bpjs-ketenagakerjaan.vcf in each language
    picture.write_pictures,  # the picture for chat groups and the poster's QR code, each language
    offline.write_worker,  # the manifests and sw.js: last, its version covers every other file
)

build: Build | None = None  # this build's data and what its steps keep


def on_config(config, **kwargs):
    global build
    if not inner_language_build(config):  # an outer build starts (and each rebuild of `mkdocs serve`)
        build = Build(data.load())
    return config


def on_pre_build(config, **kwargs):
    if inner_language_build(config):
        return
    for step in BEFORE:
        step(config, build)


def on_page_markdown(markdown, page, config, files, **kwargs):
    for step in MARKDOWN:
        markdown = step(markdown, page, config, build)
    return markdown


def on_page_content(html, page, config, files, **kwargs):
    for step in CONTENT:
        html = step(html, page, config, build)
    return html


def on_page_context(context, page, config, nav, **kwargs):
    for step in CONTEXT:
        step(context, config, build)
    return context


def on_template_context(context, template_name, config, **kwargs):
    for step in CONTEXT:
        step(context, config, build)
    return context


def on_post_page(output, page, config, **kwargs):
    soup = parse(output)
    for step in PAGE:
        step(soup, page, config, build)
    return serialise(soup)


def on_post_template(output, template_name, config, **kwargs):
    if template_name != "404.html":
        return output
    soup = parse(output)
    for step in NOT_FOUND:
        step(soup, None, config, build)
    return not_found.one_per_language(serialise(soup), config, build)


@event_priority(-200)  # after mkdocs-static-i18n's on_post_build (-100), which builds the other languages
def on_post_build(config, **kwargs):
    if inner_language_build(config):
        return
    site = Site(config.site_dir)
    for step in SITE:
        step(site, config, build)
