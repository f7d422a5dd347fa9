"""The WebDAV client of sync: CardDAV address books and CalDAV calendars over HTTP.

The only module of Giveback that talks to a network, and only to the server the user set up:
https with verified certificates (plain http to this computer only, or when the user chose an
unencrypted connection), redirects followed by hand and only within the same origin, every
answer read in pieces up to a cap, and every XML answer parsed with defusedxml (entity bombs
and external entities refused). Each failure becomes a ``DavError`` whose message is plain
words for the user; the password is never in a message or a log line.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.etree.ElementTree import Element

from crm_desktop.services.sync import davxml, errors
from crm_desktop.services.sync.davxml import CAL, CARD, CS, DAV, Prop, Unreadable, ns
from crm_desktop.services.sync.errors import (
    AuthFailed,
    BadResponse,
    CertificateUntrusted,
    CollectionGone,
    DavError,
    InsecureRefused,
    PreconditionFailed,
    RedirectRefused,
    ServerError,
    ServerFull,
    TokenExpired,
    Unreachable,
)
from crm_desktop.services.text import translate

if TYPE_CHECKING:
    import requests

__all__ = [  # the errors live in errors.py; the rest of sync imports them from here
    "ADDRESSBOOK",
    "CALENDAR",
    "Collection",
    "DavClient",
    "Delta",
    "Discovery",
    "AuthFailed",
    "BadResponse",
    "CertificateUntrusted",
    "CollectionGone",
    "DavError",
    "InsecureRefused",
    "PreconditionFailed",
    "RedirectRefused",
    "ServerError",
    "ServerFull",
    "TokenExpired",
    "Unreachable",
]

LOG = logging.getLogger(__name__)

ADDRESSBOOK, CALENDAR = "addressbook", "calendar"
CONTENT_TYPES = {ADDRESSBOOK: "text/vcard; charset=utf-8", CALENDAR: "text/calendar; charset=utf-8"}
EXTENSIONS = {ADDRESSBOOK: ".vcf", CALENDAR: ".ics"}
LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}
MULTIGET_BATCH = 100
MAX_REDIRECTS = 5
_XML = "application/xml; charset=utf-8"


# -- what the server holds --------------------------------------------------------------


@dataclass(frozen=True)
class Collection:
    url: str
    name: str
    kind: str  # ADDRESSBOOK or CALENDAR
    components: tuple[str, ...] = ()  # calendars: the component types it takes


@dataclass(frozen=True)
class Discovery:
    principal: str
    addressbooks: list[Collection]
    calendars: list[Collection]
    calendar_home: str | None = None  # where make_calendar() puts a new calendar


@dataclass(frozen=True)
class Delta:
    token: str
    changed: dict[str, str]  # href -> etag
    removed: set[str]


@dataclass(frozen=True)
class _Answer:
    """An HTTP answer, read in full."""

    status: int
    headers: Mapping[str, str]  # case-insensitive
    content: bytes


# -- the client ---------------------------------------------------------------------------


class DavClient:
    """A connection to one DAV server as one user. ``close()`` when done (or use ``with``)."""

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        allow_insecure: bool = False,
        timeout: float = 30,
        max_response_bytes: int = 64 * 2**20,
    ):
        try:
            parts = urlsplit(url.strip())
            port = parts.port
        except ValueError:  # "http://[::1", "https://host:99999/"
            parts, port = urlsplit(""), None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise DavError(
                translate("sync", "“{url}” is not a server address (https://…).").format(
                    url=_without_credentials(url)
                )
            )
        host = parts.hostname
        if parts.scheme == "http" and host not in LOOPBACK_HOSTS and not allow_insecure:
            raise InsecureRefused(
                translate(
                    "sync",
                    "The address {host} is not encrypted (http://): the password and your "
                    "contacts would cross the network readable by anyone on the way. Use "
                    "https://, or allow an unencrypted connection.",
                ).format(host=host)
            )
        netloc = f"[{host}]" if ":" in host else host
        if port:
            netloc += f":{port}"
        self.origin = f"{parts.scheme}://{netloc}"
        self.url = urljoin(self.origin, parts.path or "/")
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        # Imported here: urllib3 probes IPv6 with a socket when imported, and nothing may
        # open a socket until the user has set up sync and asks for it.
        import requests

        self._session = requests.Session()
        self._request_errors = requests.exceptions.RequestException
        # Only to the user's server: no proxy, .netrc or CA bundle taken from the
        # environment; certificates are checked against certifi's bundle.
        self._session.trust_env = False
        self._session.auth = (user, password)
        self._session.headers["User-Agent"] = "Giveback"

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._session.close()

    # -- discovery ---------------------------------------------------------------------

    def discover(self) -> Discovery:
        """The user's principal, address books and calendars (RFC 6764, 6352, 4791)."""
        principal: str | None = None
        homes: dict[str, list[str]] = {ADDRESSBOOK: [], CALENDAR: []}
        for service, kind, home_prop in (
            ("carddav", ADDRESSBOOK, (CARD, "addressbook-home-set")),
            ("caldav", CALENDAR, (CAL, "calendar-home-set")),
        ):
            if principal is None:
                context = self._context(service)
                principal = (context and self._principal(context)) or self._principal(self.url)
            found = principal or self.url
            answer = self._propfind(found, [home_prop], depth="0")
            for response in answer:
                element = response.props.get(ns(*home_prop))
                if element is not None:
                    homes[kind] += [self._absolute(h) for h in davxml.hrefs(element)]
            if not homes[kind]:
                homes[kind] = [found]
        addressbooks: dict[str, Collection] = {}
        calendars: dict[str, Collection] = {}
        for home in dict.fromkeys(homes[ADDRESSBOOK] + homes[CALENDAR]):
            for collection in self._collections(home):
                found_in = addressbooks if collection.kind == ADDRESSBOOK else calendars
                found_in.setdefault(collection.url, collection)
        return Discovery(
            principal=principal or self.url,
            addressbooks=sorted(addressbooks.values(), key=lambda c: (c.name.casefold(), c.url)),
            calendars=sorted(calendars.values(), key=lambda c: (c.name.casefold(), c.url)),
            calendar_home=homes[CALENDAR][0],
        )

    def _context(self, service: str) -> str | None:
        """Where /.well-known/<service> leads on this origin (RFC 6764); None when nowhere."""
        try:
            final, response = self._send(
                "PROPFIND",
                f"{self.origin}/.well-known/{service}",
                body=davxml.propfind([(DAV, "current-user-principal")]),
                headers={"Depth": "0"},
            )
        except RedirectRefused:
            raise
        except (CollectionGone, ServerError):
            return None
        return final if response.status == 207 else None

    def _principal(self, url: str) -> str | None:
        try:
            answer = self._propfind(url, [(DAV, "current-user-principal")], depth="0")
        except CollectionGone:
            return None
        for response in answer:
            element = response.props.get(ns(DAV, "current-user-principal"))
            found = davxml.hrefs(element) if element is not None else []
            if found:
                return self._absolute(found[0])
        return None

    def _collections(self, home: str) -> list[Collection]:
        props = [
            (DAV, "resourcetype"),
            (DAV, "displayname"),
            (CAL, "supported-calendar-component-set"),
        ]
        found = []
        for response in self._propfind(home, props, depth="1"):
            kinds = response.props.get(ns(DAV, "resourcetype"))
            if kinds is None:
                continue
            url = self._absolute(response.href)
            name_element = response.props.get(ns(DAV, "displayname"))
            name = (name_element.text or "").strip() if name_element is not None else ""
            name = name or unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
            if kinds.find(ns(CARD, "addressbook")) is not None:
                found.append(Collection(url, name, ADDRESSBOOK))
            elif kinds.find(ns(CAL, "calendar")) is not None:
                comps = response.props.get(ns(CAL, "supported-calendar-component-set"))
                names = [c.get("name", "").upper() for c in comps] if comps is not None else []
                # Without the property a calendar takes every kind of component (RFC 4791 5.2.3).
                components = tuple(sorted(n for n in names if n)) or ("VEVENT", "VJOURNAL", "VTODO")
                found.append(Collection(url, name, CALENDAR, components))
        return found

    # -- collections ---------------------------------------------------------------------

    def state(self, collection_url: str) -> tuple[str | None, str | None]:
        """(CTag, sync-token) of a collection; None for what the server does not offer."""
        props = [(CS, "getctag"), (DAV, "sync-token")]
        values: list[str | None] = [None, None]
        for response in self._propfind(collection_url, props, depth="0"):
            for index, prop in enumerate(props):
                element = response.props.get(ns(*prop))
                if element is not None and (element.text or "").strip():
                    values[index] = element.text.strip()
        return values[0], values[1]

    def list_items(self, collection_url: str) -> dict[str, str]:
        """Every item of a collection: href -> ETag (sub-collections left out)."""
        own = urlsplit(self._absolute(collection_url)).path
        items = {}
        props = [(DAV, "getetag"), (DAV, "resourcetype")]
        for response in self._propfind(collection_url, props, depth="1"):
            kinds = response.props.get(ns(DAV, "resourcetype"))
            if davxml.same_path(response.href, own) or (
                kinds is not None and kinds.find(ns(DAV, "collection")) is not None
            ):
                continue
            items[response.href] = davxml.text(response.props.get(ns(DAV, "getetag")))
        return items

    def sync_changes(self, collection_url: str, token: str | None) -> Delta:
        """What changed since *token* (RFC 6578); everything when *token* is None."""
        own = urlsplit(self._absolute(collection_url)).path
        changed: dict[str, str] = {}
        removed: set[str] = set()
        for _page in range(100):  # a server may cut a long answer in pages (507 on itself)
            body = davxml.sync_collection(token)
            # With a token: the server's refusal means "that token is no longer valid"
            # (RFC 6578 3.2). Without one: the server does not list changes at all.
            refusals = (400, 403, 409, 412) if token else (400, 405, 409, 412, 501)
            try:
                root = self._xml("REPORT", collection_url, body, depth="0", expired_on=refusals)
            except TokenExpired:
                if token is None:
                    raise errors.refused_sync() from None
                raise
            truncated = False
            for response in _responses(root):
                if davxml.same_path(response.href, own):
                    truncated = truncated or response.status == 507
                    continue
                if response.status in (404, 410):
                    removed.add(response.href)
                    changed.pop(response.href, None)
                elif not response.href.endswith("/"):
                    changed[response.href] = davxml.text(response.props.get(ns(DAV, "getetag")))
                    removed.discard(response.href)
            new_token = davxml.text(root.find(ns(DAV, "sync-token")))
            if not new_token:
                raise errors.unreadable()
            token = new_token
            if not truncated:
                break
        return Delta(token=token or "", changed=changed, removed=removed)

    def get_many(
        self, collection_url: str, hrefs: Iterable[str], kind: str
    ) -> dict[str, tuple[str, str]]:
        """href -> (ETag, text) of the items asked for; items no longer there are left out."""
        asked = list(dict.fromkeys(hrefs))
        report, data = (
            ((CARD, "addressbook-multiget"), (CARD, "address-data"))
            if kind == ADDRESSBOOK
            else ((CAL, "calendar-multiget"), (CAL, "calendar-data"))
        )
        found: dict[str, tuple[str, str]] = {}
        for start in range(0, len(asked), MULTIGET_BATCH):
            batch = asked[start : start + MULTIGET_BATCH]
            by_path = {unquote(urlsplit(h).path): h for h in batch}
            body = davxml.multiget(report, data, batch)
            root = self._xml("REPORT", collection_url, body, depth="1")
            for response in _responses(root):
                href = by_path.get(unquote(urlsplit(response.href).path))
                data_text = davxml.text(response.props.get(ns(*data)))
                if href is not None and response.status in (None, 200) and data_text:
                    etag = davxml.text(response.props.get(ns(DAV, "getetag")))
                    found[href] = (etag, data_text)
        return found

    # -- items -----------------------------------------------------------------------------

    def create(
        self, collection_url: str, name: str, text: str, kind: str
    ) -> tuple[str, str | None]:
        """A new item *name* (".vcf"/".ics" added when missing) in the collection, never over
        an existing one: (href, ETag or None when the server gave none)."""
        if not name.endswith(EXTENSIONS[kind]):
            name += EXTENSIONS[kind]
        folder = urlsplit(self._absolute(collection_url)).path
        href = folder.rstrip("/") + "/" + quote(name, safe="@-_.~")
        etag = self._put(href, text, kind, {"If-None-Match": "*"}, item=False)
        return href, etag

    def update(self, href: str, text: str, etag: str, kind: str) -> str | None:
        """Replace an item if it is still at *etag*; its new ETag (None when not given)."""
        return self._put(href, text, kind, {"If-Match": etag}, item=True)

    def delete(self, href: str, etag: str | None) -> None:
        """Delete an item if it is still at *etag*; an item already gone is fine."""
        headers = {"If-Match": etag} if etag else {}
        self._send("DELETE", href, headers=headers, gone_ok=True)

    def make_calendar(self, home_url: str, name: str) -> Collection:
        """A new calendar called *name* for events and tasks in *home_url*."""
        slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "calendar"
        home = self._absolute(home_url).rstrip("/") + "/"
        body = davxml.mkcalendar(name, ("VEVENT", "VTODO"))
        taken = {
            unquote(r.href).rstrip("/").rsplit("/", 1)[-1]
            for r in self._propfind(home, [(DAV, "resourcetype")], depth="1")
        }
        candidate = slug if slug not in taken else f"{slug}-{uuid.uuid4().hex[:8]}"
        url = f"{home}{candidate}/"
        _, response = self._send("MKCALENDAR", url, body=body)
        if response.status in (200, 201):
            return Collection(url, name, CALENDAR, ("VEVENT", "VTODO"))
        raise ServerError(
            translate("sync", "The server did not create the calendar “{name}”.").format(name=name)
        )

    # -- HTTP --------------------------------------------------------------------------------

    def _absolute(self, href: str) -> str:
        return urljoin(self.url, href)

    def _put(
        self, href: str, text: str, kind: str, condition: dict[str, str], item: bool
    ) -> str | None:
        """PUT under *condition*; *item*: a missing target means the item went (412), not
        its collection."""
        headers = {"Content-Type": CONTENT_TYPES[kind], **condition}
        _, response = self._send("PUT", href, body=text, headers=headers, item=item)
        return response.headers.get("ETag") or None

    def _propfind(self, url: str, props: list[Prop], depth: str) -> list[davxml.Response]:
        found = _responses(self._xml("PROPFIND", url, davxml.propfind(props), depth=depth))
        own = urlsplit(self._absolute(url)).path
        if any(davxml.same_path(r.href, own) and r.status in (404, 410) for r in found):
            raise errors.gone(own)  # some servers say "not found" inside a 207 answer
        return found

    def _xml(
        self,
        method: str,
        url: str,
        body: str,
        depth: str,
        expired_on: tuple[int, ...] = (),
    ) -> Element:
        _, response = self._send(
            method, url, body=body, headers={"Depth": depth}, expired_on=expired_on
        )
        return _parse(response.content)

    def _send(
        self,
        method: str,
        url: str,
        *,
        body: str | None = None,
        headers: dict[str, str] | None = None,
        item: bool = False,
        gone_ok: bool = False,
        expired_on: tuple[int, ...] = (),
    ) -> tuple[str, _Answer]:
        """One request, redirects followed by hand within this origin, the answer read in full
        (up to the cap) and its status turned into a DavError where it is one."""
        headers = dict(headers or {})
        if body is not None and "Content-Type" not in headers:
            headers["Content-Type"] = _XML
        data = body.encode("utf-8") if body is not None else None
        target = self._absolute(url)
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_origin(target)
            response = self._request(method, target, data, headers)
            if response.status in (301, 302, 303, 307, 308) and "Location" in response.headers:
                target = urljoin(target, response.headers["Location"])
                continue
            break
        else:
            raise ServerError(translate("sync", "The server sent Giveback round in circles."))
        status = response.status
        LOG.debug("%s %s -> %s", method, urlsplit(target).path, status)
        if status < 300:
            return target, response
        if status in (404, 410) and gone_ok:
            return target, response
        raise errors.for_status(status, method, urlsplit(target).path, item, expired_on)

    def _check_origin(self, url: str) -> None:
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}".lower() != self.origin.lower():
            raise RedirectRefused(
                translate(
                    "sync",
                    "The server sent Giveback to another address ({host}). Giveback talks only "
                    "to the server you set up; enter that address instead if you trust it.",
                ).format(host=parts.hostname or "?")
            )

    def _request(
        self, method: str, url: str, data: bytes | None, headers: dict[str, str]
    ) -> _Answer:
        try:
            response = self._session.request(
                method,
                url,
                data=data,
                headers=headers,
                timeout=self.timeout,
                allow_redirects=False,
                stream=True,
            )
            with response:
                content = self._read_capped(response)
            # Only what was read is kept: an exception's traceback must not hold the socket.
            return _Answer(response.status_code, response.headers, content)
        except self._request_errors as err:
            raise errors.for_exception(err, urlsplit(url).hostname or "") from err

    def _read_capped(self, response: requests.Response) -> bytes:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_response_bytes:
            raise errors.too_large(self.max_response_bytes)
        chunks, size = [], 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > self.max_response_bytes:
                raise errors.too_large(self.max_response_bytes)
            chunks.append(chunk)
        return b"".join(chunks)


# -- reading answers ---------------------------------------------------------------------


def _parse(content: bytes) -> Element:
    try:
        return davxml.parse(content)
    except Unreadable as err:
        raise errors.unreadable() from err


def _responses(root: Element) -> list[davxml.Response]:
    try:
        return davxml.responses(root)
    except Unreadable as err:
        raise errors.unreadable() from err


def _without_credentials(url: str) -> str:
    """*url* as the user typed it, less any "user:password@"."""
    return re.sub(r"(?<=//)[^/@]*@", "", url.strip())
