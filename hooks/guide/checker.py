"""The readers' checker (docs/cek-resmi.md), in Python: what the build uses to check the worked
examples and the official URLs, and what the tests hold against the page's own script.

docs/assets/js/check.js is the same rule, line for line, in JavaScript: change one, change the
other. tests/fixtures/checker_cases.yml runs against both, and a property test compares them on
generated messages. The rule is written out here rather than taken from a library (linkify,
libphonenumber) so that both languages read a message the same way; the README says why.

`classify(text, lists)` finds every link, bare domain, email address (every recipient of a
`mailto:`), WhatsApp link and phone number in a message, judges each, and gives the message the
verdict of its worst item. `lists` is the JSON block the page carries (`official_lists`). Where it
cannot read something a scammer may have disguised (a link glued to another, digits of another
script, a letter O for a zero), it says "not official" rather than miss it.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

OFFICIAL_DOMAIN = "bpjsketenagakerjaan.go.id"
NAME_PARTS = ("bpjs", "jamsostek", "ketenagakerjaan")
# Worst first: a message takes the verdict of its worst item.
SEVERITY = {"not-official": 3, "invalid": 2, "unconfirmed": 1, "official": 0}
WEAK = ("reported", "unconfirmed")

# What separates words, the same characters in both languages (JavaScript's \s and Python's differ),
# with the invisible ones that look like nothing or like a space (U+2800 braille blank, U+3164...).
SPACES = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff\u00ad\u115f\u1160\u180e\u200b\u200c\u200d\u2060\u2800\u3164\uffa0"
)
TOKEN = re.compile(f"[^{SPACES}]+")
OPENERS = "([{<\"'\u201c\u2018\u00ab*_~|"
CLOSERS = ")]}>\"'\u201d\u2019\u00bb.,;:!?*_~|"
ODD_DOTS = "\u3002\uff0e\uff61"  # read as a full stop by browsers
DOT = f"(?:[.{ODD_DOTS}]|\\[\\.\\]|\\(\\.\\))"  # '[.]' and '(.)' too: a link written to be retyped
# One character of a domain's label, as loosely as a reader's phone makes a link of it: anything but
# a dot and the signs that end a name. What is unusual in it is judged later ('_', '%', a letter of
# another alphabet). The last label: no digits, no '-', nothing beyond U+FFFF, or punycode.
LABEL = f"[^./?#@:,;\\\\\"'<>()\\[\\]{{}}{ODD_DOTS}]"
TOP = f"(?:[^0-9\\-./?#@:,;\\\\\"'<>()\\[\\]{{}}{ODD_DOTS}\ud800-\udfff\U00010000-\U0010ffff]{{2,}}|xn--[A-Za-z0-9-]+)"
BARE_DOMAIN = re.compile(f"^(?:{LABEL}+{DOT})+{TOP}(?:[:/?#\\\\].*)?\\Z", re.DOTALL)
EMAIL = re.compile(f"^[^@/:\\\\]+@((?:{LABEL}+{DOT})+{LABEL}+)$")
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
OTHER_SCHEMES = (
    "http",
    "https",
    "mailto",
    "tel",
    "javascript",
    "data",
    "vbscript",
    "intent",
    "sms",
    "whatsapp",
    "file",
)
HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
USUAL_AUTHORITY = re.compile(r"^[A-Za-z0-9.:@\-\u0080-\U0010ffff]*$")
WEAK_STARTS = ":=(.>#/\\@|*_~!'\"[{<"  # a domain or an address may start right after one of these

# Numbers: full-width digits, Unicode dashes and spaces read as ASCII, one character for one. Digits of
# other scripts (Arabic-Indic, mathematical, keycaps) are not read: a number written in them is named.
NUMBER_CHARS = str.maketrans(
    {
        **{chr(0xFF10 + d): str(d) for d in range(10)},
        **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"},
        **{c: " " for c in "\u00a0\u2007\u202f\u3000"},
        "\uff0b": "+",
        "\uff08": "(",
        "\uff09": ")",
    }
)
ODD_DIGITS = re.compile(
    "[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u20e3\U0001d7ce-\U0001d7ff]"
)
DISGUISED = re.compile(r"\+?\(?[OoIl]*[0-9][0-9OoIl]*(?:[ .\-()]{1,2}[OoIl]*[0-9][0-9OoIl]*)*")  # each group a digit
NUMBER_RUN = re.compile(r"(?:\+|\()?[0-9](?:[ .\-()]{0,3}[0-9])*")
MONEY = re.compile(r"^[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?$|^[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?$")
DATE_OR_TIME = re.compile(
    r"^[0-9]{1,2}[.:][0-9]{2}(?: ?- ?[0-9]{1,2}[.:][0-9]{2})?$"  # 08.00, 06.00-22.00
    r"|^[0-9]{1,2}[\-./][0-9]{1,2}[\-./][0-9]{2,4}$"  # 02-12-2026
    r"|^[0-9]{4}[\-./][0-9]{1,2}[\-./][0-9]{1,2}$"  # 2026-12-02
)
WORD = re.compile(r"[A-Za-z]+")


def ascii_lower(text: str) -> str:
    """Lower case for A-Z only: the same length and result in both languages."""
    return re.sub(r"[A-Z]", lambda upper: upper.group(0).lower(), text)


def fill(text: str, values: dict) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m.group(1), m.group(0))), text)


def read_number(text: str) -> str | None:
    """A number as an Indonesian reader types it: 0812..., 62812..., +62 812..., +62 (0)812...,
    0062..., with spaces, dashes, dots or brackets; a short code such as 175 stays as it is.
    None: not a number."""
    compact = re.sub(r"[ \-.()]", "", text.translate(NUMBER_CHARS))
    if not re.fullmatch(r"\+?[0-9]{3,16}", compact):
        return None
    if compact.startswith("+"):
        number = compact
    elif compact.startswith("00"):
        number = "+" + compact[2:]
    elif compact.startswith("62") and len(compact) >= 10:
        number = "+" + compact
    elif compact.startswith("0"):
        number = "+62" + compact[1:]
    else:
        return compact
    return "+62" + number[4:] if number.startswith("+620") else number  # the trunk 0 after +62


def on_domain(host: str, domain: str = OFFICIAL_DOMAIN) -> bool:
    return host == domain or host.endswith("." + domain)


# Every reason a verdict can give, one a rule (check.js gives the same ones, and "error" when its lists
# cannot be read). tests/test_checker_rule.py holds a case for each.
REASONS = frozenset(
    {
        "at-sign", "contains-name", "disguised-number", "domain", "email", "empty", "foreign", "http",
        "invalid", "lookalike-letters", "nothing-found", "not-listed", "not-web", "odd-digits",
        "other-email", "other-site", "port", "shortener", "unusual", "wrong-kind",
        "listed-official_quoted", "listed-reported", "listed-unconfirmed",
    }
)  # fmt: skip


def declared(reason: str) -> str:
    if reason not in REASONS:
        raise ValueError(f"hooks/guide/checker.py: the reason {reason!r} is not in REASONS")
    return reason


def nothing(reason: str, message: str) -> dict:
    """The verdict when nothing could be judged: nothing pasted, not a number, nothing found."""
    return {"verdict": "invalid", "reason": declared(reason), "message": message, "items": []}


def item(verdict: str, reason: str, text: str, message: str) -> dict:
    reason = declared(reason)
    return {"verdict": verdict, "reason": reason, "text": text, "message": message}


def judge_number(number: str, text: str, lists: dict, whatsapp_only: bool = False) -> dict:
    m = lists["messages"]
    match = next((entry for entry in lists["numbers"] if entry["number"] == number), None)
    if match and (not whatsapp_only or match["kind"] == "whatsapp"):
        values = {"channel": match["channel"], "year": match["year"], "date": match["date"]}
        if match["strength"] in WEAK:
            message = fill(m["caution_" + match["strength"]], values) + " " + fill(m["weak_number"], values)
            return item("unconfirmed", "listed-" + match["strength"], text, message)
        message = fill(m["official_number"], values) + " " + fill(m["confirmed"], values)
        return item("official", "listed-" + match["strength"], text, message)
    if match:
        return item("not-official", "wrong-kind", text, fill(m["wrong_kind"], {"channel": match["channel"]}))
    if number.startswith("+") and not number.startswith("+62"):
        return item("not-official", "foreign", text, fill(m["foreign"], {"address": number}))
    return item("not-official", "not-listed", text, fill(m["not_listed"], {"address": number}))


def judge_email(address: str, lists: dict) -> dict:
    """An email address: official only on the agency's domain, with a domain that is a plain host."""
    m = lists["messages"]
    found = EMAIL.match(address)
    if not found:
        return item("invalid", "invalid", address, m["invalid"])
    domain = ascii_lower(found.group(1))
    domain = domain[:-1] if domain.endswith(".") else domain
    if HOST.match(domain) and on_domain(domain, lists["domain"]):
        return item("official", "email", address, m["official_email"] + " " + m["email_forged"])
    return item("not-official", "other-email", address, m["other_email"] + " " + m["email_forged"])


def decode(text: str) -> str | None:
    """Percent-decoding that fails as the browser's decodeURIComponent does: None."""
    if re.search(r"%(?![0-9A-Fa-f]{2})", text):
        return None
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        return None


def mail_recipients(rest: str) -> list[str] | None:
    """Every recipient of a mailto: link (to, cc, bcc, their names decoded too), or None when one
    cannot be decoded."""
    path, _, query = rest.partition("?")
    parts = [path]
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        name = decode(key)
        if name is None:
            return None
        if ascii_lower(name).strip(SPACES) in ("to", "cc", "bcc"):
            parts.append(value)
    found = []
    for part in parts:
        decoded = decode(part)
        if decoded is None:
            return None
        found += [address.strip(SPACES) for address in decoded.split(",") if address.strip(SPACES)]
    return found


def whatsapp_digits(host: str, after: str) -> str:
    """The number of a wa.me or api.whatsapp.com link, as digits ('' when there is none)."""
    if host == "wa.me":
        digits = re.split(r"[?#]", after, maxsplit=1)[0].replace("/", "")
    else:
        digits = ""
        for pair in after.partition("?")[2].split("#")[0].split("&"):
            key, _, value = pair.partition("=")
            if key == "phone":
                digits = value
                break
    for prefix in ("+", "%2B", "%2b"):
        digits = digits.removeprefix(prefix)
    return digits


def judge_web(text: str, scheme: str, rest: str, lists: dict) -> dict:
    m = lists["messages"]
    rest = rest.lstrip("/\\")
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    after = rest[len(authority) :]
    if not authority:
        return item("invalid", "invalid", text, m["invalid"])
    values = {"host": authority}
    if re.search(f"[\\\\%{ODD_DOTS}]", authority) or not USUAL_AUTHORITY.match(authority):
        return item("not-official", "unusual", text, fill(m["unusual"], values))
    if "@" in authority:
        return item("not-official", "at-sign", text, fill(m["at_sign"], {"host": authority.rsplit("@", 1)[1]}))
    if ":" in authority:
        return item("not-official", "port", text, fill(m["port"], {"host": authority.split(":", 1)[0]}))
    host = ascii_lower(authority)
    host = host[:-1] if host.endswith(".") else host
    values = {"host": host}
    if re.search(r"[^\x00-\x7f]", host) or any(label.startswith("xn--") for label in host.split(".")):
        return item("not-official", "lookalike-letters", text, fill(m["lookalike_letters"], values))
    if not HOST.match(host):
        return item("invalid", "invalid", text, m["invalid"])
    if host in ("wa.me", "api.whatsapp.com"):
        digits = whatsapp_digits(host, after)
        if re.fullmatch(r"[0-9]{6,15}", digits):
            return judge_number(read_number("+" + digits) or "", text, lists, whatsapp_only=True)
    if on_domain(host, lists["domain"]):
        if scheme == "http":
            return item("not-official", "http", text, m["http"])
        return item("official", "domain", text, fill(m["official_link"], values))
    if host.removeprefix("www.") in lists["shorteners"]:
        return item("not-official", "shortener", text, fill(m["shortener"], values))
    letters = re.sub(r"[^a-z]", "", host)
    if any(part in letters for part in NAME_PARTS):
        return item("not-official", "contains-name", text, fill(m["contains_name"], values))
    return item("not-official", "other-site", text, fill(m["other_site"], values))


def judge_link(text: str, lists: dict) -> list[dict]:
    """A link, an email address or a bare domain as found in a message: one item, or one per
    recipient of a mailto: link."""
    m = lists["messages"]
    scheme_match = SCHEME.match(text)
    if text.startswith(("//", "\\\\")):
        return [judge_web(text, "", text, lists)]
    if not scheme_match:
        if EMAIL.match(text) and OFFICIAL_DOMAIN not in ascii_lower(text.split("@")[0]):
            return [judge_email(text, lists)]
        return [judge_web(text, "https", text, lists)]
    scheme, rest = ascii_lower(scheme_match.group(1)), text[len(scheme_match.group(0)) :]
    if scheme in ("http", "https"):
        return [judge_web(text, scheme, rest, lists)]
    if scheme == "mailto":
        recipients = mail_recipients(rest)
        if not recipients:
            return [item("invalid", "invalid", text, m["invalid"])]
        return [judge_email(address, lists) for address in recipients]
    if scheme == "tel":
        decoded = decode(rest)
        number = read_number(decoded) if decoded is not None else None
        if not number:
            return [item("invalid", "invalid", text, m["invalid"])]
        return [judge_number(number, text, lists)]
    return [item("not-official", "not-web", text, m["not_web"])]


def strip_token(token: str, start: int) -> tuple[str, int]:
    while token and token[0] in OPENERS:
        token, start = token[1:], start + 1
    while token and token[-1] in CLOSERS:
        token = token[:-1]
    return token, start


def strong_starts(part: str) -> list[int]:
    """Where a link with a scheme or 'www.' starts in a word: each one, so that links glued together
    are judged apart ('https://official/.https://other')."""
    lower = ascii_lower(part)
    starts = set()
    for found in re.finditer("://", lower):
        start = found.start()
        while start > 0 and re.match(r"[a-z0-9+.\-]", lower[start - 1]):
            start -= 1
        while start < found.start() and not re.match(r"[a-z]", lower[start]):
            start += 1
        web = re.search(r"https?$", lower[start : found.start()])
        start += web.start() if web else 0  # 'O812...0https://': the link starts at 'https'
        if start < found.start():
            starts.add(start)
        elif found.start() == 0 or not re.match(r"[a-z0-9]", lower[found.start() - 1]):
            starts.add(found.start() + 1)  # '://host': from the slashes
    for scheme in OTHER_SCHEMES:
        for found in re.finditer(re.escape(scheme) + ":", lower):
            at = found.start()
            if (at == 0 or not re.match(r"[a-z]", lower[at - 1])) and len(lower) > found.end():
                starts.add(at)
    for found in re.finditer(r"www\.", lower):
        if found.start() == 0 or not re.match(r"[a-z0-9_\-./\\:@]", lower[found.start() - 1]):
            starts.add(found.start())  # not the 'www.' of 'https://www.'
    for found in re.finditer(
        r"//|\\\\", lower
    ):  # '//host', a double backslash: after anything but an address's own signs
        if found.start() == 0 or not re.match(r"[a-z0-9_\-./\\:@%]", lower[found.start() - 1]):
            starts.add(found.start())
    return sorted(starts)


def weak_start(part: str, end: int) -> int:
    """Where an email address or a domain without a scheme starts in part[:end], or -1: the first
    place, at the start or right after a sign such as ':', '>' or '...', where one begins."""
    places = [0] + [i + 1 for i, c in enumerate(part[:end]) if c in WEAK_STARTS]
    for start in places:
        candidate = part[start:end].rstrip(CLOSERS)  # 'klaim-jht.site.https://...': the dot ends it
        local, _, domain = candidate.partition("@")
        if domain and local and (EMAIL.match(candidate) or ("." in domain and not re.search(r"[:/\\]", local))):
            return start
        if BARE_DOMAIN.match(candidate):
            return start
    return -1


def links(text: str) -> list[tuple[int, int, str]]:
    """(start, end, link) for every link-like stretch of the text. Words joined by ',' or ';' are
    read apart, but for a mailto: link, whose recipients they separate."""
    found = []
    for token_match in TOKEN.finditer(text):
        token, offset = token_match.group(0), token_match.start()
        parts = [(token, offset)]
        if "mailto:" not in ascii_lower(token):
            parts = [(part.group(0), offset + part.start()) for part in re.finditer(r"[^,;]+", token)]
        for raw, start in parts:
            part, start = strip_token(raw, start)
            starts = strong_starts(part)
            weak = weak_start(part, starts[0] if starts else len(part))
            starts = sorted({weak, *starts} - {-1})
            if not starts:
                continue
            for here, there in zip(starts, [*starts[1:], len(part)], strict=True):
                link, at = strip_token(part[here:there], start + here)
                if link:
                    found.append((at, at + len(link), link))
    return found


def words_near(text: str, start: int, end: int, before: int, after: int) -> set[str]:
    """The lower-case words just before and after a span, on its own line."""
    line_start = max(text.rfind("\n", 0, start), -1) + 1
    line_end = text.find("\n", end)
    head = WORD.findall(ascii_lower(text[line_start:start]))[-before:] if before else []
    tail = WORD.findall(ascii_lower(text[end : len(text) if line_end < 0 else line_end]))[:after] if after else []
    return set(head) | set(tail)


def disguised(text: str, taken: list[tuple[int, int, str]], lists: dict) -> list[tuple[int, dict]]:
    """Numbers written to slip past a reader's eye or a check: digits of another script, or letters
    in place of digits ('O812...'). Not official: the agency's numbers are written in plain digits."""
    m = lists["messages"]
    found = []
    for token_match in TOKEN.finditer(text):
        token, start = strip_token(token_match.group(0), token_match.start())
        if token and ODD_DIGITS.search(token) and not any(s <= start < e for s, e, _ in taken):
            found.append((start, item("not-official", "odd-digits", token, m["odd_digits"])))
            taken.append((start, start + len(token), token))
    mapped = text.translate(NUMBER_CHARS)
    position = 0
    while run := DISGUISED.search(mapped, position):
        start, end = run.start(), run.end()
        position = start + 1
        if start > 0 and re.match(r"[A-Za-z0-9]", mapped[start - 1]):
            continue  # inside a word: try from the next character ('Info O812...')
        letters = re.search("[OoIl]", run.group(0)) and len(re.sub(r"[^0-9]", "", run.group(0))) >= 6
        letters = letters and len(re.sub(r"[^0-9OoIl]", "", run.group(0))) >= 8
        link_next = any(s == end for s, _, _ in taken)  # glued to a link: 'O812...https://...'
        if letters and (link_next or not re.match(r"[A-Za-z0-9]", mapped[end : end + 1])):
            if not any(s < end and start < e for s, e, _ in taken):
                found.append((start, item("not-official", "disguised-number", text[start:end], m["disguised_number"])))
                taken.append((start, end, text[start:end]))
            position = end
    return found


def numbers(text: str, taken: list[tuple[int, int, str]], lists: dict) -> list[tuple[int, dict]]:
    """(start, item) for every phone number or short code in the text outside the links. A run of
    digits that is not a number (an amount, a date, a code) is passed over one group at a time, so
    that a number written right after it is still found."""
    words = {key: set(values) for key, values in lists["words"].items()}
    signs = "|".join(re.escape(sign) for sign in lists["words"]["currency"])
    currency = re.compile(f"(?:^|[^a-z])(?:{signs})[ .:]*\\Z")  # 'Rp 500', 'IDR: 500'; not 'konfirm 0812'
    short_codes = {entry["number"] for entry in lists["numbers"] if entry["kind"] == "short_code"}
    mapped = text.translate(NUMBER_CHARS)
    found = disguised(text, taken, lists)
    position = 0
    while True:
        run = NUMBER_RUN.search(mapped, position)
        if not run:
            return found
        start, value = run.start(), run.group(0)
        for stop in (". ", " +"):  # a sentence ends; '+62...' starts a number of its own
            if value.find(stop) > 0:
                value = value[: value.find(stop)]
        groups = value.split(" ")
        position = start + len(groups[0])  # where to read on if this run is no number
        if MONEY.match(groups[0]) or DATE_OR_TIME.match(groups[0]):
            continue  # an amount, a date or a time, perhaps with a number after it
        while len(groups) > 1 and len(re.sub(r"[^0-9]", "", " ".join(groups))) > 15:
            groups.pop()  # two numbers side by side: no number has more than 15 digits
        value = re.sub(r"[ .\-(]+$", "", " ".join(groups))
        end = start + len(value)
        if any(s <= start < e or s < end <= e for s, e, _ in taken):
            continue
        if re.match(r"[0-9]", value) and currency.search(ascii_lower(mapped[max(0, start - 12) : start])):
            money = re.match(r"[0-9]{1,3}(?:[.,][0-9]{3})+(?:,[0-9]{1,2})?|[0-9]+(?:,[0-9]{1,2})?", value)
            position = start + money.end()
            continue  # an amount: 'Rp 1.500.000'
        if (start > 0 and mapped[start - 1] == "/") or mapped[end : end + 1] == "/":
            continue  # a date or a path: 12/03/2024, s/d
        digits = re.sub(r"[^0-9]", "", value)
        leading = value.startswith(("+", "0", "(")) or digits.startswith("62")
        glued = re.search(r"[A-Za-z]+\Z", mapped[max(0, start - 12) : start]) if start > 0 else None
        if start > 0 and re.match(r"[0-9]", mapped[start - 1]):
            continue
        if glued and ascii_lower(glued.group(0)) not in words["calling"]:
            if not (value.startswith(("0", "62", "+62")) and 9 <= len(digits) <= 15):
                continue  # part of a word or a code: 'INV2024031'; but 'WA0812...' is a number
        before, after = words_near(mapped, start, end, 3, 0), words_near(mapped, start, end, 0, 2)
        if MONEY.match(value) or DATE_OR_TIME.match(value) or after & words["money"]:
            continue
        if (before | after) & words["code"] and 4 <= len(digits) <= 8 and not value.startswith("+"):
            continue  # a one-time code, a PIN
        close = WORD.findall(ascii_lower(mapped[max(0, start - 20) : start]))[-2:]
        if not leading and set(close) & words["not_phone"]:
            continue  # a KPJ, NIK or account number
        number = read_number(value)
        if not number or len(digits) > 15:
            continue
        calling = bool((before | after) & words["calling"]) or bool(glued)
        if len(digits) <= 5 and not (number in short_codes or calling):
            continue
        if len(digits) > 5 and not (leading or calling):
            continue  # an amount, a ticket or a KPJ number: phone numbers start with 0, 62 or +
        position = end
        found.append((start, judge_number(number, text[start:end], lists)))


def is_official_link(address: str) -> bool:
    """One web address, judged as the readers' checker judges it: https on the agency's domain, with
    nothing unusual in its authority (no user, port, backslash, percent sign or look-alike letter)."""
    if not re.match(r"^https://", address, re.IGNORECASE):
        return False
    lists = {"domain": OFFICIAL_DOMAIN, "shorteners": [], "messages": MESSAGE_KEYS}
    return judge_web(address, "https", address[len("https:") :], lists)["verdict"] == "official"


class _Keys(dict):
    """Messages by key, for a judgement whose words nobody reads: each message is its own key."""

    def __missing__(self, key: str) -> str:
        return key


MESSAGE_KEYS = _Keys()


def classify(raw: str, lists: dict) -> dict:
    """The verdict on what a reader pasted: {verdict, reason, message, items}, the items worst first."""
    m = lists["messages"]
    text = raw.strip(SPACES)
    if not text:
        return nothing("empty", m["empty"])
    mapped = text.translate(NUMBER_CHARS)
    number_like = bool(re.fullmatch(r"[0-9 +\-.()]+", mapped))
    whole = read_number(mapped) if number_like and not MONEY.match(mapped) and not DATE_OR_TIME.match(mapped) else None
    if whole:  # a number alone, as readers often paste one
        found = [(0, judge_number(whole, text, lists))]
    else:
        spans = links(text)
        found = [(start, entry) for start, _, link in spans for entry in judge_link(link, lists)]
        found += numbers(text, spans, lists)
    if not found:
        reason, message = ("invalid", m["invalid"]) if number_like else ("nothing-found", m["nothing_found"])
        return nothing(reason, message)
    ordered = [entry for _, entry in sorted(found, key=lambda pair: (-SEVERITY[pair[1]["verdict"]], pair[0]))]
    worst = ordered[0]
    return {"verdict": worst["verdict"], "reason": worst["reason"], "message": worst["message"], "items": ordered}
