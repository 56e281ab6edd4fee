"""Checkers for what could send a reader to a scammer: every address a page carries, spam, text in the
wrong language, social accounts, and the cautions beside weak numbers. Each returns a list of problems.

tests/test_checkers.py feeds each one planted defects: a checker is only as good as what it was seen
to catch.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from tests import official
from tests.checks import Page, content

SPAM_WORDS = re.compile(  # the source arrived with pharmacy spam appended, in forum link markup
    r"\b(viagra|cialis|levitra|sildenafil|tadalafil|cytotec|misoprostol|gastrul|tramadol|pharmacy|"
    r"apotek online|obat kuat|obat aborsi|penggugur kandungan|casino|kasino|slot gacor|judi online|togel|"
    r"poker online|bitcoin doubler|pinjol|payday loan|escort)\b",
    re.IGNORECASE,
)
BBCODE = re.compile(r"\[/?(?:url|link|img)\b[^\]]*\]", re.IGNORECASE)
URL_IN_TEXT = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
DOMAIN_IN_TEXT = re.compile(r"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?![\w-])", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]*[A-Za-z0-9_]")
STOP_WORDS = {  # a block of text must use more of its own language's common words than of the other's
    "id": set(
        "yang dan di ke dari untuk dengan ini itu anda tidak atau bisa ada lewat juga akan adalah pada "
        "dalam sudah jika kami mereka bukan jangan saja lalu harus kepada sebagai sejak belum hanya "
        "tetapi oleh".split()
    ),
    "en": set(
        "the and to of a an in is are for with your you it this that on or not from by be can do if at "
        "as only but was has have they their there when".split()
    ),
}
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "data", "cite", "background")
TEXT_BLOCKS = ["p", "li", "td", "th", "h1", "h2", "h3", "h4", "dd", "dt", "blockquote", "figcaption"]


def on_official_domain(host: str) -> bool:
    host = host.lower().rstrip(".")
    return host == official.OFFICIAL_DOMAIN or host.endswith("." + official.OFFICIAL_DOMAIN)


def page_urls(page: Page) -> list[tuple[str, str]]:
    """(where, URL) for every address the page carries: links, resources, forms, srcset, meta refresh, og:."""
    found = []
    for node in page.soup.find_all(True):
        for attr in URL_ATTRIBUTES:
            if node.get(attr):
                found.append((f"<{node.name} {attr}>", node[attr].strip()))
        for candidate in (node.get("srcset") or "").split(","):
            if candidate.strip():
                found.append((f"<{node.name} srcset>", candidate.split()[0]))
        if node.name == "meta":
            value = node.get("content", "")
            if (node.get("http-equiv") or "").lower() == "refresh":
                target = re.search(r"url\s*=\s*['\"]?([^'\";]+)", value, re.IGNORECASE)
                found.append(("<meta refresh>", target.group(1).strip() if target else value))
            elif re.match(r"(og|twitter):", node.get("property") or node.get("name") or ""):
                if re.match(r"(https?:)?//|[a-z]+:", value, re.IGNORECASE) and " " not in value:
                    found.append((f"<meta {node.get('property') or node.get('name')}>", value))
    return found


def url_problem(url: str, tag: str, site_host: str) -> str | None:
    """Why this address may not be on a page, or None. Outside the site, only exact pinned addresses."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if parts.netloc and not scheme:
        return f"protocol-relative address {url!r}: expected an https link to a pinned official address"
    if not scheme or scheme == "tel" or (scheme == "data" and not tag.startswith(("<a ", "<form", "<meta"))):
        return None  # relative (lychee checks them), tel: (the phone checker), data: inside the page
    if scheme == "mailto":
        address = unquote(parts.path).lower()
        return None if address in official.EMAILS else f"email link {url!r}: expected only {', '.join(official.EMAILS)}"
    if scheme != "https":
        return f"{url!r}: expected an https link"
    host = (parts.hostname or "").lower()
    if host == site_host:
        return None
    if url in official.URLS:
        return None
    if host == "wa.me":
        number = parts.path.strip("/")
        if (not number and url.startswith(official.WHATSAPP_SHARE)) or "+" + number in official.WHATSAPP:
            return None
        return f"WhatsApp link {url!r}: expected https://wa.me/<an official number> or the share link"
    if url.startswith(official.REPO_URL + "/issues/new?"):
        return None
    return (
        f"{url!r}: host {host!r} is not official here: a page may link outside the site only to the pinned "
        f"addresses ({', '.join(sorted(official.URLS))}), official WhatsApp numbers and the issue form"
    )


def code_problem(text: str, site_host: str) -> str | None:
    """An address written in code: a pinned worked example, a fragment of the rule, or official."""
    text = text.strip()
    if text in official.ADDRESS_EXAMPLES or text in official.RULE_FRAGMENTS or text in official.LOOKALIKE_HOSTS:
        return None
    for match in URL_IN_TEXT.finditer(text):
        host = urlsplit(match.group(0)).hostname or ""
        if not match.group(0).lower().startswith("https://") or not (on_official_domain(host) or host == site_host):
            return f"address {text!r} in code is neither official nor a pinned worked example"
    for match in DOMAIN_IN_TEXT.finditer(URL_IN_TEXT.sub(" ", text)):
        if not on_official_domain(match.group(0)):
            return f"domain {text!r} in code is neither official nor a pinned worked example"
    return None


def check_external(pages: list[Page], site_host: str) -> list[str]:
    """Every address on a page is an exact official one; the text names no other site; no spam."""
    problems: list[str] = []
    for page in pages:
        for where, url in page_urls(page):
            problem = url_problem(url, where, site_host)
            if problem:
                problems.append(f"{page.name}: {where}: {problem}")
        for code in page.soup.find_all("code"):
            problem = code_problem(code.get_text(), site_host)
            if problem:
                problems.append(f"{page.name}: {problem}")
        text = page.text_without_code
        for match in URL_IN_TEXT.finditer(text):
            url = match.group(0).rstrip(".,;:")
            host = urlsplit(url if "://" in url else "https://" + url).hostname or ""
            if not host:
                continue  # a bare scheme, as in "starts with https://"
            if not url.lower().startswith("https://") and not url.lower().startswith("www."):
                problems.append(f"{page.name}: address {url!r} in the text: expected https")
            elif not (on_official_domain(host) or host == site_host):
                problems.append(f"{page.name}: address {url!r} in the text is not on an official host")
        for match in DOMAIN_IN_TEXT.finditer(URL_IN_TEXT.sub(" ", text)):
            domain = match.group(0).lower()
            if not (on_official_domain(domain) or domain == site_host or domain in official.PUBLISHERS):
                problems.append(f"{page.name}: domain {domain!r} in the text is neither official nor a cited publisher")
        for match in [*SPAM_WORDS.finditer(text), *BBCODE.finditer(page.html)]:
            problems.append(
                f"{page.name}: spam-like text {match.group(0)!r}: "
                "nothing like the source's injected spam may reach the guide"
            )
        for match in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if match.group(0).lower() not in official.EMAILS:
                problems.append(
                    f"{page.name}: email address {match.group(0)!r} in the text: expected only "
                    f"{', '.join(official.EMAILS)}"
                )
    return problems


def check_language(pages: list[Page]) -> list[str]:
    """Each block of the article reads as its page's language: more of its own common words."""
    problems = []
    for page in pages:
        if page.lang not in STOP_WORDS or page.key == "404":
            continue
        other = "en" if page.lang == "id" else "id"
        for block in content(page).find_all(TEXT_BLOCKS):
            if block.find(TEXT_BLOCKS):
                continue  # the innermost blocks only
            words = re.findall(r"[a-z]+", block.get_text(" ").lower())
            own = sum(w in STOP_WORDS[page.lang] for w in words)
            theirs = sum(w in STOP_WORDS[other] for w in words)
            if theirs >= 3 and theirs > own:
                problems.append(
                    f"{page.name}: this reads as {other!r}, not {page.lang!r} ({theirs} common words "
                    f"against {own}): {block.get_text(' ', strip=True)[:80]!r}"
                )
    return problems


def check_social(pages: list[Page]) -> list[str]:
    """Only the pinned official accounts: no other @handle anywhere, and the list is exactly the pinned one."""
    problems = []
    for page in pages:
        for match in HANDLE.finditer(page.article_text):
            if match.group(0).rstrip(".") not in official.SOCIAL_HANDLES:
                problems.append(
                    f"{page.name}: account {match.group(0)!r} is not an official account; "
                    f"expected only {sorted(official.SOCIAL_HANDLES)}"
                )
        heading = content(page).find(id="media-sosial")
        if heading:
            listed = {li.get_text(" ", strip=True) for li in heading.find_next("ul").find_all("li")}
            if listed != official.SOCIAL:
                problems.append(
                    f"{page.name}#media-sosial: accounts {sorted(listed)}, expected {sorted(official.SOCIAL)}"
                )
    return problems


def check_cautions(pages: list[Page]) -> list[str]:
    """A weak number says so wherever it is shown: its caution stands in the same list item or paragraph."""
    problems = []
    for page in pages:
        for link in content(page).find_all("a", href=True):
            parts = urlsplit(link["href"])
            number = (
                unquote(parts.path)
                if parts.scheme == "tel"
                else ("+" + parts.path.strip("/") if parts.hostname == "wa.me" and parts.path.strip("/") else None)
            )
            if number not in official.CAUTIONS:
                continue
            block = link.find_parent(["li", "p", "td"]) or link.parent
            expected = official.caution(number, page.lang)
            if expected not in block.get_text(" ").lower():
                problems.append(f"{page.name}: {link.get_text()!r} ({number}) is shown without {expected!r} beside it")
    return problems
