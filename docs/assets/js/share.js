/* Sharing: the phone's share sheet where there is one, else copy the link; WhatsApp is a plain link.
 * The picture of the official channels (contact and safety pages): the picture itself goes to the share
 * sheet where the phone can share files (Web Share API Level 2); elsewhere its link downloads it, as it
 * does without JavaScript. It is fetched only when the reader taps. */

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

async function sharePicture(link) {
  const response = await fetch(link.href);
  if (!response.ok) throw new Error(`picture: HTTP ${response.status}`);
  const file = new File([await response.blob()], link.getAttribute("download"), { type: link.getAttribute("type") });
  if (!navigator.canShare({ files: [file] })) return false;
  await navigator.share({ files: [file], title: link.getAttribute("data-share-title") });
  return true;
}

function setupSharePicture() {
  if (typeof navigator.canShare !== "function" || typeof File !== "function") return; /* the link downloads it */
  for (const link of document.querySelectorAll("[data-share-picture]")) {
    const status = link.parentElement.querySelector("[data-share-picture-status]");
    let download = false;
    link.setAttribute("data-share-ready", "");
    link.addEventListener("click", (event) => {
      if (download) return; /* the plain download, below */
      event.preventDefault();
      sharePicture(link).then((shared) => {
        if (shared) {
          if (status) status.textContent = link.getAttribute("data-shared");
          return;
        }
        download = true;
        link.click();
        download = false;
      }, (error) => {
        if (error && error.name === "AbortError") return; /* the reader closed the share sheet */
        download = true;
        link.click();
        download = false;
      });
    });
  }
}

export function setupShare() {
  setupSharePicture();
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
