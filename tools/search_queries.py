"""Queries a reader would type, each with the page that must come up first (or, for the queries in
TOP1_EXCEPTIONS, in the top three).

Shared by the search test (tests/test_search.py) and the benchmark (benchmarks/search.py).
"""

ID = [
    ("kartu hilang", "index"),
    ("lupa nomor kpj", "index"),
    ("cek nomor bpjs ketenagakerjaan", "index"),
    ("mengunduh aplikasi", "aplikasi"),
    ("unduh jmo", "aplikasi"),
    ("mengecek saldo jht", "aplikasi"),
    ("cek saldo", "aplikasi"),
    ("kartu digital", "aplikasi"),
    ("bpjstku", "aplikasi"),
    ("pencairan jht", "keamanan"),
    ("login situs resmi", "situs"),
    ("sso", "situs"),
    ("menghubungi call center", "kontak"),
    ("hubungi 175", "kontak"),
    ("nomor whatsapp", "kontak"),
    ("wa luar negeri", "kontak"),
    ("jam layanan", "kontak"),
    ("pekerja migran malaysia", "kontak"),
    ("email bpjs", "kontak"),
    ("kantor cabang", "kantor"),
    ("tanya hrd", "hrd"),
    ("perusahaan", "hrd"),
    ("kepesertaan wajib", "tentang"),
    ("peserta", "tentang"),
    ("jaminan pensiun", "tentang"),
    ("kehilangan pekerjaan", "tentang"),
    ("penipuan", "keamanan"),
    ("calo", "keamanan"),
    ("alamat resmi", "keamanan"),
    ("sumber", "sumber"),
]

EN = [
    ("lost card", "index"),
    ("forgot kpj number", "index"),
    ("find my number", "index"),
    ("download app", "aplikasi"),
    ("install jmo", "aplikasi"),
    ("check balance", "aplikasi"),
    ("jht balance", "aplikasi"),
    ("digital card", "aplikasi"),
    ("bpjstku", "aplikasi"),
    ("claim limit", "aplikasi"),
    ("website login", "situs"),
    ("self-service portal", "situs"),
    ("call centre", "kontak"),
    ("phone number", "kontak"),
    ("whatsapp abroad", "kontak"),
    ("opening hours", "kontak"),
    ("working in malaysia", "kontak"),
    ("email address", "kontak"),
    ("branch office", "kantor"),
    ("hr department", "hrd"),
    ("employer", "hrd"),
    ("who must join", "tentang"),
    ("pension", "tentang"),
    ("job loss", "tentang"),
    ("scam", "keamanan"),
    ("broker", "keamanan"),
    ("official address", "keamanan"),
    ("personal data", "keamanan"),
    ("sources", "sumber"),
    ("what changed", "sumber"),
]

# Queries whose page comes second or third today, measured 2026-11-25 (search issue: synonyms and
# ranking). The test fails when one of them reaches the top, so that the list never goes stale.
TOP1_EXCEPTIONS = {
    ("id", "kartu hilang"),
    ("id", "lupa nomor kpj"),
    ("id", "kartu digital"),
    ("id", "calo"),
    ("en", "forgot kpj number"),
    ("en", "find my number"),
    ("en", "digital card"),
    ("en", "broker"),
}

# Indonesian word forms that must meet. (query, page it must find among the results): each page
# contains another form of the word and NOT the query's form, so only stemming can connect them.
# Snowball strips no prefix from a word of two syllables, so "mengecek" and "dicek" never meet "cek"
# in the index: the search box maps those queries to the root, and pages write "cek" (a test
# checks), so "cek" finds every page about checking.
AFFIXES = [
    ("mengecek", "aplikasi"),  # the page says "Cek Saldo"
    ("mengunduh", "aplikasi"),  # "Unduh dan pasang"
    ("unduh", "hrd"),  # "mengunduh"
    ("pencairan", "aplikasi"),  # "mencairkan"
    ("cair", "keamanan"),  # "pencairan", "mencairkan"
    ("kepesertaan", "kontak"),  # "peserta"
    ("peserta", "hrd"),  # "kepesertaan"
    ("menghubungi", "aplikasi"),  # "Hubungi layanan 175"
    ("hubungi", "keamanan"),  # "menghubungi"
]
