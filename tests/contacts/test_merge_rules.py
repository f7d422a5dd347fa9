"""Merging, before and after: what the merge dialog's preview shows (every field of the
contact kept, what moves to them), the defaults it offers, how duplicate groups join and
say why, and where the contact kept sits in the referral graph. The expected values are
written here from the rules in merge.py's docstrings."""

from __future__ import annotations

import datetime as dt

from helpers import add

from crm_desktop.services.contacts import contacts, merge
from crm_desktop.services.contacts.types import Job, Method
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import Placement
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.meetings import MeetingInput


def _ann_and_annie() -> tuple[int, int]:
    ann = add(
        "Ann Lee",
        company="Acme",
        title="Analyst",
        email="ann@acme.example",
        tags=["data"],
        notes="Ann's notes",
        how_we_met="PyCon",
        expertise="forecasting",
        stage="asked",
    )
    annie = add(
        "Annie Lee",
        company="Globex",
        title="Lead",
        methods=[
            Method("email", "ANN@acme.example", "home"),  # Ann's address again: kept once
            Method("email", "annie@globex.example", "home"),
            Method("phone", "555 0100", "mobile"),
        ],
        tags=["mentor", "DATA"],
        notes="Annie's notes",
        how_we_met="PyCon",
        story="Found her role at a meetup",
        expertise="statistics",
        stage="met",
        warmth="warm",
        location="Lisboa",
        birthday=dt.date(1990, 2, 3),
        follow_up_on=dt.date(2031, 1, 1),
        cadence_days=30,
        past_jobs=[Job("Initech", "Intern", dt.date(2019, 6, 30))],
    )
    return ann, annie


def test_the_preview_shows_every_field_kept_and_what_moves(db):
    ann, annie = _ann_and_annie()
    intro, friend, pal = add("Intro Person"), add("Friend of Annie"), add("Pal of Annie")
    referrals.refer(intro, annie)
    referrals.refer(annie, friend)
    referrals.refer(annie, pal)
    meetings.create_meeting(MeetingInput([ann, annie], dt.datetime(2024, 1, 1, 9)))
    meetings.create_meeting(MeetingInput([annie], dt.datetime(2024, 5, 1, 9)))
    followups.add("Send Annie the article", dt.date(2026, 1, 1), annie)

    shown = merge.preview(ann, [annie, ann], {"company": annie, "title": annie})

    assert shown.survivor_name == "Ann Lee"
    assert shown.fields == (
        ("Name", "Ann Lee"),
        ("Company", "Globex"),
        ("Title", "Lead"),
        ("Location", "Lisboa"),
        ("Birthday", "1990-02-03"),
        ("Stage", "Asked"),
        ("Warmth", "Warm"),
        ("Follow-up", "2031-01-01"),
        ("Keep in touch (days)", "30"),
        (
            "Emails, phones, links",
            "work: ann@acme.example\nhome: annie@globex.example\nmobile: 555 0100",
        ),
        ("Tags", "data, mentor"),
        ("Past jobs", "Analyst at Acme\nIntern at Initech"),
        ("How we met", "PyCon"),
        ("Their story", "Found her role at a meetup"),
        ("Expertise", "forecasting\n\nstatistics"),
        ("Notes", "Ann's notes\n\nAnnie's notes"),
    )
    assert sorted(shown.moves) == sorted(
        [
            "2 meetings",
            "2 introductions they made",
            "1 introduction to them",
            "1 follow-up",
        ]
    )


def test_a_preview_of_nothing_to_fold_in_moves_nothing_and_shows_empty_fields(db):
    ann = add("Ann Lee")
    shown = merge.preview(ann, [ann])
    assert shown.moves == ()
    assert dict(shown.fields)["Stage"] == "" and dict(shown.fields)["Birthday"] == ""
    assert dict(shown.fields)["Keep in touch (days)"] == ""


def test_one_of_each_reads_singular_and_many_plural(db):
    ann, bob, cy = add("Ann"), add("Bob"), add("Cy")
    meetings.create_meeting(MeetingInput([bob], dt.datetime(2024, 1, 1, 9)))
    followups.add("Call Bob", dt.date(2026, 1, 1), bob)
    followups.add("Call Cy", dt.date(2026, 1, 1), cy)
    referrals.refer(bob, cy)
    assert sorted(merge.moves([bob, cy])) == sorted(
        ["1 meeting", "2 follow-ups", "1 introduction they made", "2 introductions to them"]
    )
    assert merge.moves([ann]) == []


def test_without_choices_the_contact_kept_keeps_their_own_values(db):
    ann, annie = _ann_and_annie()
    records = [contacts.get_contact(ann), contacts.get_contact(annie)]
    data = merge.merged_input(records, {})
    assert (data.full_name, data.company, data.title, data.stage) == (
        "Ann Lee",
        "Acme",
        "Analyst",
        "asked",
    )
    assert data.warmth == ""  # Ann had none; without a choice hers is kept
    # The methods list is the truth; the three single fields are left empty.
    assert (data.email, data.phone, data.linkedin_url) == ("", "", "")
    # Annie's company, which is not the one kept, becomes a past job; so does a company
    # someone had without a title.
    cy = add("Cy Lee", company="Umbrella")
    data = merge.merged_input([*records, contacts.get_contact(cy)], {})
    assert [j.text for j in data.past_jobs] == ["Lead at Globex", "Intern at Initech", "Umbrella"]


def test_default_choices_take_the_first_value_else_the_contact_kept(db):
    ann, annie = _ann_and_annie()
    records = [contacts.get_contact(ann), contacts.get_contact(annie)]
    choices = merge.default_choices(records)
    assert choices["warmth"] == annie  # Ann has none
    assert choices["company"] == ann
    bob, bo = add("Bob"), add("Bo")
    nobody = merge.default_choices([contacts.get_contact(bob), contacts.get_contact(bo)])
    assert nobody["birthday"] == bob and nobody["warmth"] == bob


def test_three_way_merge_keeps_everyone_s_meetings(db):
    ann, bob, cy = add("Ann"), add("Ann B"), add("Ann C")
    m1 = meetings.create_meeting(MeetingInput([bob], dt.datetime(2024, 1, 1, 9)))
    m2 = meetings.create_meeting(MeetingInput([cy], dt.datetime(2024, 2, 1, 9)))
    merge.merge_contacts(ann, [bob, cy])
    assert {m.id for m in meetings.meetings_with(ann)} == {m1.id, m2.id}


def test_merged_into_someone_they_introduced_they_take_their_introducer(db):
    """Intro → Bob → Ann; Ann and Bob are one person: Ann is now Intro's introduction."""
    intro, bob, ann = add("Intro"), add("Bob"), add("Ann")
    referrals.refer(intro, bob)
    referrals.refer(bob, ann)
    merge.merge_contacts(ann, [bob])
    assert referrals.chain_names(ann) == ["Me", "Intro", "Ann"]


def test_the_contact_kept_never_becomes_their_own_introducer_when_not_placed(db):
    """Bob (placed, introduced by Ann) and Ann (not placed) are one person."""
    ann, bob = add("Ann"), add("Bob")
    referrals.set_placement(bob, Placement(ann))
    merge.merge_contacts(ann, [bob])
    assert referrals.placement(ann) is None
    assert referrals.introducers() == {}


def test_groups_joined_by_several_reasons_name_them_all(db):
    a = add("Robert Stone", email="bob@x.example")
    b = add("Bob Stone", company="Acme", methods=[Method("email", "BOB@x.example", "home")])
    c = add("Bob Stone", company="Acme", linkedin_url="https://linkedin.com/in/bob")
    d = add("Rob S", linkedin_url="https://www.linkedin.com/in/bob/")
    e = add("Eve One", email="eve@x.example", linkedin_url="https://linkedin.com/in/eve")
    f = add("Eve Two", email="eve@x.example")
    assert {g.contact_ids: g.reason for g in merge.find_duplicates()} == {
        (a, b, c, d): "same LinkedIn, same email, similar name, same company",
        (e, f): "same email",  # Eve's LinkedIn is hers alone
    }


def test_similar_names_are_compared_within_the_same_first_letter(db):
    jon = add("Jon Smith", company="Acme")
    jan = add("Jan Smith", company="Acme")
    add("Ron Smith", company="Acme")  # as close to Jon, but another first letter
    assert {g.contact_ids: g.reason for g in merge.find_duplicates()} == {
        (jon, jan): "similar name, same company"
    }


def test_finding_duplicates_reports_progress_every_fifty_companies(db):
    for i in range(51):
        add(f"Person {i}", company=f"Company {i}")
    told: list[tuple[int, int]] = []
    merge.find_duplicates(lambda done, total: told.append((done, total)))
    assert told == [(0, 51), (50, 51)]


def test_names_exactly_as_similar_as_the_threshold_are_duplicates(db):
    """difflib's ratio is 2·matches / total length: "lea stewart" (11 letters) is all of
    "lea stewartova" (14), 2·11 / 25 = 0.88, the threshold itself."""
    assert merge.NAME_SIMILARITY == 0.88
    lea = add("Lea Stewart", company="Acme")
    lea2 = add("Lea Stewartová", company="Acme")
    assert {g.contact_ids for g in merge.find_duplicates()} == {(lea, lea2)}
    add("Lea Stewartsson", company="Acme")  # 2·11 / 26 = 0.85: below it, with neither
    assert {g.contact_ids for g in merge.find_duplicates()} == {(lea, lea2)}


def test_initials_with_or_without_dots_are_the_same_name(db):
    ab = add("A.B. Smith", company="Acme")
    ab2 = add("A B Smith", company="Acme")
    assert {g.contact_ids for g in merge.find_duplicates()} == {(ab, ab2)}


def test_names_that_fail_a_quick_bound_do_not_stop_the_comparison(db):
    """Jan is compared with everyone before him in his bucket (Acme, "j"): a name far
    longer, then one of other letters, then Jon Smith, whom he matches."""
    add("Jo Smithsonian-Whitaker", company="Acme")  # too long to be similar
    add("Jqx Wvyzk", company="Acme")  # the right length, other letters
    jon = add("Jon Smith", company="Acme")
    jan = add("Jan Smith", company="Acme")
    assert {g.contact_ids for g in merge.find_duplicates()} == {(jon, jan)}


def test_someone_alone_at_their_company_is_not_similar_to_anyone(db):
    e = add("Eve One", company="Helio", email="eve@x.example")
    f = add("Eve Two", email="eve@x.example")
    assert {g.contact_ids: g.reason for g in merge.find_duplicates()} == {(e, f): "same email"}


def test_merged_into_someone_they_introduced_without_being_placed_they_go_under_me(db):
    """Bob introduced Ann but is not in the graph himself: Ann, kept, hangs under Me."""
    ann, bob = add("Ann"), add("Bob")
    referrals.set_placement(ann, Placement(bob))
    merge.merge_contacts(ann, [bob])
    assert referrals.placement(ann) == Placement(None, None, "")


def test_a_warmth_this_version_does_not_know_is_shown_empty_in_the_preview(db):
    from crm_desktop.store.models import Contact

    ann, bob = add("Ann"), add("Ann B")
    Contact.update(warmth="lukewarm").where(Contact.id == bob).execute()
    assert dict(merge.preview(ann, [bob]).fields)["Warmth"] == ""


def test_edge_cases_of_finding_duplicates(db):
    # Two reasons for the same pair: one group, both reasons.
    a = add("Ann Lee", email="ann@x.example", linkedin_url="https://linkedin.com/in/ann")
    b = add("Ann L", email="ann@x.example", linkedin_url="https://www.linkedin.com/in/ann/")
    # Same letters, other order: the quick bounds pass, difflib's ratio 2·7/16 = 0.875 does not.
    add("Anna Lee", company="Acme")
    add("Anan Lee", company="Acme")
    # A name of dots folds to nothing: compared with no one.
    add("...", company="Acme")
    add("..", company="Acme")
    assert {g.contact_ids: g.reason for g in merge.find_duplicates()} == {
        (a, b): "same LinkedIn, same email"
    }


def test_two_others_at_the_same_old_job_give_one_past_job(db):
    ann, bob, cy = (
        add("Ann", company="Acme"),
        add("Bob", company="Umbrella"),
        add("Cy", company="Umbrella"),
    )
    data = merge.merged_input([contacts.get_contact(i) for i in (ann, bob, cy)], {})
    assert [j.text for j in data.past_jobs] == ["Umbrella"]
