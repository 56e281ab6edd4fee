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
DEFECTS = {
    "mistyped number in the data file": (
        "data/contacts.yml",
        f'value: "{HEAD_OFFICE}"',
        f'value: "{HEAD_OFFICE[:-1]}"',
        f"contacts.yml: contacts.head_office.value: '{HEAD_OFFICE[:-1]}' is not a valid Indonesian number",
    ),
    "missing English page": ("docs/hrd.en.md", None, None, "hrd.md: missing translation: expected"),
    "shortcode with a typo": (
        "docs/kontak.*.md",
        "{{ contact:email }}",
        "{{ contact:emial }}",
        "docs/kontak.md: {{ contact:emial }}: unknown id 'emial'",
    ),
    "shortcode typo in one language": (
        "docs/kontak.en.md",
        "{{ contact:email }}",
        "{{ contact:emial }}",
        "kontak.en.md: shortcodes differ from kontak.md: "
        "expected ['contact:call_centre', 'contact:email', 'contact:regional_offices'",
    ),
    "broken link between pages": (
        "docs/hrd.*.md",
        "(situs.md)",
        "(website.md)",
        "Doc file 'hrd.md' contains a link 'website.md', but the target is not found",
    ),
    "malformed checker data": (
        "data/checker.yml",
        '    official: false\n    why: {id: "Nama lain: ada tanda hubung',
        '    official: true\n    why: {id: "Nama lain: ada tanda hubung',
        "checker.yml: examples[4]: 'https://bpjs-ketenagakerjaan.com/' is marked official: True",
    ),
    "broken anchor": (
        "docs/index.en.md",
        "kontak.md#whatsapp-luar-negeri",
        "kontak.md#whatsapp-abroad",
        "#whatsapp-abroad",
    ),
    "brace left open in the guide's stylesheet": (
        "docs/assets/guide.css",
        "#ffffffc4;\n}\n",
        "#ffffffc4;\n\n",
        "docs/assets/guide.css: line 18, in ':root > *': expected declarations ('name: value;'); is a brace left open?",
    ),
    "missing glossary translation": (
        "data/glossary.yml",
        'JHT: {id: "Jaminan Hari Tua: tabungan hari tua", en: "Jaminan Hari Tua: old-age savings"}',
        'JHT: {id: "Jaminan Hari Tua: tabungan hari tua"}',
        "glossary.yml: JHT.en: missing translation",
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
        if old is None:
            target.unlink()
            continue
        text = target.read_text(encoding="utf-8")
        assert old in text, f"the defect cannot be planted: {old!r} is not in {target}"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return project


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
