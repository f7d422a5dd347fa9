"""The Peewee models. Every model sits on one DatabaseProxy bound by ``db.connect``."""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Company(BaseModel):
    id = AutoField()
    name = CharField(unique=True)
    industry = CharField(default="")
    created_at = DateTimeField(default=_now)


class Contact(BaseModel):
    id = AutoField()
    full_name = CharField(index=True)
    company = ForeignKeyField(Company, null=True, backref="contacts", on_delete="SET NULL")
    title = CharField(default="")
    email = CharField(default="", index=True)
    phone = CharField(default="")
    linkedin_url = CharField(default="")
    how_we_met = TextField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # Schema 4: the full contact record.
    location = CharField(default="")
    birthday = DateField(null=True)
    story = TextField(default="")  # how they found their role
    expertise = TextField(default="")
    stage = CharField(default="", index=True)  # pipeline stage, see services.contacts.types.STAGES
    warmth = CharField(default="", index=True)  # cold / warm / close
    follow_up_on = DateField(null=True, index=True)
    cadence_days = IntegerField(null=True)  # keep in touch every N days
    archived_at = DateTimeField(null=True, index=True)
    last_contact_at = DateTimeField(null=True, index=True)  # derived from meetings by triggers
    tags_text = CharField(default="")  # the tags, sorted and joined, for the list and sorting


class Tag(BaseModel):
    id = AutoField()
    name = CharField(unique=True)


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")

    class Meta:
        indexes = ((("contact", "tag"), True),)


class Referral(BaseModel):
    """How a contact reached the user's network.

    One row per placed contact: ``referrer`` is who introduced them, or NULL when
    the user met them directly (they hang under "Me" in the referral graph).
    A contact with no row is not yet placed in the graph.
    """

    id = AutoField()
    referred = ForeignKeyField(Contact, unique=True, backref="referral", on_delete="CASCADE")
    referrer = ForeignKeyField(
        Contact, null=True, backref="introductions", on_delete="SET NULL", index=True
    )
    introduced_on = DateField(null=True)
    note = TextField(default="")
    created_at = DateTimeField(default=_now)


class Meeting(BaseModel):
    id = AutoField()
    starts_at = DateTimeField(index=True)
    duration_minutes = IntegerField(default=30)
    kind = CharField(default="coffee")
    place = CharField(default="")
    goal = TextField(default="")
    agenda = TextField(default="")
    notes = TextField(default="")
    outcome = TextField(default="")
    created_at = DateTimeField(default=_now)


class MeetingAttendee(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="attendees", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="meeting_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("meeting", "contact"), True),)


class ContactMethod(BaseModel):
    """An email, phone or web link of a contact, with its label (work, home, LinkedIn…)."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="methods", on_delete="CASCADE")
    kind = CharField()  # email / phone / link
    label = CharField(default="")
    value = CharField()
    position = IntegerField(default=0)


class ContactJob(BaseModel):
    """A company and title a contact had before their current one."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="past_jobs", on_delete="CASCADE")
    company = CharField(default="")
    title = CharField(default="")
    until = DateField(null=True)
    position = IntegerField(default=0)


class SmartList(BaseModel):
    """A saved filter of the contacts list, shown in the sidebar."""

    id = AutoField()
    name = CharField()
    criteria = TextField()  # JSON, see services.filters.ContactFilter
    position = IntegerField(default=0)
    created_at = DateTimeField(default=_now)


class AppState(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


# Schema 3: insights, the give-and-ask ledger, follow-ups, competitors (issue 5).
class Insight(BaseModel):
    """Something learned ("Acme is moving its data team to Berlin"), maybe worth passing on."""

    id = AutoField()
    text = TextField()
    shareable = IntegerField(default=1)  # 0 = heard in confidence, never offered
    source_contact = ForeignKeyField(
        Contact, null=True, backref="insights_told", on_delete="SET NULL"
    )
    source_meeting = ForeignKeyField(Meeting, null=True, backref="insights", on_delete="SET NULL")
    noted_on = DateField(index=True)
    created_at = DateTimeField(default=_now)


class InsightTag(BaseModel):
    """One tag of an insight: a company, an industry or a topic; ``folded`` is for matching."""

    id = AutoField()
    insight = ForeignKeyField(Insight, backref="tags", on_delete="CASCADE")
    facet = CharField()  # company / industry / topic
    value = CharField()
    folded = CharField()

    class Meta:
        indexes = ((("facet", "folded"), False),)


class LedgerEntry(BaseModel):
    """One give or ask with one contact. See services.ledger for the rules."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="ledger_entries", on_delete="CASCADE")
    direction = CharField()  # gave / asked / they_gave
    kind = CharField()
    occurred_on = DateField()
    note = TextField(default="")
    status = CharField(default="")
    other_contact = ForeignKeyField(
        Contact, null=True, backref="ledger_mentions", on_delete="SET NULL"
    )
    insight = ForeignKeyField(Insight, null=True, backref="gives", on_delete="SET NULL")
    meeting = ForeignKeyField(Meeting, null=True, backref="ledger_entries", on_delete="SET NULL")
    created_at = DateTimeField(default=_now)

    class Meta:
        # Covering index: balances are counted from the index alone.
        indexes = ((("contact", "direction", "status"), False),)


class FollowUp(BaseModel):
    """Something to do by a date: "send the article", "thank Bob"."""

    id = AutoField()
    title = TextField()
    due_on = DateField()
    kind = CharField(default="action")  # action / thanks
    status = CharField(default="open")  # open / done / dismissed
    contact = ForeignKeyField(Contact, null=True, backref="follow_ups", on_delete="CASCADE")
    meeting = ForeignKeyField(Meeting, null=True, backref="follow_ups", on_delete="SET NULL")
    done_on = DateField(null=True)
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("status", "due_on"), False),)


class CompanyCompetitor(BaseModel):
    """Two companies that compete; stored once per pair, read both ways."""

    id = AutoField()
    company = ForeignKeyField(Company, backref="competitor_links", on_delete="CASCADE")
    competitor = ForeignKeyField(Company, backref="competed_by", on_delete="CASCADE")

    class Meta:
        indexes = ((("company", "competitor"), True),)


# Schema 5: sync with the user's CardDAV/CalDAV server (issue 14).
class SyncItem(BaseModel):
    """One item synced with the server: see store.migrations.V5_SYNC."""

    id = AutoField()
    kind = CharField()  # contact / meeting / followup
    local_id = IntegerField(null=True)
    uid = CharField(index=True)
    href = CharField(unique=True)
    etag = CharField(null=True)
    hash = CharField(default="")  # of the fields here at the last sync
    base_text = TextField(null=True)  # the server's text at the last sync
    base_fields = TextField(null=True)  # JSON: the fields of that text
    state = CharField(default="new")  # new / synced / gone / deleted

    class Meta:
        indexes = ((("kind", "local_id"), True),)


class SyncConflict(BaseModel):
    """A field changed both here and on the server since the last sync."""

    id = AutoField()
    item = ForeignKeyField(SyncItem, backref="conflicts", on_delete="CASCADE")
    field = CharField()
    here = TextField()  # JSON
    server = TextField()  # JSON
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("item", "field"), True),)
