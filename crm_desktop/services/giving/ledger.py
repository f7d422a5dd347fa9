"""The give-and-ask ledger: what you gave each person, what you asked of them, and
what they gave you.

The balance rule (one number per contact, shown in lists, the detail pane and the
prep sheet)::

    gave      = my gives, not counting introductions still to make or requested
    asked     = my asks, not counting declined ones (they gave nothing)
    they_gave = what they gave me without my asking, introductions once made
    score     = gave - asked - they_gave

A positive score means you have given more than you took; a negative one that
you owe them. "Only taking" (``taking``) lists the people with a negative score.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import JOIN, SQL, Case, fn

from crm_desktop.errors import InvalidInput, NotFound
from crm_desktop.services import events
from crm_desktop.services.contacts import last_contact
from crm_desktop.services.rows import one, record_by_id, to_record
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import translate
from crm_desktop.store.models import Contact, LedgerEntry, database_proxy

DIRECTIONS = ("gave", "asked", "they_gave")
DIRECTION_LABELS = {"gave": "I gave", "asked": "I asked", "they_gave": "They gave"}
KINDS = ("introduction", "insight", "advice", "article", "job_referral", "favour", "thanks")
KIND_LABELS = {
    "introduction": "Introduction",
    "insight": "Insight",
    "advice": "Advice",
    "article": "Article",
    "job_referral": "Referral to a job",
    "favour": "Favour",
    "thanks": "Thanks",
}
STATUS_LABELS = {
    "": "",
    "open": "Open",
    "granted": "Granted",
    "declined": "Declined",
    "to_make": "To make",
    "requested": "Requested",
    "made": "Made",
}
# Statuses that mean nothing was given yet.
_NOT_GIVEN_YET = ("to_make", "requested")


def statuses_for(direction: str, kind: str) -> tuple[str, ...]:
    """The statuses an entry can have; the first is the default for a new one."""
    if kind == "introduction":
        if direction == "asked":
            return ("requested", "made", "declined")
        if direction == "gave":
            return ("made", "to_make", "requested")
        return ("made", "to_make")
    if direction == "asked":
        return ("open", "granted", "declined")
    return ("",)


@dataclass(frozen=True)
class Balance:
    contact_id: int
    gave: int = 0
    asked: int = 0
    they_gave: int = 0

    @property
    def score(self) -> int:
        return self.gave - self.asked - self.they_gave

    @property
    def label(self) -> str:
        """Text like "+2", "−1" or "0", as shown in a list column."""
        s = self.score
        return f"+{s}" if s > 0 else (f"−{-s}" if s < 0 else "0")

    @property
    def summary(self) -> str:
        if not (self.gave or self.asked or self.they_gave):
            return translate("ledger", "Nothing given or asked yet.")
        return translate(
            "ledger", "You gave {gave} · asked {asked} · they gave {they_gave} · balance {balance}"
        ).format(gave=self.gave, asked=self.asked, they_gave=self.they_gave, balance=self.label)


@dataclass
class LedgerInput:
    contact_id: int
    direction: str
    kind: str
    note: str = ""
    occurred_on: dt.date | None = None
    status: str | None = None  # None: the first of statuses_for()
    other_contact_id: int | None = None  # for introductions: the other person
    insight_id: int | None = None
    meeting_id: int | None = None


@dataclass(frozen=True)
class LedgerRecord:
    id: int
    contact_id: int
    contact_name: str
    direction: str
    kind: str
    occurred_on: dt.date
    note: str
    status: str
    other_contact_id: int | None
    other_name: str
    insight_id: int | None
    meeting_id: int | None

    @property
    def direction_label(self) -> str:
        return translate("labels", DIRECTION_LABELS.get(self.direction, self.direction))

    @property
    def kind_label(self) -> str:
        return translate("labels", KIND_LABELS.get(self.kind, self.kind.replace("_", " ").title()))

    @property
    def status_label(self) -> str:
        return translate("labels", STATUS_LABELS.get(self.status, self.status))

    @property
    def summary(self) -> str:
        """Text like "I asked: Introduction to Carl Ng (requested)"."""
        what = self.kind_label
        if self.kind == "introduction" and self.other_name:
            what = translate("ledger", "Introduction to {name}").format(name=self.other_name)
        if not self.status:
            return translate("ledger", "{direction}: {what}").format(
                direction=self.direction_label, what=what
            )
        return translate("ledger", "{direction}: {what} ({status})").format(
            direction=self.direction_label, what=what, status=self.status_label.lower()
        )


def _today() -> dt.date:
    return dt.date.today()


def _validated(data: LedgerInput) -> LedgerInput:
    if data.direction not in DIRECTIONS:
        raise InvalidInput(
            translate("ledger", "An entry is one of: {items} (not “{direction}”).").format(
                items=", ".join(DIRECTIONS), direction=data.direction
            )
        )
    if data.kind not in KINDS:
        raise InvalidInput(
            translate("ledger", "The kind is one of: {items} (not “{kind}”).").format(
                items=", ".join(KINDS), kind=data.kind
            )
        )
    allowed = statuses_for(data.direction, data.kind)
    status = allowed[0] if data.status is None else data.status
    if status not in allowed:
        shown = ", ".join(s for s in allowed if s) or "none"
        raise InvalidInput(
            translate("ledger", "That entry's status is one of: {shown} (not “{status}”).").format(
                shown=shown, status=status
            )
        )
    ids = [data.contact_id] + ([data.other_contact_id] if data.other_contact_id else [])
    found = {c for (c,) in Contact.select(Contact.id).where(Contact.id.in_(ids)).tuples()}
    for cid in ids:
        if cid not in found:
            raise NotFound(translate("ledger", "No contact with id {id}.").format(id=cid))
    if data.other_contact_id == data.contact_id:
        raise InvalidInput(translate("ledger", "An introduction is between two different people."))
    return LedgerInput(
        contact_id=data.contact_id,
        direction=data.direction,
        kind=data.kind,
        note=(data.note or "").strip(),
        occurred_on=data.occurred_on or _today(),
        status=status,
        other_contact_id=data.other_contact_id if data.kind == "introduction" else None,
        insight_id=data.insight_id,
        meeting_id=data.meeting_id,
    )


def _records(query) -> list[LedgerRecord]:
    other = Contact.alias()
    rows = (
        query.select(
            LedgerEntry,
            Contact.full_name.alias("contact_name"),
            other.full_name.alias("other_name"),
        )
        .join_from(LedgerEntry, Contact, on=(LedgerEntry.contact == Contact.id))
        .join_from(LedgerEntry, other, JOIN.LEFT_OUTER, on=(LedgerEntry.other_contact == other.id))
        .dicts()
    )
    return [to_record(LedgerRecord, r, other_name=r["other_name"] or "") for r in rows]


def get_entry(entry_id: int) -> LedgerRecord:
    return record_by_id(_records, LedgerEntry, entry_id, "ledger entry")


@storage_errors
def record(data: LedgerInput) -> LedgerRecord:
    """Add one give or ask."""
    data = _validated(data)
    with database_proxy.atomic():
        entry = LedgerEntry.create(
            contact=data.contact_id,
            direction=data.direction,
            kind=data.kind,
            occurred_on=data.occurred_on,
            note=data.note,
            status=data.status,
            other_contact=data.other_contact_id,
            insight=data.insight_id,
            meeting=data.meeting_id,
        )
        last_contact.refresh([data.contact_id])
    events.emit("ledger", "contacts")  # the list and the pane show the last contact
    return get_entry(entry.id)


def log_give(contact_id: int, kind: str, note: str = "", **extra) -> LedgerRecord:
    return record(LedgerInput(contact_id, "gave", kind, note, **extra))


def log_ask(contact_id: int, kind: str, note: str = "", **extra) -> LedgerRecord:
    return record(LedgerInput(contact_id, "asked", kind, note, **extra))


@storage_errors
def update_entry(entry_id: int, data: LedgerInput) -> LedgerRecord:
    data = _validated(data)
    with database_proxy.atomic():
        entry = one(LedgerEntry, entry_id, "ledger entry")
        before = entry.contact_id
        entry.contact = data.contact_id
        entry.direction = data.direction
        entry.kind = data.kind
        entry.occurred_on = data.occurred_on
        entry.note = data.note
        entry.status = data.status
        entry.other_contact = data.other_contact_id
        entry.save()
        last_contact.refresh([before, data.contact_id])
    events.emit("ledger", "contacts")
    return get_entry(entry_id)


@storage_errors
def set_status(entry_id: int, status: str) -> LedgerRecord:
    entry = get_entry(entry_id)
    allowed = statuses_for(entry.direction, entry.kind)
    if status not in allowed:
        shown = ", ".join(s for s in allowed if s) or "none"
        raise InvalidInput(
            translate("ledger", "That entry's status is one of: {shown} (not “{status}”).").format(
                shown=shown, status=status
            )
        )
    LedgerEntry.update(status=status).where(LedgerEntry.id == entry_id).execute()
    events.emit("ledger")
    return get_entry(entry_id)


def referral_to_confirm(entry: LedgerRecord) -> tuple[int, int] | None:
    """(introducer, introduced) when this entry is an introduction made *for you*:
    confirming it records "introducer introduced me to introduced" in the graph."""
    if (
        entry.kind == "introduction"
        and entry.direction in ("asked", "they_gave")
        and entry.status == "made"
        and entry.other_contact_id is not None
    ):
        return entry.contact_id, entry.other_contact_id
    return None


@storage_errors
def delete_entry(entry_id: int) -> None:
    with database_proxy.atomic():
        entry = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
        LedgerEntry.delete().where(LedgerEntry.id == entry_id).execute()
        if entry is not None:
            last_contact.refresh([entry.contact_id])
    events.emit("ledger", "contacts")


def entries_for(contact_id: int) -> list[LedgerRecord]:
    """Every give and ask with this contact, newest first."""
    query = (
        LedgerEntry.select()
        .where(LedgerEntry.contact == contact_id)
        .order_by(LedgerEntry.occurred_on.desc(), LedgerEntry.id.desc())
    )
    return _records(query)


def _counts():
    gave = fn.SUM(
        Case(
            None,
            [
                (
                    (LedgerEntry.direction == "gave") & LedgerEntry.status.not_in(_NOT_GIVEN_YET),
                    1,
                )
            ],
            0,
        )
    )
    asked = fn.SUM(
        Case(
            None,
            [((LedgerEntry.direction == "asked") & (LedgerEntry.status != "declined"), 1)],
            0,
        )
    )
    they = fn.SUM(
        Case(
            None,
            [
                (
                    (LedgerEntry.direction == "they_gave")
                    & LedgerEntry.status.not_in(_NOT_GIVEN_YET),
                    1,
                )
            ],
            0,
        )
    )
    return gave.alias("gave"), asked.alias("asked"), they.alias("they_gave")


def balance(contact_id: int) -> Balance:
    return balances([contact_id])[contact_id]


# Asked for this many contacts or more, counting the whole ledger in one pass is
# faster than looking each one up.
_WHOLE_TABLE_ABOVE = 5000
_ZERO = Balance(0)


def balances(contact_ids) -> dict[int, Balance]:
    """Balances of many contacts in one query (a list column at 100k rows).

    The ids travel as one JSON parameter, so any number fits in the statement.
    Every id asked for is in the answer, with zeros when nothing was recorded.
    """
    ids = [int(i) for i in contact_ids]
    if not ids:
        return {}
    query = LedgerEntry.select(LedgerEntry.contact, *_counts()).group_by(LedgerEntry.contact)
    if len(ids) <= _WHOLE_TABLE_ABOVE:
        wanted = SQL("(SELECT value FROM json_each(?))", (json.dumps(ids),))
        query = query.where(LedgerEntry.contact.in_(wanted))
    result = dict.fromkeys(ids, _ZERO)
    for cid, gave, asked, they in _rows(query):
        if cid in result:
            result[cid] = Balance(cid, gave or 0, asked or 0, they or 0)
    return {cid: (b if b is not _ZERO else Balance(cid)) for cid, b in result.items()}


def _rows(query) -> list[tuple]:
    """Plain tuples straight from SQLite: at 100k rows peewee's row conversion
    costs more than the query itself."""
    return database_proxy.execute_sql(*query.sql()).fetchall()


def all_balances() -> dict[int, Balance]:
    """The balance of everyone with at least one entry."""
    query = LedgerEntry.select(LedgerEntry.contact, *_counts()).group_by(LedgerEntry.contact)
    return {cid: Balance(cid, g or 0, a or 0, t or 0) for cid, g, a, t in _rows(query)}


def _archived():
    """Archived contacts (when the contact record has archiving): not nagged about."""
    if not hasattr(Contact, "archived_at"):
        return Contact.select(Contact.id).where(Contact.id < 0)
    return Contact.select(Contact.id).where(Contact.archived_at.is_null(False))


def owed(limit: int | None = None) -> list[Balance]:
    """Balances below zero (asks plus what they gave unasked outweigh your gives),
    most owed first; archived contacts are left out."""
    gave, asked, they = _counts()
    score = SQL('("gave" - "asked" - "they_gave")')
    query = (
        LedgerEntry.select(LedgerEntry.contact, gave, asked, they)
        .where(LedgerEntry.contact.not_in(_archived()))
        .group_by(LedgerEntry.contact)
        .having(score < 0)
        .order_by(score, SQL('"asked"').desc(), LedgerEntry.contact)
    )
    if limit is not None:
        query = query.limit(limit)
    return [Balance(cid, g or 0, a or 0, t or 0) for cid, g, a, t in _rows(query)]
