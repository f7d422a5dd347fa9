"""Any other CSV: find the delimiter, guess what each column holds, read the rows.

The user checks the guess in the import dialog's mapping step (``FIELDS``
are the choices), with a preview of the first rows. Spreadsheets save CSV with
commas, semicolons (Excel in most of Europe) or tabs, sometimes with Excel's
``sep=;`` first line; all are recognised. The LinkedIn and Google readers use
the same row reading.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from crm_desktop.services.contacts.types import Method
from crm_desktop.services.interchange import fields
from crm_desktop.services.interchange.csv_export import FORMULA_STARTS, HEADERS
from crm_desktop.services.interchange.fields import Notices
from crm_desktop.services.interchange.records import (
    MAX_IMPORT_BYTES,
    ImportedContact,
    ImportFileError,
    ParsedFile,
    Problem,
)
from crm_desktop.services.text import translate

# Python's csv module gives up on a cell over 131,072 characters (a long note, a
# pasted email thread), and every row after it would be lost: any cell of a file
# Giveback accepts is allowed.
csv.field_size_limit(MAX_IMPORT_BYTES)

# Target field -> what the mapping step shows; "" ignores the column.
FIELDS: dict[str, str] = {
    "": "(ignore this column)",
    "full_name": "Full name",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "email": "Email",
    "phone": "Phone",
    "company": "Company",
    "title": "Job title",
    "linkedin": "LinkedIn profile",
    "website": "Website",
    "location": "Location",
    "birthday": "Birthday",
    "tags": "Tags",
    "how_we_met": "How we met",
    "notes": "Notes",
    "all_emails": "All emails (with labels)",
    "all_phones": "All phones (with labels)",
    "all_links": "All links (with labels)",
    "note_line": "Notes, as “Column: value”",
}
# Giveback's own CSV export ("CSV, every field"): its columns that hold several
# labelled values, and those with no place on an imported contact, which are kept
# in the notes as "Stage: Meeting set" lines. "Last contact" is left out: meetings
# set it, and a CSV holds no meetings.
_GIVEBACK_COLUMNS = {
    "all emails": "all_emails",
    "all phones": "all_phones",
    "all links": "all_links",
    **dict.fromkeys(
        ("stage", "warmth", "follow up on", "keep in touch every days", "their story",
         "expertise", "past jobs", "archived"),
        "note_line",
    ),
}  # fmt: skip
# A list column holds the first value of its kind too: with it, these are not read.
_LISTED = {"all_emails": {"email"}, "all_phones": {"phone"}, "all_links": {"website", "linkedin"}}
_LIST_SPLIT = re.compile(r";\s+")
_LABELLED = re.compile(r"^(.*\S)\s+\(([^()]*)\)$")
# Fields one column fills; when several columns guess the same one, the first keeps it.
_SINGLE = {"full_name", "first_name", "middle_name", "last_name", "company", "title", "birthday"}
_DELIMITERS = (",", ";", "\t", "|")
_EXCEL_SEP = re.compile(r'^"?sep=(.)"?\s*$', re.I)
_TAG_SPLIT = re.compile(r"\s+:::\s+|[,;|]")

_FORMULA_MARKS = tuple(mark for mark in FORMULA_STARTS if mark.isprintable())


class RowError(Exception):
    """The csv module gave up at *line* (an unclosed quote, a field over its size limit)."""

    def __init__(self, line: int, reason: str):
        super().__init__(reason)
        self.line = line


def dialect(text: str) -> tuple[str, str]:
    """(delimiter, the text without Excel's "sep=" line).

    Each candidate delimiter reads the first lines; the one that gives the
    header most columns and the rows the same number of columns wins. This is
    steadier than csv.Sniffer, which picks letters or spaces on short files.
    """
    first_line, _, rest = text.partition("\n")
    if match := _EXCEL_SEP.match(first_line):
        return match.group(1), "\n" + rest  # a blank line in its place keeps line numbers
    sample = "\n".join(text.split("\n", 60)[:60])

    def score(delimiter: str) -> tuple[float, int]:
        try:
            found = [r for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            return (0.0, 0)
        if len(found) > 1:
            found.pop()  # the last sampled row may be cut short
        width = len(found[0]) if found else 0
        if width < 2:
            return (0.0, 0)
        return (sum(len(r) == width for r in found) / len(found), width)

    return max(_DELIMITERS, key=score), text


def rows(text: str, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """(line the row starts on, its cells) for each row; raises RowError where csv gives up."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            raise RowError(start, str(err)) from None
        yield start, row
        start = reader.line_num + 1


def read_rows(text: str, delimiter: str, parsed: ParsedFile) -> list[tuple[int, list[str]]]:
    """Every non-blank row; where csv gives up, a Problem says so and reading stops."""
    found = []
    try:
        for line, row in rows(text, delimiter):
            if any(cell.strip() for cell in row):
                found.append((line, row))
    except RowError as err:
        reason = translate(
            "generic_csv",
            "the rest of the file could not be read ({error}); check for an unclosed quote",
        ).format(error=err)
        parsed.problems.append(Problem(err.line, reason))
    return found


def csv_preview(text: str, rows: int = 5) -> tuple[list[str], list[list[str]]]:
    """The header and the first *rows* rows, each as long as the header, for the mapping step."""
    delimiter, body = dialect(text)
    found = read_rows(body, delimiter, ParsedFile(format="csv"))
    if not found:
        return [], []
    headers = [h.strip() for h in found[0][1]]
    width = len(headers)
    return headers, [(r + [""] * width)[:width] for _line, r in found[1 : rows + 1]]


def _words(header: str) -> set[str]:
    text = header.casefold().replace("e-mail", "email").replace("_", " ")
    return set(re.findall(r"[a-z0-9]+", text))


def _phrase(header: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", header.casefold().replace("e-mail", "email")))


_RULES: tuple[tuple[str, set[str]], ...] = (
    ("email", {"email", "mail", "emails"}),
    ("phone", {"phone", "mobile", "cell", "telephone", "tel", "fax", "pager", "cellphone"}),
    ("birthday", {"birthday", "dob", "birthdate", "birth", "born"}),
    ("title", {"title", "position", "job", "role", "occupation", "designation", "jobtitle"}),
    ("company", {"company", "organisation", "organization", "employer", "org", "firm"}),
    ("tags", {"tags", "tag", "labels", "groups", "group", "categories", "category", "lists"}),
    ("notes", {"notes", "note", "comments", "comment", "description", "remarks", "memo"}),
    ("website", {"url", "website", "web", "homepage", "site", "link", "blog", "profile"}),
    ("location", {"city", "town", "location", "country", "address", "region", "state"}),
)
_PHRASES = {
    "first_name": {"first name", "firstname", "given name", "first", "forename", "given"},
    "middle_name": {"middle name", "middlename", "additional name", "middle"},
    "last_name": {"last name", "lastname", "surname", "family name", "last", "family"},
    "how_we_met": {"how we met", "how met", "met at", "where we met", "met", "source"},
}
_NAME_PHRASES = {"name", "full name", "fullname", "display name", "contact", "contact name",
                 "person", "names"}  # fmt: skip
# Columns that describe another column (Outlook's "E-mail Type", "E-mail Display Name").
_ABOUT_ANOTHER = {"type", "display", "label"}


def _guess(header: str) -> str:
    phrase, words = _phrase(header), _words(header)
    if phrase in _GIVEBACK_COLUMNS:
        return _GIVEBACK_COLUMNS[phrase]
    if "linkedin" in phrase.replace(" ", ""):
        return "linkedin"
    if words & _ABOUT_ANOTHER:
        return ""
    for key, phrases in _PHRASES.items():
        if phrase in phrases:
            return key
    for key, known in _RULES:
        if words & known:
            return key
    return "full_name" if phrase in _NAME_PHRASES else ""


def guess_mapping(headers: list[str]) -> list[str]:
    """One FIELDS key per column, guessed from English column names.

    "First Name" + "Last Name" are joined into the name; "E-mail 2 Address",
    "Mobile Phone" and "Business Fax" add more emails and phones, labelled from
    the header. A single-valued field goes to the first column that names it
    (Outlook's "Title" is Mr/Ms and its "Job Title" the job: "job" wins), and
    the location comes from one address (Business City and Country, not also
    Home City). Giveback's own export reads back whole: "All emails" gives every
    email with its label (its "Email" column, the first of them, is then not
    read), and columns with no field go to the notes under their names.
    """
    mapping = [_guess(h) for h in headers]
    for listed, singles in _LISTED.items():
        if listed in mapping:
            mapping = ["" if key in singles else key for key in mapping]
    titles = [i for i, key in enumerate(mapping) if key == "title"]
    jobs = [i for i in titles if _words(headers[i]) & {"job", "position", "jobtitle"}]
    for i in titles:
        if jobs and i not in jobs:
            mapping[i] = ""
    places = [fields.header_label(headers[i]) for i, key in enumerate(mapping) if key == "location"]
    for i, key in enumerate(mapping):  # Outlook's Business City and Home City: the first kind
        if key == "location" and fields.header_label(headers[i]) != places[0]:
            mapping[i] = ""
    seen = set()
    for i, key in enumerate(mapping):
        if key in _SINGLE:
            if key in seen:
                mapping[i] = ""
            seen.add(key)
    return mapping


def _day_first(values: list[str]) -> bool:
    """Whether dd/mm dates are meant: any first part over 12 says so, any second part says not."""
    for value in values:
        if match := re.match(r"^\s*(\d{1,2})[./-](\d{1,2})[./-]\d{2,4}\s*$", value):
            if int(match[1]) > 12:
                return True
            if int(match[2]) > 12:
                return False
    return True


def _unprotected(value: str) -> str:
    """A cell as it was before a CSV export made it inert for spreadsheets: Giveback's own
    export (and careful users) write ``'=Acme`` and ``'+1 555 0100``; the apostrophe goes."""
    if value[:1] == "'" and value[1:2] in _FORMULA_MARKS:
        return value[1:]
    return value


def _add_labelled(contact: ImportedContact, key: str, cell: str, notes: Notices) -> None:
    """Giveback's "All emails" cell, "ann@acme.example (work); ann@home.example", as methods."""
    kind = {"all_emails": "email", "all_phones": "phone"}.get(key, "link")
    for part in _LIST_SPLIT.split(cell):
        match = _LABELLED.match(part.strip())
        value, label = (match[1], fields.clean(match[2])) if match else (part, "")
        fields.add_method(contact, kind, value, label, notes)


def _contact(
    line: int, row: list[str], headers: list[str], mapping: list[str], notes: Notices, **opts
) -> ImportedContact:
    contact = ImportedContact(line=line, full_name="")
    names: dict[str, str] = {}
    location: list[str] = []
    note_columns = mapping.count("notes")
    for header, key, cell in zip(headers, mapping, row, strict=False):
        value = _unprotected(fields.clean(cell))
        if not key or not value:
            continue
        if key in ("first_name", "middle_name", "last_name", "full_name"):
            names.setdefault(key, value)
        elif key in ("email", "phone", "website", "linkedin"):
            kind = {"email": "email", "phone": "phone"}.get(key, "link")
            label = "LinkedIn" if key == "linkedin" else fields.header_label(header)
            fields.add_method(contact, kind, value, label, notes)
        elif key in ("company", "title"):
            setattr(contact, key, getattr(contact, key) or value)
        elif key == "location":
            location.append(value)
        elif key == "birthday" and contact.birthday is None:
            fields.set_birthday(contact, value, notes, day_first=opts["day_first"])
        elif key in ("all_emails", "all_phones", "all_links"):
            _add_labelled(contact, key, value, notes)
        elif key == "tags":
            contact.tags.extend(value.split(",") if opts["giveback"] else _TAG_SPLIT.split(value))
        elif key == "notes":
            fields.add_note(contact, f"{header}: {value}" if note_columns > 1 else value)
        elif key == "note_line":
            fields.add_note(contact, f"{header}: {value}")
        elif key == "how_we_met":
            contact.how_we_met = f"{contact.how_we_met}\n{value}".strip()
    contact.full_name = names.get("full_name") or " ".join(
        names[k] for k in ("first_name", "middle_name", "last_name") if k in names
    )
    contact.location = fields.location_of(location)
    contact.methods = _labelled_kept(contact.methods)
    return contact


def _labelled_kept(methods: list[Method]) -> list[Method]:
    """A value read twice, bare and labelled (Giveback's "Email" and "All emails" both
    mapped), is kept once, with its label."""
    labelled = {(m.kind, m.value.casefold()) for m in methods if m.label}
    return [m for m in methods if m.label or (m.kind, m.value.casefold()) not in labelled]


NAME_FIELDS = {"full_name", "first_name", "middle_name", "last_name", "email", "all_emails"}


def _is_giveback_export(headers: list[str]) -> bool:
    """Giveback's own CSV export, whose tags are joined with ", " (a tag never holds a comma)."""
    return set(HEADERS) <= set(headers)


def read_csv(text: str, mapping: list[str]) -> ParsedFile:
    """The rows of *text* as contacts, each column read as *mapping* says (see FIELDS).

    With no column mapped to a name or an email every row is a Problem; the
    mapping step shows that live, and ``readers.read_file`` refuses such a mapping.
    """
    unknown = sorted({key for key in mapping if key not in FIELDS})
    if unknown:
        raise ImportFileError(
            translate("generic_csv", "Unknown column choice: {items}.").format(
                items=", ".join(unknown)
            )
        )
    parsed = ParsedFile(format="csv")
    delimiter, body = dialect(text)
    found = read_rows(body, delimiter, parsed)
    if not found:
        return parsed
    headers = [h.strip() for h in found[0][1]]
    mapping = (list(mapping) + [""] * len(headers))[: len(headers)]
    columns = [i for i, key in enumerate(mapping) if key == "birthday"]
    day_first = _day_first([row[i] for _line, row in found[1:] for i in columns if i < len(row)])
    notes = Notices()
    giveback = _is_giveback_export(headers)
    for line, row in found[1:]:
        contact = _contact(
            line, row, headers, mapping, notes, day_first=day_first, giveback=giveback
        )
        fields.finish(contact, parsed, notes)
    parsed.notices = notes.render()
    return parsed
