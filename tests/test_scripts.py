"""The start-up script inlined into every page (hooks/guide/scripts.py): it is the current sources,
and anything the simple joiner does not understand fails the build, naming the file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from guide.scripts import ScriptError, bundle  # bundle: only to show it fails on bad input

JS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "js"


START_UP = ["boot.js", "a11y.js", "switcher.js", "abbr.js"]  # boot.js and what it imports statically


def _without_comments(file: str) -> str:
    return re.sub(r"/\*.*?\*/", "", (JS / file).read_text(encoding="utf-8"), flags=re.S)


def _squashed(text: str) -> str:
    """Code without any white space: what minifying (rjsmin) may change is gone on both sides."""
    return re.sub(r"\s+", "", text)


def _code_lines(file: str) -> list[str]:
    """The lines of code of a source, read here without the joiner: no comments, no import lines,
    'export function' as the plain function it becomes inline; each without white space."""
    lines = [line.strip() for line in _without_comments(file).splitlines()]
    return [
        _squashed(line.replace("export function ", "function ", 1))
        for line in lines
        if line and not line.startswith("import ")
    ]


def test_every_page_carries_the_current_start_up_script(pages):
    """Every page has one and the same inline module script, holding every line of code of the four
    sources in their order and no comment (the expectation is read from the sources, not made by
    the joiner under test)."""
    imported = re.findall(
        r'^import \{[^}]*\} from "\./([\w-]+\.js)";', (JS / "boot.js").read_text(encoding="utf-8"), re.M
    )
    assert ["boot.js", *imported] == START_UP, imported
    scripts = {}
    for page in pages:
        inline = [s.string or "" for s in page.soup.find_all("script", type="module") if not s.get("src")]
        found = [text for text in inline if "setupAbbreviations" in text]
        assert len(found) == 1, f"{page.name}: expected one inline start-up script, found {len(found)}"
        scripts[page.name] = found[0]
    assert len(set(scripts.values())) == 1, f"pages differ in their start-up script: {sorted(scripts)[:5]}"
    text = next(iter(scripts.values()))
    assert "/*" not in text, "comments are for the sources, not every page"
    assert not re.search(r"^[ \t]", text, re.M), "the start-up script is not minified (indented lines)"
    squashed = _squashed(text)
    for file in START_UP:
        position = 0
        for line in _code_lines(file):
            found = squashed.find(line, position)
            if found < 0:
                pytest.fail(f"{file}: {line!r} is not in the pages' start-up script (in order): is site/ stale?")
            position = found + len(line)


LAZY = ["check.js", "offline.js", "open-now.js", "search.js", "share.js"]  # loaded when needed, each a file


def test_the_modules_loaded_later_are_their_sources_minified(site):
    """Each module the pages load later is its source without comments and spaces, nothing else."""
    served = sorted(path.name for path in (site / "assets" / "js").glob("*.js"))
    assert served == LAZY, served
    for name in LAZY:
        text = (site / "assets" / "js" / name).read_text(encoding="utf-8")
        assert "/*" not in text and not re.search(r"^[ \t]", text, re.M), f"{name} is not minified"
        assert _squashed(text) == _squashed(_without_comments(name)), f"{name} differs from its source"


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        (
            "a11y.js",
            "export function setupKeyboardAccess",
            "export default function setupKeyboardAccess",
            "a11y.js: 'export default function setupKeyboardAccess(ui) {': to be inlined, a module may only",
        ),
        (
            "switcher.js",
            "export function setupSwitcher",
            "function setupSwitcher",
            "boot.js: imports ['setupSwitcher'] from switcher.js, which does not export them",
        ),
        (
            "boot.js",
            'import { setupSwitcher } from "./switcher.js";',
            'import { setupSwitcher } from "./switcher.js";\nimport * as share from "./share.js";',
            "boot.js: 'import * as share from \"./share.js\";': an inlined script cannot import that way",
        ),
        (
            "boot.js",
            "const ui =",
            "const end = '</script>';\nconst ui =",
            "boot.js: contains '</script', which would end the inline script",
        ),
    ],
)
def test_what_cannot_be_inlined_fails_naming_the_file(tmp_path, file, old, new, message):
    copy = tmp_path / "js"
    shutil.copytree(JS, copy)
    source = (copy / file).read_text(encoding="utf-8")
    assert old in source, f"{file} no longer contains {old!r}: update this test"
    (copy / file).write_text(source.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ScriptError) as error:
        bundle(copy)
    assert message in str(error.value), str(error.value)
