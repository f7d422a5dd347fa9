"""Which contacts the list shows, in what order: search, filters and sort, all in SQL.

The list at 100,000 contacts asks for the ordered ids once (a few ms) and then
fetches only the rows on screen with ``rows_for``; nothing here loads every
contact into Python objects.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, replace

from crm_desktop.services.contacts.snippets import snippets
from crm_desktop.services.contacts.types import STAGES, WARMTH, ContactRow
from crm_desktop.services.text import translate
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import database_proxy
from crm_desktop.store.search_index import match_expression

SORT_KEYS = ("name", "company", "title", "email", "tags", "stage", "warmth", "last_contact",
             "follow_up", "balance")  # fmt: skip
# The reciprocity balance (services.ledger's rule: gave − asked − they gave; declined
# asks and introductions not made yet do not count), as SQL for sorting and filtering.
BALANCE_SQL = (
    "(SELECT COALESCE(SUM(CASE "
    "WHEN le.direction = 'gave' AND le.status NOT IN ('to_make', 'requested') THEN 1 "
    "WHEN le.direction = 'asked' AND le.status != 'declined' THEN -1 "
    "WHEN le.direction = 'they_gave' AND le.status NOT IN ('to_make', 'requested') THEN -1 "
    "ELSE 0 END), 0) FROM ledger_entry le WHERE le.contact_id = c.id)"
)
_STAGE_ORDER = (
    "CASE c.stage "
    + " ".join(f"WHEN '{key}' THEN {i}" for i, key in enumerate(STAGES))
    + " ELSE 99 END"
)
_WARMTH_ORDER = (
    "CASE c.warmth "
    + " ".join(f"WHEN '{key}' THEN {i}" for i, key in enumerate(reversed(list(WARMTH))))
    + " ELSE 99 END"
)
_SORT_SQL = {
    "name": "lower(c.full_name)",
    "company": "lower(co.name)",
    "title": "lower(c.title)",
    "email": "lower(c.email)",
    "tags": "lower(c.tags_text)",
    "stage": _STAGE_ORDER,
    "warmth": _WARMTH_ORDER,
    "last_contact": "c.last_contact_at",
    "follow_up": "c.follow_up_on",
    "balance": BALANCE_SQL,
}
# Columns that can be empty sort their empty values last either way.
_EMPTY_SQL = {
    "company": "co.name IS NULL",
    "title": "c.title = ''",
    "email": "c.email = ''",
    "tags": "c.tags_text = ''",
    "stage": "c.stage = ''",
    "warmth": "c.warmth = ''",
    "last_contact": "c.last_contact_at IS NULL",
    "follow_up": "c.follow_up_on IS NULL",
}
# bm25 weights per index column: name, company and title, details, meetings.
RANK = "bm25(contact_search, 10.0, 3.0, 1.0, 0.5)"


@dataclass(frozen=True)
class ContactFilter:
    """Search text and filters; every part is optional and they all combine."""

    search: str = ""
    tags: tuple[str, ...] = ()
    company: str = ""
    stage: str = ""
    warmth: str = ""
    follow_up_overdue: bool = False
    only_taking: bool = False  # asked or received more than you gave
    not_contacted_days: int | None = None
    archived: bool | None = False  # False: active only; True: archived only; None: all
    ids: tuple[int, ...] = field(default=())  # restrict to these (duplicates, selections)

    def to_json(self) -> str:
        data = {k: v for k, v in asdict(self).items() if v not in ("", (), None, False, [])}
        data.pop("ids", None)
        if self.archived is not False:
            data["archived"] = self.archived
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ContactFilter:
        data = json.loads(text or "{}")
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__ and k != "ids"}
        if "tags" in known:
            known["tags"] = tuple(known["tags"])
        known.setdefault("archived", False)
        return cls(**known)

    @property
    def is_plain(self) -> bool:
        """No filter at all: the whole active list."""
        return self == ContactFilter()

    def describe(self) -> str:
        parts = []
        if self.search.strip():
            parts.append(f"“{self.search.strip()}”")
        parts += [f"#{t}" for t in self.tags]
        if self.company:
            parts.append(translate("filters", "at {company}").format(company=self.company))
        if self.stage:
            parts.append(translate("labels", STAGES.get(self.stage, self.stage)))
        if self.warmth:
            parts.append(translate("labels", WARMTH.get(self.warmth, self.warmth)))
        if self.follow_up_overdue:
            parts.append(translate("filters", "follow-up due"))
        if self.only_taking:
            parts.append(translate("filters", "only taking"))
        if self.not_contacted_days:
            parts.append(
                translate("filters", "not contacted in {days} days").format(
                    days=self.not_contacted_days
                )
            )
        if self.archived:
            parts.append(translate("filters", "archived"))
        return ", ".join(parts) or translate("filters", "All contacts")


def _where(criteria: ContactFilter, today: dt.date | None) -> tuple[list[str], list]:
    today = today or dt.date.today()
    where: list[str] = []
    params: list = []
    if criteria.archived is True:
        where.append("c.archived_at IS NOT NULL")
    elif criteria.archived is False:
        where.append("c.archived_at IS NULL")
    for tag in criteria.tags:
        where.append(
            "EXISTS (SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.contact_id = c.id AND lower(t.name) = lower(?))"
        )
        params.append(tag)
    if criteria.company:
        where.append("c.company_id IN (SELECT id FROM company WHERE lower(name) = lower(?))")
        params.append(criteria.company)
    if criteria.stage:
        where.append("c.stage = ?")
        params.append(criteria.stage)
    if criteria.warmth:
        where.append("c.warmth = ?")
        params.append(criteria.warmth)
    if criteria.only_taking:
        where.append(f"{BALANCE_SQL} < 0")
    if criteria.follow_up_overdue:
        where.append(
            "((c.follow_up_on IS NOT NULL AND c.follow_up_on <= ?) OR (c.cadence_days > 0 AND "
            "(c.last_contact_at IS NULL OR date(c.last_contact_at, '+' || c.cadence_days || "
            "' days') <= ?)))"
        )
        params += [today.isoformat(), today.isoformat()]
    if criteria.not_contacted_days:
        cutoff = today - dt.timedelta(days=int(criteria.not_contacted_days))
        where.append("(c.last_contact_at IS NULL OR c.last_contact_at < ?)")
        params.append(cutoff.isoformat())
    if criteria.ids:
        where.append(f"c.id IN ({','.join(str(int(i)) for i in criteria.ids)})")
    return where, params


def _query(
    criteria: ContactFilter, sort: str | None, descending: bool, today: dt.date | None, what: str
) -> tuple[str, list]:
    """SQL for the filters (not the search) in *sort* order, or a count."""
    where, params = _where(criteria, today)
    sources = "contact c"
    if sort == "company" and what != "count(*)":
        sources += " LEFT JOIN company co ON co.id = c.company_id"
    sql = f"SELECT {what} FROM {sources}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    if what == "count(*)":
        return sql, params
    key = sort or "name"
    direction = "DESC" if descending else "ASC"
    order = f"{_SORT_SQL[key]} {direction}, c.id {direction}"
    if key in _EMPTY_SQL:
        order = f"{_EMPTY_SQL[key]}, {order}"
    return sql + f" ORDER BY {order}", params


# Search ranking: hits in the name, company or title first (bm25 weighs the name
# highest), then in the rest (emails, tags, notes, meetings). Within a group bm25 orders the hits
# while there are few enough to rank in a few milliseconds; a huge group (a
# common word in meeting notes across 100,000 people) keeps index order. bm25
# over notes and meetings costs ~10 µs a row, hence the smaller budget there.
RANK_LIMIT = 3000
REST_RANK_LIMIT = 1000
PICK_RANK_LIMIT = 500  # a picker shows a screenful: ranking thousands buys nothing
_NAME_TIER = "{name work} : "


def _fts_ids(expression: str, ranked: bool, limit: int | None = None) -> list[int]:
    order = f" ORDER BY {RANK}" if ranked else ""
    cap = f" LIMIT {int(limit)}" if limit else ""
    sql = f"SELECT rowid FROM contact_search WHERE contact_search MATCH ?{order}{cap}"
    return [r for (r,) in database_proxy.execute_sql(sql, (expression,))]


def _ranked_ids(expression: str, budget: int, complete: bool) -> tuple[list[int], bool]:
    """Hits best first when there are at most *budget*, else in index order; unless
    *complete*, a big group stops after *budget* + 1 ids (the flag says so). The
    first ids are the same either way, so the rest can be appended later."""
    cap = None if complete else budget + 1
    ids = _fts_ids(expression, ranked=False, limit=cap)
    if len(ids) <= budget:
        return _fts_ids(expression, ranked=True), False
    return ids, cap is not None and len(ids) == cap


def _search_ids(text: str, complete: bool) -> tuple[list[int], bool]:
    """Matching ids best first, and whether more follow (only when not *complete*)."""
    expression = match_expression(text)
    if expression is None:
        return [], False
    named, more = _ranked_ids(f"{_NAME_TIER}({expression})", RANK_LIMIT, complete)
    # One letter: only names and jobs (a word starting with it), like a phone book.
    # While names and jobs are still coming, the rest waits for them.
    if more or len(text.strip()) == 1:
        return named, more
    # The rest: matches that are not already name or job hits.
    rest_query = f"({expression}) NOT {_NAME_TIER}({expression})" if named else expression
    rest, more = _ranked_ids(rest_query, REST_RANK_LIMIT, complete)
    return named + rest, more


def name_hits(text: str, limit: int) -> list[int]:
    """Up to *limit* active contacts whose name, company or title words start with
    what was typed, best first: what a person picker offers. A common first name
    or one letter matches thousands; those come in index order, the rest ranked."""
    expression = match_expression(text)
    if expression is None:
        return []
    ids, _ = _ranked_ids(f"{_NAME_TIER}({expression})", PICK_RANK_LIMIT, complete=False)
    archived = set()
    for chunk in chunks(ids):
        archived.update(
            r[0]
            for r in database_proxy.execute_sql(
                f"SELECT id FROM contact WHERE archived_at IS NOT NULL AND id IN ({marks(chunk)})",
                chunk,
            )
        )
    return [i for i in ids if i not in archived][:limit]


def search_ids(text: str) -> list[int]:
    """Every contact matching *text*, best first (archived ones too)."""
    return _search_ids(text, complete=True)[0]


def _archived_ids() -> set[int]:
    rows = database_proxy.execute_sql("SELECT id FROM contact WHERE archived_at IS NOT NULL")
    return {r[0] for r in rows.fetchall()}


def _sorted_ids(criteria, sort, descending, today) -> list[int]:
    sql, params = _query(criteria, sort, descending, today, "c.id")
    return [r[0] for r in database_proxy.execute_sql(sql, params).fetchall()]


def first_ids(
    criteria: ContactFilter, size: int, sort: str | None = None, descending: bool = False
) -> tuple[list[int], int]:
    """The first *size* ids of an unsearched list in *sort* order, and how many there
    are in all: what a list needs to show its top at once (a fraction of a
    millisecond at 100,000 contacts, against tens for every id)."""
    sql, params = _query(criteria, sort, descending, None, "c.id")
    ids = [r[0] for r in database_proxy.execute_sql(f"{sql} LIMIT {int(size)}", params)]
    total = len(ids) if len(ids) < size else count(criteria)
    return ids, total


def first_matching_ids(
    criteria: ContactFilter,
    sort: str | None = None,
    descending: bool = False,
    today: dt.date | None = None,
) -> tuple[list[int], bool]:
    """The matching ids in list order, or only the first ones while searching for a
    word that thousands of notes contain; the flag says more follow. What the list
    shows as the user types; ``matching_ids`` gives them all."""
    return _matching(criteria, sort, descending, today, complete=False)


def matching_ids(
    criteria: ContactFilter,
    sort: str | None = None,
    descending: bool = False,
    today: dt.date | None = None,
) -> list[int]:
    """Ids of the matching contacts in list order. *sort* is one of SORT_KEYS; None
    means by name, or best match first while searching."""
    return _matching(criteria, sort, descending, today, complete=True)[0]


def _matching(criteria, sort, descending, today, complete: bool) -> tuple[list[int], bool]:
    if not criteria.search.strip():
        return _sorted_ids(criteria, sort, descending, today), False
    if match_expression(criteria.search) is None:
        return [], False
    if sort is not None:
        wanted = set(search_ids(criteria.search))
        rest = replace(criteria, search="")
        return [i for i in _sorted_ids(rest, sort, descending, today) if i in wanted], False
    hits, more = _search_ids(criteria.search, complete)
    rest = replace(criteria, search="")
    if rest == ContactFilter():
        archived = _archived_ids() if hits else set()
        return ([i for i in hits if i not in archived] if archived else hits), more
    if rest == ContactFilter(archived=None):
        return hits, more
    allowed = set(_sorted_ids(rest, "follow_up", False, today))
    return [i for i in hits if i in allowed], more


def count(criteria: ContactFilter, today: dt.date | None = None) -> int:
    if criteria.search.strip():
        return len(matching_ids(criteria, today=today))
    sql, params = _query(criteria, None, False, today, "count(*)")
    return database_proxy.execute_sql(sql, params).fetchone()[0]


_ROW_SQL = (
    "SELECT c.id, c.full_name, COALESCE(co.name, ''), c.title, c.email, c.tags_text, c.stage, "
    "c.warmth, COALESCE(substr(c.last_contact_at, 1, 10), ''), COALESCE(c.follow_up_on, ''), "
    "c.archived_at IS NOT NULL FROM contact c LEFT JOIN company co ON co.id = c.company_id "
    "WHERE c.id IN ({marks})"
)


def rows_for(ids: list[int], search: str = "", with_snippets: bool = True) -> list[ContactRow]:
    """The list rows of *ids*, in that order; with snippets when *search* hit notes."""
    found: dict[int, ContactRow] = {}
    why = snippets(ids, search) if search.strip() and with_snippets else {}
    for chunk in chunks(ids):
        sql = _ROW_SQL.format(marks=marks(chunk))
        for r in database_proxy.execute_sql(sql, chunk).fetchall():
            found[r[0]] = ContactRow(
                id=r[0],
                full_name=r[1],
                company=r[2],
                title=r[3],
                email=r[4],
                tags=r[5],
                stage=STAGES.get(r[6], ""),
                warmth=WARMTH.get(r[7], ""),
                last_contact=r[8],
                follow_up_on=str(r[9]),
                archived=bool(r[10]),
                snippet=str(why[r[0]]) if r[0] in why else "",
            )
    return [found[i] for i in ids if i in found]


def stage_counts() -> dict[str, int]:
    """Active contacts per pipeline stage, in one query."""
    rows = database_proxy.execute_sql(
        "SELECT stage, count(*) FROM contact WHERE archived_at IS NULL GROUP BY stage"
    ).fetchall()
    return {stage: n for stage, n in rows if stage}
