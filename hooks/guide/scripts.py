"""The guide's start-up script, inlined into each page: docs/assets/js/boot.js with the modules it
imports statically (a11y.js, switcher.js, abbr.js), as one module script without a request.

On a slow line (400 ms a round trip) a module file costs a round trip after the stylesheets, or
shares the line with them if it is fetched from the head: either the header's buttons or the first
paint come later (benchmarks/slow_phone.py, BENCHMARKS.md). Inlined, the 1.5 KiB of start-up code
arrives with the page. The sources stay separate modules, each with one job; this joins them the
simplest way there is, minifies them (rjsmin), and fails the build on anything it does not understand.
"""

from __future__ import annotations

import re
from pathlib import Path

import rjsmin

IMPORT = re.compile(r'^import \{([^}]*)\} from "\./([\w-]+\.js)";\n', re.MULTILINE)
EXPORT = re.compile(r"^export function (\w+)", re.MULTILINE)


class ScriptError(ValueError):
    pass


def bundle(folder: Path, entry: str = "boot.js") -> tuple[str, list[str]]:
    """The entry with its static imports inlined, and the files it took in."""
    source = (folder / entry).read_text(encoding="utf-8")
    parts, taken = [], [entry]
    for names, file in IMPORT.findall(source):
        path = folder / file
        body = path.read_text(encoding="utf-8")
        other = re.search(r"^\s*(?:import\s|export\s(?!function )).*$", body, re.MULTILINE)
        if other:
            raise ScriptError(f"{path}: {other.group(0).strip()!r}: to be inlined, a module may only 'export function'")
        wanted = [name.strip() for name in names.split(",") if name.strip()]
        exported = EXPORT.findall(body)
        missing = sorted(set(wanted) - set(exported))
        if missing:
            raise ScriptError(f"{folder / entry}: imports {missing} from {file}, which does not export them")
        holder = "__" + re.sub(r"\W", "_", file.removesuffix(".js"))
        inner = EXPORT.sub(r"function \1", body)
        parts.append(
            f"const {holder} = (() => {{\n{inner}\n"
            f"return {{ {', '.join(exported)} }};\n}})();\nconst {{ {', '.join(wanted)} }} = {holder};\n"
        )
        taken.append(file)
    rest = IMPORT.sub("", source)
    leftover = re.search(r"^(import\s.*|.*import\.meta.*)$", rest, re.MULTILINE)
    if leftover:
        raise ScriptError(f"{folder / entry}: {leftover.group(0).strip()!r}: an inlined script cannot import that way")
    # Comments and spaces are for the sources, not every page view: rjsmin takes them out (and only
    # them: strings, template literals and regular expressions stay as written).
    text = rjsmin.jsmin("".join(parts) + rest)
    if "</script" in text.lower():
        raise ScriptError(f"{folder / entry}: contains '</script', which would end the inline script")
    return text, taken
