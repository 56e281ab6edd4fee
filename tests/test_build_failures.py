"""Bad input fails the real strict build, with a message that names the file and the item."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests import official
from tools.site import ROOT, finish, start_build

HEAD_OFFICE = official.written(official.HEAD_OFFICE, "0NN NNN NNNN")  # as data/contacts.yml writes it

# name: (file, text replaced, planted text, message expected); a file of "docs/NAME.*.md" plants the
# same change in both languages, so that the translation check lets the defect through to what it tests.
# Two defects through the whole strict build, end to end: one the guide's own hooks catch (a number
# in the data file) and one MkDocs's validation catches (mkdocs.yml: strict, validation). Every other
# kind of bad input is tested directly, without a build of its own:
#   a missing English page        test_checkers.py::test_translation_hook_catches_a_missing_page
#   a shortcode with a typo       test_data.py::test_unknown_shortcode_fails_naming_the_page
#   a shortcode in one language   test_checkers.py::test_translation_hook_compares_structure[a contact swapped]
#   malformed checker data        test_data.py::test_malformed_entry_fails_naming_file_and_path
#                                 [an example that breaks the rule]
#   a broken anchor               test_checkers.py::test_lychee_catches_a_broken_anchor (on the built site)
#   a brace left open in the CSS  test_styles.py::test_the_guides_stylesheet_is_checked
#   a missing glossary language   test_data.py::test_malformed_entry_fails_naming_file_and_path
#                                 [a glossary entry missing in one language]
DEFECTS = {
    "mistyped number in the data file": (
        "data/contacts.yml",
        f'value: "{HEAD_OFFICE}"',
        f'value: "{HEAD_OFFICE[:-1]}"',
        f"contacts.yml: contacts.head_office.value: '{HEAD_OFFICE[:-1]}' is not a valid Indonesian number",
    ),
    "broken link between pages": (
        "docs/hrd.*.md",
        "(situs.md)",
        "(website.md)",
        "Doc file 'hrd.md' contains a link 'website.md', but the target is not found",
    ),
}


def plant(name: str, root: Path) -> Path:
    """A copy of the project with one defect planted."""
    path, old, new, _ = DEFECTS[name]
    project = root / "project"
    for item in ("docs", "data", "hooks", "overrides", "fonts", "mkdocs.yml"):
        source = ROOT / item
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / item)
    targets = (
        [project / path] if "*" not in path else [project / path.replace("*.", ""), project / path.replace("*", "en")]
    )
    for target in targets:
        text = target.read_text(encoding="utf-8")
        assert old in text, f"the defect cannot be planted: {old!r} is not in {target}"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return project


def test_the_directly_tested_checks_run_in_the_build():
    """The checks the table above tests without a build of their own are steps of the build itself
    (hooks/pipeline.py): a check taken out of the pipeline fails here, not silently."""
    import pipeline

    from guide import contacts, glossary, parity, stylesheet, terms

    assert parity.check_translations in pipeline.BEFORE
    assert terms.check_names in pipeline.BEFORE
    assert contacts.render_shortcodes in pipeline.MARKDOWN
    assert glossary.append_abbreviations in pipeline.MARKDOWN
    assert stylesheet.join_stylesheets in pipeline.SITE


@pytest.fixture(scope="module")
def broken_builds(tmp_path_factory) -> dict[str, subprocess.CompletedProcess]:
    """Every defect's build, run two at a time (the machine has two cores)."""
    results, running = {}, []
    for name in DEFECTS:
        root = tmp_path_factory.mktemp("defect")
        running.append((name, start_build(plant(name, root), root / "site")))
        if len(running) == 2:
            for done, process in running:
                results[done] = finish(process)
            running = []
    for done, process in running:
        results[done] = finish(process)
    return results


@pytest.mark.parametrize("name", list(DEFECTS))
def test_strict_build_fails_on(broken_builds, name):
    message = DEFECTS[name][3]
    result = broken_builds[name]
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"{name}: the build passed; output:\n{output[-2000:]}"
    assert message in output, f"{name}: expected {message!r} in the build output:\n{output[-2000:]}"
