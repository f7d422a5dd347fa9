"""Why a contact matched a search, for the list's "Why it matched" column: a few words
of their details or meetings around the searched words, each searched word marked.

Made in Python from the indexed text of the rows on screen: FTS5's own snippet()
would run the whole search again for every page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crm_desktop.services.text import fold
from crm_desktop.store.chunks import marks
from crm_desktop.store.models import database_proxy

WORD = re.compile(r"\w+")
# Around the hit: little before it, so that a narrow cell still shows it, more after.
BEFORE_WORDS, BEFORE_CHARS = 4, 36
AFTER_WORDS, AFTER_CHARS = 10, 90
MAX_HITS = 200  # where to look is chosen among the first hits of a long meeting history


@dataclass(frozen=True)
class Snippet:
    """A few words of a contact's text as runs of (text, is a searched word), in order."""

    runs: tuple[tuple[str, bool], ...]

    def __str__(self) -> str:
        """The words as plain text, the searched ones marked «so»."""
        return "".join(f"«{text}»" if hit else text for text, hit in self.runs)


def _hits(text: str, terms: list[str], limit: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, which term) of each word of *text* a term starts, in order."""
    found: list[tuple[int, int, int]] = []
    if text.isascii():
        # One regex over the text: a long meeting history is not walked word by word.
        alternatives = "|".join(f"({re.escape(t)})" for t in terms)
        for m in re.finditer(rf"(?<!\w)(?:{alternatives})\w*", text, re.I):
            found.append((m.start(), m.end(), (m.lastindex or 1) - 1))
            if len(found) == limit:
                break
        return found
    for m in WORD.finditer(text):
        word = m.group()
        word = word.lower() if word.isascii() else fold(word)
        which = next((i for i, t in enumerate(terms) if word.startswith(t)), None)
        if which is not None:
            found.append((m.start(), m.end(), which))
            if len(found) == limit:
                break
    return found


def _richest(hits: list[tuple[int, int, int]]) -> tuple[int, int, int]:
    """The first hit followed closely by the most different searched words."""
    best, most = hits[0], 0
    for i, (start, _end, _term) in enumerate(hits):
        near = set()
        for other_start, _e, term in hits[i:]:
            if other_start - start > AFTER_CHARS:
                break
            near.add(term)
        if len(near) > most:
            best, most = hits[i], len(near)
    return best


def _some_words(piece: str, words: int, chars: int, from_end: bool) -> tuple[str, bool]:
    """Up to *words* words and *chars* characters of *piece* (its end, *from_end*), spaces
    made single; True when some of *piece* was left out."""
    parts = piece.split()
    ordered = parts[::-1] if from_end else parts
    kept: list[str] = []
    size = 0
    for part in ordered:
        if len(kept) == words or size + len(part) > chars:
            break
        kept.append(part)
        size += len(part) + 1
    if not kept and ordered:  # one long word (a link, say): a piece of it
        first = ordered[0]
        kept = [first[-chars:] if from_end else first[:chars]]
        left_out = True
    else:
        left_out = len(kept) < len(parts)
    text = " ".join(kept[::-1] if from_end else kept)
    if from_end and text and piece[-1:].isspace():
        text += " "
    if not from_end and text and piece[:1].isspace():
        text = " " + text
    return text, left_out


def snippet_of(text: str, terms: list[str]) -> Snippet | None:
    """A few words of *text* where the searched words (folded *terms*) meet, or None."""
    hits = _hits(text, terms, MAX_HITS)
    if not hits:
        return None
    start, end, _term = _richest(hits)
    reach_before, reach_after = 4 * BEFORE_CHARS, 4 * AFTER_CHARS
    before, cut_before = _some_words(
        text[max(0, start - reach_before) : start], BEFORE_WORDS, BEFORE_CHARS, from_end=True
    )
    after, cut_after = _some_words(
        text[end : end + reach_after], AFTER_WORDS, AFTER_CHARS, from_end=False
    )
    cut_before = cut_before or start > reach_before
    cut_after = cut_after or end + reach_after < len(text)
    window = (
        ("…" if cut_before else "")
        + before
        + " ".join(text[start:end].split())
        + after
        + ("…" if cut_after else "")
    )
    runs: list[tuple[str, bool]] = []
    at = 0
    for hit_start, hit_end, _t in _hits(window, terms):
        if hit_start > at:
            runs.append((window[at:hit_start], False))
        runs.append((window[hit_start:hit_end], True))
        at = hit_end
    if at < len(window):
        runs.append((window[at:], False))
    return Snippet(tuple(runs))


def snippets(ids: list[int], search: str) -> dict[int, Snippet]:
    """Why each contact matched *search*, for those whose name, company and title do not
    say it: the words around it in their details, else in their meetings."""
    terms = [fold(w) for w in WORD.findall(search)]
    terms = [t for t in terms if t]
    if not terms or not ids:
        return {}
    rows = database_proxy.execute_sql(
        "SELECT rowid, name, work, details, meetings FROM contact_search "
        f"WHERE rowid IN ({marks(ids)})",
        ids,
    ).fetchall()
    found = {}
    for rowid, name, work, details, meetings in rows:
        head = {fold(w) for w in WORD.findall(f"{name} {work}")}
        missing = [t for t in terms if not any(w.startswith(t) for w in head)]
        if not missing:
            continue  # the name or job says why
        why = snippet_of(details or "", missing) or snippet_of(meetings or "", missing)
        if why is not None:
            found[rowid] = why
    return found
