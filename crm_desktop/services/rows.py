"""From database rows to what the services hand out: one row by id (or NotFound
in the user's words), and a query's dict rows turned into record dataclasses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

from crm_desktop.errors import NotFound
from crm_desktop.services.text import QT_TRANSLATE_NOOP, translate
from crm_desktop.store.models import BaseModel

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R")


# What ``one`` and ``record_by_id`` are asked for, in the window's language.
NOUNS = (
    QT_TRANSLATE_NOOP("rows", "contact"),
    QT_TRANSLATE_NOOP("rows", "follow-up"),
    QT_TRANSLATE_NOOP("rows", "insight"),
    QT_TRANSLATE_NOOP("rows", "ledger entry"),
    QT_TRANSLATE_NOOP("rows", "meeting"),
)


def _noun(what: str) -> str:
    return translate("rows", what)


def one(model: type[M], row_id: Any, what: str) -> M:
    """The *model* row with this id; NotFound "No *what* with id N." when there is none."""
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(
            translate("rows", "No {what} with id {id}.").format(what=_noun(what), id=row_id)
        )
    return row


def record_by_id(
    records: Callable[[Any], list[R]], model: type[BaseModel], row_id: Any, what: str
) -> R:
    """The record *records* makes of the *model* row with this id; NotFound
    "No *what* with id N." when there is none."""
    found = records(model.select().where(model.id == row_id))
    if not found:
        raise NotFound(
            translate("rows", "No {what} with id {id}.").format(what=_noun(what), id=row_id)
        )
    return found[0]


def to_record(cls: type[R], row: dict[str, Any], **values: Any) -> R:
    """A *cls* record from a ``.dicts()`` row: each field takes the column of its name
    (``contact_id`` the foreign key column ``contact``); *values* set the others."""
    taken = dict(values)
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name in taken:
            continue
        if f.name in row:
            taken[f.name] = row[f.name]
        elif f.name.endswith("_id") and f.name[:-3] in row:
            taken[f.name] = row[f.name[:-3]]
    return cls(**taken)
