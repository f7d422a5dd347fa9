"""Follow-ups <-> calendar tasks (VTODO) on the user's CalDAV server, through icalendar.

``FOLLOWUPS`` follows the same contract as ``calendar.MEETINGS``. How a follow-up reads
as a task:

- **title**: SUMMARY. **kind**: X-GIVEBACK-KIND ("action" or "thanks"; a task from
  elsewhere is an "action").
- **due** ("YYYY-MM-DD"): DUE. A DUE with a time is read as its day here; a new due day
  keeps the time the task had. A task without DUE (nor DTSTART) is due the day it
  arrives, and that day is then written back.
- **done** ("YYYY-MM-DD" or None): STATUS:COMPLETED (or PERCENT-COMPLETE:100) with the
  COMPLETED moment, read as its day here. A task ticked on the phone marks the
  follow-up done on that day, and a thank-you ticked there is recorded as a give in the
  ledger, as when it is ticked here. Unticked, it is open again.
- **contact**: X-GIVEBACK-CONTACT, the contact's UID (through ``refs``); a UID unknown
  here leaves the follow-up without a contact.
- **Dismissed** follow-ups ("skip", a thank-you not to send) are not on the server: the
  engine sees them as gone here and deletes their tasks, so the phone lists only what is
  still to do or done. A task deleted on the phone, or cancelled (STATUS:CANCELLED,
  which Thunderbird offers), dismisses its follow-up here: the record stays, as a
  dismissed one, and can be reopened.
- A recurring task (RRULE, RDATE, RECURRENCE-ID) is not a follow-up: left alone.

The link from a follow-up to its meeting does not travel (yet).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from types import SimpleNamespace
from typing import Any

import icalendar

from crm_desktop.services.meetings import followups
from crm_desktop.services.sync.calendar import (
    Fields,
    Refs,
    as_local,
    new_item,
    put,
    read_calendar,
    serialise,
    single,
    text_of,
    touched,
)
from crm_desktop.services.text import one_line
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import FollowUp, database_proxy

KINDS = ("action", "thanks")
_FIELDS = ("title", "due", "done", "contact", "kind")
DONE_AT = dt.time(12, 0)  # a day done, written as a moment: local noon


def _day(value: Any) -> dt.date | None:
    """The local day of a DATE or DATE-TIME value."""
    if isinstance(value, dt.datetime):
        return as_local(value).date()
    return value if isinstance(value, dt.date) else None


def _prop_day(task: icalendar.Component, name: str) -> dt.date | None:
    prop = task.get(name)
    return _day(getattr(prop, "dt", None)) if prop is not None else None


def _done(task: icalendar.Component) -> str | None:
    status = text_of(task, "STATUS").upper()
    complete = text_of(task, "PERCENT-COMPLETE") == "100"
    if status != "COMPLETED" and not complete and "COMPLETED" not in task:
        return None
    for name in ("COMPLETED", "LAST-MODIFIED", "DTSTAMP"):
        day = _prop_day(task, name)
        if day is not None:
            return day.isoformat()
    return dt.date.today().isoformat()


def parse(text: str, refs: Refs | None = None) -> tuple[str, Fields | None] | None:
    """(UID, fields) of a task; (UID, None) when it is cancelled; None when it is no
    follow-up of ours (not one single task, recurring, without a UID)."""
    task = single(read_calendar(text), "VTODO")
    if task is None:
        return None
    uid = text_of(task, "UID")
    if text_of(task, "STATUS").upper() == "CANCELLED":
        return uid, None
    due = _prop_day(task, "DUE") or _prop_day(task, "DTSTART")
    kind = text_of(task, "X-GIVEBACK-KIND").lower()
    return uid, {
        "title": one_line(text_of(task, "SUMMARY")),
        "due": due.isoformat() if due else None,
        "done": _done(task),
        "contact": text_of(task, "X-GIVEBACK-CONTACT") or None,
        "kind": kind if kind in KINDS else "action",
    }


def _write_due(task: icalendar.Component, due: str | None) -> None:
    if due is None:
        return  # nothing says when: the task keeps what it had
    day = dt.date.fromisoformat(due)
    old = task["DUE"].dt if "DUE" in task else None
    if isinstance(old, dt.datetime):  # keep the time of day, in the zone it was in
        params = {"TZID": task["DUE"].params["TZID"]} if "TZID" in task["DUE"].params else {}
        put(task, "DUE", dt.datetime.combine(day, old.timetz()), params)
    else:
        put(task, "DUE", day)
    starts = _prop_day(task, "DTSTART")
    if starts is not None and starts > day:
        task.pop("DTSTART")  # a start after the due day is invalid (RFC 5545)


def _write_done(task: icalendar.Component, done: str | None) -> None:
    if done is None:
        put(task, "STATUS", "NEEDS-ACTION")
        task.pop("COMPLETED", None)
        if "PERCENT-COMPLETE" in task:
            put(task, "PERCENT-COMPLETE", 0)
        return
    put(task, "STATUS", "COMPLETED")
    if _prop_day(task, "COMPLETED") != dt.date.fromisoformat(done):
        moment = dt.datetime.combine(dt.date.fromisoformat(done), DONE_AT).astimezone(dt.UTC)
        put(task, "COMPLETED", moment)
    put(task, "PERCENT-COMPLETE", 100)


def render(
    base_text: str | None, uid: str, fields: Fields, changed: set[str], refs: Refs | None = None
) -> str:
    """The task's text: a new one (*base_text* None) or *base_text* with only the
    properties behind *changed* rewritten, and SEQUENCE, DTSTAMP, LAST-MODIFIED bumped."""
    cal = read_calendar(base_text) if base_text is not None else None
    task = single(cal, "VTODO")
    if task is None:
        task = icalendar.Todo()
        cal = new_item(task, uid)
        changed = set(_FIELDS)
    elif changed & set(_FIELDS):
        touched(task)
    if "title" in changed:
        put(task, "SUMMARY", fields["title"])
    if "due" in changed:
        _write_due(task, fields["due"])
    if "done" in changed:
        _write_done(task, fields["done"])
    if "contact" in changed:
        put(task, "X-GIVEBACK-CONTACT", fields["contact"])
    if "kind" in changed:
        put(task, "X-GIVEBACK-KIND", fields["kind"])
    return serialise(cal)


def local_fields(ids: Iterable[int] | None = None, refs: Refs | None = None) -> dict[int, Fields]:
    """The fields of every follow-up here that is not dismissed (or of those *ids*)."""
    query = (
        "SELECT id, title, due_on, kind, status, contact_id, done_on FROM follow_up "
        "WHERE status != 'dismissed'"
    )
    if ids is None:
        rows = list(database_proxy.execute_sql(query))
    else:
        rows = []
        for chunk in chunks(sorted(set(ids))):
            rows += database_proxy.execute_sql(f"{query} AND id IN ({marks(chunk)})", chunk)
    out: dict[int, Fields] = {}
    for fid, title, due_on, kind, status, contact_id, done_on in rows:
        contact = refs.contact_uid(contact_id) if refs and contact_id is not None else None
        out[fid] = {
            "title": one_line(title),
            "due": str(due_on)[:10] if due_on else None,
            "done": (str(done_on)[:10] if done_on else str(due_on)[:10])
            if status == "done"
            else None,
            "contact": contact,
            "kind": kind,
        }
    return out


def _contact(fields: Fields, refs: Refs) -> int | None:
    return refs.contact_id(fields["contact"]) if fields.get("contact") else None


def create_local(fields: Fields, refs: Refs) -> int:
    """A new follow-up from a task; returns its id."""
    done = fields["done"]
    row = FollowUp.create(
        title=one_line(fields["title"]),
        due_on=dt.date.fromisoformat(fields["due"]) if fields["due"] else dt.date.today(),
        kind=fields["kind"] if fields["kind"] in KINDS else "action",
        status="done" if done else "open",
        done_on=dt.date.fromisoformat(done) if done else None,
        contact=_contact(fields, refs),
    )
    return row.id


def update_local(local_id: int, fields: Fields, changed: set[str], refs: Refs) -> None:
    """Write the *changed* fields of a task into follow-up *local_id*."""
    row = FollowUp.get_or_none(FollowUp.id == local_id)
    if row is None:
        return
    if "title" in changed:
        row.title = one_line(fields["title"])
    if "due" in changed and fields["due"]:
        row.due_on = dt.date.fromisoformat(fields["due"])
    if "contact" in changed:
        row.contact = _contact(fields, refs)
    if "kind" in changed:
        row.kind = fields["kind"] if fields["kind"] in KINDS else "action"
    if "done" in changed and not fields["done"]:
        row.status, row.done_on = "open", None
    row.save()
    if "done" in changed and fields["done"]:
        day = dt.date.fromisoformat(fields["done"])
        if row.status == "done":
            FollowUp.update(done_on=day).where(FollowUp.id == local_id).execute()
        else:  # ticked on the phone: the same rule as ticking it here (a thank-you is a give)
            followups.done(local_id, today=day)


def remove_local(local_id: int) -> None:
    """The task is gone or cancelled on the server: the follow-up is dismissed here."""
    FollowUp.update(status="dismissed").where(FollowUp.id == local_id).execute()


_LABELS = {"title": "Follow-up", "due": "Due", "done": "Done", "contact": "Contact",
           "kind": "Kind"}  # fmt: skip


def describe(field: str) -> str:
    """A label for the Conflicts page."""
    return _LABELS.get(field, field)


FOLLOWUPS = SimpleNamespace(
    KIND="followup",
    parse=parse,
    render=render,
    local_fields=local_fields,
    create_local=create_local,
    update_local=update_local,
    remove_local=remove_local,
    describe=describe,
)
