"""Render the data files' shortcodes (`{{ contact:call_centre }}`, `{{ checker:form }}`...) into each
language. The data files are read and validated once per build (hooks/guide/data.py): a malformed
entry fails the build naming the file, the path and what was expected. See hooks/guide/shortcodes.py.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from guide import models, shortcodes


def render_shortcodes(markdown, page, config, build):
    lang = config.theme["language"]
    if lang not in models.LANGUAGES:
        raise PluginError(f"docs/{page.file.src_uri}: the build language {lang!r} is not one of {models.LANGUAGES}")
    # One template environment a language build: MkDocs makes a new one on every get_env() call.
    if lang not in build.macros:
        env = config.theme.get_env()
        env.filters["fill"] = models.fill  # placeholders filled as the build fills them: a missing one fails
        build.macros[lang] = env.get_template("partials/shortcodes.html").make_module({"lang": lang})
    macros = build.macros[lang]
    context = shortcodes.Context(
        build.data.contacts,
        build.data.checker,
        build.data.ui[lang],
        lang,
        macros,
        f"docs/{page.file.src_uri}",
        site_url=config.site_url,
    )
    return shortcodes.render(markdown, context)
