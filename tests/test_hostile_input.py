"""Hostile text (markup, control characters, enormous strings, right-to-left text,
emoji, spreadsheet formulas) goes through add → list → prep sheet (HTML, the Qt
document, PDF) → CSV export. It is shown and written as text, never as markup or
links, and nothing crashes. Imports do not exist yet, so the chain ends at export.

    GIVEBACK_FUZZ_EXAMPLES=2000 pytest tests/test_hostile_input.py --hypothesis-show-statistics
"""

from __future__ import annotations

import csv
import os
import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextDocument

from crm_desktop.services import contacts, csv_export, prepsheet
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.errors import InvalidInput

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


def _add(name: str, **fields) -> contacts.ContactRecord | None:
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
)
def test_hostile_text_is_shown_and_exported_as_text(
    qapp, db, tmp_path, name, company, title, notes, name_repeat, notes_repeat
):
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
    contacts.list_contacts(name[:200])  # searching for it must not raise
    from crm_desktop.ui.contacts_model import ContactsTableModel

    model = ContactsTableModel()
    model.refresh()
    row = model.row_of(record.id)
    if row >= 0:  # the model shows a window of rows
        assert model.index(row, 0).data() == record.full_name

    # Prep sheet: user text escaped in the HTML, plain text in the laid-out document.
    sheet = prepsheet.compose(contact_id=record.id)
    html = prepsheet.to_html(sheet)
    typed = " ".join((name, company, title, notes))
    for markup in MARKUP:
        if markup in typed:
            assert markup not in html, f"{markup!r} went into the sheet as markup"
    document = QTextDocument()
    document.setHtml(html)
    assert not _anchors(document), "user text became a link"
    shown = _squash(document.toPlainText())
    if len(record.full_name) < 300:
        for token in _visible_tokens(record.full_name):
            assert token in shown, f"{token!r} not shown as typed"

    # CSV: every cell is the stored value, neutralised; nothing a spreadsheet would run.
    target = tmp_path / "out.csv"
    csv_export.export_contacts_csv(target, [record.id])
    with open(target, encoding="utf-8-sig", newline="") as handle:
        header, cells = list(csv.reader(handle))
    assert header == list(csv_export.HEADERS)
    stored = [record.full_name, record.company, record.title, "", "", "", "",
              record.how_we_met, record.notes]  # fmt: skip
    for written, value in zip(cells, stored, strict=True):
        if value:
            assert written == csv_export.neutralise(value)
        assert not written.startswith(csv_export.FORMULA_STARTS)


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
        ContactInput(full_name="Ann Lee", company="=Acme", phone="+1 555 0100", tags=["a", "b"],
                     notes="line one\nline two, with comma")  # fmt: skip
    )
    contacts.add_contact(ContactInput(full_name="Bob Stone"))
    everything = tmp_path / "all.csv"
    assert csv_export.export_contacts_csv(everything) == 2
    some = tmp_path / "some.csv"
    assert csv_export.export_contacts_csv(some, [ann.id]) == 1
    with open(some, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows == [
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
    assert sorted(rows[0]["Tags"].split(", ")) == ["a", "b"]
    if os.name == "posix":
        assert os.stat(some).st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob("*.partial"))
