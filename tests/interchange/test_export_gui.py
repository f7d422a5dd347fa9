"""File ▸ Export… and the selection bar's Export…, driven like a user."""

from __future__ import annotations

import csv
import datetime as dt

from helpers import select_rows
from PySide6.QtCore import Qt

from crm_desktop.services.contacts import contacts
from crm_desktop.ui.common import prompts
from crm_desktop.ui.interchange.export_dialog import ExportDialog


def choose_path(monkeypatch, path, asked=None):
    """Answer the save dialog with *path*, remembering what was suggested."""

    def ask(_parent, _title, suggested, filters):
        if asked is not None:
            asked.append((suggested, filters))
        return str(path)

    monkeypatch.setattr(prompts, "ask_save_path", ask)


def export_and_wait(qtbot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30000)


def test_export_of_selected_contacts_writes_only_those(
    sample_db, window, qtbot, tmp_path, monkeypatch
):
    view = window.contacts_view
    window.tabs.setCurrentWidget(view)
    select_rows(view, [0, 2])
    chosen = view.selected_contact_ids()
    wanted = {contacts.get_contact(i).full_name for i in chosen}
    assert view.selection_bar.isVisible()
    target = tmp_path / "picked.csv"
    asked: list = []
    choose_path(monkeypatch, target, asked)

    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = window.export_dialog
    assert dialog.isVisible()
    assert dialog.selected_radio.isChecked()
    assert dialog.selected_radio.text() == "The 2 selected contacts"
    dialog.set_format("csv")
    export_and_wait(qtbot, dialog)

    assert asked[0][0].endswith(f"giveback-selected-contacts-{dt.date.today()}.csv")
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    name_column = next(k for k in rows[0] if "name" in k.lower())
    assert {row[name_column] for row in rows} == wanted
    assert dialog.result_label.text() == f"Exported 2 contacts to:\n{target}"
    assert window.statusBar().currentMessage() == f"Exported to {target}"
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


def test_export_selected_as_vcard_holds_only_those_cards(
    sample_db, window, qtbot, tmp_path, monkeypatch
):
    view = window.contacts_view
    ids = [r.id for r in contacts.list_contacts()][:3]
    target = tmp_path / "three"  # no extension typed: the format's is added
    choose_path(monkeypatch, target)
    dialog = window.open_export_dialog(ids)
    assert dialog.format == "vcard"
    export_and_wait(qtbot, dialog)
    text = (tmp_path / "three.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3
    for contact_id in ids:
        assert contacts.get_contact(contact_id).full_name in text
    assert view is window.contacts_view


def test_file_menu_export_offers_everyone_and_json_takes_everything(
    sample_db, window, qtbot, tmp_path, monkeypatch
):
    total = contacts.count_contacts()
    target = tmp_path / "all.json"
    asked: list = []
    choose_path(monkeypatch, target, asked)
    window.export_action.trigger()
    dialog = window.export_dialog
    assert not dialog.selected_radio.isVisible()
    assert dialog.all_radio.isChecked() and str(total) in dialog.all_radio.text()
    dialog.set_format("json")
    assert "restores it exactly" in dialog.format_note.text()
    export_and_wait(qtbot, dialog)
    assert asked[0][0].endswith(".json") and "JSON" in asked[0][1]
    assert target.exists() and target.stat().st_size > 1000
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert dialog.result_label.text().startswith("Exported everything")


def test_json_export_ignores_the_selection(sample_db, window, qtbot, tmp_path, monkeypatch):
    ids = [r.id for r in contacts.list_contacts()][:2]
    dialog = window.open_export_dialog(ids)
    dialog.set_format("json")
    assert not dialog.selected_radio.isEnabled() and dialog.all_radio.isChecked()
    assert dialog.chosen_ids() is None
    dialog.set_format("csv")
    assert dialog.selected_radio.isChecked() and dialog.chosen_ids() == ids


def test_cancelling_the_file_chooser_writes_nothing(
    sample_db, window, qtbot, tmp_path, monkeypatch
):
    monkeypatch.setattr(prompts, "ask_save_path", lambda *a: "")
    dialog = window.open_export_dialog()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and not dialog.result_label.isVisible()
    assert list(tmp_path.glob("*.vcf")) == []


def test_a_folder_that_is_gone_is_said_plainly_and_nothing_is_left(
    sample_db, window, qtbot, tmp_path, monkeypatch
):
    gone = tmp_path / "usb-stick"  # unplugged between choosing and writing
    choose_path(monkeypatch, gone / "contacts.vcf")
    dialog = window.open_export_dialog()
    export_and_wait(qtbot, dialog)
    assert dialog.error_label.isVisible()
    assert "could not write" in dialog.error_label.text()
    assert "Nothing was written" in dialog.error_label.text()
    assert not dialog.result_label.isVisible()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert dialog.isVisible()  # it stays open to try another place
    assert dialog.export_button.text() == "Export…"
