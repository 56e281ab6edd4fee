"""The readers' checker page (`cek-resmi`), end to end in chromium, in both languages: what a reader
does (types, pastes a whole message, presses Enter or the button, reads the verdict, hears it) and
what must never happen (an earlier verdict left on screen, a request sent, colour as the only sign).

The rule itself runs against every case of tests/fixtures/checker_cases.yml by direct calls in
tests/test_checker_rule.py; here a few cases go through the real page.
"""

from __future__ import annotations

import pytest

from tests import official

pytestmark = pytest.mark.browser
LANGS = {"id": "/", "en": "/en/"}
# The first words of each verdict, in each language: the tests' own copy, not data/ui.yml's.
FIRST_WORDS = {
    "official": {"id": "Yang ditemukan resmi.", "en": "What was found is official."},
    "unconfirmed": {"id": "Belum pasti.", "en": "Unconfirmed."},
    "not-official": {"id": "Bukan resmi.", "en": "Not official."},
    "invalid": {"id": "Tidak bisa diperiksa.", "en": "Cannot check."},
}
WEAK = official.written(official.WHATSAPP_ABROAD_1, "0NNN NNNN NNN")  # as readers type it
SCAM = (
    "Yth. Peserta BPJS Ketenagakerjaan\n"
    f"Info resmi: {official.MAIN_SITE.rstrip('/')}\n"
    "Dana JHT Anda Rp 15.000.000 siap cair.\n"
    "Klaim di https://klaim-jht.site/cair atau chat admin 0812-3456-7890\n"
    "Kode OTP: 482913"
)
READ = r"""() => {
    const r = document.querySelector('[data-check-result]');
    const heard = (el) => { const copy = el.cloneNode(true);  /* what a screen reader reads: no icons */
        copy.querySelectorAll('[aria-hidden=true]').forEach(icon => icon.remove());
        return copy.textContent.replace(/\s+/g, ' ').trim(); };
    const status = r.querySelector('[role=status]');
    return {verdict: r.dataset.verdict || null, reason: r.dataset.reason || null,
            summary: status ? heard(status) : null,
            items: [...r.querySelectorAll('[data-check-items] li')].map(heard)};
}"""


@pytest.fixture(scope="module")
def context(browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    yield context
    context.close()


class Checker(dict):
    """The checker page in each language, opened when a test first asks for it."""

    def __init__(self, context, base: str):
        super().__init__()
        self.context, self.base = context, base

    def __missing__(self, lang: str):
        page = self.context.new_page()
        page.goto(self.base + LANGS[lang] + "cek-resmi/")
        page.wait_for_function("() => document.querySelector('[data-check-form]').dataset.ready")
        self[lang] = page
        return page


@pytest.fixture
def checker(context, server):
    """A fresh checker page in each language a test uses."""
    opened = Checker(context, server.url)
    yield opened
    for page in opened.values():
        page.close()


def submit(page, text: str, how: str = "enter") -> dict:
    """Put the text in the box as a reader does, send it, and read the verdict once it is shown."""
    page.bring_to_front()  # a reader's tab is in front: background tabs hold animation frames back
    box = page.locator("[data-check-input]")
    box.fill("")
    if how == "paste":
        box.focus()
        page.keyboard.insert_text(text)  # what a paste does: the whole text at once, line breaks kept
    else:
        box.fill(text)
    if how == "button":
        page.click("[data-check-form] button[type=submit]")
    else:
        box.press("Enter")
    page.wait_for_function("() => document.querySelector('[data-check-result] [role=status]').innerText.trim()")
    return page.evaluate(READ)


@pytest.mark.parametrize("lang", LANGS)
def test_a_pasted_message_is_judged_whole(checker, lang):
    page = checker[lang]
    found = submit(page, SCAM, how="paste")
    assert page.input_value("[data-check-input]") == SCAM, "the box did not keep the message as pasted"
    assert (found["verdict"], found["reason"]) == ("not-official", "other-site"), found
    assert found["summary"].startswith(FIRST_WORDS["not-official"][lang]), found["summary"]
    assert "klaim-jht.site" in found["summary"], f"the summary must name the worst item: {found['summary']}"
    # every link and number, the worst first: two not official, then the official site; no amount, no code
    assert len(found["items"]) == 3, found["items"]
    assert "klaim-jht.site" in found["items"][0] and "0812-3456-7890" in found["items"][1], found["items"]
    assert official.OFFICIAL_DOMAIN in found["items"][2], found["items"]
    assert found["items"][2].startswith(FIRST_WORDS["official"][lang][:-1]), found["items"]
    assert not any("482913" in item or "15.000.000" in item for item in found["items"]), found["items"]


@pytest.mark.parametrize("lang", LANGS)
def test_enter_and_the_button_send_shift_enter_starts_a_line(checker, lang):
    page = checker[lang]
    assert submit(page, "175")["verdict"] == "official"
    assert submit(page, "0812 3456 7890", how="button")["verdict"] == "not-official"
    box = page.locator("[data-check-input]")
    box.fill("175")
    box.press("Shift+Enter")
    box.press_sequentially("https://s.id/x")
    assert page.input_value("[data-check-input]") == "175\nhttps://s.id/x"
    assert page.get_attribute("[data-check-result]", "data-verdict") == "not-official", "Shift+Enter sent the form"
    assert submit(page, page.input_value("[data-check-input]"), how="button")["reason"] == "shortener"


@pytest.mark.parametrize("lang", LANGS)
def test_a_weak_number_is_never_shown_as_official(checker, lang):
    """Amber, its first words say so, its caution comes first, and the sure alternative follows."""
    page = checker[lang]
    colours = {}
    for text, verdict in (("175", "official"), (WEAK, "unconfirmed"), ("0812 3456 7890", "not-official")):
        found = submit(page, text)
        assert found["verdict"] == verdict, found
        assert found["summary"].startswith(FIRST_WORDS[verdict][lang]), found["summary"]
        colours[verdict] = page.eval_on_selector("[data-check-result]", "r => getComputedStyle(r).backgroundColor")
        icon = page.locator("[data-check-result] [role=status] [aria-hidden=true]")
        assert icon.count() == 1 and icon.inner_text().strip(), f"{text}: no icon beside the words"
    assert len(set(colours.values())) == 3, f"the three verdicts must look different: {colours}"
    found = submit(page, WEAK)
    caution = official.caution(official.WHATSAPP_ABROAD_1, lang)
    after_first_words = found["summary"].removeprefix(FIRST_WORDS["unconfirmed"][lang]).strip().lower()
    assert after_first_words.startswith(caution.split(":")[0]), found["summary"]
    assert "175" in found["summary"], f"the sure alternative is missing: {found['summary']}"


@pytest.mark.parametrize("lang", LANGS)
def test_an_earlier_verdict_never_stays(checker, lang):
    page = checker[lang]
    assert submit(page, official.SSO)["verdict"] == "official"
    assert submit(page, "tel:0811%ZZ")["verdict"] == "invalid"  # decodeURIComponent throws on it
    assert submit(page, official.SSO)["verdict"] == "official"
    # Any error in the rule ends in 'cannot check', never in the verdict before it.
    page.evaluate(
        "() => { window.sort = Array.prototype.sort; Array.prototype.sort = () => { throw new Error('x'); }; }"
    )
    found = submit(page, official.SSO)  # classify() sorts what it found
    page.evaluate("() => { Array.prototype.sort = window.sort; }")
    assert (found["verdict"], found["reason"]) == ("invalid", "error"), found
    assert found["summary"].startswith(FIRST_WORDS["invalid"][lang]), found["summary"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_verdict_is_announced_and_passes_axe(checker, axe_source, lang):
    """The summary sits in a status region (read out by screen readers), written afresh each time;
    axe finds nothing on the page, then in the checker (the form and the result: all that a verdict
    changes) with each verdict on screen."""
    from tests.sweep import AXE_TAGS, RUN_AXE

    page = checker[lang]
    page.evaluate(axe_source)
    assert page.locator("[data-check-result] [role=status]").count() == 1
    label = page.locator("[data-check-input]").evaluate("box => box.labels[0].innerText")
    assert label.strip(), "the box has no label"
    problems = {"page": page.evaluate(RUN_AXE, {"tags": AXE_TAGS})}
    for text in ("175", WEAK, SCAM, "halo"):
        submit(page, text)
        within = ["[data-check-form]", "[data-check-result]"]
        problems[text[:20]] = page.evaluate(RUN_AXE, {"tags": AXE_TAGS, "within": within})
    assert not any(problems.values()), problems


def test_works_offline_and_sends_nothing(checker):
    page = checker["en"]
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.context.set_offline(True)
    try:
        found = submit(page, SCAM, how="paste")
    finally:
        page.context.set_offline(False)
    assert found["verdict"] == "not-official", found
    assert not requests, f"the checker made requests: {requests}"


@pytest.mark.parametrize("prefix", ["/", "/en/"])
def test_without_javascript_the_page_still_explains_the_rule(browser, server, prefix):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + prefix + "cek-resmi/")
    assert page.locator("[data-check-nojs]").is_visible(), "the no-JavaScript notice is not shown"
    assert not page.locator("[data-check-form]").is_visible(), "a box that cannot work is shown without JavaScript"
    steps = page.locator("#tautan ~ ol").first.locator("li")
    assert steps.count() == 4, f"expected the rule's 4 steps, found {steps.count()}"
    assert "." + official.OFFICIAL_DOMAIN in steps.nth(2).inner_text()
    context.close()
