"""One stylesheet a page (hooks/guide/stylesheet.py): Material's without the rules no page can use, then the
guide's own, named by its content and kept for a year. In chromium, every element looks exactly as
it does with the two full stylesheets; the purge and the guide's stylesheet check fail on bad input."""

from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

MATERIAL_CSS = sorted(
    (Path(__import__("material").__file__).parent / "templates" / "assets" / "stylesheets").glob("main.*.min.css")
)


# --- the purge, on small stylesheets ----------------------------------------------------------


def purged(css: str, used: str) -> str:
    from guide.styles import purge, words

    return purge(css, words(used), "test.css")


def test_a_rule_stays_when_its_classes_are_used_and_goes_when_one_is_not():
    css = ".md-header{color:red}.md-header .md-unused{color:blue}div{color:green}"
    assert purged(css, '<div class="md-header">') == ".md-header{color:red}div{color:green}"


def test_a_rule_for_an_element_or_an_attribute_value_no_page_has_goes():
    css = "kbd{a:1}.md-a kbd{a:2}[dir=rtl] .md-a{a:3}[dir=ltr] .md-a{a:4}[href^=tel] .md-a{a:5}div[hidden]{a:6}"
    assert purged(css, '<div dir="ltr" class="md-a">') == "[dir=ltr] .md-a{a:4}"
    assert purged(css, '<div dir="ltr" class="md-a" hidden><a href="tel:1"><kbd>') == (
        "kbd{a:1}.md-a kbd{a:2}[dir=ltr] .md-a{a:4}[href^=tel] .md-a{a:5}div[hidden]{a:6}"
    )


def test_a_selector_list_keeps_the_selectors_that_may_match():
    assert purged(".md-a,.md-b>a,.md-c{x:y}", "md-a md-c") == ".md-a,.md-c{x:y}"


def test_classes_in_not_is_where_has_and_partial_attribute_values_never_remove_a_rule():
    css = ".md-a:not(.gone){x:y}:is(.gone,.md-a){x:y}.md-a:has(.gone){x:y}[class*=gone]{x:y}"
    assert purged(css, '<p class="md-a">') == css


def test_a_class_added_by_a_script_counts_as_used():
    assert purged(".md-search-result__item{x:y}", 'li.className = "md-search-result__item";') != ""


def test_grouping_rules_keep_what_they_keep_and_other_at_rules_stay():
    css = (
        "@media screen and (min-width:60em){.md-a{x:y}.gone{x:y}}@media print{.gone{x:y}}"
        "@supports (display:grid){.md-a{x:y}}@font-face{font-family:x}@keyframes md-spin{0%{x:y}}"
    )
    assert purged(css, "md-a") == (
        "@media screen and (min-width:60em){.md-a{x:y}}@supports (display:grid){.md-a{x:y}}"
        "@font-face{font-family:x}@keyframes md-spin{0%{x:y}}"
    )


def test_a_broken_stylesheet_is_an_error_that_names_the_file_and_the_line():
    from guide.styles import StyleError

    with pytest.raises(StyleError, match=r"test\.css: line 2, column 2: EOF reached before \{\} block"):
        purged(".md-a{x:y}\n.md-b", "md-a md-b")


@pytest.mark.parametrize(
    "css, message",
    [
        (
            "a{color:red}\n.md-x{color:blue",
            r"guide\.css: a block is still open at the end of the file: a '\}' is missing",
        ),
        ("a{color:red;\n.md-x{color:blue}", r"guide\.css: line 2, in 'a': expected declarations \('name: value;'\)"),
        ("a{color red}", r"guide\.css: line 1, in 'a': expected declarations"),
        ("@media print{a{color:red}", r"guide\.css: a block is still open at the end of the file"),
        ("@media print{a{color red}}", r"guide\.css: line 1, in 'a': expected declarations"),
        ("a{}}", r"guide\.css: line 1, column 4: EOF reached before \{\} block"),
        ('@import "more.css";', r"guide\.css: @import is not allowed: the stylesheets are joined into one file"),
    ],
)
def test_the_guides_stylesheet_is_checked(css, message):
    """Each kind of bad input the check of docs/assets/guide.css claims to catch."""
    from guide.styles import StyleError, tidy

    with pytest.raises(StyleError, match=message):
        tidy(css, "docs/assets/guide.css")


def _rules_of(css: str) -> list[tuple]:
    """Every rule as (its at-rules, selector, declarations), white space aside, read here with
    tinycss2's own parser: what tidy() must keep, rule for rule and declaration for declaration."""
    import tinycss2

    def squeeze(tokens) -> str:  # one space where there was any (a descendant combinator), none around , > + ~
        return re.sub(r" ?([,>+~]) ?", r"\1", " ".join(tinycss2.serialize(tokens).split()))

    found = []

    def walk(nodes, within: str) -> None:
        for node in nodes:
            if node.type == "qualified-rule":
                declarations = tinycss2.parse_declaration_list(node.content, skip_comments=True, skip_whitespace=True)
                found.append(
                    (within, squeeze(node.prelude), [(d.name, squeeze(d.value), d.important) for d in declarations])
                )
            elif node.type == "at-rule" and node.content is not None:
                inner = tinycss2.parse_rule_list(node.content, skip_comments=True, skip_whitespace=True)
                walk(inner, f"{within}@{node.lower_at_keyword}{squeeze(node.prelude)}")

    walk(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True), "")
    return found


def test_the_guides_stylesheet_passes_its_check_and_keeps_every_rule():
    from guide.styles import tidy

    css = (ROOT / "docs" / "assets" / "guide.css").read_text(encoding="utf-8")
    expected = _rules_of(css)
    assert len(expected) > 40, f"only {len(expected)} rules read from guide.css"
    found = _rules_of(tidy(css, "docs/assets/guide.css"))
    lost = [rule for rule in expected if rule not in found]
    assert not lost and found == expected, f"rules lost or changed by tidy(): {lost[:3] or found[:3]}"


def test_a_page_with_another_stylesheet_fails_the_build_with_its_name():
    from mkdocs.exceptions import PluginError

    from guide import stylesheet as styles
    from guide.html import parse

    soup = parse(
        '<link rel="stylesheet" href="../assets/stylesheets/main.1.min.css">'
        '<link rel="stylesheet" href="../assets/extra.css"><link rel="stylesheet" href="../assets/guide.css">'
    )
    with pytest.raises(PluginError, match=r"kontak/index\.html: expected two stylesheets, Material's"):
        styles.expected(styles.stylesheets(soup), "kontak/index.html")


# --- the built site ---------------------------------------------------------------------------


def test_every_page_loads_one_stylesheet_named_by_its_content(site, pages):
    files = sorted((site / "assets" / "stylesheets").iterdir())
    assert len(files) == 1, f"expected one stylesheet in assets/stylesheets/, found {[f.name for f in files]}"
    digest = hashlib.sha256(files[0].read_bytes()).hexdigest()[:10]
    assert files[0].name == f"guide.{digest}.css", f"{files[0].name}: its name does not carry its hash {digest}"
    assert not (site / "assets" / "guide.css").exists(), "assets/guide.css is shipped beside the joined stylesheet"
    for page in pages:  # the stylesheet after the first screen's rules, and for readers without JavaScript
        hrefs = [link["href"] for link in page.soup.find_all("link", rel="stylesheet")]
        assert [h.rsplit("/", 1)[-1] for h in hrefs] == [files[0].name] * 2, f"{page.rel}: {hrefs}"


def test_the_stylesheet_is_about_half_of_materials(site, pages):
    """Guard for the budget: the purge removed something, and kept the guide's own rules (the first
    screen's rules in the page, the rest in the file)."""
    (css,) = (site / "assets" / "stylesheets").iterdir()
    home = next(page for page in pages if page.rel == "index.html")
    both = home.soup.head.style.string + css.read_text(encoding="utf-8")
    full = MATERIAL_CSS[0].read_bytes() + (ROOT / "docs" / "assets" / "guide.css").read_bytes()
    size, before = len(gzip.compress(both.encode(), 9)), len(gzip.compress(full, 9))
    assert size < 0.7 * before, f"{size} bytes gzipped, against {before} for the two full stylesheets"
    assert ".guide-action" in both and ".guide-tip" in both


def test_hashed_names_are_kept_a_year_and_every_other_asset_is_checked_each_time(site):
    from tools.server import parse_headers_file

    rules = dict(parse_headers_file(site / "_headers"))
    caching = {pattern: dict(headers).get("Cache-Control") for pattern, headers in rules.items()}
    assert caching["/assets/stylesheets/*"] == "public, max-age=31536000, immutable"
    for item in (site / "assets").iterdir():
        if item.name != "stylesheets":
            pattern = f"/assets/{item.name}" + ("/*" if item.is_dir() else "")
            assert caching.get(pattern) == "no-cache", f"{pattern}: {caching.get(pattern)!r}, expected 'no-cache'"
    overlapping = [p for p in caching if p in ("/assets/*", "/*") and caching[p]]
    assert not overlapping, f"a rule that overlaps the others sets Cache-Control: {overlapping}"


# --- in chromium: the same look as with the full stylesheets ----------------------------------

# Every element's computed style, and its ::before and ::after (and ::marker, ::placeholder), as a
# hash; with `detail`, the named ones in full. Custom properties (--md-*) are left out: they are what
# the stylesheet computes with, and their effect is in the properties that use them (tinycss2 writes
# the one escaped character of Material's stylesheet as itself).
# Every element, named as the looks compare it: its place in the document, its tag, id and classes.
NAMED = """const named = [...document.querySelectorAll('*')].map((el, i) => {
    const classes = (el.getAttribute('class') || '').trim().replace(/\\s+/g, '.');
    return [`${i}:${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${classes}`, el];
  });"""
# The properties a page's own rules set: every longhand that a rule of its stylesheets (in @media,
# @supports, @keyframes and the like too) or an element's style attribute names. Both pages of a
# comparison have the same browser's own stylesheet, the same markup and the same scripts; only their
# rules differ. So an element can look different only where some rule of either page sets a property
# differently, and that property is among these, on that element: the looks hash these (the union of
# both pages': 151 on the contact page), not all 479 that Chromium computes besides the custom ones,
# which took twice as long. Whole styles are still read to name what differs.
PROPERTIES = """() => {
  const names = new Set();
  const add = (style) => {
    for (let k = 0; k < style.length; k++) if (!style[k].startsWith('--')) names.add(style[k]);
  };
  const walk = (rules) => {
    for (const rule of rules) {
      if (rule.style) add(rule.style);
      if (rule.cssRules) walk(rule.cssRules);
      if (rule.styleSheet) walk(rule.styleSheet.cssRules);  /* @import */
    }
  };
  for (const sheet of [...document.styleSheets, ...document.adoptedStyleSheets]) walk(sheet.cssRules);
  for (const el of document.querySelectorAll('[style]')) add(el.style);
  return [...names].sort();
}"""
STYLES = (
    """({only, props, detail}) => {
  /* Each element's style (or `only` the named ones') as a hash of the `props` named (of every
     property where null); with `detail`, the named elements' whole styles as text. */
  const keep = detail ? new Set(detail) : only ? new Set(only) : null;
  const out = {};
  const read = (style) => {
    const values = [];
    if (detail || !props) {
      for (let k = 0; k < style.length; k++) {
        const name = style[k];
        if (!name.startsWith('--')) values.push(name + ': ' + style.getPropertyValue(name));
      }
    } else for (const name of props) values.push(name + ': ' + style.getPropertyValue(name));
    return values.join('; ');
  };
  const hash = (text) => {  /* FNV-1a, and the length */
    let h = 2166136261;
    for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
    return (h >>> 0).toString(36) + ':' + text.length;
  };
  """
    + NAMED
    + """
  for (const [name, el] of named) {
    const pseudos = ['', '::before', '::after'];
    if (el.tagName === 'LI') pseudos.push('::marker');
    if (el.tagName === 'INPUT') pseudos.push('::placeholder');
    if (keep && !pseudos.some((pseudo) => keep.has(name + pseudo))) continue;
    for (const pseudo of pseudos) {
      if (detail && !keep.has(name + pseudo)) continue;
      const style = getComputedStyle(el, pseudo || null);
      const absent = (pseudo === '::before' || pseudo === '::after') && style.content === 'none';
      const text = absent ? 'content: none' : read(style);  /* a pseudo-element not drawn: its content says so */
      out[name + pseudo] = detail ? text : hash(text);
    }
  }
  return out;
}"""
)

SETTLED = """() => {
  const copy = document.querySelector('[data-copy-link]');
  const open = [...document.querySelectorAll('[data-open-status]')];
  return (!copy || !copy.hidden) && open.every((e) => e.hasAttribute('data-open'));
}"""

# The whole stylesheet in: loaded, and switched on by the start-up script (hooks/guide/first_screen.py).
STYLESHEET_IN = """() => {
  const link = document.querySelector('link[data-guide-stylesheet]');
  return link.sheet !== null && link.media === 'all';
}"""

SCENARIOS = {
    "home, phone": ("/", 360, True, None),
    "home, phone, no JavaScript": ("/", 360, False, None),
    "contact (en), phone, search open with results": ("/en/kontak/", 360, True, "search"),
    "contact (en), phone, menu open": ("/en/kontak/", 360, True, "menu"),
    "sources, desktop, keyboard focus": ("/sumber/", 1280, True, "tab"),
    "about (en), desktop, no JavaScript": ("/en/tentang/", 1280, False, None),
    "checker, phone": ("/cek-resmi/", 360, True, None),
    "404, phone": ("/404.html", 360, True, None),
}


def full_stylesheets() -> str:
    """What the pages loaded before: Material's whole stylesheet, then the guide's."""
    assert len(MATERIAL_CSS) == 1, f"expected one main.*.min.css in Material's package, found {MATERIAL_CSS}"
    guide = (ROOT / "docs" / "assets" / "guide.css").read_text(encoding="utf-8")
    return MATERIAL_CSS[0].read_text(encoding="utf-8") + "\n" + guide


def look(
    browser,
    server,
    path: str,
    width: int,
    scripts: bool,
    state: str | None,
    css: str | None,
    html=None,
    only=None,
    height: int = 740,
):
    """A page as the scenario leaves it: its context, the page, and the names of the only elements to
    read (`only(page)`, when given; else None: every element). `css` is served for the stylesheet;
    `html` changes the page as served (its policy taken out, so that changed inline rules apply).
    `styles` reads the looks."""
    ctx = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=scripts)
    page = ctx.new_page()
    if css is not None:
        page.route("**/assets/stylesheets/guide.*.css", lambda route: route.fulfill(body=css, content_type="text/css"))
    if html is not None:

        def changed(route):
            body = re.sub(r'<meta content="[^"]*" http-equiv="Content-Security-Policy"/?>', "", route.fetch().text())
            route.fulfill(body=html(body), content_type="text/html")

        page.route(server.url + path, changed)
    page.goto(server.url + path)
    if scripts:  # the start-up script, the stylesheet it switches on, then what the later scripts show
        page.wait_for_function("() => performance.getEntriesByName('guide-ready').length")
        page.wait_for_function(STYLESHEET_IN)
        page.wait_for_function(SETTLED)
    if state == "search":
        # From the keyboard: a click would leave the pointer over what opened, fading into its hover style.
        page.focus(".md-header__button[data-guide-for=__search]")
        page.keyboard.press("Enter")
        page.fill("[data-guide-search-input]", "whatsapp")
        page.wait_for_selector('[data-guide-search][data-search-query="whatsapp"] [data-search-result]')
    elif state == "menu":
        page.focus(".md-header__button[data-guide-for=__drawer]")
        page.keyboard.press("Enter")
        page.wait_for_function("() => document.getElementById('__drawer').checked")
    elif state == "tab":
        for _ in range(4):
            page.keyboard.press("Tab")
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")
    return ctx, page, (list(only(page)) if only else None)


def styles(*looks, least: int = 100) -> list[tuple]:
    """Each look with its elements' style hashes, over the properties some rule of any of their pages
    sets (PROPERTIES; at least `least` of them, or the comparison would prove little)."""
    props = sorted(set().union(*(page.evaluate(PROPERTIES) for _, page, _ in looks)))
    assert len(props) >= least, f"only {len(props)} properties set by the pages' rules: {props}"
    if "all" in props:  # a rule that sets `all` sets every property: read every one
        props = None
    return [(ctx, page, page.evaluate(STYLES, {"only": only, "props": props})) for ctx, page, only in looks]


def differences(before, after, alike=lambda name, prop: False) -> list[str]:
    """Elements whose style differs between two looks read by `styles` (those they read: look's
    `only`), with the first properties that differ, without the properties `alike(name, prop)` lets
    differ."""
    (_, one, hashes), (_, two, others) = before, after
    found = [f"{name}: missing" for name in hashes.keys() - others.keys()]
    found += [f"{name}: new" for name in others.keys() - hashes.keys()]
    changed = sorted(name for name in hashes.keys() & others.keys() if hashes[name] != others[name])
    if changed:
        full, cut = (page.evaluate(STYLES, {"detail": changed}) for page in (one, two))
        for name in changed:
            a, b = (dict(v.split(": ", 1) for v in text.split("; ")) for text in (full[name], cut[name]))
            props = [k for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k) and not alike(name, k)]
            if props:
                found.append(f"{name}: " + ", ".join(f"{k} {a.get(k)!r} -> {b.get(k)!r}" for k in props[:5]))
    return sorted(found)


def compare(browser, server, scenario: tuple, css_before: str, css_after: str | None) -> tuple[int, list[str]]:
    before, after = look(browser, server, *scenario, css_before), look(browser, server, *scenario, css_after)
    try:
        before, after = styles(before, after)
        return len(after[2]), differences(before, after)
    finally:
        before[0].close()
        after[0].close()


@pytest.mark.browser
@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_every_element_looks_as_with_the_full_stylesheets(browser, server, scenario):
    read, found = compare(browser, server, SCENARIOS[scenario], full_stylesheets(), None)
    assert read > 500, f"{scenario}: only {read} styles read: the comparison would prove nothing"
    assert not found, f"{scenario}: {len(found)} elements look different:\n" + "\n".join(found[:20])


@pytest.mark.browser
def test_the_comparison_catches_a_rule_the_purge_should_have_kept(browser, server, site):
    """A stylesheet without the rules of the search results (as a purge that missed a class that
    only a script adds would make it) is told apart from the full one."""
    from guide import stylesheet as styles
    from guide.styles import purge

    full = full_stylesheets()
    missed = purge(full, styles.used(site) - {"md-search-result__link"}, "test.css")
    _, found = compare(browser, server, ("/en/kontak/", 360, True, "search"), full, missed)
    assert any("md-search-result__link" in line for line in found), found[:5]


@pytest.mark.browser
def test_the_looks_read_every_property_some_rule_sets_and_only_those(browser):
    """PROPERTIES: the longhands of rules at any depth (in @media, @supports, @keyframes, an @import's
    sheet) and of style attributes; no custom property, nothing no rule names."""
    ctx = browser.new_context()
    page = ctx.new_page()
    page.set_content(
        '<style>@import url("data:text/css,i{word-spacing:1px}");'
        "p { margin: 0 1px; --md-x: 1 } @media (min-width: 1px) { @supports (display: grid) {"
        " em { column-gap: 2px } } } @keyframes spin { to { rotate: 10deg } }</style>"
        '<p style="tab-size: 3">a <em>b</em></p>'
    )
    found = page.evaluate(PROPERTIES)
    ctx.close()
    expected = ["column-gap", "margin-bottom", "margin-left", "margin-right", "margin-top", "rotate", "tab-size"]
    assert found == expected + ["word-spacing"]


@pytest.mark.browser
def test_a_rule_that_sets_all_is_told_apart(browser):
    """`all: unset` names no other property in the CSS object model: the looks then read every one, and
    the element it unsets differs (its font-weight)."""
    looks = []
    for css in ("", "b { all: unset }"):
        ctx = browser.new_context()
        page = ctx.new_page()
        page.set_content(f"<style>p {{ color: red }} {css}</style><p>a <b>b</b></p>")
        looks.append((ctx, page, None))
    try:
        found = differences(*styles(*looks, least=1))
    finally:
        for ctx, _, _ in looks:
            ctx.close()
    assert any(line.startswith(("5:b.", "6:b.")) and "font-weight" in line for line in found), found
