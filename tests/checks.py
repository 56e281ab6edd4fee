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
# Phrases that mark injected spam (the source article arrived with pharmacy spam appended).
SPAM_WORDS = re.compile(
    r"\b(viagra|cialis|levitra|tramadol|pharmacy|apotek online|obat kuat|casino|kasino|slot gacor|"
    r"judi online|togel|poker online|bitcoin doubler|pinjol|payday loan|escort)\b",
    re.IGNORECASE,
)
# A run of 8 or more digits, possibly with spaces, dashes, dots or brackets: a phone number.
NUMBER_RUN = re.compile(r"(?<![\w/])\+?\(?\d[\d\s\-.()\u00a0]{6,}\d(?![\w/])")
URL_IN_TEXT = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
# A bare domain name in the text, such as "example-shop.com".
DOMAIN_IN_TEXT = re.compile(r"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?![\w-])", re.IGNORECASE)


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
        return [f"{page.name}: {where} {shown!r} ({value}) is not an official number; expected {expected} "
                f"({allowed[expected].name})"], value
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
        # Every number in the text is an official one.
        for match in NUMBER_RUN.finditer(text_of(page)):
            shown = match.group(0).strip()
            if len(re.sub(r"\D", "", shown)) < 8:
                continue
            problems += _check_number(page, "number in text", shown, OFFICIAL_NUMBERS)[0]
        for expected in official.EXPECTED_ON_PAGE.get(page.key, set()):
            if expected not in shown_links:
                problems.append(f"{page.name}: the official number {expected} is missing (no working link to it)")
    return problems


# --- external links, addresses and spam -------------------------------------------------------


def host_allowed(host: str, site_host: str) -> bool:
    host = host.lower().rstrip(".")
    return (
        host == official.OFFICIAL_DOMAIN
        or host.endswith("." + official.OFFICIAL_DOMAIN)
        or host in official.ALLOWED_HOSTS
        or host == site_host
    )


RESOURCE_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src",
                  "source": "src", "form": "action", "area": "href", "object": "data", "embed": "src"}


def check_external(pages: list[Page], site_host: str) -> list[str]:
    """Every link is https on an official host (or the site itself); email only the official address."""
    problems: list[str] = []
    for page in pages:
        for tag, attr in RESOURCE_ATTRS.items():
            for node in page.soup.find_all(tag):
                value = (node.get(attr) or "").strip()
                if not value:
                    continue
                parts = urlsplit(value)
                scheme = parts.scheme.lower()
                if scheme in ("", "tel") or (scheme == "data" and tag != "a"):
                    continue  # relative links: lychee; tel: check_phones; data: is inside the page
                if scheme == "mailto":
                    address = unquote(parts.path).lower()
                    if address not in official.EMAILS:
                        problems.append(f"{page.name}: email link {value!r}: expected only "
                                        f"{', '.join(official.EMAILS)}")
                    elif node.get_text(strip=True).lower() != address:
                        problems.append(f"{page.name}: email link text {node.get_text(strip=True)!r} "
                                        f"does not match {address!r}")
                elif scheme != "https":
                    problems.append(f"{page.name}: <{tag} {attr}={value!r}>: expected an https link")
                elif not host_allowed(parts.hostname or "", site_host):
                    problems.append(f"{page.name}: <{tag} {attr}={value!r}>: host {parts.hostname!r} is not "
                                    f"official (expected {official.OFFICIAL_DOMAIN} or "
                                    f"{', '.join(sorted(official.ALLOWED_HOSTS))})")
        text = page.full_text
        for match in URL_IN_TEXT.finditer(text):
            url = match.group(0).rstrip(".,;:")
            host = urlsplit(url if "://" in url else "https://" + url).hostname or ""
            if not host:
                continue  # a bare scheme, as in "starts with https://"
            if not url.lower().startswith("https://") and not url.lower().startswith("www."):
                problems.append(f"{page.name}: address {url!r} in the text: expected https")
            elif not host_allowed(host, site_host):
                problems.append(f"{page.name}: address {url!r} in the text is not on an official host")
        for match in DOMAIN_IN_TEXT.finditer(URL_IN_TEXT.sub(" ", text)):
            domain = match.group(0).lower()
            if "." not in domain.strip(".") or re.fullmatch(r"[\d.]+", domain):
                continue
            if not (host_allowed(domain, site_host) or domain in official.PUBLISHERS
                    or domain in official.LOOKALIKE_EXAMPLES):
                problems.append(f"{page.name}: domain {domain!r} in the text is neither official, "
                                "a cited publisher nor a listed look-alike example")
        for match in SPAM_WORDS.finditer(text):
            problems.append(f"{page.name}: spam-like text {match.group(0)!r}: "
                            "nothing like the source's injected spam may reach the guide")
        for match in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            address = match.group(0).lower()
            if address not in official.EMAILS:
                problems.append(f"{page.name}: email address {address!r} in the text: expected only "
                                f"{', '.join(official.EMAILS)}")
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
        if parts.scheme in ("tel", "mailto") or (parts.hostname == "wa.me" and parts.path.strip("/")) or (
            parts.scheme == "https" and host_allowed(parts.hostname or "", "")
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
            problems.append(f"{present.name}: missing translation in {', '.join(missing)} "
                            f"(expected {'en/' if 'en' in missing else ''}{key + '/' if key else ''}index.html)")
            continue
        ours, theirs = langs["id"], langs["en"]
        if section_anchors(ours) != section_anchors(theirs):
            problems.append(f"{theirs.name}: section anchors {section_anchors(theirs)} differ from "
                            f"{ours.name}: expected {section_anchors(ours)}")
        if contact_items(ours) != contact_items(theirs):
            problems.append(f"{theirs.name}: contact items differ from {ours.name}: "
                            f"only in id {sorted(contact_items(ours) - contact_items(theirs))}, "
                            f"only in en {sorted(contact_items(theirs) - contact_items(ours))}")
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
                if normalise(marker) not in text:
                    problems.append(f"fact {number}: {where} does not say {marker!r}")
    return problems


# --- internal links and anchors: lychee, a maintained checker, run offline ---------------------


def run_lychee(lychee: Path, site: Path, site_url: str) -> list[str]:
    """Check every local link and #fragment of the built site; absolute links to the site's own
    URL (canonical, hreflang) are remapped to the local files and checked too."""
    result = subprocess.run(
        [str(lychee), "--offline", "--no-progress", "--include-fragments", "--format", "json",
         "--root-dir", str(site), "--index-files", "index.html",
         "--remap", f"^{re.escape(site_url.rstrip('/'))}/(.*)$ file://{site}/$1",
         "--exclude", r"^(tel|mailto):", "--", str(site)],
        capture_output=True, text=True, timeout=120,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        return [f"lychee did not report (exit {result.returncode}): {result.stderr.strip()[:500]}"]
    problems = []
    for source, errors in sorted(report.get("error_map", {}).items()):
        for error in errors:
            status = error.get("status", {})
            problems.append(f"{source}: broken link {error.get('url')!r}: {status.get('text')} "
                            f"{status.get('details', '')}".strip())
    if result.returncode not in (0, 2) or (result.returncode == 2 and not problems):
        problems.append(f"lychee exited {result.returncode}: {result.stderr.strip()[:500]}")
    if not report.get("total"):
        problems.append("lychee checked no link at all: expected hundreds")
    return problems
