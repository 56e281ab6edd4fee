"""Read and rewrite built pages with an HTML parser (BeautifulSoup), never with regular expressions:
each page once in MkDocs' page events, and the built site's pages once after the build (`Site`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup


def parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def serialise(soup: BeautifulSoup) -> str:
    """HTML5 output: void elements without a closing slash, attributes and scripts as they were."""
    return soup.decode(formatter="html5")


@dataclass
class Built:
    path: Path
    text: str  # the page as MkDocs wrote it
    soup: BeautifulSoup  # the page as the steps after the build change it


class Site:
    """The built site after the last language build: every HTML page read and parsed once; the steps
    change the parsed pages, and `write_pages` writes each once."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.pages = [Built(path, text, parse(text)) for path, text in self._read()]

    def _read(self):
        for path in sorted(self.folder.rglob("*.html")):
            yield path, path.read_text(encoding="utf-8")


def write_pages(site: Site, config, build) -> None:
    for page in site.pages:
        page.path.write_text(serialise(page.soup), encoding="utf-8")
