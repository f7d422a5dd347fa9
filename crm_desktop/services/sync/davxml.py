"""The XML of WebDAV for ``dav``: the request bodies Giveback sends, and reading the
multistatus answers servers send back, always through defusedxml (no DTD, no entities,
nothing fetched from the network)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import escape

import defusedxml
from defusedxml import ElementTree

DAV, CARD, CAL, CS = (
    "DAV:",
    "urn:ietf:params:xml:ns:carddav",
    "urn:ietf:params:xml:ns:caldav",
    "http://calendarserver.org/ns/",
)
_PREFIXES = {DAV: "d", CARD: "card", CAL: "cal", CS: "cs"}
_XMLNS = " ".join(f'xmlns:{prefix}="{uri}"' for uri, prefix in _PREFIXES.items())
_HEAD = '<?xml version="1.0" encoding="utf-8"?>'

Prop = tuple[str, str]  # (namespace, local name)


class Unreadable(ValueError):
    """Not well-formed XML, unsafe XML (a DTD, entities), or not the answer expected."""


@dataclass
class Response:
    """One <response> of a multistatus answer."""

    href: str  # an absolute path, as the server wrote it
    status: int | None  # the response's own status (sync-collection: 404 = removed)
    props: dict[str, Element]  # properties found (200), by Clark name "{DAV:}getetag"


def ns(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


# -- what Giveback sends -------------------------------------------------------------


def _props(props: Iterable[Prop]) -> str:
    return "".join(f"<{_PREFIXES[namespace]}:{name}/>" for namespace, name in props)


def propfind(props: Iterable[Prop]) -> str:
    return f"{_HEAD}<d:propfind {_XMLNS}><d:prop>{_props(props)}</d:prop></d:propfind>"


def sync_collection(token: str | None) -> str:
    """RFC 6578: the changes since *token* (None: every item), with their ETags."""
    return (
        f"{_HEAD}<d:sync-collection {_XMLNS}><d:sync-token>{escape(token or '')}</d:sync-token>"
        "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"
    )


def multiget(report: Prop, data: Prop, hrefs: Iterable[str]) -> str:
    """addressbook-multiget / calendar-multiget of *hrefs*: ETag and text of each."""
    name = f"{_PREFIXES[report[0]]}:{report[1]}"
    listed = "".join(f"<d:href>{escape(href)}</d:href>" for href in hrefs)
    return f"{_HEAD}<{name} {_XMLNS}><d:prop><d:getetag/>{_props([data])}</d:prop>{listed}</{name}>"


def mkcalendar(display_name: str, components: Iterable[str]) -> str:
    comps = "".join(f'<cal:comp name="{escape(c)}"/>' for c in components)
    return (
        f"{_HEAD}<cal:mkcalendar {_XMLNS}><d:set><d:prop>"
        f"<d:displayname>{escape(display_name)}</d:displayname>"
        f"<cal:supported-calendar-component-set>{comps}</cal:supported-calendar-component-set>"
        "</d:prop></d:set></cal:mkcalendar>"
    )


# -- what servers answer -------------------------------------------------------------


def parse(content: bytes) -> Element:
    """The root element of *content*; Unreadable when garbled or unsafe."""
    try:
        return ElementTree.fromstring(content, forbid_dtd=True)
    except (ParseError, defusedxml.DefusedXmlException, ValueError) as err:
        raise Unreadable(type(err).__name__) from err


def responses(root: Element) -> list[Response]:
    """The <response>s of a multistatus answer."""
    if root.tag != ns(DAV, "multistatus"):
        raise Unreadable(f"not a multistatus: {root.tag[:80]}")
    found = []
    for element in root.findall(ns(DAV, "response")):
        href = text(element.find(ns(DAV, "href")))
        if not href:
            continue
        if "://" in href:
            href = urlsplit(href).path
        props: dict[str, Element] = {}
        for propstat in element.findall(ns(DAV, "propstat")):
            if status_code(text(propstat.find(ns(DAV, "status")))) not in (200, None):
                continue
            prop = propstat.find(ns(DAV, "prop"))
            for value in prop if prop is not None else ():
                props[value.tag] = value
        status = status_code(text(element.find(ns(DAV, "status"))))
        found.append(Response(href, status, props))
    return found


def status_code(line: str | None) -> int | None:
    """200 from "HTTP/1.1 200 OK"; None when there is no status line."""
    match = re.match(r"\s*HTTP/\S+\s+(\d{3})", line or "")
    return int(match.group(1)) if match else None


def hrefs(element: Element) -> list[str]:
    return [text(h) for h in element.findall(ns(DAV, "href")) if text(h)]


def text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def same_path(href: str, path: str) -> bool:
    """Whether two hrefs name the same resource (quoting and a final slash aside)."""
    return unquote(href).rstrip("/") == unquote(path).rstrip("/")
