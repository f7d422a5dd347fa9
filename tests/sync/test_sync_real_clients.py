"""Cards as other apps write them (tests/sync/data/*.vcf), round-tripped through a real
sync: iOS/macOS Contacts (vCard 3.0, ``itemN.X-ABLabel`` groups, ``X-SOCIALPROFILE``, a
base64 PHOTO folded over many lines), Android through DAVx⁵ (``PRODID:ez-vcard``,
``CATEGORIES``, ``davdroidN`` label groups), Thunderbird (vCard 4.0) and Nextcloud
(Sabre VObject, ``REV;VALUE=DATE-AND-OR-TIME``, a PNG photo).

The phone puts the card on the server; Giveback syncs it in, the user edits one field,
Giveback syncs again. On the server only the edited property may differ, compared
property by property on the unfolded text; the server's own rewriting (Radicale
upper-cases names and reorders) is never taken for an edit: a sync with nothing changed
reports nothing and writes nothing.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import phone
import pytest
from laptops import Laptop

from crm_desktop.services.contacts import contacts

DATA = Path(__file__).parent / "data"
SAMPLES = {
    "ios_contacts.vcf": "Yuki Nakamura",
    "davx5_contact.vcf": "María José García",
    "thunderbird.vcf": "Olu Adeyemi",
    "nextcloud.vcf": "Priya Raman",
}
NEW_NOTE = "Call after the board meeting; bring the deck, v2"
NEW_TAGS = ["investor", "Q3 follow-up"]


def properties(text: str) -> Counter[str]:
    """The card's logical lines (unfolded), as a multiset: order does not matter."""
    return Counter(phone.unfold(text))


def changed_names(before: str, after: str) -> set[str]:
    """The property names whose lines differ between two versions of a card."""
    old, new = properties(before), properties(after)
    return {phone.name_and_group(line)[0] for line in (old - new) + (new - old)}


def put_card(server, book: str, sample: str) -> str:
    text = (DATA / sample).read_text(encoding="utf-8")
    fields = phone.meaning(text)
    assert fields is not None, sample
    href = f"{book.rstrip('/')}/{sample.removesuffix('.vcf')}.vcf"
    answer = server.put_raw(href, text, {"If-None-Match": "*"})
    assert answer.status in (201, 204), answer
    return href


def edit(laptop: Laptop, name: str, **changes) -> None:
    with laptop:
        record = contacts.find_contact(name)
        form = record.to_input()
        for key, value in changes.items():
            setattr(form, key, value)
        contacts.update_contact(record.id, form)


@pytest.mark.parametrize("sample", sorted(SAMPLES))
@pytest.mark.parametrize(("field", "value", "props"), [
    ("notes", NEW_NOTE, {"NOTE"}),
    ("tags", NEW_TAGS, {"CATEGORIES"}),
    # A new title moves the old one to the past jobs, which travel as Giveback's own X-.
    ("title", "Chief Robot Officer", {"TITLE", "X-GIVEBACK-PAST-JOBS"}),
])  # fmt: skip
def test_an_edit_here_changes_only_that_property_of_another_apps_card(
    sample, field, value, props, dav_server, tmp_path
):
    book = dav_server.new_addressbook()
    laptop = Laptop(tmp_path / "laptop")
    laptop.setup(dav_server, book)
    href = put_card(dav_server, book, sample)
    stored = dav_server.get_raw(href).text  # as the server keeps it (rewritten or not)

    report = laptop.sync()
    assert report.from_server["contact"].added == 1
    assert SAMPLES[sample] in laptop.people()
    # The server's spelling of the card is not an edit: nothing goes back, twice over.
    for _ in range(2):
        assert laptop.sync().lines() == ["Nothing changed."]
        assert dav_server.get_raw(href).text == stored

    edit(laptop, SAMPLES[sample], **{field: value})
    report = laptop.sync()
    assert report.to_server["contact"].changed == 1
    after = dav_server.get_raw(href).text
    assert changed_names(stored, after) == props
    meaning_before, meaning_after = phone.meaning(stored), phone.meaning(after)
    expected = sorted(value, key=str.casefold) if field == "tags" else value
    assert meaning_after[field] == expected
    untouched = set(meaning_before) - {field, "past_jobs"}
    assert {k: meaning_after[k] for k in untouched} == {k: meaning_before[k] for k in untouched}
    assert laptop.sync().lines() == ["Nothing changed."]
    assert dav_server.get_raw(href).text == after


def test_the_ios_photo_and_labels_come_back_byte_for_byte(dav_server, tmp_path):
    """The photo (base64 over many folded lines) and every itemN group survive an edit."""
    book = dav_server.new_addressbook()
    laptop = Laptop(tmp_path / "laptop")
    laptop.setup(dav_server, book)
    href = put_card(dav_server, book, "ios_contacts.vcf")
    stored = dav_server.get_raw(href).text
    laptop.sync()
    edit(laptop, "Yuki Nakamura", notes=NEW_NOTE)
    laptop.sync()
    after = dav_server.get_raw(href).text
    kept = [
        line
        for line in phone.unfold(stored)
        if phone.name_and_group(line)[0] in ("PHOTO", "X-ABLABEL", "X-SOCIALPROFILE", "X-ABUID")
        or phone.name_and_group(line)[1]
    ]
    assert len(kept) >= 8
    assert [line for line in phone.unfold(after) if line in kept] == kept
