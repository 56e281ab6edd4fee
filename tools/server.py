"""A real HTTP server on 127.0.0.1 for the built site, the way a static host serves it: index.html
for folders, the site's 404.html with status 404, the response headers of the site's `_headers`
file (Content-Security-Policy, caching), and gzip for text when asked (the benchmark). Every file
has an ETag of its bytes, so that a revalidation is answered "304 Not Modified" as hosts answer it,
and a file changed since is sent again, however soon: the standard library's check, the file's
modification time in whole seconds (If-Modified-Since), took a file written twice within a second
for unchanged (a test's new sw.js then looked like the old one to chromium's update check). No
Last-Modified either: hosts without a rule send `max-age=0, must-revalidate` (README: Publish), so
nothing is kept fresh by a guess from a file's age.

For the tests, it may serve the site under a sub-path (`prefix="/REPO/"`, as GitHub Pages serves a
project: anything outside it is not found), and hold a response (`hold`): a stalled network, or a
page that stops after its first part until the test lets the rest go. For the benchmarks, it may slow
the network itself (`link`: a round trip before each answer and one shared bandwidth), which also
slows the service worker's own fetches, where chromium's page emulation does not reach."""

from __future__ import annotations

import fnmatch
import functools
import gzip
import hashlib
import http.server
import io
import os
import threading
import time
from pathlib import Path

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".pf_meta", ".webmanifest")


def parse_headers_file(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Netlify/Cloudflare `_headers`: a path pattern, then indented `Name: value` lines."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    if not path.exists():
        return rules
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), []))
        elif rules:
            name, _, value = line.strip().partition(":")
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


class Hold:
    """A response held back: nothing at all (`until` the event is set), or, with `after`, the page up
    to that text first and the rest once the event is set."""

    def __init__(self, after: str | None = None, limit: float = 60):
        self.release, self.after, self.limit = threading.Event(), after, limit
        self.started = threading.Event()


class Link:
    """A slow network at the server: `latency` seconds before each answer, then its bytes at `rate`
    bytes per second, shared by every answer in flight (one phone, one radio). Off until `on`."""

    def __init__(self, latency: float, rate: float):
        self.latency, self.rate, self.on = latency, rate, False
        self.lock, self.free_at, self.sent = threading.Lock(), 0.0, 0

    def wait_turn(self, size: int) -> None:
        with self.lock:
            self.sent += size
            start = max(time.monotonic(), self.free_at)
            self.free_at = start + size / self.rate
            until = self.free_at
        time.sleep(max(0.0, until - time.monotonic()))


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    rules: list = []
    compress = False
    prefix = "/"
    holds: dict = {}
    link: Link | None = None
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".pagefind": "application/octet-stream",
        ".pf_meta": "application/octet-stream",
        ".pf_index": "application/octet-stream",
        ".pf_fragment": "application/octet-stream",
        ".js": "text/javascript",
        ".vcf": "text/vcard",
    }

    def translate_path(self, path):
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.startswith(self.prefix):
            return os.path.join(self.directory, "-outside-the-prefix-", "-")  # no such file: a 404
        return super().translate_path("/" + path[len(self.prefix) :])

    def do_GET(self):
        if self.link and self.link.on:
            time.sleep(self.link.latency)
        hold = self.holds.get(self.path.split("?")[0])
        if hold is None:
            return super().do_GET()
        hold.started.set()
        if hold.after is None:
            hold.release.wait(hold.limit)
            return super().do_GET()
        path = Path(self.translate_path(self.path))
        body = (path / "index.html" if path.is_dir() else path).read_bytes()
        cut = body.index(hold.after.encode()) if hold.after.encode() in body else len(body) // 2
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[:cut])
        self.wfile.flush()
        hold.release.wait(hold.limit)
        self.wfile.write(body[cut:])

    def copyfile(self, source, outputfile):
        if not (self.link and self.link.on):
            return super().copyfile(source, outputfile)
        while chunk := source.read(1400):  # about one TCP segment at a time, as a radio sends them
            self.link.wait_turn(len(chunk))
            outputfile.write(chunk)
            outputfile.flush()

    def end_headers(self):
        request_path = "/" + self.path.split("?")[0].split("#")[0].removeprefix(self.prefix)
        for pattern, headers in self.rules:
            if fnmatch.fnmatchcase(request_path, pattern):
                for name, value in headers:
                    self.send_header(name, value)
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        as_folder = self.path.split("?")[0].endswith("/")
        if path.is_dir():
            if not as_folder:
                return super().send_head()  # the redirect to the folder
            path = path / "index.html"
        elif as_folder and path.is_file():  # a file asked for as a folder: not found, as on a static host
            self.send_error(404)
            return None
        if not path.is_file():
            return super().send_head()  # the 404 (a folder without index.html too: list_directory)
        body = path.read_bytes()
        gzipped = self.compress and path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if gzipped:
            body = gzip.compress(body, compresslevel=9, mtime=0)
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        if etag in self.headers.get("If-None-Match", ""):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        if self.compress:
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def list_directory(self, path):
        """A folder without index.html is not found, as on a static host (never a listing)."""
        self.send_error(404)
        return None

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.exists():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):
        pass

    def handle_one_request(self):
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError):  # the browser went away (a page closed): not an error
            self.close_connection = True


class SiteServer:
    def __init__(
        self,
        directory: Path,
        compress: bool = False,
        headers_file: bool = True,
        prefix: str = "/",
        link: Link | None = None,
    ):
        rules = parse_headers_file(Path(directory) / "_headers") if headers_file else []
        self.holds: dict[str, Hold] = {}  # request path -> Hold, set by a test while it runs
        self.link = link
        attributes = {"rules": rules, "compress": compress, "prefix": prefix, "holds": self.holds, "link": link}
        handler = type("Handler", (SiteHandler,), attributes)
        self.httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(directory))
        )
        self.origin = f"http://127.0.0.1:{self.httpd.server_port}"
        self.url = self.origin + prefix.rstrip("/")  # where the site starts: add "/en/kontak/" to it
        self.rules = rules
        # Asked to stop, serve_forever notices within its poll interval: 0.5 s by default, which each
        # server's end waited out (35 servers a suite run, 12 s in a profile).
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self) -> SiteServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        for hold in self.holds.values():
            hold.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
