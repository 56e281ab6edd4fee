"""The build's output: no file that nobody loads, a short `_headers` file."""

from __future__ import annotations

from pathlib import Path

# What Material writes that nobody here loads, and the search engine this guide no longer uses
# (fnmatch patterns, "*" crosses folders).
DEAD_FILES = [
    "search/*",
    "assets/javascripts/*",  # Material's bundle, lunr and its worker: not loaded (hooks/guide/assets.py)
    "*.map",
    "pagefind/*",
    "vcard.vcf",  # the vCard's Jinja template (hooks/guide/vcard.vcf), were it copied into the site
]


def dead_files(site: Path) -> list[str]:
    from fnmatch import fnmatch

    files = (p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    return sorted(f for f in files if any(fnmatch(f, pattern) for pattern in DEAD_FILES))


def test_site_ships_no_file_that_nobody_loads(site):
    found = dead_files(site)
    assert not found, f"files nobody loads are in site/: {found}"


def test_dead_file_check_catches_a_source_map(site, tmp_path):
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    (copy / "assets" / "js" / "share.min.js.map").write_text("{}")
    (copy / "assets" / "javascripts").mkdir()
    (copy / "assets" / "javascripts" / "bundle.a5f9d56c.min.js").write_text("")
    (copy / "vcard.vcf").write_text("{#- a template -#}")
    assert dead_files(copy) == [
        "assets/javascripts/bundle.a5f9d56c.min.js",
        "assets/js/share.min.js.map",
        "vcard.vcf",
    ]


def test_the_build_fails_when_a_template_brings_materials_bundle_back(tmp_path):
    """hooks/guide/assets.py refuses a page that loads Material's JavaScript, naming the page and the file."""
    from types import SimpleNamespace

    import pytest
    from mkdocs.exceptions import PluginError

    from guide import assets
    from guide.html import parse

    page = '<html><body><script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script></body></html>'
    with pytest.raises(
        PluginError, match=r"kontak\.md: Material's JavaScript is loaded \(\.\./assets/javascripts/bundle"
    ):
        assets.inline_start_up(parse(page), SimpleNamespace(file=SimpleNamespace(src_uri="kontak.md")), None, None)


def test_headers_file_has_one_rule_per_path_pattern(site):
    rules = [
        line
        for line in (site / "_headers").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line[0].isspace() and not line.startswith("#")
    ]
    assert len(rules) == len(set(rules)), f"a path pattern is listed twice: {rules}"
    assert len(rules) <= 10, f"{len(rules)} rules: expected a handful (Cloudflare Pages reads at most 100)"
