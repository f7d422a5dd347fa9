"""Warm paths: the chains of introductions from Me to a company or a person.

Every placed contact has exactly one introducer (the referral table allows one
row per contact and refuses loops), so the graph is a tree under Me and the
chain to anyone is unique: walking up the introducer map finds it in as many
steps as the chain is long. A general graph library would only rebuild that
tree to search it, so none is used here. "Alternatives" exist for a company:
one chain per person who works there, ranked by how many introductions long it
is, then by its weakest link's warmth, then by how recently you were in touch
with the person at the end.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass

from peewee import JOIN

from crm_desktop.errors import AmbiguousName, InvalidInput, NotFound
from crm_desktop.services.contacts import filters
from crm_desktop.services.contacts.companies import company_key, same_key
from crm_desktop.services.contacts.types import WARMTH
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import me
from crm_desktop.services.text import fold, one_line, show_date, translate
from crm_desktop.store.chunks import chunks
from crm_desktop.store.models import Company, Contact, database_proxy

WARMTH_RANK = {"close": 3, "warm": 2, "cold": 1, "": 0}  # unknown counts as the weakest
MAX_CANDIDATES = 12


@dataclass(frozen=True)
class Person:
    """Someone on a chain, with what the ranking and the words need."""

    contact_id: int
    full_name: str
    company: str
    warmth: str  # cold / warm / close, or ""
    last_contact: dt.date | None

    @property
    def warmth_label(self) -> str:
        if self.warmth not in WARMTH:
            return translate("warm_path", "warmth not set")
        return translate("labels", WARMTH[self.warmth]).lower()  # an adjective, in any language

    @property
    def with_warmth(self) -> str:
        """Text like "Ana (close)", or just "Ana" when no warmth was set."""
        return f"{self.full_name} ({self.warmth_label})" if self.warmth else self.full_name


@dataclass(frozen=True)
class WarmChain:
    """Me → people[0] → … → people[-1], the person you want to reach."""

    people: tuple[Person, ...]

    @property
    def target(self) -> Person:
        return self.people[-1]

    @property
    def contact_ids(self) -> list[int]:
        return [p.contact_id for p in self.people]

    @property
    def length(self) -> int:
        """How many introductions it took (1: you met them directly)."""
        return len(self.people)

    @property
    def weakest(self) -> Person:
        """The coolest relationship on the chain, nearest to Me on a tie."""
        return min(self.people, key=lambda p: WARMTH_RANK.get(p.warmth, 0))

    def line(self) -> str:
        """Text like "Me → Ana (close) → Bo (warm) → Chen at Acme"."""
        steps = [p.with_warmth for p in self.people]
        if self.target.company:
            steps[-1] = translate("warm_path", "{name} at {company}").format(
                name=steps[-1], company=self.target.company
            )
        return " → ".join([me(), *steps])

    def explanation(self) -> str:
        """The chain in words: who introduced whom, the weakest link, last contact."""
        names = [p.full_name for p in self.people]
        if self.length == 1:
            how = translate("warm_path", "You met {name} directly.").format(name=names[0])
        else:
            # "Ana introduced you to Bo, who introduced you to Chen." one clause at a time.
            how = translate("warm_path", "{introducer} introduced you to {name}").format(
                introducer=names[0], name=names[1]
            )
            for name in names[2:]:
                how = translate("warm_path", "{sentence}, who introduced you to {name}").format(
                    sentence=how, name=name
                )
            how = translate("warm_path", "{sentence}.").format(sentence=how)
        if not any(p.warmth for p in self.people):
            warmth = translate("warm_path", "No warmth set for anyone on this chain.")
        else:
            weak = self.weakest
            warmth = translate("warm_path", "Weakest link: {name} ({warmth}).").format(
                name=weak.full_name, warmth=weak.warmth_label
            )
        target = self.target
        if target.last_contact:
            touch = translate("warm_path", "Last in touch with {name} on {date}.").format(
                name=target.full_name, date=show_date(target.last_contact)
            )
        else:
            touch = translate("warm_path", "No meeting with {name} recorded yet.").format(
                name=target.full_name
            )
        return f"{how} {warmth} {touch}"

    def to_json(self) -> dict:
        return {
            "target": self.target.full_name,
            "company": self.target.company,
            "introductions": self.length,
            "chain": [
                {"name": p.full_name, "company": p.company, "warmth": p.warmth} for p in self.people
            ],
            "weakest_link": self.weakest.full_name,
            "last_contact": self.target.last_contact.isoformat()
            if self.target.last_contact
            else None,
            "line": self.line(),
            "explanation": self.explanation(),
        }


@dataclass(frozen=True)
class WarmPaths:
    """What ``find`` found for the text the user typed."""

    kind: str  # "company" or "person"
    label: str  # the company's name, or the person's
    chains: list[WarmChain]  # best first
    unplaced: list[Person]  # at that company (or that person) with no known chain

    @property
    def best(self) -> WarmChain | None:
        return self.chains[0] if self.chains else None

    def summary(self) -> str:
        if self.chains:
            n = len(self.chains)
            if self.kind == "company":
                text = (
                    translate(
                        "warm_path",
                        "1 person at {company} reachable through your introductions.",
                    )
                    if n == 1
                    else translate(
                        "warm_path",
                        "{count} people at {company} reachable through your introductions.",
                    )
                )
            else:
                text = (
                    translate("warm_path", "1 person reachable through your introductions.")
                    if n == 1
                    else translate(
                        "warm_path",
                        "{count} people reachable through your introductions.",
                    )
                )
            return text.format(count=n, company=self.label)
        return translate("warm_path", "No known chain to {name}.").format(name=self.label)

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "label": self.label,
            "chains": [c.to_json() for c in self.chains],
            "no_known_chain": [p.full_name for p in self.unplaced],
        }


def _as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _active_people():
    """(id, name, company) of everyone not archived, as a query."""
    query = Contact.select(Contact.id, Contact.full_name, Company.name).join(
        Company, JOIN.LEFT_OUTER
    )
    return query.where(Contact.archived_at.is_null())


def _rows(query) -> list[tuple]:
    """Raw rows: peewee's per-row processing costs more than the query itself."""
    return list(database_proxy.execute(query))


def _people(ids: list[int]) -> dict[int, Person]:
    found: dict[int, Person] = {}
    for chunk in chunks(ids):
        rows = (
            Contact.select(
                Contact.id,
                Contact.full_name,
                Company.name,
                Contact.warmth,
                Contact.last_contact_at,
            )
            .join(Company, JOIN.LEFT_OUTER)
            .where(Contact.id.in_(chunk))
            .tuples()
        )
        for cid, name, company, warmth, last in rows:
            found[cid] = Person(cid, name, company or "", warmth or "", _as_date(last))
    return found


def suggestions() -> list[str]:
    """Companies people work at, then people's names, for a completer; sorted, each once."""
    rows = _rows(_active_people())
    companies = sorted({company for _i, _n, company in rows if company}, key=str.casefold)
    taken = set(companies)
    names = sorted({name for _i, name, _c in rows if name not in taken}, key=str.casefold)
    return companies + names


def _companies() -> list[tuple[int, str]]:
    """(id, name) of every company someone (not archived) works at, by name."""
    working = Contact.select(Contact.company).where(Contact.archived_at.is_null())
    rows = _rows(Company.select(Company.id, Company.name).where(Company.id.in_(working)))
    return sorted(((cid, name) for cid, name in rows), key=lambda row: fold(row[1]))


def _staff(company_ids: list[int]) -> list[int]:
    query = Contact.select(Contact.id).where(
        Contact.company.in_(company_ids) & Contact.archived_at.is_null()
    )
    return [cid for (cid,) in _rows(query)]


def _same_company(query: str, companies: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The companies *query* names by the company-name rule (``same_company``), the
    one whose name it is first, then by name."""
    wanted = company_key(query)
    found = [(cid, name) for cid, name in companies if same_key(wanted, company_key(name))]
    return sorted(found, key=lambda row: company_key(row[1]) != wanted)  # stable: by name


def _at(companies: list[tuple[int, str]]) -> tuple[str, str, list[int]]:
    """Everyone working at these companies: the target of a warm path."""
    names = [name for _cid, name in companies]
    if len(names) > 3:
        names = [*names[:3], translate("warm_path", "{count} more").format(count=len(names) - 3)]
    if len(names) == 1:
        label = names[0]
    else:
        label = translate("warm_path", "{names} or {last}").format(
            names=", ".join(names[:-1]), last=names[-1]
        )
    return "company", label, _staff([cid for cid, _name in companies])


def _named(query: str, wanted: str, everyone: bool = False) -> list[tuple[int, str, str]]:
    """People whose folded name contains *wanted*. The search index narrows the
    field first (a word that starts with the text); *everyone* scans all names."""
    people = _active_people()
    if not everyone:
        ids = filters.matching_ids(filters.ContactFilter(search=query))
        if not ids:
            return []
        people = people.where(Contact.id.in_(ids))
    return [(c, n, co or "") for c, n, co in _rows(people) if wanted in fold(n)]


def resolve(text: str) -> tuple[str, str, list[int]]:
    """("company" or "person", its label, the contact ids) for what the user typed.

    Companies are named by the rule insights use too (``companies.same_company``:
    "Acme" is "Acme", "ACME Inc." and "Acme Robotics"), and every company so named is
    the target. One whose name it is wins outright; then an exact person's name (or
    "#ID"); then the companies the rule names, else a single company containing the
    text, or a person with a word starting with it (anywhere in the name when no word
    does). Raises NotFound (with close spellings) or AmbiguousName (with the choices).
    """
    query = one_line(text)
    if not query:
        raise InvalidInput(translate("warm_path", "Type a company or a person's name."))
    if query.startswith("#") and query[1:].isdigit():
        wanted_id = int(query[1:])
        for cid, name, _company in _rows(_active_people().where(Contact.id == wanted_id)):
            return "person", name, [cid]
        raise NotFound(translate("warm_path", "No contact with id {id}.").format(id=wanted_id))
    wanted = fold(query)
    companies = _companies()
    same = _same_company(query, companies)
    if same and company_key(same[0][1]) == company_key(query):
        return _at(same)
    named = _named(query, wanted) or _named(query, wanted, everyone=True)
    exact = [(cid, name, c) for cid, name, c in named if fold(name) == wanted]
    if len(exact) == 1:
        return "person", exact[0][1], [exact[0][0]]
    if exact:
        raise AmbiguousName(
            translate(
                "warm_path", "{count} people are called “{query}”; pick one by number."
            ).format(count=len(exact), query=query),
            [_candidate(cid, name, c) for cid, name, c in exact[:MAX_CANDIDATES]],
        )
    if same and not named:
        return _at(same)
    partial = same or [(cid, name) for cid, name in companies if wanted in fold(name)]
    if len(partial) == 1 and not named:
        return _at(partial)
    if len(named) == 1 and not partial:
        return "person", named[0][1], [named[0][0]]
    if partial or named:
        choices = [name for _cid, name in partial]
        choices += [_candidate(cid, name, c) for cid, name, c in named]
        raise AmbiguousName(
            translate("warm_path", "“{query}” matches more than one company or person.").format(
                query=query
            ),
            choices[:MAX_CANDIDATES],
        )
    known = [name for _cid, name in companies]
    known += [name for _cid, name, _c in _rows(_active_people())]
    close = difflib.get_close_matches(query, known, n=5, cutoff=0.6)
    raise NotFound(
        translate("warm_path", "No company or person matches “{query}”.").format(query=query), close
    )


def _candidate(contact_id: int, name: str, company: str) -> str:
    return f"#{contact_id} {name}" + (f" ({company})" if company else "")


def find(text: str) -> WarmPaths:
    """The warm paths to the company or person *text* names, best first."""
    kind, label, targets = resolve(text)
    introducer = referrals.introducers()
    paths = {t: referrals.path_from_me(t, introducer) for t in targets if t in introducer}
    wanted = sorted({cid for path in paths.values() for cid in path} | set(targets))
    people = _people(wanted)
    chains = [WarmChain(tuple(people[c] for c in path)) for path in paths.values()]
    chains.sort(key=_rank)
    unplaced = sorted(
        (people[t] for t in targets if t not in introducer), key=lambda p: fold(p.full_name)
    )
    return WarmPaths(kind, label, chains, unplaced)


def _rank(chain: WarmChain) -> tuple:
    """Shorter first, then the warmer weakest link, then the more recent contact."""
    last = chain.target.last_contact
    return (
        chain.length,
        -WARMTH_RANK.get(chain.weakest.warmth, 0),
        -(last.toordinal() if last else 0),
        fold(chain.target.full_name),
    )
