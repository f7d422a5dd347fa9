"""Everything as one JSON file, and back: the way to take all of one's data out.

The file holds every table of the database (contacts with all their fields,
emails and phones, past jobs, tags, companies with industry and competitors,
referrals, meetings and attendees, follow-ups, the give-and-ask ledger,
insights and their tags, smart lists), row by row with their ids, under a
format marker and the schema version::

    {"format": "giveback-export", "format_version": 1, "schema_version": 4, ...,
     "tables": {"company": {"columns": ["id", "name", ...], "rows": [[1, "Acme", ...], ...]}}}

The tables are found from the schema, so a table added later is exported
without changes here. The search index is not exported (it is rebuilt), and
``last_contact_at``, which triggers derive from meetings, is put back as it was
exported after the attendees (whose triggers recompute it) are in.

``restore_json`` fills an empty database only, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import peewee

from crm_desktop import __version__
from crm_desktop.errors import GivebackError, InvalidInput
from crm_desktop.services import events
from crm_desktop.services.interchange.files import own_connection, private_file
from crm_desktop.services.interchange.records import ImportCancelled, ImportFileError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, translate
from crm_desktop.store import cipher, indexing
from crm_desktop.store.chunks import chunks
from crm_desktop.store.migrations import SCHEMA_VERSION
from crm_desktop.store.models import BaseModel, database_proxy

FORMAT = "giveback-export"
FORMAT_VERSION = 1
# A full export of 100,000 contacts with years of meeting notes stays well under this.
MAX_JSON_BYTES = 1024 * 1024 * 1024
# Tables that hold no data of their own: the search index and its shadow tables.
_DERIVED_PREFIX = "contact_search"
# Bookkeeping about this one file (when last contact was last caught up), not data:
# app_state rows keyed so stay out of an export.
_DERIVED_STATE = "derived:%"
# The sync state says what this file has in common with a server: it stays with the file.
_SYNC_PREFIX = "sync_"
_CHUNK = 1000
# Dates and times as peewee writes them (and reads them back as dates and times).
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2}(\.\d{1,6})?)?")
Progress = Callable[[int, int], None] | None


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def data_tables() -> list[str]:
    """The tables worth exporting, parents before the tables that point at them."""
    names = sorted(
        r[0]
        for r in database_proxy.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if not r[0].startswith((_DERIVED_PREFIX, _SYNC_PREFIX))
    )
    parents = {
        t: {r[2] for r in database_proxy.execute_sql(f"PRAGMA foreign_key_list({_q(t)})")} - {t}
        for t in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [t for t in names if t not in ordered and parents[t] <= set(ordered)]
        ordered.extend(ready or [t for t in names if t not in ordered])  # a cycle: keep going
    return ordered


def _columns(table: str) -> list[str]:
    return [r[1] for r in database_proxy.execute_sql(f"PRAGMA table_info({_q(table)})")]


def _order(table: str) -> str:
    """Rows in primary-key order, so that two exports of the same data are identical."""
    keys = [r for r in database_proxy.execute_sql(f"PRAGMA table_info({_q(table)})") if r[5]]
    return ", ".join(_q(r[1]) for r in sorted(keys, key=lambda r: r[5])) or "rowid"


def _rows_of(table: str) -> str:
    """FROM and WHERE for the rows of *table* an export carries."""
    if table == "app_state":
        return f"FROM {_q(table)} WHERE key NOT LIKE '{_DERIVED_STATE}'"
    return f"FROM {_q(table)}"


def _counts() -> dict[str, int]:
    return {
        t: database_proxy.execute_sql(f"SELECT COUNT(*) {_rows_of(t)}").fetchone()[0]
        for t in data_tables()
    }


def export_json(path: str | os.PathLike[str], progress: Progress = None) -> int:
    """Write everything to *path*; returns the number of contacts in it.

    Every table is read in one transaction: the database may change meanwhile (the
    window stays usable), and WAL gives this read one snapshot, so the rows of one
    table always match those of the tables they point at.
    """
    with own_connection(), database_proxy.atomic():
        tables = data_tables()
        counts = _counts()
        total = max(sum(counts.values()), 1)
        done = 0
        header = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "schema_version": SCHEMA_VERSION,
            "app_version": __version__,
            "exported_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "counts": counts,
        }
        with private_file(path, "w", encoding="utf-8", newline="\n") as out:
            out.write("{\n")
            for key, value in header.items():
                out.write(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
            out.write('"tables": {')
            for n, table in enumerate(tables):
                columns = _columns(table)
                out.write(f'{"," if n else ""}\n{json.dumps(table)}: {{"columns": ')
                out.write(json.dumps(columns) + ', "rows": [')
                cursor = database_proxy.execute_sql(
                    f"SELECT * {_rows_of(table)} ORDER BY {_order(table)}"
                )
                first = True
                while rows := cursor.fetchmany(_CHUNK):
                    for row in rows:
                        out.write(("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False))
                        first = False
                    done += len(rows)
                    if progress:
                        progress(done, total)
                out.write("\n]}")
            out.write("\n}\n}\n")
        return counts.get("contact", 0)


# Restoring --------------------------------------------------------------------------------
def _fail(path: Path, why: str) -> ImportFileError:
    return ImportFileError(f"{path.name} cannot be restored: {why}. Nothing was changed.")


def read_backup(path: str | os.PathLike[str]) -> dict:
    """Read and check a full export; raises ImportFileError saying what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise _fail(path, f"it is {size / 2**20:,.0f} MB, over the 1,024 MB limit")
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise ImportFileError(
            translate("json_backup", "Giveback could not read {path}: {value}.").format(
                path=path, value=err.strerror or err
            )
        ) from err
    except UnicodeDecodeError:
        raise _fail(path, "it is not UTF-8 text, so not a Giveback export") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise _fail(path, f"it is not valid JSON (line {err.lineno}: {err.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail(path, "it is not a Giveback full export")
    schema = data.get("schema_version")
    version = data.get("format_version")
    if not isinstance(schema, int) or not isinstance(version, int):
        raise _fail(path, "its version is missing")
    if schema > SCHEMA_VERSION or version > FORMAT_VERSION:
        raise _fail(
            path,
            f"it was written by a newer version of Giveback (schema {schema}; this version "
            f"understands up to {SCHEMA_VERSION}). Please update Giveback",
        )
    _check_tables(path, data.get("tables"))
    return data


def _check_tables(path: Path, tables) -> None:
    known = set(data_tables())
    if not isinstance(tables, dict):
        raise _fail(path, "it holds no tables")
    for table, body in tables.items():
        if table not in known:
            raise _fail(path, f"it has a table this Giveback does not know (“{table[:40]}”)")
        columns = body.get("columns") if isinstance(body, dict) else None
        rows = body.get("rows") if isinstance(body, dict) else None
        if not isinstance(columns, list) or not isinstance(rows, list):
            raise _fail(path, f"its {table} table is damaged")
        unknown = [c for c in columns if c not in set(_columns(table))]
        if unknown or len(set(columns)) != len(columns):
            raise _fail(path, f"its {table} table has unknown or repeated columns")
        for number, row in enumerate(rows, 1):
            if not isinstance(row, list) or len(row) != len(columns):
                raise _fail(path, f"row {number} of its {table} table has the wrong length")
            for value in row:
                if value is None or type(value) in (str, float):
                    continue
                if type(value) is not int or not -(2**63) <= value < 2**63:
                    raise _fail(path, f"row {number} of its {table} table holds a strange value")
        _check_times(path, table, columns, rows)


def _time_columns() -> dict[str, dict[str, str]]:
    """{table: {column: "date" or "datetime"}} from the models, for checking a file's values."""
    found: dict[str, dict[str, str]] = {}
    for model in BaseModel.__subclasses__():
        for field in model._meta.sorted_fields:
            if isinstance(field, peewee.DateTimeField | peewee.DateField):
                kind = "date" if isinstance(field, peewee.DateField) else "datetime"
                found.setdefault(model._meta.table_name, {})[field.column_name] = kind
    return found


def _is_time(value, kind: str) -> bool:
    """Whether *value* is a date (datetime) as Giveback stores them: 2024-05-06
    (2024-05-06 10:30:00); anything else would break every screen that shows it."""
    pattern = _DATE if kind == "date" else _DATETIME
    if not isinstance(value, str) or not pattern.fullmatch(value):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:  # 2024-02-30
        return False
    return True


def _check_times(path: Path, table: str, columns: list[str], rows: list[list]) -> None:
    kinds = _time_columns().get(table, {})
    checked = [(at, column, kinds[column]) for at, column in enumerate(columns) if column in kinds]
    for number, row in enumerate(rows, 1):
        for at, column, kind in checked:
            value = row[at]
            if value is not None and not _is_time(value, kind):
                shown = str(value)[:40]
                raise _fail(
                    path,
                    f"row {number} of its {table} table has “{shown}” as {column}, which is not "
                    f"a {kind} (a date is written 2024-05-06, a time 2024-05-06 10:30:00)",
                )


def backup_counts(data: dict) -> dict[str, int]:
    """How many rows of each table a checked export holds (for a preview)."""
    return {table: len(body["rows"]) for table, body in data["tables"].items()}


# What a database holds, in the user's words: (table, one, many). Rows of other
# tables (emails, tags on a contact, attendees) belong to these and are not named.
HOLDINGS = (  # (table, for one, for many)
    (
        "contact",
        QT_TRANSLATE_NOOP("json_backup", "1 contact"),
        QT_TRANSLATE_NOOP("json_backup", "{count} contacts"),
    ),
    (
        "company",
        QT_TRANSLATE_NOOP("json_backup", "1 company"),
        QT_TRANSLATE_NOOP("json_backup", "{count} companies"),
    ),
    (
        "referral",
        QT_TRANSLATE_NOOP("json_backup", "1 referral"),
        QT_TRANSLATE_NOOP("json_backup", "{count} referrals"),
    ),
    (
        "meeting",
        QT_TRANSLATE_NOOP("json_backup", "1 meeting"),
        QT_TRANSLATE_NOOP("json_backup", "{count} meetings"),
    ),
    (
        "follow_up",
        QT_TRANSLATE_NOOP("json_backup", "1 follow-up"),
        QT_TRANSLATE_NOOP("json_backup", "{count} follow-ups"),
    ),
    (
        "ledger_entry",
        QT_TRANSLATE_NOOP("json_backup", "1 give or ask"),
        QT_TRANSLATE_NOOP("json_backup", "{count} gives and asks"),
    ),
    (
        "insight",
        QT_TRANSLATE_NOOP("json_backup", "1 insight"),
        QT_TRANSLATE_NOOP("json_backup", "{count} insights"),
    ),
    (
        "smart_list",
        QT_TRANSLATE_NOOP("json_backup", "1 smart list"),
        QT_TRANSLATE_NOOP("json_backup", "{count} smart lists"),
    ),
    (
        "tag",
        QT_TRANSLATE_NOOP("json_backup", "1 tag"),
        QT_TRANSLATE_NOOP("json_backup", "{count} tags"),
    ),
)


def what_is_there() -> dict[str, int]:
    """Rows per table of everything this database holds (none: it is empty, and a full
    export can be restored into it). Giveback's own settings (app_state) do not count."""
    return {table: n for table, n in _counts().items() if n and table != "app_state"}


def describe(counts: dict[str, int]) -> str:
    """Text like "1 insight and 3 companies" from rows per table (see HOLDINGS)."""
    parts = [
        translate("json_backup", one if counts[t] == 1 else many).format(count=counts[t])
        for t, one, many in HOLDINGS
        if counts.get(t)
    ]
    if not parts:
        parts = [f"{n} {table.replace('_', ' ')} row{'s' if n > 1 else ''}"
                 for table, n in counts.items() if n]  # fmt: skip
    if len(parts) < 2:
        return "".join(parts) or translate("json_backup", "nothing")
    return translate("json_backup", "{items} and {last}").format(
        items=", ".join(parts[:-1]), last=parts[-1]
    )


def restore_refusal() -> str | None:
    """Why a full export cannot be restored into this database, or None when it can.

    Restore fills an empty database only, so that nothing the user has is mixed
    up or overwritten; the import dialog shows this before the user clicks.
    """
    there = what_is_there()
    if not there:
        return None
    return translate(
        "json_backup",
        "A full export can only be restored into an empty database, so that nothing you "
        "have is mixed up or overwritten, and this one already holds {what}. "
        "Start Giveback with a new, empty data folder (giveback --data-dir NEW_FOLDER "
        "import FILE) and restore it there.",
    ).format(what=describe(there))


def restore_json(
    path: str | os.PathLike[str],
    progress: Progress = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Put everything from a full export into this (empty) database, ids included.

    Returns the rows restored per table. Refuses a database that holds anything,
    a file from a newer Giveback and a damaged file, changing nothing.
    """
    with own_connection():
        if refusal := restore_refusal():
            raise InvalidInput(refusal)
        data = read_backup(path)
        tables = data["tables"]
        total = max(sum(len(b["rows"]) for b in tables.values()), 1)
        done = 0
        try:
            with database_proxy.atomic():
                database_proxy.execute_sql("PRAGMA defer_foreign_keys = ON")
                cursor = database_proxy.cursor()
                for table in [t for t in data_tables() if t in tables]:
                    columns, rows = tables[table]["columns"], tables[table]["rows"]
                    verb = "INSERT OR REPLACE" if table == "app_state" else "INSERT"
                    sql = (
                        f"{verb} INTO {_q(table)} ({', '.join(_q(c) for c in columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})"
                    )
                    for chunk in chunks(rows, _CHUNK):
                        if cancelled is not None and cancelled():
                            raise ImportCancelled(
                                translate("json_backup", "Restore cancelled; nothing was changed.")
                            )
                        cursor.executemany(sql, chunk)
                        done += len(chunk)
                        if progress:
                            progress(done, total)
                _put_back_last_contact(tables.get("contact"))
                _check_links(Path(path))
                indexing.reindex_all()
        except GivebackError:
            raise
        except (peewee.DatabaseError, *cipher.ERRORS) as err:
            raise _fail(Path(path), f"its rows do not fit together ({err})") from err
    events.emit("contacts", "referrals", "meetings", "ledger", "insights", "followups",
                "smart_lists")  # fmt: skip
    return backup_counts(data)


def _put_back_last_contact(body: dict | None) -> None:
    """Triggers recomputed last contact when attendees went in; keep the exported value."""
    if not body or "last_contact_at" not in body["columns"] or "id" not in body["columns"]:
        return
    at, key = body["columns"].index("last_contact_at"), body["columns"].index("id")
    database_proxy.cursor().executemany(
        "UPDATE contact SET last_contact_at = ? WHERE id = ?",
        [(row[at], row[key]) for row in body["rows"]],
    )


def _check_links(path: Path) -> None:
    broken = database_proxy.execute_sql("PRAGMA foreign_key_check").fetchone()
    if broken:
        table, rowid, parent, _fk = broken
        raise _fail(path, f"a {table} row (id {rowid}) points at a {parent} that is not in it")
