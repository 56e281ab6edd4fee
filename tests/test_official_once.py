"""A number changes in two deliberate edits: data/contacts.yml and tests/official.py. So no other
file under tests/ may type an official value, in any form a person would write it: every test
imports it from tests/official.py (tables written by hand use its placeholders, see official.expand).

What counts as typing one: the national significant digits of a pinned number (after +62) within a
run of digits and separators (spaces, dashes, dots, parentheses, '+', '/', '%20', any dash of
Unicode), so a number written with spaces or dashes, in its +62, +62 (0), 0062 or 0 form, in a wa.me
link or a tel: link with %20, all count; the official domain, with any dot (., %2E, an escaped \\., a
full-width or ideographic dot) and in any case, which also covers the email address, every official
host and URL; the other pinned URLs. The short code 175 is not searched: three digits cannot be told
apart from other digits (anchors such as #layanan-175, counts, times); tests/test_data.py pins it.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests import official

TESTS = Path(__file__).resolve().parent
PINNED = "official.py"
# digits, and what people put between them when they write a phone number
RUN = re.compile(r"[(+]?\d(?:[\d\s().+/\-\u2010-\u2015\u2212\u00a0]|%20)*\d")
DOT = r"(?:\.|\\\.|%2e|\u3002|\uff0e|\uff61|\s*\(?dot\)?\s*)"


def _domain_pattern(domain: str) -> re.Pattern:
    return re.compile(DOT.join(map(re.escape, domain.split("."))), re.IGNORECASE)


NUMBERS = {
    number.removeprefix("+62"): number for number in (*official.PHONES, *official.WHATSAPP) if number.startswith("+62")
}
DOMAIN = _domain_pattern(official.OFFICIAL_DOMAIN)
OTHER_URLS = [url for url in official.IDS.values() if url.startswith("https://") and not DOMAIN.search(url)]


def typed_values(text: str) -> list[str]:
    """The official values typed in one line of text, as what was found."""
    found = []
    for run in RUN.finditer(text):
        digits = re.sub(r"%20|\D", "", run.group(0))
        found += [f"{NUMBERS[n]} as {run.group(0).strip()!r}" for n in NUMBERS if n in digits]
    found += [f"the official domain as {m.group(0)!r}" for m in DOMAIN.finditer(text)]
    found += [f"the official address {url!r}" for url in OTHER_URLS if url.lower() in text.lower()]
    return found


def typed_in(folder: Path) -> list[str]:
    problems = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.relative_to(folder).as_posix() == PINNED or "__pycache__" in path.parts:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for number, line in enumerate(text.splitlines(), 1):
            for what in typed_values(line):
                problems.append(f"{path.relative_to(folder.parent)}:{number}: types {what}")
    return problems


def test_official_values_are_typed_only_in_official_py():
    problems = typed_in(TESTS)
    assert not problems, (
        "an official value is typed outside tests/official.py; import it from there (a table written by hand: "
        "use official.expand's placeholders), so that a number changes in two edits, data/contacts.yml and "
        "tests/official.py:\n" + "\n".join(problems)
    )


def test_the_scan_finds_every_written_form(tmp_path):
    """Each form a person might type, planted in a copy of tests/: each is found, with its file and line."""
    head, wa = official.HEAD_OFFICE, official.WHATSAPP_GENERAL
    forms = [
        official.written(head, "0NN NNN NNNN"),
        official.written(head, "+62 (0)NN NNN NNNN"),
        official.written(head, "0NN-NNN-NNNN"),
        official.national(head),
        official.international(wa),
        official.written(wa, "tel:0NNN%20NNNN%20NNNN"),
        official.written(wa, "0NNN\u2013NNNN\u2013NNNN"),
        official.written(wa, "wa.me/62NNNNNNNNNNN"),
        official.written(official.WHATSAPP_ABROAD_1, "0062 NNN NNNN NNN"),
        official.EMAIL.upper(),
        official.SSO.replace(".", "\\."),
        official.SSO.replace(".", "%2E"),
        official.SSO.replace(".", "\u3002"),
        official.JMO_PLAY,
    ]
    (tmp_path / "tests" / "aria").mkdir(parents=True)
    (tmp_path / "tests" / "official.py").write_text("\n".join(forms), encoding="utf-8")  # the one allowed place
    (tmp_path / "tests" / "aria" / "x.yml").write_text("\n".join(f"- text: {f}" for f in forms), encoding="utf-8")
    problems = typed_in(tmp_path / "tests")
    lines = {int(p.split(":")[1]) for p in problems}
    assert lines == set(range(1, len(forms) + 1)), (
        f"forms not found: {[forms[i - 1] for i in set(range(1, len(forms) + 1)) - lines]}"
    )
    assert all(p.startswith("tests/aria/x.yml:") for p in problems), problems
    assert not typed_values(official.changed_digit(head)) and not typed_values("bpjs-ketenagakerjaan.com"), "too wide"
