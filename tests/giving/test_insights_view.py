"""The insights page: list, search, note one, and give it to someone who could use it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.giving import insights, ledger
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.giving.insights_view import InsightsTableModel, InsightsView


@pytest.fixture
def view(qtbot, db):
    bus = DataBus()
    widget = InsightsView(bus)
    widget.resize(1200, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    bus.detach()


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_model_passes_the_model_tester(qtmodeltester, sample_db):
    model = InsightsTableModel()
    model.refresh()
    assert model.rowCount() == 6
    qtmodeltester.check(model)


def test_note_an_insight_and_give_it(view, qtbot):
    assert "No insights yet" in view.empty_label.text()
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee", company="Acme Robotics")).id
    contacts.add_contact(ContactInput(full_name="Bob Stone", company="Globex"))
    click(qtbot, view.new_button)
    dialog = view.dialog
    qtbot.keyClicks(dialog.text, "Acme is <moving> to Berlin")
    qtbot.keyClicks(dialog.tags, "company:Acme, hiring")
    qtbot.keyClicks(dialog.source.lineEdit(), "Bob")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.title.text() == "Acme is <moving> to Berlin"
    assert view.subtitle.text().startswith("From Bob Stone, ")
    assert [r.text.text() for r in view.who.rows] == ["Ann Lee"]
    click(qtbot, view.who.rows[0].buttons["give"])
    qtbot.waitUntil(lambda: not view.who.rows)
    assert ledger.balance(ann).gave == 1
    assert view.model.index(0, 4).data() == "1"  # given once


def test_bad_tags_are_explained_in_the_dialog(view, qtbot):
    dialog = view.add_insight()
    qtbot.keyClicks(dialog.text, "Something")
    qtbot.keyClicks(dialog.tags, "colour:blue")
    dialog.save()
    assert dialog.isVisible() and "company:NAME" in dialog.error.text()
    assert insights.list_insights() == []


def test_private_insights_are_marked_and_offered_to_nobody(view, qtbot, sample_db):
    view.reload()
    view.search.setText("freeze")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.index(0, 4).data() == "private"
    assert view.who.title.text() == "Private"
    assert "never offers it" in view.who.empty.text()
    assert not view.who.rows


def test_edit_an_insight(view, qtbot, sample_db):
    view.reload()
    dialog = view.edit_selected()
    assert dialog.shareable.isChecked()
    dialog.shareable.setChecked(False)
    dialog.save()
    record = insights.get_insight(view.current_insight_id())
    assert not record.shareable
    qtbot.waitUntil(lambda: view.who.title.text() == "Private")
