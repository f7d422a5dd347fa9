"""Print preview of one or more prep sheets, with Print, Export PDF and Sections."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPushButton,
    QStatusBar,
    QToolBar,
    QWidget,
)

from crm_desktop import printing
from crm_desktop.printing import prep
from crm_desktop.services.meetings import prepsheet
from crm_desktop.services.meetings.prepsheet import PrepOptions, PrepSheet
from crm_desktop.ui.common import prompts
from crm_desktop.ui.meetings.prep_options import PrepOptionsDialog

translate = QCoreApplication.translate


def _name_qt_parts(dialog: QPrintPreviewDialog) -> None:
    """Qt's preview leaves its zoom box, page number and pages without a name for a
    screen reader: give them theirs."""
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:
        for combo in toolbar.findChildren(QComboBox):
            combo.setAccessibleName(translate("meetings.prep_preview", "Zoom"))
        for line in toolbar.findChildren(QLineEdit):
            line.setAccessibleName(translate("meetings.prep_preview", "Page"))
    for pages in dialog.findChildren(QPrintPreviewWidget):
        pages.setAccessibleName(translate("meetings.prep_preview", "The prep sheets"))
        for view in pages.findChildren(QGraphicsView):
            view.setAccessibleName(translate("meetings.prep_preview", "The prep sheets"))


def give_key(action: QAction, key: QKeySequence | str) -> None:
    """*key* runs *action* anywhere in the preview, and its tooltip says so: a toolbar's
    buttons take no keyboard focus, so without a key the action needs the mouse."""
    sequence = QKeySequence(key)
    action.setShortcut(sequence)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    tip = action.toolTip() or action.text()
    keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{tip} ({keys})")


def qt_print_action(toolbar: QToolBar) -> QAction | None:
    """Qt's own Print button of the preview (its text in the window's language)."""
    text = QCoreApplication.translate("QPrintPreviewDialog", "Print")
    return next((a for a in toolbar.actions() if a.text() == text), None)


class PrepPreview(QPrintPreviewDialog):
    def __init__(self, sheets: Sequence[PrepSheet], parent: QWidget | None = None):
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.options = prepsheet.load_options()
        printing.configure(self._printer, printing.page_size_named(self.options.paper))
        self.sheets = list(sheets)
        self.sheet_title = (
            prepsheet.sheet_title(self.sheets[0])
            if len(self.sheets) == 1
            else translate("PrepPreview", "Today's prep sheets ({count})").format(
                count=len(self.sheets)
            )
        )
        self._printer.setDocName(self.sheet_title)
        super().__init__(self._printer, parent)
        self.setWindowTitle(self.sheet_title)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9)))
        self.paintRequested.connect(self._on_paint_requested)
        self.pages_printed = 0

        self.sections_action = QAction(translate("PrepPreview", "Sections…"), self)
        self.sections_action.setToolTip(
            translate("PrepPreview", "Choose the sections and paper of prep sheets")
        )
        self.sections_action.triggered.connect(self.open_options)
        self.export_action = QAction(translate("PrepPreview", "Export PDF…"), self)
        self.export_action.setToolTip(
            translate("PrepPreview", "Save these prep sheets as a PDF file")
        )
        self.export_action.triggered.connect(self._on_export_triggered)
        toolbar = self.findChild(QToolBar)
        _name_qt_parts(self)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.sections_action)
            toolbar.addAction(self.export_action)
            print_action = qt_print_action(toolbar)
            if print_action is not None:
                give_key(print_action, QKeySequence.StandardKey.Print)
        # Keys for what the toolbar's buttons do (they take no keyboard focus).
        # Listed in Help ▸ Keyboard Shortcuts (shortcuts_dialog.PREVIEW_KEYS): change together.
        give_key(self.export_action, "Ctrl+E")  # Export, as File ▸ Export… in the window
        give_key(self.sections_action, "Ctrl+Shift+P")  # the print options
        self.options_dialog: PrepOptionsDialog | None = None
        # Under the pages: where the last PDF went, and a way to it.
        self.saved_to: Path | None = None
        self.saved_bar = QStatusBar()
        self.saved_bar.setSizeGripEnabled(False)
        self.saved_bar.setContentsMargins(4, 0, 8, 4)
        self.show_in_folder_button = QPushButton(translate("PrepPreview", "Show in folder"))
        self.show_in_folder_button.setToolTip(
            translate("PrepPreview", "Open the folder of the saved PDF")
        )
        self.show_in_folder_button.clicked.connect(self._on_show_in_folder_clicked)
        self.saved_bar.addPermanentWidget(self.show_in_folder_button)
        self.saved_bar.hide()
        self.layout().addWidget(self.saved_bar)

    def _on_paint_requested(self, printer: QPrinter) -> None:
        self.pages_printed = prep.sheets_to_printer(self.sheets, printer, self.options)

    def open_options(self) -> PrepOptionsDialog:
        dialog = PrepOptionsDialog(self.options, self)
        dialog.options_changed.connect(self.apply_options)
        dialog.open()
        self.options_dialog = dialog
        return dialog

    def apply_options(self, options: PrepOptions) -> None:
        paper_changed = options.paper != self.options.paper
        self.options = options
        if paper_changed:
            printing.configure(self._printer, printing.page_size_named(options.paper))
        widget = self.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.updatePreview()

    def suggested_filename(self) -> str:
        return str(Path.home() / prepsheet.pdf_file_name(self.sheets))

    def _on_export_triggered(self) -> None:
        path = prompts.ask_save_path(
            self,
            translate("PrepPreview", "Export prep sheet"),
            self.suggested_filename(),
            translate("PrepPreview", "PDF files (*.pdf)"),
        )
        if not path:
            return
        try:
            target = self.export_pdf(path)
        except OSError as err:
            self._say(
                translate("PrepPreview", "The prep sheet was not saved. {error}").format(
                    error=err.strerror or err
                ),
                None,
            )
            return
        self._say(
            translate("PrepPreview", "Saved prep sheet to {path}").format(path=target), target
        )

    def _say(self, text: str, saved_to: Path | None) -> None:
        self.saved_to = saved_to
        self.show_in_folder_button.setVisible(saved_to is not None)
        self.saved_bar.showMessage(text)
        self.saved_bar.show()

    def _on_show_in_folder_clicked(self) -> None:
        if self.saved_to is not None:
            self.show_in_folder(self.saved_to.parent)

    def show_in_folder(self, folder: Path) -> None:
        """Open *folder* in the file manager; a method so tests can replace it."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def export_pdf(self, path: str | Path) -> Path:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(target.suffix + ".pdf")
        return printing.to_pdf(
            prep.printables(self.sheets, self.options),
            target,
            self.sheet_title,
            self._printer.pageLayout().pageSize(),
        )
