"""A contact as a vCard on the user's CardDAV server, and back.

``parse`` reads a server card into a contact's *fields*: a plain dict whose equal
values mean equal contacts (lists sorted, dates as ISO text), so the sync engine can
merge field by field. It reads the card with the vCard importer
(``interchange.vcard``: every phone's quirks handled there), plus the properties only
Giveback writes: ``X-GIVEBACK-STAGE``, ``-WARMTH``, ``-CADENCE``, ``-FOLLOW-UP``,
``-STORY``, ``-EXPERTISE``, ``-PAST-JOBS`` (JSON), ``-INTRODUCED-BY`` (the introducer's
UID, or ``me``), beside the importer's ``X-GIVEBACK-HOW-WE-MET``.

``render`` writes the other way without rewriting the card: the properties behind the
fields that changed are replaced, every other line (PHOTO, ``itemN.X-ABLabel`` groups,
other apps' ``X-`` properties, UID, PRODID, REV) comes back exactly as the server sent
it. An email, phone or link whose value did not change keeps its line too, labels and
all. New cards are vCard 3.0, which every phone reads.

Not synced: photos are kept on the server but not shown here; the ledger, insights,
meetings' notes about a person and smart lists stay on this computer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

import vobject
from vobject.base import VObjectError, parseLine

from crm_desktop.services.contacts.types import Method
from crm_desktop.services.interchange import vcard as vcard_files
from crm_desktop.services.text import translate

KIND = "contact"
Fields = dict[str, object]

# Field -> the properties that carry it (upper case, without group).
PROPERTIES: dict[str, tuple[str, ...]] = {
    "name": ("FN", "N"),
    "company": ("ORG",),
    "title": ("TITLE",),
    "emails": ("EMAIL",),
    "phones": ("TEL",),
    "links": ("URL", "X-SOCIALPROFILE"),
    "location": ("ADR",),
    "birthday": ("BDAY",),
    "tags": ("CATEGORIES",),
    "notes": ("NOTE",),
    "how_we_met": ("X-GIVEBACK-HOW-WE-MET",),
    "stage": ("X-GIVEBACK-STAGE",),
    "warmth": ("X-GIVEBACK-WARMTH",),
    "cadence_days": ("X-GIVEBACK-CADENCE",),
    "follow_up_on": ("X-GIVEBACK-FOLLOW-UP",),
    "story": ("X-GIVEBACK-STORY",),
    "expertise": ("X-GIVEBACK-EXPERTISE",),
    "past_jobs": ("X-GIVEBACK-PAST-JOBS",),
    "introduced_by": ("X-GIVEBACK-INTRODUCED-BY",),
}
FIELDS = tuple(PROPERTIES)
LABELS = {
    "name": "Name",
    "company": "Company",
    "title": "Title",
    "emails": "Emails",
    "phones": "Phones",
    "links": "Links",
    "location": "Location",
    "birthday": "Birthday",
    "tags": "Tags",
    "notes": "Notes",
    "how_we_met": "How we met",
    "stage": "Stage",
    "warmth": "Warmth",
    "cadence_days": "Keep in touch every (days)",
    "follow_up_on": "Follow up on",
    "story": "Their story",
    "expertise": "Expertise",
    "past_jobs": "Past jobs",
    "introduced_by": "Introduced by",
}
_METHOD_FIELD = {"email": "emails", "phone": "phones", "link": "links"}
_X_TEXT = {
    "X-GIVEBACK-STAGE": "stage",
    "X-GIVEBACK-WARMTH": "warmth",
    "X-GIVEBACK-STORY": "story",
    "X-GIVEBACK-EXPERTISE": "expertise",
    "X-GIVEBACK-INTRODUCED-BY": "introduced_by",
}
ME = "me"  # X-GIVEBACK-INTRODUCED-BY of someone the user met directly
_NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)")
_UNESCAPE = re.compile(r"\\(.)")


def describe(field: str) -> str:
    """The field's label for the Conflicts page."""
    return translate("sync", LABELS.get(field, field))


def empty() -> Fields:
    """A contact with nothing known but its name."""
    return {
        "name": "",
        "company": "",
        "title": "",
        "emails": [],
        "phones": [],
        "links": [],
        "location": "",
        "birthday": None,
        "tags": [],
        "notes": "",
        "how_we_met": "",
        "stage": "",
        "warmth": "",
        "cadence_days": None,
        "follow_up_on": None,
        "story": "",
        "expertise": "",
        "past_jobs": [],
        "introduced_by": None,
    }


def methods_fields(methods: Iterable[Method]) -> dict[str, list[list[str]]]:
    """Emails, phones and links as sorted [label, value] pairs."""
    out: dict[str, list[list[str]]] = {"emails": [], "phones": [], "links": []}
    for m in methods:
        if m.value.strip():
            out[_METHOD_FIELD.get(m.kind, "links")].append([m.label, m.value.strip()])
    for pairs in out.values():
        pairs.sort(key=lambda p: (p[1].casefold(), p[0]))
    return out


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# Reading ---------------------------------------------------------------------
@dataclass
class _Property:
    """One property of the card: its name, group and the physical lines it spans."""

    name: str
    group: str
    lines: list[str]

    @property
    def logical(self) -> str:
        return self.lines[0] + "".join(line[1:] for line in self.lines[1:])


def _split(text: str) -> tuple[list[str], list[_Property], list[str]]:
    """The lines before the first card's properties, its properties, and the rest."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    head: list[str] = []
    props: list[_Property] = []
    tail: list[str] = []
    state = "head"
    for line in lines:
        if state == "head":
            head.append(line)
            if line.strip().upper() == "BEGIN:VCARD":
                state = "body"
        elif state == "body":
            if line.strip().upper() == "END:VCARD":
                state = "tail"
                tail.append(line)
            elif line[:1] in (" ", "\t") and props:
                props[-1].lines.append(line)
            elif line.strip():
                match = _NAME.match(line)
                group, name = (match.group(1) or "", match.group(2)) if match else ("", "")
                props.append(_Property(name.upper(), group.casefold(), [line]))
        else:
            tail.append(line)
    return head, props, tail


def _unescape(value: str) -> str:
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _x_value(prop: _Property) -> str:
    try:
        _name, _params, value, _group = parseLine(prop.logical)
    except VObjectError:
        return ""
    return _unescape(value).strip()


def _int(text: str) -> int | None:
    try:
        number = int(text)
    except ValueError:
        return None
    return number if number > 0 else None


def _date(text: str) -> str | None:
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return None


def _jobs(text: str) -> list[list[object]]:
    try:
        data = json.loads(text)
    except ValueError:
        return []
    jobs = []
    for job in data if isinstance(data, list) else []:
        if isinstance(job, list) and len(job) == 3:
            company, title, until = job
            if isinstance(company, str) and isinstance(title, str):
                jobs.append([company, title, _date(until) if isinstance(until, str) else None])
    return jobs


def parse(text: str) -> tuple[str, Fields] | None:
    """(UID, fields) of a server card, or None when it is no person (a group card,
    no card at all, no UID)."""
    _head, props, _tail = _split(text)
    uid = next((_x_value(p) for p in props if p.name == "UID"), "")
    if not uid:
        return None
    parsed = vcard_files.read_vcards(text)
    if not parsed.contacts:
        return None
    person = parsed.contacts[0]
    fields = empty()
    fields.update(
        name=person.full_name,
        company=person.company,
        title=person.title,
        location=person.location,
        birthday=_iso(person.birthday),
        tags=sorted({t.strip() for t in person.tags if t.strip()}, key=str.casefold),
        notes=person.notes,
        how_we_met=person.how_we_met,
    )
    fields.update(methods_fields(person.methods))
    for prop in props:
        if prop.name in _X_TEXT:
            fields[_X_TEXT[prop.name]] = _x_value(prop)
        elif prop.name == "X-GIVEBACK-CADENCE":
            fields["cadence_days"] = _int(_x_value(prop))
        elif prop.name == "X-GIVEBACK-FOLLOW-UP":
            fields["follow_up_on"] = _date(_x_value(prop))
        elif prop.name == "X-GIVEBACK-PAST-JOBS":
            fields["past_jobs"] = _jobs(_x_value(prop))
    if fields["introduced_by"] == "":
        fields["introduced_by"] = None
    return uid, fields


# Writing ---------------------------------------------------------------------
_TYPES = {"work": "WORK", "home": "HOME", "mobile": "CELL", "cell": "CELL", "fax": "FAX"}


def _add_method(card, kind: str, label: str, value: str, group: int) -> int:
    """Add one email/phone/link; a label that is no standard type goes to a grouped
    X-ABLabel as Apple writes it. Returns the groups used so far."""
    name = {"emails": "email", "phones": "tel"}.get(kind, "url")
    standard = _TYPES.get(label.casefold()) if label else None
    custom = bool(label) and standard is None
    group_name = None
    if custom:
        group += 1
        group_name = f"item{group}"
    line = card.add(name, group=group_name)
    line.value = value
    types = (["INTERNET"] if name == "email" else []) + ([standard] if standard else [])
    if types:
        line.params["TYPE"] = types
    if custom:
        card.add("x-ablabel", group=group_name).value = label
    return group


def _name_parts(full_name: str) -> vobject.vcard.Name:
    words = full_name.split()
    if len(words) < 2:
        return vobject.vcard.Name(given=full_name)
    return vobject.vcard.Name(family=words[-1], given=" ".join(words[:-1]))


def _lines_for(fields: Fields, wanted: Iterable[str], groups_used: int) -> list[str]:
    """The vCard lines for the *wanted* fields, serialised (escaped, folded) by vobject."""
    card = vobject.vCard()
    for field in wanted:
        value = fields.get(field)
        if field == "name":
            card.add("fn").value = str(value or "")
            card.add("n").value = _name_parts(str(value or ""))
        elif field == "company" and value:
            card.add("org").value = [str(value)]
        elif field == "title" and value:
            card.add("title").value = str(value)
        elif field in ("emails", "phones", "links"):
            for label, text in value or []:
                groups_used = _add_method(card, field, label, text, groups_used)
        elif field == "location" and value:
            card.add("adr").value = vobject.vcard.Address(city=str(value))
        elif field == "birthday" and value:
            card.add("bday").value = str(value)
        elif field == "tags" and value:
            card.add("categories").value = [str(t) for t in value]
        elif field == "notes" and value:
            card.add("note").value = str(value)
        elif field == "past_jobs" and value:
            card.add("x-giveback-past-jobs").value = json.dumps(value, ensure_ascii=False)
        elif field == "introduced_by" and value is not None:
            card.add("x-giveback-introduced-by").value = str(value)
        elif field in PROPERTIES and value not in (None, "", []):
            card.add(PROPERTIES[field][0].lower()).value = str(value)
    text = card.serialize(validate=False)
    _head, props, _tail = _split(text)
    return [line for p in props if p.name != "VERSION" for line in p.lines]


def _highest_group(props: list[_Property]) -> int:
    numbers = [int(p.group[4:]) for p in props if re.fullmatch(r"item\d+", p.group)]
    return max(numbers, default=0)


def _method_key(prop: _Property) -> str:
    try:
        _name, _params, value, _group = parseLine(prop.logical)
    except VObjectError:
        return ""
    value = _unescape(value).strip()
    if value.casefold().startswith(("mailto:", "tel:")):
        value = value.split(":", 1)[1]
    return value.casefold()


def render(base_text: str | None, uid: str, fields: Fields, changed: Iterable[str]) -> str:
    """The card to store on the server: *base_text* with only the *changed* fields'
    properties rewritten, or a whole new card when there is no base."""
    changed = [f for f in FIELDS if f in set(changed)]
    if base_text is None:
        lines = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Giveback//Giveback//EN"]
        lines.append(f"UID:{uid}")
        lines += _lines_for(fields, FIELDS, 0)
        lines.append("END:VCARD")
        return "\r\n".join(lines) + "\r\n"
    head, props, tail = _split(base_text)
    kept: list[_Property] = []
    keep_values: dict[str, set[str]] = {}
    for field in ("emails", "phones", "links"):
        if field in changed:
            keep_values[field] = {str(v).casefold() for _label, v in fields.get(field) or []}
    dropped_groups: set[str] = set()
    kept_methods: dict[str, set[str]] = {f: set() for f in keep_values}
    for prop in props:
        field = next((f for f in changed if prop.name in PROPERTIES[f]), None)
        if field is None:
            kept.append(prop)
            continue
        if field in keep_values:
            key = _method_key(prop)
            if key in keep_values[field] and key not in kept_methods[field]:
                kept_methods[field].add(key)
                kept.append(prop)
                continue
        if prop.group:
            dropped_groups.add(prop.group)
    # A group's label goes with the last property of the group.
    still_grouped = {p.group for p in kept if p.group and p.name != "X-ABLABEL"}
    kept = [
        p for p in kept if not (p.name == "X-ABLABEL" and p.group in dropped_groups - still_grouped)
    ]
    new_fields = dict(fields)
    for field, values in kept_methods.items():
        new_fields[field] = [
            pair for pair in fields.get(field) or [] if str(pair[1]).casefold() not in values
        ]
    new_lines = _lines_for(new_fields, changed, _highest_group(props))
    body = [line for p in kept for line in p.lines]
    return "\r\n".join(head + body + new_lines + tail).rstrip("\r\n") + "\r\n"
