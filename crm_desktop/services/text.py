"""Small text helpers shared by the services, and the services' words in the window's language.

The services import no Qt, yet Today's lines, the prep sheet and the messages users see
must read in the window's language. ``translate(context, text)`` looks *text* up through a
translator the window puts in place at start (``set_translator``: Qt's
``QCoreApplication.translate``, a plain callable); the command line leaves the identity, so
it stays English. ``pyside6-lupdate`` finds ``translate("context", "…")`` calls here like in
the window. Placeholders are named (``{name}``) and filled with ``.format`` after the text
is translated. lupdate marks plural forms only for ``tr()``, and sees only positional
arguments, so a count reads through two sources: ``translate(ctx, "1 day overdue") if
n == 1 else translate(ctx, "%n days overdue", None, n)`` (``%n`` becomes *n*, here and
in Qt). The count must be a plain name or number there: lupdate skips a call whose
count is an expression such as ``len(x)``.
"""

from __future__ import annotations

import datetime as dt
import html
import unicodedata
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Translate the services' words with *translator* from now on (None: English)."""
    global _translator
    _translator = translator or _identity


_lower_nouns = True


def set_lower_nouns(lower: bool) -> None:
    """Whether a label such as "Coffee" is lowercased inside a sentence ("the coffee on
    Mon"): yes in English, no in German, whose nouns keep their capital."""
    global _lower_nouns
    _lower_nouns = lower


def in_sentence(label: str) -> str:
    """*label*, a noun (a meeting or ledger kind), as it reads inside a sentence."""
    return label.lower() if _lower_nouns else label


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate knows
    """*text*, unchanged: marks it for lupdate where a service names a label now and has it
    translated (``translate(context, label)``) when it is shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """*text* in the language the window chose (as it is on the command line); with a
    count *n* (>= 0) every ``%n`` in it reads as that number."""
    # Looked up without the count: lupdate keeps one form of these (see above), and Qt
    # finds no plural form of a message that has only one.
    result = _translator(context, text, disambiguation, -1)
    return result.replace("%n", str(n)) if n >= 0 else result


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
# user's locale writes the month first ("Dec 2, 2026"). Month and day names are English
# unless the window gives those of its language (``set_date_names``), whatever C library
# locale Qt sets.
DAY_MONTH_YEAR = "day month year"
MONTH_DAY_YEAR = "month day year"
_date_order = DAY_MONTH_YEAR
ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
ENGLISH_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ENGLISH_MONTHS
_WEEKDAYS = ENGLISH_WEEKDAYS


def set_date_names(months=None, weekdays=None) -> None:
    """Short month (January first) and weekday (Monday first) names for ``show_date``;
    None puts the English ones back."""
    global _MONTHS, _WEEKDAYS
    months = tuple(months or ENGLISH_MONTHS)
    weekdays = tuple(weekdays or ENGLISH_WEEKDAYS)
    if len(months) != 12 or len(weekdays) != 7:
        raise ValueError("need 12 month names and 7 weekday names")
    _MONTHS, _WEEKDAYS = months, weekdays


def set_date_order(order: str) -> None:
    """Write dates in *order* (``DAY_MONTH_YEAR`` or ``MONTH_DAY_YEAR``) from now on."""
    global _date_order
    if order not in (DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        raise ValueError(f"unknown date order: {order!r}")
    _date_order = order


def date_order() -> str:
    return _date_order


def show_month(value: dt.date) -> str:
    """A month as the user reads it: "Mar 2024" (in the window's language)."""
    return f"{_MONTHS[value.month - 1]} {value.year}"


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
