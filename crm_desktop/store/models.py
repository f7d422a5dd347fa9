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
