"""What needs you today: the Today view and ``giveback today`` show the same thing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from crm_desktop.services import events
from crm_desktop.services.contacts import last_contact
from crm_desktop.services.giving import taking
from crm_desktop.services.giving.taking import TakingContact
from crm_desktop.services.meetings import followups, meetings
from crm_desktop.services.meetings.followups import ColdContact, FollowUpRecord, ThanksProposal
from crm_desktop.services.meetings.meetings import MeetingRecord
from crm_desktop.services.text import show_date

ONLY_TAKING_SHOWN = 5
GOING_COLD_SHOWN = 8


@dataclass(frozen=True)
class TodaySummary:
    now: dt.datetime
    meetings: list[MeetingRecord]
    overdue: list[FollowUpRecord]
    due_today: list[FollowUpRecord]
    thanks: list[ThanksProposal]
    going_cold: list[ColdContact]
    only_taking: list[TakingContact]
    # How many rows each section has in all, by the Today page's section keys
    # (meetings, followups, thanks, cold, taking): the lists may hold only the first.
    totals: dict[str, int]

    @property
    def is_clear(self) -> bool:
        """Nothing at all to do."""
        return not (
            self.meetings
            or self.overdue
            or self.due_today
            or self.thanks
            or self.going_cold
            or self.only_taking
        )


def summary(
    now: dt.datetime | None = None, limit: int | None = None, whole: Collection[str] = ()
) -> TodaySummary:
    """What needs you on *now*'s day: each section's first *limit* rows (all of them
    when None, or when the section's key is in *whole*) and how many there are in all."""
    now = now or dt.datetime.now()
    today = now.date()

    def first(key: str) -> int | None:
        return None if key in whole else limit

    # Booked meetings that have happened since the last look count as contact now.
    if last_contact.catch_up():
        events.emit("contacts")
    going_cold = followups.going_cold(today, limit=GOING_COLD_SHOWN)
    only_taking = taking.only_taking(limit=ONLY_TAKING_SHOWN)
    return TodaySummary(
        now=now,
        meetings=meetings.today_meetings(now, limit=first("meetings")),
        overdue=followups.due("overdue", today, limit=first("followups")),
        due_today=followups.due("today", today, limit=first("followups")),
        thanks=followups.thank_you_proposals(now, limit=first("thanks")),
        going_cold=going_cold,
        only_taking=only_taking,
        totals={
            "meetings": meetings.count_today_meetings(now),
            "followups": followups.count_due("overdue", today)
            + followups.count_due("today", today),
            "thanks": followups.thank_you_count(now),
            "cold": len(going_cold),
            "taking": len(only_taking),
        },
    )


def as_text(s: TodaySummary) -> str:
    """The summary as plain text, one section per block (for ``giveback today``)."""
    today = s.now.date()
    lines = [f"Today, {show_date(s.now, weekday=True)}"]

    def section(title: str, items: list[str], empty: str) -> None:
        lines.append("")
        lines.append(f"{title} ({len(items)})" if items else title)
        lines.extend(f"  {item}" for item in items) if items else lines.append(f"  {empty}")

    section(
        "Meetings",
        [
            f"{m.starts_at:%H:%M}  {m.kind_label} with {m.with_whom}"
            + (f" · {m.place}" if m.place and m.place != m.kind_label else "")
            + (
                "  (done)"
                if m.starts_at + dt.timedelta(minutes=m.duration_minutes) <= s.now
                else ""
            )
            for m in s.meetings
        ],
        "No meetings today.",
    )
    section(
        "Follow-ups",
        [
            f"[{f.due_label(today)}] {f.title}" + (f" ({f.contact_name})" if f.contact_name else "")
            for f in s.overdue + s.due_today
        ],
        "Nothing due.",
    )
    section("Thank-yous owed", [p.title for p in s.thanks], "None owed.")
    section(
        "Going cold",
        [f"{c.full_name}: {c.label}" for c in s.going_cold],
        "Nobody is going cold.",
    )
    section(
        "Only taking",
        [f"{t.full_name} ({t.balance.label}): {t.suggestion}" for t in s.only_taking],
        "Nobody: you give as much as you take.",
    )
    return "\n".join(lines)
