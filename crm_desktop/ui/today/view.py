"""The Today page: today's meetings, follow-ups due and overdue, thank-yous owed,
people going cold and people you only took from, each one click from acting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from crm_desktop.services.giving import insights
from crm_desktop.services.meetings import followups, today
from crm_desktop.services.meetings.today import TodaySummary
from crm_desktop.services.text import show_date
from crm_desktop.ui.common.action_rows import ActionRow, ActionSection, snooze_button
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.layouts import fill, scroll_area
from crm_desktop.ui.common.page_actions import PageActions
from crm_desktop.ui.common.service_text import number
from crm_desktop.ui.common.timers import single_shot
from crm_desktop.ui.common.widgets import plain_label
from crm_desktop.ui.giving.ledger_dialogs import RescheduleDialog

translate = QCoreApplication.translate

MAX_WIDTH = 1000  # long rows put the buttons too far from what they act on
SHOWN_ROWS = 20  # per section until "Show all": a long list is built only when asked for
SECTIONS = (
    ("meetings", QT_TRANSLATE_NOOP("TodayView", "Meetings today")),
    ("followups", QT_TRANSLATE_NOOP("TodayView", "Follow-ups due")),
    ("thanks", QT_TRANSLATE_NOOP("TodayView", "Thank-yous owed")),
    ("cold", QT_TRANSLATE_NOOP("TodayView", "Going cold")),
    ("taking", QT_TRANSLATE_NOOP("TodayView", "Only taking: give something back")),
)


class TodayView(PageActions, QWidget):
    open_contact_requested = Signal(int)
    open_meeting_requested = Signal(int)
    prep_sheet_requested = Signal(int)  # a meeting id
    new_meeting_requested = Signal(int)  # a contact id

    def __init__(self, bus: DataBus, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary: TodaySummary | None = None
        self.heading = plain_label("paneTitle")
        self.overview = plain_label("muted", wrap=True)
        self.all_clear = plain_label("emptyText", wrap=True)
        self.all_clear.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sections = {
            key: ActionSection(translate("TodayView", title)) for key, title in SECTIONS
        }
        self._expanded: set[str] = set()  # sections the user asked to see whole

        content = QWidget()
        content.setObjectName("todayPage")
        page = QHBoxLayout(content)
        page.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        inner.setMaximumWidth(MAX_WIDTH)
        page.addStretch(1)
        page.addWidget(inner, 100)
        page.addStretch(1)
        column = QVBoxLayout(inner)
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.overview)
        column.addWidget(self.all_clear)
        for key, _title in SECTIONS:
            column.addWidget(self.sections[key])
        column.addStretch(1)
        fill(self, scroll_area(content, translate("TodayView", "Today")))

        self._reload_timer = single_shot(self, 0, self.reload)
        for signal in (
            bus.contacts_changed,
            bus.referrals_changed,
            bus.meetings_changed,
            bus.ledger_changed,
            bus.insights_changed,
            bus.followups_changed,
        ):
            signal.connect(self._on_data_changed)
        # Filled when first shown, and again when shown after a change elsewhere:
        # a hidden page costs nothing.
        self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    @Slot()
    def _on_data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()

    def now(self) -> dt.datetime:
        """The moment the page is about; a method so tests can pin it."""
        return dt.datetime.now()

    # Loading ----------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        self._stale = False
        s = today.summary(self.now(), limit=SHOWN_ROWS, whole=self._expanded)
        self.summary = s
        self.heading.setText(
            translate("TodayView", "Today, {date}").format(
                date=show_date(s.now, weekday=True, year=False)
            )
        )
        counts = [
            self.tr("%n meeting(s)", "", s.totals["meetings"]) if s.totals["meetings"] else "",
            self.tr("%n follow-up(s) due", "", s.totals["followups"])
            if s.totals["followups"]
            else "",
            self.tr("%n thank-you(s) owed", "", s.totals["thanks"]) if s.totals["thanks"] else "",
        ]
        said = [text for text in counts if text]
        self.overview.setText(
            translate("TodayView", "{items}.").format(items=", ".join(said)) if said else ""
        )
        self.overview.setVisible(bool(said))
        self.all_clear.setText(
            translate(
                "TodayView",
                "Nothing needs you today. Plan a coffee with someone you have not seen for a "
                "while, or note an insight you could pass on.",
            )
        )
        self.all_clear.setVisible(s.is_clear)
        self._fill("meetings", s.meetings, self._meeting_row)
        day = s.now.date()
        self._fill("followups", s.overdue + s.due_today, lambda f: self._follow_up_row(f, day))
        self._fill("thanks", s.thanks, self._thanks_row)
        self._fill("cold", s.going_cold, self._cold_row)
        self._fill("taking", s.only_taking, self._taking_row)

    def _fill(self, key: str, items: list, make_row) -> None:
        """The first SHOWN_ROWS of *items* as rows, then "and N more" with Show all
        (the summary reads only the first rows; its totals say how many there are)."""
        shown = items if key in self._expanded else items[:SHOWN_ROWS]
        rows = [make_row(item) for item in shown]
        total = self.summary.totals[key]
        hidden = total - len(shown)
        if hidden:
            more = ActionRow(self.tr("and %Ln more", "", hidden), "", "past")
            more.add_button("all", translate("TodayView", "Show all"), lambda: self.show_all(key))
            rows.append(more)
        section = self.sections[key]
        section.set_rows(rows)
        if hidden:
            section.title.setText(f"{section.title_text} ({number(total)})")

    def show_all(self, key: str) -> None:
        """Show every row of section *key*."""
        self._expanded.add(key)
        self.reload()

    def _meeting_row(self, m) -> ActionRow:
        done = m.starts_at + dt.timedelta(minutes=m.duration_minutes) <= self.now()
        place = f" · {m.place}" if m.place and m.place != m.kind_label else ""
        row = ActionRow(
            translate("TodayView", "{time}  {kind} with {who}").format(
                time=f"{m.starts_at:%H:%M}", kind=m.kind_label, who=m.with_whom
            ),
            (m.goal or "") + place
            if not done
            else translate("TodayView", "Done. Write down your notes and insights."),
            "past" if done else "",
        )
        row.add_button(
            "open", translate("TodayView", "Open"), lambda: self.open_meeting_requested.emit(m.id)
        )
        row.add_button(
            "prep",
            translate("TodayView", "Prep sheet…"),
            lambda: self.prep_sheet_requested.emit(m.id),
        )
        return row

    def _follow_up_row(self, f, day: dt.date) -> ActionRow:
        overdue = f.due_on < day
        row = ActionRow(
            f.title,
            " · ".join(p for p in (f.due_label(day).capitalize(), f.contact_name) if p),
            "overdue" if overdue else "",
        )
        row.add_button(
            "done",
            translate("TodayView", "Done"),
            lambda: self.run(followups.done, f.id),
            primary=True,
        )
        row.add_widget(
            "snooze",
            snooze_button(
                lambda d: self.run(followups.snooze, f.id, d), lambda: self.reschedule(f.id)
            ),
        )
        if f.contact_id is not None:
            row.add_button(
                "open",
                translate("TodayView", "Open"),
                lambda: self.open_contact_requested.emit(f.contact_id),
            )
        return row

    def _thanks_row(self, p) -> ActionRow:
        row = ActionRow(
            p.title,
            translate("TodayView", "Meeting on {date}").format(
                date=show_date(p.meeting_day, weekday=True, year=False)
            ),
        )
        row.add_button(
            "sent",
            translate("TodayView", "Sent"),
            lambda: self.run(followups.thanked, p),
            primary=True,
        )
        row.add_button(
            "later",
            translate("TodayView", "Add to follow-ups"),
            lambda: self.run(followups.plan_thanks, p),
        )
        row.add_button(
            "skip", translate("TodayView", "Skip"), lambda: self.run(followups.skip_thanks, p)
        )
        return row

    def _cold_row(self, c) -> ActionRow:
        who = f"{c.full_name} ({c.company})" if c.company else c.full_name
        row = ActionRow(
            who,
            self.tr("Keep in touch {cadence}; %n day(s) overdue", "", c.days_overdue).format(
                cadence=c.label
            ),
        )
        row.add_button(
            "meet",
            translate("TodayView", "Plan a meeting…"),
            lambda: self.new_meeting_requested.emit(c.contact_id),
        )
        row.add_button(
            "open",
            translate("TodayView", "Open"),
            lambda: self.open_contact_requested.emit(c.contact_id),
        )
        return row

    def _taking_row(self, t) -> ActionRow:
        b = t.balance
        row = ActionRow(
            translate("TodayView", "{name}  ·  balance {balance}").format(
                name=t.full_name, balance=b.label
            ),
            translate(
                "TodayView",
                "You asked {asked}, they gave {they_gave}, you gave {gave}. {suggestion}",
            ).format(asked=b.asked, they_gave=b.they_gave, gave=b.gave, suggestion=t.suggestion),
        )
        if t.insight_id is not None:
            row.add_button(
                "give",
                translate("TodayView", "Give this insight"),
                lambda: self.run(insights.give, t.insight_id, t.contact_id),
                primary=True,
            )
        row.add_button(
            "open",
            translate("TodayView", "Open"),
            lambda: self.open_contact_requested.emit(t.contact_id),
        )
        return row

    def reschedule(self, follow_up_id: int) -> RescheduleDialog:
        return self.open_dialog(RescheduleDialog(follow_up_id, self))
