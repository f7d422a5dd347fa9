"""Copies of contacts and every row that points at them, to undo and redo edits.

A snapshot holds, for a set of contact ids, their ``contact`` rows and the rows
of every table with a foreign key to ``contact`` (tags, emails, past jobs,
referrals, meeting attendances, and tables added later) that refer to them.
Restoring a snapshot puts those contacts back exactly as they were: contacts
missing from it are deleted, the others rewritten, their dependent rows
replaced. Tables are found through ``PRAGMA foreign_key_list``, so a new table
that points at contacts is covered without changes here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.store import indexing
from crm_desktop.store.chunks import chunks, marks
from crm_desktop.store.models import database_proxy


@dataclass
class Snapshot:
    contact_ids: frozenset[int]
    contacts: list[dict] = field(default_factory=list)
    # table -> (primary key column, columns, rows)
    dependents: dict[str, tuple[str, list[str], list[tuple]]] = field(default_factory=dict)

    def keys(self) -> dict[str, set]:
        return {
            table: {row[cols.index(pk)] for row in rows}
            for table, (pk, cols, rows) in self.dependents.items()
        }


def _execute(sql: str, params=()):
    return database_proxy.execute_sql(sql, params)


def _dependent_tables() -> list[tuple[str, list[str], str]]:
    """(table, [columns pointing at contact], primary key column) for each table."""
    tables = [
        r[0]
        for r in _execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'contact_search%'"
        )
    ]
    found = []
    for table in tables:
        if table == "contact":
            continue
        cols = [r[3] for r in _execute(f'PRAGMA foreign_key_list("{table}")') if r[2] == "contact"]
        if not cols:
            continue
        info = list(_execute(f'PRAGMA table_info("{table}")'))
        pk = next((r[1] for r in info if r[5] == 1), "rowid")
        found.append((table, cols, pk))
    return found


def _chunks(ids):
    return chunks(sorted(ids))


def _rows_where(table: str, pk: str, column: str, ids, rows: dict) -> list[str]:
    """Add to *rows* (key -> row) the rows of *table* whose *column* is one of *ids*;
    returns the table's columns (empty when there were no ids to ask about)."""
    columns: list[str] = []
    for chunk in _chunks(ids):
        cursor = _execute(
            f'SELECT "{pk}" AS __key, * FROM "{table}" WHERE "{column}" IN ({marks(chunk)})',
            chunk,
        )
        columns = [d[0] for d in cursor.description][1:]
        for row in cursor.fetchall():
            rows[row[0]] = row[1:]
    return columns


def capture(contact_ids, also: dict[str, set] | None = None) -> Snapshot:
    """Copy *contact_ids* and what refers to them; *also* adds dependent rows by key
    (rows that referred to them in an earlier snapshot)."""
    ids = frozenset(int(i) for i in contact_ids)
    snap = Snapshot(ids)
    cursor = None
    for chunk in _chunks(ids):
        cursor = _execute(f'SELECT * FROM "contact" WHERE id IN ({marks(chunk)})', chunk)
        names = [d[0] for d in cursor.description]
        snap.contacts.extend(dict(zip(names, row, strict=True)) for row in cursor.fetchall())
    for table, cols, pk in _dependent_tables():
        rows: dict = {}
        columns: list[str] = []
        wanted = sorted((also or {}).get(table, set()))
        for col in cols:
            columns = _rows_where(table, pk, col, ids, rows) or columns
        columns = _rows_where(table, pk, pk, wanted, rows) or columns
        if rows:
            snap.dependents[table] = (pk, columns, list(rows.values()))
    return snap


def restore(snap: Snapshot) -> None:
    """Make the database hold exactly what *snap* holds for its contacts."""
    present = {c["id"] for c in snap.contacts}
    with database_proxy.atomic():
        gone = sorted(snap.contact_ids - present)
        for chunk in _chunks(gone):
            _execute(f'DELETE FROM "contact" WHERE id IN ({marks(chunk)})', chunk)
        for table, cols, _pk in _dependent_tables():
            for col in cols:
                for chunk in _chunks(present):
                    _execute(f'DELETE FROM "{table}" WHERE "{col}" IN ({marks(chunk)})', chunk)
        for row in snap.contacts:
            names = list(row)
            exists = _execute("SELECT 1 FROM contact WHERE id = ?", (row["id"],)).fetchone()
            if exists:
                sets = ", ".join(f'"{n}" = ?' for n in names if n != "id")
                _execute(
                    f'UPDATE "contact" SET {sets} WHERE id = ?',
                    [row[n] for n in names if n != "id"] + [row["id"]],
                )
            else:
                cols = ", ".join(f'"{n}"' for n in names)
                _execute(
                    f'INSERT INTO "contact" ({cols}) VALUES ({marks(names)})',
                    [row[n] for n in names],
                )
        for table, (_pk, columns, rows) in snap.dependents.items():
            if not rows:
                continue
            cols = ", ".join(f'"{c}"' for c in columns)
            cur = database_proxy.cursor()
            cur.executemany(
                f'INSERT OR REPLACE INTO "{table}" ({cols}) VALUES ({marks(columns)})', rows
            )
        # Triggers keep last contact current; restore the snapshot's own values last.
        for row in snap.contacts:
            _execute(
                "UPDATE contact SET last_contact_at = ? WHERE id = ?",
                (row.get("last_contact_at"), row["id"]),
            )
        indexing.unindex_contacts(gone)
        indexing.reindex_contacts(present)
