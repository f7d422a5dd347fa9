"""The full-text search index over contacts (SQLite FTS5).

One row per contact, rowid = contact id. ``remove_diacritics 2`` makes "zoe"
find "Zoë"; the prefix index keeps search-as-you-type fast.
"""

from __future__ import annotations

from playhouse.sqlite_ext import FTS5Model, RowIDField, SearchField

from crm_desktop.store.models import database_proxy


class ContactSearch(FTS5Model):
    rowid = RowIDField()
    name = SearchField()
    work = SearchField()  # company and title
    details = SearchField()  # email, tags, how we met, notes
    meetings = SearchField()  # agenda and notes of meetings they attended

    class Meta:
        database = database_proxy
        table_name = "contact_search"
        options = {"tokenize": "unicode61 remove_diacritics 2", "prefix": "1 2 3"}


def match_expression(text: str) -> str | None:
    """Turn what a user typed into a safe FTS5 query: every word must match, the
    last one as a prefix. Words are quoted so input like ``o'brien`` or
    ``covid-19`` can never be read as FTS5 syntax."""
    # A NUL would end the query string inside SQLite ("unterminated string").
    words = [w for w in text.replace("\x00", " ").split() if any(ch.isalnum() for ch in w)]
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    # Earlier words are prefixes too: people type "ann acm" for Ann at Acme.
    return " ".join(q if q.endswith("*") else q + "*" for q in quoted)
