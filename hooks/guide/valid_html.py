"""Valid HTML: mend what Material for MkDocs 9.8 writes that the W3C Nu HTML Checker rejects, where no
block of its templates can be extended to fix it (tests/test_accessibility.py runs the checker).

- base.html writes `autocomplete="off"` on the drawer and search checkboxes, outside any block;
  `autocomplete` is not allowed on a checkbox. (Firefox may now restore an open drawer on reload.)
- partials/nav-item.html writes `tabindex=""` on section labels of the navigation; an empty tabindex
  is not a number, and browsers ignore it: removing it changes nothing for readers.
"""

from __future__ import annotations


def mend(soup, page, config, build) -> None:
    for toggle in soup.find_all("input", attrs={"type": "checkbox", "autocomplete": True}):
        del toggle["autocomplete"]
    for label in soup.find_all("label", attrs={"tabindex": ""}):
        del label["tabindex"]
