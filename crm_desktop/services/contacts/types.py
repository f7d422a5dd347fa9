"""What a contact is: the form's input, the stored record, the list row, and the
pipeline stages and warmth they take."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from crm_desktop.services.text import translate

# Pipeline stages of a job search, in order, and how warm the relationship is.
STAGES = {
    "to_reach_out": "To reach out",
    "asked": "Asked",
    "meeting_set": "Meeting set",
    "met": "Met",
    "follow_up": "Follow-up",
    "dormant": "Dormant",
}
WARMTH = {"cold": "Cold", "warm": "Warm", "close": "Close"}
METHOD_KINDS = {"email": "Email", "phone": "Phone", "link": "Link"}
DEFAULT_LABELS = {"email": "work", "phone": "mobile", "link": "LinkedIn"}


@dataclass(frozen=True)
class Method:
    """One way to reach a contact: an email, a phone or a web link, with a label."""

    kind: str
    value: str
    label: str = ""


@dataclass(frozen=True)
class Job:
    """A company and title a contact had before, kept when they change jobs."""

    company: str
    title: str
    until: dt.date | None = None

    @property
    def text(self) -> str:
        if self.title and self.company:
            return translate("contacts", "{title} at {company}").format(
                title=self.title, company=self.company
            )
        return self.title or self.company


@dataclass
class ContactInput:
    """What the user typed into the contact form.

    ``email``, ``phone`` and ``linkedin_url`` are the first of their kind;
    ``methods`` lists every email, phone and link with its label. Give either:
    when ``methods`` is None it is made from the three fields.
    """

    full_name: str
    company: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    tags: list[str] = field(default_factory=list)
    how_we_met: str = ""
    notes: str = ""
    methods: list[Method] | None = None
    location: str = ""
    birthday: dt.date | None = None
    story: str = ""
    expertise: str = ""
    stage: str = ""
    warmth: str = ""
    follow_up_on: dt.date | None = None
    cadence_days: int | None = None
    past_jobs: list[Job] | None = None  # None keeps the history as it is


@dataclass(frozen=True)
class ContactRecord:
    id: int
    full_name: str
    company: str
    title: str
    email: str
    phone: str
    linkedin_url: str
    tags: tuple[str, ...]
    how_we_met: str
    notes: str
    methods: tuple[Method, ...] = ()
    location: str = ""
    birthday: dt.date | None = None
    story: str = ""
    expertise: str = ""
    stage: str = ""
    warmth: str = ""
    follow_up_on: dt.date | None = None
    cadence_days: int | None = None
    past_jobs: tuple[Job, ...] = ()
    archived: bool = False
    last_contact: dt.datetime | None = None

    @property
    def label(self) -> str:
        """Name with company, to tell apart people with the same name."""
        return f"{self.full_name} ({self.company})" if self.company else self.full_name

    @property
    def stage_label(self) -> str:
        return translate("labels", STAGES.get(self.stage, ""))

    @property
    def warmth_label(self) -> str:
        return translate("labels", WARMTH.get(self.warmth, ""))

    def of_kind(self, kind: str) -> list[Method]:
        return [m for m in self.methods if m.kind == kind]

    def to_input(self) -> ContactInput:
        """The record as the form edits it (lists where the record keeps tuples)."""
        values = {f.name: getattr(self, f.name) for f in fields(ContactInput)}
        return ContactInput(
            **{k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}
        )


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list: only what the list shows."""

    id: int
    full_name: str
    company: str
    title: str
    email: str
    tags: str
    stage: str = ""
    warmth: str = ""
    last_contact: str = ""  # YYYY-MM-DD or ""
    follow_up_on: str = ""
    archived: bool = False
    snippet: str = ""  # why a search matched, when the hit is in notes or meetings
