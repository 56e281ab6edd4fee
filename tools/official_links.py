"""Are the official addresses still answering, on the agency's own domain? For each pinned web
address (tests/official.py URLS), follow its redirects over the network and report one that does
not answer, answers an error, or ends on another host than its own (the agency's domain for the
agency's addresses). Run by `make linkcheck-online` (the weekly workflow), never by `make test`:
CI has no internet. Exit 1 on any problem."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import official  # noqa: E402


def allowed(start: str, end: str) -> bool:
    """The final host is the address's own, or on the agency's domain when the address is."""
    first, last = urlsplit(start).hostname or "", urlsplit(end).hostname or ""
    agency = official.OFFICIAL_DOMAIN
    if first == agency or first.endswith("." + agency):
        return urlsplit(end).scheme == "https" and (last == agency or last.endswith("." + agency))
    return last == first


def check(url: str, timeout: float = 30) -> str | None:
    request = urllib.request.Request(url, headers={"User-Agent": "Mozilla/5.0 (guide link check)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final = response.geturl()
    except urllib.error.HTTPError as error:
        return f"{url}: answers {error.code}"
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        return f"{url}: does not answer ({error})"
    if not allowed(url, final):
        return f"{url}: redirects off its domain, to {final}"
    return None


def main() -> int:
    problems = [problem for url in official.URLS if (problem := check(url))]
    for problem in problems:
        print(problem)
    print(f"{len(official.URLS)} official addresses checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
