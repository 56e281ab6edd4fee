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

/* What separates words, the same characters in both languages (JavaScript's \s and Python's differ),
 * with the invisible ones that look like nothing or like a space (U+2800 braille blank, U+3164...). */
const SPACES =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" +
  "\u2028\u2029\u202f\u205f\u3000\ufeff\u00ad\u115f\u1160\u180e\u200b\u200c\u200d\u2060\u2800\u3164\uffa0";
const TOKEN = new RegExp(`[^${SPACES}]+`, "g");
const OPENERS = "([{<\"'\u201c\u2018\u00ab*_~|";
const CLOSERS = ")]}>\"'\u201d\u2019\u00bb.,;:!?*_~|";
const ODD_DOTS = "\u3002\uff0e\uff61"; /* read as a full stop by browsers */
const DOT = `(?:[.${ODD_DOTS}]|\\[\\.\\]|\\(\\.\\))`; /* '[.]' and '(.)' too: a link written to be retyped */
/* One character of a domain's label, as loosely as a reader's phone makes a link of it: anything but
 * a dot and the signs that end a name. What is unusual in it is judged later ('_', '%', a letter of
 * another alphabet). The last label: no digits, no '-', nothing beyond U+FFFF (two UTF-16 units
 * here, one character in Python), or punycode. */
const LABEL = `[^./?#@:,;\\\\"'<>()\\[\\]{}${ODD_DOTS}]`;
const TOP = `(?:[^0-9\\-./?#@:,;\\\\"'<>()\\[\\]{}${ODD_DOTS}\ud800-\udfff]{2,}|xn--[A-Za-z0-9-]+)`;
const BARE_DOMAIN = new RegExp(`^(?:${LABEL}+${DOT})+${TOP}(?:[:/?#\\\\][^]*)?$`);
const EMAIL = new RegExp(`^[^@/:\\\\]+@((?:${LABEL}+${DOT})+${LABEL}+)$`);
const SCHEME = /^([A-Za-z][A-Za-z0-9+.\-]*):/;
const OTHER_SCHEMES = ["http", "https", "mailto", "tel", "javascript", "data", "vbscript", "intent", "sms", "whatsapp", "file"];
const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
const USUAL_AUTHORITY = /^[A-Za-z0-9.:@\-\u0080-\uffff]*$/;
const WEAK_STARTS = ":=(.>#/\\@|*_~!'\"[{<"; /* a domain or an address may start right after one of these */

/* Numbers: full-width digits, Unicode dashes and spaces read as ASCII, one character for one. Digits
 * of other scripts (Arabic-Indic, mathematical, keycaps) are not read: a number written in them is named. */
const NUMBER_CHARS = { "\uff0b": "+", "\uff08": "(", "\uff09": ")" };
for (let d = 0; d < 10; d += 1) NUMBER_CHARS[String.fromCharCode(0xff10 + d)] = String(d);
for (const c of "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d") NUMBER_CHARS[c] = "-";
for (const c of "\u00a0\u2007\u202f\u3000") NUMBER_CHARS[c] = " ";
const NUMBER_CHAR = new RegExp(`[${Object.keys(NUMBER_CHARS).join("")}]`, "g");
const ODD_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u20e3]|\ud835[\udfce-\udfff]/;
const DISGUISED = /\+?\(?[OoIl]*[0-9][0-9OoIl]*(?:[ .\-()]{1,2}[OoIl]*[0-9][0-9OoIl]*)*/g; /* each group a digit */
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

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
      const message = fill(m["caution_" + match.strength], values) + " " + fill(m.weak_number, values);
      return item("unconfirmed", "listed-" + match.strength, text, message);
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

/* An email address: official only on the agency's domain, with a domain that is a plain host. */
function judgeEmail(address, lists) {
  const m = lists.messages;
  const found = EMAIL.exec(address);
  if (!found) return item("invalid", "invalid", address, m.invalid);
  let domain = asciiLower(found[1]);
  if (domain.endsWith(".")) domain = domain.slice(0, -1);
  if (HOST.test(domain) && onDomain(domain, lists.domain)) {
    return item("official", "email", address, m.official_email + " " + m.email_forged);
  }
  return item("not-official", "other-email", address, m.other_email + " " + m.email_forged);
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

/* Every recipient of a mailto: link (to, cc, bcc, their names decoded too), or null when one cannot
 * be decoded. */
function mailRecipients(rest) {
  const [path, query] = partition(rest, "?");
  const parts = [path];
  for (const pair of query.split("&")) {
    const [key, value] = partition(pair, "=");
    const name = decode(key);
    if (name === null) return null;
    if (["to", "cc", "bcc"].includes(strip(asciiLower(name), SPACES))) parts.push(value);
  }
  const found = [];
  for (const part of parts) {
    const decoded = decode(part);
    if (decoded === null) return null;
    for (const address of decoded.split(",")) if (strip(address, SPACES)) found.push(strip(address, SPACES));
  }
  return found;
}

/* The number of a wa.me or api.whatsapp.com link, as digits ('' when there is none). */
function whatsappDigits(host, after) {
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
  return digits;
}

function judgeWeb(text, scheme, rest, lists) {
  const m = lists.messages;
  rest = rest.replace(/^[/\\]+/, "");
  const authority = rest.split(/[/?#]/)[0];
  const after = rest.slice(authority.length);
  if (!authority) return item("invalid", "invalid", text, m.invalid);
  if (new RegExp(`[\\\\%${ODD_DOTS}]`).test(authority) || !USUAL_AUTHORITY.test(authority)) {
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
    const digits = whatsappDigits(host, after);
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
  if (text.startsWith("//") || text.startsWith("\\\\")) return [judgeWeb(text, "", text, lists)];
  if (!schemeMatch) {
    if (EMAIL.test(text) && !asciiLower(text.split("@")[0]).includes(OFFICIAL_DOMAIN)) return [judgeEmail(text, lists)];
    return [judgeWeb(text, "https", text, lists)];
  }
  const scheme = asciiLower(schemeMatch[1]);
  const rest = text.slice(schemeMatch[0].length);
  if (scheme === "http" || scheme === "https") return [judgeWeb(text, scheme, rest, lists)];
  if (scheme === "mailto") {
    const recipients = mailRecipients(rest);
    if (!recipients || !recipients.length) return [item("invalid", "invalid", text, m.invalid)];
    return recipients.map((address) => judgeEmail(address, lists));
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

function indexesOf(text, needle) {
  const found = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/* Where a link with a scheme or 'www.' starts in a word: each one, so that links glued together are
 * judged apart ('https://official/.https://other'). */
function strongStarts(part) {
  const lower = asciiLower(part);
  const starts = new Set();
  for (const at of indexesOf(lower, "://")) {
    let start = at;
    while (start > 0 && /[a-z0-9+.\-]/.test(lower[start - 1])) start -= 1;
    while (start < at && !/[a-z]/.test(lower[start])) start += 1;
    const web = /https?$/.exec(lower.slice(start, at));
    if (web) start += web.index; /* 'O812...0https://': the link starts at 'https' */
    if (start < at) starts.add(start);
    else if (at === 0 || !/[a-z0-9]/.test(lower[at - 1])) starts.add(at + 1); /* '://host': from the slashes */
  }
  for (const scheme of OTHER_SCHEMES) {
    for (const at of indexesOf(lower, scheme + ":")) {
      if ((at === 0 || !/[a-z]/.test(lower[at - 1])) && lower.length > at + scheme.length + 1) starts.add(at);
    }
  }
  for (const at of indexesOf(lower, "www.")) {
    if (at === 0 || !/[a-z0-9_\-./\\:@]/.test(lower[at - 1])) starts.add(at); /* not the 'www.' of 'https://www.' */
  }
  for (const at of [...indexesOf(lower, "//"), ...indexesOf(lower, "\\\\")]) {
    if (at === 0 || !/[a-z0-9_\-./\\:@%]/.test(lower[at - 1])) starts.add(at); /* '//host' after anything but an address's own signs */
  }
  return [...starts].sort((a, b) => a - b);
}

/* Where an email address or a domain without a scheme starts in part[:end], or -1: the first place,
 * at the start or right after a sign such as ':', '>' or '...', where one begins. */
function weakStart(part, end) {
  const places = [0];
  for (let i = 0; i < end; i += 1) if (WEAK_STARTS.includes(part[i])) places.push(i + 1);
  for (const start of places) {
    let candidate = part.slice(start, end);
    while (candidate && CLOSERS.includes(candidate[candidate.length - 1])) candidate = candidate.slice(0, -1); /* 'klaim-jht.site.https://...' */
    const [local, domain] = partition(candidate, "@");
    if (domain && local && (EMAIL.test(candidate) || (domain.includes(".") && !/[:/\\]/.test(local)))) return start;
    if (BARE_DOMAIN.test(candidate)) return start;
  }
  return -1;
}

/* [start, end, link] for every link-like stretch of the text. Words joined by ',' or ';' are read
 * apart, but for a mailto: link, whose recipients they separate. */
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
      const strong = strongStarts(part);
      const weak = weakStart(part, strong.length ? strong[0] : part.length);
      const starts = [...new Set([weak, ...strong])].filter((at) => at >= 0).sort((a, b) => a - b);
      starts.forEach((here, i) => {
        const there = i + 1 < starts.length ? starts[i + 1] : part.length;
        const [link, at] = stripToken(part.slice(here, there), start + here);
        if (link) found.push([at, at + link.length, link]);
      });
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

/* Numbers written to slip past a reader's eye or a check: digits of another script, or letters in
 * place of digits ('O812...'). Not official: the agency's numbers are written in plain digits. */
function disguised(text, taken, lists) {
  const m = lists.messages;
  const found = [];
  for (const tokenMatch of text.matchAll(TOKEN)) {
    const [token, start] = stripToken(tokenMatch[0], tokenMatch.index);
    if (token && ODD_DIGITS.test(token) && !taken.some(([s, e]) => s <= start && start < e)) {
      found.push([start, item("not-official", "odd-digits", token, m.odd_digits)]);
      taken.push([start, start + token.length, token]);
    }
  }
  const mapped = mapNumbers(text);
  let position = 0;
  for (;;) {
    DISGUISED.lastIndex = position;
    const run = DISGUISED.exec(mapped);
    if (!run) break;
    const start = run.index;
    const end = start + run[0].length;
    position = start + 1;
    if (start > 0 && /[A-Za-z0-9]/.test(mapped[start - 1])) continue; /* inside a word: try from the next character */
    const letters =
      /[OoIl]/.test(run[0]) && run[0].replace(/[^0-9]/g, "").length >= 6 && run[0].replace(/[^0-9OoIl]/g, "").length >= 8;
    const linkNext = taken.some(([s]) => s === end); /* glued to a link: 'O812...https://...' */
    if (letters && (linkNext || !/[A-Za-z0-9]/.test(mapped.slice(end, end + 1)))) {
      if (!taken.some(([s, e]) => s < end && start < e)) {
        found.push([start, item("not-official", "disguised-number", text.slice(start, end), m.disguised_number)]);
        taken.push([start, end, text.slice(start, end)]);
      }
      position = end;
    }
  }
  return found;
}

/* [start, item] for every phone number or short code in the text outside the links. A run of digits
 * that is not a number (an amount, a date, a code) is passed over one group at a time, so that a
 * number written right after it is still found. */
function numbers(text, taken, lists) {
  const words = lists.words;
  const signs = words.currency.map(escapeRegExp).join("|");
  const currency = new RegExp(`(?:^|[^a-z])(?:${signs})[ .:]*$`); /* 'Rp 500', 'IDR: 500'; not 'konfirm 0812' */
  const shortCodes = lists.numbers.filter((entry) => entry.kind === "short_code").map((entry) => entry.number);
  const mapped = mapNumbers(text);
  const found = disguised(text, taken, lists);
  let position = 0;
  for (;;) {
    NUMBER_RUN.lastIndex = position;
    const run = NUMBER_RUN.exec(mapped);
    if (!run) return found;
    const start = run.index;
    let value = run[0];
    for (const stop of [". ", " +"]) { /* a sentence ends; '+62...' starts a number of its own */
      if (value.indexOf(stop) > 0) value = value.slice(0, value.indexOf(stop));
    }
    const groups = value.split(" ");
    position = start + groups[0].length; /* where to read on if this run is no number */
    if (MONEY.test(groups[0]) || DATE_OR_TIME.test(groups[0])) continue; /* an amount, a date or a time */
    while (groups.length > 1 && groups.join(" ").replace(/[^0-9]/g, "").length > 15) {
      groups.pop(); /* two numbers side by side: no number has more than 15 digits */
    }
    value = groups.join(" ").replace(/[ .\-(]+$/, "");
    const end = start + value.length;
    if (taken.some(([s, e]) => (s <= start && start < e) || (s < end && end <= e))) continue;
    if (/^[0-9]/.test(value) && currency.test(asciiLower(mapped.slice(Math.max(0, start - 12), start)))) {
      const money = /^(?:[0-9]{1,3}(?:[.,][0-9]{3})+(?:,[0-9]{1,2})?|[0-9]+(?:,[0-9]{1,2})?)/.exec(value);
      position = start + money[0].length;
      continue; /* an amount: 'Rp 1.500.000' */
    }
    if ((start > 0 && mapped[start - 1] === "/") || mapped.slice(end, end + 1) === "/") continue; /* a date or a path */
    const digits = value.replace(/[^0-9]/g, "");
    const leading = ["+", "0", "("].some((sign) => value.startsWith(sign)) || digits.startsWith("62");
    const glued = start > 0 ? /[A-Za-z]+$/.exec(mapped.slice(Math.max(0, start - 12), start)) : null;
    if (start > 0 && /[0-9]/.test(mapped[start - 1])) continue;
    if (glued && !words.calling.includes(asciiLower(glued[0]))) {
      /* part of a word or a code: 'INV2024031'; but 'WA0812...' is a number */
      if (!(["0", "62", "+62"].some((sign) => value.startsWith(sign)) && digits.length >= 9 && digits.length <= 15)) continue;
    }
    const before = wordsNear(mapped, start, end, 3, 0);
    const after = wordsNear(mapped, start, end, 0, 2);
    if (MONEY.test(value) || DATE_OR_TIME.test(value) || meets(after, words.money)) continue;
    if ((meets(before, words.code) || meets(after, words.code)) && digits.length >= 4 && digits.length <= 8 && !value.startsWith("+")) {
      continue; /* a one-time code, a PIN */
    }
    const close = (asciiLower(mapped.slice(Math.max(0, start - 20), start)).match(WORD) || []).slice(-2);
    if (!leading && words.not_phone.some((word) => close.includes(word))) continue; /* a KPJ, NIK or account number */
    const number = readNumber(value);
    if (!number || digits.length > 15) continue;
    const calling = meets(before, words.calling) || meets(after, words.calling) || Boolean(glued);
    if (digits.length <= 5 && !(shortCodes.includes(number) || calling)) continue;
    if (digits.length > 5 && !(leading || calling)) continue; /* an amount, a ticket or a KPJ number */
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

/* A verdict's icon (hidden from screen readers: the words say it) and its first words, in bold. */
function verdictWords(document, verdict, m) {
  const icon = document.createElement("span");
  icon.className = "guide-check__icon";
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = ICONS[verdict];
  const words = document.createElement("strong");
  words.textContent = m["verdict_" + verdict.replace("-", "_")] + ".";
  return [icon, " ", words, " "];
}

/* The verdict on the page: its first words and an icon say it, not only its colour; the summary is
 * announced (role=status), then every item found, the worst first, each with its own verdict and
 * reason (also when only one was found in a longer message, so that the reader sees which). */
function show(found, input, result, m) {
  const document = result.ownerDocument;
  const summary = result.querySelector("[data-check-summary]");
  const list = result.querySelector("[data-check-items]");
  result.setAttribute("data-verdict", found.verdict);
  result.setAttribute("data-reason", found.reason);
  const verdict = document.createElement("p");
  verdict.className = "guide-check__verdict";
  verdict.append(...verdictWords(document, found.verdict, m), found.message);
  const next = document.createElement("p");
  next.className = "guide-check__next";
  next.textContent = m["next_" + found.verdict.replace("-", "_")];
  summary.append(verdict, next);
  if (!found.items.length || (found.items.length === 1 && found.items[0].text === strip(input, SPACES))) return;
  const heading = document.createElement("p");
  heading.id = "guide-check-found";
  heading.textContent = fill(m.found, { count: found.items.length });
  const ol = document.createElement("ol");
  ol.setAttribute("aria-labelledby", heading.id);
  for (const entry of found.items) {
    const li = document.createElement("li");
    li.dataset.verdict = entry.verdict;
    const code = document.createElement("code");
    code.textContent = entry.text;
    li.append(...verdictWords(document, entry.verdict, m), code, ": " + entry.message);
    ol.append(li);
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
      show(found, input.value, result, lists.messages);
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
