"""What each fact of the facts sheet looks like on the built pages, in both languages.

fact number: (page, {language: [phrases the page must contain]}). Numbers follow the facts sheet
(shared/source/facts.md, 2026-11-24). Fact 5 is unconfirmed and must not be stated.
"""

FACTS = {
    1: ("tentang", {
        "id": ["BPJAMSOSTEK", "Jaminan Hari Tua", "Jaminan Kecelakaan Kerja", "Jaminan Kematian",
               "Jaminan Pensiun", "JK", "wajib bagi pekerja", "formal maupun informal", "kartu peserta"],
        "en": ["BPJAMSOSTEK", "Jaminan Hari Tua", "Jaminan Kecelakaan Kerja", "Jaminan Kematian",
               "Jaminan Pensiun", "JK", "compulsory for workers", "formal and the informal", "membership card"],
    }),
    2: ("tentang", {
        "id": ["Jaminan Kehilangan Pekerjaan", "JKP", "PP 37/2021"],
        "en": ["Jaminan Kehilangan Pekerjaan", "JKP", "PP 37/2021"],
    }),
    3: ("aplikasi", {
        "id": ["BPJSTKU", "email dan kata sandi", "menu utama", "Kartu Digital", "status kepesertaan", "Saldo"],
        "en": ["BPJSTKU", "email and password", "main menu", "Kartu Digital", "status of your membership", "Saldo"],
    }),
    4: ("aplikasi", {
        "id": ["JMO (Jamsostek Mobile)", "App Store", "nama pengguna dan kata sandi yang sama",
               "11 digit", "di bawah NIK", "Jaminan Hari Tua", "Cek Saldo"],
        "en": ["JMO (Jamsostek Mobile)", "App Store", "same username and password",
               "11 digits", "under your NIK", "Jaminan Hari Tua", "Cek Saldo"],
    }),
    6: ("situs", {
        "id": ["https://sso.bpjsketenagakerjaan.go.id/", "email dan kata sandi", "Kartu Digital"],
        "en": ["https://sso.bpjsketenagakerjaan.go.id/", "email and password", "Kartu Digital"],
    }),
    7: ("kontak", {"id": ["021 520 7797", "+62 21 520 7797"], "en": ["021 520 7797", "+62 21 520 7797"]}),
    8: ("kontak", {"id": ["care@bpjsketenagakerjaan.go.id"], "en": ["care@bpjsketenagakerjaan.go.id"]}),
    9: ("kontak", {
        "id": ["+62 811 9115 910", "+62 855 1500 910", "hanya untuk WNI yang bekerja di luar negeri",
               "06.00–22.00 WIB (UTC+7)"],
        "en": ["+62 811 9115 910", "+62 855 1500 910", "only for Indonesian citizens (WNI) working abroad",
               "06:00–22:00 WIB (UTC+7)"],
    }),
    10: ("kontak", {
        "id": ["https://www.bpjsketenagakerjaan.go.id/kontak.html"],
        "en": ["https://www.bpjsketenagakerjaan.go.id/kontak.html"],
    }),
    11: ("kontak", {
        "id": ["Layanan Masyarakat 175", "TanyaBPJAMSOSTEK", "06.00–22.00 WIB", "memberi tahu nomor KPJ",
               "click to call", "Desember 2023"],
        "en": ["Public service line 175", "TanyaBPJAMSOSTEK", "06:00–22:00 WIB", "tell you your KPJ number",
               "click to call", "December 2023"],
    }),
    12: ("kontak", {
        "id": ["0813 8007 0175", "+62 813 8007 0175", "berbasis menu", "\"Menu\""],
        "en": ["0813 8007 0175", "+62 813 8007 0175", "menu driven", "\"Menu\""],
    }),
    13: ("hrd", {"id": ["HRD", "nomor KPJ"], "en": ["HR department", "KPJ number"]}),
    14: ("keamanan", {
        "id": ["Klaim JHT tidak dipungut biaya", "calo", "Aplikasi JMO", "Lapak Asik", "Kantor cabang",
               "di luar alamat resmi", "data pribadi"],
        "en": ["Claiming JHT costs nothing", "calo", "The JMO app", "Lapak Asik", "branch offices",
               "outside the official address", "personal data"],
    }),
    15: ("keamanan", {
        "id": ["@bpjs.ketenagakerjaan", "@bpjstkinfo", "Facebook: BPJS Ketenagakerjaan"],
        "en": ["@bpjs.ketenagakerjaan", "@bpjstkinfo", "Facebook: BPJS Ketenagakerjaan"],
    }),
    16: ("aplikasi", {
        "id": ["Rp15 juta", "Rp10 juta", "Mei 2025"],
        "en": ["Rp15 million", "Rp10 million", "May 2025"],
    }),
}
# Never stated: the unconfirmed Play Store id (fact 5), and withdrawn ways.
FORBIDDEN = ["com.bpjstku"]
