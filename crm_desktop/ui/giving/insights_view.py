"""The insights page: what you learned, and who you could give each insight to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.giving import insights
from crm_desktop.services.giving.insights import InsightRecord
from crm_desktop.services.text import show_date
from crm_desktop.ui.common.action_rows import ActionRow, ActionSection
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.layouts import scroll_area
from crm_desktop.ui.common.list_details import ListDetailsPage
from crm_desktop.ui.common.table_model import RecordTableModel
from crm_desktop.ui.common.timers import single_shot
from crm_desktop.ui.giving.insight_dialog import InsightDialog

translate = QCoreApplication.translate

COL_DATE, COL_TEXT, COL_TAGS, COL_FROM, COL_GIVEN = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("headers", "Noted"),
    QT_TRANSLATE_NOOP("headers", "Insight"),
    QT_TRANSLATE_NOOP("headers", "Tags"),
    QT_TRANSLATE_NOOP("headers", "From"),
    QT_TRANSLATE_NOOP("headers", "Given"),
)


class InsightsTableModel(RecordTableModel[InsightRecord]):
    """The insights matching ``search``; private ones muted."""

    HEADERS = HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.search = ""

    def refresh(self) -> None:
        self.set_records(insights.list_insights(self.search))

    def cells(self, record: InsightRecord) -> tuple[str, ...]:
        r = record
        return (
            show_date(r.noted_on),
            " ".join(r.text.split()),
            r.tags_label,
            r.source_name,
            translate("InsightsView", "private")
            if not r.shareable
            else (str(r.given_count) if r.given_count else ""),
        )

    def is_muted(self, record: InsightRecord) -> bool:
        return not record.shareable


class InsightsView(ListDetailsPage):
    open_contact_requested = Signal(int)
    model: InsightsTableModel
    KEY_COLUMN = COL_TEXT

    def __init__(self, bus: DataBus, parent: QWidget | None = None):
        super().__init__(
            InsightsTableModel(),
            (100, 330, 200, 140),
            parent,
            translate("InsightsView", "Insights"),
        )
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            translate("InsightsView", "Search insights, tags and sources…")
        )
        self.search.setAccessibleName(translate("InsightsView", "Search insights"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(translate("InsightsView", "New insight"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.add_insight())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)

        self.who = ActionSection(translate("InsightsView", "Who could use it"), "", card=False)
        who_page = QWidget()
        who_layout = QVBoxLayout(who_page)
        who_layout.setContentsMargins(0, 0, 6, 0)
        who_layout.addWidget(self.who)
        who_layout.addStretch(1)
        details = self.lay_out(top, (760, 440))
        details.addSpacing(8)
        details.addWidget(scroll_area(who_page, translate("InsightsView", "Who could use it")), 1)

        self._search_timer = single_shot(self, 120, self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._reload_timer = single_shot(self, 0, self.reload)
        for signal in (bus.insights_changed, bus.ledger_changed, bus.contacts_changed):
            signal.connect(self._reload_timer.start)

    # Loading ----------------------------------------------------------------------
    def empty_text(self, has_rows: bool) -> str:
        if has_rows:
            return ""
        return (
            translate("InsightsView", "No insight matches.") if self.model.search.strip() else
            translate(
                "InsightsView",
                "No insights yet. When you learn something about a company or an industry, "
                "note it here (or from a meeting) and Giveback will offer it to the people "
                "it can help.",
            )
        )  # fmt: skip

    def _apply_search(self) -> None:
        self.model.search = self.search.text()
        self.reload()

    def current_insight_id(self) -> int | None:
        return self.current_id()

    def select_insight(self, insight_id: int) -> None:
        """Select *insight_id*, clearing the search when it hides it."""
        if not self.select_record(insight_id) and self.model.search:
            self.search.clear()
            self._apply_search()
            self.select_record(insight_id)

    def get_record(self, record_id: int) -> InsightRecord:
        return insights.get_insight(record_id)

    def show_details(self, record: InsightRecord | None) -> None:
        if record is None:
            self.title.setText(translate("InsightsView", "No insight selected"))
            self.subtitle.setText("")
            self.who.empty.setText("")
            self.who.set_rows([])
            return
        self.title.setText(record.text)
        noted = show_date(record.noted_on)
        if record.source_name:
            bits = [
                translate("InsightsView", "From {name}, {date}").format(
                    name=record.source_name, date=noted
                )
            ]
        else:
            bits = [translate("InsightsView", "Source not recorded, {date}").format(date=noted)]
        if record.tags:
            bits.append(record.tags_label)
        if record.given_count:
            bits.append(
                translate("InsightsView", "given {count}×").format(count=record.given_count)
            )
        self.subtitle.setText(" · ".join(bits))
        if not record.shareable:
            self.who.title_text = translate("InsightsView", "Private")
            self.who.empty.setText(
                translate("InsightsView", "Told in confidence: Giveback never offers it to anyone.")
            )
            self.who.set_rows([])
            return
        self.who.title_text = translate("InsightsView", "Who could use it")
        self.who.empty.setText(
            translate(
                "InsightsView",
                "Nobody yet: tag it with a company, an industry or a topic your contacts are "
                "tagged with.",
            )
        )
        self.who.set_rows([self._who_row(record.id, *p) for p in insights.who_could_use(record.id)])

    def _who_row(self, insight_id: int, contact_id: int, name: str, reason: str) -> ActionRow:
        row = ActionRow(name, reason[:1].upper() + reason[1:])
        row.add_button(
            "open",
            translate("InsightsView", "Open"),
            lambda: self.open_contact_requested.emit(contact_id),
        )
        row.add_button(
            "give",
            translate("InsightsView", "Give"),
            lambda: self.give(insight_id, contact_id),
            primary=True,
        )
        return row

    # Actions ----------------------------------------------------------------------
    def add_insight(self) -> InsightDialog:
        return self._open_insight(None)

    @Slot()
    def edit_selected(self) -> InsightDialog | None:
        insight_id = self.current_id()
        if insight_id is None:
            return None
        return self._open_insight(insights.get_insight(insight_id))

    def _open_insight(self, record: InsightRecord | None) -> InsightDialog:
        dialog = InsightDialog(record, None, None, self)
        dialog.insight_saved.connect(self._on_dialog_insight_saved)
        return self.open_dialog(dialog)

    @Slot(int)
    def _on_dialog_insight_saved(self, insight_id: int) -> None:
        self.reload()
        self.select_insight(insight_id)

    def delete_question(self, record: InsightRecord) -> tuple[str, str]:
        return (
            translate("InsightsView", "Delete insight"),
            translate(
                "InsightsView", "Delete “{insight}”? Gives that shared it stay in the ledger."
            ).format(insight=record.text),
        )

    def delete_record(self, record_id: int) -> None:
        insights.delete_insight(record_id)

    def give(self, insight_id: int, contact_id: int) -> bool:
        return self.run(insights.give, insight_id, contact_id) is not None
