"""Follow-ups, thank-yous owed after meetings, and people going cold."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import person

from crm_desktop.errors import InvalidInput
from crm_desktop.services.giving import ledger
from crm_desktop.services.graph import referrals
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.meetings import MeetingInput
from crm_desktop.store.models import Contact

TODAY = dt.date.today()
NOW = dt.datetime.combine(TODAY, dt.time(18, 0))


def meet(*ids, days_ago=1, hour=10, kind="coffee", minutes=45):
    return meetings.create_meeting(
        MeetingInput(
            contact_ids=list(ids),
            starts_at=dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(hour)),
            kind=kind,
            duration_minutes=minutes,
        )
    )


def test_add_done_snooze_reschedule(db):
    ann = person("Ann")
    f = followups.add("Send Ann the article", TODAY, contact_id=ann)
    assert (f.status, f.due_label(TODAY), f.contact_name) == ("open", "today", "Ann")
    assert [x.id for x in followups.open_for(ann)] == [f.id]
    snoozed = followups.snooze(f.id, 3, today=TODAY)
    assert snoozed.due_on == TODAY + dt.timedelta(days=3)
    assert snoozed.due_label(TODAY) == f"{snoozed.due_on:%a %d %b}"
    again = followups.reschedule(f.id, TODAY - dt.timedelta(days=2))
    assert again.due_label(TODAY) == "2 days overdue"
    done = followups.done(f.id, today=TODAY)
    assert (done.status, done.done_on) == ("done", TODAY)
    assert followups.open_for(ann) == []
    assert followups.reopen(f.id).status == "open"
    # An action done is not a give; a thank-you done is (see below).
    assert ledger.balance(ann).gave == 0
    with pytest.raises(InvalidInput, match="needs a line"):
        followups.add("   ")


def test_due_today_overdue_and_all(db):
    ann = person("Ann")
    late = followups.add("late", TODAY - dt.timedelta(days=3), contact_id=ann)
    now = followups.add("now", TODAY)
    later = followups.add("later", TODAY + dt.timedelta(days=2))
    done = followups.add("done", TODAY)
    followups.done(done.id)
    assert [f.title for f in followups.due("today", TODAY)] == ["now"]
    assert [f.title for f in followups.due("overdue", TODAY)] == ["late"]
    assert [f.id for f in followups.due("all", TODAY)] == [late.id, now.id, later.id]
    with pytest.raises(InvalidInput):
        followups.due("tomorrow")


def test_thank_you_proposed_for_attendees_and_the_introducer_after_a_first_meeting(db):
    priya, daniel, sofia = person("Priya"), person("Daniel"), person("Sofía")
    referrals.refer(priya, daniel)
    referrals.refer(daniel, sofia)
    m = meet(daniel, sofia, days_ago=2, kind="lunch")
    titles = [p.title for p in followups.thank_you_proposals(NOW)]
    day = f"{m.starts_at:%a %d %b}"
    assert titles == [
        f"Thank Daniel for the lunch on {day}",
        f"Thank Sofía for the lunch on {day}",
        "Thank Priya for introducing you to Daniel",
    ]  # Daniel introduced Sofía but is at the meeting: thanked once.


def test_no_introducer_thanks_after_a_later_meeting_and_none_for_old_or_future_meetings(db):
    priya, daniel = person("Priya"), person("Daniel")
    referrals.refer(priya, daniel)
    meet(daniel, days_ago=30)  # outside the window, and the first meeting
    meet(daniel, days_ago=1)
    meetings.create_meeting(MeetingInput(contact_ids=[priya], starts_at=NOW + dt.timedelta(days=1)))
    assert [p.contact_name for p in followups.thank_you_proposals(NOW)] == ["Daniel"]


def test_a_meeting_still_going_on_is_not_thanked_yet(db):
    ann = person("Ann")
    meetings.create_meeting(
        MeetingInput(contact_ids=[ann], starts_at=NOW - dt.timedelta(minutes=10))
    )
    assert followups.thank_you_proposals(NOW) == []
    assert len(followups.thank_you_proposals(NOW + dt.timedelta(minutes=30))) == 1


def test_sent_plan_or_skip_a_thank_you(db):
    ann, bob, cat = person("Ann"), person("Bob"), person("Cat")
    meet(ann, bob, cat, days_ago=1)
    by_name = {p.contact_name: p for p in followups.thank_you_proposals(NOW)}
    followups.thanked(by_name["Ann"], today=TODAY)
    planned = followups.plan_thanks(by_name["Bob"])
    followups.skip_thanks(by_name["Cat"])
    assert followups.thank_you_proposals(NOW) == []
    # Sent: a give of kind thanks, and the balance moves.
    [thanks] = ledger.entries_for(ann)
    assert (thanks.direction, thanks.kind) == ("gave", "thanks")
    assert ledger.balance(ann).score == 1
    # Planned: an open follow-up due today; done later, it becomes the give.
    assert [f.title for f in followups.due("today")] == [planned.title]
    followups.done(planned.id)
    assert ledger.balance(bob).gave == 1
    assert ledger.balance(cat).gave == 0


def test_a_thanks_logged_by_hand_after_the_meeting_counts(db):
    ann = person("Ann")
    meet(ann, days_ago=3)
    ledger.log_give(ann, "thanks", "Sent a card", occurred_on=TODAY - dt.timedelta(days=2))
    assert followups.thank_you_proposals(NOW) == []


def test_going_cold_uses_the_cadence_and_the_latest_touch(db):
    ann, bob, cat, dan = person("Ann", "Acme"), person("Bob"), person("Cat"), person("Dan")
    for cid, days in ((ann, 30), (bob, 30), (cat, 60)):
        Contact.update(cadence_days=days).where(Contact.id == cid).execute()
    meet(ann, days_ago=45)
    meet(bob, days_ago=45)
    ledger.log_give(bob, "article", occurred_on=TODAY - dt.timedelta(days=5))
    meet(cat, days_ago=70)
    meet(dan, days_ago=300)  # no cadence: never "cold"
    cold = followups.going_cold(TODAY)
    assert [(c.full_name, c.days_overdue) for c in cold] == [("Ann", 15), ("Cat", 10)]
    assert cold[0].company == "Acme"
    assert cold[0].label == (
        f"every 30 days; last in touch {TODAY - dt.timedelta(days=45):%d %b %Y}"
    )
