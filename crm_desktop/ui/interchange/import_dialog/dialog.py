"""File ▸ Import…: choose a file, say what each column holds (other CSVs only),
see what will happen, then import it as one undoable step.

Pages: the file → its columns (Other CSV) → the preview (or, for a Giveback
full export, the restore page) → progress → done. Reading, planning and
importing run in a worker thread, so the window never freezes; nothing changes
before the user presses Import, and a cancelled or failed import changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts import contacts
from crm_desktop.services.interchange import apply, encoding, generic_csv, json_backup, readers
from crm_desktop.services.interchange.plan import ImportPlan, plan_import
from crm_desktop.ui.common.widgets import cancel_and_primary, plain_label, tab_order
from crm_desktop.ui.common.workers import Task, WorkerRunner
from crm_desktop.ui.interchange.import_dialog.columns_page import SAMPLE_ROWS, ColumnsPage
from crm_desktop.ui.interchange.import_dialog.file_page import FilePage
from crm_desktop.ui.interchange.import_dialog.import_command import ImportCommand
from crm_desktop.ui.interchange.import_dialog.page import PageStack
from crm_desktop.ui.interchange.import_dialog.preview_page import PreviewPage
from crm_desktop.ui.interchange.import_dialog.text_pages import (
    DonePage,
    ProgressPage,
    RestorePage,
    import_outcome,
)

translate = QCoreApplication.translate

PAGE_FILE, PAGE_COLUMNS, PAGE_PREVIEW, PAGE_RESTORE, PAGE_PROGRESS, PAGE_DONE = range(6)


def _contacts(n: int) -> str:
    """ "1 contact", "3 contacts" in the window's language."""
    if n == 1:
        return translate("ImportDialog", "1 contact")
    return translate("ImportDialog", "{count} contacts").format(count=n)


class ImportDialog(QDialog):
    """The import, page by page. ``imported(ids)`` says which contacts it added or
    merged into, once they are in the database and on the undo stack."""

    imported = Signal(list)
    restored = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None, path=None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.result = None
        self._before = None
        self._restore_allowed = False
        self.setWindowTitle(translate("ImportDialog", "Import contacts"))
        self.setMinimumSize(820, 560)
        self.resize(980, 660)

        self.file_page = FilePage()
        self.file_page.choose_button.clicked.connect(self.choose_file)
        self.columns_page = ColumnsPage()
        self.preview_page = PreviewPage()
        self.preview_page.model.actions_changed.connect(self._update_plan_summary)
        self.restore_page = RestorePage()
        self.progress_page = ProgressPage()
        self.done_page = DonePage()
        self.pages = PageStack()
        for page in (  # in the order of PAGE_FILE … PAGE_DONE
            self.file_page,
            self.columns_page,
            self.preview_page,
            self.restore_page,
            self.progress_page,
            self.done_page,
        ):
            self.pages.addWidget(page)
        self.runner = WorkerRunner(self, self.progress_page.progress_bar)

        # The pages' widgets that the window and the tests reach on the dialog itself.
        self.choose_button = self.file_page.choose_button
        self.format_combo = self.file_page.format_combo
        self.format_note = self.file_page.format_note
        self.mapping_table = self.columns_page.mapping_table
        self.sample_table = self.columns_page.sample_table
        self.columns_note = self.columns_page.columns_note
        self.model = self.preview_page.model
        self.table = self.preview_page.table
        self.show_combo = self.preview_page.show_combo
        self.skip_all_button = self.preview_page.skip_all_button
        self.stat_labels = self.preview_page.stat_labels
        self.problems_text = self.preview_page.problems_text
        self.restore_text = self.restore_page.restore_text
        self.progress_label = self.progress_page.progress_label
        self.done_heading = self.done_page.heading
        self.done_text = self.done_page.done_text

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_label = plain_label("muted")
        self.plan_summary = plain_label()
        self.error_label = plain_label("formError", wrap=True)
        self.back_button = QPushButton(translate("ImportDialog", "Back"))
        self.back_button.clicked.connect(self._on_back_clicked)
        self.cancel_button, self.next_button = cancel_and_primary(
            self, translate("ImportDialog", "Next"), self._on_next_clicked
        )
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addWidget(self.busy_bar)
        footer.addWidget(self.busy_label, 1)
        footer.addWidget(self.plan_summary)
        footer.addWidget(self.cancel_button)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)
        self._set_busy("")
        self.error_label.hide()
        self._show_page(PAGE_FILE)
        if path:
            self.set_file(path)

    @property
    def mapping_combos(self) -> list[QComboBox]:
        """The "Goes into" choice of each listed column (made anew for each file)."""
        return self.columns_page.mapping_combos

    @property
    def format(self) -> str:
        return self.file_page.format

    def mapping(self) -> list[str]:
        """One field per column of the file; columns past the listed ones are ignored."""
        return self.columns_page.mapping()

    # Pages and buttons ---------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.pages.updateGeometry()  # it asks for the room of the page shown
        if page == PAGE_COLUMNS:  # its choices are made per file, after the buttons
            buttons = (self.back_button, self.cancel_button, self.next_button)
            tab_order([*self.columns_page.mapping_combos, *buttons])
        self.error_label.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.runner.busy
        self.plan_summary.setVisible(page == PAGE_PREVIEW)
        self.back_button.setVisible(page in (PAGE_COLUMNS, PAGE_PREVIEW, PAGE_RESTORE))
        self.back_button.setEnabled(not busy)
        self.cancel_button.setVisible(page != PAGE_DONE)
        self.cancel_button.setText(
            translate("ImportDialog", "Cancel import")
            if page == PAGE_PROGRESS
            else translate("ImportDialog", "Cancel")
        )
        self.next_button.setVisible(page != PAGE_PROGRESS)
        texts = {
            PAGE_PREVIEW: translate("ImportDialog", "Import"),
            PAGE_RESTORE: translate("ImportDialog", "Restore"),
            PAGE_DONE: translate("ImportDialog", "Close"),
        }
        self.next_button.setText(texts.get(page, translate("ImportDialog", "Next")))
        if page == PAGE_FILE:
            ready = self.path is not None and self.file_page.format_known
        elif page == PAGE_PREVIEW:
            ready = self.preview_page.has_work()
        elif page == PAGE_RESTORE:
            ready = self._restore_allowed
        else:
            ready = True
        self.next_button.setEnabled(ready and not busy)
        self.choose_button.setEnabled(not busy)

    # Step 1: the file ----------------------------------------------------------------------
    @Slot()
    def choose_file(self) -> None:
        chosen = self.file_page.ask_for_file(self.path)
        if chosen:
            self.set_file(chosen)

    def set_file(self, path) -> None:
        """Take *path* (chosen, dropped or given) and find out what kind of file it is."""
        self.path = Path(path)
        self.plan = None
        self.setWindowTitle(
            translate("ImportDialog", "Import contacts from {file}").format(file=self.path.name)
        )
        self.file_page.show_file(self.path)
        self._show_page(PAGE_FILE)
        path = self.path
        self._start(
            lambda _report, _cancelled: readers.detect_format(path),
            translate("ImportDialog", "Looking at {file}…").format(file=path.name),
            self._on_detected,
            self._on_detect_failed,
        )

    def _on_detected(self, key: str) -> None:
        self.file_page.show_detected(key)
        self._update_buttons()
        self.next_button.setFocus()

    def _on_detect_failed(self, message: str) -> None:
        """Say why, and let the user pick the format if they know better."""
        self.file_page.show_not_detected()
        self._on_read_failed(message)

    def _read_plan(self, mapping: list[str] | None = None) -> None:
        """Read the whole file and work out what importing it would do, off the UI thread."""
        path, fmt = self.path, self.format

        def task(_report, _cancelled) -> ImportPlan:
            parsed = readers.read_file(path, fmt, mapping)
            return plan_import(parsed, path.name)

        reading = translate("ImportDialog", "Reading {file}…").format(file=path.name)
        self._start(task, reading, self._on_plan_ready, self._on_read_failed)

    def _read_columns(self) -> None:
        path = self.path

        def task(_report, _cancelled):
            headers, rows = generic_csv.csv_preview(encoding.read_text(path), rows=SAMPLE_ROWS)
            return headers, rows, generic_csv.guess_mapping(headers)

        reading = translate("ImportDialog", "Reading {file}…").format(file=path.name)
        self._start(task, reading, self._on_columns_ready, self._on_read_failed)

    def _on_read_failed(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self._update_buttons()

    # Step 2: the columns of another CSV ------------------------------------------------------
    def _on_columns_ready(self, found) -> None:
        headers, samples, guessed = found
        if not headers:
            self._on_read_failed(
                translate("ImportDialog", "{file} has no columns to import.").format(
                    file=self.path.name
                )
            )
            return
        self.columns_page.show_columns(headers, samples, guessed)
        self._show_page(PAGE_COLUMNS)

    # Step 3: the preview ----------------------------------------------------------------------
    def _on_plan_ready(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.preview_page.show_plan(plan, self.path.name)
        self._show_page(PAGE_PREVIEW)
        self._update_plan_summary()

    @Slot()
    def _update_plan_summary(self) -> None:
        self.plan_summary.setText(self.preview_page.summary())
        self._update_buttons()

    # Step 4: import ------------------------------------------------------------------------
    def start_import(self) -> None:
        """Snapshot what the import may change (for Undo), then import in the worker."""
        plan = self.plan
        try:
            self._before = contacts.snapshot(plan.matched_ids())
        except GivebackError as err:
            self._on_read_failed(str(err))
            return
        counts = self.model.counts()
        self._run_with_progress(
            translate("ImportDialog", "Importing…"),
            translate(
                "ImportDialog",
                "Importing {contacts} from {file}. Cancel stops it and changes nothing.",
            ).format(contacts=_contacts(counts["new"] + counts["merge"]), file=self.path.name),
            lambda report, cancelled: apply.apply_import(plan, report, cancelled),
            self._on_imported,
        )

    def _run_with_progress(
        self, heading: str, text: str, task: Task, on_success: Callable[..., None]
    ) -> None:
        """The import or the restore, on the progress page; Cancel stops it."""
        self.progress_page.begin(heading, text)
        self._show_page(PAGE_PROGRESS)
        self._start(task, "", on_success, self._on_import_failed, self._on_import_cancelled)

    def _on_imported(self, result) -> None:
        self.result = result
        created, merged = list(result.created_ids), list(result.merged_ids)
        changed = len(created) + len(merged)
        if changed:
            text = translate("ImportDialog", "Import {contacts} from {file}").format(
                contacts=_contacts(changed), file=self.path.name
            )
            self.undo_stack.push(ImportCommand(text, apply.ImportUndo.record(self._before, result)))
        self._before = None
        self._finish(translate("ImportDialog", "Import finished"), import_outcome(result))
        self.imported.emit(created + merged)

    def _on_import_failed(self, message: str) -> None:
        self._before = None
        nothing = translate("ImportDialog", "Nothing was changed.")
        said = message.lower()
        if "nothing was changed" not in said and nothing.rstrip(".").lower() not in said:
            message = translate("ImportDialog", "{message}\n\nNothing was changed.").format(
                message=message
            )
        self._finish(translate("ImportDialog", "The import did not run"), message)

    def _on_import_cancelled(self) -> None:
        self._before = None
        self._finish(
            translate("ImportDialog", "Import cancelled"),
            translate("ImportDialog", "Nothing was changed: no contact was added or merged."),
        )

    def _finish(self, heading: str, text: str) -> None:
        self.done_page.show_outcome(heading, text)
        self._show_page(PAGE_DONE)
        self._fit_to_done_page()
        self.next_button.setFocus()

    def _fit_to_done_page(self) -> None:
        """Shrink to the few lines of the last page, where the dialog was."""
        centre = self.geometry().center()
        self.setMinimumSize(0, 0)
        self.adjustSize()
        self.move(self.pos() + centre - self.geometry().center())

    # The full export (JSON) ------------------------------------------------------------------
    def _read_export(self) -> None:
        """Check the full export and count what it holds, off the UI thread."""
        path = self.path

        def task(_report, _cancelled) -> dict[str, int]:
            return json_backup.backup_counts(json_backup.read_backup(path))

        reading = translate("ImportDialog", "Reading {file}…").format(file=path.name)
        self._start(task, reading, self._show_restore_page, self._on_read_failed)

    def _show_restore_page(self, counts: dict[str, int]) -> None:
        self._restore_allowed = self.restore_page.show_export(self.path.name, counts)
        self._show_page(PAGE_RESTORE)

    def start_restore(self) -> None:
        path = self.path
        self._run_with_progress(
            translate("ImportDialog", "Restoring…"),
            translate(
                "ImportDialog", "Restoring {file}. Cancel stops it and leaves the database empty."
            ).format(file=path.name),
            lambda report, cancelled: json_backup.restore_json(path, report, cancelled),
            self._on_restored,
        )

    def _on_restored(self, counts: dict) -> None:
        self.undo_stack.clear()  # its steps name rows from before the restore
        self._finish(
            translate("ImportDialog", "Restore finished"),
            translate("ImportDialog", "Restored {what} from {file}.").format(
                what=json_backup.describe(counts), file=self.path.name
            ),
        )
        self.restored.emit()

    # Navigation ------------------------------------------------------------------------------
    @Slot()
    def _on_next_clicked(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_FILE:
            if self.format == "json":
                self._read_export()
            elif self.format == "csv":
                self._read_columns()
            else:
                self._read_plan()
        elif page == PAGE_COLUMNS:
            self._read_plan(self.mapping())
        elif page == PAGE_PREVIEW:
            self.start_import()
        elif page == PAGE_RESTORE:
            self.start_restore()
        else:
            self.accept()

    @Slot()
    def _on_back_clicked(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_PREVIEW and self.format == "csv":
            self._show_page(PAGE_COLUMNS)
        else:
            self._show_page(PAGE_FILE)

    def reject(self) -> None:
        """Cancel: while importing, stop the import (nothing changes) and stay open to say so."""
        if self.runner.busy and self.pages.currentIndex() == PAGE_PROGRESS:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(
                translate("ImportDialog", "Cancelling… nothing will be changed.")
            )
            return
        self._forget_worker()
        super().reject()

    # The worker ------------------------------------------------------------------------------
    def _start(
        self,
        task: Task,
        busy_text: str,
        on_success: Callable[..., None],
        on_failure: Callable[[str], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        """Run *task* in the worker, saying *busy_text* in the footer meanwhile; a task
        started before is forgotten (its outcome is dropped)."""
        self._forget_worker()
        self.error_label.hide()
        self.runner.start(
            task,
            self._after_work(on_success),
            self._after_work(on_failure),
            self._after_work(on_cancel),
        )
        self._set_busy(busy_text)
        self._update_buttons()

    def _after_work(self, handler: Callable[..., None] | None) -> Callable[..., None]:
        """*handler* for the worker's outcome, once the footer no longer says it is busy."""

        def run(*outcome) -> None:
            self._set_busy("")
            self.cancel_button.setEnabled(True)
            if handler is not None:
                handler(*outcome)
                self._update_buttons()

        return run

    def _forget_worker(self) -> None:
        """Stop listening to the current worker (it ends on its own; its result is dropped)."""
        self.runner.forget()
        self._set_busy("")

    def _set_busy(self, text: str) -> None:
        self.busy_bar.setVisible(bool(text))
        self.busy_label.setText(text)
