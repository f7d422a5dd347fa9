"""Printing and PDF output of rich-text documents (prep sheets).

Split as ``to_pdf(path)`` and ``to_printer(printer)``; the print dialogs are a
thin layer in ``ui/``. Needs a QGuiApplication, not widgets.
"""

from crm_desktop.printing.render import default_page_size, make_document, to_pdf, to_printer

__all__ = ["default_page_size", "make_document", "to_pdf", "to_printer"]
