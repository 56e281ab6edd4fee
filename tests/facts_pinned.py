"""What each fact of the facts sheet looks like on the built pages, in both languages.

fact number: (page, {language: [phrases the page must contain]}). Numbers follow the facts sheet
(shared/source/facts.md, 2026-11-24). Fact 5 is unconfirmed and must not be stated. The official
values and their written forms come from tests/official.py; the cautions' words from data/ui.yml.
"""

from tests.official import (
    BRANCHES,
    EMAIL,
    HEAD_OFFICE,
    SSO,
    WHATSAPP_ABROAD_1,
    WHATSAPP_ABROAD_2,
    WHATSAPP_GENERAL,
    caution,
    international,
    national,
)


def _caution(number: str, lang: str) -> str:
    return caution(number, lang).capitalize()


FACTS = {
    1: (
        "tentang",
        {
            "id": [
                "BPJAMSOSTEK",
                "Jaminan Hari Tua",
                "Jaminan Kecelakaan Kerja",
                "Jaminan Kematian",
                "Jaminan Pensiun",
                "JK",
                "wajib bagi pekerja",
                "formal maupun informal",
                "kartu peserta",
            ],
            "en": [
                "BPJAMSOSTEK",
                "Jaminan Hari Tua",
                "Jaminan Kecelakaan Kerja",
                "Jaminan Kematian",
                "Jaminan Pensiun",
                "JK",
                "compulsory for workers",
                "formal and the informal",
                "membership card",
            ],
        },
    ),
    2: (
        "tentang",
        {
            "id": ["Jaminan Kehilangan Pekerjaan", "JKP", "PP 37/2021"],
            "en": ["Jaminan Kehilangan Pekerjaan", "JKP", "PP 37/2021"],
        },
    ),
    3: (
        "aplikasi",
        {
            "id": ["BPJSTKU", "email dan kata sandi", "menu utama", "Kartu Digital", "status kepesertaan", "Saldo"],
            "en": ["BPJSTKU", "email and password", "main menu", "Kartu Digital", "status of your membership", "Saldo"],
        },
    ),
    4: (
        "aplikasi",
        {
            "id": [
                "JMO (Jamsostek Mobile)",
                "App Store",
                "email dan kata sandi yang sama",
                "11 digit",
                "di bawah NIK",
                "Jaminan Hari Tua",
                "Cek Saldo",
            ],
            "en": [
                "JMO (Jamsostek Mobile)",
                "App Store",
                "same email and password",
                "11 digits",
                "under your NIK",
                "Jaminan Hari Tua",
                "Cek Saldo",
            ],
        },
    ),
    6: (
        "situs",
        {
            "id": [SSO, "email dan kata sandi", "Kartu Digital"],
            "en": [SSO, "email and password", "Kartu Digital"],
        },
    ),
    7: (
        "kontak",
        {
            "id": [national(HEAD_OFFICE), international(HEAD_OFFICE), _caution(HEAD_OFFICE, "id")],
            "en": [national(HEAD_OFFICE), international(HEAD_OFFICE), _caution(HEAD_OFFICE, "en")],
        },
    ),
    8: ("kontak", {"id": [EMAIL], "en": [EMAIL]}),
    9: (
        "kontak",
        {
            "id": [
                international(WHATSAPP_ABROAD_1),
                international(WHATSAPP_ABROAD_2),
                "hanya untuk WNI yang bekerja di luar negeri",
                "06.00–22.00 WIB (UTC+7)",
                _caution(WHATSAPP_ABROAD_1, "id"),
                "click to call",
            ],
            "en": [
                international(WHATSAPP_ABROAD_1),
                international(WHATSAPP_ABROAD_2),
                "only for Indonesian citizens (WNI) working abroad",
                "06:00–22:00 WIB (UTC+7)",
                _caution(WHATSAPP_ABROAD_1, "en"),
                "click to call",
            ],
        },
    ),
    10: (
        "kontak",
        {
            "id": [BRANCHES],
            "en": [BRANCHES],
        },
    ),
    11: (
        "kontak",
        {
            "id": [
                "Layanan Masyarakat 175",
                "TanyaBPJAMSOSTEK",
                "06.00–22.00 WIB",
                "membantu Anda menemukan nomor KPJ",
                "NIK atau KTP",
            ],
            "en": [
                "175 line",
                "TanyaBPJAMSOSTEK",
                "06:00–22:00 WIB",
                "help you find your KPJ number",
                "NIK or KTP",
            ],
        },
    ),
    12: (
        "kontak",
        {
            "id": [
                national(WHATSAPP_GENERAL),
                international(WHATSAPP_GENERAL),
                "berbasis menu",
                '"Menu"',
                _caution(WHATSAPP_GENERAL, "id"),
            ],
            "en": [
                national(WHATSAPP_GENERAL),
                international(WHATSAPP_GENERAL),
                "menu driven",
                '"Menu"',
                _caution(WHATSAPP_GENERAL, "en"),
            ],
        },
    ),
    13: ("hrd", {"id": ["HRD", "nomor KPJ"], "en": ["HR department", "KPJ number"]}),
    14: (
        "keamanan",
        {
            "id": [
                "Anda tidak perlu membayar apa pun untuk klaim JHT",
                "calo",
                "datang ke rumah",
                "Aplikasi JMO",
                "Lapak Asik",
                "Kantor cabang",
                "di luar alamat resmi",
                "data pribadi",
            ],
            "en": [
                "Claiming JHT costs nothing",
                "calo",
                "come to your door",
                "The JMO app",
                "Lapak Asik",
                "branch offices",
                "outside the official address",
                "personal data",
            ],
        },
    ),
    15: (
        "keamanan",
        {
            "id": ["@bpjs.ketenagakerjaan", "@bpjstkinfo", "Facebook: BPJS Ketenagakerjaan"],
            "en": ["@bpjs.ketenagakerjaan", "@bpjstkinfo", "Facebook: BPJS Ketenagakerjaan"],
        },
    ),
    16: (
        "aplikasi",
        {
            "id": ["Rp15 juta", "Rp10 juta", "Mei 2025"],
            "en": ["Rp15 million", "Rp10 million", "May 2025"],
        },
    ),
    17: (
        "aplikasi",
        {
            "id": ["click to call", "gratis", "dari luar negeri", "bukan nomor lain", "Desember 2023"],
            "en": ["click to call", "for free", "from abroad", "not another number", "December 2023"],
        },
    ),
    18: (
        "aplikasi",
        {
            "id": [
                "Lupa akun",
                "nomor KPJ dan NIK",
                "Lupa password",
                "email dan nomor KPJ",
                "SMS atau email",
                "Lupa akun dan nomor KPJ sekaligus",
                "Aplikasi tidak bisa membantu",
            ],
            "en": [
                "Lupa akun",
                "KPJ number and your NIK",
                "Lupa password",
                "email and your KPJ number",
                "SMS or email",
                "Lost both your account and your KPJ number",
                "The app cannot help",
            ],
        },
    ),
    19: (
        "aplikasi",
        {
            "id": ["Untuk mendaftar di JMO, Anda perlu nomor KPJ"],
            "en": ["To register in JMO, you need your KPJ number"],
        },
    ),
    20: (
        "kantor",
        {"id": ["kantor cabang", "KTP", "sudah berhenti bekerja"], "en": ["branch office", "KTP", "left your job"]},
    ),
    21: (
        "aplikasi",
        {
            "id": ["aktivasi biometrik", "gagal tiga kali", "kantor cabang"],
            "en": ["aktivasi biometrik", "three failed attempts", "branch office"],
        },
    ),
    22: ("", {"id": ["kartu peserta elektronik lewat email"], "en": ["electronic membership card by email"]}),
    23: (
        "keamanan",
        {
            "id": ["Lapak Asik", "layanan klaim JHT online", "bukan untuk mencari nomor KPJ"],
            "en": ["Lapak Asik", "online JHT claim service", "not for finding a KPJ number"],
        },
    ),
    24: ("keamanan", {"id": ["media sosial", "data peserta"], "en": ["social media", "members' data"]}),
    26: (
        "tentang",
        {
            "id": ["BPJS Kesehatan", "Mobile JKN", "bukan nomor KPJ", "UU 24/2011"],
            "en": ["BPJS Kesehatan", "Mobile JKN", "not the KPJ number", "UU 24/2011"],
        },
    ),
    27: ("keamanan", {"id": ["kode OTP", "kepada siapa pun"], "en": ["one-time code (OTP)", "to anyone"]}),
}
# Never stated: the unconfirmed store ids (fact 5) and the numbers and ways of the sheet's "not to be
# stated" list. (The old call centre number of fact 25 is caught by the phone checker as not official.)
FORBIDDEN = ["com.bpjstku", "id1444834757", "id1482867497", "8750200", "8750 200", "CEK#", "1500-2017", "15002017"]
