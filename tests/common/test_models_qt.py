"""Qt item models: structural checks, and the PySide6 None-refcount regression."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSortFilterProxyModel, Qt

from crm_desktop.ui.common.table_model import RecordRole, RecordTableModel
from crm_desktop.ui.contacts.model import ContactsTableModel
from crm_desktop.ui.giving.insights_view import InsightsTableModel
from crm_desktop.ui.interchange.backup_dialogs import BackupsTableModel
from crm_desktop.ui.meetings.model import MeetingsTableModel


def test_contacts_model_passes_qtmodeltester(qtmodeltester, sample_db):
    model = ContactsTableModel()
    model.refresh()
    assert model.rowCount() == 30
    qtmodeltester.check(model)


def test_meetings_model_passes_qtmodeltester(qtmodeltester, sample_db):
    model = MeetingsTableModel()
    model.set_when("all")
    assert model.rowCount() > 5
    qtmodeltester.check(model)


def test_insights_model_passes_qtmodeltester(qtmodeltester, sample_db):
    model = InsightsTableModel()
    model.refresh()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_backups_model_passes_qtmodeltester(qtmodeltester, db):
    from crm_desktop.services import backups

    backups.backup_now()
    backups.backup_now(reason="before-import")
    model = BackupsTableModel()
    model.refresh()
    assert model.rowCount() == 2
    qtmodeltester.check(model)


class _Fruit:
    def __init__(self, id: int, name: str, ripe: bool):
        self.id, self.name, self.ripe = id, name, ripe


class _FruitModel(RecordTableModel[_Fruit]):
    HEADERS = ("Name", "Ripe")

    def refresh(self) -> None:
        self.set_records([_Fruit(7, "apple", True), _Fruit(9, "pear", False)])

    def cells(self, record: _Fruit) -> tuple[str, ...]:
        return (record.name, "yes" if record.ripe else "no")

    def is_muted(self, record: _Fruit) -> bool:
        return not record.ripe


def test_record_model_passes_qtmodeltester_and_reaches_records_through_a_proxy(qtmodeltester):
    model = _FruitModel()
    qtmodeltester.check(model)  # empty
    model.refresh()
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Ripe"
    assert model.row_of(9) == 1 and model.row_of(8) == -1
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 1).data() == "no"
    assert proxy.index(0, 0).data(RecordRole) is model.record(1)
    assert proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert proxy.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_unhandled_roles_do_not_leak_none_references(sample_db):
    """PySide6 6.12.0 dropped a reference to None for every data() call that
    returned None, and the app aborted after a few thousand. Keep it caught."""
    model = ContactsTableModel()
    model.refresh()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for _ in range(3000):
        proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert before - sys.getrefcount(None) < 100


def test_tags_tooltip_is_escaped_plain_text(db):
    from crm_desktop.services.contacts import contacts
    from crm_desktop.services.contacts.types import ContactInput
    from crm_desktop.ui.contacts.model import COL_TAGS

    contacts.add_contact(ContactInput(full_name="Ann", tags=["<b>vip</b>", "data"]))
    model = ContactsTableModel()
    model.refresh()
    tip = model.index(0, COL_TAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;vip&lt;/b&gt;" in tip and "<b>vip" not in tip


def test_windowed_contacts_model_passes_qtmodeltester_paged_searched_sorted(qtmodeltester, db):
    from crm_desktop.services.sample import generate
    from crm_desktop.store import bulk
    from crm_desktop.ui.contacts.model import COL_COMPANY, PAGE

    bulk.insert_rows(generate.make_rows(2 * PAGE + 33, meetings_per_contact=1))
    model = ContactsTableModel()
    model.refresh()
    assert model.rowCount() == 2 * PAGE + 33
    qtmodeltester.check(model)
    model.sort(COL_COMPANY, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_search("ma")
    assert 0 < model.rowCount() < 2 * PAGE + 33
    qtmodeltester.check(model)
