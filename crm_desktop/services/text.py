"""Small text helpers shared by the services."""

from __future__ import annotations

import datetime as dt
import html
import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names ("Zoë" == "zoe")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def one_line(text: str | None) -> str:
    """A single-line field as the user meant it: trimmed, no line breaks."""
    return " ".join((text or "").split())


def noun_for(count: int, one: str, many: str | None = None) -> str:
    """*one* for a count of 1, else *many* (or *one* + "s")."""
    return one if count == 1 else (many or one + "s")


def plural(count: int, one: str, many: str | None = None) -> str:
    """Text like "1 contact", "3 contacts", "2 companies" (given *many*)."""
    return f"{count} {noun_for(count, one, many)}"


def has_visible(text: str) -> bool:
    """True when *text* shows something: not only spaces, control or format characters
    (a name of a byte-order mark and a zero-width space would be an empty-looking row)."""
    return any(unicodedata.category(ch)[0] not in "CZ" for ch in text)


def clean_tags(tags) -> list[str]:
    seen: dict[str, str] = {}
    for raw in tags or []:
        for part in str(raw).split(","):
            tag = one_line(part)
            if tag and fold(tag) not in seen:
                seen[fold(tag)] = tag
    return list(seen.values())


# How a date reads: "02 Dec 2026" (day month year) unless the window, at start, finds the
# user's locale writes the month first ("Dec 2, 2026"). Month and day names stay English,
# like the rest of Giveback, whatever C library locale Qt sets.
DAY_MONTH_YEAR = "day month year"
MONTH_DAY_YEAR = "month day year"
_date_order = DAY_MONTH_YEAR
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def set_date_order(order: str) -> None:
    """Write dates in *order* (``DAY_MONTH_YEAR`` or ``MONTH_DAY_YEAR``) from now on."""
    global _date_order
    if order not in (DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        raise ValueError(f"unknown date order: {order!r}")
    _date_order = order


def date_order() -> str:
    return _date_order


def show_date(
    value: dt.date | str | None, *, weekday: bool = False, year: bool = True, time: bool = False
) -> str:
    """A date as the user reads it, the one way every view, sheet and line of text writes
    one: "02 Dec 2026", or "Dec 2, 2026" where the month comes first; with *weekday*
    "Wed 02 Dec 2026" / "Wed, Dec 2, 2026", with *time* (of a datetime) ", 14:30" after it.
    *value* may be the ISO text the database keeps ("2026-12-02…"); "" for none."""
    if not value:
        return ""
    if isinstance(value, str):
        value = (
            dt.datetime.fromisoformat(value) if len(value) > 10 else dt.date.fromisoformat(value)
        )
    month = _MONTHS[value.month - 1]
    if _date_order == MONTH_DAY_YEAR:
        text = f"{month} {value.day}" + (f", {value.year}" if year else "")
        text = f"{_WEEKDAYS[value.weekday()]}, {text}" if weekday else text
    else:
        text = f"{value.day:02d} {month}" + (f" {value.year}" if year else "")
        text = f"{_WEEKDAYS[value.weekday()]} {text}" if weekday else text
    if time and isinstance(value, dt.datetime):
        text += f", {value:%H:%M}"
    return text


def escape(text: str) -> str:
    """Text the user typed, safe to put in rich text or HTML: shown, never interpreted."""
    return html.escape(text, quote=True)


def escape_lines(text: str) -> str:
    """Like ``escape``, keeping the user's line breaks."""
    return "<br/>".join(escape(line) for line in text.splitlines())
