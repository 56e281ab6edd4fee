"""The search box's libraries are copied into docs/assets/js/vendor/, so that `make build` and `make
serve` need no Node. Each copy must be, byte for byte, the file of the package pinned in
package-lock.json (installed by `make test`), or, for MiniSearch, that file minified by the pinned
esbuild; each carries its licence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "docs" / "assets" / "js" / "vendor"
# Minified copies: esbuild (pinned in package-lock.json) with these options, from the package's file.
# MiniSearch's module is 18 KiB gzipped as published and 6 KiB minified: the first search's largest file.
MINIFY = ["--minify", "--format=esm", "--legal-comments=none"]
MINIFIED = {"minisearch.js": "/* MiniSearch 7.2.0 (MIT licence: LICENSE-minisearch.txt), minified with esbuild */"}
# copy in vendor/ -> (package, file in the package)
COPIES = {
    "minisearch.js": ("minisearch", "dist/es/index.js"),
    "stemmer-id.js": ("@orama/stemmers", "dist/id.js"),
    "stemmer-en.js": ("@orama/stemmers", "dist/en.js"),
    "LICENSE-minisearch.txt": ("minisearch", "LICENSE.txt"),
    "LICENSE-orama-stemmers.txt": ("@orama/stemmers", "LICENSE.md"),
}


def expected_copy(name: str, installed: Path, modules: Path) -> bytes:
    """The package's file, or, for a minified copy, what the pinned esbuild makes of it."""
    if name not in MINIFIED:
        return installed.read_bytes()
    import subprocess

    command = [str(modules / ".bin" / "esbuild"), str(installed), *MINIFY, f"--banner:js={MINIFIED[name]}"]
    return subprocess.run(command, check=True, capture_output=True).stdout


def differing(vendor: Path, modules: Path) -> list[str]:
    problems = []
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    for name, (package, inside) in COPIES.items():
        installed = modules / package / inside
        pinned = lock.get(f"node_modules/{package}", {}).get("version")
        if not pinned:
            problems.append(f"{package}: not pinned in package-lock.json")
        elif json.loads((modules / package / "package.json").read_text())["version"] != pinned:
            problems.append(f"{package}: node_modules holds another version than the pinned {pinned}: run 'npm ci'")
        elif not (vendor / name).is_file():
            problems.append(f"docs/assets/js/vendor/{name}: missing (copy {package}/{inside})")
        elif (vendor / name).read_bytes() != expected_copy(name, installed, modules):
            problems.append(f"docs/assets/js/vendor/{name}: differs from {package}@{pinned} {inside}")
    extra = sorted({p.name for p in vendor.iterdir()} - set(COPIES))
    problems += [f"docs/assets/js/vendor/{name}: not from a pinned package" for name in extra]
    return problems


def test_vendored_files_are_the_pinned_packages():
    assert not differing(VENDOR, ROOT / "node_modules"), "\n".join(differing(VENDOR, ROOT / "node_modules"))


@pytest.mark.parametrize("plant", ["edit", "extra", "missing"])
def test_the_check_catches_a_changed_extra_or_missing_copy(tmp_path, plant):
    import shutil

    copy = tmp_path / "vendor"
    shutil.copytree(VENDOR, copy)
    if plant == "edit":
        (copy / "minisearch.js").write_text((copy / "minisearch.js").read_text() + "\nfetch('https://x.example');\n")
    elif plant == "extra":
        (copy / "helper.js").write_text("export {};\n")
    else:
        (copy / "stemmer-id.js").unlink()
    expected = {
        "edit": "vendor/minisearch.js: differs from minisearch@7.2.0",
        "extra": "vendor/helper.js: not from a pinned package",
        "missing": "vendor/stemmer-id.js: missing",
    }[plant]
    assert any(expected in problem for problem in differing(copy, ROOT / "node_modules")), differing(
        copy, ROOT / "node_modules"
    )
