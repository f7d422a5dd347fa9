"""The phone in the sync tests: another CardDAV client writing vCard 3.0 as iOS Contacts
does (``itemN.EMAIL`` with its ``X-ABLabel``, ``ORG`` with a department slot, REV bumped
on every save), with plain DAV requests to the test server.

The phone is always online: it reads the card the server has now, changes the lines
of one property (unfolded first, folded again at 75 characters as iOS does) and
writes it back with ``If-Match``, so it never overwrites what it has not seen.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid

from crm_desktop.services.sync import vcards

APPLE_PRODID = "PRODID:-//Apple Inc.//iPhone OS 17.4//EN"
_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)")
# The property each edited field lives in.
PROPERTY = {"title": "TITLE", "company": "ORG", "notes": "NOTE", "tags": "CATEGORIES",
            "email": "EMAIL"}  # fmt: skip


def escape(value: str) -> str:
    """A vCard 3.0 text value: backslash, comma, semicolon and line breaks escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str, width: int = 75) -> list[str]:
    """A logical line as the physical lines a phone writes (continuations start with a space)."""
    out = [line[:width]]
    rest = line[width:]
    while rest:
        out.append(" " + rest[: width - 1])
        rest = rest[width - 1 :]
    return out


def unfold(text: str) -> list[str]:
    """The logical lines of a card (CRLF or LF, continuation lines joined)."""
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def name_and_group(line: str) -> tuple[str, str]:
    match = _NAME.match(line)
    if not match:
        return "", ""
    return match.group(2).upper(), (match.group(1) or "").casefold()


def field_lines(field: str, value: object, group: int) -> list[str]:
    """The logical lines the phone writes for one field ([] for an empty value)."""
    if not value:
        return []
    if field == "title":
        return [f"TITLE:{escape(str(value))}"]
    if field == "company":
        return [f"ORG:{escape(str(value))};"]
    if field == "notes":
        return [f"NOTE:{escape(str(value))}"]
    if field == "tags":
        return ["CATEGORIES:" + ",".join(escape(t) for t in value)]  # type: ignore[union-attr]
    if field == "email":
        return [
            f"item{group}.EMAIL;type=INTERNET;type=pref:{value}",
            f"item{group}.X-ABLabel:_$!<Other>!$_",
        ]
    raise ValueError(field)


def _rev() -> str:
    return "REV:" + dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_card(uid: str, name: str, fields: dict[str, object]) -> str:
    """A whole new card as iOS Contacts writes it."""
    given, _, family = name.rpartition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", APPLE_PRODID, f"N:{family};{given};;;", f"FN:{name}"]
    for field in ("company", "title", "email", "notes", "tags"):
        lines += field_lines(field, fields.get(field), 1)
    lines += ["TEL;type=CELL;type=VOICE;type=pref:+1 555 0100", _rev(), f"UID:{uid}",
              "END:VCARD"]  # fmt: skip
    return "".join(physical + "\r\n" for line in lines for physical in fold(line))


def edit_card(text: str, field: str, value: object) -> str:
    """*text* (as the server has it now) with one field changed the phone's way: that
    property's lines replaced (an email's label with it), REV bumped, the rest kept."""
    lines = unfold(text)
    target = PROPERTY[field]
    dropped_groups = {g for n, g in map(name_and_group, lines) if n == target and g}
    kept = []
    for line in lines:
        name, group = name_and_group(line)
        if name in (target, "REV") or (name == "X-ABLABEL" and group in dropped_groups):
            continue
        kept.append(line)
    groups = [int(g[4:]) for _n, g in map(name_and_group, lines) if re.fullmatch(r"item\d+", g)]
    end = next(i for i, line in enumerate(kept) if line.upper().startswith("END:VCARD"))
    new = field_lines(field, value, max(groups, default=0) + 1) + [_rev()]
    kept[end:end] = new
    return "".join(physical + "\r\n" for line in kept for physical in fold(line))


def new_uid() -> str:
    """A UID the way iOS makes them: an upper-case UUID."""
    return str(uuid.uuid4()).upper()


def meaning(text: str) -> dict[str, object] | None:
    """The fields Giveback reads from a card (None when it reads none)."""
    parsed = vcards.parse(text)
    return parsed[1] if parsed else None
