"""Checkers for what a page vouches for: each statement's strength and date beside it, as the data gives
them (never a date per page); no sentence that asks the reader to give a code or password, or to pay
someone for help; what the guide is, where a reader first sees it. Each returns a list of problems;
tests/test_claims.py feeds each one planted defects.
"""

from __future__ import annotations

import re

from tests import official
from tests.checks import Page, content

# The words a reader sees for each strength, typed here (not read from data/ui.yml).
CONFIRMED = {"id": "terakhir dikonfirmasi", "en": "last confirmed"}
REPORTED = {"id": "dilaporkan media", "en": "reported by news media"}
UNDATED = {"id": "tanpa tanggal", "en": "undated"}
LAST_SOURCE = {"id": "sumber terakhir", "en": "last source"}
# A contact's strength, read as a claim's: the 2020 article (base) is a news report.
CONTACT_STRENGTH = {"official_quoted": "official_quoted", "base": "reported", "reported": "reported"}


def expected_strength(key: str, data: dict) -> tuple[str, str] | None:
    """(strength, date) of a claim or contact in the raw data file, or None if there is no such entry."""
    if key.startswith("contact:"):
        entry = data["contacts"].get(key.removeprefix("contact:"))
        return (entry["strength"], entry["confirmed"]) if entry else None
    entry = data["claims"].get(key)
    return (entry["strength"], entry["date"]) if entry else None


def wording_problems(where: str, lang: str, strength: str, date: str, text: str) -> list[str]:
    text = text.casefold()
    confirmed = CONFIRMED[lang] in text
    if strength in ("official", "official_quoted") and date:
        ok = confirmed and date[:4] in text
        want = f"'{CONFIRMED[lang]}' with {date[:4]}"
    elif strength in ("official", "official_quoted"):
        ok, want = not confirmed and UNDATED[lang] in text, f"'{UNDATED[lang]}' and no '{CONFIRMED[lang]}'"
    elif strength == "unconfirmed":
        ok, want = not confirmed and LAST_SOURCE[lang] in text and date[:4] in text, f"'{LAST_SOURCE[lang]}' {date[:4]}"
    else:  # reported
        dated = date[:4] if date else UNDATED[lang]
        ok = not confirmed and REPORTED[lang] in text and dated in text
        want = f"'{REPORTED[lang]}' with {dated!r} and no '{CONFIRMED[lang]}'"
    return [] if ok else [f"{where}: a {strength} claim dated {date!r} reads {text!r}: expected {want}"]


def check_claims(pages: list[Page], data: dict) -> list[str]:
    """Every rendered strength and date is its own statement's, as the data gives it; no 'Last confirmed'
    stands anywhere else on a page (a date per page, or per channel, beside statements it does not cover)."""
    problems = []
    for page in pages:
        article = content(page)
        for node in article.select("[data-claim]"):
            key, where = node["data-claim"], f"{page.name} [{node['data-claim']}]"
            found = expected_strength(key, data)
            if found is None:
                problems.append(f"{where}: no such claim or contact in data/contacts.yml")
                continue
            shown = (node.get("data-strength"), node.get("data-date"))
            if shown != found:
                problems.append(f"{where}: marked {shown}, the data says {found}")
            strength = CONTACT_STRENGTH.get(found[0], found[0]) if key.startswith("contact:") else found[0]
            problems += wording_problems(where, page.lang, strength, found[1], node.get_text(" "))
        rest = page.article_text_outside_claims.casefold()
        if CONFIRMED[page.lang] in rest:
            problems.append(
                f"{page.name}: '{CONFIRMED[page.lang]}' outside a claim: a date must sit with its own statement"
            )
    return problems


def check_claim_data(data: dict) -> list[str]:
    """The data's claims are the facts sheet's: the strength and date pinned in tests/official.py."""
    problems = []
    claims = data.get("claims", {})
    for key, (row, strength, date) in official.CLAIMS.items():
        entry = claims.get(key)
        if entry is None:
            problems.append(f"claims.{key}: missing (facts sheet row {row})")
        elif (entry.get("row"), entry.get("strength"), entry.get("date")) != (row, strength, date):
            found = (entry.get("row"), entry.get("strength"), entry.get("date"))
            problems.append(f"claims.{key}: {found}, the facts sheet says {(row, strength, date)}")
    for key in sorted(set(claims) - set(official.CLAIMS)):
        problems.append(f"claims.{key}: not pinned in tests/official.py (its facts sheet row and strength)")
    return problems


def check_claims_shown(pages: list[Page], data: dict) -> list[str]:
    """Every claim of the data is shown, in both languages."""
    shown = {(page.lang, n["data-claim"]) for page in pages for n in content(page).select("[data-claim]")}
    return [
        f"claims.{key}: shown on no page in {lang}"
        for key in data.get("claims", {})
        for lang in ("id", "en")
        if (lang, key) not in shown
    ]


# --- sentences that would hand a scammer what they want -----------------------------------------

SECRET = re.compile(r"\b(otp|kata sandi|password|kode)\b|\bPIN\b", re.IGNORECASE)
GIVE = re.compile(
    r"\b(berikan|beri|memberi|memberikan|kirim|kirimkan|bagikan|membagikan|serahkan|"
    r"menyerahkan|sebutkan|menyebutkan|beritahukan|give|send|share|tell|hand over)\b",
    re.IGNORECASE,
)
PAY = re.compile(r"\b(bayar|bayarlah|membayar|pay)\b", re.IGNORECASE)
HELPER = re.compile(r"\b(jasa|calo|helpers?|agents?|agen|services?|perantara|brokers?)\b", re.IGNORECASE)
# A negation that governs the verb right after it ("jangan pernah berikan", "never, ever give",
# "do not send"): only words such as 'ever' between them, never 'lupa'/'forget' ("jangan lupa kirim").
NEGATED = re.compile(
    r"\b(jangan|tidak|never|not|don't|do not)((\s|,)+(pernah|ever|sekali-kali|usah|boleh|perlu|to))*[\s,]*$",
    re.IGNORECASE,
)
NO_ONE_AFTER = re.compile(r"^[^,;:]*\b(to no one|to nobody)\b", re.IGNORECASE)  # "give your OTP to no one"
JOINED = re.compile(r"^[\s,/()]*(or|atau|and|dan|maupun)?[\s,/()]*$", re.IGNORECASE)  # "give, send or share"


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]


def check_secrets_and_payments(pages: list[Page]) -> list[str]:
    """No sentence tells the reader to give or send a code, password or PIN, or to pay a helper,
    without a negation."""
    problems = []
    for page in pages:
        for text in page.block_texts:
            for sentence in sentences(text):
                if SECRET.search(sentence) and not negated(GIVE, sentence):
                    problems.append(f"{page.name}: tells the reader to give a secret: {sentence!r}")
                if HELPER.search(sentence) and not negated(PAY, sentence):
                    problems.append(f"{page.name}: tells the reader to pay for help: {sentence!r}")
    return problems


def negated(verb: re.Pattern, sentence: str) -> bool:
    """Every use of the verb in the sentence is negated: a negation right before it, with only words
    such as 'ever' between ("Jangan kirim kode OTP", "never, ever give a password"), carried along a
    list of verbs ("never give, send or share"), or 'to no one' right after it. 'Send your OTP to the
    officer, not to strangers', 'Jangan lupa kirim kode OTP' and 'If it fails give your OTP' are not."""
    uses = list(verb.finditer(sentence))
    groups: list[list[re.Match]] = []
    for use in uses:
        if groups and JOINED.match(sentence[groups[-1][-1].end() : use.start()]):
            groups[-1].append(use)
        else:
            groups.append([use])
    for group in groups:
        if NEGATED.search(sentence[: group[0].start()]) or NO_ONE_AFTER.match(sentence[group[-1].end() :]):
            continue
        return False
    return True


# --- what the guide is ---------------------------------------------------------------------------

INDEPENDENT = {
    "id": "Panduan independen, bukan BPJS Ketenagakerjaan",
    "en": "Independent guide, not BPJS Ketenagakerjaan",
}
SECRETS_RULE = {"id": "kepada siapa pun, juga kepada petugas", "en": "to anyone, officers included"}
NAMES_A_SECRET = re.compile(r"\b(otp|kata sandi|password)\b", re.IGNORECASE)


def check_independent(pages: list[Page]) -> list[str]:
    """Every page says what it is before anything else in its body, in its preview's description and in
    its share text."""
    from urllib.parse import parse_qs, urlsplit

    problems = []
    for page in pages:
        words = INDEPENDENT[page.lang]
        body = page.soup.body
        first = body.find(attrs={"data-independent": True}) if body else None
        if first is None or words not in first.get_text():
            problems.append(f"{page.name}: the first screen does not say {words!r}")
        elif first.find_previous(["h1", "h2", "p", "main", "article"]) is not None:
            problems.append(f"{page.name}: {words!r} comes after the page's content")
        if page.key == "404" or page.rel.endswith("404.html"):
            continue
        for name in ("description", "og:description", "twitter:description"):
            node = page.soup.find("meta", attrs={"name": name}) or page.soup.find("meta", attrs={"property": name})
            if node is None or not node.get("content", "").startswith(words):
                problems.append(f"{page.name}: {name} does not start with {words!r}")
        share = page.soup.find("a", href=re.compile(r"^https://wa\.me/\?text="))
        text = parse_qs(urlsplit(share["href"]).query).get("text", [""])[0] if share else ""
        if not text.startswith(words):
            problems.append(f"{page.name}: the WhatsApp share text {text[:60]!r} does not start with {words!r}")
        natives = page.soup.find_all(attrs={"data-share-title": True})  # the page's, and the picture's
        if not natives or any(not native["data-share-title"].startswith(words) for native in natives):
            problems.append(f"{page.name}: the share sheet's title does not start with {words!r}")
    return problems


def check_secrets_rule(pages: list[Page]) -> list[str]:
    """A page that names a password or a one-time code says: never to anyone, officers included."""
    return [
        f"{page.name}: names a password or OTP, but does not say {SECRETS_RULE[page.lang]!r}"
        for page in pages
        if NAMES_A_SECRET.search(page.article_text) and SECRETS_RULE[page.lang] not in page.article_text
    ]
