"""Checking and tidying what the user typed before a contact is saved."""

from __future__ import annotations

from dataclasses import replace

from crm_desktop.errors import InvalidInput
from crm_desktop.services.contacts.types import (
    DEFAULT_LABELS,
    METHOD_KINDS,
    STAGES,
    WARMTH,
    ContactInput,
    Job,
    Method,
)
from crm_desktop.services.text import clean_tags, has_visible, one_line, translate


def _check_email(value: str) -> None:
    if "@" not in value or " " in value:
        raise InvalidInput(
            translate("contacts", "“{value}” does not look like an email address.").format(
                value=value
            )
        )


def _primary_first(methods: list[Method], kind: str, wanted: str) -> list[Method]:
    """Make *wanted* the first method of *kind* (the single-field API edits it)."""
    if not wanted:
        return methods
    same = [m for m in methods if m.kind == kind]
    if same and same[0].value == wanted:
        return methods
    match = next((m for m in same if m.value == wanted), None)
    if match is not None:
        rest = [m for m in methods if m is not match]
        return [match, *rest]
    if same:  # the first one was edited
        first = same[0]
        return [replace(first, value=wanted) if m is first else m for m in methods]
    return [Method(kind, wanted, DEFAULT_LABELS[kind]), *methods]


def _methods_of(data: ContactInput) -> list[Method]:
    if data.methods is None:
        methods = [
            Method(kind, value, DEFAULT_LABELS[kind])
            for kind, value in (
                ("email", data.email),
                ("phone", data.phone),
                ("link", data.linkedin_url),
            )
            if one_line(value)
        ]
    else:
        methods = list(data.methods)
    cleaned = []
    seen = set()
    for m in methods:
        kind = m.kind if m.kind in METHOD_KINDS else "link"
        value = one_line(m.value)
        if not value or (kind, value.casefold()) in seen:
            continue
        seen.add((kind, value.casefold()))
        cleaned.append(Method(kind, value, one_line(m.label)))
    if data.methods is not None:
        cleaned = _primary_first(cleaned, "email", one_line(data.email))
        cleaned = _primary_first(cleaned, "phone", one_line(data.phone))
        if one_line(data.linkedin_url):
            links = [m for m in cleaned if m.kind == "link"]
            if not any(m.value == one_line(data.linkedin_url) for m in links):
                cleaned.append(Method("link", one_line(data.linkedin_url), "LinkedIn"))
    for m in cleaned:
        if m.kind == "email":
            _check_email(m.value)
    return cleaned


def _linkedin_of(methods: list[Method]) -> str:
    links = [m for m in methods if m.kind == "link"]
    for m in links:
        if "linkedin" in m.label.casefold() or "linkedin.com" in m.value.casefold():
            return m.value
    return ""


def _first(methods: list[Method], kind: str) -> str:
    return next((m.value for m in methods if m.kind == kind), "")


def check_stage_and_warmth(stage: str | None, warmth: str | None) -> None:
    """Raise InvalidInput unless each is empty or one of STAGES / WARMTH."""
    if stage and stage not in STAGES:
        raise InvalidInput(
            translate("contacts", "“{stage}” is not a pipeline stage.").format(stage=stage)
        )
    if warmth and warmth not in WARMTH:
        raise InvalidInput(
            translate("contacts", "“{warmth}” is not a warmth (cold, warm or close).").format(
                warmth=warmth
            )
        )


def normalised(data: ContactInput) -> ContactInput:
    """*data* tidied (spaces, tags, methods in order) and checked, ready to save."""
    if not one_line(data.full_name):
        raise InvalidInput(translate("contacts", "A contact needs a name."))
    methods = _methods_of(data)
    cleaned = ContactInput(
        full_name=one_line(data.full_name),
        company=one_line(data.company),
        title=one_line(data.title),
        email=_first(methods, "email"),
        phone=_first(methods, "phone"),
        linkedin_url=_linkedin_of(methods),
        tags=clean_tags(data.tags),
        how_we_met=(data.how_we_met or "").strip(),
        notes=(data.notes or "").rstrip(),
        methods=methods,
        location=one_line(data.location),
        birthday=data.birthday,
        story=(data.story or "").strip(),
        expertise=(data.expertise or "").strip(),
        stage=data.stage or "",
        warmth=data.warmth or "",
        follow_up_on=data.follow_up_on,
        cadence_days=data.cadence_days or None,
        past_jobs=None
        if data.past_jobs is None
        else [
            Job(one_line(j.company), one_line(j.title), j.until)
            for j in data.past_jobs
            if one_line(j.company) or one_line(j.title)
        ],
    )
    if not has_visible(cleaned.full_name):
        raise InvalidInput(translate("contacts", "A contact needs a name."))
    check_stage_and_warmth(cleaned.stage, cleaned.warmth)
    if cleaned.cadence_days is not None and cleaned.cadence_days < 0:
        raise InvalidInput(
            translate("contacts", "Keep in touch every N days needs a positive number.")
        )
    return cleaned
