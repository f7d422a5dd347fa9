"""How the commands print: JSON for scripts, or one line a record; counts in words."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any, TypeVar

from crm_desktop.services.text import noun_for

Record = TypeVar("Record")


def print_json(value: Any) -> None:
    """*value* as indented JSON, non-ASCII kept; dates and paths as their text."""
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def print_record(record: Any, as_json: bool, text: str) -> None:
    """*record* (a dataclass) as JSON of its fields, or *text*."""
    if as_json:
        print_json(asdict(record))
    else:
        print(text)


def print_records(
    records: Sequence[Record],
    as_json: bool,
    line: Callable[[Record], str],
    fields: Callable[[Record], dict[str, Any]] = asdict,
    empty: str = "",
) -> None:
    """*records* as a JSON list of their *fields*, or as one *line* each; none at all as
    the sentence *empty* ("No meetings."), on stderr so that a pipe reading the lines
    gets none."""
    if as_json:
        print_json([fields(r) for r in records])
        return
    if not records and empty:
        print(empty, file=sys.stderr)
    for record in records:
        print(line(record))


def tabbed(*columns: str) -> str:
    """A row of a table: its columns separated by tabs, for cut, awk and spreadsheets."""
    return "\t".join(columns)


def counted(count: int, one: str, many: str | None = None) -> str:
    """``plural`` with the thousands grouped, as the command line writes counts:
    "1 row", "1,204 people"."""
    return f"{count:,} {noun_for(count, one, many)}"
