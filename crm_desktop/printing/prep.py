"""Prep sheets to paper or PDF: one sheet, or all of today's in one job."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter

from crm_desktop.printing.render import Printable, page_size_named, to_pdf, to_printer
from crm_desktop.services.meetings import prepsheet
from crm_desktop.services.meetings.prepsheet import PrepOptions, PrepSheet


def printables(sheets: Sequence[PrepSheet], options: PrepOptions | None = None) -> list[Printable]:
    options = options or prepsheet.load_options()
    return [
        Printable(
            prepsheet.to_html(sheet, options),
            prepsheet.sheet_title(sheet),
            prepsheet.running_head(sheet),
        )
        for sheet in sheets
    ]


def sheets_to_pdf(
    sheets: Sequence[PrepSheet], path: str | Path, options: PrepOptions | None = None
) -> Path:
    options = options or prepsheet.load_options()
    title = (
        prepsheet.sheet_title(sheets[0])
        if len(sheets) == 1
        else QCoreApplication.translate("printing", "Today's prep sheets")
    )
    return to_pdf(printables(sheets, options), path, title, page_size_named(options.paper))


def sheets_to_printer(
    sheets: Sequence[PrepSheet], printer: QPrinter, options: PrepOptions | None = None
) -> int:
    return to_printer(printables(sheets, options), printer)
