"""Small text helpers shared by the services."""

from __future__ import annotations

import html
import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names ("Zoë" == "zoe")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def one_line(text: str | None) -> str:
    """A single-line field as the user meant it: trimmed, no line breaks."""
    return " ".join((text or "").split())


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 contact", "3 contacts", "2 companies" (given *many*)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


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


def escape(text: str) -> str:
    """Text the user typed, safe to put in rich text or HTML: shown, never interpreted."""
    return html.escape(text, quote=True)


def escape_lines(text: str) -> str:
    """Like ``escape``, keeping the user's line breaks."""
    return "<br/>".join(escape(line) for line in text.splitlines())
