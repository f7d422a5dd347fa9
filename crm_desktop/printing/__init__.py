"""Printing and PDF output of rich-text sheets (prep sheets).

Split as ``to_pdf(path)`` and ``to_printer(printer)``; the print dialogs are a
thin layer in ``ui/``. Needs a QGuiApplication, not widgets.
"""

from crm_desktop.printing.render import (
    Printable,
    configure,
    default_page_size,
    make_document,
    page_size_named,
    to_pdf,
    to_printer,
)

__all__ = [
    "Printable",
    "configure",
    "default_page_size",
    "make_document",
    "page_size_named",
    "to_pdf",
    "to_printer",
]
