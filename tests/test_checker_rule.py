"""The readers' checker, its rule called directly in both languages of code: hooks/guide/checker.py
(the build's) and the built site's assets/js/check.js (the readers'), with the lists the built
checker page carries, in both languages.

The expectations are tests/fixtures/checker_cases.yml, written by hand; the property tests generate
addresses and messages and hold both to two rules: a message is never official unless every item in
it is, and the two languages of code give the same answer. tests/test_link_checker.py keeps a few
cases end to end through the real page.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide import checker
from tests import official

ROOT = Path(__file__).resolve().parent.parent
# The table types no official value: its placeholders are filled from the pins (official.expand).
CASES = [
    {**case, "text": official.expand(case["text"])}
    for case in yaml.safe_load((ROOT / "tests" / "fixtures" / "checker_cases.yml").read_text(encoding="utf-8"))
]
LANGS = ("id", "en")
SEVERITY = ["official", "unconfirmed", "invalid", "not-official"]  # the tests' own order, best first


def lists_of(site: Path, lang: str) -> dict:
    page = site / ("" if lang == "id" else "en") / "cek-resmi" / "index.html"
    block = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find(id="guide-check-data")
    assert block, f"{page}: no checker data block"
    return json.loads(block.string)


@pytest.fixture(scope="module")
def lists(site) -> dict:
    return {lang: lists_of(site, lang) for lang in LANGS}


class Script:
    """The built check.js in node, kept running: one line in, one line out."""

    def __init__(self, path: Path):
        node = shutil.which("node")
        assert node, "node is missing: it comes with npm, which 'make test' needs"
        runner = ROOT / "tests" / "js" / "classify.mjs"
        self.process = subprocess.Popen(
            [node, "--no-warnings", str(runner), str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lists = None

    def ask(self, request: dict) -> dict:
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        assert "error" not in answer, answer["error"]
        return answer

    def classify(self, text: str, lists: dict) -> dict:
        if lists is not self.lists:
            self.ask({"lists": lists})
            self.lists = lists
        return self.ask({"text": text})

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


@pytest.fixture(scope="module")
def script(site):
    running = Script(site / "assets" / "js" / "check.js")
    yield running
    running.close()


def summary(found: dict) -> tuple:
    return found["verdict"], found["reason"], [f"{entry['verdict']} {entry['reason']}" for entry in found["items"]]


def expected(case: dict) -> tuple:
    items = case.get("items")
    if items is None:  # one thing pasted: one item, or none when there is nothing to judge
        items = (
            []
            if case["verdict"] == "invalid" and case["reason"] != "error"
            else [f"{case['verdict']} {case['reason']}"]
        )
    return case["verdict"], case["reason"], items


def case_id(case: dict) -> str:
    return case["text"][:60] or "blank"


def test_every_reason_the_rule_gives_has_a_case():
    """A reason added to the rule without a case in the table fails here. The Python rule gives only
    the reasons it declares (checker.REASONS: item() refuses any other); the page's script's reasons,
    read from its source, are the same ones, and "error" (its lists could not be read, tested in
    chromium by tests/test_link_checker.py)."""
    from guide.checker import REASONS

    source = (ROOT / "docs" / "assets" / "js" / "check.js").read_text(encoding="utf-8")
    script = set(re.findall(r'item\("[a-z-]+", "([a-z-]*[a-z])"', source))
    script |= set(re.findall(r'\breason: "([a-z-]+)"', source))
    assert {"nothing-found", "empty", "invalid", "error", "shortener"} <= script, sorted(script)
    undeclared = sorted(script - {"error"} - REASONS)
    assert not undeclared, f"check.js gives reasons checker.REASONS lacks: {undeclared}"
    with pytest.raises(ValueError, match="made-up"):
        checker.item("invalid", "made-up", "x", "")
    reasons = set(REASONS)
    covered = {case["reason"] for case in CASES}
    for case in CASES:
        covered.update(entry.split()[1] for entry in case.get("items", []))
    assert len(reasons) >= 20, sorted(reasons)
    assert not reasons - covered, f"reasons without a case: {sorted(reasons - covered)}"
    assert sum(len(case.get("items", [])) > 1 for case in CASES) >= 30, "too few whole messages"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_python_rule(lists, case, lang):
    assert summary(checker.classify(case["text"], lists[lang])) == expected(case), case["text"]


@pytest.mark.parametrize("lang", LANGS)
def test_page_script(lists, script, lang):
    """Every case through the readers' own classify(), called directly."""
    wrong = []
    for case in CASES:
        found = summary(script.classify(case["text"], lists[lang]))
        if found != expected(case):
            wrong.append(f"{case['text']!r}: expected {expected(case)}, found {found}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGS)
def test_weak_numbers_say_their_caution_first(lists, script, lang):
    """A number that may have changed hands is never shown as official: its caution comes first."""
    for number in official.CAUTIONS:
        for found in (checker.classify(number, lists[lang]), script.classify(number, lists[lang])):
            assert found["verdict"] == "unconfirmed", (number, found)
            assert found["message"].lower().startswith(official.caution(number, lang)), (number, found["message"])


@pytest.mark.parametrize("lang", LANGS)
def test_every_listed_number_gets_a_declared_reason_from_both_rules(lists, script, lang):
    """A listed number's reason is built from its strength ('listed-' + strength): a contact of a new
    strength must be declared in checker.REASONS (the script would give it silently)."""
    from guide.checker import REASONS

    numbers = lists[lang]["numbers"]
    assert len(numbers) >= 5 and {official.CALL_CENTRE, *official.CAUTIONS} <= {n["number"] for n in numbers}
    for entry in numbers:
        found = script.classify(entry["number"], lists[lang])
        assert found["reason"] == f"listed-{entry['strength']}" and found["reason"] in REASONS, (entry, found)
        assert summary(checker.classify(entry["number"], lists[lang])) == summary(found), entry


@pytest.mark.parametrize("lang", LANGS)
def test_the_worked_examples_follow_both_rules(lists, script, lang):
    for address, is_official in official.ADDRESS_EXAMPLES.items():
        assert checker.is_official_link(address) is is_official, address
        assert (script.classify(address, lists[lang])["verdict"] == "official") is is_official, address


def test_the_build_rejects_an_address_with_a_port():
    """The build's own URL check is the checker's rule: a port, a user or an odd sign is not official."""
    from guide.models import is_official_url

    for address in (
        official.SSO.replace(".id/", ".id:8443/"),
        official.SSO.replace("://", "://user@"),
        official.SSO.replace(".id/", ".id\\@x.com/"),
        "https://play.google.com:8443/store",
        official.SSO.replace("https:", "http:"),
    ):
        assert not is_official_url(address), address
    for address in official.URLS:
        assert is_official_url(address), address


# Property tests: generated hosts, user names, ports, letter case, look-alike letters and messages.
OFFICIAL_HOST = st.sampled_from(["", "www.", "sso.", "a.b."]).map(lambda sub: sub + official.OFFICIAL_DOMAIN)
LOOKALIKE = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "j": "ј", "s": "ѕ", ".": "。"})  # Cyrillic, CJK dot
LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", fullmatch=True)
OTHER_HOST = st.one_of(
    st.builds(lambda labels, tld: ".".join(labels) + "." + tld, st.lists(LABEL, min_size=1, max_size=3),
              st.sampled_from(["com", "site", "id", "co.id", "info", "xyz", "go.id.info", "online"])),
    OFFICIAL_HOST.map(lambda host: host + "." + "klaim-jht.site"),
    OFFICIAL_HOST.map(lambda host: host.replace("bpjsk", "bpjs-k")),
    st.builds(lambda host, n: "".join(c.translate(LOOKALIKE) if i == n % len(host) else c for i, c in enumerate(host)),
              OFFICIAL_HOST, st.integers(0, 40)),
)  # fmt: skip
MIXED_CASE = st.builds(
    lambda text, flips: "".join(c.upper() if flips[i % len(flips)] else c for i, c in enumerate(text)),
    OFFICIAL_HOST, st.lists(st.booleans(), min_size=1, max_size=8),
)  # fmt: skip


def address(host: str, scheme: str, user: str, port: str, path: str) -> str:
    return f"{scheme}{user}{host}{port}{path}"


OFFICIAL_LINK = st.builds(
    address, st.one_of(OFFICIAL_HOST, MIXED_CASE), st.sampled_from(["https://", "HTTPS://", ""]), st.just(""),
    st.just(""), st.sampled_from(["", "/", "/login", "/kontak.html?x=1#y"]),
)  # fmt: skip
ODD_LINK = st.one_of(
    st.builds(  # with a scheme: anything in the authority
        address,
        st.one_of(OFFICIAL_HOST, OTHER_HOST),
        st.sampled_from(["https://", "http://", "//", "HTTPS://"]),
        st.sampled_from(["", "user@", "user:pass@", official.OFFICIAL_DOMAIN + "@", "a\\@", "%40"]),
        st.sampled_from(["", ":443", ":8443", ":80"]),
        st.sampled_from(["", "/", "/x?next=" + official.SSO]),
    ),
    st.builds(  # a bare domain, as messages write them
        address,
        st.one_of(OFFICIAL_HOST, OTHER_HOST),
        st.just(""),
        st.sampled_from(["", "%40", "a_"]),
        st.sampled_from(["", ":443", ":8443"]),
        st.sampled_from(["", "/", "/x?next=" + official.SSO]),
    ),
).filter(lambda text: not checker.is_official_link(re.sub(r"^(?:https:)?(?://)?", "https://", text, flags=re.I)))
OFFICIAL_NUMBER = st.sampled_from(["175", "telp 175"])
OTHER_NUMBER = st.builds(lambda digits: "0812" + digits, st.from_regex(r"[0-9]{7,8}", fullmatch=True)).filter(
    lambda text: checker.read_number(text) not in official.IDS.values()
)
MATH_DIGITS = str.maketrans({str(d): chr(0x1D7CE + d) for d in range(10)})  # mathematical bold
ARABIC_DIGITS = str.maketrans({str(d): chr(0x0660 + d) for d in range(10)})
DISGUISED_NUMBER = st.one_of(  # how scammers write a number past a check
    OTHER_NUMBER.map(lambda text: "O" + text[1:]),
    OTHER_NUMBER.map(lambda text: text[:2] + "l" + text[3:]),
    st.sampled_from(
        [
            official.WHATSAPP_GENERAL,
            official.written(official.WHATSAPP_GENERAL, "0NNNNNNNNNNN"),
            official.written(official.WHATSAPP_ABROAD_1, "0NNN NNNN NNN"),
        ]
    ).map(lambda text: text.translate(MATH_DIGITS)),
    OTHER_NUMBER.map(lambda text: text.translate(ARABIC_DIGITS)),
)
FILLER = st.sampled_from(["", "Info resmi", "Dana JHT Rp 1.500.000", "Kode OTP 482913.", "Klik", "\n", "atau", "👉"])
# Between two parts: a space of any kind, or, before a link with a scheme, anything at all.
SPACE = st.sampled_from([" ", "\n", " \u2800", "\u200b", "\u3164", ", ", " 👉"])
GLUE = st.one_of(SPACE, st.sampled_from(["", ".", ")", "|", "**", "\u2800", "__"]))


@st.composite
def messages(draw, bad: bool):
    parts = draw(st.lists(st.one_of(OFFICIAL_LINK, OFFICIAL_NUMBER), min_size=0, max_size=3))
    if bad:
        parts.insert(draw(st.integers(0, len(parts))), draw(st.one_of(ODD_LINK, OTHER_NUMBER, DISGUISED_NUMBER)))
    text = draw(FILLER)
    for part in parts:
        if text and re.match(r"(?i)https?://", part) and draw(st.booleans()):
            text += draw(GLUE) + part  # glued to what comes before: 'https://official/.https://other'
        else:
            text += draw(SPACE) + draw(FILLER) + draw(SPACE) + part
    return text + draw(SPACE) + draw(FILLER)


PROPERTY = settings(
    max_examples=int(os.environ.get("CHECKER_EXAMPLES", "300")),
    deadline=None,
    derandomize=not os.environ.get("CHECKER_EXAMPLES"),
    suppress_health_check=[HealthCheck.too_slow],
)


@PROPERTY
@given(text=messages(bad=True), lang=st.sampled_from(LANGS))
def test_a_message_with_one_bad_item_is_never_official(lists, script, text, lang):
    for found in (checker.classify(text, lists[lang]), script.classify(text, lists[lang])):
        assert found["verdict"] != "official", (text, found)
        assert any(entry["verdict"] == "not-official" for entry in found["items"]), (text, found)


@PROPERTY
@given(text=messages(bad=False), lang=st.sampled_from(LANGS))
def test_official_only_when_every_item_is(lists, script, text, lang):
    for found in (checker.classify(text, lists[lang]), script.classify(text, lists[lang])):
        verdicts = [entry["verdict"] for entry in found["items"]]
        assert (found["verdict"] == "official") == (bool(verdicts) and set(verdicts) == {"official"}), (text, found)
        ranks = [SEVERITY.index(verdict) for verdict in verdicts]
        assert ranks == sorted(ranks, reverse=True), ("not worst first", text, found)


@PROPERTY
@given(
    text=st.one_of(
        messages(bad=True),
        messages(bad=False),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
        st.text(alphabet="0123456789 +-.()@:/%\\。wa.mehttps", max_size=40),
    ),
    lang=st.sampled_from(LANGS),
)
def test_both_languages_of_code_agree(lists, script, text, lang):
    python, javascript = checker.classify(text, lists[lang]), script.classify(text, lists[lang])
    assert javascript == python, text
