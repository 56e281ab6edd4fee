"""Translation parity: fail the build when a page lacks its translation or the two languages differ.

Pages live in docs/ as NAME.md (Indonesian, the default) and NAME.en.md (English). Every heading
from level 2 down carries an explicit anchor, `## Lewat WhatsApp { #whatsapp }`. As FastAPI's docs
do, the structure of a translation is compared with the original, not trusted: the same anchors,
the same shortcodes (so the same contacts), the same number of steps in each numbered list, and
links to the same pages, in the same order.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

HEADING = re.compile(r"^(#{2,6})\s+(.*?)\s*$")
ANCHOR = re.compile(r"\{\s*#([a-z0-9][a-z0-9-]*)\s*\}\s*$")
FENCE = re.compile(r"^(```|~~~)")
SHORTCODE = re.compile(r"\{\{\s*([a-z_]+\s*:\s*[A-Za-z0-9_\-]+)\s*\}\}")
LINK = re.compile(r"\]\(([^)\s]+)\)")
STEP = re.compile(r"^\d+\.\s")


def numbered_lists(text: str) -> list[int]:
    """The number of steps in each numbered list, in order."""
    counts, run = [], 0
    for line in text.splitlines() + [""]:
        if STEP.match(line):
            run += 1
        elif line.strip() or not run:
            if run:
                counts.append(run)
            run = 0
    return counts


def structure(path: Path) -> dict[str, list]:
    """What must be the same in both languages, beyond the anchors."""
    text = path.read_text(encoding="utf-8")
    return {
        "shortcodes": [re.sub(r"\s+", "", code) for code in SHORTCODE.findall(text)],
        "numbered list lengths": numbered_lists(text),
        "link targets": LINK.findall(text),
    }


def anchors(path: Path) -> list[str]:
    """The explicit anchors of a page's headings (level 2 and below), in order.

    Raise PluginError naming the file and line of a heading without one.
    """
    found = []
    in_fence = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if not match:
            continue
        anchor = ANCHOR.search(match.group(2))
        if not anchor:
            raise PluginError(
                f"{path}:{number}: heading {line.strip()!r} has no explicit anchor; "
                "expected e.g. '## Lewat WhatsApp { #whatsapp }', the same in both languages"
            )
        found.append(anchor.group(1))
    return found


def check(docs_dir: Path) -> None:
    pages = sorted(p for p in docs_dir.rglob("*.md"))
    default = {p for p in pages if not p.name.endswith(".en.md")}
    english = {p for p in pages if p.name.endswith(".en.md")}
    problems = []
    for page in sorted(default):
        twin = page.with_name(page.name[: -len(".md")] + ".en.md")
        if twin not in english:
            problems.append(f"{page}: missing translation: expected {twin}")
    for page in sorted(english):
        twin = page.with_name(page.name[: -len(".en.md")] + ".md")
        if twin not in default:
            problems.append(f"{page}: has no Indonesian original: expected {twin}")
        else:
            ours, theirs = anchors(twin), anchors(page)
            if ours != theirs:
                problems.append(f"{page}: section anchors differ from {twin.name}: expected {ours}, found {theirs}")
            original, translation = structure(twin), structure(page)
            for what, expected in original.items():
                if translation[what] != expected:
                    problems.append(
                        f"{page}: {what} differ from {twin.name}: expected {expected}, found {translation[what]}"
                    )
    if problems:
        raise PluginError("Translations are incomplete:\n  " + "\n  ".join(problems))


def check_translations(config, build):
    check(Path(config.docs_dir))
