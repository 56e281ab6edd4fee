"""Each statement carries its own evidence, safety without exceptions, and what the guide is: the
checkers of tests/check_claims.py over the built site, and each one seen failing on a planted defect."""

from __future__ import annotations

import copy
import json

import pytest
import yaml

from tests import check_claims, checks
from tests.conftest import ROOT

DATA = yaml.safe_load((ROOT / "data" / "contacts.yml").read_text(encoding="utf-8"))


def test_every_claim_shows_its_own_strength_and_date(pages):
    problems = check_claims.check_claims(pages, DATA)
    assert not problems, "\n".join(problems)


def test_the_claims_in_the_data_are_the_facts_sheets():
    problems = check_claims.check_claim_data(DATA)
    assert not problems, "\n".join(problems)


def test_every_claim_is_shown_in_both_languages(pages):
    problems = check_claims.check_claims_shown(pages, DATA)
    assert not problems, "\n".join(problems)


def test_no_sentence_asks_for_a_secret_or_a_payment(pages):
    problems = check_claims.check_secrets_and_payments(pages)
    assert not problems, "\n".join(problems)


def test_every_page_that_names_a_secret_says_never_to_anyone(pages):
    problems = check_claims.check_secrets_rule(pages)
    assert not problems, "\n".join(problems)


def test_every_page_says_it_is_an_independent_guide(pages):
    problems = check_claims.check_independent(pages)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang, folder", [("id", ""), ("en", "en/")])
def test_the_manifest_and_the_saved_contacts_say_it_too(site, lang, folder):
    words = check_claims.INDEPENDENT[lang]
    manifest = json.loads((site / folder / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert words in manifest["name"], manifest["name"]
    vcard = (site / folder / "kontak" / "bpjs-ketenagakerjaan.vcf").read_bytes().decode("utf-8")
    notes = [line for line in vcard.replace("\r\n ", "").split("\r\n") if line.startswith("NOTE:")]
    assert len(notes) == 2 and all(words.replace(",", "\\,") in note for note in notes), notes


# --- the checkers, each seen failing ---------------------------------------------------------------

STAFF_HELP_EN = "Reported by news media (2023)"  # the 175 staff-help claim on en/index.html


@pytest.mark.parametrize(
    "rel, old, new, expected",
    [
        # a reported claim rendered as confirmed
        ("en/index.html", STAFF_HELP_EN, "Last confirmed: 13 January 2023", "a reported claim"),
        ("index.html", "Dilaporkan media (2023)", "Terakhir dikonfirmasi: 2023", "a reported"),
        # the branch page's old page-level date, on the face check it does not support (official, undated)
        (
            "en/kantor/index.html",
            "Official BPJS Ketenagakerjaan page, undated",
            "Last confirmed: 28 February 2025",
            "a official claim dated ''",
        ),
        # a page-level date, standing on its own under the title
        (
            "en/kantor/index.html",
            "<h1",
            "<p><strong>Last confirmed:</strong> 28 February 2025</p><h1",
            "outside a claim",
        ),
        ("aplikasi/index.html", "<h1", "<p><strong>Terakhir dikonfirmasi:</strong> 25 November 2025</p><h1", "outside"),
        # the markup claims a strength the data does not give
        ("en/index.html", 'data-strength="reported"', 'data-strength="official"', "the data says"),
        # an unknown claim
        ("en/index.html", 'data-claim="pmi_ecard"', 'data-claim="pmi_whatsapp"', "no such claim"),
        # a contact block that says 'Last confirmed' next to 'Not confirmed since'
        ("en/kontak/index.html", "Last source: 23 August 2021", "Last confirmed: 2021", "a unconfirmed claim"),
    ],
)
def test_claim_check_catches(pages, rel, old, new, expected):
    bad = checks.tampered(pages, rel, old, new)
    problems = check_claims.check_claims(bad, DATA)
    assert any(expected in p for p in problems), problems


def test_claim_data_check_catches_a_stronger_claim_than_the_sheet():
    data = copy.deepcopy(DATA)
    data["claims"]["call_centre_kpj_help"]["strength"] = "official_quoted"
    assert any("call_centre_kpj_help" in p for p in check_claims.check_claim_data(data))
    data = copy.deepcopy(DATA)
    data["claims"]["face_check"]["date"] = "2025-02-28"
    assert any("face_check" in p for p in check_claims.check_claim_data(data))


def test_claims_shown_check_catches_a_claim_on_no_page(pages):
    data = copy.deepcopy(DATA)
    data["claims"]["not_shown"] = {"strength": "reported", "date": "", "sources": ["article"], "row": 1}
    assert "claims.not_shown: shown on no page in id" in check_claims.check_claims_shown(pages, data)


@pytest.mark.parametrize(
    "rel, sentence",
    [
        ("keamanan/index.html", "Berikan kode OTP Anda kepada petugas kami."),
        ("keamanan/index.html", "Kirim kata sandi Anda lewat WhatsApp."),
        ("en/keamanan/index.html", "Send your password to our agent."),
        ("en/aplikasi/index.html", "Share the PIN with the officer who calls you."),
        ("kantor/index.html", "Bayar jasa calo agar nomor KPJ cepat ditemukan."),
        ("en/kantor/index.html", "Pay a helper to find your number."),
        ("en/index.html", "You can pay an agent to make your claim."),
        # A negation elsewhere in the sentence does not excuse the verb's own clause.
        ("en/keamanan/index.html", "Send your OTP to the officer, not to strangers."),
        ("keamanan/index.html", "Kirim kode OTP ke petugas, jangan ke orang lain."),
        ("en/kontak/index.html", "Do not reply; send your password to the officer."),
        ("en/kantor/index.html", "Pay the agent, not the office."),
        # A negation that governs another word, or another clause.
        ("en/keamanan/index.html", "Don't forget to send your OTP to the officer."),
        ("keamanan/index.html", "Jangan lupa kirim kode OTP ke petugas."),
        ("keamanan/index.html", "Tanpa ragu berikan kode OTP kepada petugas."),
        ("en/aplikasi/index.html", "If the app does not work give your OTP to the officer."),
        ("aplikasi/index.html", "Jika kode tidak masuk berikan kode OTP lama kepada petugas."),
        ("aplikasi/index.html", "Silakan memberikan kode OTP kepada petugas."),
    ],
)
def test_secret_and_payment_check_catches(pages, rel, sentence):
    bad = checks.tampered(pages, rel, "</h1>", f"</h1><p>{sentence}</p>")
    problems = check_claims.check_secrets_and_payments(bad)
    assert any(sentence in p for p in problems), problems


def test_secret_and_payment_check_lets_a_warning_through(pages):
    warnings = (
        "<p>Jangan berikan kode OTP kepada siapa pun.</p><p>Never pay a helper (calo).</p>"
        "<p>If someone asks for your OTP, do not give it.</p><p>Jangan kirim data, kata sandi, atau kode OTP.</p>"
        "<p>Never give, send or share your OTP.</p><p>Jangan berikan (atau kirim) kode OTP.</p>"
        "<p>Give your OTP to no one.</p><p>Never, ever give your password to anyone.</p>"
        "<p>Jangan pernah berikan kata sandi kepada siapa pun.</p>"
    )
    bad = checks.tampered(pages, "index.html", "</h1>", "</h1>" + warnings)
    assert check_claims.check_secrets_and_payments(bad) == []


@pytest.mark.parametrize(
    "rel, old, new",
    [
        ("situs/index.html", "kepada siapa pun, juga kepada petugas", "kepada akun yang tidak resmi"),
        ("en/keamanan/index.html", "to anyone, officers included", "to an unofficial account"),
    ],
)
def test_secrets_rule_check_catches(pages, rel, old, new):
    bad = checks.tampered(pages, rel, old, new, count=-1)
    assert any(rel in p for p in check_claims.check_secrets_rule(bad))


@pytest.mark.parametrize(
    "rel, old, new, expected",
    [
        ("en/kontak/index.html", "Independent guide, not BPJS Ketenagakerjaan.</strong>", "</strong>", "first screen"),
        ("kontak/index.html", 'content="Panduan independen, bukan BPJS Ketenagakerjaan. Nomor', 'content="N', "descr"),
        ("en/index.html", "?text=Independent%20guide", "?text=Find", "WhatsApp share text"),
        ("index.html", 'data-share-title="Panduan independen', 'data-share-title="Cek', "share sheet"),
    ],
)
def test_independent_check_catches(pages, rel, old, new, expected):
    bad = checks.tampered(pages, rel, old, new)
    problems = check_claims.check_independent(bad)
    assert any(rel in p and expected in p for p in problems), problems
