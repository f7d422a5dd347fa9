"""The insights page: list, search, note one, and give it to someone who could use it."""

from __future__ import annotations

import pytest
from helpers import click

from crm_desktop.services.contacts import companies, contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.services.giving import insights, ledger
from crm_desktop.ui.giving.insights_view import InsightsTableModel, InsightsView


@pytest.fixture
def insights_view(show_page, db):
    return show_page(InsightsView, 1200, 700)


def test_model_passes_the_model_tester(qtmodeltester, sample_db):
    model = InsightsTableModel()
    model.refresh()
    assert model.rowCount() == 6
    qtmodeltester.check(model)


def test_note_an_insight_and_give_it(insights_view, qtbot):
    assert "No insights yet" in insights_view.empty_label.text()
    ann = contacts.add_contact(ContactInput(full_name="Ann Lee", company="Kumo")).id
    contacts.add_contact(ContactInput(full_name="Bob Stone", company="Globex"))
    contacts.add_contact(ContactInput(full_name="Cy Ray", company="Acme Robotics"))
    companies.set_profile("Kumo", competitors=["Acme Robotics"])
    click(qtbot, insights_view.new_button)
    dialog = insights_view.dialog
    qtbot.keyClicks(dialog.text, "Acme is <moving> to Berlin")
    qtbot.keyClicks(dialog.tags, "company:Acme, hiring")
    qtbot.keyClicks(dialog.source.lineEdit(), "Bob")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: insights_view.model.rowCount() == 1)
    assert insights_view.title.text() == "Acme is <moving> to Berlin"
    assert insights_view.subtitle.text().startswith("From Bob Stone, ")
    assert [r.text.text() for r in insights_view.who.rows] == ["Ann Lee"]  # not Cy: his company
    click(qtbot, insights_view.who.rows[0].buttons["give"])
    qtbot.waitUntil(lambda: not insights_view.who.rows)
    assert ledger.balance(ann).gave == 1
    assert insights_view.model.index(0, 4).data() == "1"  # given once


def test_bad_tags_are_explained_in_the_dialog(insights_view, qtbot):
    dialog = insights_view.add_insight()
    qtbot.keyClicks(dialog.text, "Something")
    qtbot.keyClicks(dialog.tags, "colour:blue")
    dialog.save()
    assert dialog.isVisible() and "company:NAME" in dialog.error.text()
    assert insights.list_insights() == []


def test_private_insights_are_marked_and_offered_to_nobody(insights_view, qtbot, sample_db):
    insights_view.reload()
    insights_view.search.setText("freeze")
    qtbot.waitUntil(lambda: insights_view.model.rowCount() == 1)
    assert insights_view.model.index(0, 4).data() == "private"
    assert insights_view.who.title.text() == "Private"
    assert "never offers it" in insights_view.who.empty.text()
    assert not insights_view.who.rows


def test_edit_an_insight(insights_view, qtbot, sample_db):
    insights_view.reload()
    dialog = insights_view.edit_selected()
    assert dialog.shareable.isChecked()
    dialog.shareable.setChecked(False)
    dialog.save()
    record = insights.get_insight(insights_view.current_insight_id())
    assert not record.shareable
    qtbot.waitUntil(lambda: insights_view.who.title.text() == "Private")
