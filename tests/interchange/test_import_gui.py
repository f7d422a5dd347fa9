"""File ▸ Import… driven like a user: choose or drop a file, check the preview,
untick rows, import in the worker, cancel, undo and redo, import again."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.services import backups
from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.ui.common import prompts
from crm_desktop.ui.interchange.import_dialog import columns_page as import_dialog
from crm_desktop.ui.interchange.import_dialog.dialog import (
    PAGE_COLUMNS,
    PAGE_DONE,
    PAGE_FILE,
    PAGE_PREVIEW,
    PAGE_RESTORE,
    ImportDialog,
)
from crm_desktop.ui.interchange.import_dialog.plan_model import COL_NAME

LINKEDIN_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def write_linkedin(path, rows) -> str:
    """A Connections.csv the way LinkedIn's data export writes it (notes first)."""
    lines = [",".join(row) + "\n" for row in rows]
    path.write_text(LINKEDIN_NOTES + LINKEDIN_HEADER + "".join(lines), encoding="utf-8")
    return str(path)


def people(count: int, start: int = 0) -> list[tuple[str, ...]]:
    return [
        (
            f"Person{n}",
            f"Tester{n}",
            f"https://www.linkedin.com/in/person-{n}",
            f"person{n}@example.com",
            f"Company {n % 7}",
            "Engineer",
            "05 Mar 2024",
        )
        for n in range(start, start + count)
    ]


@pytest.fixture
def connections(tmp_path):
    """Three new people, Ada (already a contact, by email), and a row without a name."""
    rows = [
        ("Grace", "Hopper", "https://www.linkedin.com/in/grace-hopper", "grace@navy.example",
         "US Navy", "Rear Admiral", "12 Jan 2023"),
        ("Alan", "Turing", "https://www.linkedin.com/in/alan-turing", "",
         "Bletchley Park", "Cryptanalyst", "01 Feb 2024"),
        ("Ada", "Lovelace", "https://www.linkedin.com/in/ada-lovelace", "ada@engines.example",
         "Analytical Engines", "Programmer", "05 Mar 2024"),
        ("Katherine", "Johnson", "https://www.linkedin.com/in/kjohnson", "",
         "NASA", "Mathematician", "20 Jul 2022"),
        ("", "", "https://www.linkedin.com/in/unknown", "", "", "", "01 Jan 2020"),
    ]  # fmt: skip
    return write_linkedin(tmp_path / "Connections.csv", rows)


@pytest.fixture
def ada(db):
    return contacts.add_contact(ContactInput("Ada Lovelace", email="ada@engines.example")).id


def open_dialog(window, qtbot, path) -> ImportDialog:
    dialog = window.open_import_dialog(path)
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=30000)
    return dialog


def to_preview(qtbot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=30000)


def import_now(qtbot, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=30000)


def stats(dialog: ImportDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.stat_labels.items()}


def row_of(dialog: ImportDialog, name: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == name)


def names() -> set[str]:
    return {r.full_name for r in contacts.list_contacts()}


def test_linkedin_file_imports_end_to_end_with_preview_counts(window, qtbot, connections, ada):
    dialog = open_dialog(window, qtbot, connections)
    assert dialog.format == "linkedin"
    assert "LinkedIn" in dialog.format_note.text()
    to_preview(qtbot, dialog)
    assert stats(dialog) == {"new": "3", "match": "1", "unchanged": "0", "problems": "1"}
    assert "Line 9" in dialog.problems_text.toPlainText()
    ada_what = dialog.model.index(row_of(dialog, "Ada Lovelace"), 3)
    assert ada_what.data() == "Merge (same email) → Ada Lovelace"
    details = ada_what.data(Qt.ItemDataRole.ToolTipRole)
    assert "A merge adds:" in details and "company: Analytical Engines" in details
    assert dialog.plan_summary.text() == (
        "Import will add 3 new contacts, merge 1 into existing contacts."
    )

    import_now(qtbot, dialog)
    assert dialog.done_text.text().startswith("Imported 3 new contacts, merged 1")
    assert names() == {"Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson"}
    grace_id = next(r.id for r in contacts.list_contacts() if r.full_name == "Grace Hopper")
    grace = contacts.get_contact(grace_id)
    assert (grace.company, grace.title, grace.email) == ("US Navy", "Rear Admiral",
                                                         "grace@navy.example")  # fmt: skip
    assert grace.linkedin_url == "https://www.linkedin.com/in/grace-hopper"
    assert grace.how_we_met == "Connected on LinkedIn on 12 January 2023"
    assert contacts.get_contact(ada).company == "Analytical Engines"  # merged, filled in
    assert window.undo_stack.undoText() == "Import 4 contacts from Connections.csv"
    # The list shows them without a restart, and the window went to the contacts page.
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 4, timeout=30000)
    assert window.tabs.currentWidget() is window.contacts_view
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_unticked_rows_and_skip_all_are_left_out(window, qtbot, connections, ada):
    dialog = open_dialog(window, qtbot, connections)
    to_preview(qtbot, dialog)
    table = dialog.table
    # Untick Alan with the keyboard, as a user would (Space on the current row).
    table.setFocus()
    table.setCurrentIndex(dialog.model.index(row_of(dialog, "Alan Turing"), COL_NAME))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert dialog.model.index(row_of(dialog, "Alan Turing"), 3).data() == "Skip"
    qtbot.mouseClick(dialog.skip_all_button, Qt.MouseButton.LeftButton)
    ada_row = dialog.model.index(row_of(dialog, "Ada Lovelace"), 3).data()
    assert ada_row == "Skip, leave as it is → Ada Lovelace"
    assert dialog.plan_summary.text() == "Import will add 2 new contacts, skip 2."

    import_now(qtbot, dialog)
    assert names() == {"Ada Lovelace", "Grace Hopper", "Katherine Johnson"}
    assert contacts.get_contact(ada).company == ""  # skipped: left exactly as it was
    assert window.undo_stack.undoText() == "Import 2 contacts from Connections.csv"


def test_only_the_chosen_kind_of_row_is_shown(window, qtbot, connections, ada):
    dialog = open_dialog(window, qtbot, connections)
    to_preview(qtbot, dialog)
    dialog.show_combo.setCurrentIndex(dialog.show_combo.findData("match"))
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, COL_NAME).data() == "Ada Lovelace"
    dialog.show_combo.setCurrentIndex(dialog.show_combo.findData("all"))
    assert dialog.model.rowCount() == 4


def test_cancel_during_the_import_changes_nothing(window, qtbot, tmp_path, ada, monkeypatch):
    path = write_linkedin(tmp_path / "Connections.csv", people(1200))
    # Hold the import at its backup until the user has pressed Cancel, so the
    # cancel lands while it runs, whatever the speed of the machine.
    pressed = threading.Event()
    real_backup = backups.before_import

    def backup_after_cancel():
        pressed.wait(10)
        return real_backup()

    monkeypatch.setattr(backups, "before_import", backup_after_cancel)
    dialog = open_dialog(window, qtbot, path)
    to_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.text() == "Cancel import"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # it stays to say what happened
    assert "nothing will be changed" in dialog.progress_label.text()
    pressed.set()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=30000)
    assert dialog.done_heading.text() == "Import cancelled"
    assert "Nothing was changed" in dialog.done_text.text()
    assert names() == {"Ada Lovelace"}
    assert window.undo_stack.count() == 0


def test_undo_removes_the_whole_import_and_redo_brings_it_back(window, qtbot, connections, ada):
    dialog = open_dialog(window, qtbot, connections)
    to_preview(qtbot, dialog)
    import_now(qtbot, dialog)
    imported = {r.full_name: r for r in contacts.list_contacts()}
    window.undo_action.trigger()
    assert names() == {"Ada Lovelace"}
    assert contacts.get_contact(ada).company == ""
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 1, timeout=30000)
    window.redo_action.trigger()
    assert {r.full_name: r for r in contacts.list_contacts()} == imported


def test_importing_the_same_file_again_changes_nothing(window, qtbot, connections, ada):
    dialog = open_dialog(window, qtbot, connections)
    to_preview(qtbot, dialog)
    import_now(qtbot, dialog)
    before = {r.id: r for r in contacts.list_contacts()}
    again = open_dialog(window, qtbot, connections)
    to_preview(qtbot, again)
    assert stats(again) == {"new": "0", "match": "0", "unchanged": "4", "problems": "1"}
    assert not again.next_button.isEnabled()
    assert "Nothing to import" in again.plan_summary.text()
    assert {r.id: r for r in contacts.list_contacts()} == before


def test_dropping_a_file_on_the_window_opens_the_import(window, qtbot, connections):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(connections)])
    # Dropped where the user lets go: on whatever widget is under the pointer.
    centre = window.rect().center()
    target = window.childAt(centre)
    assert target is not None and target is not window
    local = target.mapFrom(window, centre)
    enter = QDragEnterEvent(
        local, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(local),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(target, drop)
    dialog = window.import_dialog
    assert dialog.isVisible() and dialog.path.name == "Connections.csv"
    qtbot.waitUntil(
        lambda: dialog.format == "linkedin" and dialog.next_button.isEnabled(), timeout=30000
    )


def test_dragging_text_is_not_taken_for_a_file(window):
    mime = QMimeData()
    mime.setText("Ada Lovelace")
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_welcome_page_import_button_opens_the_dialog(window, qtbot, connections, monkeypatch):
    monkeypatch.setattr(prompts, "ask_open_path", lambda *a: connections)
    empty = window.contacts_view.empty_state
    window.tabs.setCurrentWidget(window.contacts_view)
    assert empty.isVisible()
    qtbot.mouseClick(empty.import_button, Qt.MouseButton.LeftButton)
    dialog = window.import_dialog
    assert dialog.isVisible() and dialog.pages.currentIndex() == PAGE_FILE
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=30000)
    to_preview(qtbot, dialog)
    import_now(qtbot, dialog)
    qtbot.waitUntil(lambda: window.contacts_view.stack.currentIndex() == 1, timeout=30000)


def test_file_menu_import_and_a_file_that_is_not_contacts(window, qtbot, tmp_path, monkeypatch):
    junk = tmp_path / "photo.csv"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe\x00binary")
    monkeypatch.setattr(prompts, "ask_open_path", lambda *a: str(junk))
    window.import_action.trigger()
    dialog = window.import_dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=30000)
    assert dialog.error_label.text() == (
        "“photo.csv” is not UTF-8 or UTF-16 text; save it as UTF-8 and try again."
    )
    # Giving another format does not make it readable: the same reason, nothing imported.
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("vcard"))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.busy_bar.isVisible() and dialog.error_label.isVisible(), timeout=30000
    )
    assert "not UTF-8 or UTF-16" in dialog.error_label.text()
    assert dialog.pages.currentIndex() == PAGE_FILE
    assert contacts.count_contacts() == 0


def test_other_csv_asks_what_each_column_holds(window, qtbot, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "Who,Employer,Mail,Remarks\n"
        "Ada Lovelace,Analytical Engines,ada@engines.example,met at the salon\n"
        "Grace Hopper,US Navy,grace@navy.example,\n",
        encoding="utf-8",
    )
    dialog = open_dialog(window, qtbot, str(path))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_COLUMNS, timeout=30000)
    assert [dialog.mapping_table.item(r, 0).text() for r in range(4)] == [
        "Who", "Employer", "Mail", "Remarks"]  # fmt: skip
    # Say plainly what "Who" holds, and see the first rows read accordingly.
    fields = import_dialog.generic_csv.FIELDS
    name_key = next(k for k, label in fields.items() if "name" in label.lower() and
                    "first" not in label.lower() and "last" not in label.lower())  # fmt: skip
    dialog.mapping_combos[0].setCurrentIndex(dialog.mapping_combos[0].findData(name_key))
    dialog.mapping_combos[3].setCurrentIndex(dialog.mapping_combos[3].findData(""))
    assert dialog.sample_table.rowCount() == 2
    assert dialog.sample_table.item(0, 0).text() == "Ada Lovelace"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=30000)
    assert stats(dialog)["new"] == "2"
    import_now(qtbot, dialog)
    assert names() == {"Ada Lovelace", "Grace Hopper"}
    assert all(not contacts.get_contact(r.id).notes for r in contacts.list_contacts())


def test_a_full_export_is_refused_into_a_database_that_has_contacts(window, qtbot, tmp_path, ada):
    from crm_desktop.services.interchange import json_backup

    path = tmp_path / "everything.json"
    json_backup.export_json(path)
    dialog = open_dialog(window, qtbot, str(path))
    assert dialog.format == "json"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_RESTORE, timeout=30000)
    assert "export of 1 contact." in dialog.restore_text.text()
    assert "only be restored into an empty database" in dialog.restore_text.text()
    assert "already holds 1 contact." in dialog.restore_text.text()
    assert not dialog.next_button.isEnabled()


def test_a_database_without_contacts_but_with_data_is_refused_before_the_click(
    window, qtbot, tmp_path
):
    from crm_desktop.services.contacts import companies
    from crm_desktop.services.giving import insights
    from crm_desktop.services.interchange import json_backup

    path = tmp_path / "everything.json"
    json_backup.export_json(path)
    companies.set_profile("Helio Energy", industry="Energy", competitors=["Globex", "Acme"])
    insights.add_insight(insights.InsightInput("Helio is hiring data people"))
    dialog = open_dialog(window, qtbot, str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_RESTORE, timeout=30000)
    # The same words the restore itself would refuse with, and no button to try.
    assert json_backup.restore_refusal() in dialog.restore_text.text()
    assert "already holds 3 companies and 1 insight." in dialog.restore_text.text()
    assert not dialog.next_button.isEnabled()
    dialog.resize(720, 520)
    dialog.grab().save(str(tmp_path / "restore-refused.png"))


def test_a_full_export_restores_into_an_empty_database(qtbot, tmp_path, data_dir):
    from crm_desktop import paths, store
    from crm_desktop.services.interchange import json_backup
    from crm_desktop.services.sample import sample
    from crm_desktop.ui.shell.main_window import MainWindow

    store.connect(tmp_path / "old.sqlite3")
    sample.load_sample_network()
    expected = sorted(r.full_name for r in contacts.list_contacts())
    path = tmp_path / "everything.json"
    json_backup.export_json(path)
    store.connect(paths.database_path())  # a fresh, empty database
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        dialog = open_dialog(window, qtbot, str(path))
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_RESTORE, timeout=30000)
        assert "into this empty database" in dialog.restore_text.text()
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=30000)
        assert dialog.done_heading.text() == "Restore finished"
        assert sorted(r.full_name for r in contacts.list_contacts()) == expected
        assert window.undo_stack.count() == 0
    finally:
        store.close()


def test_reading_happens_off_the_window_with_a_busy_indicator(window, qtbot, tmp_path):
    path = write_linkedin(tmp_path / "Connections.csv", people(3000))
    dialog = open_dialog(window, qtbot, path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    # The click returned at once; the file is read in the worker meanwhile.
    assert dialog.busy_bar.isVisible()
    assert dialog.busy_label.text() == "Reading Connections.csv…"
    assert not dialog.next_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=30000)
    assert not dialog.busy_bar.isVisible()
    assert stats(dialog)["new"] == "3,000"


def test_a_csv_with_hundreds_of_columns_lists_the_first_hundred(window, qtbot, tmp_path):
    path = tmp_path / "wide.csv"
    headers = ["Full name", "Email"] + [f"Extra {n}" for n in range(298)]
    row = ["Ada Lovelace", "ada@engines.example"] + ["x" * 5000] * 298
    path.write_text(",".join(headers) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    dialog = open_dialog(window, qtbot, str(path))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_COLUMNS, timeout=30000)
    assert dialog.mapping_table.rowCount() == 100
    assert "300 columns" in dialog.columns_note.text() and "other 200" in dialog.columns_note.text()
    assert len(dialog.mapping_table.item(2, 1).text()) <= 120  # a huge cell, shortened
    assert len(dialog.mapping()) == 300
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=30000)
    import_now(qtbot, dialog)
    assert names() == {"Ada Lovelace"}
