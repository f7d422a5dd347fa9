"""Which kind of contacts file this is, and reading it: the one door into the readers.

``read_file`` promises one thing to the GUI and the CLI: whatever the bytes,
it returns a ParsedFile or raises ImportFileError with a message for the user.
Rows it cannot read are Problems inside the ParsedFile, not exceptions.
"""

from __future__ import annotations

import os
from pathlib import Path

from crm_desktop.services.interchange import encoding, generic_csv, google, linkedin, vcard
from crm_desktop.services.interchange.records import IMPORT_FORMATS, ImportFileError, ParsedFile
from crm_desktop.services.text import translate

_EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".json": "json"}


def _format_of(text: str, path: Path) -> str:
    if vcard.is_vcard(text):
        return "vcard"
    if text.lstrip()[:1] in ("{", "["):
        return "json"
    by_extension = _EXTENSIONS.get(path.suffix.casefold())
    if by_extension:
        return by_extension
    if linkedin.is_linkedin(text):
        return "linkedin"
    if google.is_google(text):
        return "google"
    return "csv"


def detect_format(path: str | os.PathLike[str]) -> str:
    """The IMPORT_FORMATS key for the file at *path*, judged by its content first.

    Raises ImportFileError when the file cannot be read as text at all.
    """
    return _format_of(encoding.read_text(path), Path(path))


def _read(text: str, fmt: str, mapping: list[str] | None, name: str) -> ParsedFile:
    if fmt == "vcard":
        parsed = vcard.read_vcards(text)
        if not parsed.contacts and not parsed.problems:
            raise ImportFileError(
                translate("readers", "“{name}” holds no vCards (no BEGIN:VCARD line).").format(
                    name=name
                )
            )
        return parsed
    if fmt == "linkedin":
        return linkedin.read_linkedin(text)
    if fmt == "google":
        return google.read_google(text)
    if fmt == "json":
        raise ImportFileError(
            translate(
                "readers",
                "“{name}” is a Giveback full export (JSON); it is restored into an empty "
                "database, not imported beside existing contacts.",
            ).format(name=name)
        )
    headers, rows = generic_csv.csv_preview(text, rows=1)
    if mapping is None:
        mapping = generic_csv.guess_mapping(headers)
        if len(headers) < 2 and not any(mapping):
            raise ImportFileError(
                translate(
                    "readers",
                    "“{name}” is not a contacts file Giveback can read (vCard, LinkedIn, "
                    "Google Contacts or a CSV table with a header row).",
                ).format(name=name)
            )
    if not set(mapping) & generic_csv.NAME_FIELDS:
        raise ImportFileError(
            translate(
                "readers",
                "Choose the column of “{name}” that holds the names (or the email addresses).",
            ).format(name=name)
        )
    if not rows:
        parsed = generic_csv.read_csv(text, mapping)  # why: a row csv could not read?
        if parsed.problems:
            raise ImportFileError(
                translate("readers", "“{name}” could not be read. {value}.").format(
                    name=name, value=parsed.problems[0]
                )
            )
        raise ImportFileError(
            translate("readers", "“{name}” has a header row but no rows to import.").format(
                name=name
            )
        )
    return generic_csv.read_csv(text, mapping)


def read_file(
    path: str | os.PathLike[str], format: str | None = None, mapping: list[str] | None = None
) -> ParsedFile:
    """The contacts in the file at *path*, read as *format* (detected when None).

    For "csv", *mapping* gives each column's field (see generic_csv.FIELDS);
    None guesses it from the header. Raises only ImportFileError.
    """
    file = Path(path)
    if format is not None and format not in IMPORT_FORMATS:
        raise ImportFileError(
            translate("readers", "“{format}” is not a format Giveback imports.").format(
                format=format
            )
        )
    text, notices = encoding.read_text_noting(file)
    fmt = format or _format_of(text, file)
    try:
        parsed = _read(text, fmt, mapping, file.name)
        parsed.notices[:0] = notices
        return parsed
    except ImportFileError:
        raise
    except Exception as err:  # the promise above; the fuzz tests look for any that get here
        raise ImportFileError(
            translate("readers", "“{name}” could not be read as {format}: {err}").format(
                name=file.name, format=IMPORT_FORMATS[fmt], err=err
            )
        ) from err
