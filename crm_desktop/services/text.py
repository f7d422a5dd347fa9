"""Small text helpers shared by the services."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names ("Zoë" == "zoe")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def one_line(text: str | None) -> str:
    """A single-line field as the user meant it: trimmed, no line breaks."""
    return " ".join((text or "").split())


def clean_tags(tags) -> list[str]:
    seen: dict[str, str] = {}
    for raw in tags or []:
        for part in str(raw).split(","):
            tag = one_line(part)
            if tag and fold(tag) not in seen:
                seen[fold(tag)] = tag
    return list(seen.values())
