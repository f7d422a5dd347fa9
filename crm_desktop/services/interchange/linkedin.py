"""LinkedIn's Connections.csv, as its data export ("Get a copy of your data") writes it.

The file is not a bare table. It opens with a short preamble::

    Notes:
    "When exporting your connection data, you may notice that some of the email
    addresses are missing. You will only see email addresses for connections who
    have allowed their connections to see or download their email address …"

    First Name,Last Name,URL,Email Address,Company,Position,Connected On
    Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,,Analytical Engines,Programmer,05 Mar 2024

The email is empty for most people; URL is the profile; "Connected On" is
"05 Mar 2024" (older exports had no URL column, and some wrote 3/5/24). Rows
are found by their header, wherever it is, so files with or without the
preamble, with a BOM, or with columns missing or reordered all read.

Nobody gets a "LinkedIn" tag: every contact would carry it, so it tells them
apart from nothing, and it would crowd the tag filter. Where a contact came
from is in "How we met" ("Connected on LinkedIn on 5 March 2024"), which search
finds, and the profile link is labelled LinkedIn.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from crm_desktop.services.interchange import fields, generic_csv
from crm_desktop.services.interchange.fields import Notices
from crm_desktop.services.interchange.records import ImportedContact, ImportFileError, ParsedFile
from crm_desktop.services.text import translate

_COLUMNS = {
    "first name": "first",
    "last name": "last",
    "url": "url",
    "profile url": "url",
    "email address": "email",
    "email": "email",
    "company": "company",
    "position": "position",
    "connected on": "connected",
}
_DATE_FORMATS = ("%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%m/%d/%y", "%m/%d/%Y", "%Y-%m-%d")
_USUAL_DATE = re.compile(r"^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$")
_MONTHS = {m: n for n, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def _is_header(row: list[str]) -> bool:
    cells = {c.strip().casefold() for c in row}
    return {"first name", "last name"} <= cells


def is_linkedin(text: str) -> bool:
    """Whether *text* looks like Connections.csv (by its preamble or its header)."""
    head = text.lstrip("\ufeff").split("\n", 12)[:12]
    for line in head:
        cells = {c.strip().strip('"').casefold() for c in line.split(",")}
        if {"first name", "last name"} <= cells and "connected on" in cells:
            return True
    return bool(head) and head[0].strip().casefold() == "notes:"


@functools.lru_cache(maxsize=4096)
def connected_date(text: str) -> dt.date | None:
    """LinkedIn's "05 Mar 2024" (and the older "3/5/24"), or None.

    The usual form is read without strptime, which was most of the time spent
    on a 10,000-row file; a file has few distinct dates, so they are cached.
    """
    text = " ".join(text.split())
    if (match := _USUAL_DATE.match(text)) and match[2].casefold() in _MONTHS:
        try:
            return dt.date(int(match[3]), _MONTHS[match[2].casefold()], int(match[1]))
        except ValueError:
            return None
    for form in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def _contact(line: int, cells: dict[str, str], notes: Notices) -> ImportedContact:
    contact = ImportedContact(
        line=line,
        full_name=" ".join(v for v in (cells.get("first", ""), cells.get("last", "")) if v),
        company=cells.get("company", ""),
        title=cells.get("position", ""),
    )
    fields.add_method(contact, "email", cells.get("email", ""), "", notes)
    fields.add_method(contact, "link", cells.get("url", ""), "LinkedIn", notes)
    connected = cells.get("connected", "")
    contact.connected_on = connected_date(connected) if connected else None
    if contact.connected_on:
        contact.how_we_met = f"Connected on LinkedIn on {fields.long_date(contact.connected_on)}"
    elif connected:
        contact.how_we_met = f"Connected on LinkedIn on {connected}"
    else:
        contact.how_we_met = "Connected on LinkedIn"
    return contact


def read_linkedin(text: str) -> ParsedFile:
    """The connections in a Connections.csv; rows without a name or email become Problems."""
    parsed = ParsedFile(format="linkedin")
    found = generic_csv.read_rows(text.lstrip("\ufeff"), ",", parsed)
    start = next((i for i, (_line, row) in enumerate(found) if _is_header(row)), None)
    if start is None:
        raise ImportFileError(
            translate(
                "linkedin",
                "This is not LinkedIn's Connections.csv: no “First Name, Last Name” "
                "header was found.",
            )
        )
    columns = [_COLUMNS.get(h.strip().casefold(), "") for h in found[start][1]]
    notes = Notices()
    for line, row in found[start + 1 :]:
        cells = {}
        for key, cell in zip(columns, row, strict=False):
            if key and key not in cells:
                cells[key] = fields.clean(cell)
        fields.finish(_contact(line, cells, notes), parsed, notes)
    parsed.notices = notes.render()
    return parsed
