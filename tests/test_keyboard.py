"""Keyboard and switch access in chromium, both languages: the menu and search opened and closed with
keys, and the Tab walk's checks, each shown failing on a planted defect. The walk of every page at 360
and 1280 px runs in the sweep's visit of each page (tests/test_browser.py)."""

from __future__ import annotations

import pytest

from tests import keyboard
from tests.sweep import STARTED

PLANTED_FOCUS_DEFECTS = {  # CSS planted in the page -> what the walk must report
    "a link moved off screen": (".guide-report a { position: absolute; left: -9999px; }", "off screen"),
    "a link that is there but cannot be seen": (".guide-report { opacity: 0; }", "is hidden"),
    "focus rings removed": ("*:focus-visible { outline: none !important; }", "no focus indicator"),
    "a faint focus ring": (
        ":focus-visible, .md-typeset a:focus-visible { outline-color: #ddd !important; }",
        "focus ring contrast",
    ),
}


@pytest.mark.browser
@pytest.mark.parametrize("name", list(PLANTED_FOCUS_DEFECTS))
def test_tab_walk_catches(browser, server, name):
    css, expected = PLANTED_FOCUS_DEFECTS[name]
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    page = context.new_page()
    page.goto(server.url + "/en/kontak/")
    page.wait_for_function(STARTED)
    page.add_style_tag(content=css)
    problems = keyboard.problems(keyboard.walk(page))
    context.close()
    assert any(expected in p for p in problems), f"{name}: not caught: {problems}"


@pytest.mark.browser
def test_the_batched_walk_reads_what_a_walk_stop_by_stop_reads(browser, server):
    """The walk records stops in the page as focus arrives; read one at a time, they are the same."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    page = context.new_page()
    walks = []
    for walk in (keyboard.walk_slowly, keyboard.walk):
        page.goto(server.url + "/kontak/")
        page.wait_for_function(STARTED)
        walks.append(walk(page))
    context.close()
    assert len(walks[0]) >= 10, f"only {len(walks[0])} stops on /kontak/"
    assert walks[1] == walks[0]


@pytest.mark.browser
def test_the_walk_says_when_transitions_stay_on(browser, server):
    """The walk switches transitions off under the page's policy and checks that it did: a rule that
    does not win (no !important, so the probe's own transition does) is reported."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(server.url + "/kontak/")
    page.wait_for_function(STARTED)
    with pytest.raises(AssertionError, match="transitions stay on"):  # the probe's own transition wins
        keyboard.adopt(page, "* { transition-duration: 0s; }", keyboard.TRANSITIONS_OFF, "transitions stay on")
    keyboard.without_transitions(page)  # the walk's own rule takes, in the same page
    context.close()


def tab_to(page, selector: str, limit: int = 40) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} is not reached by Tab")


def checked(page, toggle: str) -> bool:
    return page.evaluate("(id) => document.getElementById(id).checked", toggle)


@pytest.mark.browser
@pytest.mark.parametrize(
    "prefix, names", [("/", ("Buka menu", "Buka pencarian")), ("/en/", ("Open the menu", "Open search"))]
)
def test_menu_and_search_open_and_close_with_the_keyboard(browser, server, prefix, names):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(server.url + prefix + "kontak/")
    page.wait_for_function(STARTED)
    menu, search = '[data-guide-for="__drawer"]', '[data-guide-for="__search"]'
    assert page.get_attribute(menu, "aria-label") == names[0] and page.get_attribute(search, "aria-label") == names[1]
    assert page.evaluate("(s) => document.querySelector(s).tagName", menu) == "BUTTON"
    tab_to(page, menu)
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.closest('.md-sidebar--primary')")
    assert checked(page, "__drawer") and page.get_attribute(menu, "aria-expanded") == "true"
    page.keyboard.press("Escape")
    page.wait_for_function("(s) => document.activeElement.matches(s)", arg=menu)
    assert not checked(page, "__drawer") and page.get_attribute(menu, "aria-expanded") == "false"
    tab_to(page, search)
    page.keyboard.press(" ")
    page.wait_for_function("() => document.activeElement.matches('[data-guide-search-input]')")
    assert checked(page, "__search")
    page.keyboard.press("Escape")
    page.wait_for_function("(s) => document.activeElement.matches(s)", arg=search)
    assert not checked(page, "__search")
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_search_opens_and_closes_with_the_keyboard_on_a_desktop(browser, server, prefix):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(server.url + prefix)
    page.wait_for_function(STARTED)
    tab_to(page, "[data-guide-search-input]")
    page.wait_for_function("() => document.getElementById('__search').checked")
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.getElementById('__search').checked")
    context.close()
