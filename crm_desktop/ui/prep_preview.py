"""Print preview of a prep sheet, with Print and Export PDF."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

from crm_desktop import printing
from crm_desktop.ui import prompts


class PrepPreview(QPrintPreviewDialog):
    def __init__(self, html: str, title: str, parent: QWidget | None = None):
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printing.render.configure(self._printer)
        self._printer.setDocName(title)
        super().__init__(self._printer, parent)
        self.html = html
        self.sheet_title = title
        self.setWindowTitle(title)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9)))
        self.paintRequested.connect(self._on_paint_requested)

        self.export_action = QAction("Export PDF…", self)
        self.export_action.setToolTip("Save this prep sheet as a PDF file")
        self.export_action.triggered.connect(self._on_export_triggered)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.export_action)

    def _on_paint_requested(self, printer: QPrinter) -> None:
        printing.to_printer(self.html, printer, self.sheet_title)

    def suggested_filename(self) -> str:
        stem = re.sub(r"[^\w\- ]+", "", self.sheet_title.replace(":", " -")).strip() or "prep sheet"
        return str(Path.home() / f"{stem}.pdf")

    def _on_export_triggered(self) -> None:
        path = prompts.ask_save_path(
            self, "Export prep sheet", self.suggested_filename(), "PDF files (*.pdf)"
        )
        if path:
            self.export_pdf(path)

    def export_pdf(self, path: str | Path) -> Path:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(target.suffix + ".pdf")
        return printing.to_pdf(
            self.html, target, self.sheet_title, self._printer.pageLayout().pageSize()
        )
