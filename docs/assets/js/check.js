/* "Is this link or number official?" (docs/cek-resmi.md). It runs in the page and sends nothing
 * anywhere, so it works offline. The official lists (the agency's domain, every number and short
 * code with its channel and how sure it is, the link shorteners) and the words come from the JSON
 * block that hooks/checker.py renders from data/contacts.yml and data/checker.yml. */

const NAME_PARTS = ["bpjs", "jamsostek", "ketenagakerjaan"];

function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
}

/* A number as an Indonesian reader types it: 0812..., 62812..., +62 812..., 0062..., with spaces,
 * dashes, dots or brackets; a short code such as 175 stays as it is. null: not a number. */
export function readNumber(text) {
  const compact = text.replace(/[\s\-.()\u00a0]/g, "");
  if (!/^\+?\d{3,16}$/.test(compact)) return null;
  if (compact.startsWith("+")) return compact;
  if (compact.startsWith("00")) return "+" + compact.slice(2);
  if (compact.startsWith("62") && compact.length >= 10) return "+" + compact;
  if (compact.startsWith("0")) return "+62" + compact.slice(1);
  return compact;
}

function onDomain(host, domain) {
  return host === domain || host.endsWith("." + domain);
}

function checkNumber(number, data, whatsappOnly) {
  const m = data.messages;
  const match = data.numbers.find((entry) => entry.number === number);
  if (match && (!whatsappOnly || match.kind === "whatsapp")) {
    let sureness = fill(m.confirmed, { date: match.date });
    if (match.strength === "reported") sureness = m.reported;
    if (match.strength === "unconfirmed") sureness = fill(m.unconfirmed, { year: match.year });
    return { verdict: "official", reason: "listed-" + match.strength,
             message: fill(m.official_number, { channel: match.channel }) + " " + sureness };
  }
  if (match) {
    return { verdict: "not-official", reason: "wrong-kind", message: fill(m.wrong_kind, { channel: match.channel }) };
  }
  if (number.startsWith("+") && !number.startsWith("+62")) {
    return { verdict: "not-official", reason: "foreign", message: fill(m.foreign, { address: number }) };
  }
  return { verdict: "not-official", reason: "not-listed", message: fill(m.not_listed, { address: number }) };
}

function checkEmail(address, data) {
  const domain = address.split("@").pop().toLowerCase().replace(/\.$/, "");
  if (onDomain(domain, data.domain)) {
    return { verdict: "official", reason: "email", message: data.messages.official_email };
  }
  return { verdict: "not-official", reason: "other-email", message: data.messages.other_email };
}

function checkLink(text, data) {
  const m = data.messages;
  let candidate = text;
  if (candidate.startsWith("//")) candidate = "https:" + candidate;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(candidate)) candidate = "https://" + candidate;
  let url;
  try {
    url = new URL(candidate);
  } catch (error) {
    return { verdict: "invalid", reason: "invalid", message: m.invalid };
  }
  if (url.protocol === "mailto:") return checkEmail(decodeURIComponent(url.pathname), data);
  if (url.protocol === "tel:") {
    const number = readNumber(decodeURIComponent(url.pathname));
    return number ? checkNumber(number, data, false) : { verdict: "invalid", reason: "invalid", message: m.invalid };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { verdict: "not-official", reason: "not-web", message: m.not_web };
  }
  /* The browser's own parser has lower-cased the host, turned other alphabets into punycode
   * (xn--) and moved anything before an @ into the user name. */
  const host = url.hostname.replace(/\.$/, "");
  if (!host.includes(".")) return { verdict: "invalid", reason: "invalid", message: m.invalid };
  if (host === "wa.me" || host === "api.whatsapp.com") {
    const digits = host === "wa.me" ? url.pathname.replace(/\//g, "") : url.searchParams.get("phone") || "";
    if (/^\d{6,15}$/.test(digits)) return checkNumber("+" + digits, data, true);
  }
  const values = { host };
  if (url.username || url.password) return { verdict: "not-official", reason: "at-sign", message: fill(m.at_sign, values) };
  if (onDomain(host, data.domain)) {
    if (url.protocol === "http:") return { verdict: "not-official", reason: "http", message: m.http };
    return { verdict: "official", reason: "domain", message: fill(m.official_link, values) };
  }
  if (host.split(".").some((label) => label.startsWith("xn--"))) {
    return { verdict: "not-official", reason: "lookalike-letters", message: fill(m.lookalike_letters, values) };
  }
  if (data.shorteners.includes(host.replace(/^www\./, ""))) {
    return { verdict: "not-official", reason: "shortener", message: fill(m.shortener, values) };
  }
  const letters = host.replace(/[^a-z]/g, "");
  if (NAME_PARTS.some((part) => letters.includes(part))) {
    return { verdict: "not-official", reason: "contains-name", message: fill(m.contains_name, values) };
  }
  return { verdict: "not-official", reason: "other-site", message: fill(m.other_site, values) };
}

/* The verdict on what a reader pasted: {verdict: official | not-official | invalid, reason, message}. */
export function classify(raw, data) {
  const text = raw.trim();
  if (!text) return { verdict: "invalid", reason: "empty", message: data.messages.empty };
  const number = readNumber(text);
  if (number) return checkNumber(number, data, false);
  if (/^[\d\s+\-.()\u00a0]+$/.test(text)) return { verdict: "invalid", reason: "invalid", message: data.messages.invalid };
  /* A whole message pasted: check the first thing in it that looks like a link. */
  const tokens = text.split(/\s+/);
  const token = tokens.length === 1 ? text : tokens.find((t) => /:\/\/|^www\.|\.[a-z]{2,}(\/|$)/i.test(t));
  if (!token) return { verdict: "invalid", reason: "invalid", message: data.messages.invalid };
  const local = token.split("@")[0];
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(token) && !local.toLowerCase().includes(data.domain)) {
    return checkEmail(token, data);
  }
  return checkLink(token, data);
}

function start() {
  const form = document.querySelector("[data-check-form]");
  const block = document.getElementById("guide-check-data");
  if (!form || !block) return;
  const data = JSON.parse(block.textContent);
  const input = form.querySelector("[data-check-input]");
  const result = document.querySelector("[data-check-result]");
  form.dataset.ready = "true"; /* for the tests: the box answers from here */
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const found = classify(input.value, data);
    result.textContent = "";
    result.setAttribute("data-verdict", found.verdict);
    result.setAttribute("data-reason", found.reason);
    /* A fresh text node, so that a screen reader announces the same verdict twice in a row too. */
    requestAnimationFrame(() => {
      result.textContent = found.message;
      result.scrollIntoView({ block: "nearest" });
    });
  });
}

start();
