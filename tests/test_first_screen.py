"""The first screen's rules in every page (hooks/guide/first_screen.py): the page paints without
waiting for the stylesheet, and looks the same once it is in. In chromium, every element a reader
sees before scrolling looks as it does with the whole stylesheet, with the stylesheet never
arriving; nothing moves when it arrives late; the check fails on rules that miss something."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from tests.test_styles import NAMED, STYLESHEET_IN, differences, look, styles

# --- the choice of rules, on small pages and stylesheets ---------------------------------------

PAGE = """<html class="no-js"><body><input type="checkbox" id="x">
<header class="md-header"><label class="md-header__button" for="x">m</label>
<div class="md-search__output"><div class="md-search-result"><ol class="md-search-result__list"></ol></div></div>
</header>
<article>{article}</article><div class="md-dialog"><p class="md-dialog__inner">n</p></div></body></html>"""


def split_of(css: str, article: str = "<h1>T</h1><p>one</p>") -> tuple[str, str]:
    """The first screen's rules and the rest, for one small page."""
    from guide.first_screen import split

    return split(css, [BeautifulSoup(PAGE.format(article=article), "html.parser")])


def chosen(css: str, article: str = "<h1>T</h1><p>one</p>") -> str:
    return split_of(css, article)[0]


def the_rest(css: str, article: str = "<h1>T</h1><p>one</p>") -> str:
    return split_of(css, article)[1]


def test_the_header_and_the_articles_start_are_kept_the_dialog_and_search_results_are_not():
    css = ".md-header{a:1}.md-dialog{b:2}.md-search-result__list{c:3}article h1{d:4}"
    assert chosen(css) == ".md-header{a:1}article h1{d:4}"


def test_only_the_articles_first_elements_count():
    from guide.first_screen import ARTICLE_START

    article = "<p>x</p>" * ARTICLE_START + '<p class="late">y</p>'
    assert chosen(".late{a:1}p{b:2}", article) == "p{b:2}"
    assert chosen(".late{a:1}", "<p>x</p>" + '<p class="late">y</p>') == ".late{a:1}"


def test_states_a_reader_or_a_script_turns_on_count_as_on():
    css = (
        ".md-header__button:hover{a:1}.md-header__button:focus-visible{b:2}.md-header__button:after{c:3}"
        "#x:checked~.md-header{d:4}:checked~header label{g:7}.js .md-header{e:5}.no-js .md-header{f:6}"
    )
    assert chosen(css) == css


def test_what_a_script_fills_in_counts_as_filled():
    css = "article h1:not(:empty){a:1}.md-header:not(.md-header--shadow){b:2}article p:not(:empty)~p{c:3}"
    assert chosen(css, "<h1></h1><p></p><p></p>") == css


def test_the_buttons_the_start_up_script_makes_of_the_labels_count():
    css = ".md-header__button[data-guide-for=x]{a:1}button.md-header__button{b:2}button.md-dialog__button{c:3}"
    assert chosen(css) == ".md-header__button[data-guide-for=x]{a:1}button.md-header__button{b:2}"


def test_a_selector_list_keeps_its_first_screen_selectors_and_at_rules_keep_what_they_keep():
    css = "@media screen and (min-width:60em){.md-header,.md-dialog{a:1}.md-dialog{b:2}}@media print{.md-dialog{c:3}}"
    assert chosen(css) == "@media screen and (min-width:60em){.md-header{a:1}}"


def test_a_selector_soupsieve_cannot_read_is_kept():
    assert chosen(".md-header:unknown-state(1){a:1}") == ".md-header:unknown-state(1){a:1}"


def test_only_the_custom_properties_the_kept_rules_read_and_the_keyframes_they_name():
    css = (
        ":root{--one:1px;--two:var(--three);--three:2px;--four:3px}.md-header{margin:var(--one);"
        "animation:spin 1s}.md-dialog{margin:var(--four)}@keyframes spin{to{a:1}}@keyframes other{to{a:1}}"
    )
    assert chosen(css) == ":root{--one:1px}.md-header{margin:var(--one);animation:spin 1s}@keyframes spin{to{a:1}}"


def test_the_pages_are_left_as_they_were():
    from guide.first_screen import split

    soup = BeautifulSoup(PAGE.format(article="<p>x</p>"), "html.parser")
    before = str(soup)
    split(".js p{a:1}", [soup])
    assert str(soup) == before


def test_unused_custom_properties_go_and_those_read_or_named_stay():
    from guide.styles import unused_properties_removed

    css = ':root{--a:1;--b:var(--c);--c:2;--d:url("data:x;y");--e:4}.x{color:var(--b)}@media print{.y{--a:3}}'
    assert unused_properties_removed(css) == ":root{--b:var(--c);--c:2}.x{color:var(--b)}"
    assert unused_properties_removed(css, {"--e"}) == ":root{--b:var(--c);--c:2;--e:4}.x{color:var(--b)}"


def test_the_rest_holds_what_the_block_lacks_in_its_order():
    css = '@charset "UTF-8";.md-header,.md-dialog{a:1}.md-dialog{b:2}article h1{d:4}@media print{.md-dialog{c:3}}'
    assert the_rest(css) == '@charset "UTF-8";.md-dialog{a:1}.md-dialog{b:2}@media print{.md-dialog{c:3}}'


def test_the_rules_for_print_are_left_to_the_rest():
    css = ".md-header{a:1}@media print{.md-header{b:2}}@media screen{.md-header{c:3}}"
    assert chosen(css) == ".md-header{a:1}@media screen{.md-header{c:3}}"
    assert the_rest(css) == "@media print{.md-header{b:2}}"


def test_a_rule_with_custom_properties_stays_whole_in_the_rest_as_the_block_keeps_only_some():
    css = ":root{--one:1px;--four:3px}.md-header{margin:var(--one)}.md-dialog{margin:var(--four)}@keyframes s{to{a:1}}"
    assert the_rest(css) == ":root{--one:1px;--four:3px}.md-dialog{margin:var(--four)}@keyframes s{to{a:1}}"


# An element below the first screen that two rules style: `div p` (only there, so in the rest) came
# first in the stylesheet, `article p` (also on the first screen, so in the block) after it, at the same
# specificity. Taken out, `article p` would come before `div p` and lose: it stays in the rest too.
LATE_NOTE = "<p>x</p>" * 60 + '<div class="note"><p>y</p></div>'


def test_a_block_rule_that_would_lose_its_place_stays_in_the_rest_after_the_rule_it_beat():
    assert the_rest("div p{color:red}article p{color:blue}", LATE_NOTE) == "div p{color:red}article p{color:blue}"
    rest = the_rest("div p{color:red}article p{margin:0;color:blue}", LATE_NOTE)
    assert rest.endswith("article p{margin:0;color:blue}"), rest


@pytest.mark.parametrize(
    "css, why",
    [
        ("div p{margin:0}article p{color:blue}", "another property"),
        ("div p{color:red}body article p{color:blue}", "a higher specificity"),
        (".note p{color:red}article p{color:blue}", "a lower specificity"),
        ("div h2{color:red}article p{color:blue}", "no element both match"),
        ("article p{color:blue}div p{color:red}", "the block rule came first"),
        ("div p::before{color:red}body article p{color:blue}", "another pseudo-element"),
    ],
)
def test_a_block_rule_leaves_the_rest_when_its_place_cannot_matter(css, why):
    assert "article p" not in the_rest(css, LATE_NOTE), why


# Found in review (3 December 2026): each kept the block's rule out of the rest, and the late element
# took the earlier rule's colour.
LATE_LINK = "<p>x</p>" * 60 + '<p><a href="#">late</a></p>'
LATE_QUOTED = '<p id="a">x</p>' + "<p>x</p>" * 60 + '<p id="i" data-x="a]b">late</p>'


@pytest.mark.parametrize(
    "css, article, why",
    [
        ("a:hover{color:red}article :hover{color:blue}", LATE_LINK, "a state alone stands for any element"),
        ("p a{color:red}article :not(z){color:blue}", LATE_LINK, "so does :not(...) alone"),
        ('p[data-x="a]b"]{color:red}p[id]{color:blue}', LATE_QUOTED, "a quoted value may hold ']'"),
        ("div p{grid-gap:1px}article p{gap:2px}", LATE_NOTE, "grid-gap is gap's old name"),
        ("div p{white-space:pre}article p{text-wrap:wrap}", LATE_NOTE, "both set the same values"),
    ],
)
def test_a_block_rule_that_would_lose_its_place_is_found_in_awkward_cases(css, article, why):
    block = css.split("}", 1)[1]
    assert the_rest(css, article).endswith(block), why


def test_layers_are_left_to_the_rest_whole():
    css = "@layer x,y;@layer x{div p{color:red}}@layer y{article p{color:blue}}.md-header{a:1}"
    assert chosen(css, LATE_NOTE) == ".md-header{a:1}"
    assert the_rest(css, LATE_NOTE) == "@layer x,y;@layer x{div p{color:red}}@layer y{article p{color:blue}}"


def test_a_specificity_cssselect2_miscounts_is_taken_as_unknown():
    from guide.first_screen import specificity

    assert specificity("div p:nth-child(1 of .x)") is None
    assert specificity("div p:nth-child(2n+1)") == {((0, 1, 2), None)}


@pytest.mark.parametrize(
    "selector",
    [
        'a[href^="https://wa.me/"]',
        '[title="a b"] p',
        "[data-x~=y]",
        ":is(h1,p)",
        "p:first-child",
        "div.note p",
        ".note.other",
        "*",
        "h1~div p",
        "ARTICLE P",
        '[title="a b"]',
        '[title="x p"]',
        'div[title="a]b"] p',
        'div[title="a]b"]',
        "div :hover",
        ":checked~div p",
        "div > :last-child",
        "div>:first-child",
        "h1 + *",
        "h1 ~ :hover",
        ".note *",
        "header :first-child",
        "div *",
    ],
)
def test_the_elements_a_selector_is_tried_on_are_all_it_matches(selector):
    """The index by tag and class (first_screen.Elements) leaves out no element soupsieve matches."""
    import soupsieve

    from guide.first_screen import Elements, _simple

    article = '<h1>T</h1><div title="x p"></div><div title="a]b"><p>y</p></div><div title="a b"><p><a href="https://wa.me/1">w</a></p></div>'
    soup = BeautifulSoup(
        PAGE.format(article=article + '<div class="note other" data-x="y z"><p>n</p></div>'), "html.parser"
    )
    simple = _simple(selector)  # as the choice tries it: the states taken out
    compiled = soupsieve.compile(simple)
    tried = Elements([soup.html, *soup.html.find_all(True)]).candidates(simple)
    assert [el for el in tried if compiled.match(el)] == list(compiled.iselect(soup)) != []


def test_a_subject_without_a_class_or_tag_is_tried_only_beside_the_compound_before_it():
    """`li > :last-child` is tried on the children of the `li` elements, not on every element."""
    from guide.first_screen import Elements

    soup = BeautifulSoup(PAGE.format(article='<h1>T</h1><div class="note"><p>a</p><p>b</p></div>'), "html.parser")
    every = Elements([soup.html, *soup.html.find_all(True)])
    assert [el.name for el in every.candidates(".note > *")] == ["p", "p"]
    assert [el.name for el in every.candidates("h1 + *")] == ["div"]
    assert every.candidates(":is(h1, div) > *") == every.every  # not a plain compound: every element


def test_shorthands_and_their_parts_are_one_family():
    import tinycss2

    from guide.first_screen import families

    def of(declarations: str) -> set[str]:
        return families(tinycss2.parse_component_value_list(declarations))

    assert of("margin-top:0;-webkit-margin-start:1px") == {"margin"}
    assert of("top:0;inset-inline:1px") == {"inset"}
    assert of("font:1em x;line-height:1") == {"font"}
    assert of("width:1px;max-inline-size:2px") == {"size"}
    assert of("--x:1;all:unset") == {"--", "all"}
    assert the_rest("div p{inset-block-start:0}article p{top:1px}", LATE_NOTE).endswith("article p{top:1px}")


# --- the built pages ---------------------------------------------------------------------------


def test_every_page_has_the_first_screen_rules_and_the_stylesheet_after_them(pages):
    blocks = set()
    for page in pages:
        head = page.soup.head
        (style,) = head.find_all("style")
        links = head.find_all("link", rel="stylesheet")
        assert len(links) == 2, f"{page.rel}: {links}"
        later, fallback = links
        assert later.get("media") == "print" and later.has_attr("data-guide-stylesheet"), f"{page.rel}: {later}"
        assert fallback.parent.name == "noscript" and fallback.get("media") is None, f"{page.rel}: {fallback}"
        assert fallback["href"] == later["href"], page.rel
        assert style.find_next("link", rel="stylesheet") is later, f"{page.rel}: the rules must come first"
        blocks.add(style.string)
    assert len(blocks) == 1, f"{len(blocks)} different blocks of first-screen rules: one hash in the policy"
    assert ".md-header{" in blocks.pop()


# --- in chromium -------------------------------------------------------------------------------

# The elements a reader sees before scrolling: drawn (not hidden, not transparent), inside the window,
# and not cut away by an ancestor that clips (the closed drawer, the closed search box). With each,
# whether it reaches below the window: then its height depends on what comes later in the page, which
# the first-screen rules need not style.
VISIBLE = (
    """() => {
  const out = {};
  """
    + NAMED
    + """
  const clips = (el) => getComputedStyle(el).overflow !== 'visible';
  for (const [name, el] of named) {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    let left = Math.max(box.left, 0), right = Math.min(box.right, innerWidth);
    let top = Math.max(box.top, 0), bottom = Math.min(box.bottom, innerHeight);
    for (let up = el.parentElement; up && right > left && bottom > top; up = up.parentElement) {
      if (!clips(up)) continue;
      const b = up.getBoundingClientRect();
      left = Math.max(left, b.left); right = Math.min(right, b.right);
      top = Math.max(top, b.top); bottom = Math.min(bottom, b.bottom);
    }
    if (right > left && bottom > top) out[name] = box.bottom > innerHeight;
  }
  return out;
}"""
)
# What the height of an element reaching below the window changes with.
BELOW = {"block-size", "height", "perspective-origin", "transform-origin"}
# Where each element is drawn. Chromium reports a margin of `auto` as the space it takes or as 0px,
# the same page drawn the same way (seen on the header at 1280 px, one load in three): margins count
# as different only where the element is drawn elsewhere.
BOXES = (
    """() => {
  """
    + NAMED
    + """
  return Object.fromEntries(named.map(([name, el]) => {
    const b = el.getBoundingClientRect();
    return [name, [b.x, b.y, b.width, b.height]];
  }));
}"""
)
MARGINS = {"margin-left", "margin-right", "margin-top", "margin-bottom"} | {
    f"margin-{side}-{end}" for side in ("inline", "block") for end in ("start", "end")
}

# Tall screens too: the first screen's rules once stopped at the article's 25th element, which left the
# poster's email link (a tall phone) and the home page's note (a tall desktop) unstyled until the
# stylesheet came.
FIRST_SCREENS = {
    "home, phone": ("/", 360, 740),
    "home (en), tall desktop": ("/en/", 1280, 1080),
    "contact, phone": ("/kontak/", 360, 740),
    "contact (en), desktop": ("/en/kontak/", 1280, 740),
    "checker, phone": ("/cek-resmi/", 360, 740),
    "contact, tall tablet": ("/kontak/", 800, 1100),
    "poster (en), tall phone": ("/en/poster/", 412, 915),
    "404, phone": ("/404.html", 360, 740),
}


def first_screen_differences(
    browser, server, path: str, width: int, html=None, height: int = 740
) -> tuple[int, list[str]]:
    """The elements of the first screen that look different when the stylesheet never arrives (an
    empty one served in its place), with the first properties that differ."""
    seen = {}  # the elements of the first screen, as the page with the whole stylesheet draws them

    def first_screen(page) -> dict:
        seen.update(page.evaluate(VISIBLE))
        return seen

    whole = look(browser, server, path, width, True, None, None, only=first_screen, height=height)
    alone = look(browser, server, path, width, True, None, "", html, only=lambda page: seen, height=height)
    try:
        whole, alone = styles(whole, alone)
        boxes = whole[1].evaluate(BOXES), alone[1].evaluate(BOXES)

        def alike(name: str, prop: str) -> bool:
            element = name.split("::")[0]
            return (prop in BELOW and seen[element]) or (prop in MARGINS and boxes[0][element] == boxes[1][element])

        return len(seen), differences(whole, alone, alike)
    finally:
        whole[0].close()
        alone[0].close()


@pytest.mark.browser
@pytest.mark.parametrize("screen", list(FIRST_SCREENS))
def test_the_first_screen_looks_the_same_before_the_stylesheet_arrives(browser, server, screen):
    path, width, height = FIRST_SCREENS[screen]
    seen, found = first_screen_differences(browser, server, path, width, height=height)
    assert seen > 25, f"{screen}: only {seen} elements on the first screen: the comparison would prove nothing"
    assert not found, f"{screen}: {len(found)} elements look different without the stylesheet:\n" + "\n".join(
        found[:20]
    )


@pytest.mark.browser
def test_the_first_screen_check_catches_a_missing_rule(browser, server):
    """The first-screen rules without those of the header's title: told apart."""

    def without_title(body: str) -> str:
        return re.sub(r"\.md-header__title\{[^}]*\}", "", body, count=1)

    _, found = first_screen_differences(browser, server, "/", 360, without_title)
    assert any("md-header__title" in line for line in found), found[:5]


SHIFTS = """() => new Promise((done) => {
  let total = 0;
  const moved = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      total += e.value;
      for (const s of e.sources || []) moved.push(s.node ? `${s.node.nodeName}.${s.node.className || ''}` : '?');
    }
  }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => done({ total, moved }), 300);
})"""


@pytest.mark.browser
@pytest.mark.parametrize("path,width", [("/", 360), ("/en/kontak/", 1280)])
def test_nothing_moves_when_the_stylesheet_arrives_late(browser, site, path, width):
    from tools.server import Hold, SiteServer

    with SiteServer(site) as held:
        (name,) = (site / "assets" / "stylesheets").iterdir()
        hold = held.holds[f"/assets/stylesheets/{name.name}"] = Hold()
        ctx = browser.new_context(viewport={"width": width, "height": 740})
        page = ctx.new_page()
        page.goto(held.url + path, wait_until="domcontentloaded")
        page.wait_for_function("() => performance.getEntriesByName('first-contentful-paint').length")
        painted_without = not page.evaluate(STYLESHEET_IN)
        hold.release.set()
        page.wait_for_function(STYLESHEET_IN)
        shift = page.evaluate(SHIFTS)
        ctx.close()
    assert painted_without, "the page waited for the stylesheet before its first paint"
    # Seen: 0 at 360 px; 0.0009 at 1280 px, the language menu moving a pixel as the rest of the stylesheet
    # arrives (Lighthouse rounds it to 0). A rule missing from the first screen's moved 0.29 (the menu button).
    assert shift["total"] < 0.002, (
        f"{path} at {width} px: layout shift {shift['total']:.4f} as the stylesheet arrived: {shift['moved']}"
    )


# --- the header's search at the first paint -----------------------------------------------------

START_UP = '<script type="module">'  # the inlined start-up script (boot.js), the page's last element
SCRIPTED = re.compile(r'<script>"noModule" in HTMLScriptElement\.prototype[^<]*</script>')  # overrides/main.html
SEARCH_LABEL = "label.md-header__button[for=__search]"  # what the button is until the start-up script runs
SEARCH_INPUT = "[data-guide-search-input]"
TYPED = "whatsapp"


def search_at_first_paint(browser, root, path: str = "/en/kontak/", enter: bool = False) -> dict:
    """The page held at the server just before its start-up script: at the first paint, before any of
    the guide's modules has run, tap the header's search button and type (and, with `enter`, press
    Enter: the form sends the words in the address and the page comes back, held again); then let the
    page finish and wait for the results of what was typed."""
    from tools.server import Hold, SiteServer

    with SiteServer(root) as held:
        hold = held.holds[path] = Hold(after=START_UP)
        ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
        page = ctx.new_page()
        page.goto(held.url + path, wait_until="commit")
        page.wait_for_function("() => performance.getEntriesByName('first-contentful-paint').length")
        state = page.evaluate(
            "(label) => ({ready: performance.getEntriesByName('guide-ready').length,"
            " button: Boolean(document.querySelector(label)?.checkVisibility())})",
            SEARCH_LABEL,
        )
        if state["button"]:
            page.tap(SEARCH_LABEL)
            page.locator(SEARCH_INPUT).press_sequentially(TYPED)
            state |= page.evaluate(
                "(input) => ({opened: document.getElementById('__search').checked,"
                " typed: document.querySelector(input).value,"
                " ready_after_typing: performance.getEntriesByName('guide-ready').length})",
                SEARCH_INPUT,
            )
            if enter:
                with page.expect_navigation(wait_until="commit"):
                    page.locator(SEARCH_INPUT).press("Enter")
                state["sent"] = page.url
                page.wait_for_function("() => performance.getEntriesByName('first-contentful-paint').length")
        hold.release.set()
        if state["button"]:
            page.wait_for_selector(f'[data-guide-search][data-search-query="{TYPED}"]', state="attached")
            state["results"] = page.locator("[data-guide-search-results] a").count()
            state["address"] = page.url
        ctx.close()
    return state


@pytest.mark.browser
def test_the_header_search_works_from_the_first_paint(browser, site):
    """A reader who taps the search button as soon as it is drawn, before the start-up script has run,
    gets the box, keeps what they type, and sees its results once the script arrives."""
    state = search_at_first_paint(browser, site)
    assert state["ready"] == 0 and state["ready_after_typing"] == 0, state  # the script had not run
    assert state["button"] and state["opened"] and state["typed"] == TYPED, state
    assert state["results"] > 0, state


@pytest.mark.browser
def test_enter_pressed_before_the_start_up_script_still_searches(browser, site):
    """Enter in the box before the start-up script has run sends the words in the address, and the page
    comes back: the script then searches for them, and the address is the page's own again."""
    state = search_at_first_paint(browser, site, enter=True)
    assert state["sent"].endswith("/en/kontak/?query=" + TYPED.replace(" ", "+")), state
    assert state["results"] > 0 and state["address"].endswith("/en/kontak/"), state


@pytest.mark.browser
def test_the_first_paint_search_check_fails_without_the_head_script(browser, site, tmp_path):
    """The check above can fail: without the head's script that marks the page as scripted, the
    button is not drawn until the start-up script runs."""
    page = (site / "en" / "kontak" / "index.html").read_text(encoding="utf-8")
    assert SCRIPTED.search(page), "the head's script is not in the page: the pattern above is out of date"
    (tmp_path / "en" / "kontak").mkdir(parents=True)
    (tmp_path / "en" / "kontak" / "index.html").write_text(SCRIPTED.sub("", page), encoding="utf-8")
    state = search_at_first_paint(browser, tmp_path)
    assert state == {"ready": 0, "button": False}, state
