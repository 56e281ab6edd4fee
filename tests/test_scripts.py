"""The start-up script inlined into every page (hooks/guide/scripts.py): it is the current sources,
and anything the simple joiner does not understand fails the build, naming the file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guide.scripts import ScriptError, bundle

JS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "js"


def test_every_page_carries_the_current_start_up_script(pages):
    text, taken = bundle(JS)
    assert taken == ["boot.js", "a11y.js", "switcher.js", "abbr.js"], taken
    assert "/*" not in text and "setupAbbreviations" in text, "comments are for the sources, not every page"
    stale = [p.name for p in pages if not any(s.string == text for s in p.soup.find_all("script", type="module"))]
    assert not stale, f"pages without the current start-up script: {stale}"


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
        (
            "boot.js",
            'performance.mark("guide-ready");',
            'performance.mark("guide-ready"); /* ready */',
            "boot.js: a comment inside a line of code is left in every page: put it on its own line",
        ),
        (  # a comment before code on its line, and another below it: the code between must not go
            "boot.js",
            'performance.mark("guide-ready");',
            '/* ready */ performance.mark("guide-ready");\n/* done */',
            "boot.js: a comment inside a line of code is left in every page: put it on its own line",
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
