"""Read and rewrite built pages with an HTML parser (BeautifulSoup), never with regular expressions."""

from __future__ import annotations

from bs4 import BeautifulSoup


def parse(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def serialise(soup: BeautifulSoup) -> str:
    """HTML5 output: void elements without a closing slash, attributes and scripts as they were."""
    return soup.decode(formatter="html5")
