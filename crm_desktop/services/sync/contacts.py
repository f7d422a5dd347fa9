"""The contacts side of sync: Giveback's contacts as the fields ``vcards`` reads and
writes, and the changes a sync makes to them.

Every change goes through the contacts service (the same as the window's), inside
the engine's transaction. A contact deleted on the server is archived here, with its
meetings and ledger, never destroyed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from crm_desktop.errors import ReferralRefused
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.records import contact_ids_in_order, load_records
from crm_desktop.services.contacts.types import ContactInput, ContactRecord, Job, Method
from crm_desktop.services.graph import referrals
from crm_desktop.services.sync import vcards
from crm_desktop.services.sync.vcards import ME, Fields
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import Contact, Referral, database_proxy

KIND = vcards.KIND
COMPONENT = "VCARD"
parse = vcards.parse
render = vcards.render
describe = vcards.describe


def _fields(record: ContactRecord, introduced_by: str | None) -> Fields:
    fields = vcards.empty()
    fields.update(
        name=record.full_name,
        company=record.company,
        title=record.title,
        location=record.location,
        birthday=record.birthday.isoformat() if record.birthday else None,
        tags=sorted(record.tags, key=str.casefold),
        notes=record.notes,
        how_we_met=record.how_we_met,
        stage=record.stage,
        warmth=record.warmth,
        cadence_days=record.cadence_days,
        follow_up_on=record.follow_up_on.isoformat() if record.follow_up_on else None,
        story=record.story,
        expertise=record.expertise,
        past_jobs=[
            [j.company, j.title, j.until.isoformat() if j.until else None] for j in record.past_jobs
        ],
        introduced_by=introduced_by,
    )
    methods = record.methods or tuple(
        Method(kind, value, label)
        for kind, value, label in (
            ("email", record.email, ""),
            ("phone", record.phone, ""),
            ("link", record.linkedin_url, "LinkedIn"),
        )
        if value
    )
    fields.update(vcards.methods_fields(methods))
    return fields


def archived_ids() -> set[int]:
    return {
        cid
        for (cid,) in database_proxy.execute_sql(
            "SELECT id FROM contact WHERE archived_at IS NOT NULL"
        )
    }


def local_fields(refs, ids: Iterable[int] | None = None) -> dict[int, Fields]:
    """The fields of every contact (archived ones too), or of *ids*."""
    wanted = contact_ids_in_order() if ids is None else list(ids)
    placed = {
        referred: referrer
        for referred, referrer in database_proxy.execute_sql(
            "SELECT referred_id, referrer_id FROM referral"
        )
    }
    out = {}
    for record in load_records(wanted):
        if record.id not in placed:
            introduced_by = None
        elif placed[record.id] is None:
            introduced_by = ME
        else:
            introduced_by = refs.contact_uid(placed[record.id])
        out[record.id] = _fields(record, introduced_by)
    return out


def _methods(fields: Fields, before: tuple[Method, ...] = ()) -> list[Method]:
    """The methods of *fields*, in the order they had here, new ones after."""
    wanted = [
        Method(kind, value, label)
        for field, kind in (("emails", "email"), ("phones", "phone"), ("links", "link"))
        for label, value in fields.get(field) or []
    ]
    keys = {(m.kind, m.value.casefold()): m for m in wanted}
    ordered = [keys.pop((m.kind, m.value.casefold())) for m in before
               if (m.kind, m.value.casefold()) in keys]  # fmt: skip
    return ordered + [m for m in wanted if (m.kind, m.value.casefold()) in keys]


def _date(text: object) -> dt.date | None:
    return dt.date.fromisoformat(str(text)) if text else None


def _input(fields: Fields, before: ContactRecord | None = None) -> ContactInput:
    methods = _methods(fields, before.methods if before else ())
    first = {k: next((m.value for m in methods if m.kind == k), "") for k in
             ("email", "phone")}  # fmt: skip
    linkedin = next(
        (m.value for m in methods if m.kind == "link" and "linkedin." in m.value.lower()), ""
    )
    return ContactInput(
        full_name=str(fields.get("name") or "") or "(no name)",
        company=str(fields.get("company") or ""),
        title=str(fields.get("title") or ""),
        email=first["email"],
        phone=first["phone"],
        linkedin_url=linkedin,
        tags=list(fields.get("tags") or []),
        how_we_met=str(fields.get("how_we_met") or ""),
        notes=str(fields.get("notes") or ""),
        methods=methods,
        location=str(fields.get("location") or ""),
        birthday=_date(fields.get("birthday")),
        story=str(fields.get("story") or ""),
        expertise=str(fields.get("expertise") or ""),
        stage=str(fields.get("stage") or ""),
        warmth=str(fields.get("warmth") or ""),
        follow_up_on=_date(fields.get("follow_up_on")),
        cadence_days=fields.get("cadence_days"),  # type: ignore[arg-type]
        past_jobs=[Job(c, t, _date(u)) for c, t, u in fields.get("past_jobs") or []],
    )


def _place(contact_id: int, introduced_by: object, refs) -> bool:
    """Record who introduced the contact; False when the introducer is not here yet."""
    current = Referral.get_or_none(Referral.referred == contact_id)
    if introduced_by is None:
        if current is not None:
            current.delete_instance()
        return True
    if introduced_by == ME:
        referrer = None
    else:
        referrer = refs.contact_id(str(introduced_by))
        if referrer is None or referrer == contact_id:
            return referrer == contact_id
        referrals.check_referral(referrer, contact_id)  # a loop: ReferralRefused
    if current is None:
        Referral.create(referred=contact_id, referrer=referrer)
    elif current.referrer_id != referrer:
        current.referrer = referrer
        current.save()
    return True


def _safe_place(contact_id: int, introduced_by: object, refs) -> bool:
    try:
        return _place(contact_id, introduced_by, refs)
    except ReferralRefused:
        return True  # it would make a loop: leave the graph as it is here


def create_local(fields: Fields, refs) -> int:
    record = contacts.add_contact(_input(fields))
    if not _safe_place(record.id, fields.get("introduced_by"), refs):
        refs.later(KIND, record.id, fields.get("introduced_by"))
    return record.id


def update_local(local_id: int, fields: Fields, changed: set[str], refs) -> None:
    if changed - {"introduced_by"}:
        before = contacts.get_contact(local_id)
        contacts.update_contact(local_id, _input(fields, before), record_history=False)
    if "introduced_by" in changed and not _safe_place(local_id, fields.get("introduced_by"), refs):
        refs.later(KIND, local_id, fields.get("introduced_by"))


def place_later(local_id: int, introduced_by: object, refs) -> None:
    """An introducer that arrived later in the same sync."""
    _safe_place(local_id, introduced_by, refs)


def remove_local(local_id: int) -> None:
    """Deleted on the server: archived here, with its meetings and ledger."""
    if Contact.get_or_none(Contact.id == local_id) is not None:
        contacts.archive_contacts([local_id], True)


def blank() -> Fields:
    return vcards.empty()


def twin(server: Fields, candidates: dict[int, int]) -> int | None:
    """The contact among *candidates* (never synced) who is the person of *server*: one
    sharing an email, else the only one with the same name."""
    emails = [str(v).strip().lower() for _label, v in server.get("emails") or []]
    ids = list(candidates)
    for chunk in chunks(ids):
        if emails:
            row = database_proxy.execute_sql(
                f"SELECT contact_id FROM contact_method WHERE kind = 'email' AND "
                f"lower(value) IN ({marks(emails)}) AND contact_id IN ({marks(chunk)}) LIMIT 1",
                [*emails, *chunk],
            ).fetchone()
            if row:
                return row[0]
    name = str(server.get("name") or "").strip().casefold()
    if not name:
        return None
    same = [
        cid
        for chunk in chunks(ids)
        for (cid, full_name) in database_proxy.execute_sql(
            f"SELECT id, full_name FROM contact WHERE id IN ({marks(chunk)})", chunk
        )
        if full_name.strip().casefold() == name
    ]
    return same[0] if len(same) == 1 else None
