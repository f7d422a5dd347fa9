"""How an import ends: the contacts page shows the people just imported, whatever the
list was searching for before, and the "Import finished" box is as small as its words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.ui.contacts.model import COL_NAME
from crm_desktop.ui.interchange.import_dialog.dialog import PAGE_DONE, PAGE_PREVIEW, ImportDialog

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.fixture
def connections(tmp_path) -> str:
    """A LinkedIn file of 500 people, as LinkedIn's data export writes it."""
    rows = "".join(
        f"Person{n},Tester{n},https://www.linkedin.com/in/person-{n},person{n}@example.com,"
        f"Company {n % 7},Engineer,05 Mar 2024\n"
        for n in range(500)
    )
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return str(path)


def import_file(window, qtbot, path: str) -> ImportDialog:
    dialog = window.open_import_dialog(path)
    for page in (PAGE_PREVIEW, PAGE_DONE):
        qtbot.waitUntil(dialog.next_button.isEnabled, timeout=30000)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda p=page: dialog.pages.currentIndex() == p, timeout=30000)
    return dialog


def listed(view) -> list[str]:
    model = view.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_after_an_import_the_list_shows_the_people_just_imported(window, qtbot, connections):
    contacts.add_contact(ContactInput("Zed Zimmer", company="Zeta"))
    view = window.contacts_view
    qtbot.keyClicks(view.search, "Zimmer")  # matches nobody in the file
    qtbot.waitUntil(lambda: listed(view) == ["Zed Zimmer"], timeout=5000)

    dialog = import_file(window, qtbot, connections)
    imported = sorted(dialog.result.created_ids)
    assert len(imported) == 500

    def shown() -> None:
        names = listed(view)
        assert "Person0 Tester0" in names and "Person499 Tester499" in names, names[:5]

    qtbot.waitUntil(shown, timeout=5000)
    assert window.tabs.currentWidget() is view
    assert view.search.text() == ""
    assert sorted(view.selected_contact_ids()) == imported  # the people just imported


def test_the_finished_box_is_as_small_as_what_it_says(window, qtbot, connections):
    dialog = import_file(window, qtbot, connections)
    assert dialog.done_heading.text() == "Import finished"
    assert dialog.height() <= 660 // 3, dialog.size()
    assert dialog.width() <= 640, dialog.size()
    assert dialog.grab().size() == dialog.size()  # paints as it is, without complaint
    assert dialog.done_text.isVisible() and dialog.next_button.text() == "Close"
    # All of its words are on screen, none cut off.
    text = dialog.done_text
    assert text.height() >= text.heightForWidth(text.width())
