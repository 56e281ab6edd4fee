"""Draw the picture for chat groups (a portrait PNG, 1080 x 1350) from a Sheet (hooks/guide/channels.py)
with Pillow and the DejaVu fonts shipped in fonts/, and the poster's QR code with segno. Nothing is
drawn by hand: a changed number in data/contacts.yml is a changed picture in the next build.

The output is the same, byte for byte, on every machine: the fonts are the project's own, Pillow's
wheels carry their own FreeType, and a PNG written by Pillow holds no date.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import segno
from mkdocs.exceptions import PluginError
from PIL import Image, ImageDraw, ImageFont

from guide import channels
from guide.channels import Sheet

FONTS = Path(__file__).resolve().parent.parent.parent / "fonts"
REGULAR, BOLD = "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"
WIDTH, HEIGHT, MARGIN = 1080, 1350, 64
GREEN, RED, INK, GREY, PALE = "#1b5e20", "#8e0000", "#111111", "#333333", "#fff4d6"
MAX_BYTES = 150 * 1024


@cache
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = FONTS / name
    if not path.is_file():
        raise PluginError(f"{path}: the font is missing: the picture is drawn with the fonts shipped in fonts/")
    return ImageFont.truetype(str(path), size)


def wrap(text: str, face: ImageFont.FreeTypeFont, width: int) -> list[str] | None:
    """The text in lines no wider than `width`, broken at spaces only (an address is never cut);
    None when a single word is wider."""
    lines: list[str] = []
    for word in text.split():
        if face.getlength(word) > width:
            return None
        if lines and face.getlength(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def blocks(sheet: Sheet, scale: float) -> list[tuple]:
    """(text, font name, size, colour, space above, boxed) for each block, top to bottom."""
    big, value, small = round(56 * scale), round(50 * scale), round(31 * scale)
    items = [(sheet.title, BOLD, big, GREEN, 0, False), (sheet.independent, BOLD, big, RED, 22, True)]
    for channel in sheet.channels:
        items += [
            (channel.value, BOLD, value, INK, 36, False),
            (channel.use, REGULAR, small, GREY, 4, False),
            (channel.evidence, REGULAR, small, GREY, 0, False),
        ]
    items += [
        (sheet.rule, BOLD, small, INK, 48, False),
        (sheet.otp, BOLD, small, RED, 18, False),
        (sheet.check, REGULAR, small, INK, 18, False),
        (sheet.check_address, BOLD, small, INK, 4, False),
        (sheet.reviewed, REGULAR, small, GREY, 18, False),
    ]
    return items


def layout(sheet: Sheet) -> list[tuple]:
    """Lines with their place: the largest text that fits the picture, or a clear failure."""
    for step in range(0, 31):
        scale, y, placed, fits = 1 - step / 100, MARGIN, [], True
        for text, name, size, colour, above, boxed in blocks(sheet, 1 - step / 100):
            face = font(name, size)
            pad = round(18 * scale) if boxed else 0
            lines = wrap(text, face, WIDTH - 2 * MARGIN - 2 * pad)
            if lines is None:
                fits = False
                break
            y += round(above * scale)
            top = y
            y += pad
            for line in lines:
                placed.append((MARGIN + pad, y, line, face, colour))
                y += round(size * 1.25)
            y += pad
            if boxed:
                placed.append(("box", top, y))
        if fits and y <= HEIGHT - MARGIN:
            return placed
    raise PluginError(f"the picture's text does not fit {WIDTH} x {HEIGHT} px even at 70 %: shorten it in data/ui.yml")


def draw(sheet: Sheet) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    pen = ImageDraw.Draw(image)
    pen.rectangle([0, 0, WIDTH - 1, 14], fill=GREEN)
    pen.rectangle([0, HEIGHT - 15, WIDTH - 1, HEIGHT - 1], fill=GREEN)
    placed = layout(sheet)
    for item in placed:
        if item[0] == "box":
            pen.rectangle([MARGIN - 4, item[1], WIDTH - MARGIN + 4, item[2]], fill=PALE, outline=RED, width=4)
    for item in placed:
        if item[0] != "box":
            x, y, line, face, colour = item
            pen.text((x, y), line, font=face, fill=colour)
    out = io.BytesIO()
    image.quantize(colors=32, dither=Image.Dither.NONE).save(out, "PNG", optimize=True)
    data = out.getvalue()
    if len(data) > MAX_BYTES:
        raise PluginError(
            f"the picture is {len(data)} bytes, more than {MAX_BYTES}: a phone in a chat group pays for it"
        )
    return data


@cache
def png(sheet: Sheet) -> bytes:
    """The picture of a sheet, drawn once a build (the page states its size, the hook writes it)."""
    return draw(sheet)


def qr(address: str) -> segno.QRCode:
    return segno.make(address, error="m", micro=False)


def qr_size(address: str, scale: int = 4) -> int:
    """The QR code's side in CSS pixels at `scale`, quiet zone included."""
    return qr(address).symbol_size(scale=scale, border=4)[0]


def qr_svg(address: str, scale: int = 4) -> bytes:
    """The QR code of an address, as SVG (a few KiB, sharp when printed), drawn with segno."""
    out = io.BytesIO()
    qr(address).save(out, kind="svg", scale=scale, border=4, xmldecl=False, svgns=True)
    return out.getvalue()


def write_pictures(site, config, build) -> None:
    """The sure channels as a picture for chat groups, and the poster's QR code, one of each per
    language, drawn from data/contacts.yml and data/ui.yml (hooks/guide/channels.py says what they show):

    - kontak/<ui.picture_file>: a portrait PNG, 1080 x 1350, under 150 KiB, that the contact and safety
      pages share ({{ picture:share }}). In kontak/, not assets/: the service worker asks the network
      first there, as for the pages and the vCard, so a changed number reaches a reader who is online.
    - poster/qr.svg: the QR code of the guide's home in that language, from SITE_URL, shown by the
      poster page ({{ poster:qr }}).

    Neither is loaded by a page before the reader asks: the picture is a link, and the QR code is an
    image on the poster page only. Neither is on the service worker's background list
    (hooks/guide/offline.py lists pages, their scripts and stylesheets): it keeps them once a reader
    has opened them.
    """
    for lang, folder in (("id", site.folder), ("en", site.folder / "en")):
        words = build.data.ui[lang]
        sheet = channels.sheet(build.data.contacts, words, lang, config.site_url)
        (folder / "kontak" / words["picture_file"]).write_bytes(png(sheet))
        (folder / "poster" / "qr.svg").write_bytes(qr_svg(channels.guide_address(config.site_url, lang)))
