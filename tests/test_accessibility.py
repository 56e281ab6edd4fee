"""Beyond what axe sees: language of parts, valid HTML, a screen reader's view pinned. (Keyboard access
is in test_keyboard.py, reflow and the rest in test_layout.py.) Each check is shown failing on a
planted defect."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
import yaml

from guide.texts import load_language_of_parts
from tests import official
from tests.checks import Page, page_from_html
from tests.sweep import STARTED
from tools.site import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# ... and the share block set up (share.js loads after the start-up script: its copy button shows then)
SHARING = "() => !document.querySelector('[data-copy-link]') || !document.querySelector('[data-copy-link]').hidden"


# --- language of parts ------------------------------------------------------------------------


def _places(text: str, term: str):
    """Where a term stands in a text as a whole word (no letter, digit, '-' or '_' on either side),
    found by plain search: the test does not rebuild the hook's regular expression."""
    start = 0
    while (at := text.find(term, start)) >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(term)] if at + len(term) < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            yield at
        start = at + 1


def wrong_voice(pages: list[Page]) -> list[str]:
    """Every listed term of the other language (data/language_of_parts.yml), on every page, must sit
    inside an element of that language."""
    terms = load_language_of_parts()
    problems = []
    for page in pages:
        other = "en" if page.lang == "id" else "id"
        for text in page.soup.find_all(string=True):
            if text.parent.name in ("script", "style", "title", "template", "[document]"):
                continue
            owner = next((p for p in text.parents if p.name and p.get("lang")), None)
            if owner is not None and owner.get("lang") == other:
                continue
            for term in terms[other]:
                for _ in _places(str(text), term):
                    problems.append(f"{page.name}: {term!r} is read in the page's voice, not lang={other!r}")
    return problems


def test_words_of_the_other_language_are_marked(pages):
    problems = wrong_voice(pages)
    assert not problems, "\n".join(problems)
    marked = sum(len(p.soup.select(f'span[lang="{"en" if p.lang == "id" else "id"}"]')) for p in pages)
    assert marked >= 20, f"only {marked} marked terms: is the mechanism running?"


def test_language_check_catches_an_unmarked_term(pages):
    page = next(p for p in pages if p.rel == "en/aplikasi/index.html")
    html = str(page.soup).replace('<span lang="id">Kartu Digital</span>', "Kartu Digital", 1)
    problems = wrong_voice([page_from_html(page.rel, html)])
    assert any("'Kartu Digital' is read in the page's voice" in p for p in problems), problems


# --- valid HTML -------------------------------------------------------------------------------


def html_errors(*folders: Path) -> dict[Path, list[str]]:
    """The Nu HTML Checker's errors in each folder's pages, from one run of it (Java starts once)."""
    if not VNU.is_file():
        pytest.fail(f"the Nu HTML Checker is missing at {VNU}: run 'make test', which runs 'npm ci'", pytrace=False)
    java = shutil.which("java")
    if java is None:
        pytest.fail("Java is missing: run 'make test' (it installs default-jre-headless where it can)", pytrace=False)
    # Java's quick compiler alone (TieredStopAtLevel=1): the run is too short for the optimising one to
    # pay off (9 s of CPU here against 20); its frames are larger, so the checker gets a larger stack.
    fast = ["-XX:TieredStopAtLevel=1", "-Xss16m"]
    result = subprocess.run(
        [java, *fast, "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html", *map(str, folders)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    # The checker writes its report, {"messages": [...]}, to stderr, an empty list when all is valid:
    # nothing at all means it did not run, never that the pages are valid.
    assert result.stderr.strip(), f"the Nu HTML Checker wrote no report (exit {result.returncode}): {result.stdout!r}"
    found: dict[Path, list[str]] = {folder: [] for folder in folders}
    for m in json.loads(result.stderr)["messages"]:
        url = m.get("url", "")
        folder = next((f for f in folders if f"{f}/" in url), None)
        assert folder is not None, f"the Nu HTML Checker reported a file in none of {folders}: {m}"
        found[folder].append(f"{url.split(str(folder))[-1]}:{m.get('lastLine')}: {m['message']}")
    return found


@pytest.fixture(scope="module")
def html_check(site, tmp_path_factory) -> dict[str, list[str]]:
    """The built site and a copy of one page with invalid markup planted, checked in one run."""
    planted = tmp_path_factory.mktemp("invalid")
    page = (site / "kontak" / "index.html").read_text(encoding="utf-8")
    (planted / "bad.html").write_text(
        page.replace("</article>", '<div aria-label="x"><p tabindex="">x</p></div></article>')
    )
    found = html_errors(site, planted)
    return {"site": found[site], "planted": found[planted]}


def test_every_page_is_valid_html(html_check):
    errors = html_check["site"]
    assert not errors, f"{len(errors)} errors from the Nu HTML Checker:\n" + "\n".join(errors[:30])


def test_html_check_catches_invalid_markup(html_check):
    errors = html_check["planted"]
    assert any("tabindex" in e for e in errors) and any("aria-label" in e for e in errors), errors


# --- a screen reader's view, pinned -----------------------------------------------------------

ARIA_DIR = Path(__file__).parent / "aria"
ARIA_PAGES = ["/", "/kontak/", "/en/", "/en/kontak/"]


def aria_name(path: str) -> str:
    return ("en-" if path.startswith("/en/") else "id-") + (path.strip("/").removeprefix("en").strip("/") or "home")


def structure_problems(snapshot: str) -> list[str]:
    """One main, one h1, headings that never skip a level, a labelled search dialog."""
    problems = []
    if len(re.findall(r"^\s*- main\b", snapshot, re.M)) != 1:
        problems.append("expected exactly one main landmark")
    levels = [int(level) for level in re.findall(r"- heading .*\[level=(\d)\]", snapshot)]
    if levels.count(1) != 1:
        problems.append(f"expected exactly one h1, found {levels.count(1)}")
    for before, after in zip(levels, levels[1:], strict=False):
        if after > before + 1:
            problems.append(f"a heading of level {after} follows one of level {before}")
    if not re.search(r'- dialog "[^"]+"', snapshot):
        problems.append("the search is not a labelled dialog")
    return problems


# What the pinned view holds: structure, not prose. Landmarks, headings (name and level), links and
# buttons (names and targets), named images and form controls, and the containers that hold them;
# no paragraph text, so that a copy edit passes and a lost landmark, heading or link name fails.
KEPT_ROLES = {
    "banner", "navigation", "main", "complementary", "contentinfo", "region", "search", "article", "dialog",
    "heading", "link", "button", "textbox", "searchbox", "combobox", "checkbox", "radio", "switch", "form",
}  # fmt: skip


def _kept(node):
    """One node of Playwright's snapshot (as YAML), reduced to what the pinned view holds, or None."""
    if isinstance(node, str):
        role = node.split(" ", 1)[0]
        return node if role in KEPT_ROLES or (role == "img" and '"' in node) else None
    ((key, value),) = node.items()
    role = key.split(" ", 1)[0]
    if key == "/url":
        return None if "?text=" in str(value) else node  # a share link's text is prose
    if role == "text":
        return None
    children = (
        [kept for child in value for kept in [_kept(child)] if kept is not None] if isinstance(value, list) else []
    )
    if children:
        return {key: children}
    return _kept(key) if role in KEPT_ROLES or role == "img" else None


def _placeholders(text: str) -> str:
    """The official values in a template replaced by official.expand's placeholders."""
    ids = {value: key for key, value in official.IDS.items()}
    for number, key in sorted(((n, ids[n]) for n in official.FORMS), key=lambda item: -len(item[0])):
        text = text.replace(official.national(number), f"{{{key}:national}}")
        text = text.replace(official.international(number), f"{{{key}:international}}")
        text = text.replace(number, f"{{{key}}}")
        text = text.replace(number[1:], f"{{{key}:62{'N' * (len(number) - 3)}}}")
    return text.replace(official.OFFICIAL_DOMAIN, "{domain}")


def template_of(snapshot: str) -> str:
    tree = [kept for node in yaml.safe_load(snapshot) for kept in [_kept(node)] if kept is not None]
    return _placeholders(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False, width=1000))


@pytest.mark.browser
@pytest.mark.parametrize("path", ARIA_PAGES)
def test_screen_reader_view_is_pinned(browser, server, path, site_url, default_site_url):
    """The page's accessibility tree, as Playwright sees it, matched against the template kept in
    tests/aria/ (template_of: structure, not prose; official values as placeholders, filled from
    tests/official.py). A missing template fails; UPDATE_ARIA_SNAPSHOTS=1 writes the templates from
    the live pages and still fails, so that the new ones are reviewed, not passed silently."""
    import os

    from playwright.sync_api import expect

    context = browser.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, timezone_id="Asia/Jakarta"
    )
    page = context.new_page()
    page.clock.set_fixed_time("2026-11-25T10:00:00+07:00")  # "open now" depends on the clock
    page.goto(server.url + path)
    page.wait_for_function(STARTED)
    page.wait_for_function(SHARING)
    snapshot = page.locator("body").aria_snapshot()
    live = page.evaluate("() => document.querySelector('[data-guide-search-meta]').getAttribute('aria-live')")
    pinned = ARIA_DIR / f"{aria_name(path)}.yml"
    try:
        assert not structure_problems(snapshot), structure_problems(snapshot)
        assert live == "polite", "the search's result count is not announced"
        base = urlsplit(server.url).path  # the path the site is served under: /REPO on GitHub Pages, else ""
        if os.environ.get("UPDATE_ARIA_SNAPSHOTS") == "1":
            written = re.sub(rf"(- /url: ){re.escape(base)}/", r"\1/", template_of(snapshot))
            written = written.replace(quote(site_url, safe="/"), quote(default_site_url, safe="/"))
            pinned.write_text(written, encoding="utf-8")
            pytest.fail(f"{pinned}: written from the live page (UPDATE_ARIA_SNAPSHOTS=1): review it, commit it, "
                        "and run the tests again without UPDATE_ARIA_SNAPSHOTS", pytrace=False)  # fmt: skip
        if not pinned.exists():
            pytest.fail(f"{pinned}: no pinned screen-reader view for {path}: write it with UPDATE_ARIA_SNAPSHOTS=1 "
                        "and review it", pytrace=False)  # fmt: skip
        # The templates are written from the default build: its own links from its start ("/en/"; under
        # a path, "/REPO/en/") and its address in the report and share links (another SITE_URL's there).
        template = re.sub(r"(- /url: )/(?!/)", rf"\g<1>{base}/", pinned.read_text(encoding="utf-8"))
        template = template.replace(quote(default_site_url, safe="/"), quote(site_url, safe="/"))
        expect(page.locator("body")).to_match_aria_snapshot(official.expand(template))
    finally:
        context.close()


def test_the_template_keeps_structure_and_drops_prose():
    snapshot = (
        '- main:\n  - heading "Kontak" [level=1]\n  - paragraph: Teks yang bisa diedit.\n  - list:\n'
        '    - listitem:\n      - text: "Nomor:"\n      - link "' + official.national(official.HEAD_OFFICE) + '":\n'
        "        - /url: tel:" + official.HEAD_OFFICE + "\n    - listitem: Hanya teks\n"
    )
    assert yaml.safe_load(template_of(snapshot)) == [
        {"main": ['heading "Kontak" [level=1]', {"list": [{"listitem": [
            {'link "{head_office:national}"': [{"/url": "tel:{head_office}"}]}
        ]}]}]}
    ]  # fmt: skip
    assert official.expand(template_of(snapshot)) == template_of(snapshot).replace(
        "{head_office:national}", official.national(official.HEAD_OFFICE)
    ).replace("{head_office}", official.HEAD_OFFICE)


def test_structure_check_catches_a_second_h1_and_a_skipped_level():
    snapshot = '- main:\n  - heading "A" [level=1]\n  - heading "B" [level=1]\n  - heading "C" [level=3]\n'
    problems = structure_problems(snapshot)
    assert "expected exactly one h1, found 2" in problems and any("level 3 follows" in p for p in problems)
    assert "the search is not a labelled dialog" in problems
