/* The guide's service worker: read offline what you have opened, never an old number when online.
 *
 * - Pages, the search index and the vCard (they carry the numbers) come from the network first; the
 *   saved copy answers only when the network does not, and a page then says so, with its date.
 * - Styles, scripts and images come from the saved copy first: they belong to one version of the
 *   site, and a new version is a new cache.
 * - After a page has loaded, it may ask for its language's pages to be kept ("keep" message, sent by
 *   docs/assets/js/offline.js; not when the reader's browser asks to save data).
 * - One cache per version of the site; the old ones are deleted when a new worker takes over.
 *
 * hooks/offline.py writes the version and the lists of each language into this file at build time.
 * Everything is relative to the worker's own address, so the site may live under a sub-path. */

const VERSION = "__GUIDE_VERSION__";
const LISTS = "__GUIDE_LISTS__"; /* {lang: [addresses relative to the site's base]} */
const ENABLED = "__GUIDE_ENABLED__"; /* false: built with OFFLINE=off, this worker removes itself */
const CACHE = `guide-${VERSION}`;
const BASE = new URL("./", self.location.href);
const SAVED_AT = "x-guide-saved-at";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith("guide-") && (name !== CACHE || !ENABLED)) await caches.delete(name);
    }
    if (!ENABLED) await self.registration.unregister();
    else await self.clients.claim();
  })());
});

/* Saved copy first only for the site's styles, scripts and images; everything else (pages, the
 * search index, the vCard, the manifest) from the network first: they carry the numbers. */
function fromSavedCopyFirst(url) {
  const assets = new URL("assets/", BASE).pathname;
  return url.pathname.startsWith(assets) && !url.pathname.startsWith(assets + "search/");
}

/* A copy to keep: the same response, with the moment it was saved. */
async function keep(cache, request, response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  const body = await response.clone().arrayBuffer();
  await cache.put(request, new Response(body, { status: response.status, statusText: response.statusText, headers }));
}

/* A saved page, marked for the reader: <html data-guide-saved-at="..."> (offline.js shows the notice). */
async function marked(response) {
  const saved = response.headers.get(SAVED_AT);
  if (!saved || !(response.headers.get("content-type") || "").includes("text/html")) return response;
  const html = (await response.text()).replace(/<html\b/i, `<html data-guide-saved-at="${saved}"`);
  return new Response(html, { status: response.status, headers: response.headers });
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    /* past the browser's own HTTP cache too (hosts let it keep pages for minutes): ask the server,
     * which answers "not modified" cheaply when nothing changed */
    const response = await fetch(request, { cache: "no-cache" });
    if (response.ok && response.type === "basic") await keep(cache, request, response);
    return response;
  } catch (error) {
    const saved = await cache.match(request, { ignoreSearch: true });
    if (saved) return marked(saved);
    throw error;
  }
}

async function savedFirst(request) {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") await keep(cache, request, response);
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (!ENABLED || request.method !== "GET" || url.origin !== self.location.origin || !url.href.startsWith(BASE.href)) return;
  if (url.pathname.endsWith("/sw.js")) return;
  event.respondWith(fromSavedCopyFirst(url) ? savedFirst(request) : networkFirst(request));
});

/* Keep pages and files in the background, one at a time: the ones a page has opened, then (unless
 * the reader's browser asks to save data) every page and file of its language. */
async function keepAll(addresses) {
  const cache = await caches.open(CACHE);
  for (const address of addresses) {
    const url = new URL(address, BASE).href;
    if (!url.startsWith(BASE.href) || (await cache.match(url))) continue;
    try {
      const response = await fetch(url);
      if (response.ok && response.type === "basic") await keep(cache, url, response);
    } catch (error) {
      return; /* offline again: the next page view tries once more */
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (!ENABLED || data.type !== "keep") return;
  const opened = Array.isArray(data.urls) ? data.urls.filter((u) => typeof u === "string") : [];
  const language = typeof data.lang === "string" ? LISTS[data.lang] || [] : [];
  event.waitUntil(keepAll([...opened, ...language]).then(() => event.source && event.source.postMessage({ type: "kept" })));
});
