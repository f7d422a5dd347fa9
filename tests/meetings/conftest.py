"""Fixtures of the meetings tests."""

from __future__ import annotations

import pytest

from crm_desktop.ui.meetings.view import MeetingsView


@pytest.fixture
def meetings_view(show_page, db):
    """The meetings page on its own, over an empty database."""
    return show_page(MeetingsView, 1200, 800)
