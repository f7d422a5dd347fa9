"""Find duplicate contacts and merge them without losing anything.

Duplicates: the same email, the same LinkedIn URL, or very similar names at
the same company (difflib's ratio on accent-folded names). A merge keeps one
contact (the survivor) and folds the others into it: every email, phone, link
and tag, the notes and stories of all of them, their past jobs (a different
company becomes a past job), and it moves their meetings, referrals and every
other row that points at them to the survivor.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from crm_desktop.errors import InvalidInput
from crm_desktop.services import events
from crm_desktop.services.contacts import contacts, last_contact
from crm_desktop.services.contacts.types import STAGES, WARMTH, ContactInput, ContactRecord, Job
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import QT_TRANSLATE_NOOP, fold, translate
from crm_desktop.store import indexing, snapshots
from crm_desktop.store.models import database_proxy

NAME_SIMILARITY = 0.88

# Fields the merge dialog lets the user choose between (one value wins).
CHOICE_FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("merge", "Name"),
    "company": QT_TRANSLATE_NOOP("merge", "Company"),
    "title": QT_TRANSLATE_NOOP("merge", "Title"),
    "location": QT_TRANSLATE_NOOP("merge", "Location"),
    "birthday": QT_TRANSLATE_NOOP("merge", "Birthday"),
    "stage": QT_TRANSLATE_NOOP("merge", "Stage"),
    "warmth": QT_TRANSLATE_NOOP("merge", "Warmth"),
    "follow_up_on": QT_TRANSLATE_NOOP("merge", "Follow-up"),
    "cadence_days": QT_TRANSLATE_NOOP("merge", "Keep in touch (days)"),
}
# Fields whose values are all kept, one after the other.
JOINED_FIELDS = {
    "how_we_met": QT_TRANSLATE_NOOP("merge", "How we met"),
    "story": QT_TRANSLATE_NOOP("merge", "Their story"),
    "expertise": QT_TRANSLATE_NOOP("merge", "Expertise"),
    "notes": QT_TRANSLATE_NOOP("merge", "Notes"),
}


@dataclass(frozen=True)
class DuplicateGroup:
    contact_ids: tuple[int, ...]
    reason: str


def _linkedin_key(url: str) -> str:
    url = url.strip().casefold()
    url = re.sub(r"^https?://", "", url)
    url = re.sub(r"^(www\.|[a-z]{2}\.)", "", url)
    return url.rstrip("/")


class _Groups:
    def __init__(self):
        self.parent: dict[int, int] = {}
        self.reasons: dict[int, set[str]] = defaultdict(set)

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, ids: list[int], reason: str) -> None:
        root = self.find(ids[0])
        for other in ids[1:]:
            r = self.find(other)
            if r != root:
                self.parent[r] = root
                self.reasons[root] |= self.reasons.pop(r, set())
        self.reasons[root].add(reason)


def _join_similar_names(groups: _Groups, people: list[tuple[int, str]]) -> None:
    """Join people of one (company, initial) bucket whose folded names are alike.

    The same name is joined at once; difflib compares only different names that
    pass its length and shared-letter bounds, each against the earlier ones, with
    its second sequence kept between comparisons (building that is costly)."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for cid, key in people:
        by_name[key].append(cid)
    for ids in by_name.values():
        if len(ids) > 1:
            groups.join(sorted(ids), translate("merge", "similar name, same company"))
    names = list(by_name)
    letters = {name: dict(Counter(name)) for name in names}
    matcher = difflib.SequenceMatcher(None)
    for j, name_b in enumerate(names):
        matcher.set_seq2(name_b)
        count_b = letters[name_b]
        for name_a in names[:j]:
            # ratio = 2·matches / total length; matches <= the shorter length and the
            # letters both have (difflib's own quick bounds, without its set-up).
            total = NAME_SIMILARITY * (len(name_a) + len(name_b))
            if 2 * min(len(name_a), len(name_b)) < total:
                continue
            shared = 0
            for letter, n in letters[name_a].items():
                shared += min(n, count_b.get(letter, 0))
            if 2 * shared < total:
                continue
            matcher.set_seq1(name_a)
            if matcher.ratio() >= NAME_SIMILARITY:
                groups.join(
                    [by_name[name_a][0], by_name[name_b][0]],
                    translate("merge", "similar name, same company"),
                )


def find_duplicates(progress: Callable[[int, int], None] | None = None) -> list[DuplicateGroup]:
    """Groups of active contacts that look like the same person. *progress* is told
    (done, total) as the names are compared: seconds at 100,000 contacts."""
    groups = _Groups()
    by_email = database_proxy.execute_sql(
        "SELECT lower(cm.value), GROUP_CONCAT(DISTINCT cm.contact_id) FROM contact_method cm "
        "JOIN contact c ON c.id = cm.contact_id WHERE cm.kind = 'email' AND "
        "c.archived_at IS NULL GROUP BY lower(cm.value) HAVING COUNT(DISTINCT cm.contact_id) > 1"
    ).fetchall()
    for _email, ids in by_email:
        groups.join(sorted(int(i) for i in ids.split(",")), translate("merge", "same email"))
    links: dict[str, set[int]] = defaultdict(set)
    for cid, url in database_proxy.execute_sql(
        "SELECT cm.contact_id, cm.value FROM contact_method cm JOIN contact c ON "
        "c.id = cm.contact_id WHERE cm.kind = 'link' AND c.archived_at IS NULL AND "
        "lower(cm.value) LIKE '%linkedin.%'"
    ):
        links[_linkedin_key(url)].add(cid)
    for ids in links.values():
        if len(ids) > 1:
            groups.join(sorted(ids), translate("merge", "same LinkedIn"))
    # Similar names at the same company: compare only within (company, first letter).
    buckets: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for cid, company_id, name in database_proxy.execute_sql(
        "SELECT id, company_id, full_name FROM contact WHERE company_id IS NOT NULL "
        "AND archived_at IS NULL"
    ):
        key = " ".join(sorted(fold(name).replace(".", " ").split()))
        if key:
            buckets[(company_id, key[0])].append((cid, key))
    for done, people in enumerate(buckets.values()):
        _join_similar_names(groups, people)
        if progress is not None and done % 50 == 0:
            progress(done, len(buckets))
    members: dict[int, list[int]] = defaultdict(list)
    for cid in list(groups.parent):
        members[groups.find(cid)].append(cid)
    found = [
        DuplicateGroup(tuple(sorted(ids)), ", ".join(sorted(groups.reasons[root])))
        for root, ids in members.items()
        if len(ids) > 1
    ]
    return sorted(found, key=lambda g: g.contact_ids)


def _value(record: ContactRecord, name: str):
    return getattr(record, name)


def default_choices(records: list[ContactRecord]) -> dict[str, int]:
    """For each choice field, whose value a merge keeps: the first record that has one."""
    choices = {}
    for name in CHOICE_FIELDS:
        holder = next((r for r in records if _value(r, name) not in ("", None)), records[0])
        choices[name] = holder.id
    return choices


def merged_input(records: list[ContactRecord], choices: dict[str, int]) -> ContactInput:
    """What the survivor (records[0]) becomes; nothing any of them had is dropped."""
    by_id = {r.id: r for r in records}
    survivor = records[0]
    picked = {name: _value(by_id[choices.get(name, survivor.id)], name) for name in CHOICE_FIELDS}
    data = survivor.to_input()
    for name, value in picked.items():
        setattr(data, name, value)
    for name in JOINED_FIELDS:
        parts: list[str] = []
        for r in records:
            text = _value(r, name).strip()
            if text and text not in parts:
                parts.append(text)
        setattr(data, name, "\n\n".join(parts))
    methods, seen = [], set()
    for r in records:
        for m in r.methods:
            if (m.kind, m.value.casefold()) not in seen:
                seen.add((m.kind, m.value.casefold()))
                methods.append(m)
    data.methods = methods
    data.email = data.phone = data.linkedin_url = ""
    tags: list[str] = []
    for r in records:
        tags += [t for t in r.tags if fold(t) not in {fold(x) for x in tags}]
    data.tags = tags
    jobs: list[Job] = []
    current = (fold(data.company), fold(data.title))
    for r in records:
        if (r.company or r.title) and (fold(r.company), fold(r.title)) != current:
            job = Job(r.company, r.title, None)
            if job not in jobs:
                jobs.append(job)
        jobs += [j for j in r.past_jobs if j not in jobs]
    data.past_jobs = jobs
    return data


# What moves to the contact kept, in the user's words: (table, column) -> (one, many).
_MOVES = {  # (for one, for many) of what moves
    ("meeting_attendee", "contact_id"): (
        QT_TRANSLATE_NOOP("merge", "1 meeting"),
        QT_TRANSLATE_NOOP("merge", "{count} meetings"),
    ),
    ("referral", "referrer_id"): (
        QT_TRANSLATE_NOOP("merge", "1 introduction they made"),
        QT_TRANSLATE_NOOP("merge", "{count} introductions they made"),
    ),
    ("referral", "referred_id"): (
        QT_TRANSLATE_NOOP("merge", "1 introduction to them"),
        QT_TRANSLATE_NOOP("merge", "{count} introductions to them"),
    ),
    ("ledger_entry", "contact_id"): (
        QT_TRANSLATE_NOOP("merge", "1 give or ask in the ledger"),
        QT_TRANSLATE_NOOP("merge", "{count} gives and asks in the ledger"),
    ),
    ("ledger_entry", "other_contact_id"): (
        QT_TRANSLATE_NOOP("merge", "1 introduction in the ledger"),
        QT_TRANSLATE_NOOP("merge", "{count} introductions in the ledger"),
    ),
    ("insight", "source_contact_id"): (
        QT_TRANSLATE_NOOP("merge", "1 insight they told you"),
        QT_TRANSLATE_NOOP("merge", "{count} insights they told you"),
    ),
    ("follow_up", "contact_id"): (
        QT_TRANSLATE_NOOP("merge", "1 follow-up"),
        QT_TRANSLATE_NOOP("merge", "{count} follow-ups"),
    ),
}
_SHOWN_AS_FIELDS = {"contact_tag", "contact_method", "contact_job"}


@dataclass(frozen=True)
class MergePreview:
    """What a merge would make, before it is done: every field of the contact kept
    (label, value) and what moves to them from the others."""

    survivor_name: str
    fields: tuple[tuple[str, str], ...]
    moves: tuple[str, ...]


def _shown(name: str, value) -> str:
    if name == "stage":
        return translate("labels", STAGES.get(value, ""))
    if name == "warmth":
        return translate("labels", WARMTH.get(value, ""))
    return "" if value is None else str(value)


def moves(others: list[int]) -> list[str]:
    """What would move from *others* to the contact kept: "3 meetings", …"""
    marks = ",".join("?" * len(others))
    found = []
    for table, cols, _pk in snapshots._dependent_tables():
        if table in _SHOWN_AS_FIELDS:
            continue
        for col in cols:
            n = database_proxy.execute_sql(
                f'SELECT COUNT(*) FROM "{table}" WHERE "{col}" IN ({marks})', others
            ).fetchone()[0]
            if n:
                one, many = _MOVES.get((table, col), (f"1 {table} row", f"{{count}} {table} rows"))
                found.append(translate("merge", one if n == 1 else many).format(count=n))
    return found


def preview(
    survivor_id: int, other_ids: list[int], choices: dict[str, int] | None = None
) -> MergePreview:
    """The contact *survivor_id* would become by merging *other_ids* into it."""
    others = [i for i in dict.fromkeys(other_ids) if i != survivor_id]
    records = [contacts.get_contact(survivor_id), *(contacts.get_contact(i) for i in others)]
    data = merged_input(records, {**default_choices(records), **(choices or {})})
    fields = [
        (translate("merge", label), _shown(name, getattr(data, name)))
        for name, label in CHOICE_FIELDS.items()
    ]
    fields += [
        (
            translate("merge", "Emails, phones, links"),
            "\n".join(f"{m.label}: {m.value}" for m in data.methods or []),
        ),
        (translate("merge", "Tags"), ", ".join(data.tags)),
        (translate("merge", "Past jobs"), "\n".join(j.text for j in data.past_jobs or [])),
        *[
            (translate("merge", label), getattr(data, name))
            for name, label in JOINED_FIELDS.items()
        ],
    ]
    return MergePreview(data.full_name, tuple(fields), tuple(moves(others)) if others else ())


def _others_dependents(survivor: int, others: list[int]) -> None:
    """Move every row that points at *others* to *survivor*."""
    marks = ",".join("?" * len(others))
    # Referrals first: never make the survivor their own introducer.
    own = database_proxy.execute_sql(
        "SELECT referrer_id FROM referral WHERE referred_id = ?", (survivor,)
    ).fetchone()
    if own is not None and own[0] in others:
        above = database_proxy.execute_sql(
            "SELECT referrer_id FROM referral WHERE referred_id = ?", (own[0],)
        ).fetchone()
        database_proxy.execute_sql(
            "UPDATE referral SET referrer_id = ? WHERE referred_id = ?",
            (above[0] if above and above[0] != survivor else None, survivor),
        )
    database_proxy.execute_sql(
        f"UPDATE referral SET referrer_id = ? WHERE referrer_id IN ({marks}) AND referred_id != ?",
        [survivor, *others, survivor],
    )
    if own is None:  # take over one of the others' place in the graph
        database_proxy.execute_sql(
            f"UPDATE OR IGNORE referral SET referred_id = ? WHERE id = (SELECT id FROM referral "
            f"WHERE referred_id IN ({marks}) AND COALESCE(referrer_id, 0) != ? LIMIT 1)",
            [survivor, *others, survivor],
        )
    handled = {"contact_tag", "contact_method", "contact_job", "referral"}
    for table, cols, _pk in snapshots._dependent_tables():
        if table in handled:
            continue
        for col in cols:
            database_proxy.execute_sql(
                f'UPDATE OR IGNORE "{table}" SET "{col}" = ? WHERE "{col}" IN ({marks})',
                [survivor, *others],
            )


@storage_errors
def merge_contacts(
    survivor_id: int, other_ids: list[int], choices: dict[str, int] | None = None
) -> ContactRecord:
    """Fold *other_ids* into *survivor_id*; returns the survivor as it now is."""
    others = [i for i in dict.fromkeys(other_ids) if i != survivor_id]
    if not others:
        raise InvalidInput(translate("merge", "Pick at least two contacts to merge."))
    records = [contacts.get_contact(survivor_id), *(contacts.get_contact(i) for i in others)]
    data = merged_input(records, {**default_choices(records), **(choices or {})})
    if data.stage not in STAGES:
        data.stage = ""
    if data.warmth not in WARMTH:
        data.warmth = ""
    with database_proxy.atomic():
        _others_dependents(survivor_id, others)
        marks = ",".join("?" * len(others))
        indexing.unindex_contacts(others)
        database_proxy.execute_sql(f"DELETE FROM contact WHERE id IN ({marks})", others)
        # The survivor now has everyone's meetings and gives and asks.
        last_contact.refresh([survivor_id])
        record = contacts.update_contact(survivor_id, data, record_history=False)
    events.emit("contacts", "referrals", "meetings")
    return record
