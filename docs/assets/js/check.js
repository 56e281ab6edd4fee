/* "Is this message, link or number official?" (docs/cek-resmi.md). It runs in the page and sends
 * nothing anywhere, so it works offline. The official lists (the agency's domain, every number and
 * short code with its channel and how sure it is, the link shorteners, the words that tell an amount
 * or a code from a phone number) and the screen text come from the JSON block that
 * hooks/guide/shortcodes.py renders from data/contacts.yml, data/checker.yml and data/ui.yml.
 *
 * hooks/guide/checker.py is the same rule, line for line, in Python: change one, change the other.
 * tests/fixtures/checker_cases.yml runs against both, and a property test compares them on generated
 * messages. Importing this module has no side effects outside a page with the checker's form. */

const OFFICIAL_DOMAIN = "bpjsketenagakerjaan.go.id";
const NAME_PARTS = ["bpjs", "jamsostek", "ketenagakerjaan"];
/* Worst first: a message takes the verdict of its worst item. */
const SEVERITY = { "not-official": 3, invalid: 2, unconfirmed: 1, official: 0 };
const WEAK = ["reported", "unconfirmed"];

/* White space, the same characters in both languages (JavaScript's \s and Python's differ). */
const SPACES = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const TOKEN = new RegExp(`[^${SPACES}]+`, "g");
const OPENERS = "([{<\"'\u201c\u2018\u00ab";
const CLOSERS = ")]}>\"'\u201d\u2019\u00bb.,;:!?";
const DOTS = ".\u3002\uff0e\uff61"; /* a full stop, and the ones browsers read as one in an address */
/* One character of a domain's label, as loosely as a reader's phone makes a link of it: anything but
 * a dot and the signs that end a name. What is unusual in it is judged later ('_', '%', a letter of
 * another alphabet). */
const LABEL = "[^./?#@:,;\\\\\"'<>()\\[\\]{}\u3002\uff0e\uff61]";
const TOP = "[^0-9\\-./?#@:,;\\\\\"'<>()\\[\\]{}\u3002\uff0e\uff61]"; /* the last label: no digits, no '-' */
const BARE_DOMAIN = new RegExp(`^(?:${LABEL}+[${DOTS}])+${TOP}{2,}(?:[:/?#][^]*)?$`);
const EMAIL = new RegExp(`^[^@/:]+@((?:${LABEL}+[${DOTS}])+${LABEL}+)$`);
const SCHEME = /^([A-Za-z][A-Za-z0-9+.\-]*):/;
const OTHER_SCHEMES = ["mailto", "tel", "javascript", "data", "vbscript", "intent", "sms", "whatsapp", "file", "ftp"];
const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const USUAL_AUTHORITY = /^[A-Za-z0-9.:@\-\u0080-\uffff]*$/;

/* Numbers: full-width digits, Unicode dashes and spaces read as ASCII, one character for one. */
const NUMBER_CHARS = { "\uff0b": "+", "\uff08": "(", "\uff09": ")" };
for (let d = 0; d < 10; d += 1) NUMBER_CHARS[String.fromCharCode(0xff10 + d)] = String(d);
for (const c of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d") NUMBER_CHARS[c] = "-";
for (const c of "\u00a0\u2007\u202f\u3000") NUMBER_CHARS[c] = " ";
const NUMBER_CHAR = new RegExp(`[${Object.keys(NUMBER_CHARS).join("")}]`, "g");
const NUMBER_RUN = /(?:\+|\()?[0-9](?:[ .\-()]{0,3}[0-9])*/g;
const MONEY = /^[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?$|^[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?$/;
const DATE_OR_TIME =
  /^[0-9]{1,2}[.:][0-9]{2}(?: ?- ?[0-9]{1,2}[.:][0-9]{2})?$|^[0-9]{1,2}[\-./][0-9]{1,2}[\-./][0-9]{2,4}$|^[0-9]{4}[\-./][0-9]{1,2}[\-./][0-9]{1,2}$/;
const WORD = /[A-Za-z]+/g;

/* Lower case for A-Z only: the same length and result in both languages. */
function asciiLower(text) {
  return text.replace(/[A-Z]/g, (upper) => upper.toLowerCase());
}

function strip(text, chars) {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start])) start += 1;
  while (end > start && chars.includes(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

function mapNumbers(text) {
  return text.replace(NUMBER_CHAR, (c) => NUMBER_CHARS[c]);
}

export function fill(text, values) {
  return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

/* A number as an Indonesian reader types it: 0812..., 62812..., +62 812..., +62 (0)812..., 0062...,
 * with spaces, dashes, dots or brackets; a short code such as 175 stays as it is. null: not a number. */
export function readNumber(text) {
  const compact = mapNumbers(text).replace(/[ \-.()]/g, "");
  if (!/^\+?[0-9]{3,16}$/.test(compact)) return null;
  let number;
  if (compact.startsWith("+")) number = compact;
  else if (compact.startsWith("00")) number = "+" + compact.slice(2);
  else if (compact.startsWith("62") && compact.length >= 10) number = "+" + compact;
  else if (compact.startsWith("0")) number = "+62" + compact.slice(1);
  else return compact;
  return number.startsWith("+620") ? "+62" + number.slice(4) : number; /* the trunk 0 after +62 */
}

function onDomain(host, domain) {
  return host === domain || host.endsWith("." + domain);
}

function item(verdict, reason, text, message) {
  return { verdict, reason, text, message };
}

function judgeNumber(number, text, lists, whatsappOnly) {
  const m = lists.messages;
  const match = lists.numbers.find((entry) => entry.number === number);
  if (match && (!whatsappOnly || match.kind === "whatsapp")) {
    const values = { channel: match.channel, year: match.year, date: match.date };
    if (WEAK.includes(match.strength)) {
      const caution = fill(m["caution_" + match.strength], values);
      return item("unconfirmed", "listed-" + match.strength, text, caution + " " + fill(m.weak_number, values));
    }
    const message = fill(m.official_number, values) + " " + fill(m.confirmed, values);
    return item("official", "listed-" + match.strength, text, message);
  }
  if (match) return item("not-official", "wrong-kind", text, fill(m.wrong_kind, { channel: match.channel }));
  if (number.startsWith("+") && !number.startsWith("+62")) {
    return item("not-official", "foreign", text, fill(m.foreign, { address: number }));
  }
  return item("not-official", "not-listed", text, fill(m.not_listed, { address: number }));
}

function judgeEmail(address, text, lists) {
  const m = lists.messages;
  const found = EMAIL.exec(address);
  if (!found) return item("invalid", "invalid", text, m.invalid);
  let domain = found[1];
  if (domain.endsWith(".")) domain = domain.slice(0, -1);
  if (onDomain(asciiLower(domain), lists.domain)) {
    return item("official", "email", text, m.official_email + " " + m.email_forged);
  }
  return item("not-official", "other-email", text, m.other_email + " " + m.email_forged);
}

/* Percent-decoding; null where decodeURIComponent throws. */
function decode(text) {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return null;
  try {
    return decodeURIComponent(text);
  } catch (error) {
    return null;
  }
}

function partition(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}

/* Every recipient of a mailto: link (to, cc, bcc), or null when one cannot be decoded. */
function mailRecipients(rest) {
  const [path, query] = partition(rest, "?");
  const parts = [path];
  for (const pair of query.split("&")) {
    const [key, value] = partition(pair, "=");
    if (["to", "cc", "bcc"].includes(asciiLower(key))) parts.push(value);
  }
  const found = [];
  for (const part of parts) {
    const decoded = decode(part);
    if (decoded === null) return null;
    for (const address of decoded.split(",")) if (strip(address, SPACES)) found.push(strip(address, SPACES));
  }
  return found;
}

function judgeWeb(text, scheme, rest, lists) {
  const m = lists.messages;
  rest = rest.replace(/^[/\\]+/, "");
  const authority = rest.split(/[/?#]/)[0];
  const after = rest.slice(authority.length);
  if (!authority) return item("invalid", "invalid", text, m.invalid);
  if (/[\\%\u3002\uff0e\uff61]/.test(authority) || !USUAL_AUTHORITY.test(authority)) {
    return item("not-official", "unusual", text, fill(m.unusual, { host: authority }));
  }
  if (authority.includes("@")) {
    return item("not-official", "at-sign", text, fill(m.at_sign, { host: authority.slice(authority.lastIndexOf("@") + 1) }));
  }
  if (authority.includes(":")) {
    return item("not-official", "port", text, fill(m.port, { host: authority.slice(0, authority.indexOf(":")) }));
  }
  let host = asciiLower(authority);
  if (host.endsWith(".")) host = host.slice(0, -1);
  const values = { host };
  if (/[^\x00-\x7f]/.test(host) || host.split(".").some((label) => label.startsWith("xn--"))) {
    return item("not-official", "lookalike-letters", text, fill(m.lookalike_letters, values));
  }
  if (!HOST.test(host)) return item("invalid", "invalid", text, m.invalid);
  if (host === "wa.me" || host === "api.whatsapp.com") {
    let digits = "";
    if (host === "wa.me") {
      digits = after.split(/[?#]/)[0].replace(/\//g, "");
    } else {
      for (const pair of partition(after, "?")[1].split("#")[0].split("&")) {
        const [key, value] = partition(pair, "=");
        if (key === "phone") {
          digits = value;
          break;
        }
      }
    }
    for (const prefix of ["+", "%2B", "%2b"]) if (digits.startsWith(prefix)) digits = digits.slice(prefix.length);
    if (/^[0-9]{6,15}$/.test(digits)) return judgeNumber(readNumber("+" + digits) || "", text, lists, true);
  }
  if (onDomain(host, lists.domain)) {
    if (scheme === "http") return item("not-official", "http", text, m.http);
    return item("official", "domain", text, fill(m.official_link, values));
  }
  if (lists.shorteners.includes(host.startsWith("www.") ? host.slice(4) : host)) {
    return item("not-official", "shortener", text, fill(m.shortener, values));
  }
  const letters = host.replace(/[^a-z]/g, "");
  if (NAME_PARTS.some((part) => letters.includes(part))) {
    return item("not-official", "contains-name", text, fill(m.contains_name, values));
  }
  return item("not-official", "other-site", text, fill(m.other_site, values));
}

/* A link, an email address or a bare domain as found in a message: one item, or one per recipient
 * of a mailto: link. */
function judgeLink(text, lists) {
  const m = lists.messages;
  const schemeMatch = SCHEME.exec(text);
  if (text.startsWith("//")) return [judgeWeb(text, "", text, lists)];
  if (!schemeMatch) {
    if (EMAIL.test(text) && !asciiLower(text.slice(0, text.indexOf("@"))).includes(OFFICIAL_DOMAIN)) {
      return [judgeEmail(text, text, lists)];
    }
    return [judgeWeb(text, "https", text, lists)];
  }
  const scheme = asciiLower(schemeMatch[1]);
  const rest = text.slice(schemeMatch[0].length);
  if (scheme === "http" || scheme === "https") return [judgeWeb(text, scheme, rest, lists)];
  if (scheme === "mailto") {
    const recipients = mailRecipients(rest);
    if (!recipients || !recipients.length) return [item("invalid", "invalid", text, m.invalid)];
    return recipients.map((address) => judgeEmail(address, address, lists));
  }
  if (scheme === "tel") {
    const decoded = decode(rest);
    const number = decoded === null ? null : readNumber(decoded);
    if (!number) return [item("invalid", "invalid", text, m.invalid)];
    return [judgeNumber(number, text, lists, false)];
  }
  return [item("not-official", "not-web", text, m.not_web)];
}

function stripToken(token, start) {
  while (token && OPENERS.includes(token[0])) {
    token = token.slice(1);
    start += 1;
  }
  while (token && CLOSERS.includes(token[token.length - 1])) token = token.slice(0, -1);
  return [token, start];
}

/* Where the first link, email address or domain starts in a token, or -1. The first, so that
 * 'klaim-jht.site/?next=https://sso.bpjsketenagakerjaan.go.id/' is judged by its own site. */
function linkIn(token) {
  const lower = asciiLower(token);
  const starts = [];
  let at = lower.indexOf("://");
  if (at >= 0) {
    let start = at;
    while (start > 0 && /[a-z0-9+.\-]/.test(lower[start - 1])) start -= 1;
    while (start < at && !/[a-z]/.test(lower[start])) start += 1;
    starts.push(start);
  }
  if (lower.startsWith("//")) starts.push(0);
  for (const scheme of OTHER_SCHEMES) {
    at = lower.indexOf(scheme + ":");
    if (at >= 0 && (at === 0 || !/[a-z]/.test(lower[at - 1])) && lower.length > at + scheme.length + 1) starts.push(at);
  }
  at = lower.indexOf("www.");
  if (at >= 0 && (at === 0 || !/[a-z]/.test(lower[at - 1]))) starts.push(at);
  const candidates = [0];
  for (let i = 0; i < token.length; i += 1) if (":=(".includes(token[i])) candidates.push(i + 1); /* after 'Email:', '?url=', '(' */
  for (const start of candidates) {
    const candidate = token.slice(start);
    const [local, domain] = partition(candidate, "@");
    if (domain && local && (EMAIL.test(candidate) || (domain.includes(".") && !/[:/]/.test(local)))) {
      starts.push(start);
      break;
    }
    if (BARE_DOMAIN.test(candidate)) {
      starts.push(start);
      break;
    }
  }
  return starts.length ? Math.min(...starts) : -1;
}

/* [start, end, link] for every link-like word of the text. Words joined by ',' or ';' are read apart,
 * but for a mailto: link, whose recipients they separate. */
function links(text) {
  const found = [];
  for (const tokenMatch of text.matchAll(TOKEN)) {
    const token = tokenMatch[0];
    let parts = [[token, tokenMatch.index]];
    if (!asciiLower(token).includes("mailto:")) {
      parts = [...token.matchAll(/[^,;]+/g)].map((part) => [part[0], tokenMatch.index + part.index]);
    }
    for (const [raw, offset] of parts) {
      const [part, start] = stripToken(raw, offset);
      const at = linkIn(part);
      if (at >= 0) found.push([start + at, start + part.length, part.slice(at)]);
    }
  }
  return found;
}

/* The lower-case words just before and after a span, on its own line. */
function wordsNear(text, start, end, before, after) {
  const lineStart = start > 0 ? text.lastIndexOf("\n", start - 1) + 1 : 0;
  const lineEnd = text.indexOf("\n", end);
  const head = before ? (asciiLower(text.slice(lineStart, start)).match(WORD) || []).slice(-before) : [];
  const tail = after ? (asciiLower(text.slice(end, lineEnd < 0 ? text.length : lineEnd)).match(WORD) || []).slice(0, after) : [];
  return new Set([...head, ...tail]);
}

function meets(set, list) {
  return list.some((word) => set.has(word));
}

/* [start, item] for every phone number or short code in the text outside the links. A run of digits
 * that is not a number (an amount, a date, a code) is passed over one group at a time, so that a
 * number written right after it is still found. */
function numbers(text, taken, lists) {
  const words = lists.words;
  const shortCodes = lists.numbers.filter((entry) => entry.kind === "short_code").map((entry) => entry.number);
  const mapped = mapNumbers(text);
  const found = [];
  let position = 0;
  for (;;) {
    NUMBER_RUN.lastIndex = position;
    const run = NUMBER_RUN.exec(mapped);
    if (!run) return found;
    const start = run.index;
    let value = run[0];
    if (value.indexOf(" +") > 0) value = value.slice(0, value.indexOf(" +")); /* '+62...' starts a number of its own */
    const groups = value.split(" ");
    if (MONEY.test(groups[0]) || DATE_OR_TIME.test(groups[0])) {
      position = start + groups[0].length;
      continue; /* an amount, a date or a time, perhaps with a number after it */
    }
    while (groups.length > 1 && groups.join(" ").replace(/[^0-9]/g, "").length > 15) {
      groups.pop(); /* two numbers side by side: no number has more than 15 digits */
    }
    value = groups.join(" ").replace(/[ .\-(]+$/, "");
    const end = start + value.length;
    position = start + value.split(" ")[0].length; /* where to read on if this run is no number */
    if (taken.some(([s, e]) => (s <= start && start < e) || (s < end && end <= e))) continue;
    const head = asciiLower(mapped.slice(Math.max(0, start - 5), start)).replace(/[ .]/g, "");
    if (words.currency.some((sign) => head.endsWith(sign))) {
      const money = /^(?:[0-9]{1,3}(?:[.,][0-9]{3})+(?:,[0-9]{1,2})?|[0-9]+(?:,[0-9]{1,2})?)/.exec(value);
      position = start + money[0].length;
      continue; /* an amount: 'Rp 1.500.000' */
    }
    if (start > 0 && /[A-Za-z0-9]/.test(mapped[start - 1])) continue; /* part of a word or a code: 'A1234567' */
    const digits = value.replace(/[^0-9]/g, "");
    const before = wordsNear(mapped, start, end, 3, 0);
    const after = wordsNear(mapped, start, end, 0, 2);
    if (MONEY.test(value) || DATE_OR_TIME.test(value) || meets(after, words.money)) continue;
    if ((meets(before, words.code) || meets(after, words.code)) && digits.length >= 4 && digits.length <= 8 && !value.startsWith("+")) {
      continue; /* a one-time code, a PIN */
    }
    const leading = ["+", "0", "("].some((sign) => value.startsWith(sign)) || digits.startsWith("62");
    if (!leading && meets(wordsNear(mapped, start, end, 2, 0), words.not_phone)) continue; /* a KPJ, NIK or account number */
    const number = readNumber(value);
    if (!number || digits.length > 15) continue;
    const calling = meets(before, words.calling) || meets(after, words.calling);
    if (digits.length <= 5 && !(shortCodes.includes(number) || calling)) continue;
    if (digits.length >= 6 && digits.length <= 7 && !(leading || calling)) continue;
    position = end;
    found.push([start, judgeNumber(number, text.slice(start, end), lists, false)]);
  }
}

/* The verdict on what a reader pasted: {verdict, reason, message, items}, the items worst first. */
export function classify(raw, lists) {
  const m = lists.messages;
  const text = strip(raw, SPACES);
  if (!text) return { verdict: "invalid", reason: "empty", message: m.empty, items: [] };
  const mapped = mapNumbers(text);
  const numberLike = /^[0-9 +\-.()]+$/.test(mapped);
  const whole = numberLike && !MONEY.test(mapped) && !DATE_OR_TIME.test(mapped) ? readNumber(mapped) : null;
  let found;
  if (whole) { /* a number alone, as readers often paste one */
    found = [[0, judgeNumber(whole, text, lists, false)]];
  } else {
    const spans = links(text);
    found = [];
    for (const [start, , link] of spans) for (const entry of judgeLink(link, lists)) found.push([start, entry]);
    found.push(...numbers(text, spans, lists));
  }
  if (!found.length) {
    if (numberLike) return { verdict: "invalid", reason: "invalid", message: m.invalid, items: [] };
    return { verdict: "invalid", reason: "nothing-found", message: m.nothing_found, items: [] };
  }
  found.sort((a, b) => SEVERITY[b[1].verdict] - SEVERITY[a[1].verdict] || a[0] - b[0]);
  const ordered = found.map(([, entry]) => entry);
  const worst = ordered[0];
  return { verdict: worst.verdict, reason: worst.reason, message: worst.message, items: ordered };
}

const ICONS = { official: "\u2714", unconfirmed: "\u26a0", "not-official": "\u2716", invalid: "?" };

function headline(verdict, m) {
  return m["verdict_" + verdict.replace("-", "_")];
}

function line(document, className, verdict, words, m) {
  const p = document.createElement(className === "li" ? "li" : "p");
  if (className !== "li") p.className = className;
  p.dataset.verdict = verdict;
  const icon = document.createElement("span");
  icon.className = "guide-check__icon";
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = ICONS[verdict];
  const strong = document.createElement("strong");
  strong.textContent = headline(verdict, m) + ".";
  p.append(icon, " ", strong, " ", ...words);
  return p;
}

/* The verdict on the page: its first words and an icon say it, not only its colour; the summary is
 * announced (role=status), the items follow, the worst first, each with its own verdict and reason. */
function show(found, result, m) {
  const document = result.ownerDocument;
  const summary = result.querySelector("[data-check-summary]");
  const list = result.querySelector("[data-check-items]");
  result.setAttribute("data-verdict", found.verdict);
  result.setAttribute("data-reason", found.reason);
  summary.append(line(document, "guide-check__verdict", found.verdict, [found.message], m));
  const next = document.createElement("p");
  next.className = "guide-check__next";
  next.textContent = m["next_" + found.verdict.replace("-", "_")];
  summary.append(next);
  if (found.items.length < 2) return;
  const heading = document.createElement("p");
  heading.textContent = fill(m.found, { count: found.items.length });
  const ol = document.createElement("ol");
  for (const entry of found.items) {
    const code = document.createElement("code");
    code.textContent = entry.text;
    ol.append(line(document, "li", entry.verdict, [code, ": " + entry.message], m));
  }
  list.append(heading, ol);
}

function start(document) {
  const form = document.querySelector("[data-check-form]");
  const block = document.getElementById("guide-check-data");
  if (!form || !block) return;
  const lists = JSON.parse(block.textContent);
  const input = form.querySelector("[data-check-input]");
  const result = document.querySelector("[data-check-result]");
  const clear = () => {
    result.removeAttribute("data-verdict");
    result.removeAttribute("data-reason");
    for (const part of result.querySelectorAll("[data-check-summary], [data-check-items]")) part.textContent = "";
  };
  form.dataset.ready = "true"; /* for the tests: the box answers from here */
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clear(); /* never leave an earlier verdict on screen while this one is judged */
    let found;
    try {
      found = classify(input.value, lists);
    } catch (error) {
      found = { verdict: "invalid", reason: "error", message: lists.messages.error, items: [] };
    }
    /* A fresh text node in the next frame, so that a screen reader announces the same verdict twice too. */
    requestAnimationFrame(() => {
      show(found, result, lists.messages);
      result.scrollIntoView({ block: "nearest" });
    });
  });
  /* Enter sends the form; Shift+Enter starts a new line, as in a chat app. */
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (form.requestSubmit) form.requestSubmit();
      else form.dispatchEvent(new Event("submit", { cancelable: true }));
    }
  });
}

if (typeof document !== "undefined") start(document);
