/* The guide's service worker: read offline what you have opened, never an old number when online,
 * and never in the reader's way.
 *
 * - Pages, the search index and the vCard (they carry the numbers) come from the network first,
 *   past the browser's HTTP cache. The network's answer goes to the page at once (it streams as a
 *   first visit does) and a copy is kept in the background. A page's saved copy answers when the
 *   network fails, or has not answered within TIMEOUT, and the page then says so, with its date.
 * - One version of the site, one cache, named by the site's scope and version; activation deletes
 *   only this guide's older caches, so two guides on one origin (two sub-paths) leave each other be.
 * - Every page carries the build of the site's other files (<meta name="guide-build">). Scripts and
 *   images come from the saved copy first only for a page of this worker's build; a page of another
 *   build (a new version deployed while this worker still runs) gets the network's files and is not
 *   kept here; the browser fetches the new worker. The stylesheet, named by its content,
 *   is the same file in every build. So a version's copy holds that version's files only, and new
 *   pages never run with old scripts.
 * - After a page has loaded, it may ask for its language's pages to be kept ("keep" message, sent by
 *   docs/assets/js/offline.js; not when the reader's browser asks to save data).
 *
 * hooks/guide/offline.py writes the version, the build and the lists of each language into this file.
 * Everything is relative to the worker's own address, so the site may live under a sub-path. */

const VERSION = "__GUIDE_VERSION__";
const BUILD = "__GUIDE_BUILD__"; /* a hash of every file but the pages and this worker */
const LISTS = "__GUIDE_LISTS__"; /* {lang: [addresses relative to the site's base]} */
const ENABLED = "__GUIDE_ENABLED__"; /* false: built with OFFLINE=off, this worker removes itself */
const TIMEOUT = 3500; /* ms a page waits for the network before its saved copy answers (README) */
const BASE = new URL("./", self.location.href);
const PREFIX = `guide:${BASE.pathname}:`;
const CACHE = PREFIX + VERSION;
const SAVED_AT = "x-guide-saved-at";
const builds = new Map(); /* a page (client id) -> the build it came from (a promise) */

self.addEventListener("install", (event) => {
  self.skipWaiting();
  if (ENABLED) event.waitUntil(caches.open(CACHE));
});

/* The copies are put in the cache made at install and never in a new one: a newer worker deletes
 * it, and this one, still finishing a moment, must not bring it back. */
const saved = (request, options) => caches.match(request, { ...options, cacheName: CACHE });

/* Caches named "guide-<version>" by the worker before 2027 held one guide each: delete ours only. */
async function ownOldCache(name) {
  if (!/^guide-[0-9a-f]{16}$/.test(name)) return false;
  const [first] = await (await caches.open(name)).keys();
  return !first || first.url.startsWith(BASE.href);
}

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) ? name !== CACHE || !ENABLED : await ownOldCache(name)) await caches.delete(name);
    }
    if (ENABLED) await self.clients.claim();
  })().then(() => {
    /* not awaited inside the activation: the unregistration waits for it, and chromium then holds
     * every navigation of the scope */
    if (!ENABLED) self.registration.unregister();
  }));
});

const within = (url, folder) => url.pathname.startsWith(new URL(folder, BASE).pathname);
const named = (url) => within(url, "assets/stylesheets/"); /* named by its content (hooks/guide/stylesheet.py) */
const code = (url) => within(url, "assets/") && !within(url, "assets/search/"); /* scripts, images */

function buildOf(html) {
  const meta = /<meta\b[^>]*\bname="guide-build"[^>]*>/.exec(html);
  const content = meta && /\bcontent="([^"]*)"/.exec(meta[0]);
  return content ? content[1] : null;
}

/* A copy to keep: the same response, with the moment it was saved. */
async function keep(key, response, body) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  const copy = new Response(body, { status: response.status, statusText: response.statusText, headers });
  if (await caches.has(CACHE)) await (await caches.open(CACHE)).put(key, copy);
}

/* Read a page that came from the network: keep it if it is of this build. Resolves to the page's
 * build. (Another build means a new worker on the server: the browser fetches it on this navigation
 * by itself. Asking for it here, registration.update(), held the new worker back in chromium.) */
async function keepPage(key, response) {
  if (response.type !== "basic" || !(response.headers.get("content-type") || "").includes("text/html")) return null;
  const body = await response.arrayBuffer();
  const build = buildOf(new TextDecoder().decode(body));
  if (build === BUILD && response.ok) await keep(key, response, body);
  return build;
}

/* A saved page, marked for the reader: <html data-guide-saved-at="..."> (offline.js shows the notice). */
async function marked(response) {
  const saved = response.headers.get(SAVED_AT);
  if (!saved || !(response.headers.get("content-type") || "").includes("text/html")) return response;
  const html = (await response.text()).replace(/<html\b/i, `<html data-guide-saved-at="${saved}"`);
  return new Response(html, { status: response.status, headers: response.headers });
}

const late = (ms) => new Promise((resolve) => setTimeout(resolve, ms, "late"));

/* A page: the network's answer as it arrives, or the saved copy when the network fails or is late. */
async function page(event, network) {
  const { request } = event;
  const read = network.then((response) => keepPage(request, response.clone()));
  /* bounded: while this event lasts, chromium holds a new worker (and so the scope's navigations) back */
  event.waitUntil(Promise.race([read.catch(() => null), late(10_000)]));
  const copy = await saved(request, { ignoreSearch: true });
  const first = copy ? await Promise.race([network.catch(() => "failed"), late(TIMEOUT)]) : await network;
  const client = event.resultingClientId;
  if (first instanceof Response) {
    builds.set(client, read.catch(() => null));
    return first;
  }
  builds.set(client, Promise.resolve(BUILD));
  return marked(copy);
}

/* Anything else a page asks for: saved first for a page of this build, else the network. The
 * stylesheet does not wait to learn the page's build (it holds back the first paint); the scripts,
 * which run after the page has been read, do. */
async function file(event, url) {
  const { request } = event;
  const build = named(url) ? null : await Promise.race([builds.get(event.clientId), late(TIMEOUT)]);
  const known = build !== undefined && build !== "late";
  const ours = known && build === BUILD;
  if (named(url) || (ours && code(url))) {
    const copy = await saved(request);
    if (copy) return copy;
  }
  if (known && !ours && !named(url)) return fetch(request, { cache: "no-cache" }); /* another build's page */
  try {
    return await fetch(request, { cache: "no-cache" }); /* keepAll keeps the files */
  } catch (error) {
    const copy = await saved(request, { ignoreSearch: true });
    if (copy) return marked(copy);
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (!ENABLED || request.method !== "GET" || url.origin !== self.location.origin || !url.href.startsWith(BASE.href)) return;
  if (url.pathname.endsWith("/sw.js")) return;
  if (request.mode === "navigate") event.respondWith(page(event, fetch(request, { cache: "no-cache" })));
  else event.respondWith(file(event, url));
});

/* Keep pages and files in the background, one at a time and past the HTTP cache: the ones a page
 * has opened, then (unless the reader's browser asks to save data) every page and file of its
 * language. A page of another build stops it: the site has changed, and the new worker keeps it. */
async function keepAll(addresses) {
  for (const address of addresses) {
    const url = new URL(address, BASE).href;
    if (!url.startsWith(BASE.href) || (await saved(url))) continue;
    /* a newer worker is in line or has taken over: it keeps its own (and waits for this to end) */
    if (self.registration.installing || self.registration.waiting || !(await caches.has(CACHE))) return;
    try {
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok || response.type !== "basic") continue;
      if ((response.headers.get("content-type") || "").includes("text/html")) {
        if ((await keepPage(url, response)) !== BUILD) return;
      } else {
        await keep(url, response, await response.arrayBuffer());
      }
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
