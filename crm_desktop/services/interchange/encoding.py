"""A file's bytes to text, or a clear reason why not.

Contacts exporters write UTF-8 (with or without a byte-order mark), UTF-16
(older Google CSV exports, some Windows tools; usually with a BOM, sometimes
without) and, for old vCard 2.1 files from Outlook, Windows-1252 with the
character set declared on each property (``FN;CHARSET=Windows-1252:Jürgen``).
Excel's "CSV (Comma delimited)" and Outlook's CSV are Windows-1252 with no
word about it: a CSV that is not UTF-8 is read so, and the user is told.
Anything else gets an ``ImportFileError`` that tells the user what to do,
instead of a page of mojibake.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from crm_desktop.services.interchange.records import MAX_IMPORT_BYTES, ImportFileError
from crm_desktop.services.text import translate

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A vCard that is not UTF-8 but says which single-byte character set its
# properties use (Outlook's vCard 2.1 export) is read in that character set.
_DECLARED_CHARSET = re.compile(rb"^(?:[\w-]+\.)?[\w-]+;[^:\n]*?CHARSET=([\w-]+)", re.I | re.M)
_BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")
WINDOWS_1252_NOTICE = (
    "Read as Windows-1252 (Western) text, as the file is not UTF-8: check that accented "
    "letters look right"
)


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, refused when it is missing, unreadable or too big to import."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if not file.is_file():
            raise ImportFileError(
                translate("encoding", "“{name}” is a folder, not a file.").format(name=file.name)
            )
        if size > MAX_IMPORT_BYTES:
            raise ImportFileError(
                translate(
                    "encoding",
                    "“{name}” is {size}; Giveback imports files up to {limit}. "
                    "Split it into smaller files and import each.",
                ).format(
                    name=file.name,
                    size=_size_text(size),
                    limit=_size_text(MAX_IMPORT_BYTES),
                )
            )
        return file.read_bytes()
    except OSError as err:
        reason = err.strerror or str(err)
        raise ImportFileError(
            translate("encoding", "“{name}” could not be opened: {reason}.").format(
                name=file.name, reason=reason
            )
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows as a NUL byte beside every ASCII letter."""
    if len(data) < 2 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    for nuls, codec in ((odd_nuls, "utf-16-le"), (even_nuls, "utf-16-be")):
        if nuls > half * 0.3:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _declared_vcard_charset(data: bytes) -> str | None:
    """The one legacy character set a vCard's properties declare, if Python knows it."""
    if not data.lstrip()[:11].upper().startswith(b"BEGIN:VCARD"):
        return None
    names = {m.group(1).decode("ascii").lower() for m in _DECLARED_CHARSET.finditer(data)}
    names.discard("utf-8")
    if len(names) != 1:
        return None
    try:
        return codecs.lookup(names.pop()).name
    except LookupError:
        return None


def decode(data: bytes, name: str) -> str:
    """*data* as text with ``\\n`` line ends; *name* is the file name for messages."""
    return decode_noting(data, name)[0]


def decode_noting(data: bytes, name: str) -> tuple[str, list[str]]:
    """*data* as text (see ``decode``), and what the user should know about how it was read."""
    notices: list[str] = []
    if not data.strip():
        raise ImportFileError(translate("encoding", "“{name}” is empty.").format(name=name))
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            translate(
                "encoding",
                "“{name}” is a ZIP archive (or an Excel workbook). Unzip it and import "
                "the CSV inside (LinkedIn's export holds Connections.csv), or save the "
                "sheet as CSV.",
            ).format(name=name)
        )
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise ImportFileError(
                    translate(
                        "encoding",
                        "“{name}” says it is {upper} text but is not; it may be damaged.",
                    ).format(name=name, upper=codec.upper())
                ) from None
            break
    if text is None and b"\x00" in data:
        text = _utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            charset = _declared_vcard_charset(data)
            if charset is not None:
                text = data.decode(charset, errors="replace")
            else:
                text = _windows_1252(data, name)
                notices.append(WINDOWS_1252_NOTICE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(_BINARY.findall(text[:65536])) > 8 or "\x00" in text:
        raise ImportFileError(
            translate("encoding", "“{name}” is not a text file Giveback can import.").format(
                name=name
            )
        )
    if not text.strip():
        raise ImportFileError(translate("encoding", "“{name}” is empty.").format(name=name))
    return text, notices


def _windows_1252(data: bytes, name: str) -> str:
    """A CSV saved by Excel ("CSV (Comma delimited)") or Outlook on Windows: Windows-1252.

    Five bytes have no character in it, so most binary files still fail here; a
    vCard says its character set (or is UTF-8), so one that does not is refused.
    """
    refused = ImportFileError(
        f"“{name}” is not UTF-8 or UTF-16 text; save it as UTF-8 and try again."
    )
    if data.lstrip()[:11].upper().startswith(b"BEGIN:VCARD") or b"\x00" in data:
        raise refused
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise refused from None


def read_text(path: str | os.PathLike[str]) -> str:
    """The file's text (see ``decode``), or an ImportFileError saying why it cannot be read."""
    return decode(read_bytes(path), Path(path).name)


def read_text_noting(path: str | os.PathLike[str]) -> tuple[str, list[str]]:
    """The file's text and what to tell the user about how it was read (see ``decode_noting``)."""
    return decode_noting(read_bytes(path), Path(path).name)
