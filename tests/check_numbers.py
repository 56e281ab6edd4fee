"""The phone checker: every number on a page is an official one, and a link's text agrees with its target.

Reads `tel:` and `wa.me` links, every run of 7 or more digits in the text, and 3- or 4-digit codes
next to a word that means "call". tests/test_checkers.py plants defects to watch it fail.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

import phonenumbers

from tests import official
from tests.checks import Page, text_of

# A run of 7 or more digits, possibly with spaces, dashes, dots or brackets: a phone number.
NUMBER_RUN = re.compile(r"(?<![\w/])\+?\(?\d[\d\s\-.()\u00a0]{5,}\d(?![\w/])")
# A 3- or 4-digit short code next to a word that means "call": it must be an official short code.
SHORT_CODE_NEAR = re.compile(
    r"\b(?:telepon|telpon|nelpon|hubungi|layanan|call|phone|line|dial|nomor|number|panggil|tekan|sms)\b"
    r"[^\d\n.,;:|()]{0,20}?(?<![\d/.,:])(\d{3,4})(?![\d/.,:]|\s\d)",
    re.IGNORECASE,
)


OFFICIAL_NUMBERS = {**official.PHONES, **official.WHATSAPP}


def _closest(found: str, candidates) -> str:
    digits = re.sub(r"\D", "", found)

    def distance(candidate: str) -> int:
        other = re.sub(r"\D", "", candidate)
        return sum(a != b for a, b in zip(digits, other, strict=False)) + abs(len(digits) - len(other))

    return min(candidates, key=distance)


def parse_id(text: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException:
        return None


def e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _check_number(page: Page, where: str, shown: str, allowed: dict) -> tuple[list[str], str | None]:
    """Parse a number; it must be valid for Indonesia and one of `allowed`. Return (problems, E.164)."""
    number = parse_id(shown)
    if number is None or not phonenumbers.is_valid_number(number) or number.country_code != 62:
        expected = _closest(shown, allowed)
        return [f"{page.name}: {where} {shown!r} is not a valid Indonesian number; expected {expected}"], None
    value = e164(number)
    if value not in allowed:
        expected = _closest(value, allowed)
        return [
            f"{page.name}: {where} {shown!r} ({value}) is not an official number; expected {expected} "
            f"({allowed[expected].name})"
        ], value
    return [], value


def check_phones(pages: list[Page]) -> list[str]:
    problems: list[str] = []
    for page in pages:
        shown_links = set()
        for link in page.soup.find_all("a", href=True):
            href = link["href"]
            text = link.get_text(" ", strip=True)
            parts = urlsplit(href)
            if parts.scheme == "tel":
                target = unquote(parts.path)
                if target in official.SHORT_CODES:
                    value = target
                else:
                    if not re.fullmatch(r"\+\d{8,15}", target):
                        problems.append(f"{page.name}: tel link {href!r} is not in E.164 form (+62...)")
                    found, value = _check_number(page, "tel link", target, official.PHONES)
                    problems += found
                    if value is None:
                        continue
            elif parts.hostname == "wa.me" and parts.path.strip("/"):
                digits = parts.path.strip("/")
                if not digits.isdigit():
                    problems.append(f"{page.name}: WhatsApp link {href!r}: expected https://wa.me/<digits>")
                    continue
                found, value = _check_number(page, "WhatsApp link", "+" + digits, official.WHATSAPP)
                problems += found
                if value is None:
                    continue
            else:
                continue
            shown_links.add(value)
            # The number the link shows agrees with its target. An action shows it inside its words
            # ("Call 175") or not at all ("Chat on WhatsApp"): its target was checked above.
            digits = re.search(r"\+?\(?\d[\d\s\-.()]*\d|\d", text)
            if digits is None:
                continue
            shown = digits.group(0).strip()
            parsed = None if value in official.SHORT_CODES else parse_id(shown)
            shown_number = e164(parsed) if parsed else shown
            if shown_number != value:
                problems.append(f"{page.name}: link text {text!r} does not match its target {href!r}")
        # Every number in the text is an official one, and so is a short code next to "call", "layanan"...
        for match in NUMBER_RUN.finditer(text_of(page)):
            shown = match.group(0).strip()
            if len(re.sub(r"\D", "", shown)) < 7:
                continue
            problems += _check_number(page, "number in text", shown, OFFICIAL_NUMBERS)[0]
        for match in SHORT_CODE_NEAR.finditer(text_of(page)):
            if match.group(1) not in official.SHORT_CODES:
                problems.append(
                    f"{page.name}: short code {match.group(1)!r} in {match.group(0)!r} is not an "
                    f"official short code; expected {', '.join(official.SHORT_CODES)}"
                )
        for expected in official.EXPECTED_ON_PAGE.get(page.key, set()):
            if expected not in shown_links:
                problems.append(f"{page.name}: the official number {expected} is missing (no working link to it)")
    return problems
