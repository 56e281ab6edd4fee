"""The readers' checker (docs/cek-resmi.md), in Python: what the build uses to check the worked
examples and the official URLs, and what the tests hold against the page's own script.

docs/assets/js/check.js is the same rule, line for line, in JavaScript: change one, change the
other. tests/fixtures/checker_cases.yml runs against both, and a property test compares them on
generated messages. The rule is written out here rather than taken from a library (linkify,
libphonenumber) so that both languages read a message the same way; the README says why.

`classify(text, lists)` finds every link, bare domain, email address (every recipient of a
`mailto:`), WhatsApp link and phone number in a message, judges each, and gives the message the
verdict of its worst item. `lists` is the JSON block the page carries (`official_lists`).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

OFFICIAL_DOMAIN = "bpjsketenagakerjaan.go.id"
NAME_PARTS = ("bpjs", "jamsostek", "ketenagakerjaan")
# Worst first: a message takes the verdict of its worst item.
SEVERITY = {"not-official": 3, "invalid": 2, "unconfirmed": 1, "official": 0}
WEAK = ("reported", "unconfirmed")

# White space, the same characters in both languages (JavaScript's \\s and Python's differ).
SPACES = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)
TOKEN = re.compile(f"[^{SPACES}]+")
OPENERS = "([{<\"'\u201c\u2018\u00ab"
CLOSERS = ")]}>\"'\u201d\u2019\u00bb.,;:!?"
DOTS = ".\u3002\uff0e\uff61"  # a full stop, and the ones browsers read as one in an address
# One character of a domain's label, as loosely as a reader's phone makes a link of it: anything but
# a dot and the signs that end a name. What is unusual in it is judged later ('_', '%', a letter of
# another alphabet).
LABEL = "[^./?#@:,;\\\\\"'<>()\\[\\]{}\u3002\uff0e\uff61]"
TOP = "[^0-9\\-./?#@:,;\\\\\"'<>()\\[\\]{}\u3002\uff0e\uff61]"  # the last label: no digits, no '-'
BARE_DOMAIN = re.compile(f"^(?:{LABEL}+[{DOTS}])+{TOP}{{2,}}(?:[:/?#].*)?$")
EMAIL = re.compile(f"^[^@/:]+@((?:{LABEL}+[{DOTS}])+{LABEL}+)$")
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
OTHER_SCHEMES = ("mailto", "tel", "javascript", "data", "vbscript", "intent", "sms", "whatsapp", "file", "ftp")
HOST = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
USUAL_AUTHORITY = re.compile(r"^[A-Za-z0-9.:@\-\u0080-\U0010ffff]*$")

# Numbers: full-width digits, Unicode dashes and spaces read as ASCII, one character for one.
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


def item(verdict: str, reason: str, text: str, message: str, **extra) -> dict:
    return {"verdict": verdict, "reason": reason, "text": text, "message": message, **extra}


def judge_number(number: str, text: str, lists: dict, whatsapp_only: bool = False) -> dict:
    m = lists["messages"]
    match = next((entry for entry in lists["numbers"] if entry["number"] == number), None)
    if match and (not whatsapp_only or match["kind"] == "whatsapp"):
        values = {"channel": match["channel"], "year": match["year"], "date": match["date"]}
        if match["strength"] in WEAK:
            caution = fill(m["caution_" + match["strength"]], values)
            return item(
                "unconfirmed", "listed-" + match["strength"], text, caution + " " + fill(m["weak_number"], values)
            )
        message = fill(m["official_number"], values) + " " + fill(m["confirmed"], values)
        return item("official", "listed-" + match["strength"], text, message)
    if match:
        return item("not-official", "wrong-kind", text, fill(m["wrong_kind"], {"channel": match["channel"]}))
    if number.startswith("+") and not number.startswith("+62"):
        return item("not-official", "foreign", text, fill(m["foreign"], {"address": number}))
    return item("not-official", "not-listed", text, fill(m["not_listed"], {"address": number}))


def judge_email(address: str, text: str, lists: dict) -> dict:
    m = lists["messages"]
    found = EMAIL.match(address)
    if not found:
        return item("invalid", "invalid", text, m["invalid"])
    domain = found.group(1)
    if domain.endswith("."):
        domain = domain[:-1]
    if on_domain(ascii_lower(domain), lists["domain"]):
        return item("official", "email", text, m["official_email"] + " " + m["email_forged"])
    return item("not-official", "other-email", text, m["other_email"] + " " + m["email_forged"])


def decode(text: str) -> str | None:
    """Percent-decoding that fails as the browser's decodeURIComponent does: None."""
    if re.search(r"%(?![0-9A-Fa-f]{2})", text):
        return None
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        return None


def mail_recipients(rest: str) -> list[str] | None:
    """Every recipient of a mailto: link (to, cc, bcc), or None when one cannot be decoded."""
    path, _, query = rest.partition("?")
    parts = [path] + [
        value
        for key, _, value in (pair.partition("=") for pair in query.split("&"))
        if ascii_lower(key) in ("to", "cc", "bcc")
    ]
    found = []
    for part in parts:
        decoded = decode(part)
        if decoded is None:
            return None
        found += [address.strip(SPACES) for address in decoded.split(",") if address.strip(SPACES)]
    return found


def judge_web(text: str, scheme: str, rest: str, lists: dict) -> dict:
    m = lists["messages"]
    rest = rest.lstrip("/\\")
    authority = re.split(r"[/?#]", rest, maxsplit=1)[0]
    after = rest[len(authority) :]
    if not authority:
        return item("invalid", "invalid", text, m["invalid"])
    values = {"host": authority}
    if "\\" in authority or "%" in authority or any(c in authority for c in DOTS[1:]):
        return item("not-official", "unusual", text, fill(m["unusual"], values))
    if not USUAL_AUTHORITY.match(authority):
        return item("not-official", "unusual", text, fill(m["unusual"], values))
    if "@" in authority:
        return item("not-official", "at-sign", text, fill(m["at_sign"], {"host": authority.rsplit("@", 1)[1]}))
    if ":" in authority:
        return item("not-official", "port", text, fill(m["port"], {"host": authority.split(":", 1)[0]}))
    host = ascii_lower(authority)
    if host.endswith("."):
        host = host[:-1]
    values = {"host": host}
    if re.search(r"[^\x00-\x7f]", host) or any(label.startswith("xn--") for label in host.split(".")):
        return item("not-official", "lookalike-letters", text, fill(m["lookalike_letters"], values))
    if not HOST.match(host):
        return item("invalid", "invalid", text, m["invalid"])
    if host in ("wa.me", "api.whatsapp.com"):
        if host == "wa.me":
            digits = re.split(r"[?#]", after, maxsplit=1)[0].replace("/", "")
        else:
            digits = next(
                (
                    v
                    for k, _, v in (p.partition("=") for p in after.partition("?")[2].split("#")[0].split("&"))
                    if k == "phone"
                ),
                "",
            )
        digits = digits.removeprefix("+").removeprefix("%2B").removeprefix("%2b")
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
    if text.startswith("//"):
        return [judge_web(text, "", text, lists)]
    if not scheme_match:
        if EMAIL.match(text) and OFFICIAL_DOMAIN not in ascii_lower(text.split("@")[0]):
            return [judge_email(text, text, lists)]
        return [judge_web(text, "https", text, lists)]
    scheme, rest = ascii_lower(scheme_match.group(1)), text[len(scheme_match.group(0)) :]
    if scheme in ("http", "https"):
        return [judge_web(text, scheme, rest, lists)]
    if scheme == "mailto":
        recipients = mail_recipients(rest)
        if not recipients:
            return [item("invalid", "invalid", text, m["invalid"])]
        return [judge_email(address, address, lists) for address in recipients]
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


def link_in(token: str) -> int:
    """Where the first link, email address or domain starts in a token, or -1. The first, so that
    'klaim-jht.site/?next=https://sso.bpjsketenagakerjaan.go.id/' is judged by its own site."""
    lower = ascii_lower(token)
    starts = []
    at = lower.find("://")
    if at >= 0:
        start = at
        while start > 0 and re.match(r"[a-z0-9+.\-]", lower[start - 1]):
            start -= 1
        while start < at and not re.match(r"[a-z]", lower[start]):
            start += 1
        starts.append(start)
    if lower.startswith("//"):
        starts.append(0)
    for scheme in OTHER_SCHEMES:
        at = lower.find(scheme + ":")
        if at >= 0 and (at == 0 or not re.match(r"[a-z]", lower[at - 1])) and len(lower) > at + len(scheme) + 1:
            starts.append(at)
    at = lower.find("www.")
    if at >= 0 and (at == 0 or not re.match(r"[a-z]", lower[at - 1])):
        starts.append(at)
    for start in [0] + [i + 1 for i, c in enumerate(token) if c in ":=("]:  # after 'Email:', '?url=', '('
        candidate = token[start:]
        local, _, domain = candidate.partition("@")
        if domain and local and (EMAIL.match(candidate) or ("." in domain and not re.search(r"[:/]", local))):
            starts.append(start)
            break
        if BARE_DOMAIN.match(candidate):
            starts.append(start)
            break
    return min(starts) if starts else -1


def links(text: str) -> list[tuple[int, int, str]]:
    """(start, end, link) for every link-like word of the text. Words joined by ',' or ';' are read
    apart, but for a mailto: link, whose recipients they separate."""
    found = []
    for token_match in TOKEN.finditer(text):
        token, offset = token_match.group(0), token_match.start()
        parts = [(token, offset)]
        if "mailto:" not in ascii_lower(token):
            parts = [(part.group(0), offset + part.start()) for part in re.finditer(r"[^,;]+", token)]
        for part, start in parts:
            part, start = strip_token(part, start)
            at = link_in(part)
            if at >= 0:
                found.append((start + at, start + len(part), part[at:]))
    return found


def words_near(text: str, start: int, end: int, before: int, after: int) -> set[str]:
    """The lower-case words just before and after a span, on its own line."""
    line_start = max(text.rfind("\n", 0, start), -1) + 1
    line_end = text.find("\n", end)
    head = WORD.findall(ascii_lower(text[line_start:start]))[-before:] if before else []
    tail = WORD.findall(ascii_lower(text[end : len(text) if line_end < 0 else line_end]))[:after] if after else []
    return set(head) | set(tail)


def numbers(text: str, taken: list[tuple[int, int, str]], lists: dict) -> list[tuple[int, dict]]:
    """(start, item) for every phone number or short code in the text outside the links. A run of
    digits that is not a number (an amount, a date, a code) is passed over one group at a time, so
    that a number written right after it is still found."""
    words = {key: set(values) for key, values in lists["words"].items()}
    short_codes = {entry["number"] for entry in lists["numbers"] if entry["kind"] == "short_code"}
    mapped = text.translate(NUMBER_CHARS)
    found = []
    position = 0
    while True:
        run = NUMBER_RUN.search(mapped, position)
        if not run:
            return found
        start, value = run.start(), run.group(0)
        if value.find(" +") > 0:
            value = value[: value.find(" +")]  # '+62...' starts a number of its own
        groups = value.split(" ")
        if MONEY.match(groups[0]) or DATE_OR_TIME.match(groups[0]):
            position = start + len(groups[0])
            continue  # an amount, a date or a time, perhaps with a number after it
        while len(groups) > 1 and len(re.sub(r"[^0-9]", "", " ".join(groups))) > 15:
            groups.pop()  # two numbers side by side: no number has more than 15 digits
        value = re.sub(r"[ .\-(]+$", "", " ".join(groups))
        end = start + len(value)
        position = start + len(value.split(" ")[0])  # where to read on if this run is no number
        if any(s <= start < e or s < end <= e for s, e, _ in taken):
            continue
        head = re.sub(r"[ .]", "", ascii_lower(mapped[max(0, start - 5) : start]))
        if any(head.endswith(sign) for sign in words["currency"]):
            money = re.match(r"[0-9]{1,3}(?:[.,][0-9]{3})+(?:,[0-9]{1,2})?|[0-9]+(?:,[0-9]{1,2})?", value)
            position = start + money.end()
            continue  # an amount: 'Rp 1.500.000'
        if start > 0 and re.match(r"[A-Za-z0-9]", mapped[start - 1]):
            continue  # part of a word or a code: 'A1234567'
        digits = re.sub(r"[^0-9]", "", value)
        before, after = words_near(mapped, start, end, 3, 0), words_near(mapped, start, end, 0, 2)
        if MONEY.match(value) or DATE_OR_TIME.match(value) or after & words["money"]:
            continue
        if (before | after) & words["code"] and 4 <= len(digits) <= 8 and not value.startswith("+"):
            continue  # a one-time code, a PIN
        leading = value.startswith(("+", "0", "(")) or digits.startswith("62")
        if not leading and words_near(mapped, start, end, 2, 0) & words["not_phone"]:
            continue  # a KPJ, NIK or account number
        number = read_number(value)
        if not number or len(digits) > 15:
            continue
        calling = bool((before | after) & words["calling"])
        if len(digits) <= 5 and not (number in short_codes or calling):
            continue
        if 6 <= len(digits) <= 7 and not (leading or calling):
            continue
        position = end
        found.append((start, judge_number(number, text[start:end], lists)))


def is_official_link(address: str) -> bool:
    """One web address, judged as the readers' checker judges it: https on the agency's domain, with
    nothing unusual in its authority (no user, port, backslash, percent sign or look-alike letter)."""
    if not re.match(r"^https://", address, re.IGNORECASE):
        return False
    found = judge_web(
        address,
        "https",
        address[len("https:") :],
        {"domain": OFFICIAL_DOMAIN, "shorteners": [], "messages": MESSAGE_KEYS},
    )
    return found["verdict"] == "official"


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
        return {"verdict": "invalid", "reason": "empty", "message": m["empty"], "items": []}
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
        return {"verdict": "invalid", "reason": reason, "message": message, "items": []}
    ordered = [entry for _, entry in sorted(found, key=lambda pair: (-SEVERITY[pair[1]["verdict"]], pair[0]))]
    worst = ordered[0]
    return {"verdict": worst["verdict"], "reason": worst["reason"], "message": worst["message"], "items": ordered}
