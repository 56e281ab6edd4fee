"""The tests' and the benchmark's server answers a revalidation as hosts do: the same file (gzipped
or not) "304 Not Modified" for its ETag, a changed file in full, however soon (tools/server.py)."""

from __future__ import annotations

import os
import urllib.error
import urllib.request

from tools.server import SiteServer


def fetch(url: str, etag: str | None = None) -> tuple[int, str | None, bytes]:
    return get(url, etag)[:3]


def get(url: str, etag: str | None = None, since: str | None = None):
    """(status, ETag, body, Last-Modified), asked as a browser revalidates: with the validators it was given."""
    headers = {"Accept-Encoding": "gzip", **({"If-None-Match": etag} if etag else {})}
    request = urllib.request.Request(url, headers={**headers, **({"If-Modified-Since": since} if since else {})})
    try:
        with urllib.request.urlopen(request) as response:
            found = response.headers
            return response.status, found.get("ETag"), response.read(), found.get("Last-Modified")
    except urllib.error.HTTPError as error:  # urllib raises on 304
        return error.code, error.headers.get("ETag"), b"", error.headers.get("Last-Modified")


def test_a_revalidation_is_answered_not_modified_until_the_file_changes(tmp_path):
    (tmp_path / "a.js").write_text("export const a = 1;\n")
    with SiteServer(tmp_path, compress=True) as server:
        status, etag, body = fetch(server.url + "/a.js")
        assert status == 200 and etag and body, (status, etag)
        assert fetch(server.url + "/a.js", etag)[0] == 304
        (tmp_path / "a.js").write_text("export const a = 2;\n")
        status, changed, body = fetch(server.url + "/a.js", etag)
        assert status == 200 and changed != etag and body, (status, changed)


def test_a_file_changed_within_the_same_second_is_sent_again(tmp_path):
    """A file written twice within one second keeps its modification time in whole seconds, the
    date a server gives: the second write must still be sent. (A new sw.js taken for the old one kept
    the old worker: tests/test_offline.py::test_the_http_cache_check_can_fail failed 1 run in 3.)"""
    worker = tmp_path / "sw.js"
    worker.write_text("const VERSION = 1;\n")
    with SiteServer(tmp_path) as server:
        status, etag, body, since = get(server.url + "/sw.js")
        assert status == 200 and body and (etag or since), (status, etag, since)
        assert get(server.url + "/sw.js", etag, since)[0] == 304
        written = worker.stat().st_mtime
        worker.write_text("const VERSION = 2;\n")
        os.utime(worker, (written, written))  # within the same second: the same time, to the second
        status, _, body, _ = get(server.url + "/sw.js", etag, since)
        assert (status, body) == (200, b"const VERSION = 2;\n"), (status, body)


def test_under_a_prefix_only_the_prefix_is_served(tmp_path):
    """As GitHub Pages serves a project at /REPO/: the site there, and nothing outside it."""
    (tmp_path / "a.js").write_text("export const a = 1;\n")
    (tmp_path / "404.html").write_text("not here")
    with SiteServer(tmp_path, prefix="/REPO/") as server:
        assert server.url == server.origin + "/REPO"  # where the site starts
        assert fetch(server.origin + "/REPO/a.js")[0] == 200
        assert fetch(server.origin + "/a.js") == (404, None, b"")
        assert fetch(server.origin + "/REPOa.js")[0] == 404


def test_a_folder_without_index_html_is_not_found(tmp_path):
    """As on a static host: never a listing of the folder (a page missing from the build is a 404)."""
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "other.html").write_text("x")
    (tmp_path / "404.html").write_text("not here")
    with SiteServer(tmp_path) as server:
        assert fetch(server.url + "/page/")[0] == 404
        assert fetch(server.url + "/page/other.html/")[0] == 404  # a file asked for as a folder
        assert fetch(server.url + "/page/other.html")[0] == 200
        (tmp_path / "page" / "index.html").write_text("a page")
        assert fetch(server.url + "/page/")[0] == 200
        assert fetch(server.url + "/page/index.html/")[0] == 404
