"""Give and ask with one person: the balance, what you could give them, open
follow-ups and the history of gives and asks. Embedded in the contact details pane."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crm_desktop.errors import NotFound
from crm_desktop.services.contacts import contacts
from crm_desktop.services.giving import insights, ledger
from crm_desktop.services.giving.ledger import STATUS_LABELS, LedgerRecord
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import followups
from crm_desktop.services.text import show_date
from crm_desktop.ui.common.action_rows import ActionRow, ActionSection, menu_button, snooze_button
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.layouts import fill, scroll_area
from crm_desktop.ui.common.page_actions import PageActions
from crm_desktop.ui.common.service_text import label
from crm_desktop.ui.common.timers import single_shot
from crm_desktop.ui.common.widgets import plain_label
from crm_desktop.ui.giving.ledger_dialogs import FollowUpDialog, LedgerEntryDialog, RescheduleDialog

translate = QCoreApplication.translate

HISTORY_SHOWN = 40


class LedgerPanel(PageActions, QWidget):
    """Everything given and asked with one contact."""

    def __init__(self, bus: DataBus | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_id: int | None = None
        if bus is None:
            bus = DataBus(self)
            self.destroyed.connect(bus.detach)
        for signal in (bus.ledger_changed, bus.insights_changed, bus.followups_changed):
            signal.connect(self._schedule_reload)
        self._reload_timer = single_shot(self, 0, self.reload)

        self.balance_label = plain_label("balance")
        self.balance_detail = plain_label("muted", wrap=True)
        self.gave_button = QPushButton(translate("LedgerPanel", "I gave…"))
        self.asked_button = QPushButton(translate("LedgerPanel", "I asked…"))
        self.they_gave_button = QPushButton(translate("LedgerPanel", "They gave…"))
        self.new_followup_button = QPushButton(translate("LedgerPanel", "Follow-up…"))
        self.gave_button.clicked.connect(lambda: self.log_entry("gave"))
        self.asked_button.clicked.connect(lambda: self.log_entry("asked"))
        self.they_gave_button.clicked.connect(lambda: self.log_entry("they_gave"))
        self.new_followup_button.clicked.connect(lambda: self.add_follow_up())
        log_row = QHBoxLayout()
        for b in (
            self.gave_button,
            self.asked_button,
            self.they_gave_button,
            self.new_followup_button,
        ):
            log_row.addWidget(b)
        log_row.addStretch(1)

        self.gives = ActionSection(
            translate("LedgerPanel", "What I can give"),
            translate(
                "LedgerPanel",
                "No insight matches them yet. Insights tagged with their company, a competitor, "
                "its industry or one of their tags will show here.",
            ),
            card=False,
        )
        self.follow_ups = ActionSection(
            translate("LedgerPanel", "Open follow-ups"),
            translate("LedgerPanel", "Nothing to follow up."),
            card=False,
        )
        self.history = ActionSection(
            translate("LedgerPanel", "Gives and asks"),
            translate("LedgerPanel", "No gives or asks recorded with them yet."),
            card=False,
        )

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 8, 6, 8)
        column.setSpacing(6)
        column.addWidget(self.balance_label)
        column.addWidget(self.balance_detail)
        column.addLayout(log_row)
        column.addWidget(self.gives)
        column.addWidget(self.follow_ups)
        column.addWidget(self.history)
        column.addStretch(1)
        fill(self, scroll_area(content, translate("LedgerPanel", "Give and ask")))
        self.show_contact(None)

    # Loading ---------------------------------------------------------------------
    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.reload()

    @Slot()
    def _schedule_reload(self) -> None:
        self._reload_timer.start()

    @Slot()
    def reload(self) -> None:
        cid = self.contact_id
        if cid is not None:
            try:
                contacts.get_contact(cid)
            except NotFound:
                cid = self.contact_id = None
        for b in (
            self.gave_button,
            self.asked_button,
            self.they_gave_button,
            self.new_followup_button,
        ):
            b.setEnabled(cid is not None)
        if cid is None:
            self.balance_label.setText("")
            self.balance_detail.setText("")
            for section in (self.gives, self.follow_ups, self.history):
                section.set_rows([])
            return
        bal = ledger.balance(cid)
        self.balance_label.setText(
            translate("LedgerPanel", "Balance {balance}").format(balance=bal.label)
        )
        tone = "owed" if bal.score < 0 else ("ahead" if bal.score > 0 else "even")
        self.balance_label.setProperty("tone", tone)
        self.balance_label.style().unpolish(self.balance_label)
        self.balance_label.style().polish(self.balance_label)
        if bal.gave or bal.asked or bal.they_gave:
            detail = translate(
                "LedgerPanel", "You gave {gave} · asked {asked} · they gave {they_gave}."
            )
            if bal.score < 0:
                detail = translate(
                    "LedgerPanel",
                    "You gave {gave} · asked {asked} · they gave {they_gave}. "
                    "You took more than you gave: give something back.",
                )
            detail = detail.format(gave=bal.gave, asked=bal.asked, they_gave=bal.they_gave)
        else:
            detail = translate("LedgerPanel", "Nothing given or asked yet.")
        self.balance_detail.setText(detail)
        self.gives.set_rows([self._give_row(o) for o in insights.what_i_can_give(cid)])
        today = dt.date.today()
        self.follow_ups.set_rows([self._follow_up_row(f, today) for f in followups.open_for(cid)])
        entries = ledger.entries_for(cid)
        self.history.set_rows([self._entry_row(e) for e in entries[:HISTORY_SHOWN]])

    def _give_row(self, offer) -> ActionRow:
        reason = f"{offer.reason[:1].upper()}{offer.reason[1:]}"
        if offer.source_name:
            reason = translate("LedgerPanel", "{reason} · from {name}").format(
                reason=reason, name=offer.source_name
            )
        row = ActionRow(offer.text, reason)
        row.add_button(
            "give", translate("LedgerPanel", "Give"), lambda: self.give(offer.id), primary=True
        )
        return row

    def _follow_up_row(self, f, today: dt.date) -> ActionRow:
        overdue = f.due_on < today
        due = translate("LedgerPanel", "Due {when}").format(when=f.due_label(today))
        row = ActionRow(f.title, due, "overdue" if overdue else "")
        row.add_button(
            "done", translate("LedgerPanel", "Done"), lambda: self.run(followups.done, f.id)
        )
        row.add_widget(
            "snooze",
            snooze_button(
                lambda d: self.run(followups.snooze, f.id, d), lambda: self.reschedule(f.id)
            ),
        )
        return row

    def _entry_row(self, e: LedgerRecord) -> ActionRow:
        detail = show_date(e.occurred_on) + (f" · {e.note}" if e.note else "")
        row = ActionRow(e.summary, detail)
        items = [
            (
                translate("LedgerPanel", "Mark {status}").format(
                    status=label(STATUS_LABELS[s]).lower()
                ),
                lambda s=s: self.set_status(e.id, s),
                s == e.status,
            )
            for s in ledger.statuses_for(e.direction, e.kind)
            if s
        ]
        if items:
            items.append(("-", lambda: None, False))
        items.append((translate("LedgerPanel", "Delete…"), lambda: self.delete_entry(e.id), False))
        row.add_widget("more", menu_button(translate("LedgerPanel", "More"), items))
        return row

    # Actions ---------------------------------------------------------------------
    def log_entry(self, direction: str, kind: str | None = None) -> LedgerEntryDialog | None:
        if self.contact_id is None:
            return None
        return self.open_dialog(LedgerEntryDialog(self.contact_id, direction, kind, self))

    def add_follow_up(self) -> FollowUpDialog | None:
        if self.contact_id is None:
            return None
        return self.open_dialog(FollowUpDialog(self.contact_id, None, "", self))

    def reschedule(self, follow_up_id: int) -> RescheduleDialog:
        return self.open_dialog(RescheduleDialog(follow_up_id, self))

    def give(self, insight_id: int) -> bool:
        if self.contact_id is None:
            return False
        return self.run(insights.give, insight_id, self.contact_id) is not None

    def set_status(self, entry_id: int, status: str) -> None:
        entry = self.run(ledger.set_status, entry_id, status)
        if entry is None:
            return
        pair = ledger.referral_to_confirm(entry)
        if pair is None:
            return
        introducer, introduced = pair
        placed = referrals.placement(introduced)
        if placed is not None and placed.referrer_id == introducer:
            return
        names = [contacts.get_contact(i).full_name for i in pair]
        question = translate(
            "LedgerPanel",
            "Record in your referral graph that {introducer} introduced you to {name}?",
        ).format(introducer=names[0], name=names[1])
        if self.confirm(
            translate("LedgerPanel", "Introduction made"),
            question,
            translate("LedgerPanel", "Record it"),
        ):
            self.run(referrals.refer, introducer, introduced, entry.occurred_on)

    def delete_entry(self, entry_id: int) -> None:
        entry = ledger.get_entry(entry_id)
        if self.confirm(
            translate("LedgerPanel", "Delete entry"),
            translate("LedgerPanel", "Delete “{entry}”?").format(entry=entry.summary),
            translate("LedgerPanel", "Delete"),
        ):
            self.run(ledger.delete_entry, entry_id)
