"""The insight form saves what was changed in it, and nothing it was merely opened with."""

from __future__ import annotations

from crm_desktop.services.giving import insights
from crm_desktop.services.giving.insights import InsightInput
from crm_desktop.ui.giving.insight_dialog import InsightDialog


def test_the_insight_form_keeps_a_change_made_while_it_was_open(db, qtbot):
    saved = insights.add_insight(InsightInput(text="Acme is hiring", tags=[("company", "Acme")]))
    dialog = InsightDialog(insights.get_insight(saved.id))
    qtbot.addWidget(dialog)
    # Meanwhile, elsewhere: the text is corrected.
    insights.update_insight(
        saved.id, InsightInput(text="Acme is hiring in Berlin", tags=[("company", "Acme")])
    )
    dialog.shareable.setChecked(False)
    dialog.save()
    after = insights.get_insight(saved.id)
    assert after.shareable is False
    assert after.text == "Acme is hiring in Berlin", "the form wrote back the text it opened with"
