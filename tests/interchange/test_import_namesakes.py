"""A row whose name is an existing contact's at another company: the preview says so
and offers to merge into that person; the row stays a new contact unless the user
chooses the merge. The engine's rules for what matches stay as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from crm_desktop.services.contacts import contacts
from crm_desktop.services.contacts.types import ContactInput, Method
from crm_desktop.services.interchange.apply import apply_import
from crm_desktop.services.interchange.plan import plan_import
from crm_desktop.services.interchange.records import ImportedContact, ParsedFile
from crm_desktop.ui.interchange.import_dialog.dialog import PAGE_DONE, PAGE_PREVIEW
from crm_desktop.ui.interchange.import_dialog.plan_model import COL_NAME, COL_WHAT

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def person(line, name, *methods, **fields) -> ImportedContact:
    return ImportedContact(line=line, full_name=name, methods=list(methods), **fields)


def email(value: str) -> Method:
    return Method("email", value, "work")


def emails(contact_id: int) -> list[str]:
    return [m.value for m in contacts.get_contact(contact_id).methods if m.kind == "email"]


@pytest.fixture
def priya(db) -> int:
    return contacts.add_contact(
        ContactInput("Priya Raman", company="Northwind", email="priya@northwind.example")
    ).id


# The plan -----------------------------------------------------------------------------------
def test_the_plan_row_names_a_namesake_at_another_company(priya):
    plan = plan_import(
        ParsedFile(
            "vcard",
            [person(2, "priya raman", email("priya@contoso.example"), company="Contoso")],
        )
    )
    (item,) = plan.items
    # Another company: a new contact unless the user says otherwise.
    assert (item.action, item.match_id) == ("new", None)
    namesake = item.namesake
    assert (namesake.id, namesake.name, namesake.company) == (priya, "Priya Raman", "Northwind")
    assert namesake.changes == ("email: priya@contoso.example",)

    item.choose("merge")
    assert (plan.new_count, plan.matched_ids()) == (0, [priya])
    item.choose("new")
    assert (plan.new_count, plan.matched_ids()) == (1, [])
    item.choose("merge")
    result = apply_import(plan)
    assert (result.created_ids, result.merged_ids) == ([], [priya])
    assert emails(priya) == ["priya@northwind.example", "priya@contoso.example"]
    assert contacts.get_contact(priya).company == "Northwind"  # never overwritten


def test_namesakes_leave_the_matching_rules_as_they_were(priya):
    wei = contacts.add_contact(
        ContactInput("Wei Chen", company="Acme", linkedin_url="https://linkedin.com/in/wei-1")
    ).id
    plan = plan_import(
        ParsedFile(
            "vcard",
            [
                person(2, "Priya Raman", company="Northwind", title="CFO"),  # same company
                person(
                    3,
                    "Wei Chen",
                    Method("link", "https://linkedin.com/in/wei-2", "LinkedIn"),
                    company="Globex",
                ),  # fmt: skip
                person(4, "Priya Raman", email("priya@contoso.example"), company="Contoso"),
                person(5, "Priya Raman", email("priya@hooli.example"), company="Hooli"),
                person(6, "Ada Lovelace"),
            ],
        )
    )
    same, other_wei, contoso, hooli, ada = plan.items
    assert (same.action, same.match_id, same.namesake) == ("merge", priya, None)
    # Another LinkedIn profile: another person, so no merge is offered.
    assert (other_wei.action, other_wei.namesake) == ("new", None)
    assert wei not in plan.matched_ids()
    assert (contoso.namesake.id, hooli.namesake.id, ada.namesake) == (priya, priya, None)
    # Both namesake rows merged into the Priya the first row matches: nothing is lost.
    contoso.choose("merge")
    hooli.choose("merge")
    result = apply_import(plan)
    assert result.merged_ids == [priya] and len(result.created_ids) == 2  # Wei, Ada
    after = contacts.get_contact(priya)
    assert after.title == "CFO"
    assert emails(priya) == [
        "priya@northwind.example",
        "priya@contoso.example",
        "priya@hooli.example",
    ]


# The preview --------------------------------------------------------------------------------
def test_the_preview_names_the_namesake_and_merges_into_them_when_chosen(
    window, qtbot, tmp_path, priya
):
    path = tmp_path / "Connections.csv"
    path.write_text(
        HEADER + "Priya,Raman,https://www.linkedin.com/in/priya-raman,priya@contoso.example,"
        "Contoso,CFO,05 Mar 2024\n"
        "Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,US Navy,Admiral,12 Jan 2023\n",
        encoding="utf-8",
    )
    dialog = window.open_import_dialog(str(path))
    qtbot.waitUntil(dialog.next_button.isEnabled, timeout=30000)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_PREVIEW, timeout=30000)
    model, table = dialog.model, dialog.table
    row = next(
        r for r in range(model.rowCount()) if model.index(r, COL_NAME).data() == "Priya Raman"
    )
    what = model.index(row, COL_WHAT)
    assert what.data() == "New contact — another Priya Raman, at Northwind, is in Giveback"
    assert "merge" in what.data(Qt.ItemDataRole.ToolTipRole).lower()
    assert dialog.plan_summary.text() == "Import will add 2 new contacts."

    # The user double-clicks "What happens" and picks the merge.
    cell = table.visualRect(what).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    combo = table.viewport().findChild(QComboBox)
    assert combo is not None, "double-clicking the row's 'What happens' offers no choice"
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert choices == ["New contact", "Merge into Priya Raman (Northwind)", "Skip"]
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible, timeout=5000)  # the choices open at once
    merge = popup.visualRect(popup.model().index(1, 0)).center()
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=merge)
    assert what.data() == "Merge (same name) → Priya Raman (Northwind)"
    assert dialog.plan_summary.text() == (
        "Import will add 1 new contact, merge 1 into existing contacts."
    )

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_DONE, timeout=30000)
    assert sorted(r.full_name for r in contacts.list_contacts()) == ["Grace Hopper", "Priya Raman"]
    assert emails(priya) == ["priya@northwind.example", "priya@contoso.example"]
    assert contacts.get_contact(priya).linkedin_url == "https://www.linkedin.com/in/priya-raman"
