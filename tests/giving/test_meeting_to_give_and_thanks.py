"""Issue 5's "done means", as a new user does it with the sample network: log a
meeting, write notes and two insights, see one offered on another contact's
"what I can give" (not to the people who work at the company it is about), give it,
see the balance move, get the thank-you follow-up."""

from __future__ import annotations

import datetime as dt

from helpers import click

from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import ledger
from crm_desktop.services.meetings import followups, meetings


def save(qtbot, dialog):
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_from_a_meeting_to_a_give_and_a_thank_you(window, qtbot):
    # A new user loads the sample network from the welcome page; Today opens.
    click(qtbot, window.contacts_view.empty_state.sample_button)
    assert window.tabs.currentWidget() is window.today_view
    tom = contacts.find_contact("Tom Becker").id
    priya = contacts.find_contact("Priya Raman").id

    # 1. Log a coffee with Tom that ended earlier today.
    window.tabs.setCurrentWidget(window.meetings_view)
    view = window.meetings_view
    click(qtbot, view.new_button)
    dialog = view.dialog
    qtbot.keyClicks(dialog.person.lineEdit(), "Tom Becker")
    started = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=2)
    dialog.set_when(started)
    dialog.kind.setCurrentIndex(dialog.kind.findData("coffee"))
    qtbot.keyClicks(dialog.place, "Harbour Coffee")
    save(qtbot, dialog)
    assert view.title.text() == "Coffee with Tom Becker"
    meeting_id = view.current_meeting_id()

    # 2. Notes, typed in the meeting pane, saved as typed.
    view.notes_editor.notes.setFocus()
    qtbot.keyClicks(view.notes_editor.notes, "Northwind is hiring two analytics engineers.")
    qtbot.waitUntil(lambda: "two analytics engineers" in meetings.get_meeting(meeting_id).notes)

    # 3. Two insights from the meeting.
    for text, extra_tag in (
        ("Northwind is hiring two analytics engineers in Q1", "hiring"),
        ("Northwind's data team is moving from Looker to Superset", "data"),
    ):
        click(qtbot, view.insight_button)
        dialog = view.dialog
        assert dialog.tags.text() == "company:Northwind Analytics, "
        qtbot.keyClicks(dialog.text, text)
        qtbot.keyClicks(dialog.tags, extra_tag)
        save(qtbot, dialog)

    # 4. Offered on Hanako's "what I can give" (she is tagged data, at Kumo), never on
    #    Tom's (he told us) nor on Priya's (she works at Northwind: not news to her).
    hanako = contacts.find_contact("山田 花子 (Hanako Yamada)").id
    window.show_contact(hanako)
    details = window.contacts_view.details
    details.sections.setCurrentWidget(details.ledger_panel)
    panel = details.ledger_panel
    qtbot.waitUntil(lambda: "Northwind" in panel.gives.rows[0].text.text())
    offered = [r.text.text() for r in panel.gives.rows]
    assert offered[0] == "Northwind's data team is moving from Looker to Superset"
    assert "Northwind is hiring two analytics engineers in Q1" not in offered  # not her topic
    assert (
        panel.gives.rows[0]
        .detail.text()
        .startswith("About data, one of their interests · from Tom Becker")
    )
    for colleague in (tom, priya):
        window.show_contact(colleague)
        qtbot.waitUntil(lambda colleague=colleague: panel.contact_id == colleague)
        assert not any("Northwind" in r.text.text() for r in panel.gives.rows)

    # 5. Give it to Hanako: her balance moves from −1 to 0.
    window.show_contact(hanako)
    qtbot.waitUntil(lambda: panel.contact_id == hanako)
    assert panel.balance_label.text() == "Balance −1"
    click(qtbot, panel.gives.rows[0].buttons["give"])
    qtbot.waitUntil(lambda: panel.balance_label.text() == "Balance 0")
    assert ledger.entries_for(hanako)[0].note == (
        "Northwind's data team is moving from Looker to Superset"
    )
    assert not any("Northwind" in r.text.text() for r in panel.gives.rows)

    # 6. The thank-you follow-ups: Tom for the coffee, Priya for introducing him.
    window.tabs.setCurrentWidget(window.today_view)
    thanks = window.today_view.sections["thanks"]
    qtbot.waitUntil(lambda: any("Tom Becker" in r.text.text() for r in thanks.rows))
    titles = [r.text.text() for r in thanks.rows]
    assert f"Thank Tom Becker for the coffee on {started:%a %d %b}" in titles
    assert "Thank Priya Raman for introducing you to Tom Becker" in titles
    row = next(r for r in thanks.rows if r.text.text().startswith("Thank Tom Becker"))
    click(qtbot, row.buttons["later"])
    followups_section = window.today_view.sections["followups"]
    qtbot.waitUntil(
        lambda: any(r.text.text().startswith("Thank Tom Becker") for r in followups_section.rows)
    )
    [planned] = [f for f in followups.open_for(tom) if f.kind == "thanks"]
    assert planned.meeting_id == meeting_id
    # Done: the thank-you is a give to Tom.
    row = next(r for r in followups_section.rows if r.text.text().startswith("Thank Tom"))
    click(qtbot, row.buttons["done"])
    qtbot.waitUntil(lambda: ledger.balance(tom).gave == 1)
