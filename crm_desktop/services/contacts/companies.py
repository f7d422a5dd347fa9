"""What Giveback knows about companies beyond their name: industry and competitors,
and the one rule saying when two names mean the same company.

Insights are matched to people through these: an insight about a company is worth
offering to someone at one of its competitors or in its industry (to the people who
work there it is not news). Warm paths to a company reach everyone working there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from peewee import fn

from crm_desktop.errors import NotFound
from crm_desktop.services import events
from crm_desktop.services.storage import storage_errors
from crm_desktop.services.text import fold, one_line, translate
from crm_desktop.store.models import Company, CompanyCompetitor, database_proxy

# Words that say what legal form a company has, not which company it is.
LEGAL_SUFFIXES = frozenset(
    "inc incorporated corp corporation co company ltd limited llc llp lp plc gmbh ag kg "
    "sa sas sarl srl spa bv nv ab oy pty pte se and".split()
)
_INITIALS = re.compile(r"\b(?:\w\.){2,}")  # "S.A.", "U.S."
_NOT_A_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=8192)
def company_key(name: str) -> str:
    """The words that name a company: case, accents and punctuation ignored, and a
    legal suffix dropped ("Acme Robotics, Inc." → "acme robotics"). A leading "the"
    and trailing suffixes go only while a word remains ("Inc." → "inc")."""
    text = fold(name).replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
    words = _NOT_A_WORD.sub(" ", text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def same_key(one: str, other: str) -> bool:
    """``same_company`` for two names already turned into keys by ``company_key``."""
    if not one or not other:
        return False
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    return long.startswith(short + " ")


def same_company(one: str, other: str) -> bool:
    """Whether two names mean the same company: equal once keyed, or one's words start
    the other's as whole words ("Acme" ~ "Acme Robotics Inc.", not "Acmefoods")."""
    return same_key(company_key(one), company_key(other))


@dataclass(frozen=True)
class CompanyProfile:
    id: int
    name: str
    industry: str
    competitors: tuple[str, ...]


def _find(name: str) -> Company | None:
    text = one_line(name)
    if not text:
        return None
    return Company.get_or_none(fn.lower(Company.name) == text.lower())


def _find_or_create(name: str) -> Company:
    found = _find(name)
    if found is not None:
        return found
    text = one_line(name)
    if not text:
        raise NotFound(translate("companies", "Give a company's name."))
    return Company.create(name=text)


def competitor_ids(company_id: int) -> set[int]:
    """Companies recorded as competing with *company_id*, either way round."""
    one = CompanyCompetitor.select(CompanyCompetitor.competitor).where(
        CompanyCompetitor.company == company_id
    )
    other = CompanyCompetitor.select(CompanyCompetitor.company).where(
        CompanyCompetitor.competitor == company_id
    )
    return {i for (i,) in one.tuples()} | {i for (i,) in other.tuples()}


def profile(name: str) -> CompanyProfile:
    company = _find(name)
    if company is None:
        raise NotFound(
            translate("companies", "No company called “{name}”.").format(name=one_line(name))
        )
    ids = competitor_ids(company.id)
    names = sorted(
        (n for (n,) in Company.select(Company.name).where(Company.id.in_(list(ids))).tuples()),
        key=fold,
    )
    return CompanyProfile(company.id, company.name, company.industry, tuple(names))


@storage_errors
def set_profile(
    name: str, industry: str | None = None, competitors: list[str] | None = None
) -> CompanyProfile:
    """Set a company's industry and/or its competitors (created by name when new).

    ``None`` leaves that part as it is; an empty list clears the competitors.
    """
    with database_proxy.atomic():
        company = _find_or_create(name)
        if industry is not None:
            company.industry = one_line(industry)
            company.save()
        if competitors is not None:
            CompanyCompetitor.delete().where(
                (CompanyCompetitor.company == company) | (CompanyCompetitor.competitor == company)
            ).execute()
            for other_name in competitors:
                if not one_line(other_name) or fold(other_name) == fold(company.name):
                    continue
                other = _find_or_create(other_name)
                CompanyCompetitor.get_or_create(company=company, competitor=other)
    events.emit("insights")
    return profile(company.name)
