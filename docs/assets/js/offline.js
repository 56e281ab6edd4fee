/* Offline reading, the page's side (docs/sw.js is the worker):
 * - registers the worker once the page has loaded, with the site's base as its scope;
 * - then asks it to keep this language's pages, unless the browser asks to save data (then only
 *   the pages the reader opens are kept, as they are opened);
 * - on a page the worker answered from its saved copy (offline), says so, with the copy's date.
 * The page's <meta name="guide-offline" content="off"> removes the guide's worker instead. */

function savedCopyNotice(ui) {
  const saved = document.documentElement.getAttribute("data-guide-saved-at");
  const article = document.querySelector("article.md-content__inner");
  if (!saved || !article || document.querySelector("[data-guide-saved-notice]")) return;
  const date = new Intl.DateTimeFormat(document.documentElement.lang === "en" ? "en-GB" : "id-ID", {
    dateStyle: "long", timeStyle: "short",
  }).format(new Date(saved));
  const notice = document.createElement("p");
  notice.className = "guide-saved-notice";
  notice.setAttribute("role", "status");
  notice.setAttribute("data-guide-saved-notice", saved);
  notice.textContent = ui.offline_saved.replace("{date}", date);
  article.prepend(notice);
}

function saveData() {
  return Boolean(navigator.connection && navigator.connection.saveData);
}

/* The worker to ask: the newest one, once it is active. Never a message to a worker that a new
 * version is replacing: chromium stops the old worker to let the new one in (skipWaiting), and a
 * message starts it again, with its ordinary idle time; chromium then waits for that old worker to
 * be idle, 30 s, before the new one takes over, and meanwhile the scope's pages get the old one. */
async function newest(registration) {
  for (let next = registration.installing || registration.waiting; next; next = registration.installing || registration.waiting) {
    await new Promise((resolve) => {
      const settled = () => (next.state === "activated" || next.state === "redundant") && resolve();
      next.addEventListener("statechange", settled);
      settled();
    });
  }
  return registration.active;
}

async function register(base, lang) {
  const registration = await navigator.serviceWorker.register(new URL("sw.js", base), { scope: base.pathname });
  /* a browser resolves a registration or rejects; Playwright's blocked workers (the tests' sweep,
   * tests/sweep.py) resolve nothing: there is no worker to ask */
  if (!registration) return undefined;
  const known = !registration.installing && !registration.waiting; /* not a first visit */
  await navigator.serviceWorker.ready;
  const root = document.documentElement;
  /* This page and the files it loaded came before the worker: keep them too. */
  const opened = [location.href.split("#")[0], ...performance.getEntriesByType("resource").map((r) => r.name)]
    .filter((url) => url.startsWith(base.href));
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data && event.data.type === "kept") root.setAttribute("data-guide-keep", saveData() ? "only-opened" : "done");
  });
  root.setAttribute("data-guide-keep", "keeping");
  /* register() leaves a worker it knows be: a returning reader's page asks for the site's version
   * now, so that a new one is seen installing here, not found by the browser while the message is
   * on its way to the old one (offline, the update fails: the worker we have) */
  if (known) await registration.update().catch(() => undefined);
  const worker = await newest(registration);
  if (worker) worker.postMessage({ type: "keep", lang: saveData() ? null : lang, urls: opened });
  return registration;
}

export function setupOffline(ui) {
  savedCopyNotice(ui);
  if (!("serviceWorker" in navigator)) return;
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  const mode = document.querySelector('meta[name="guide-offline"]');
  if (mode && mode.content === "off") {
    /* this guide's worker and copies only (docs/sw.js names them): another site on the same origin,
     * under another sub-path, keeps its own */
    navigator.serviceWorker.getRegistrations()
      .then((all) => all.filter((r) => r.scope === base.href).forEach((r) => r.unregister()));
    caches.keys().then((names) => names.filter((n) => n.startsWith(`guide:${base.pathname}:`)).forEach((n) => caches.delete(n)));
    return;
  }
  const lang = document.documentElement.lang === "en" ? "en" : "id";
  /* after the load event, when the browser is idle: the reader's own page comes first */
  const idle = window.requestIdleCallback || ((run) => setTimeout(run, 1000));
  const start = () => idle(() => register(base, lang).catch((error) => console.warn("guide: offline", error)), { timeout: 5000 });
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
