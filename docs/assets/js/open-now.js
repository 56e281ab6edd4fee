/* "Usually open now": for each channel with hours, computed in the reader's browser from the current
 * time and the hours in WIB that the sources report, with the time in the reader's own zone.
 * Without JavaScript the hours line alone stays. */

const DAY = 24 * 60;
const MINUTE = 60000;

function minutes(hhmm) {
  const [hour, minute] = hhmm.split(":").map(Number);
  return hour * 60 + minute;
}

function clock(date, lang, timeZone) {
  return date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
}

/* At `now`, for hours given in a zone `offset` minutes ahead of UTC: open or not, and the next
 * change (closing time, or opening time) as an instant and as minutes past midnight there. */
export function status(now, openAt, closeAt, offset) {
  const whole = Math.floor(now.getTime() / MINUTE);
  const there = (((whole + offset) % DAY) + DAY) % DAY;
  const open = minutes(openAt);
  const close = minutes(closeAt) || DAY;
  const isOpen = open <= there && there < close;
  const target = isOpen ? close : open;
  const ahead = (((target - there) % DAY) + DAY) % DAY;
  return { isOpen, at: new Date((whole + ahead) * MINUTE), target: target % DAY };
}

export function showOpenNow(ui) {
  const lang = document.documentElement.lang;
  for (const element of document.querySelectorAll("[data-open-status]")) {
    const offset = Number(element.dataset.utcOffset);
    const now = new Date();
    const { isOpen, at, target } = status(now, element.dataset.openAt, element.dataset.closeAt, offset);
    const zoneTime = clock(new Date(Date.UTC(2000, 0, 1, Math.floor(target / 60), target % 60)), lang, "UTC");
    const local = -now.getTimezoneOffset() === offset ? "" : " " + ui.open_local.replace("{time}", clock(at, lang));
    element.textContent = (isOpen ? ui.open_now : ui.open_closed)
      .replace("{time}", zoneTime).replace("{zone}", element.dataset.zone).replace("{local}", local);
    element.setAttribute("data-open", String(isOpen));
  }
}
