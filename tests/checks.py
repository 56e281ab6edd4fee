"""The checkers. Each takes built pages and returns a list of problems (empty when all is well).

Kept apart from the tests so that the meta-tests can feed each checker bad input and watch it
fail: a checker that stays green on a broken site is the worst outcome here.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote, urlsplit

import phonenumbers
from bs4 import BeautifulSoup

from tests import official

LANGS = ("id", "en")
# A run of 7 or more digits, possibly with spaces, dashes, dots or brackets: a phone number.
NUMBER_RUN = re.compile(r"(?<![\w/])\+?\(?\d[\d\s\-.()\u00a0]{5,}\d(?![\w/])")
# A 3- or 4-digit short code next to a word that means "call": it must be an official short code.
SHORT_CODE_NEAR = re.compile(
    r"\b(?:telepon|telpon|nelpon|hubungi|layanan|call|phone|line|dial|nomor|number|panggil|tekan|sms)\b"
    r"[^\d\n.,;:|()]{0,20}?(?<![\d/.,:])(\d{3,4})(?![\d/.,:]|\s\d)",
    re.IGNORECASE,
)


@dataclass
class Page:
    rel: str  # path under site/, e.g. "en/kontak/index.html"
    lang: str  # the language its location says it is in
    key: str  # the page shared by both languages, e.g. "kontak" ("" for the home page)
    soup: BeautifulSoup

    @property
    def name(self) -> str:
        return self.rel

    @cached_property
    def article_text(self) -> str:
        """The visible text of the article."""
        return visible_text(BeautifulSoup(str(content(self)), "html.parser"))

    @cached_property
    def full_text(self) -> str:
        """The visible text of the whole page, theme included."""
        return visible_text(BeautifulSoup(str(self.soup), "html.parser"))


def page_from_html(rel: str, html: str) -> Page:
    lang = "en" if rel.startswith("en/") else "id"
    key = rel.removeprefix("en/").removesuffix("index.html").removesuffix(".html").strip("/")
    return Page(rel, lang, key, BeautifulSoup(html, "html.parser"))


def load_site(site: Path) -> list[Page]:
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith(("assets/", "pagefind/", "search/")):
            continue
        pages.append(page_from_html(rel, path.read_text(encoding="utf-8")))
    return pages


def content(page: Page):
    """The article: what the page says, without theme furniture."""
    return page.soup.select_one("article") or page.soup.body or page.soup


def visible_text(node) -> str:
    for hidden in node.find_all(["script", "style", "template"]):
        hidden.extract()
    return re.sub(r"\s+", " ", node.get_text())


def text_of(page: Page) -> str:
    return page.article_text


# --- phone numbers ----------------------------------------------------------------------------

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
            # The text shown and the link target agree.
            shown_number = text if value in official.SHORT_CODES else None
            if shown_number is None:
                parsed = parse_id(text)
                shown_number = e164(parsed) if parsed else text
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


# --- parity of the two languages --------------------------------------------------------------


def section_anchors(page: Page) -> list[str]:
    return [h.get("id", "") for h in content(page).find_all(["h2", "h3", "h4", "h5", "h6"])]


def contact_items(page: Page) -> set[str]:
    items = set()
    for link in content(page).find_all("a", href=True):
        parts = urlsplit(link["href"])
        if parts.hostname == "wa.me" and not parts.path.strip("/"):
            continue  # a share link, not a contact
        if (
            parts.scheme in ("tel", "mailto")
            or (parts.hostname == "wa.me" and parts.path.strip("/"))
            or (link["href"] in official.URLS)
        ):
            items.add(link["href"])
    return items


def check_parity(pages: list[Page]) -> list[str]:
    problems: list[str] = []
    by_key: dict[str, dict[str, Page]] = {}
    for page in pages:
        by_key.setdefault(page.key, {})[page.lang] = page
        declared = (page.soup.html or {}).get("lang") if page.soup.html else None
        if declared != page.lang:
            problems.append(f"{page.name}: <html lang={declared!r}>: expected {page.lang!r}")
    for key, langs in sorted(by_key.items()):
        missing = [lang for lang in LANGS if lang not in langs]
        if missing:
            present = next(iter(langs.values()))
            problems.append(
                f"{present.name}: missing translation in {', '.join(missing)} "
                f"(expected {'en/' if 'en' in missing else ''}{key + '/' if key else ''}index.html)"
            )
            continue
        ours, theirs = langs["id"], langs["en"]
        if section_anchors(ours) != section_anchors(theirs):
            problems.append(
                f"{theirs.name}: section anchors {section_anchors(theirs)} differ from "
                f"{ours.name}: expected {section_anchors(ours)}"
            )
        if contact_items(ours) != contact_items(theirs):
            problems.append(
                f"{theirs.name}: contact items differ from {ours.name}: "
                f"only in id {sorted(contact_items(ours) - contact_items(theirs))}, "
                f"only in en {sorted(contact_items(theirs) - contact_items(ours))}"
            )
    return problems


def check_contact_order(pages: list[Page]) -> list[str]:
    """The contact page lists its channels in the pinned order, the surest first, in both languages."""
    problems = []
    for page in pages:
        if page.key != "kontak":
            continue
        found = [h.get("id", "") for h in content(page).find_all("h2")]
        if found != official.CONTACT_ORDER:
            problems.append(f"{page.name}: channels in the order {found}, expected {official.CONTACT_ORDER}")
    return problems


# --- facts ------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def check_facts(pages: list[Page], facts: dict) -> list[str]:
    problems: list[str] = []
    texts = {(page.key, page.lang): normalise(text_of(page)) for page in pages}
    for number, (key, markers) in facts.items():
        for lang in LANGS:
            text = texts.get((key, lang))
            where = f"{'en/' if lang == 'en' else ''}{key}/index.html"
            if text is None:
                problems.append(f"fact {number}: page {where} is missing")
                continue
            for marker in markers[lang]:
                # Whole words only: "JK" is not said by "JKK".
                if not re.search(rf"(?<!\w){re.escape(normalise(marker))}(?!\w)", text):
                    problems.append(f"fact {number}: {where} does not say {marker!r}")
    return problems


# --- internal links and anchors: lychee, a maintained checker, run offline ---------------------


def run_lychee(lychee: Path, site: Path, site_url: str) -> list[str]:
    """Check every local link and #fragment of the built site; absolute links to the site's own
    URL (canonical, hreflang) are remapped to the local files and checked too."""
    result = subprocess.run(
        [
            str(lychee),
            "--offline",
            "--no-progress",
            "--include-fragments",
            "--format",
            "json",
            "--root-dir",
            str(site),
            "--index-files",
            "index.html",
            "--remap",
            f"^{re.escape(site_url.rstrip('/'))}/(.*)$ file://{site}/$1",
            "--exclude",
            r"^(tel|mailto):",
            "--",
            str(site),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return [f"lychee did not report (exit {result.returncode}): {result.stderr.strip()[:500]}"]
    problems = []
    for source, errors in sorted(report.get("error_map", {}).items()):
        for error in errors:
            status = error.get("status", {})
            problems.append(
                f"{source}: broken link {error.get('url')!r}: {status.get('text')} {status.get('details', '')}".strip()
            )
    if result.returncode not in (0, 2) or (result.returncode == 2 and not problems):
        problems.append(f"lychee exited {result.returncode}: {result.stderr.strip()[:500]}")
    if not report.get("total"):
        problems.append("lychee checked no link at all: expected hundreds")
    return problems
