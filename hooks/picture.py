"""The sure channels as a picture for chat groups, and the poster's QR code, one of each per language,
drawn at build time from data/contacts.yml and data/ui.yml (hooks/guide/channels.py says what they
show, hooks/guide/picture.py draws them):

- kontak/<ui.picture_file>: a portrait PNG, 1080 x 1350, under 150 KiB, that the contact and safety
  pages share ({{ picture:share }}). In kontak/, not assets/: the service worker asks the network
  first there, as for the pages and the vCard, so a changed number reaches a reader who is online.
- poster/qr.svg: the QR code of the guide's home in that language, from SITE_URL, shown by the
  poster page ({{ poster:qr }}).

Neither is loaded by a page before the reader asks: the picture is a link, and the QR code is an image
on the poster page only. Neither is on the service worker's background list (hooks/offline.py lists
pages, their scripts and stylesheets): it keeps them once a reader has opened them.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from guide import channels, models, picture, texts
from guide.build import inner_language_build


@event_priority(-300)
def on_post_build(config, **kwargs):
    if inner_language_build(config):
        return
    site, data, ui = Path(config.site_dir), models.load_contacts(), texts.load_ui()
    for lang, folder in (("id", site), ("en", site / "en")):
        words = getattr(ui, lang)
        sheet = channels.sheet(data, words, lang, config.site_url)
        (folder / "kontak" / words["picture_file"]).write_bytes(picture.png(sheet))
        (folder / "poster" / "qr.svg").write_bytes(picture.qr_svg(channels.guide_address(config.site_url, lang)))
