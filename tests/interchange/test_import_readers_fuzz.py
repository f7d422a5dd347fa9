"""Whatever the bytes, reading a contacts file ends in contacts, Problems and notices,
or in one ImportFileError with a message for the user; never in a crash.

Arbitrary bytes, arbitrary text and real sample files cut, spliced and
corrupted go through ``readers.read_file`` in every format. The readers' safety
nets must never be needed, so the tests fail if one is: read_file's own (which
wraps an unexpected exception into "could not be read as…") and the vCard
reader's per card (which turns one into a Problem row marked ``unexpected``) and per
property line (which skips the line with a notice and lists it in ``parsed.unexpected``).

    GIVEBACK_FUZZ_EXAMPLES=2000 pytest tests/interchange/test_import_readers_fuzz.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.services.contacts.types import ContactRecord, Method
from crm_desktop.services.interchange import readers, vcard
from crm_desktop.services.interchange.records import (
    IMPORT_FORMATS,
    ImportedContact,
    ImportFileError,
    ParsedFile,
)
from crm_desktop.services.text import one_line

EXAMPLES = int(os.environ.get("GIVEBACK_FUZZ_EXAMPLES", "70"))
DATA = Path(__file__).resolve().parents[1] / "data" / "import"
SAMPLES = sorted(p.name for p in DATA.iterdir())
FORMATS = [None, *(f for f in IMPORT_FORMATS if f != "json")]
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def check(path: Path, fmt: str | None) -> None:
    """read_file either reads or raises a readable ImportFileError; what it reads is sound."""
    try:
        parsed = readers.read_file(path, format=fmt)
    except ImportFileError as err:
        message = str(err)
        assert message and "could not be read as" not in message, message
        return
    assert isinstance(parsed, ParsedFile)
    assert not parsed.unexpected, "a reader's safety net caught:\n" + "\n".join(parsed.unexpected)
    for contact in parsed.contacts:
        assert isinstance(contact, ImportedContact)
        assert contact.full_name.strip() and "\x00" not in contact.full_name
        assert contact.line >= 1
        for method in contact.methods:
            assert method.value and "\n" not in method.value
            if method.kind == "email":
                assert "@" in method.value and " " not in method.value
    for problem in parsed.problems:
        assert problem.line >= 1 and problem.reason, problem
        assert not problem.unexpected, f"a reader's safety net caught:\n{problem.unexpected}"


@FUZZ
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(FORMATS))
def test_arbitrary_bytes(tmp_path, data, fmt):
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    check(path, fmt)


@FUZZ
@given(text=st.text(max_size=2000), fmt=st.sampled_from(FORMATS), codec=st.sampled_from(
    ["utf-8", "utf-8-sig", "utf-16"]))  # fmt: skip
def test_arbitrary_text(tmp_path, text, fmt, codec):
    path = tmp_path / "any.vcf"
    path.write_bytes(text.encode(codec, errors="surrogatepass"))
    check(path, fmt)


@st.composite
def mutated_sample(draw):
    """A real export, cut, spliced, overwritten or with vCard/CSV syntax thrown in."""
    name = draw(st.sampled_from(SAMPLES))
    data = bytearray((DATA / name).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "overwrite", "truncate", "repeat"]))
        size = draw(st.integers(1, 64))
        if action == "cut":
            del data[at : at + size]
        elif action == "insert":
            piece = draw(st.sampled_from([
                b"\r\n", b"\n ", b"=", b"=\r\n", b'"', b",", b";", b":", b"\\", b"\x00",
                b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b";CHARSET=x-unknown", b";ENCODING=b",
                b";ENCODING=QUOTED-PRINTABLE", b"=C3=", b"BDAY:--13-45\r\n", b"AGENT:\r\n",
                b" ::: ", b"\xff\xfe", b"\xef\xbb\xbf", "ü🎉".encode(), b"item1.",
            ]) | st.binary(min_size=1, max_size=8))  # fmt: skip
            data[at:at] = piece
        elif action == "overwrite":
            data[at : at + size] = draw(st.binary(min_size=size, max_size=size))
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + size] * draw(st.integers(2, 20))
    return name, bytes(data)


@FUZZ
@given(sample=mutated_sample(), fmt=st.sampled_from(FORMATS))
def test_mutated_real_exports(tmp_path, sample, fmt):
    name, data = sample
    path = tmp_path / name
    path.write_bytes(data)
    check(path, fmt)


def test_a_card_that_breaks_the_reader_costs_that_card_and_fails_the_check(tmp_path, monkeypatch):
    """The per-card safety net: a bug met while reading one card loses that card, not the
    file, and the user is told which card; the fuzz tests' check fails on it all the same."""
    take = vcard._CardReader._take

    def take_or_break(self, content):
        if content.name == "FN" and content.value == "Broken Card":
            raise ZeroDivisionError("division by zero")
        take(self, content)

    monkeypatch.setattr(vcard._CardReader, "_take", take_or_break)
    path = tmp_path / "two.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken Card\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nEND:VCARD\r\n"
    )
    parsed = readers.read_file(path)
    assert [c.full_name for c in parsed.contacts] == ["Bob Stone"]
    assert [str(p) for p in parsed.problems] == [
        "Line 1: this card could not be read (division by zero)"
    ]
    assert "ZeroDivisionError" in parsed.problems[0].unexpected
    assert "take_or_break" in parsed.problems[0].unexpected  # where it was raised
    for fmt in (None, "vcard"):
        with pytest.raises(AssertionError, match="(?s)safety net caught:.*ZeroDivisionError"):
            check(path, fmt)


def test_a_property_that_breaks_the_reader_costs_that_line_and_fails_the_check(
    tmp_path, monkeypatch
):
    """The per-line safety net: a bug met while decoding one property loses that line, with
    the notice a bad line gets, not the card; the fuzz tests' check fails on it all the same."""
    escape = vcard._escape_bare_commas

    def escape_or_break(value):
        if value == "Broken, note":
            return 1 / 0
        return escape(value)

    monkeypatch.setattr(vcard, "_escape_bare_commas", escape_or_break)
    path = tmp_path / "one.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nNOTE:Broken, note\r\n"
        b"TITLE:CTO\r\nEND:VCARD\r\n"
    )
    parsed = readers.read_file(path)
    assert [(c.full_name, c.title, c.notes) for c in parsed.contacts] == [("Bob Stone", "CTO", "")]
    assert parsed.problems == []
    assert parsed.notices == ["1 line that is not valid vCard was skipped (line 4)."]
    assert len(parsed.unexpected) == 1 and "ZeroDivisionError" in parsed.unexpected[0]
    assert "escape_or_break" in parsed.unexpected[0]  # where it was raised
    for fmt in (None, "vcard"):
        with pytest.raises(AssertionError, match="(?s)safety net caught:.*ZeroDivisionError"):
            check(path, fmt)


def test_lines_vobject_cannot_read_are_skipped_without_alarm(tmp_path):
    """Bad syntax and bad base64 are the file's fault, not a bug: a notice, nothing unexpected."""
    path = tmp_path / "bad.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Stone\r\nNOTE;ENCODING=b:!!!x\r\n"
        b"TITLE;=:CTO\r\nEND:VCARD\r\n"
    )
    parsed = readers.read_file(path)
    assert [(c.full_name, c.title, c.notes) for c in parsed.contacts] == [("Bob Stone", "", "")]
    assert parsed.notices == ["2 lines that are not valid vCard were skipped (lines 4, 5)."]
    assert parsed.unexpected == []
    check(path, "vcard")


# Any text a user can type survives vCard out and in -----------------------------
typed = st.text(st.characters(categories=["L", "M", "N", "P", "S", "Zs"]), max_size=40)
line = typed.map(one_line)
tag = line.map(lambda t: one_line(t.replace(",", " "))).filter(bool)  # commas part tags
words = st.lists(tag, max_size=3, unique_by=str.casefold)


@FUZZ
@given(
    name=line.filter(bool),
    company=line,
    title=line,
    notes=st.lists(typed, max_size=3).map(lambda parts: "\n".join(parts).strip()),
    how=line,
    tags=words,
    location=line,
    label=line,
    version=st.sampled_from(["3.0", "4.0"]),
)
def test_vcard_round_trip_of_any_text(name, company, title, notes, how, tags, location, label,
                                      version):  # fmt: skip
    record = ContactRecord(
        id=1, full_name=name, company=company, title=title, email="a@example.org", phone="1",
        linkedin_url="", tags=tuple(tags), how_we_met=how, notes=notes, location=location,
        methods=(Method("email", "a@example.org", label), Method("phone", "+1 555", label)),
    )  # fmt: skip
    [back] = vcard.read_vcards(vcard.write_vcards([record], version)).contacts
    assert (back.full_name, back.company, back.title) == (name, company, title)
    assert (back.notes, back.how_we_met, back.location) == (notes, how, location)
    assert back.tags == [t for t in tags if t.casefold() != "mycontacts"]
    assert [m.value for m in back.methods] == ["a@example.org", "+1 555"]
