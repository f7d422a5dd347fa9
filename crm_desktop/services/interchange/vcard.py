"""vCard files (.vcf) in and out, through vobject.

Reading takes vCard 2.1, 3.0 and 4.0 as phones, Google, Apple, Outlook and
Thunderbird write them. vobject parses each property (parameters, quoted-
printable and character sets, base64, backslash escapes, N/ADR/ORG
structure); around it sit a few small steps, each for a case vobject gets wrong
on real files:

- vobject stops at the first bad line of a file and loses every card after it,
  and its line numbers drift after folded and blank lines. So the file is
  unfolded and cut into cards here (RFC 6350 3.2: a line starting with a space
  or tab continues the one before), every property is handed to vobject on its
  own, and a property vobject cannot read is skipped with a notice, not the card.
- vCard 2.1 quoted-printable soft line breaks ("=" at the end of a line) are
  only joined by vobject when asked, and then its line numbers go wrong; they
  are joined here with the unfolding.
- vobject truncates a single-valued text property at its first unescaped
  comma ("NOTE:Met at the fair, nice" became "Met at the fair"); 2.1 never
  escapes commas and many 3.0 exporters forget to. Bare commas are escaped
  before vobject decodes the value.
- Apple escapes colons in URLs ("http\\://"), which vobject leaves in.
- A character set Python does not know (CHARSET=x-mac-roman), bytes that
  are not in the declared one, or ENCODING=8BIT beside QUOTED-PRINTABLE raise
  from vobject; such a value is read as UTF-8, or failing that Windows-1252,
  with a notice.
- PHOTO, LOGO, SOUND and KEY data (base64, possibly megabytes, in 2.1 even
  unindented and ended by a blank line) is skipped before parsing, so a huge
  photo costs nothing. Giveback keeps no photos; a notice counts them.
- An AGENT card nested inside a card (2.1) is skipped.
- vobject only knows vCard 3.0; 4.0 differences are handled when reading the
  values: TYPE="work,voice" lists, tel: and mailto: URIs, PREF=1.
- Birthdays without a year (--0415, Apple's 1604-04-15 with X-APPLE-OMIT-YEAR)
  and BDAY;VALUE=text go to the notes (see ``fields.set_birthday``).

Writing builds the cards with vobject, which escapes commas, semicolons,
backslashes and line breaks and folds long lines without splitting a UTF-8
character.
"""

from __future__ import annotations

import binascii
import re
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import vobject
from vobject.base import ContentLine, VObjectError, parseLine

from crm_desktop.services.contacts.types import ContactRecord, Method
from crm_desktop.services.interchange import fields
from crm_desktop.services.interchange.fields import Notices
from crm_desktop.services.interchange.records import ImportedContact, ParsedFile, Problem
from crm_desktop.services.text import translate

_VCARD = vobject.vcard.VCard3_0  # vobject's one vCard behaviour; 2.1 and 4.0 read with it too
_BINARY = {"PHOTO", "LOGO", "SOUND", "KEY"}
# What vobject raises for a property it cannot read: ParseError for bad syntax (and for
# anything its value conversion raises), binascii.Error for bad base64 (ENCODING=b).
_UNREADABLE = (VObjectError, binascii.Error)
# The properties Giveback reads; others (UID, REV, LABEL, X-MS-…) are not even parsed.
_USED = set(
    "FN N ORG TITLE ROLE NOTE BDAY CATEGORIES EMAIL TEL URL X-SOCIALPROFILE ADR NICKNAME "
    "X-ABLABEL X-GIVEBACK-HOW-WE-MET KIND X-ADDRESSBOOKSERVER-KIND".split()
)
# Single text values, whose bare commas vobject would cut at (see the module docstring).
_SINGLE_TEXT = set(
    "FN TITLE ROLE NOTE EMAIL TEL URL X-ABLABEL BDAY X-SOCIALPROFILE X-GIVEBACK-HOW-WE-MET "
    "NICKNAME".split()
)
_NAME = re.compile(r"^\s*(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)")
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]+\s*$")
_BARE_COMMA = re.compile(r"(\\.)|,")
HOW_WE_MET = "X-GIVEBACK-HOW-WE-MET"

BAD_LINE = (
    "{n} line that is not valid vCard was skipped",
    "{n} lines that are not valid vCard were skipped",
)
CHARSET_GUESSED = (
    "{n} value in an unknown or wrong character set was read as UTF-8 or Windows-1252",
    "{n} values in an unknown or wrong character set were read as UTF-8 or Windows-1252",
)
GROUP_SKIPPED = (
    "{n} contact group card was skipped, as groups are not people",
    "{n} contact group cards were skipped, as groups are not people",
)
AGENT_SKIPPED = (
    "{n} card nested inside another card was skipped",
    "{n} cards nested inside other cards were skipped",
)


def _property_name(line: str) -> str:
    match = _NAME.match(line)
    return match.group(1).upper() if match else ""


def _logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, unfolded property) for every property in *text*.

    Folded lines and quoted-printable soft line breaks are joined; the data of
    a binary property is dropped as it is read (only its first line is kept,
    so the reader can count it).
    """
    current: list[str] | None = None
    start = 0
    soft_break = binary = False
    for number, raw in enumerate(text.split("\n"), 1):
        if current is not None and (soft_break or raw[:1] in (" ", "\t")):
            if not binary:
                current.append(raw if soft_break else raw[1:])
        elif binary and _BASE64_LINE.match(raw):  # vCard 2.1 photo data, not indented
            continue
        else:
            if current is not None:
                yield start, "".join(current)
            current = None
            binary = False
            if not raw.strip():
                continue
            binary = _property_name(raw) in _BINARY
            current, start = [raw[:80] if binary else raw], number
        head = current[0].split(":", 1)[0].upper()
        soft_break = "QUOTED-PRINTABLE" in head and current[-1].endswith("=")
        if soft_break:
            current[-1] = current[-1][:-1]
    if current is not None:
        yield start, "".join(current)


@dataclass
class _Card:
    line: int
    properties: list[tuple[int, str]] = field(default_factory=list)
    closed: bool = False


def _cards(text: str, notes: Notices) -> Iterator[_Card]:
    """Cut *text* into cards; text outside BEGIN:VCARD ... END:VCARD is ignored."""
    card: _Card | None = None
    nested = 0
    for number, line in _logical_lines(text):
        marker = line.strip().upper().replace(" ", "")
        if marker == "BEGIN:VCARD":
            if card is None:
                card = _Card(number)
            elif nested or (card.properties and _property_name(card.properties[-1][1]) == "AGENT"):
                nested += 1
                notes.add(AGENT_SKIPPED, number)
            else:  # the card before never ended
                yield card
                card = _Card(number)
        elif marker == "END:VCARD":
            if nested:
                nested -= 1
            elif card is not None:
                card.closed = True
                yield card
                card = None
        elif card is not None and not nested:
            card.properties.append((number, line))
    if card is not None:
        yield card


def _escape_bare_commas(value: str) -> str:
    """A single text value with its unescaped commas escaped, and Apple's "\\:" undone."""

    def fix(match: re.Match[str]) -> str:
        escaped = match.group(1)
        if escaped is None:
            return "\\,"
        return ":" if escaped == "\\:" else escaped

    return _BARE_COMMA.sub(fix, value)


def _content_line(number: int, line: str, notes: Notices) -> ContentLine:
    """One property, parsed and decoded by vobject (raises ParseError when it cannot)."""
    name, params, value, group = parseLine(line, number)
    try:
        content = ContentLine(name, params, value, group, encoded=True, lineNumber=number)
    except (LookupError, UnicodeDecodeError, TypeError):
        # Only quoted-printable values get here: an unknown CHARSET, bytes not in it, or a
        # second ENCODING beside QUOTED-PRINTABLE (vobject then hands a list to decode()).
        params = [p for p in params if p[0].upper() not in ("CHARSET", "ENCODING")]
        params += [["ENCODING", "QUOTED-PRINTABLE"], ["CHARSET", "latin-1"]]
        content = ContentLine(name, params, value, group, encoded=True, lineNumber=number)
        data = content.value.encode("latin-1")  # the undecoded bytes, one char per byte
        try:
            content.value = data.decode("utf-8")
        except UnicodeDecodeError:
            content.value = data.decode("cp1252", errors="replace")
        notes.add(CHARSET_GUESSED, number)
    if content.name in _SINGLE_TEXT and isinstance(content.value, str):
        content.value = _escape_bare_commas(content.value)
    content.parentBehavior = _VCARD
    content.autoBehavior(True)
    return content.transformToNative()


def _raw(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, list | tuple):  # a component vobject split at bare commas
        return ",".join(_raw(v) for v in value)
    return value if isinstance(value, str) else ""


def _text(value: object) -> str:
    return fields.clean(_raw(value))


def _types(content: ContentLine) -> list[str]:
    """TYPE values in every spelling: TYPE=a,b / TYPE="a,b" / TYPE=a;TYPE=b / 2.1's bare ;WORK."""
    words = [*content.singletonparams]
    for value in content.params.get("TYPE", []):
        words.extend(value.split(","))
    return [w.strip() for w in words if w.strip()]


def _preferred(content: ContentLine) -> bool:
    return "pref" in (t.casefold() for t in _types(content)) or "PREF" in content.params


def _name_of(value: object) -> str:
    if not isinstance(value, vobject.vcard.Name):
        return _text(value)
    parts = (value.prefix, value.given, value.additional, value.family, value.suffix)
    return " ".join(" ".join(_text(p).split(",")) for p in parts if _text(p))


def _address_of(value: object) -> str:
    if not isinstance(value, vobject.vcard.Address):
        return fields.location_of([_text(value)])
    return fields.location_of(
        _text(getattr(value, part))
        for part in ("box", "extended", "street", "city", "region", "code", "country")
    )


class _CardReader:
    """Turns one card's decoded properties into an ImportedContact."""

    def __init__(self, card: _Card, notes: Notices):
        self.card = card
        self.notes = notes
        self.contact = ImportedContact(line=card.line, full_name="")
        self.labels: dict[str, str] = {}  # Apple/Google "item1." group -> its X-ABLabel
        self.fallback_names: list[str] = []
        self.preferred: list[object] = []
        self.addresses: list[tuple[bool, str, str]] = []
        self.role = ""
        self.is_group = False  # a 4.0 KIND:group or Apple group card lists members, not a person
        self.unexpected: list[str] = []  # exceptions the per-line safety net caught: bugs

    def properties(self) -> list[ContentLine]:
        """The card's properties that Giveback uses, each decoded by vobject on its own."""
        found = []
        for number, line in self.card.properties:
            name = _property_name(line)
            if name == "PHOTO":
                self.notes.add(fields.PHOTO, self.card.line)
            if name in _BINARY:
                continue
            if ":" not in line:
                self.notes.add(BAD_LINE, number)
                continue
            if name not in _USED:
                continue
            try:
                content = _content_line(number, line, self.notes)
            except _UNREADABLE:
                self.notes.add(BAD_LINE, number)
                continue
            except Exception as err:  # a bug: the user loses this line only; the tests see it
                self.notes.add(BAD_LINE, number)
                self.unexpected.append("".join(traceback.format_exception(err)))
                continue
            if content.name == "X-ABLABEL" and content.group:
                self.labels[content.group.casefold()] = _text(content.value)
            found.append(content)
        return found

    def read(self) -> ImportedContact:
        for content in self.properties():
            self._take(content)
        c = self.contact
        c.title = c.title or self.role
        c.methods.sort(key=lambda m: not any(m is p for p in self.preferred))
        self.addresses.sort(key=lambda a: not a[0])
        for index, (_pref, label, text) in enumerate(self.addresses):
            if index == 0:
                c.location = text
            else:
                title = f"{label.capitalize()} address" if label else "Address"
                fields.add_note(c, f"{title}: {text}")
                self.notes.add(fields.MORE_ADDRESSES, c.line)
        return c

    def _label(self, content: ContentLine) -> str:
        if content.group and content.group.casefold() in self.labels:
            return fields.free_label(self.labels[content.group.casefold()])
        return fields.label_of(_types(content))

    def _take(self, content: ContentLine) -> None:
        c = self.contact
        name, value = content.name, content.value
        if name == "FN" and not c.full_name:
            c.full_name = _text(value)
        elif name == "N":
            self.fallback_names.insert(0, _name_of(value))
        elif name in ("ORG", "TITLE", "ROLE"):
            self._take_work(name, value)
        elif name == "NOTE":
            fields.add_note(c, _text(value))
        elif name == "BDAY" and c.birthday is None:
            year_unknown = "X-APPLE-OMIT-YEAR" in content.params
            fields.set_birthday(c, _text(value), self.notes, year_unknown=year_unknown)
        elif name == "CATEGORIES":
            c.tags.extend(_text(v) for v in (value if isinstance(value, list) else [value]))
        elif name in ("EMAIL", "TEL", "URL", "X-SOCIALPROFILE"):
            self._take_method(content)
        elif name == "ADR":
            text = _address_of(value)
            if text:
                self.addresses.append((_preferred(content), self._label(content), text))
        elif name == "NICKNAME":
            self.fallback_names.append(_text(value))
        elif name == HOW_WE_MET:
            c.how_we_met = _text(value)
        elif name in ("KIND", "X-ADDRESSBOOKSERVER-KIND"):
            self.is_group = _text(value).casefold() == "group"

    def _take_work(self, name: str, value: object) -> None:
        """ORG's first component is the company; ROLE stands in for a missing TITLE."""
        c = self.contact
        if name == "ORG" and not c.company:
            c.company = _text(value[0] if isinstance(value, list) and value else value)
        elif name == "TITLE" and not c.title:
            c.title = _text(value)
        elif name == "ROLE" and not self.role:
            self.role = _text(value)

    def _take_method(self, content: ContentLine) -> None:
        kind = {"EMAIL": "email", "TEL": "phone"}.get(content.name, "link")
        label = self._label(content)
        before = len(self.contact.methods)
        fields.add_method(self.contact, kind, _text(content.value), label, self.notes)
        if _preferred(content):
            self.preferred.extend(self.contact.methods[before:])


def read_vcards(text: str) -> ParsedFile:
    """Every card in *text*; a card that cannot be read becomes a Problem, the rest import."""
    parsed = ParsedFile(format="vcard")
    notes = Notices()
    for card in _cards(text, notes):
        if not card.closed:
            reason = translate(
                "vcard", "this card has no END:VCARD line; the file may be cut short"
            )
            parsed.problems.append(Problem(card.line, reason))
            continue
        reader = _CardReader(card, notes)
        try:
            contact = reader.read()
        except Exception as err:  # one broken card must not stop the others
            reason = translate("vcard", "this card could not be read ({error})").format(error=err)
            caught = "".join(traceback.format_exception(err))  # a bug: the fuzz tests fail on it
            parsed.problems.append(Problem(card.line, reason, unexpected=caught))
            continue
        finally:
            parsed.unexpected.extend(reader.unexpected)
        if reader.is_group:
            notes.add(GROUP_SKIPPED, card.line)
            continue
        fields.finish(contact, parsed, notes, *reader.fallback_names, contact.company)
    parsed.notices = notes.render()
    return parsed


def is_vcard(text: str) -> bool:
    """Whether *text* starts like a vCard file."""
    return text.lstrip()[:11].upper().startswith("BEGIN:VCARD")


# Writing ---------------------------------------------------------------------
_TYPES = {
    "work": "work",
    "home": "home",
    "mobile": "cell",
    "fax": "fax",
    "pager": "pager",
    "car": "car",
}


def _split_name(full_name: str) -> vobject.vcard.Name:
    """A structured name for sorting on phones: the last word is the family name."""
    words = full_name.split()
    if len(words) < 2:
        return vobject.vcard.Name(given=full_name)
    return vobject.vcard.Name(family=words[-1], given=" ".join(words[:-1]))


def _standard_types(label: str, kind: str) -> list[str] | None:
    """TYPE values for *label* when it is made only of standard words, else None."""
    words = label.casefold().split()
    if not words or not all(w in _TYPES for w in words):
        return None
    types = [_TYPES[w] for w in words]
    if kind != "phone" and any(t not in ("work", "home") for t in types):
        return None
    return types


_WRITE_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _value(text: str) -> str:
    return _WRITE_CONTROL.sub("", text)


def _methods_of(record: ContactRecord) -> tuple[Method, ...]:
    """Every email, phone and link; a record from before labelled methods has only the three."""
    if record.methods:
        return record.methods
    first = (("email", record.email, ""), ("phone", record.phone, ""),
             ("link", record.linkedin_url, "LinkedIn"))  # fmt: skip
    return tuple(Method(kind, value, label) for kind, value, label in first if value)


def _card(record: ContactRecord, version: str) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("version").value = version
    card.add("prodid").value = "-//Giveback//Giveback contacts//EN"
    card.add("fn").value = _value(record.full_name)
    card.add("n").value = _split_name(_value(record.full_name))
    if record.company:
        card.add("org").value = [_value(record.company)]
    if record.title:
        card.add("title").value = _value(record.title)
    group = 0
    for method in _methods_of(record):
        name = {"email": "email", "phone": "tel"}.get(method.kind, "url")
        types = _standard_types(method.label, method.kind)
        custom = method.label and types is None
        if custom:
            group += 1
        line = card.add(name, group=f"item{group}" if custom else None)
        line.value = _value(method.value)
        if version == "3.0" and name == "email":
            line.params["TYPE"] = ["INTERNET", *(t.upper() for t in types or [])]
        elif types:
            line.params["TYPE"] = [t.upper() if version == "3.0" else t for t in types]
        if custom:
            card.add("x-ablabel", group=f"item{group}").value = _value(method.label)
    if record.location:
        card.add("adr").value = vobject.vcard.Address(city=_value(record.location))
    if record.birthday:
        day = record.birthday
        card.add("bday").value = day.strftime("%Y%m%d" if version == "4.0" else "%Y-%m-%d")
    if record.tags:
        card.add("categories").value = [_value(t) for t in record.tags]
    if record.notes:
        card.add("note").value = _value(record.notes)
    if record.how_we_met:
        card.add(HOW_WE_MET.lower()).value = _value(record.how_we_met)
    return card


def write_vcards(records: Iterable[ContactRecord], version: str = "4.0") -> str:
    """*records* as vCard text (CRLF line ends), one card each, for phones and Google.

    Labels that are standard vCard types (work, home, mobile, fax…) are written
    as TYPE; any other label ("LinkedIn", "assistant") as Apple's grouped
    X-ABLabel, which Google and Apple read back as the label. Location goes to
    the address's locality, how you met to X-GIVEBACK-HOW-WE-MET.
    """
    if version not in ("3.0", "4.0"):
        raise ValueError(f"vCard version {version} is not one Giveback writes")
    return "".join(_card(record, version).serialize() for record in records)
