"""Opening SQLite files, plain or encrypted with SQLCipher, and copying them between the two.

A plain file starts with SQLite's 16-byte header; an encrypted one with random bytes, so
the first bytes tell which it is. Giveback holds at most one key at a time (``use_key``),
a raw 256-bit key: SQLCipher's own passphrase stretching is skipped, the services stretch
passphrases with Argon2id before they reach this module. Every connection the store or the
services open on a file goes through ``open_file`` so that it is keyed when it must be;
the failures of both drivers are ``ERRORS``.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError, sqlcipher.IntegrityError)
# SQLCipher writes a line to stderr for every page that fails its check (a wrong key):
# the caller reports that in plain words, so the library stays quiet.
_quiet = sqlcipher.connect(":memory:")
_quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()

_key: bytes | None = None


def use_key(key: bytes | None) -> None:
    """The key of the database Giveback has open (None: plain files)."""
    global _key
    if key is not None and len(key) != KEY_BYTES:
        raise ValueError("a database key is 32 bytes")
    _key = key


def current_key() -> bytes | None:
    return _key


# The database files this process has open through SQLite, and whether each is encrypted.
# Their header is never read with open()/close() while they are open: closing any file
# descriptor of a file drops every POSIX lock this process holds on it, SQLite's too, and
# then another process (the command line, while the window is open) closing its own
# connection believes it was the last one, checkpoints and deletes the WAL and its index
# under the window's feet: "database disk image is malformed" at the window's next write.
_open_here: dict[str, bool] = {}


def _key_of(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(path)


def opened(path: str | os.PathLike[str], encrypted: bool) -> None:
    """Note that this process now has *path* open through SQLite (see ``_open_here``)."""
    _open_here[_key_of(path)] = encrypted


def closed(path: str | os.PathLike[str]) -> None:
    _open_here.pop(_key_of(path), None)


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True when *path* holds something other than a plain SQLite file (a new, empty or
    missing file is plain). A file this process has open is answered from memory."""
    known = _open_here.get(_key_of(path))
    if known is not None:
        return known
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return False
    return len(head) > 0 and head != PLAIN_HEADER


def _pragma_key(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def open_file(
    path: str | os.PathLike[str],
    *,
    key: bytes | None = None,
    mode: str = "rw",
    timeout: float = 5,
    encrypted: bool | None = None,
):
    """A DB-API connection on *path*: ``mode`` is SQLite's URI mode (ro, rw, rwc).

    An encrypted file (or a new one when *encrypted* is true) is opened with SQLCipher and
    *key* (the current key when not given); a plain one, or any file when there is no key,
    with Python's own sqlite3. A wrong key, like no key, shows at the first read as "file
    is not a database".
    """
    path = Path(path)
    key = key if key is not None else _key
    if encrypted is None:
        encrypted = is_encrypted(path)
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    if not encrypted or key is None:
        # Without a key, something that is not plain SQLite reads as "not a database".
        return sqlite3.connect(uri, uri=True, timeout=timeout)
    con = sqlcipher.connect(uri, uri=True, timeout=timeout)
    con.execute(_pragma_key(key))
    return con


def opens_with(path: str | os.PathLike[str], key: bytes | None) -> bool:
    """True when *key* opens the database at *path* (None: a plain one) and its schema
    reads; an empty or missing file opens with nothing."""
    if is_encrypted(path) != (key is not None) or not Path(path).is_file():
        return False
    if Path(path).stat().st_size == 0:
        return False
    try:
        con = open_file(path, key=key, mode="ro")
    except ERRORS:
        return False
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except ERRORS:
        return False
    finally:
        con.close()


def copy_file(source: Path, target: Path, *, key_in: bytes | None, key_out: bytes | None) -> None:
    """Write one consistent copy of *source* (opened with *key_in*) into the new file
    *target*, encrypted with *key_out* or plain, in rollback-journal mode (one file is the
    whole copy), with the schema version. Plain to plain uses SQLite's backup API; any
    other pair SQLCipher's export, in one read transaction."""
    if key_in is None and key_out is None and not is_encrypted(source):
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
                dst.commit()
            finally:
                dst.close()
        finally:
            src.close()
        return
    src = sqlcipher.connect(
        f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10, isolation_level=None
    )
    try:
        if is_encrypted(source):
            if key_in is None:
                raise sqlcipher.DatabaseError("file is not a database (it is encrypted; no key)")
            src.execute(_pragma_key(key_in))
        version = src.execute("PRAGMA user_version").fetchone()[0]
        out_key = f"x'{key_out.hex()}'" if key_out is not None else ""
        src.execute("ATTACH DATABASE ? AS giveback_copy KEY ?", (str(target), out_key))
        try:
            src.execute("BEGIN")
            src.execute("SELECT sqlcipher_export('giveback_copy')")
            src.execute(f"PRAGMA giveback_copy.user_version = {int(version)}")
            src.execute("COMMIT")
        finally:
            if src.in_transaction:
                src.execute("ROLLBACK")
            src.execute("DETACH DATABASE giveback_copy")
    finally:
        src.close()


class CipherDatabase(SqlCipherDatabase):
    """Peewee's SQLCipher database, keyed with a raw key rather than a passphrase."""

    def __init__(self, database: str, key: bytes, **kwargs) -> None:
        self._raw_key = key
        super().__init__(database, **kwargs)

    def _connect(self):
        conn = sqlcipher.connect(self.database, isolation_level=None, **self.connect_params)
        try:
            conn.execute(_pragma_key(self._raw_key))
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn
