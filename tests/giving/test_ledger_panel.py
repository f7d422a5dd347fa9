"""The give-and-ask panel of one contact, driven through its buttons and dialogs."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import click, person

from crm_desktop.services.contacts import companies, contacts
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.giving.insights import InsightInput
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import followups
from crm_desktop.ui.common.mnemonics import plain
from crm_desktop.ui.giving.ledger_panel import LedgerPanel


@pytest.fixture
def panel(show_page, db):
    return show_page(LedgerPanel, 480, 900)


def save(qtbot, dialog):
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))


def test_empty_panel_for_nobody(panel):
    panel.show_contact(None)
    assert not panel.gave_button.isEnabled()
    assert panel.balance_label.text() == ""


def test_log_an_ask_then_a_give_through_the_dialogs(panel, qtbot):
    ann = person("Ann Lee", "Acme")
    panel.show_contact(ann)
    assert panel.balance_label.text() == "Balance 0"
    assert panel.balance_detail.text() == "Nothing given or asked yet."
    click(qtbot, panel.asked_button)
    dialog = panel.dialog
    assert dialog.windowTitle() == "Log an ask of Ann Lee"
    dialog.kind.setCurrentIndex(dialog.kind.findData("advice"))
    assert dialog.status.currentData() == "open"
    qtbot.keyClicks(dialog.note, "Review my <b>CV</b>")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.balance_label.text() == "Balance −1")
    assert panel.balance_label.property("tone") == "owed"
    assert panel.history.rows[0].text.text() == "I asked: Advice (open)"
    assert "Review my <b>CV</b>" in panel.history.rows[0].detail.text()

    click(qtbot, panel.gave_button)
    dialog = panel.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("article"))
    assert not dialog.status.isVisible()
    qtbot.keyClicks(dialog.note, "The dbt testing article")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: panel.balance_label.text() == "Balance 0")
    assert [r.text.text() for r in panel.history.rows] == [
        "I gave: Article",
        "I asked: Advice (open)",
    ]


def test_give_an_offered_insight_and_see_the_balance_move(panel, qtbot):
    ann = person("Ann Lee", "Kumo", tags=["data"])
    companies.set_profile("Kumo", competitors=["Acme Robotics"])
    insights.add_insight(InsightInput("Older: dbt tips", [("topic", "data")]))
    newest = insights.add_insight(InsightInput("Acme moves to Berlin", [("company", "Acme")]))
    insights.add_insight(InsightInput("Secret", [("company", "Acme")], shareable=False))
    panel.show_contact(ann)
    rows = panel.gives.rows
    assert [r.text.text() for r in rows] == ["Acme moves to Berlin", "Older: dbt tips"]
    assert rows[0].detail.text() == "About Acme Robotics, a competitor of Kumo"
    click(qtbot, rows[0].buttons["give"])
    qtbot.waitUntil(lambda: len(panel.gives.rows) == 1)
    assert panel.balance_label.text() == "Balance +1"
    assert panel.history.rows[0].text.text() == "I gave: Insight"
    assert ledger.entries_for(ann)[0].insight_id == newest.id


def test_an_introduction_granted_is_recorded_in_the_graph_when_confirmed(panel, qtbot, monkeypatch):
    ann, carl = person("Ann"), person("Carl Ng")
    ledger.log_ask(ann, "introduction", "Meet Carl", other_contact_id=carl)
    panel.show_contact(ann)
    asked = []
    monkeypatch.setattr(panel, "confirm", lambda title, text, action: asked.append(text) or True)
    more = panel.history.rows[0].buttons["more"]
    labels = [plain(a.text()) for a in more.menu().actions() if a.text()]
    assert labels == ["Mark requested", "Mark made", "Mark declined", "Delete…"]
    more.menu().actions()[1].trigger()
    assert asked == ["Record in your referral graph that Ann introduced you to Carl Ng?"]
    assert referrals.chain_names(carl) == ["Me", "Ann", "Carl Ng"]
    qtbot.waitUntil(lambda: panel.history.rows[0].text.text().endswith("(made)"))


def test_follow_ups_added_done_and_snoozed_from_the_panel(panel, qtbot):
    ann = person("Ann")
    panel.show_contact(ann)
    assert panel.follow_ups.empty.isVisible()
    click(qtbot, panel.new_followup_button)
    dialog = panel.dialog
    assert dialog.person.contact_id() == ann
    qtbot.keyClicks(dialog.what, "Send Ann the article")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: len(panel.follow_ups.rows) == 1)
    row = panel.follow_ups.rows[0]
    assert row.detail.text() == "Due tomorrow"
    row.buttons["snooze"].menu().actions()[1].trigger()  # in 3 days
    qtbot.waitUntil(lambda: panel.follow_ups.rows[0].detail.text() != "Due tomorrow")
    due = followups.open_for(ann)[0].due_on
    assert due == dt.date.today() + dt.timedelta(days=3)
    click(qtbot, panel.follow_ups.rows[0].buttons["done"])
    qtbot.waitUntil(lambda: not panel.follow_ups.rows)
    assert followups.open_for(ann) == []


def test_delete_an_entry_after_confirmation(panel, qtbot, monkeypatch):
    ann = person("Ann")
    ledger.log_give(ann, "favour", "Moved a sofa")
    panel.show_contact(ann)
    monkeypatch.setattr(panel, "confirm", lambda *a: True)
    panel.history.rows[0].buttons["more"].menu().actions()[-1].trigger()
    qtbot.waitUntil(lambda: not panel.history.rows)
    assert ledger.entries_for(ann) == []


def test_contact_details_pane_has_the_panel(qtbot, sample_db):
    from crm_desktop.ui.contacts.details import ContactDetails

    details = ContactDetails()
    qtbot.addWidget(details)
    priya = contacts.find_contact("Priya Raman").id
    details.show_contact(priya)
    tab = details.sections.indexOf(details.ledger_panel)
    assert details.sections.tabText(tab) == "Give && ask"
    assert details.ledger_panel.contact_id == priya
    assert details.ledger_panel.balance_label.text() == "Balance −2"
