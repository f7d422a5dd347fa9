"""Contacts files as real exporters write them, read field by field.

The samples in tests/data/import/ copy each exporter's habits: Apple's grouped
item1.EMAIL with X-ABLabel and escaped colons, Outlook's vCard 2.1 in
Windows-1252 with quoted-printable notes and a photo ended by a blank line,
Android's UTF-8 quoted-printable with soft line breaks, Thunderbird's 4.0 with
TYPE lists and tel: URIs, LinkedIn's preamble before the header, Google's two
CSV layouts (the old one in UTF-16) with " ::: " cells, and CSVs saved by
Excel with semicolons or by hand with tabs.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from crm_desktop.services.contacts.types import ContactRecord, Method
from crm_desktop.services.interchange import encoding, generic_csv, readers, vcard
from crm_desktop.services.interchange.records import ImportFileError

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def read(name: str, **kwargs):
    return readers.read_file(DATA / name, **kwargs)


def by_name(parsed):
    return {c.full_name: c for c in parsed.contacts}


def methods(contact, kind=None):
    return [(m.kind, m.value, m.label) for m in contact.methods if kind in (None, m.kind)]


# vCard -------------------------------------------------------------------------
def test_apple_contacts_export():
    parsed = read("apple_contacts.vcf")
    assert parsed.format == "vcard"
    assert parsed.problems == []
    people = by_name(parsed)
    assert list(people) == ["Ada Lovelace", "Zoë Ångström", "株式会社テスト"]
    ada = people["Ada Lovelace"]
    assert ada.line == 1
    assert (ada.company, ada.title) == ("Analytical Engines Ltd", "Chief Programmer")
    # The preferred email and phone come first: they become the contact's main ones.
    assert methods(ada, "email") == [
        ("email", "ada@analytical.example", "other"),
        ("email", "ada.work@analytical.example", "work"),
    ]
    assert methods(ada, "phone") == [
        ("phone", "+44 7700 900123", "mobile"),
        ("phone", "+44 20 7946 0001", "work"),
    ]
    assert methods(ada, "link") == [  # Apple's "https\://" is a plain URL again
        ("link", "https://www.linkedin.com/in/ada-lovelace", "LinkedIn"),
        ("link", "https://ada.example/blog", "homepage"),
        ("link", "https://twitter.com/ada", "twitter"),
    ]
    assert ada.location == "12 St James's Square, London, SW1Y 4JH, United Kingdom"
    assert ada.birthday == dt.date(1815, 12, 10)
    assert ada.tags == ["Mentors", "Mathematics"]
    assert ada.notes == "Met at the Royal Society, 1843.\nAsked about the Engine; very keen."
    zoe = people["Zoë Ångström"]
    assert zoe.line == 213
    assert zoe.birthday is None  # Apple's year 1604 means "no year"
    assert zoe.notes == "Birthday: 15 April\nLoves 🎉 parties"
    assert methods(zoe, "phone") == [("phone", "+46 8 123 456", "Assistant's line")]
    company = people["株式会社テスト"]
    assert company.company == "株式会社テスト"
    assert methods(company) == [("phone", "+81 3-1234-5678", "main")]
    assert parsed.notices == [
        "1 photo skipped, as Giveback does not keep contact photos (line 1).",
        "1 birthday without a year was added to the notes (line 213).",
    ]


def test_google_contacts_vcard():
    grace = read("google_contacts.vcf").contacts[0]
    assert grace.full_name == "Grace Hopper"
    assert (grace.company, grace.title) == ("US Navy", "Rear Admiral")
    assert methods(grace) == [
        ("email", "grace@navy.example", "work"),
        ("email", "grace.h@example.com", ""),
        ("phone", "+1 202-555-0143", "mobile"),
        ("link", "https://www.linkedin.com/in/grace-hopper", "LinkedIn"),
    ]
    assert grace.location == "1000 Navy Pentagon, Washington, DC, 20350, US"
    assert grace.tags == ["Pioneers"]  # "myContacts" is on every Google contact
    assert grace.notes == "Invented the first compiler, A-0."
    assert grace.birthday == dt.date(1906, 12, 9)


def test_outlook_vcard_21_in_windows_1252_with_quoted_printable():
    parsed = read("outlook_21.vcf")
    assert parsed.problems == []
    [jurgen] = parsed.contacts
    assert jurgen.full_name == "Jürgen Müller"
    assert jurgen.company == "Bäckerei Müller & Söhne GmbH"
    assert jurgen.title == "Geschäftsführer, Vertrieb"  # 2.1 never escapes commas
    assert jurgen.notes.startswith(
        "Kennengelernt auf der Messe in Köln, Halle 3.\n"
        "Spricht Deutsch, Englisch und ein bisschen Französisch; sehr hilfsbereit."
    )
    assert "Home address: Ringstraße 5, Bonn, 53111, Deutschland" in jurgen.notes
    assert jurgen.location == "Domstraße 1, Köln, 50667, Deutschland"  # the PREF address
    assert methods(jurgen) == [
        ("email", "j.mueller@baeckerei-mueller.example", ""),
        ("phone", "+49 221 123456", "work"),
        ("phone", "+49 170 1234567", "mobile"),
        ("phone", "+49 221 123457", "work fax"),
        ("link", "http://www.baeckerei-mueller.example", "work"),
    ]
    assert jurgen.birthday == dt.date(1970, 5, 21)
    assert any("photo skipped" in n for n in parsed.notices)


def test_outlook_vcard_resaved_as_utf8_keeps_its_windows_1252_quoted_printable(tmp_path):
    # The file's encoding (now UTF-8) and the charset of its quoted-printable values
    # (still Windows-1252) differ: each is decoded with its own.
    resaved = tmp_path / "resaved.vcf"
    resaved.write_text((DATA / "outlook_21.vcf").read_bytes().decode("cp1252"), encoding="utf-8")
    assert readers.read_file(resaved).contacts == read("outlook_21.vcf").contacts


def test_android_vcard_21_utf8_quoted_printable_soft_line_breaks():
    parsed = read("android_21.vcf")
    taro, elise = parsed.contacts
    assert taro.full_name == "山田太郎"
    assert taro.notes == (
        "山田さんとは東京の勉強会で会いました。Python とデータ分析の話で盛り上がり、"
        "次回は大阪で会う約束。"
    )
    assert methods(taro) == [
        ("phone", "090-1234-5678", "mobile"),
        ("phone", "03-1234-5678", "home"),
        ("email", "taro@example.jp", "home"),
    ]
    assert (elise.full_name, elise.line) == ("Élise Dupont", 15)


def test_thunderbird_vcard_40_and_the_cards_that_cannot_be_read():
    parsed = read("thunderbird_40.vcf")
    people = by_name(parsed)
    linus = people["Linus Torvalds"]
    assert methods(linus) == [
        ("email", "linus@example.org", "work"),
        ("email", "linus.home@example.org", "home"),
        ("phone", "+1 503 555 0100", "work"),
        ("phone", "+1-503-555-0199", "mobile"),  # a 4.0 tel: URI
        ("link", "https://www.linkedin.com/in/linus", "LinkedIn"),
    ]
    assert linus.location == "Portland, OR, USA"
    assert linus.birthday == dt.date(1969, 12, 28)
    assert linus.notes == "Kernel, git. Prefers email, not calls."
    assert linus.tags == ["Open source", "Speakers"]
    assert people["Margaret Hamilton"].notes == "Birthday: 17 August"
    katherine = people["Katherine Johnson"]
    assert katherine.notes == "Birthday: circa 1918"  # BDAY;VALUE=text, kept as written
    assert [str(p) for p in parsed.problems] == [
        "Line 26: no name or email address",
        "Line 31: this card has no END:VCARD line; the file may be cut short",
    ]
    assert "1 line that is not valid vCard was skipped (line 40)." in parsed.notices


def card(*lines: str, version: str = "3.0") -> str:
    return "\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def test_vcard_text_values_keep_their_bare_commas():
    # vobject alone reads "NOTE:Met at the fair, nice" as "Met at the fair".
    text = card("FN:Doe, John", "NOTE:Met at the fair, nice", "TITLE:VP, Sales",
                "ORG:Smith, Jones & Co;Sales")  # fmt: skip
    [john] = vcard.read_vcards(text).contacts
    assert (john.full_name, john.notes) == ("Doe, John", "Met at the fair, nice")
    assert (john.title, john.company) == ("VP, Sales", "Smith, Jones & Co")


def test_vcard_unknown_or_wrong_charset_is_read_as_best_it_can():
    text = card(
        "FN;CHARSET=x-mac-roman;ENCODING=QUOTED-PRINTABLE:=C3=89lise",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:caf=E9",
        version="2.1",
    )
    parsed = vcard.read_vcards(text)
    [elise] = parsed.contacts
    assert (elise.full_name, elise.notes) == ("Élise", "café")
    assert parsed.notices == [
        "2 values in an unknown or wrong character set were read as UTF-8 or Windows-1252 "
        "(lines 3, 4)."
    ]


@pytest.mark.parametrize(
    ("bday", "birthday", "notes"),
    [
        ("BDAY:1990-04-15", dt.date(1990, 4, 15), ""),
        ("BDAY:19900415", dt.date(1990, 4, 15), ""),
        ("BDAY;VALUE=date:1990-04-15T00:00:00Z", dt.date(1990, 4, 15), ""),
        ("BDAY:--0415", None, "Birthday: 15 April"),
        ("BDAY:--04-15", None, "Birthday: 15 April"),
        ("BDAY:--0229", None, "Birthday: 29 February"),
        ("BDAY:1990-02-30", None, "Birthday: 1990-02-30"),
        ("BDAY;VALUE=text:sometime in May", None, "Birthday: sometime in May"),
    ],
)
def test_vcard_birthdays(bday, birthday, notes):
    [person] = vcard.read_vcards(card("FN:Ada", bday, version="4.0")).contacts
    assert (person.birthday, person.notes) == (birthday, notes)


def test_vcard_names_when_fn_is_missing_or_empty():
    text = (
        card("N:Lovelace;Ada;Augusta;Lady;")
        + card("FN:", "N:;;;;", "EMAIL:ada@example.org")
        + card("FN:", "ORG:Analytical Engines")
        + card("N:;;;;", "TEL:+44 20 7946 0000")
    )
    parsed = vcard.read_vcards(text)
    assert [c.full_name for c in parsed.contacts] == [
        "Lady Ada Augusta Lovelace",
        "ada@example.org",
        "Analytical Engines",
    ]
    assert [str(p) for p in parsed.problems] == ["Line 16: no name or email address"]


def test_vcard_emails_that_are_not_go_to_the_notes():
    [person] = vcard.read_vcards(card("FN:Ada", "EMAIL:ada at example dot org")).contacts
    assert methods(person) == []
    assert person.notes == "Email: ada at example dot org"


def test_vcard_agent_card_inside_a_card_is_skipped():
    text = card("FN:Boss", "AGENT:", "BEGIN:VCARD", "VERSION:2.1", "FN:Assistant", "END:VCARD",
                "EMAIL:boss@example.org", version="2.1")  # fmt: skip
    parsed = vcard.read_vcards(text)
    assert [c.full_name for c in parsed.contacts] == ["Boss"]
    assert methods(parsed.contacts[0]) == [("email", "boss@example.org", "")]


def test_vcard_group_cards_are_not_people():
    text = card("KIND:group", "FN:Book club", "MEMBER:urn:uuid:1", version="4.0") + card(
        "X-ADDRESSBOOKSERVER-KIND:group", "FN:Family"
    )
    parsed = vcard.read_vcards(text)
    assert parsed.contacts == []
    assert parsed.notices == [
        "2 contact group cards were skipped, as groups are not people (lines 1, 7)."
    ]


def test_vcard_quoted_printable_beside_a_second_encoding():
    # vobject passes the list ["8BIT"] to bytes.decode() and raises TypeError.
    text = card("FN;ENCODING=8BIT;QUOTED-PRINTABLE;CHARSET=UTF-8:=C3=89lise", version="2.1")
    assert [c.full_name for c in vcard.read_vcards(text).contacts] == ["Élise"]


def test_vcard_one_bad_line_costs_that_line_not_the_file():
    # vobject's own reader stops at the first line it cannot parse and loses every card after.
    text = card("FN:Ada", "EMAIL;TYPE=work", "EMAIL:ada@example.org") + card("FN:Grace")
    parsed = vcard.read_vcards(text)
    assert [c.full_name for c in parsed.contacts] == ["Ada", "Grace"]
    assert methods(parsed.contacts[0]) == [("email", "ada@example.org", "")]
    assert parsed.notices == ["1 line that is not valid vCard was skipped (line 4)."]


@pytest.mark.parametrize(
    ("version", "photo_property", "between"),
    [
        ("3.0", "PHOTO;ENCODING=b;TYPE=JPEG:", "\n "),  # folded: each data line indented
        ("2.1", "PHOTO;ENCODING=BASE64;TYPE=JPEG:", "\n"),  # 2.1: unindented, then a blank line
    ],
)
def test_a_huge_photo_costs_little(tmp_path, monkeypatch, version, photo_property, between):
    base64_line = "QUJD" * 18
    photo = between.join([base64_line] * 150_000)  # about 11 MB of photo data
    end = "\n" if version == "2.1" else ""
    path = tmp_path / "big.vcf"
    path.write_text(
        card("FN:Ada", photo_property + photo + end, "EMAIL:a@example.org", version=version)
    )
    # What it costs, counted rather than timed (the time is in `make bench`): the lines the
    # reader holds after unfolding, and what it hands to vobject to parse.
    held: list[str] = []
    handed: list[str] = []
    logical_lines, parse_line = vcard._logical_lines, vcard.parseLine

    def spied_lines(text):
        for number, line in logical_lines(text):
            held.append(line)
            yield number, line

    def spied_parse(line, number):
        handed.append(line)
        return parse_line(line, number)

    monkeypatch.setattr(vcard, "_logical_lines", spied_lines)
    monkeypatch.setattr(vcard, "parseLine", spied_parse)
    parsed = readers.read_file(path)
    assert [c.full_name for c in parsed.contacts] == ["Ada"]
    assert methods(parsed.contacts[0]) == [("email", "a@example.org", "")]
    assert parsed.notices == ["1 photo skipped, as Giveback does not keep contact photos (line 1)."]
    # The photo's data is dropped as it is read: six properties, none longer than a line
    # of the file (BEGIN, VERSION, FN, the photo's first line, EMAIL, END)…
    assert len(held) == 6, [line[:40] for line in held[:10]]
    assert max(len(line) for line in held) <= len(photo_property + base64_line)
    assert held[3].startswith(photo_property)
    # …and none of it reaches vobject: only the properties Giveback uses do.
    assert sorted(handed) == ["EMAIL:a@example.org", "FN:Ada"]


# LinkedIn --------------------------------------------------------------------
def test_linkedin_connections_as_exported():
    parsed = read("linkedin_connections.csv")
    assert parsed.format == "linkedin"
    people = by_name(parsed)
    ada = people["Ada Lovelace"]
    assert ada.line == 5
    assert (ada.company, ada.title) == ("Analytical Engines", "Chief Programmer")
    assert methods(ada) == [("link", "https://www.linkedin.com/in/ada-lovelace-1815", "LinkedIn")]
    assert ada.connected_on == dt.date(2024, 3, 5)
    assert ada.how_we_met == "Connected on LinkedIn on 5 March 2024"
    assert ada.tags == []
    grace = people["Grace Hopper"]
    assert methods(grace, "email") == [("email", "grace@navy.example", "")]
    assert (grace.company, grace.title) == (
        "US Navy, Bureau of Ships",
        "Director, Programming Languages",
    )
    assert people["José Ñúñez 🚀"].title == "Founder | CEO"
    assert people["明 王"].connected_on == dt.date(2024, 2, 29)
    assert people["Barlow Smith, CPA"].company == "Smith & Co., Inc."
    # A member who left LinkedIn has a profile link but no name: the row is reported.
    assert [str(p) for p in parsed.problems] == ["Line 9: no name or email address"]
    assert len(parsed.contacts) == 5


def test_linkedin_older_export_without_url_column_with_bom_and_crlf():
    parsed = read("linkedin_old.csv")
    assert parsed.format == "linkedin"
    alan, joan = parsed.contacts
    assert (alan.full_name, alan.line) == ("Alan Turing", 2)
    assert methods(alan) == [("email", "alan@example.ac.uk", "")]
    assert joan.connected_on == dt.date(2015, 10, 12)
    assert joan.how_we_met == "Connected on LinkedIn on 12 October 2015"


def test_linkedin_export_without_email_column(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        'Notes:\n"When exporting your connection data, you may notice…"\n\n'
        "First Name,Last Name,URL,Company,Position,Connected On\n"
        "Ada,Lovelace,https://www.linkedin.com/in/ada,Engines,Programmer,05 Mar 2024\n"
    )
    [ada] = readers.read_file(path).contacts
    assert (ada.full_name, ada.company, ada.title) == ("Ada Lovelace", "Engines", "Programmer")
    assert methods(ada) == [("link", "https://www.linkedin.com/in/ada", "LinkedIn")]


def test_linkedin_dates_in_other_spellings(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "A,One,,,,,3/5/24\nB,Two,,,,,2024-03-05\nC,Three,,,,,sometime\nD,Four,,,,,\n"
    )
    parsed = readers.read_file(path)
    assert [c.connected_on for c in parsed.contacts] == [
        dt.date(2024, 3, 5), dt.date(2024, 3, 5), None, None
    ]  # fmt: skip
    assert [c.how_we_met for c in parsed.contacts][2:] == [
        "Connected on LinkedIn on sometime",
        "Connected on LinkedIn",
    ]


# Google Contacts CSV -----------------------------------------------------------
def test_google_csv_older_layout_in_utf16():
    parsed = read("google_old_utf16.csv")
    assert parsed.format == "google"
    hedy, nameless = parsed.contacts
    assert hedy.full_name == "Hedy Lamarr"
    assert (hedy.company, hedy.title) == ("MGM", "Inventor")
    assert methods(hedy) == [  # two work emails in one " ::: " cell
        ("email", "hedy@mgm.example", "work"),
        ("email", "hedy.l@mgm.example", "work"),
        ("email", "hedy@home.example", "home"),
        ("phone", "+1 310 555 0101", "mobile"),
        ("phone", "+1 310 555 0102", "work fax"),
        ("link", "https://www.linkedin.com/in/hedy-lamarr", "LinkedIn"),
    ]
    assert hedy.location == "1 Hollywood Blvd, Los Angeles, CA, 90028, US"
    assert hedy.birthday == dt.date(1914, 11, 9)
    assert hedy.tags == ["Inventors", "Starred"]
    assert hedy.notes == "Frequency hopping.\nActress, inventor."
    assert nameless.full_name == "nameless@example.com"
    assert nameless.notes == "Birthday: 15 April"
    assert [str(p) for p in parsed.problems] == ["Line 7: no name or email address"]


def test_google_csv_current_layout():
    parsed = read("google_new.csv")
    assert parsed.format == "google"
    katherine, soren, acme = parsed.contacts
    assert katherine.full_name == "Dr. Katherine Coleman Johnson"
    assert (katherine.company, katherine.title) == ("NASA", "Research Mathematician")
    assert methods(katherine) == [
        ("email", "katherine@nasa.example", "work"),
        ("phone", "+1 757 555 0100", "mobile"),
        ("phone", "+1 757 555 0101", "mobile"),
        ("phone", "+1 757 555 0102", "Google Voice"),
        ("link", "https://www.linkedin.com/in/katherine-johnson", "LinkedIn"),
    ]
    assert katherine.tags == ["starred", "Recruiters"]
    assert katherine.location == "Hampton, VA, US"
    assert katherine.notes == 'Calculated trajectories, by hand; "human computer".'
    assert soren.birthday == dt.date(1813, 5, 5)
    assert soren.notes == "Email: not an email"
    assert (acme.full_name, acme.company) == ("Acme Widgets", "Acme Widgets")
    assert any("photo skipped" in n for n in parsed.notices)


# Other CSV -------------------------------------------------------------------------
def test_excel_semicolon_csv_with_guessed_columns():
    parsed = read("outlook_semicolon.csv")
    assert parsed.format == "csv"
    jurgen, ingrid = parsed.contacts
    assert jurgen.full_name == "Jürgen Müller"
    assert (jurgen.company, jurgen.title) == ("Bäckerei Müller", "Geschäftsführer")  # not "Herr"
    assert methods(jurgen) == [
        ("email", "j.mueller@example.de", ""),
        ("phone", "+49 170 1234567", "mobile"),
        ("phone", "+49 221 123456", "work"),
    ]
    assert jurgen.location == "Köln, Deutschland"
    assert jurgen.birthday == dt.date(1970, 5, 21)
    assert jurgen.notes == "Mag Brezeln; sehr nett"
    assert ingrid.birthday == dt.date(1915, 8, 29)
    assert [str(p) for p in parsed.problems] == ["Line 4: no name or email address"]


def test_tab_separated_list():
    tim, radia = read("handmade_list.tsv").contacts
    assert (tim.full_name, tim.company, tim.title) == ("Tim Berners-Lee", "W3C", "Director")
    assert tim.tags == ["web", "standards"]
    assert methods(tim, "link") == [("link", "linkedin.com/in/timbl", "LinkedIn")]
    assert (tim.location, tim.how_we_met) == ("London", "WWW conference 1994")
    assert radia.how_we_met == "Introduced by Vint"


def test_guess_mapping_from_common_headers():
    headers = ["Name", "E-mail Address", "E-mail 2 Address", "Mobile Phone", "Organisation",
               "Job Title", "Title", "LinkedIn URL", "Web Page", "City", "Birthday", "Tags",
               "Notes", "How we met", "Customer ID"]  # fmt: skip
    assert generic_csv.guess_mapping(headers) == [
        "full_name", "email", "email", "phone", "company", "title", "", "linkedin",
        "website", "location", "birthday", "tags", "notes", "how_we_met", "",
    ]  # fmt: skip
    assert generic_csv.guess_mapping(["First", "Last", "Mail"]) == [
        "first_name", "last_name", "email"
    ]  # fmt: skip


OUTLOOK_HEADER = (
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,"
    "Business City,Business State,Business Postal Code,Business Country/Region,Home Street,"
    "Home City,Home State,Home Postal Code,Home Country/Region,Business Fax,Business Phone,"
    "Company Main Phone,Home Phone,Mobile Phone,Assistant's Name,Birthday,Categories,"
    "E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,E-mail 2 Type,"
    "E-mail 2 Display Name,Notes,Web Page"
)


def test_outlook_csv_export_is_understood(tmp_path):
    headers = OUTLOOK_HEADER.split(",")
    mapping = dict(zip(headers, generic_csv.guess_mapping(headers), strict=True))
    assert {h: k for h, k in mapping.items() if k} == {
        "First Name": "first_name",
        "Middle Name": "middle_name",
        "Last Name": "last_name",
        "Company": "company",
        "Job Title": "title",
        "Business City": "location",
        "Business State": "location",
        "Business Country/Region": "location",
        "Business Fax": "phone",
        "Business Phone": "phone",
        "Company Main Phone": "phone",
        "Home Phone": "phone",
        "Mobile Phone": "phone",
        "Birthday": "birthday",
        "Categories": "tags",
        "E-mail Address": "email",
        "E-mail 2 Address": "email",
        "Notes": "notes",
        "Web Page": "website",
    }
    row = {h: "" for h in headers} | {
        "Title": "Ms.", "First Name": "Ada", "Last Name": "Lovelace", "Job Title": "Analyst",
        "Business City": "London", "Home City": "Marylebone", "Business Fax": "+44 20 1",
        "Mobile Phone": "+44 77 1", "Assistant's Name": "Mary", "Birthday": "0/0/00",
        "Categories": "Mentors;Math", "E-mail Address": "ada@example.org", "E-mail Type": "SMTP",
        "E-mail Display Name": "Ada Lovelace (ada@example.org)",
    }  # fmt: skip
    path = tmp_path / "outlook.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, headers)
        writer.writeheader()
        writer.writerow(row)
    parsed = readers.read_file(path)
    [ada] = parsed.contacts
    assert (ada.full_name, ada.title, ada.location) == ("Ada Lovelace", "Analyst", "London")
    assert methods(ada) == [
        ("phone", "+44 20 1", "work fax"),
        ("phone", "+44 77 1", "mobile"),
        ("email", "ada@example.org", ""),
    ]
    assert (ada.birthday, ada.notes, ada.tags) == (None, "", ["Mentors", "Math"])
    assert parsed.notices == []


def test_csv_preview_and_a_mapping_the_user_chose(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Vorname,Nachname,Firma,Notiz\nAda,Lovelace,Engines,Met in 1843\nGrace\n")
    headers, rows = generic_csv.csv_preview(path.read_text(), rows=5)
    assert headers == ["Vorname", "Nachname", "Firma", "Notiz"]
    assert rows == [["Ada", "Lovelace", "Engines", "Met in 1843"], ["Grace", "", "", ""]]
    with pytest.raises(ImportFileError, match="holds the names"):
        readers.read_file(path, format="csv")
    # The mapping step reads its preview with whatever is chosen so far: no error, just Problems.
    parsed = generic_csv.read_csv(path.read_text(), ["", "", "company", "notes"])
    assert parsed.contacts == []
    assert [str(p) for p in parsed.problems] == [
        "Line 2: no name or email address",
        "Line 3: no name or email address",
    ]
    mapping = ["first_name", "last_name", "company", "notes"]
    parsed = readers.read_file(path, format="csv", mapping=mapping)
    assert [(c.full_name, c.company, c.notes) for c in parsed.contacts] == [
        ("Ada Lovelace", "Engines", "Met in 1843"),
        ("Grace", "", ""),
    ]


def test_csv_rows_with_line_breaks_keep_their_line_numbers(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('Name,Notes\nAda,"line one\nline two"\n,\nGrace,x\n,only a note\n')
    parsed = readers.read_file(path)
    assert [(c.full_name, c.line) for c in parsed.contacts] == [("Ada", 2), ("Grace", 5)]
    assert [str(p) for p in parsed.problems] == ["Line 6: no name or email address"]


def test_day_first_or_month_first_birthdays_decided_by_the_column(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("Name,Birthday\nA,04/05/1990\nB,12/31/1985\n")
    a, b = readers.read_file(path).contacts
    assert (a.birthday, b.birthday) == (dt.date(1990, 4, 5), dt.date(1985, 12, 31))


def test_excel_sep_line_sets_the_delimiter(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\nName;Email\nAda, Countess;ada@example.org\n")
    [ada] = readers.read_file(path).contacts
    assert (ada.full_name, ada.line) == ("Ada, Countess", 3)


@pytest.fixture
def small_csv_field_limit():
    previous = csv.field_size_limit(1000)
    yield
    csv.field_size_limit(previous)


def test_an_unclosed_quote_is_reported_where_csv_gives_up(tmp_path, small_csv_field_limit):
    path = tmp_path / "broken.csv"
    path.write_text('Name,Email\nAda,ada@example.org\nGrace,"grace@example.org\n' + "x\n" * 600)
    parsed = readers.read_file(path)
    assert [c.full_name for c in parsed.contacts] == ["Ada"]
    [problem] = parsed.problems
    assert problem.line == 3
    assert "unclosed quote" in problem.reason


# Formats and encodings ------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("apple_contacts.vcf", "vcard"),
        ("outlook_21.vcf", "vcard"),
        ("linkedin_connections.csv", "linkedin"),
        ("linkedin_old.csv", "linkedin"),
        ("google_old_utf16.csv", "google"),
        ("google_new.csv", "google"),
        ("outlook_semicolon.csv", "csv"),
        ("handmade_list.tsv", "csv"),
    ],
)
def test_detect_format(name, fmt):
    assert readers.detect_format(DATA / name) == fmt


def test_detect_format_by_content_not_name(tmp_path):
    renamed = tmp_path / "contacts.txt"
    renamed.write_bytes((DATA / "apple_contacts.vcf").read_bytes())
    assert readers.detect_format(renamed) == "vcard"
    backup = tmp_path / "backup.dat"
    backup.write_text('{"giveback": 1}')
    assert readers.detect_format(backup) == "json"
    with pytest.raises(ImportFileError, match="full export"):
        readers.read_file(backup)


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]
)
def test_unicode_encodings_with_and_without_bom(tmp_path, codec):
    path = tmp_path / "c.csv"
    path.write_bytes("Name,Email\r\nZoë 🎉 山田,zoe@example.org\r\n".encode(codec))
    [zoe] = readers.read_file(path).contacts
    assert (zoe.full_name, methods(zoe)) == ("Zoë 🎉 山田", [("email", "zoe@example.org", "")])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b" \r\n\t\n", "is empty"),
        (b"\xef\xbb\xbf", "is empty"),
        (b"Name,Email\nRen\x81,r@example.org\n", "not UTF-8 or UTF-16"),  # not Windows-1252
        ("BEGIN:VCARD\nFN:René\nEND:VCARD\n".encode("cp1252"), "not UTF-8 or UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not"),
        (b"PK\x03\x04" + bytes(100), "ZIP archive"),
        (b"\xff\xfe" + b"\x00\xd8", "damaged"),
        (b"just some words in a text file\n", "not a contacts file"),
    ],
)
def test_files_that_cannot_be_imported_say_why(tmp_path, content, message):
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        readers.read_file(path)


def test_missing_file_folder_and_too_big(tmp_path, monkeypatch):
    with pytest.raises(ImportFileError, match="could not be opened"):
        readers.read_file(tmp_path / "nope.vcf")
    with pytest.raises(ImportFileError, match="folder"):
        readers.read_file(tmp_path)
    monkeypatch.setattr(encoding, "MAX_IMPORT_BYTES", 1024)
    big = tmp_path / "big.csv"
    big.write_text("Name\n" + "Ada\n" * 1000)
    with pytest.raises(ImportFileError, match="4,005 bytes; Giveback imports files up to 1,024"):
        readers.read_file(big)


def test_unknown_format_and_a_vcf_without_cards(tmp_path):
    path = tmp_path / "a.vcf"
    path.write_text("Name,Email\nAda,ada@example.org\n")
    with pytest.raises(ImportFileError, match="no vCards"):
        readers.read_file(path)
    with pytest.raises(ImportFileError, match="not a format"):
        readers.read_file(path, format="xlsx")


# Writing vCards -------------------------------------------------------------------
def record(**overrides) -> ContactRecord:
    values = dict(
        id=7,
        full_name="Ada Lovelace",
        company="Analytical Engines; Ltd, London",
        title="Chief Programmer, Research",
        email="ada@example.org",
        phone="+44 7700 900123",
        linkedin_url="https://www.linkedin.com/in/ada",
        tags=("Mentors", "Math; logic"),
        how_we_met="Royal Society, 1843; introduced by Babbage",
        notes="First line, with a comma; and a semicolon\nSecond line \\ backslash 🎉",
        methods=(
            Method("email", "ada@example.org", "work"),
            Method("email", "ada@home.example", "home"),
            Method("email", "ada@old.example", "other"),
            Method("phone", "+44 7700 900123", "mobile"),
            Method("phone", "+44 20 7946 0000", "work mobile"),
            Method("phone", "+44 20 7946 0001", "work fax"),
            Method("phone", "+44 20 7946 0002", "Assistant's line"),
            Method("phone", "+44 20 7946 0003", ""),
            Method("link", "https://www.linkedin.com/in/ada", "LinkedIn"),
            Method("link", "https://ada.example", "work"),
            Method("link", "https://blog.example", ""),
        ),
        location="London, UK",
        birthday=dt.date(1815, 12, 10),
    )
    values.update(overrides)
    return ContactRecord(**values)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_round_trip_loses_nothing(version):
    people = [
        record(),
        record(id=8, full_name="山田 太郎", company="", title="", tags=(), notes="",
               how_we_met="", methods=(Method("email", "taro@example.jp", ""),),
               location="", birthday=None),
        record(id=9, full_name="Zoë \"Zed\" Ångström-O'Neil", methods=(), email="", phone="",
               linkedin_url="", tags=("x",)),
    ]  # fmt: skip
    parsed = vcard.read_vcards(vcard.write_vcards(people, version))
    assert parsed.problems == []
    assert len(parsed.contacts) == 3
    for written, back in zip(people, parsed.contacts, strict=True):
        assert back.full_name == written.full_name
        assert (back.company, back.title) == (written.company, written.title)
        for kind in ("email", "phone", "link"):
            assert methods(back, kind) == [
                (m.kind, m.value, m.label) for m in written.methods if m.kind == kind
            ]
        assert back.location == written.location
        assert back.birthday == written.birthday
        assert back.tags == list(written.tags)
        assert back.notes == written.notes
        assert back.how_we_met == written.how_we_met


def test_written_vcard_is_what_phones_and_google_expect():
    text = vcard.write_vcards([record()], "4.0")
    lines = text.split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert lines[-2:] == ["END:VCARD", ""]
    assert all(len(line.encode()) <= 75 for line in lines)  # folded, UTF-8 kept whole
    assert "FN:Ada Lovelace" in lines
    assert "N:Lovelace;Ada;;;" in lines
    assert "ORG:Analytical Engines\\; Ltd\\, London" in lines
    assert "EMAIL;TYPE=work:ada@example.org" in lines
    assert "TEL;TYPE=cell:+44 7700 900123" in lines
    assert "TEL;TYPE=work,cell:+44 20 7946 0000" in lines
    assert "BDAY:18151210" in lines
    assert "ADR:;;;London\\, UK;;;" in lines
    assert "CATEGORIES:Mentors,Math\\; logic" in lines
    text3 = vcard.write_vcards([record()], "3.0")
    assert "EMAIL;TYPE=INTERNET,WORK:ada@example.org" in text3.split("\r\n")
    assert "BDAY:1815-12-10" in text3.split("\r\n")
    with pytest.raises(ValueError):
        vcard.write_vcards([record()], "2.1")


def test_written_vcard_of_a_record_with_only_the_main_email_phone_and_profile():
    text = vcard.write_vcards([record(methods=())])
    [ada] = vcard.read_vcards(text).contacts
    assert methods(ada) == [
        ("email", "ada@example.org", ""),
        ("phone", "+44 7700 900123", ""),
        ("link", "https://www.linkedin.com/in/ada", "LinkedIn"),
    ]


def test_written_vcard_drops_control_characters():
    text = vcard.write_vcards([record(full_name="Ada\x00 Lovelace\x1b", notes="a\x07b")])
    assert "\x00" not in text and "\x1b" not in text and "\x07" not in text
    [ada] = vcard.read_vcards(text).contacts
    assert (ada.full_name, ada.notes) == ("Ada Lovelace", "ab")


@pytest.mark.parametrize("where", [0, 1])
def test_a_cell_longer_than_csv_allows_keeps_every_row(tmp_path, where):
    long_note = "word " * 40_000  # 200,000 characters, over csv's default 131,072
    rows = [["Ada Lovelace", "short"], ["Bob Stone", "also short"]]
    rows.insert(where, ["Long Notes", long_note])
    path = tmp_path / "people.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Name", "Notes"], *rows])
    parsed = readers.read_file(path)
    assert [c.full_name for c in parsed.contacts] == [r[0] for r in rows]
    assert parsed.contacts[where].notes == long_note.strip() and not parsed.problems


def test_a_file_whose_only_rows_cannot_be_read_says_why(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Name,Notes\nAda," + "x" * 2000 + "\n", encoding="utf-8")
    default = csv.field_size_limit(1000)  # as if this cell were over the largest Giveback reads
    try:
        with pytest.raises(ImportFileError) as refused:
            readers.read_file(path)
    finally:
        csv.field_size_limit(default)
    assert str(refused.value) == (
        "“people.csv” could not be read. Line 2: the rest of the file could not be read "
        "(field larger than field limit (1000)); check for an unclosed quote."
    )


def test_excel_and_outlook_csv_in_windows_1252_are_read_and_say_so(db, tmp_path):
    from crm_desktop.services.interchange.plan import plan_import

    path = tmp_path / "excel.csv"
    path.write_bytes(
        "Name;Company;Notes\r\nRené Lefèvre;Café Ünal;costs 5 € – “soon”\r\n".encode("cp1252")
    )
    parsed = readers.read_file(path)
    [rene] = parsed.contacts
    assert (rene.full_name, rene.company, rene.notes) == (
        "René Lefèvre", "Café Ünal", "costs 5 € – “soon”"
    )  # fmt: skip
    assert parsed.notices[0].startswith("Read as Windows-1252 (Western) text")
    assert plan_import(parsed).notices[0] == parsed.notices[0]  # the preview lists it
    utf8 = tmp_path / "utf8.csv"
    utf8.write_text("Name;Company\nRené;Café\n", encoding="utf-8")
    assert not readers.read_file(utf8).notices


GIVEBACK_CSV = (
    "Name,Company,Title,Email,Phone,LinkedIn,Tags,How we met,Notes,All emails,All phones,"
    "All links,Location,Birthday,Stage,Warmth,Follow up on,Keep in touch every (days),"
    "Last contact,Their story,Expertise,Past jobs,Archived\n"
    "Lab Elled,Acme,CTO,w@x.org,'+1 (555) 0100,https://www.linkedin.com/in/lab,"
    '"R&D; data, mentor",PyCon,Met twice,w@x.org (work); h@x.org (home),'
    "'+1 (555) 0100 (mobile); +1 555 0199,https://www.linkedin.com/in/lab (LinkedIn); "
    "https://lab.example/me (Assistant's line),Paris,1990-02-03,Met,Warm,,,"
    "2024-05-06 10:30,,,,yes\n"
)


@pytest.mark.parametrize("also_single_columns", [False, True])
def test_giveback_csv_export_reads_back_every_field(tmp_path, also_single_columns):
    path = tmp_path / "giveback.csv"
    path.write_text(GIVEBACK_CSV, encoding="utf-8-sig")
    headers, _rows = generic_csv.csv_preview(path.read_text(encoding="utf-8-sig"))
    mapping = generic_csv.guess_mapping(headers)
    guessed = dict(zip(headers, mapping, strict=True))
    assert [guessed[h] for h in ("Email", "All emails", "Stage", "Last contact")] == [
        "", "all_emails", "note_line", ""
    ]  # fmt: skip
    if also_single_columns:  # the user maps them too: nothing is read twice
        mapping[3:6] = ["email", "phone", "linkedin"]
    [lab] = readers.read_file(path, "csv", mapping).contacts
    expected = [
        ("email", "w@x.org", "work"),
        ("email", "h@x.org", "home"),
        ("phone", "+1 (555) 0100", "mobile"),
        ("phone", "+1 555 0199", ""),
        ("link", "https://www.linkedin.com/in/lab", "LinkedIn"),
        ("link", "https://lab.example/me", "Assistant's line"),
    ]
    if also_single_columns:  # the LinkedIn column comes first, already labelled
        expected.insert(0, expected.pop(4))
    assert methods(lab) == expected
    assert (lab.company, lab.title, lab.location, lab.birthday, lab.how_we_met) == (
        "Acme", "CTO", "Paris", dt.date(1990, 2, 3), "PyCon"
    )  # fmt: skip
    assert lab.tags == ["R&D; data", "mentor"]
    assert lab.notes == "Met twice\nStage: Met\nWarmth: Warm\nArchived: yes"
