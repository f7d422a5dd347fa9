"""Paginated printing of rich-text sheets with a running head and a footer.

Qt's ``QTextDocument.print_`` only numbers pages; a prep sheet also needs a
running head on its later pages, a dated footer, and headings or meeting entries
that never start at the bottom of one page and finish on the next. So each sheet
is laid out at the printer's resolution, blocks that would straddle a page break
are pushed to the next page, and every page is painted by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from crm_desktop import paths
from crm_desktop.services.text import show_date

LETTER_COUNTRIES = {
    QLocale.Country.UnitedStates,
    QLocale.Country.Canada,
    QLocale.Country.Mexico,
    QLocale.Country.Chile,
    QLocale.Country.Colombia,
    QLocale.Country.Philippines,
}
PAPER_SIZES = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
HEAD_MM = 7.0
FOOT_MM = 8.0
# A block taller than this share of a page may be split; shorter ones move whole.
KEEP_TOGETHER_SHARE = 0.4


@dataclass(frozen=True)
class Printable:
    """One sheet: its HTML, a title for the job, and the running head of page 2+."""

    html: str
    title: str = ""
    running_head: str = ""


def default_page_size() -> QPageSize:
    """US Letter where the locale uses it, A4 elsewhere."""
    if QLocale().territory() in LETTER_COUNTRIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_size_named(name: str | None) -> QPageSize:
    """The paper called "a4" or "letter"; None or "auto": the locale's paper."""
    if not name or name == "auto":
        return default_page_size()
    return QPageSize(PAPER_SIZES[name.lower()])


def configure(printer: QPrinter, page_size: QPageSize | None = None) -> None:
    printer.setPageLayout(
        QPageLayout(
            page_size or default_page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 12, 16, 12),
            QPageLayout.Unit.Millimeter,
        )
    )


def make_document(html: str, title: str = "") -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    if title:
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def _as_printables(content: str | Printable | Sequence[Printable], title: str) -> list[Printable]:
    if isinstance(content, str):
        return [Printable(content, title)]
    if isinstance(content, Printable):
        return [content]
    return list(content)


def _laid_out(
    html: str, title: str, printer: QPrinter, size: QSizeF, breaks: set[int]
) -> QTextDocument:
    """A fresh document with page breaks before the given block numbers."""
    document = make_document(html, title)
    for number in breaks:
        block = document.findBlockByNumber(number)
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
    document.documentLayout().setPaintDevice(printer)
    document.setPageSize(size)
    document.documentLayout().documentSize()  # lay out everything now
    return document


def _first_split(document: QTextDocument, page_height: float) -> int | None:
    """The first block that should move to the next page: a short block that starts
    on one page and ends on the next, or a heading whose next block is on a later page."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        top = rect.top()
        first = int(top // page_height)
        last = int((rect.bottom() - 1) // page_height)
        nxt = block.next()
        orphaned = (
            block.blockFormat().headingLevel() > 0
            and nxt.isValid()
            and int(layout.blockBoundingRect(nxt).top() // page_height) > first
        )
        splits = first != last and rect.height() < page_height * KEEP_TOGETHER_SHARE
        if (splits or orphaned) and top % page_height > 1:
            return block.blockNumber()
        block = nxt
    return None


def _paginate(html: str, title: str, printer: QPrinter, size: QSizeF) -> QTextDocument:
    """Lay out *html* so that headings stay with what follows them and short blocks
    (a meeting's notes, a paragraph) are never cut in two by a page break.

    Each round starts from a fresh document: changing the formats of a laid-out
    document made Qt's incremental re-layout drop later blocks."""
    breaks: set[int] = set()
    document = _laid_out(html, title, printer, size, breaks)
    for _round in range(40):
        number = _first_split(document, size.height())
        if number is None or number in breaks:
            break
        breaks.add(number)
        document = _laid_out(html, title, printer, size, breaks)
    return document


def _paper() -> QPalette:
    """Paper is light whatever the window shows: text without a colour of its own is dark."""
    paper = QPalette()
    paper.setColor(QPalette.ColorRole.Text, QColor("#1f2328"))
    paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    paper.setColor(QPalette.ColorRole.Link, QColor("#14532d"))
    return paper


def _paint_sheet(
    painter: QPainter, printer: QPrinter, sheet: Printable, printed_on: dt.date
) -> int:
    """Lay out and paint one sheet from the printer's current page; returns pages used."""
    resolution = printer.resolution()
    area = printer.pageLayout().paintRectPixels(resolution)
    width, height = float(area.width()), float(area.height())
    mm = resolution / 25.4
    head, foot = HEAD_MM * mm, FOOT_MM * mm
    body = height - head - foot

    document = _paginate(sheet.html, sheet.title, printer, QSizeF(width, body))
    pages = document.pageCount()

    small = QFont("DejaVu Sans")
    small.setPointSizeF(7.5)
    grey = QColor("#6b7280")
    for page in range(pages):
        if page:
            printer.newPage()
        painter.save()
        painter.translate(0, head - page * body)
        clip = QRectF(0, page * body, width, body)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        context.palette = _paper()  # not the window's palette: dark mode prints dark ink too
        document.documentLayout().draw(painter, context)
        painter.restore()

        painter.save()
        painter.setFont(small)
        painter.setPen(grey)
        if page and sheet.running_head:
            painter.drawText(
                QRectF(0, 0, width, head * 0.8),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QCoreApplication.translate("printing", "{head} (continued)").format(
                    head=sheet.running_head
                ),
            )
        footer = QRectF(0, height - foot * 0.75, width, foot * 0.75)
        painter.drawText(
            footer,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QCoreApplication.translate("printing", "Giveback · printed {date}").format(
                date=show_date(printed_on)
            ),
        )
        painter.drawText(
            footer,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            QCoreApplication.translate("printing", "Page {page} of {pages}").format(
                page=page + 1, pages=pages
            ),
        )
        painter.restore()
    return pages


def to_printer(
    content: str | Printable | Sequence[Printable],
    printer: QPrinter,
    title: str = "",
    printed_on: dt.date | None = None,
) -> int:
    """Print one or more sheets as one job, each sheet starting on a new page.
    Returns the number of pages printed."""
    sheets = _as_printables(content, title)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(
            QCoreApplication.translate(
                "printing",
                "Giveback could not start printing (is the printer or file available?).",
            )
        )
    total = 0
    try:
        for index, sheet in enumerate(sheets):
            if index:
                printer.newPage()
            total += _paint_sheet(painter, printer, sheet, printed_on or dt.date.today())
    finally:
        painter.end()
    return total


def to_pdf(
    content: str | Printable | Sequence[Printable],
    path: str | Path,
    title: str = "",
    page_size: QPageSize | None = None,
    printed_on: dt.date | None = None,
) -> Path:
    target = Path(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setCreator("Giveback")
    sheets = _as_printables(content, title)
    printer.setDocName(title or (sheets[0].title if sheets else "Giveback"))
    configure(printer, page_size)
    to_printer(sheets, printer, title, printed_on)
    paths.make_private(target)
    return target
