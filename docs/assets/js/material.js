/* Material's bundle (35 KiB) loads after the page has painted, so it never competes with the content
 * on a slow connection (hooks/assets.py leaves a placeholder for it). Material starts on
 * DOMContentLoaded, which has passed by then: the event is announced again, once, for it alone. */

function loadMaterial() {
  const holder = document.querySelector("script[data-guide-later]");
  if (!holder) return;
  const script = document.createElement("script");
  script.src = holder.getAttribute("data-guide-later");
  script.onload = () => {
    document.dispatchEvent(new Event("DOMContentLoaded"));
    performance.mark("guide-material"); /* Material's own buttons work from here */
  };
  document.body.appendChild(script);
}

export function loadMaterialAfterPaint() {
  const afterPaint = () => {
    let started = false;
    const go = () => {
      if (!started) {
        started = true;
        setTimeout(loadMaterial, 0);
      }
    };
    if (performance.getEntriesByName("first-contentful-paint").length || !window.PerformanceObserver) {
      go();
      return;
    }
    new PerformanceObserver((list, observer) => { observer.disconnect(); go(); })
      .observe({ type: "paint", buffered: true });
    setTimeout(go, 3000); /* never leave the page without Material */
  };
  if (document.readyState === "complete") afterPaint();
  else window.addEventListener("load", afterPaint, { once: true });
}
