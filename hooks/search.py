"""Search: one Pagefind index per language, built after the last language build.

Material's own search puts both languages in one lunr index and has no Indonesian stemmer (and
stemming is skipped for its wildcard queries). Pagefind indexes each `<html lang>` apart and
stems Indonesian, so "mengunduh" finds "unduh"; its files load only when a reader searches.
Only the content inside `data-pagefind-body` (overrides/main.html) is indexed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from guide.build import inner_language_build


def build_index(site_dir: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        raise PluginError(f"pagefind failed on {site_dir} (exit {result.returncode}):\n{result.stdout}{result.stderr}")
    for lang in ("id", "en"):
        if not any((site_dir / "pagefind").glob(f"pagefind.{lang}*.pf_meta")):
            raise PluginError(f"{site_dir}/pagefind: no search index for '{lang}'; is <html lang> set on every page?")
    # Pagefind writes its language map in hash order, which changes from run to run: sort it, so
    # two builds of the same commit are byte-identical.
    entry = site_dir / "pagefind" / "pagefind-entry.json"
    entry.write_text(
        json.dumps(
            json.loads(entry.read_text(encoding="utf-8")), sort_keys=True, ensure_ascii=False, separators=(",", ":")
        ),
        encoding="utf-8",
    )
    return result.stdout


@event_priority(-200)  # after mkdocs-static-i18n (-100) has built the other languages
def on_post_build(config, **kwargs):
    if inner_language_build(config):
        return
    build_index(Path(config.site_dir))  # Material's own lunr index is removed by hooks/assets.py
