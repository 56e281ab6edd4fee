"""Bad input fails the real strict build, with a message that names the file and the item."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import ROOT, build

DEFECTS = {
    "mistyped number in the data file": (
        "data/contacts.yml", 'value: "021 520 7797"', 'value: "021 520 779"',
        "contacts.yml: contacts.head_office.value: '021 520 779' is not a valid Indonesian number"),
    "missing English page": ("docs/hrd.en.md", None, None, "hrd.md: missing translation: expected"),
    "shortcode with a typo": (
        "docs/kontak.en.md", "{{ contact:email }}", "{{ contact:emial }}",
        "docs/kontak.en.md: {{ contact:emial }}: unknown id 'emial'"),
    "broken link between pages": (
        "docs/hrd.en.md", "(situs.md)", "(website.md)", "Doc file 'hrd.en.md' contains a link 'website.md', but the target is not found"),
    "broken anchor": (
        "docs/index.en.md", "kontak.md#whatsapp-luar-negeri", "kontak.md#whatsapp-abroad",
        "#whatsapp-abroad"),
    "missing glossary translation": (
        "data/glossary.yml", 'JHT: {id: "Jaminan Hari Tua: tabungan hari tua", en: "Jaminan Hari Tua: old-age savings"}',
        'JHT: {id: "Jaminan Hari Tua: tabungan hari tua"}', "glossary.yml: JHT.en: missing translation"),
}


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory):
    def make(name):
        dest = tmp_path_factory.mktemp("project")
        for item in ("docs", "data", "hooks", "overrides", "mkdocs.yml"):
            source = ROOT / item
            (shutil.copytree if source.is_dir() else shutil.copy)(source, dest / item)
        return dest
    return make


@pytest.mark.parametrize("name", list(DEFECTS))
def test_strict_build_fails_on(project_copy, tmp_path, name):
    path, old, new, message = DEFECTS[name]
    project = project_copy(name)
    target = project / path
    if old is None:
        target.unlink()
    else:
        text = target.read_text(encoding="utf-8")
        assert old in text, f"the defect cannot be planted: {old!r} is not in {path}"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = build(project, tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"{name}: the build passed; output:\n{output[-2000:]}"
    assert message in output, f"{name}: expected {message!r} in the build output:\n{output[-2000:]}"
