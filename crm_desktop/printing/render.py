from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from crm_desktop import paths

LETTER_TERRITORIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Philippines,
}


def default_page_size() -> QPageSize:
    """US Letter where the locale uses it, A4 elsewhere."""
    if QLocale().territory() in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def make_document(html: str, title: str = "") -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def configure(printer: QPrinter, page_size: QPageSize | None = None) -> None:
    printer.setPageLayout(
        QPageLayout(
            page_size or default_page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )


def to_printer(html: str, printer: QPrinter, title: str = "") -> None:
    make_document(html, title).print_(printer)


def to_pdf(
    html: str, path: str | Path, title: str = "", page_size: QPageSize | None = None
) -> Path:
    target = Path(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setCreator("Giveback")
    if title:
        printer.setDocName(title)
    configure(printer, page_size)
    to_printer(html, printer, title)
    paths.make_private(target)
    return target
