"""The picture of the sure channels for chat groups (hooks/guide/picture.py), read back as a reader's phone
would show it: Tesseract OCR (Debian's tesseract-ocr with its Indonesian data, installed by
scripts/ensure-ocr) reads each built picture, and every sure channel must be read exactly, with no other
run of three or more digits than the dates (the data's review, each channel's evidence). The
picture's text on the page must be what the picture says. Expected values come from
tests/official.py, never from the hooks.

Each check is shown failing on a planted picture: one drawn with an unconfirmed number, one with a
mistyped email, one without the one-time-code rule, one with a channel missing its evidence, one
without the date the data was reviewed, one with the warning that this is an independent guide in
small print."""

from __future__ import annotations

import io
import re
import shutil

import pytest
from PIL import Image

from tests import official

OCR_LANG = {"id": "ind", "en": "eng"}
KONTAK = {"id": "kontak/index.html", "en": "en/kontak/index.html"}
# Pinned here, not read from data/ui.yml: the file name a chat shows, and the words the picture must say.
FILE = {"id": "saluran-resmi-bpjs-ketenagakerjaan.png", "en": "bpjs-ketenagakerjaan-official-channels.png"}
INDEPENDENT = {
    "id": "Panduan independen, bukan BPJS Ketenagakerjaan",
    "en": "Independent guide, not BPJS Ketenagakerjaan",
}
OTP = {
    "id": "Jangan berikan kode OTP atau kata sandi kepada siapa pun",
    "en": "Never give your OTP or password to anyone",
}
RULE = {"id": f"berakhiran .{official.OFFICIAL_DOMAIN}", "en": f"end in .{official.OFFICIAL_DOMAIN}"}  # with the dot
CALL = {"id": "dari nomor Indonesia", "en": "from an Indonesian number"}
MONTHS = (
    "januari februari maret april mei juni juli agustus september oktober november desember "
    "january february march may june july august october december"
).split()
DATE = re.compile(r"\b\d{1,2} (?:" + "|".join(MONTHS) + r") (\d{4})\b", re.IGNORECASE)
REVIEWED = {"id": "Data diperiksa:", "en": "Data last reviewed:"}  # then the date
MAX_BYTES = 150 * 1024


def tesseract():
    """pytesseract with the engine and both languages' data, or a failure that says how to get them."""
    import pytesseract

    if not shutil.which("tesseract"):
        pytest.fail(
            "Tesseract is missing: run 'make test' (scripts/ensure-ocr installs it where it runs as root), "
            "or: sudo apt-get install tesseract-ocr tesseract-ocr-ind",
            pytrace=False,
        )
    missing = set(OCR_LANG.values()) - set(pytesseract.get_languages())
    if missing:
        pytest.fail(
            f"Tesseract has no data for {sorted(missing)}: sudo apt-get install tesseract-ocr-ind", pytrace=False
        )
    return pytesseract


def read(png: bytes, lang: str) -> str:
    return tesseract().image_to_string(Image.open(io.BytesIO(png)), lang=OCR_LANG[lang])


def words(text: str) -> list[str]:
    return [w.strip(".,:;").lower() for w in text.split() if w.strip(".,:;")]


def ocr_problems(text: str, lang: str, site_url: str) -> list[str]:
    """What the OCR text of a picture must say, and the digits it must not hold."""
    problems = []
    flat = " ".join(text.split())
    tokens = {w.strip(".,:;") for w in flat.split()}
    for channel in official.PICTURE_CHANNELS:
        if channel not in tokens:
            problems.append(f"the sure channel {channel!r} is not read exactly")
    problems += evidence_problems(flat, lang)
    check = site_url + ("en/" if lang == "en" else "") + "cek-resmi/"
    for name, expected in (
        ("independent", INDEPENDENT[lang]),
        ("OTP rule", OTP[lang]),
        ("address rule", RULE[lang]),
        ("175 from an Indonesian number", CALL[lang]),
        ("where to check", check),
    ):
        if expected not in flat:
            problems.append(f"the {name} line is not read: expected {expected!r}")
    reviewed = re.compile(re.escape(REVIEWED[lang]) + r" " + DATE.pattern, re.IGNORECASE)
    if not reviewed.search(flat):
        problems.append(f"no '{REVIEWED[lang]}' with its date (day, month, year) is read")
    undated = DATE.sub(" ", flat)
    years = {year for _, year in official.PICTURE_EVIDENCE.values()}
    for run in re.findall(r"\d{3,}", undated):
        if run not in official.SHORT_CODES and run not in years:
            problems.append(f"a run of digits {run!r} that is neither a sure channel nor the date")
    digits = re.sub(r"\D", "", undated)
    for number in official.CAUTIONS:
        if number.removeprefix("+62") in digits:
            problems.append(f"the weak number {number} ({official.caution(number, 'en')}) is on the picture")
    return problems


def evidence_problems(flat: str, lang: str) -> list[str]:
    """Each channel's own evidence, read between it and the next channel (or the address rule): its
    strength's word and its year, pinned in tests/official.py."""
    problems = []
    ends = [*official.PICTURE_CHANNELS[1:], RULE[lang]]
    for channel, end in zip(official.PICTURE_CHANNELS, ends, strict=True):
        start = flat.find(channel)
        stop = flat.find(end, start + len(channel)) if start >= 0 else -1
        kind, year = official.PICTURE_EVIDENCE[channel]
        beside = flat[start:stop].lower() if stop > start else ""
        if official.EVIDENCE_WORDS[kind][lang] not in beside or year not in beside:
            problems.append(f"{channel!r}: its evidence ({kind}, {year}) is not read beside it: {beside!r}")
    return problems


def prominence_problems(png: bytes, lang: str) -> list[str]:
    """'Independent guide' as prominent as the title: its letters at least 90 % of the tallest."""
    data = tesseract().image_to_data(
        Image.open(io.BytesIO(png)), lang=OCR_LANG[lang], output_type=tesseract().Output.DICT
    )
    heights = {w.strip(".,:;").lower(): h for w, h in zip(data["text"], data["height"], strict=True) if w.strip()}
    word = INDEPENDENT[lang].split()[1].strip(",").lower()  # "independen", "independent"
    tallest = max(heights.values(), default=0)
    if word not in heights:
        return [f"{word!r} is not read"]
    if heights[word] < 0.9 * tallest:
        return [f"{word!r} is {heights[word]} px high, the tallest words {tallest} px: not as prominent as the title"]
    return []


def picture_link(pages, key: str, lang: str):
    page = next(p for p in pages if p.key == key and p.lang == lang)
    return page, page.soup.select_one("a[data-share-picture]")


@pytest.fixture(scope="module")
def ocr(site) -> dict[str, tuple[bytes, str]]:
    found = {}
    for lang in ("id", "en"):
        png = (site / ("en/" if lang == "en" else "") / "kontak" / FILE[lang]).read_bytes()
        found[lang] = (png, read(png, lang))
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_picture_is_a_small_portrait_png(ocr, lang):
    png, _ = ocr[lang]
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (1080, 1350), (image.format, image.size)
    assert len(png) <= MAX_BYTES, f"{len(png)} bytes, more than {MAX_BYTES}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_picture_reads_back_the_sure_channels_only(ocr, site_url, lang):
    png, text = ocr[lang]
    problems = ocr_problems(text, lang, site_url) + prominence_problems(png, lang)
    assert not problems, "\n".join(problems) + "\n\nOCR read:\n" + text


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key", ["kontak", "keamanan"])
def test_page_links_the_picture_with_its_full_text(pages, site, ocr, key, lang):
    page, link = picture_link(pages, key, lang)
    assert link is not None, f"{page.name}: no link to the picture"
    assert link.get("download") == FILE[lang] and link.get("type") == "image/png", link
    target = (site / page.rel).parent / link["href"]
    assert target.resolve() == (site / KONTAK[lang]).parent.resolve() / FILE[lang], link["href"]
    assert not page.soup.find("img", src=re.compile(r"\.png$")), f"{page.name}: the picture is embedded"
    described = page.soup.find(id=link.get("aria-describedby"))
    assert described is not None, f"{page.name}: the link is not described by the picture's text"
    alt = [p for p in described.find_all(["p", "li"])][1:]  # after the line about the file
    on_page = words(" ".join(node.get_text(" ") for node in alt))
    assert on_page == words(ocr[lang][1]), f"{page.name}: the text beside the link is not what the picture says"


def test_a_changed_address_in_the_data_is_a_changed_picture():
    """Nothing is drawn by hand: the picture is drawn from data/contacts.yml, so a new address there
    is read back from the picture."""
    from guide import channels, models, picture, texts

    data = models.load_contacts()
    email = data.contacts["email"].model_copy(update={"value": f"help@{official.OFFICIAL_DOMAIN}"})
    changed = data.model_copy(update={"contacts": {**data.contacts, "email": email}})
    sheet = channels.sheet(changed, texts.load_ui().en, "en", "https://cek-nomor-bpjstk.example.org/")
    tokens = {w.strip(".,:;") for w in read(picture.draw(sheet), "en").split()}
    assert f"help@{official.OFFICIAL_DOMAIN}" in tokens and official.EMAIL not in tokens


# --- planted defects -----------------------------------------------------------------------------


def planted(change) -> bytes:
    from dataclasses import replace

    from guide import channels, models, picture, texts

    sheet = channels.sheet(models.load_contacts(), texts.load_ui().en, "en", "https://cek-nomor-bpjstk.example.org/")
    return picture.draw(change(sheet, replace, channels.Channel))


def test_ocr_check_catches_an_unconfirmed_number_on_the_picture(site_url):
    png = planted(
        lambda s, replace, Channel: replace(
            s,
            channels=(
                *s.channels,
                Channel(official.written(official.HEAD_OFFICE, "0NN NNN NNNN"), "Head office phone", ""),
            ),
        )
    )
    problems = ocr_problems(read(png, "en"), "en", site_url)
    assert any(f"'{official.HEAD_OFFICE[-4:]}'" in p for p in problems), problems
    assert any(official.HEAD_OFFICE in p for p in problems), problems


def test_ocr_check_catches_a_mistyped_email(site_url):
    png = planted(
        lambda s, replace, Channel: replace(
            s, channels=tuple(Channel(c.value.replace("care@", "care1@"), c.use, c.evidence) for c in s.channels)
        )
    )
    problems = ocr_problems(read(png, "en"), "en", site_url)
    assert f"the sure channel '{official.EMAIL}' is not read exactly" in problems, problems


def test_ocr_check_catches_a_channel_without_its_evidence(site_url):
    """The email drawn without its 'reported (2020)': the 175 line's evidence below it does not count."""
    png = planted(
        lambda s, replace, Channel: replace(
            s,
            channels=tuple(
                Channel(c.value, c.use, "" if c.value == official.EMAIL else c.evidence) for c in s.channels
            ),
        )
    )
    problems = ocr_problems(read(png, "en"), "en", site_url)
    assert any(p.startswith(f"'{official.EMAIL}': its evidence (reported, 2020)") for p in problems), problems
    assert len([p for p in problems if "its evidence" in p]) == 1, problems


def test_ocr_check_catches_a_picture_without_the_review_date(site_url):
    """Each channel's evidence carries a date too: the data's own review date must still be read."""
    png = planted(lambda s, replace, Channel: replace(s, reviewed=""))
    problems = ocr_problems(read(png, "en"), "en", site_url)
    assert "no 'Data last reviewed:' with its date (day, month, year) is read" in problems, problems


def test_prominence_check_catches_a_small_independent_line():
    png = planted(
        lambda s, replace, Channel: replace(s, independent=s.title, reviewed=s.reviewed + ". " + s.independent)
    )
    problems = prominence_problems(png, "en")
    assert any("not as prominent as the title" in p for p in problems), problems


def test_ocr_check_catches_a_picture_without_the_otp_rule(site_url):
    png = planted(lambda s, replace, Channel: replace(s, otp="Call us."))
    problems = ocr_problems(read(png, "en"), "en", site_url)
    assert any("OTP rule" in p for p in problems), problems


# --- the share action, in chromium ----------------------------------------------------------------

PAGES = {("kontak", "id"): "/kontak/", ("kontak", "en"): "/en/kontak/", ("keamanan", "en"): "/en/keamanan/"}
FILE_SHARING = """
Object.defineProperty(Navigator.prototype, "canShare", {configurable: true, value(data) {
  return Boolean(data && data.files && data.files.length && %s);
}});
Object.defineProperty(Navigator.prototype, "share", {configurable: true, value(data) {
  window.guideShared = data.files.map((f) => ({name: f.name, type: f.type, size: f.size}));
  return Promise.resolve();
}});
"""
NO_SHARING = "delete Navigator.prototype.canShare; delete Navigator.prototype.share;"


def phone(browser, script: str | None, **options):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, **options)
    if script:
        context.add_init_script(script)
    return context


def shared_files(page) -> list[dict] | None:
    for _ in range(50):
        found = page.evaluate("() => window.guideShared")
        if found:
            return found
        page.wait_for_timeout(100)
    return None


def share_problems(files, lang: str, size: int) -> list[str]:
    if not files:
        return ["nothing was offered to the share sheet"]
    expected = [{"name": FILE[lang], "type": "image/png", "size": size}]
    return [] if files == expected else [f"offered {files}, expected {expected}"]


@pytest.mark.browser
@pytest.mark.parametrize("where", list(PAGES))
def test_share_action_offers_the_picture_itself(browser, server, site, where):
    key, lang = where
    context = phone(browser, FILE_SHARING % "true")
    page = context.new_page()
    page.goto(server.url + PAGES[where])
    link = page.locator("[data-share-picture][data-share-ready]")
    box = link.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44, f"the share action is {box}: under 44 px"
    link.click()
    problems = share_problems(
        shared_files(page), lang, (site / KONTAK[lang]).parent.joinpath(FILE[lang]).stat().st_size
    )
    status = page.locator("[data-share-picture-status]").text_content()
    context.close()
    assert not problems, "; ".join(problems)
    assert status, "the page does not say the picture was shared"


@pytest.mark.browser
def test_share_check_catches_a_picture_offered_as_another_type(browser, server, site):
    context = phone(browser, FILE_SHARING % "true")
    page = context.new_page()
    page.goto(server.url + "/en/kontak/")
    page.locator("[data-share-picture][data-share-ready]").evaluate("(a) => a.setAttribute('type', 'text/plain')")
    page.locator("[data-share-picture]").click()
    problems = share_problems(shared_files(page), "en", (site / "en/kontak" / FILE["en"]).stat().st_size)
    context.close()
    assert any("'type': 'text/plain'" in p for p in problems), problems


@pytest.mark.browser
@pytest.mark.parametrize(
    "script, options",
    [(NO_SHARING, {}), (FILE_SHARING % "false", {}), (None, {"java_script_enabled": False})],
    ids=["no-web-share", "cannot-share-files", "no-javascript"],
)
def test_share_action_downloads_the_picture_otherwise(browser, server, site, script, options):
    context = phone(browser, script, **options)
    page = context.new_page()
    page.goto(server.url + "/kontak/")
    if options.get("java_script_enabled", True):
        # the share module has run: it sets up the picture's action, then shows the copy-link button
        page.wait_for_function("() => !document.querySelector('[data-copy-link]').hidden")
    with page.expect_download() as download:
        page.locator("[data-share-picture]").click()
    name, data = download.value.suggested_filename, open(download.value.path(), "rb").read()
    shared = page.evaluate("() => window.guideShared || null") if options.get("java_script_enabled", True) else None
    context.close()
    assert name == FILE["id"], name
    assert data == (site / "kontak" / FILE["id"]).read_bytes(), "the download is not the built picture"
    assert shared is None, "the picture went to a share sheet that cannot share files"


# --- light on the reader's data ---------------------------------------------------------------------
# That no page fetches the picture or the QR code before it is asked for is checked on every page and
# width by the browser sweep (tests/test_browser.py, which records each page's requests).


def test_service_worker_keeps_neither_in_the_background(site):
    lists = re.search(r"const LISTS = (\{.*?\});", (site / "sw.js").read_text(encoding="utf-8")).group(1)
    assert "poster/" in lists, "the background list was not read"
    assert not re.search(r"\.png|qr\.svg", lists), "the service worker copies the picture or the QR code unasked"


def test_build_fails_clearly_without_the_font(tmp_path, monkeypatch):
    from mkdocs.exceptions import PluginError

    from guide import picture

    monkeypatch.setattr(picture, "FONTS", tmp_path)
    picture.font.cache_clear()
    try:
        with pytest.raises(PluginError, match="DejaVuSans-Bold.ttf: the font is missing"):
            picture.font(picture.BOLD, 40)
    finally:
        picture.font.cache_clear()
