"""Fixtures of the referral graph tests: graph pages and people to place in them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.graph.view import GraphView


def graph_on_its_own_stack(bus: DataBus) -> GraphView:
    page = GraphView(bus, QUndoStack())
    page.undo_stack.setParent(page)
    return page


@pytest.fixture
def make_graph(show_page):
    """``make_graph(show=True)``: a referral graph page on its own bus and undo stack."""

    def make(show: bool = True) -> GraphView:
        return show_page(graph_on_its_own_stack, 1200, 760, show=show)

    return make


@pytest.fixture
def unplaced_people(db) -> dict[str, int]:
    """Four people, not yet placed in the referral graph, by full name."""
    return {
        name: contacts.add_contact(ContactInput(full_name=name, company=company)).id
        for name, company in (
            ("Ann Lee", "Northwind"),
            ("Bob Stone", "Acme"),
            ("Carl Diaz", ""),
            ("Dana Wu", "Helio"),
        )
    }
