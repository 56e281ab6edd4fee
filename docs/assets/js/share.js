/* Sharing: the phone's share sheet where there is one, else copy the link; WhatsApp is a plain link. */

function fallbackCopy(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try { document.execCommand("copy"); } catch (error) { /* nothing else to try */ }
  document.body.removeChild(area);
}

export function setupShare() {
  const status = document.querySelector("[data-share-status]");
  const native = document.querySelector("[data-share]");
  const copy = document.querySelector("[data-copy-link]");
  const canonical = document.querySelector('link[rel="canonical"]');
  const url = canonical ? canonical.href.split("#")[0] + location.hash : location.href;
  if (native && navigator.share) {
    native.hidden = false;
    native.addEventListener("click", () => {
      navigator.share({ title: native.getAttribute("data-share-title"), url }).catch(() => {});
    });
  }
  if (copy) {
    copy.hidden = false;
    copy.addEventListener("click", () => {
      const done = () => { status.textContent = copy.getAttribute("data-copied"); };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(url).then(done, () => { fallbackCopy(url); done(); });
      } else {
        fallbackCopy(url);
        done();
      }
    });
  }
}
