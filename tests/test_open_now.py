"""'Reported hours: usually open now', computed in the reader's browser from the clock and the WIB hours
(the words "reported hours" first: the hours come from news reports only), for readers in Indonesia,
Kuala Lumpur, Riyadh and Tokyo, before 06.00, during the day, after 22.00 and around midnight WIB
(Playwright's fixed clock and the context's time zone)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

CASES = [  # (WIB instant, reader's zone, open?, expected text)
    ("05:30", "Asia/Jakarta", False, "Reported hours: usually closed now; opens at 06:00 WIB."),
    ("21:59", "Asia/Jakarta", True, "Reported hours: usually open now, until 22:00 WIB."),
    ("05:30", "Asia/Kuala_Lumpur", False, "Reported hours: usually closed now; opens at 06:00 WIB (07:00 your time)."),
    ("12:00", "Asia/Kuala_Lumpur", True, "Reported hours: usually open now, until 22:00 WIB (23:00 your time)."),
    ("22:00", "Asia/Riyadh", False, "Reported hours: usually closed now; opens at 06:00 WIB (02:00 your time)."),
    ("23:59", "Asia/Riyadh", False, "Reported hours: usually closed now; opens at 06:00 WIB (02:00 your time)."),
    ("00:01", "Asia/Tokyo", False, "Reported hours: usually closed now; opens at 06:00 WIB (08:00 your time)."),
    ("21:30", "Asia/Tokyo", True, "Reported hours: usually open now, until 22:00 WIB (00:00 your time)."),
]


def status(browser, server, path: str, wib: str, zone: str) -> list[dict]:
    context = browser.new_context(timezone_id=zone)
    page = context.new_page()
    page.clock.set_fixed_time(f"2026-11-25T{wib}:00+07:00")
    page.goto(server.url + path)
    page.wait_for_selector("[data-open-status][data-open]", state="attached")
    found = page.eval_on_selector_all(
        "[data-open-status]", "els => els.map(e => ({open: e.dataset.open, text: e.textContent}))"
    )
    context.close()
    return found


@pytest.mark.parametrize("wib, zone, is_open, text", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_open_now_in_the_readers_time(browser, server, wib, zone, is_open, text):
    found = status(browser, server, "/en/kontak/", wib, zone)
    assert len(found) == 2, f"expected the status of the 175 line and of WhatsApp abroad, found {found}"
    for item in found:
        assert item == {"open": str(is_open).lower(), "text": text}, f"at {wib} WIB in {zone}: {item}"


def test_open_now_speaks_indonesian_on_indonesian_pages(browser, server):
    found = status(browser, server, "/kontak/", "23:30", "Asia/Kuala_Lumpur")
    text = "Menurut jam yang dilaporkan: biasanya tutup sekarang; buka pukul 06.00 WIB (07.00 waktu Anda)."
    assert found[0] == {"open": "false", "text": text}


def test_without_javascript_only_the_hours_remain(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server.url + "/en/kontak/")
    texts = page.eval_on_selector_all("[data-open-status]", "els => els.map(e => e.textContent)")
    hours = page.locator("#layanan-175 ~ .guide-contact li", has_text="Hours:").first.inner_text()
    context.close()
    assert texts == ["", ""] and "06:00–22:00 WIB (UTC+7)" in hours, (texts, hours)
