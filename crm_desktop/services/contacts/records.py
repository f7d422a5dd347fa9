"""Full contact records read in bulk: exports, import plans and merges read
thousands, so it costs five queries per 500 contacts, not five per contact."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator

from crm_desktop.services.contacts.types import ContactRecord, Job, Method
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import database_proxy


def _date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def contact_ids_in_order(contact_ids: Iterable[int] | None = None) -> list[int]:
    """Every contact (archived too), or those of *contact_ids*, sorted by name."""
    rows = database_proxy.execute_sql(
        "SELECT id FROM contact ORDER BY lower(full_name), id"
    ).fetchall()
    if contact_ids is None:
        return [cid for (cid,) in rows]
    wanted = set(contact_ids)
    return [cid for (cid,) in rows if cid in wanted]


def load_records(contact_ids: Iterable[int]) -> Iterator[ContactRecord]:
    """The full records of *contact_ids*, in that order, five queries per 500
    contacts (not five per contact): exports and import plans read thousands."""
    for chunk in chunks(contact_ids):

        def rows(sql: str, chunk=chunk):
            return database_proxy.execute_sql(sql.format(marks=marks(chunk)), chunk).fetchall()

        methods: dict[int, list[Method]] = defaultdict(list)
        for cid, kind, value, label in rows(
            "SELECT contact_id, kind, value, label FROM contact_method "
            "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"
        ):
            methods[cid].append(Method(kind, value, label))
        tags: dict[int, list[str]] = defaultdict(list)
        for cid, name in rows(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, lower(t.name)"
        ):
            tags[cid].append(name)
        jobs: dict[int, list[Job]] = defaultdict(list)
        for cid, company, title, until in rows(
            "SELECT contact_id, company, title, until FROM contact_job "
            "WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id"
        ):
            jobs[cid].append(Job(company, title, _date(until)))
        found = {}
        for row in rows(
            "SELECT c.id, c.full_name, COALESCE(co.name, ''), c.title, c.email, c.phone, "
            "c.linkedin_url, c.how_we_met, c.notes, c.location, c.birthday, c.story, "
            "c.expertise, c.stage, c.warmth, c.follow_up_on, c.cadence_days, c.archived_at, "
            "c.last_contact_at FROM contact c LEFT JOIN company co ON co.id = c.company_id "
            "WHERE c.id IN ({marks})"
        ):
            cid = row[0]
            found[cid] = ContactRecord(
                id=cid,
                full_name=row[1],
                company=row[2],
                title=row[3],
                email=row[4],
                phone=row[5],
                linkedin_url=row[6],
                tags=tuple(tags[cid]),
                how_we_met=row[7],
                notes=row[8],
                methods=tuple(methods[cid]),
                location=row[9],
                birthday=_date(row[10]),
                story=row[11],
                expertise=row[12],
                stage=row[13],
                warmth=row[14],
                follow_up_on=_date(row[15]),
                cadence_days=row[16],
                past_jobs=tuple(jobs[cid]),
                archived=row[17] is not None,
                last_contact=_datetime(row[18]),
            )
        yield from (found[cid] for cid in chunk if cid in found)
