"""The benchmark's server answers a revalidation as hosts do: the same gzipped file "304 Not
Modified" for its ETag, a changed file in full (tools/server.py)."""

from __future__ import annotations

import urllib.error
import urllib.request

from tools.server import SiteServer


def fetch(url: str, etag: str | None = None) -> tuple[int, str | None, bytes]:
    request = urllib.request.Request(
        url, headers={"Accept-Encoding": "gzip", **({"If-None-Match": etag} if etag else {})}
    )
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, response.headers.get("ETag"), response.read()
    except urllib.error.HTTPError as error:  # urllib raises on 304
        return error.code, error.headers.get("ETag"), b""


def test_a_revalidation_is_answered_not_modified_until_the_file_changes(tmp_path):
    (tmp_path / "a.js").write_text("export const a = 1;\n")
    with SiteServer(tmp_path, compress=True) as server:
        status, etag, body = fetch(server.url + "/a.js")
        assert status == 200 and etag and body, (status, etag)
        assert fetch(server.url + "/a.js", etag)[0] == 304
        (tmp_path / "a.js").write_text("export const a = 2;\n")
        status, changed, body = fetch(server.url + "/a.js", etag)
        assert status == 200 and changed != etag and body, (status, changed)


def test_under_a_prefix_only_the_prefix_is_served(tmp_path):
    """As GitHub Pages serves a project at /REPO/: the site there, and nothing outside it."""
    (tmp_path / "a.js").write_text("export const a = 1;\n")
    (tmp_path / "404.html").write_text("not here")
    with SiteServer(tmp_path, prefix="/REPO/") as server:
        assert fetch(server.url + "/REPO/a.js")[0] == 200
        assert fetch(server.url + "/a.js") == (404, None, b"")
        assert fetch(server.url + "/REPOa.js")[0] == 404
