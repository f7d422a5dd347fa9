"""Google Contacts CSV ("Google CSV" export), in both layouts Google has used.

The older layout (until about 2023; often UTF-16 with a BOM) starts::

    Name,Given Name,Additional Name,Family Name,Yomi Name,…,Birthday,…,Notes,
    Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,
    Phone 1 - Type,Phone 1 - Value,Address 1 - Type,Address 1 - Formatted,…,
    Organization 1 - Type,Organization 1 - Name,…,Organization 1 - Title,…,
    Website 1 - Type,Website 1 - Value

and the current one::

    First Name,Middle Name,Last Name,Phonetic First Name,…,Name Prefix,Name Suffix,
    Nickname,File As,Organization Name,Organization Title,Organization Department,
    Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,
    Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,…

A cell can hold several values joined by " ::: " (two work emails in
"E-mail 1 - Value"); labels may carry Google's "* " mark ("* Work"). Groups and
labels ("* myContacts ::: * starred ::: Friends") become tags, except
"myContacts", which every contact has and so says nothing; "starred" is kept,
because the user chose it.
"""

from __future__ import annotations

import re

from crm_desktop.services.interchange import fields, generic_csv
from crm_desktop.services.interchange.fields import Notices
from crm_desktop.services.interchange.records import ImportedContact, ImportFileError, ParsedFile
from crm_desktop.services.text import translate

_NUMBERED = re.compile(r"^(e-mail|phone|website|address|organization) (\d+) - (.+)$")
_SEPARATOR = " ::: "
_KINDS = {"e-mail": "email", "phone": "phone", "website": "link"}


def is_google(text: str) -> bool:
    """Whether *text*'s header row is one of Google's."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    headers = {h.strip().strip('"').casefold() for h in first.split(",")}
    numbered = any(_NUMBERED.match(h) for h in headers)
    return numbered and bool(
        headers & {"given name", "family name", "group membership", "labels", "file as"}
    )


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(_SEPARATOR.strip()) if v.strip()]


def _first(value: str) -> str:
    return (_split(value) or [""])[0]


class _Columns:
    """Where each of Google's columns is in this file, by name and by numbered group."""

    def __init__(self, header: list[str]):
        self.index: dict[str, int] = {}
        groups: dict[tuple[str, int], dict[str, int]] = {}
        for i, name in enumerate(header):
            key = name.strip().casefold()
            self.index.setdefault(key, i)
            if match := _NUMBERED.match(key):
                groups.setdefault((match[1], int(match[2])), {})[match[3]] = i
        self.groups: dict[str, list[dict[str, int]]] = {}  # "e-mail" -> [{"value": 18, …}, …]
        for (kind, _number), parts in sorted(groups.items()):
            self.groups.setdefault(kind, []).append(parts)

    def get(self, row: list[str], *names: str) -> str:
        for name in names:
            i = self.index.get(name)
            if i is not None and i < len(row) and row[i].strip():
                return fields.clean(row[i])
        return ""

    def numbered(self, row: list[str], kind: str) -> list[dict[str, str]]:
        """The non-empty groups of *kind* ("e-mail", "phone"…) in this row, in number order."""
        found = []
        for parts in self.groups.get(kind, []):
            cells = {p: fields.clean(row[i]) for p, i in parts.items() if i < len(row)}
            if any(cells.values()):
                found.append(cells)
        return found


def _name(cols: _Columns, row: list[str]) -> str:
    full = cols.get(row, "name")
    if full:
        return full
    parts = (
        cols.get(row, "name prefix"),
        cols.get(row, "first name", "given name"),
        cols.get(row, "middle name", "additional name"),
        cols.get(row, "last name", "family name"),
        cols.get(row, "name suffix"),
    )
    return " ".join(p for p in parts if p)


def _address(cells: dict[str, str]) -> str:
    parts = ("street", "extended address", "po box", "city", "region", "postal code", "country")
    if any(cells.get(p) for p in parts):
        return fields.location_of(_first(cells.get(p, "")) for p in parts)
    formatted = _split(cells.get("formatted", ""))
    return fields.location_of(formatted[0].split("\n")) if formatted else ""


def _contact(line: int, cols: _Columns, row: list[str], notes: Notices) -> ImportedContact:
    contact = ImportedContact(line=line, full_name=_name(cols, row))
    orgs = cols.numbered(row, "organization")
    org = orgs[0] if orgs else {}
    contact.company = cols.get(row, "organization name") or _first(org.get("name", ""))
    contact.title = cols.get(row, "organization title") or _first(org.get("title", ""))
    for group, kind in _KINDS.items():
        for cells in cols.numbered(row, group):
            label = fields.free_label(cells.get("label") or cells.get("type") or "")
            for value in _split(cells.get("value", "")):
                fields.add_method(contact, kind, value, label, notes)
    for index, cells in enumerate(cols.numbered(row, "address")):
        text = _address(cells)
        label = fields.free_label(cells.get("label") or cells.get("type") or "")
        if index == 0:
            contact.location = text
        elif text:
            fields.add_note(contact, f"{label.capitalize() or 'Other'} address: {text}")
            notes.add(fields.MORE_ADDRESSES, line)
    contact.location = contact.location or cols.get(row, "location")
    fields.set_birthday(contact, cols.get(row, "birthday"), notes)
    fields.add_note(contact, cols.get(row, "notes"))
    groups = _split(cols.get(row, "labels", "group membership"))
    contact.tags.extend(group.removeprefix("* ") for group in groups)  # "* starred": Google's
    if cols.get(row, "photo"):
        notes.add(fields.PHOTO, line)
    return contact


def read_google(text: str) -> ParsedFile:
    """The contacts in a Google Contacts CSV export (either layout)."""
    parsed = ParsedFile(format="google")
    found = generic_csv.read_rows(text.lstrip("\ufeff"), ",", parsed)
    if not found:
        why = f"It could not be read. {parsed.problems[0]}." if parsed.problems else ""
        raise ImportFileError(why or "The file has no rows to import.")
    cols = _Columns(found[0][1])
    if not cols.groups and "name" not in cols.index and "first name" not in cols.index:
        raise ImportFileError(
            translate("google", "This is not a Google Contacts CSV: its columns are not Google's.")
        )
    notes = Notices()
    for line, row in found[1:]:
        contact = _contact(line, cols, row, notes)
        fallbacks = (cols.get(row, "file as"), cols.get(row, "nickname"), contact.company)
        fields.finish(contact, parsed, notes, *fallbacks)
    parsed.notices = notes.render()
    return parsed
