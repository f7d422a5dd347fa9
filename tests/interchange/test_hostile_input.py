"""Hostile text (markup, control characters, enormous strings, right-to-left text,
emoji, spreadsheet formulas) goes through add → list → prep sheet (HTML, the Qt
document, PDF) → export (CSV, vCard 4.0 and 3.0) → import into a fresh database.
It is shown and written as text, never as markup or links, comes back from
Giveback's own files as it went in (cleaned as every import cleans text), and
nothing crashes. Import limits: a file that is too big is refused with a
message, and a huge photo in a vCard is skipped.

    GIVEBACK_FUZZ_EXAMPLES=2000 pytest tests/interchange/test_hostile_input.py \
        --hypothesis-show-statistics
"""

from __future__ import annotations

import base64
import csv
import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from crm_desktop import paths, store
from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.records import load_records
from crm_desktop.services.contacts.types import ContactInput, ContactRecord
from crm_desktop.services.interchange import csv_export
from crm_desktop.services.interchange.apply import apply_import
from crm_desktop.services.interchange.export import export_file
from crm_desktop.services.interchange.plan import plan_import
from crm_desktop.services.interchange.readers import read_file
from crm_desktop.services.interchange.records import MAX_IMPORT_BYTES, ImportFileError
from crm_desktop.services.meetings import prepsheet

EXAMPLES = int(os.environ.get("GIVEBACK_FUZZ_EXAMPLES", "60"))
csv.field_size_limit(sys.maxsize)  # reading our own huge cells back

HOSTILE = [
    "<b>bold</b>",
    "<script>alert(1)</script>",
    '<a href="http://evil.example/">click me</a>',
    "<img src=x onerror=alert(1)>",
    "</td></tr></table><h1>broken</h1>",
    "&amp; &lt;b&gt; &#x3C;",
    "http://looks.like/a/link",
    '=HYPERLINK("http://evil.example","x")',
    "=cmd|' /C calc'!A0",
    "+1 555 0100",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "\u202eevil\u202c",  # right-to-left override
    "مرحبا بالعالم",
    "שלום עולם",
    "👩‍👩‍👧‍👦 🏳️‍🌈 ✊🏿",
    "山田太郎",
    "Zoë Ñúñez",
    "\x00",
    "\x07\x1b[31mred\x1b[0m",
    "\u200b\ufeff\u2028\u2029",
    "' OR 1=1 --",
    "${PWD} $(rm -rf /) `id`",
    "%s %n {0} {}",
]

fragment = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=30),
    st.text(alphabet=st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp", "So")), max_size=10),
)
hostile_text = st.lists(fragment, min_size=1, max_size=5).map("".join)
# Enormous strings are made inside the tests from a drawn size, so that a failing
# example stays short to print: (text + " ") * repeat.
repeat = st.sampled_from([1, 1, 1, 1, 500, 3000])

MARKUP = [h for h in HOSTILE if "<" in h or "&" in h]


def _anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor() or fmt.anchorHref():
                found.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return found


def _add(name: str, **fields) -> ContactRecord | None:
    try:
        return contacts.add_contact(ContactInput(full_name=name, **fields))
    except InvalidInput:
        return None  # e.g. a name of nothing but spaces: refused with a message, not a crash


def _visible_tokens(text: str) -> list[str]:
    """Runs of plainly printable characters, which the reader must see as typed."""
    return re.findall(r"[<>&\"'=+@/A-Za-z0-9]{3,}", text)


def _squash(text: str) -> str:
    return " ".join(text.split())


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=hostile_text,
    company=hostile_text,
    title=hostile_text,
    notes=hostile_text,
    name_repeat=repeat,
    notes_repeat=repeat,
    markup=st.sampled_from(MARKUP),
)
def test_hostile_text_is_shown_and_exported_as_text(
    qapp, db, tmp_path, empty_database, name, company, title, notes, name_repeat, notes_repeat,
    markup,
):  # fmt: skip
    title += markup  # every example has markup to escape, whatever else was drawn
    if name_repeat > 1:
        name = (name + " ") * name_repeat
    if notes_repeat > 1:
        notes = (notes + " ") * notes_repeat
    record = _add(name, company=company, title=title, notes=notes, how_we_met=notes[:500])
    if record is None:
        return
    # List (the service and the Qt model behind the Contacts view).
    rows = {r.id: r for r in contacts.list_contacts()}
    assert rows[record.id].full_name == record.full_name
    # Searching for the name as shown finds them: every word with a letter or digit in it
    # must match, the others are left out; a search of no such word finds nobody.
    query = record.full_name[:200]
    found = [row.id for row in contacts.list_contacts(query)]
    if any(any(ch.isalnum() for ch in word) for word in query.split()):
        assert record.id in found, f"searching {query!r} does not find them"
    else:
        assert found == []
    from crm_desktop.ui.contacts.model import ContactsTableModel

    model = ContactsTableModel()
    model.refresh()
    row = model.row_of(record.id)
    assert row >= 0, "the new contact is not in the list"
    # Qt drops a leading byte-order mark (invisible anyway) when it takes the text.
    assert model.index(row, 0).data() == record.full_name.removeprefix("\ufeff")

    # Prep sheet: user text escaped in the HTML, plain text in the laid-out document.
    sheet = prepsheet.compose(contact_id=record.id)
    html = prepsheet.to_html(sheet)
    for element in MARKUP:  # none is in the template: each is there only if typed
        assert element not in html, f"{element!r} went into the sheet as markup"
    document = QTextDocument()
    document.setHtml(html)
    assert not _anchors(document), "user text became a link"
    shown = _squash(document.toPlainText())
    if len(record.full_name) < 300:
        for token in _visible_tokens(record.full_name):
            assert token in shown, f"{token!r} not shown as typed"

    # CSV: every cell is the stored value, made inert; nothing a spreadsheet would run.
    target = tmp_path / "out.csv"
    csv_export.export_contacts_csv(target, [record.id])
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header, cells = list(csv.reader(handle))
    assert header == list(csv_export.HEADERS)
    stored = [record.full_name, record.company, record.title, "", "", "", "",
              record.how_we_met, record.notes]  # fmt: skip
    assert len(cells) == len(header)
    first = len(stored)
    for column, written, value in zip(header[:first], cells[:first], stored, strict=True):
        assert written == _inert_cell(value), column
        assert not written.startswith(FORMULA_FIRST), column

    # Export → import: Giveback reads back every file it wrote, into a fresh database.
    for fmt, suffix in (("vcard", "vcf"), ("vcard3", "vcf"), ("csv", "csv")):
        exported = tmp_path / f"out-{fmt}.{suffix}"
        export_file(exported, fmt, [record.id])
        written = _csv_round_trip if fmt == "csv" else str
        # A stored name has a visible character (add_contact refuses any other), and every
        # import keeps those, so the person comes back.
        [back] = _reimported(exported, empty_database)
        for field in ("full_name", "company", "title", "notes"):
            sent = written(getattr(record, field))
            if fmt != "csv" and field == "notes":
                # Known loss, reported: a lone carriage return (no line feed) in a note
                # does not survive a vCard, so the words either side of it join up.
                sent = sent.replace("\r\n", "\n").replace("\r", "")
            got = getattr(back, field)
            assert not [ch for ch in got if _dropped_on_import(ch)], (fmt, field)
            assert _words(got) == _words(_as_imported(sent)), (fmt, field)


# The rules the round trip is held to, stated here rather than taken from the code under
# test (csv_export.neutralise, plan.clean_text), so that a change to that code is checked
# against them, not copied into the expectation.

# CSV export (csv_export's docstring): a cell starting with = + - @, a tab or a carriage
# return would be run as a formula by a spreadsheet, so it gets a leading apostrophe, which
# spreadsheets show as text; control characters (C0 but tab, line feed and carriage return,
# which a cell may hold, and DEL) are left out first.
FORMULA_FIRST = ("=", "+", "-", "@", "\t", "\r")


def _inert_cell(value: str) -> str:
    kept = "".join(ch for ch in value if not ((ch < " " and ch not in "\t\n\r") or ch == "\x7f"))
    return "'" + kept if kept.startswith(FORMULA_FIRST) else kept


# Import (plan.clean_text: "a field from a file as Giveback stores it: printable,
# trimmed"): control characters are dropped (C0 but tab, line feed and carriage return, and
# DEL), so are lone surrogates, which SQLite cannot store; every other character is kept as
# it was typed: letters, digits, spaces, punctuation, markup, formulas, emoji, format marks.
def _dropped_on_import(ch: str) -> bool:
    return (ch < " " and ch not in "\t\n\r") or ch == "\x7f" or "\ud800" <= ch <= "\udfff"


def _as_imported(text: str) -> str:
    return "".join(ch for ch in text if not _dropped_on_import(ch))


def _csv_round_trip(value: str) -> str:
    """What a CSV export read back gives: the cell as exported, the formula guard's
    apostrophe taken off again before = + - @ (before a tab or a carriage return it stays).
    Known loss, reported: an apostrophe the user typed before = + - @ is read as that guard."""
    cell = _inert_cell(value)
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@") else cell


def _words(text: str) -> list[str]:
    """Text as a reader sees it: line ends and runs of spaces may differ between formats."""
    return text.split()


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory) -> Path:
    """An empty Giveback database, copied for each re-import (creating one takes a while)."""
    folder = tmp_path_factory.mktemp("empty")
    store.connect(folder / paths.DB_NAME)
    store.close()
    return folder / paths.DB_NAME


def _reimported(path: Path, empty: Path) -> list[ContactRecord]:
    """The contacts *path* gives when imported into an empty database of its own."""
    own = paths.data_dir()
    fresh = own.parent / "reimport"
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir()
    shutil.copy(empty, fresh / paths.DB_NAME)
    paths.set_data_dir(fresh)
    store.connect(paths.database_path())
    try:
        apply_import(plan_import(read_file(path), path.name))
        return list(load_records([r.id for r in contacts.list_contacts()]))
    finally:
        store.close()
        paths.set_data_dir(own)
        store.connect(paths.database_path())


@settings(
    max_examples=max(5, EXAMPLES // 6),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=hostile_text, notes=hostile_text, notes_repeat=repeat)
def test_hostile_text_prints_to_pdf_without_links(qapp, db, tmp_path, name, notes, notes_repeat):
    if notes_repeat > 1:
        notes = (notes + " ") * notes_repeat
    from crm_desktop.printing.prep import sheets_to_pdf

    record = _add(name, notes=notes)
    if record is None:
        return
    pdf = sheets_to_pdf([prepsheet.compose(contact_id=record.id)], tmp_path / "sheet.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/URI" not in data and b"/Link" not in data


def test_markup_prints_as_the_characters_typed(qapp, db, tmp_path):
    from pypdf import PdfReader

    from crm_desktop.printing.prep import sheets_to_pdf

    name = "<b>Ann</b> <a href='http://evil.example/'>Lee</a>"
    record = contacts.add_contact(ContactInput(full_name=name, notes="<i>not italic</i>"))
    pdf = sheets_to_pdf([prepsheet.compose(contact_id=record.id)], tmp_path / "ann.pdf")
    text = _squash(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "<b>Ann</b>" in text
    assert "<i>not italic</i>" in text
    assert b"/URI" not in pdf.read_bytes()


# CSV export and formula neutralisation -----------------------------------------------------


@pytest.mark.parametrize(
    "value, written",
    [
        ("=1+1", "'=1+1"),
        ("+1 555 0100", "'+1 555 0100"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Ann = Lee", "Ann = Lee"),
        ("", ""),
    ],
)
def test_neutralise(value, written):
    assert csv_export.neutralise(value) == written


def test_export_all_or_some_contacts(db, tmp_path):
    ann = contacts.add_contact(
        ContactInput(
            full_name="Ann Lee",
            company="=Acme",
            phone="+1 555 0100",
            tags=["a", "b"],
            notes="line one\nline two, with comma",
        )  # fmt: skip
    )
    contacts.add_contact(ContactInput(full_name="Bob Stone"))
    everything = tmp_path / "all.csv"
    assert csv_export.export_contacts_csv(everything) == 2
    some = tmp_path / "some.csv"
    assert csv_export.export_contacts_csv(some, [ann.id]) == 1
    with open(some, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [{k: row[k] for k in list(csv_export.HEADERS)[:9]} for row in rows] == [
        {
            "Name": "Ann Lee",
            "Company": "'=Acme",
            "Title": "",
            "Email": "",
            "Phone": "'+1 555 0100",
            "LinkedIn": "",
            "Tags": rows[0]["Tags"],
            "How we met": "",
            "Notes": "line one\nline two, with comma",
        }
    ]
    assert rows[0]["All phones"] == "'+1 555 0100 (mobile)"
    assert sorted(rows[0]["Tags"].split(", ")) == ["a", "b"]
    if os.name == "posix":
        assert os.stat(some).st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.partial"))


# Import limits ------------------------------------------------------------------------------


def test_an_import_file_over_the_size_limit_is_refused_and_changes_nothing(db, tmp_path, run):
    contacts.add_contact(ContactInput(full_name="Ann Lee"))
    huge = tmp_path / "Connections.csv"
    with open(huge, "w", encoding="utf-8") as handle:
        handle.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: one byte too many, no disk used
    with pytest.raises(ImportFileError, match="imports files up to 64 MB") as refused:
        read_file(huge)
    assert "Split it into smaller files" in str(refused.value)
    assert [r.full_name for r in contacts.list_contacts()] == ["Ann Lee"]

    run("add-contact", "Ann Lee")
    result = run("import", str(huge), check=False)
    assert result.returncode == 2
    assert "Connections.csv” is 64 MB; Giveback imports files up to 64 MB" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Ann Lee" in run("contacts").stdout
    assert not list((run.data / "backups").glob("*before-import*"))


def _photo_card(version: str, photo: bytes) -> str:
    data = base64.b64encode(photo).decode("ascii")
    if version == "2.1":  # unfolded base64 lines, ended by a blank line
        lines = "\r\n".join(data[i : i + 76] for i in range(0, len(data), 76))
        photo_property = f"PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n{lines}\r\n\r\n"
    else:
        folded = "\r\n ".join(data[i : i + 74] for i in range(0, len(data), 74))
        photo_property = f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n"
    return (
        f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:Ann Lee\r\nN:Lee;Ann;;;\r\n"
        f"{photo_property}EMAIL;TYPE=INTERNET:ann@example.com\r\n"
        "NOTE:Met at the data meetup.\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nEND:VCARD\r\n"
    )


@pytest.mark.parametrize("version", ["2.1", "3.0"])
def test_a_huge_photo_in_a_vcard_is_skipped_and_the_card_imported(db, tmp_path, version):
    card = tmp_path / "contacts.vcf"
    card.write_text(_photo_card(version, os.urandom(30 * 1024 * 1024)), encoding="ascii")
    assert card.stat().st_size > 40 * 1024 * 1024  # under the size limit, far over any photo
    parsed = read_file(card)
    assert any("photo skipped" in notice for notice in parsed.notices)
    apply_import(plan_import(parsed, card.name))
    ann = contacts.find_contact("Ann Lee")
    assert ann.email == "ann@example.com"
    assert ann.notes == "Met at the data meetup."
    assert [r.full_name for r in contacts.list_contacts()] == ["Ann Lee", "Bob Stone"]
    assert paths.database_path().stat().st_size < 2 * 1024 * 1024  # no photo stored
