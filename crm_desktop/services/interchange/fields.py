"""Raw values from any contacts file, turned into ``ImportedContact`` fields.

Every reader (vCard, LinkedIn, Google, other CSV) meets the same mess: labels
spelled a dozen ways, birthdays without a year, "emails" that are not, rows
with no name. The rules live here once, so a contact reads the same whatever
file it came from. Nothing a user typed is dropped silently: what does not fit
a field goes to the notes, and the reader reports it as a notice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from crm_desktop.services.contacts.types import Method
from crm_desktop.services.interchange.records import ImportedContact, ParsedFile, Problem
from crm_desktop.services.text import QT_TRANSLATE_NOOP, one_line, translate

# What a notice says, singular and plural; "{n}" is the count.
PHOTO = (
    QT_TRANSLATE_NOOP("fields", "{n} photo skipped, as Giveback does not keep contact photos"),
    QT_TRANSLATE_NOOP("fields", "{n} photos skipped, as Giveback does not keep contact photos"),
)
BIRTHDAY_NO_YEAR = (
    QT_TRANSLATE_NOOP("fields", "{n} birthday without a year was added to the notes"),
    QT_TRANSLATE_NOOP("fields", "{n} birthdays without a year were added to the notes"),
)
BIRTHDAY_UNREADABLE = (
    QT_TRANSLATE_NOOP("fields", "{n} birthday that is not a date was added to the notes"),
    QT_TRANSLATE_NOOP("fields", "{n} birthdays that are not dates were added to the notes"),
)
EMAIL_INVALID = (
    QT_TRANSLATE_NOOP(
        "fields", "{n} email address that does not look valid was added to the notes"
    ),
    QT_TRANSLATE_NOOP(
        "fields", "{n} email addresses that do not look valid were added to the notes"
    ),
)
MORE_ADDRESSES = (
    QT_TRANSLATE_NOOP(
        "fields", "{n} more postal address was added to the notes, as Location keeps the first"
    ),
    QT_TRANSLATE_NOOP(
        "fields", "{n} more postal addresses were added to the notes, as Location keeps the first"
    ),
)
NAMED_BY_EMAIL = (
    QT_TRANSLATE_NOOP("fields", "{n} contact without a name is named after their email address"),
    QT_TRANSLATE_NOOP("fields", "{n} contacts without a name are named after their email address"),
)

# Google puts every contact in "My Contacts" (CSV "* myContacts", vCard CATEGORIES
# myContacts): a tag everyone has tells nobody apart, so it is left out.
_EVERYONE = {"mycontacts", "my contacts", "system group: my contacts"}

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_DISPLAY_NAME = re.compile(r"^[^<>]*<([^<>\s]+@[^<>\s]+)>$")
_EMAIL_SPLIT = re.compile(r"\s*(?:[,;]|\s:::\s)\s*|\s+")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()

# Words found in vCard TYPEs, Apple and Google labels and CSV headers, and the
# label Giveback shows for them. Places first, then kinds: "work mobile".
_PLACES = {
    **dict.fromkeys(("work", "business", "office", "company"), "work"),
    **dict.fromkeys(("home", "personal", "private"), "home"),
    **{word: word for word in ("other", "main", "school")},
}
_KINDS = {
    **dict.fromkeys(("cell", "mobile", "cellular"), "mobile"),
    **{word: word for word in ("fax", "pager", "car", "assistant", "blog", "homepage", "profile")},
    "iphone": "iPhone",
}
# Words that say what a value is, not which one: no label of their own.
_NOT_LABELS = set(
    "internet x400 pref voice msg text uri x-internet value phone email e-mail mail number "
    "address tel url website web page site".split()
)


def clean(text: object) -> str:
    """Text from a file without control characters (a stray NUL must not reach the database)."""
    if not isinstance(text, str):
        return ""
    if not text.isprintable():  # the fast check first: most cells are plain
        text = _CONTROL.sub("", text)
    return text.strip()


def label_of(words: Iterable[str]) -> str:
    """One label from type words, e.g. ("WORK", "CELL", "VOICE") -> "work mobile".

    Apple's "_$!<Mobile>!$_" markers and Google's "* Work" (the primary one)
    are understood; an unknown custom label is kept as the user spelled it.
    """
    place = kind = ""
    custom = []
    for raw in words:
        word = clean(raw).strip("*_$!<> ").strip()
        key = word.casefold().replace(" ", "")
        if not key or key in _NOT_LABELS or key.startswith("x-"):
            continue
        if key in _PLACES:
            place = place or _PLACES[key]
        elif key in _KINDS:
            kind = kind or _KINDS[key]
        else:
            custom.append(word)
    if custom and not (place or kind):
        return one_line(" ".join(custom))
    return " ".join(w for w in (place, kind) if w)


def label_words(label: str) -> list[str]:
    """The words of a free label ("Work Fax", "Mobile-Phone") for ``label_of``."""
    return [w for w in re.split(r"[\s_/,.:()-]+", label) if w]


def _known(word: str) -> bool:
    key = word.casefold()
    return key in _PLACES or key in _KINDS or key in _NOT_LABELS


def free_label(label: str) -> str:
    """A label the user or an exporter chose: standard words made standard ("* Work" ->
    "work", "Work Fax" -> "work fax", Apple's "_$!<Mobile>!$_" -> "mobile"), anything
    else kept as written ("Google Voice", "Assistant's line")."""
    text = clean(label).strip("*_$!<> ").strip()
    words = label_words(text)
    if words and all(_known(w) for w in words):
        return label_of(words)
    return one_line(text)


def header_label(header: str) -> str:
    """The label a CSV column's name implies: "Business Fax" -> "work fax", "E-mail" -> ""."""
    words = [w for w in label_words(header) if w.casefold() in _PLACES or w.casefold() in _KINDS]
    return label_of(words)


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value)) and "." in value.rsplit("@", 1)[1]


def add_note(contact: ImportedContact, text: str) -> None:
    text = text.strip()
    if text:
        contact.notes = f"{contact.notes}\n{text}" if contact.notes else text


def link_label(url: str, label: str = "") -> str:
    """LinkedIn profiles are labelled "LinkedIn" whatever the file called them."""
    if "linkedin.com/" in url.casefold() or url.casefold().endswith("linkedin.com"):
        return "LinkedIn"
    return label


def add_method(contact: ImportedContact, kind: str, value: str, label: str, notes: Notices) -> None:
    """Add an email, phone or link; an email that is not one goes to the notes."""
    value = clean(value)
    if kind == "email":
        if value.casefold().startswith("mailto:"):
            value = value[7:]
        if match := _DISPLAY_NAME.match(value):  # "Ada Lovelace <ada@example.org>"
            value = match.group(1)
        parts = [p for p in _EMAIL_SPLIT.split(value) if p]
        if parts and all(is_email(p) for p in parts):
            for part in parts:
                contact.methods.append(Method("email", part, label))
        elif value:
            add_note(contact, f"Email: {one_line(value)}")
            notes.add(EMAIL_INVALID, contact.line)
        return
    value = one_line(value)
    if not value:
        return
    if kind == "phone" and value.casefold().startswith("tel:"):
        value = value[4:].replace(";ext=", " ext. ")
    if kind == "link":
        label = link_label(value, label)
    contact.methods.append(Method(kind, value, label))


def _no_year(month: int, day: int) -> str | None:
    try:
        dt.date(2000, month, day)  # a leap year: 29 February is a birthday too
    except ValueError:
        return None
    return f"{day} {_MONTHS[month - 1]}"


def set_birthday(
    contact: ImportedContact,
    raw: str,
    notes: Notices,
    *,
    day_first: bool = True,
    year_unknown: bool = False,
) -> None:
    """Read a birthday in any of the ways exporters write one.

    ISO dates (1990-04-15, 19900415, with or without a time), vCard's
    no-year forms (--0415, --04-15), and in CSV files 15/04/1990, 15.04.1990,
    15 April 1990 or April 15, 1990. Giveback's birthday needs a year, so a
    birthday without one (or Apple's placeholder year 1604) is kept in the notes
    as "Birthday: 15 April"; text that is no date at all is kept there as is.
    """
    text = clean(raw)
    if not text.strip("0/.- "):  # empty, or Outlook's "0/0/00" for "no birthday"
        return
    found = parse_date(text, day_first=day_first)
    if isinstance(found, dt.date) and not year_unknown and found.year > 1604:
        contact.birthday = found
        return
    if isinstance(found, dt.date):
        found = (found.month, found.day)
    if isinstance(found, tuple) and (shown := _no_year(*found)):
        add_note(contact, f"Birthday: {shown}")
        notes.add(BIRTHDAY_NO_YEAR, contact.line)
        return
    add_note(contact, f"Birthday: {one_line(text)}")
    notes.add(BIRTHDAY_UNREADABLE, contact.line)


_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$")
_WORDS = re.compile(
    r"^(?:(\d{1,2})\s+([A-Za-z]{3,})\.?|([A-Za-z]{3,})\.?\s+(\d{1,2})),?\s+(\d{4})$"
)


def _month(name: str) -> int | None:
    name = name.casefold()
    return next(
        (n for n, month in enumerate(_MONTHS, 1) if month.casefold().startswith(name)), None
    )


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # 24 -> 2024, 85 -> 1985
        year += 2000 if year <= dt.date.today().year % 100 else 1900
    return year


def parse_date(text: str, *, day_first: bool = True) -> dt.date | tuple[int, int] | None:
    """A date, or (month, day) when the text has no year, or None when it is no date."""
    text = text.strip()
    try:
        if m := _ISO.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NO_YEAR.match(text):
            return (int(m[1]), int(m[2]))
        if m := _NUMERIC.match(text):
            first, second = int(m[1]), int(m[2])
            day, month = (first, second) if day_first else (second, first)
            if month > 12 >= day:  # the other order is the only one that makes sense
                day, month = month, day
            return dt.date(_year(m[3]), month, day)
        if m := _WORDS.match(text):
            day_text, month_text = (m[1], m[2]) if m[1] else (m[4], m[3])
            month = _month(month_text)
            return dt.date(int(m[5]), month, int(day_text)) if month else None
    except ValueError:
        return None
    return None


def long_date(day: dt.date) -> str:
    """5 March 2024: the way Giveback writes a date in a sentence."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def location_of(parts: Iterable[object]) -> str:
    """Address parts on one line, empty parts and repeats left out."""
    seen: list[str] = []
    for part in parts:
        for piece in part if isinstance(part, list | tuple) else [part]:
            text = one_line(clean(piece))
            if text and text.casefold() not in (s.casefold() for s in seen):
                seen.append(text)
    return ", ".join(seen)


class Notices:
    """What a reader changed or left out, counted, with the lines it happened on."""

    def __init__(self) -> None:
        self._lines: dict[tuple[str, str], list[int]] = {}

    def add(self, message: tuple[str, str], line: int) -> None:
        self._lines.setdefault(message, []).append(line)

    def render(self) -> list[str]:
        out = []
        for (one, many), lines in self._lines.items():
            text = translate("fields", one if len(lines) == 1 else many).format(n=len(lines))
            shown = sorted(set(lines))
            where = ", ".join(str(n) for n in shown[:5])
            if len(shown) > 5:
                where = translate("fields", "{lines} and {count} more").format(
                    lines=where, count=len(shown) - 5
                )
            if len(shown) > 1:
                out.append(
                    translate("fields", "{notice} (lines {lines}).").format(
                        notice=text, lines=where
                    )
                )
            else:
                out.append(
                    translate("fields", "{notice} (line {lines}).").format(notice=text, lines=where)
                )
        return out


def finish(
    contact: ImportedContact, parsed: ParsedFile, notes: Notices, *fallback_names: str
) -> None:
    """Add *contact* to *parsed*, or a Problem when it has neither a name nor an email.

    The readers hand over text already cleaned of control characters; this
    puts single-line fields on one line and drops repeated methods and tags.

    A contact needs a name: when the file gives none, the first of
    *fallback_names* (e.g. the company of an Apple company card) is used, then
    the email address, which is how mail programs show such a person too.
    """
    contact.full_name = one_line(contact.full_name)
    for name in (*fallback_names, ""):
        if contact.full_name:
            break
        contact.full_name = one_line(name)
    email = next((m.value for m in contact.methods if m.kind == "email"), "")
    if not contact.full_name and email:
        contact.full_name = email
        notes.add(NAMED_BY_EMAIL, contact.line)
    if not contact.full_name:
        parsed.problems.append(
            Problem(contact.line, translate("fields", "no name or email address"))
        )
        return
    contact.company = one_line(contact.company)
    contact.title = one_line(contact.title)
    contact.location = one_line(contact.location)
    contact.how_we_met = contact.how_we_met.strip()
    if len(contact.methods) > 1:
        seen = set()
        methods = []
        for m in contact.methods:
            if (m.kind, m.value.casefold()) not in seen:
                seen.add((m.kind, m.value.casefold()))
                methods.append(m)
        contact.methods = methods
    if contact.tags:
        tags: dict[str, str] = {}
        for tag in contact.tags:
            tag = one_line(clean(tag)).replace(",", " ")
            if tag and tag.casefold() not in tags and tag.casefold() not in _EVERYONE:
                tags[tag.casefold()] = tag
        contact.tags = list(tags.values())
    parsed.contacts.append(contact)
