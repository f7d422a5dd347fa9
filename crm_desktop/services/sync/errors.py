"""What can go wrong between Giveback and a DAV server, each in plain words for the user.

``dav`` raises these (and re-exports them: code outside imports them from ``dav``); the
messages never hold the password, nor anything the user did not type or the server sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote

from crm_desktop.errors import GivebackError
from crm_desktop.services.text import translate

if TYPE_CHECKING:
    import requests


class DavError(GivebackError):
    """The server could not be used; ``message`` (and ``str()``) says why in plain words."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AuthFailed(DavError):
    """401/403: the user name or password was refused."""


class Unreachable(DavError):
    """No answer: connection refused, reset or cut, a timeout, a name that does not resolve."""


class CertificateUntrusted(DavError):
    """The https certificate could not be verified."""


class InsecureRefused(DavError):
    """http:// to another computer without the user's explicit choice."""


class CollectionGone(DavError):
    """404/410 on the address book or calendar."""


class ServerFull(DavError):
    """507: the server has no room left."""


class ServerError(DavError):
    """Any other 5xx, an answer Giveback cannot read, or one too large."""


class BadResponse(ServerError):
    """An answer that is garbled, unsafe XML or larger than the cap."""


class RedirectRefused(ServerError):
    """The server sent Giveback to another origin (scheme, host or port)."""


class PreconditionFailed(DavError):
    """412: someone else wrote the item since Giveback last read it."""


class TokenExpired(DavError):
    """The server refused the sync-token: list every item instead."""


def for_status(
    status: int, method: str, path: str, item: bool, expired_on: tuple[int, ...] = ()
) -> DavError:
    """The error an HTTP *status* (>= 300, no redirect) means for *method* on *path*;
    *item*: the request is about one item (a missing one was deleted by someone else),
    *expired_on*: statuses that mean the sync-token was refused."""
    if status in expired_on:
        return TokenExpired(
            translate(
                "sync",
                "The server no longer knows where the last sync stopped; Giveback compares "
                "every item instead.",
            )
        )
    if status in (401, 403):
        return AuthFailed(translate("sync", "The server refused the user name or password."))
    if status == 412 or (item and status in (404, 410)):
        return PreconditionFailed(
            translate("sync", "Someone else changed this item on the server in the meantime.")
        )
    if status in (404, 410) or (method == "PUT" and status == 409 and not item):
        return gone(path)  # a PUT into a folder that is not there: 409 (RFC 4918 9.7.1)
    if status == 507:
        return ServerFull(translate("sync", "The server is full: it has no room for more items."))
    if status >= 500:
        return ServerError(
            translate("sync", "The server had a problem (error {status}). Try again later.").format(
                status=status
            )
        )
    return ServerError(
        translate("sync", "The server refused Giveback's request (error {status}).").format(
            status=status
        )
    )


def for_exception(err: requests.exceptions.RequestException, host: str) -> DavError:
    import requests  # only once a request was made (see dav.DavClient)

    """The error a failed request to *host* means (no answer, a broken or a garbled one)."""
    if isinstance(err, requests.exceptions.SSLError):
        return CertificateUntrusted(
            translate(
                "sync",
                "The server's certificate is not trusted, so Giveback sent it nothing. "
                "Check the address, or ask whoever runs the server.",
            )
        )
    if isinstance(err, requests.exceptions.Timeout):
        return Unreachable(translate("sync", "The server did not answer in time. Try again later."))
    if isinstance(err, requests.exceptions.ContentDecodingError):
        return unreadable()  # compressed, but garbled
    if isinstance(err, requests.exceptions.ChunkedEncodingError):
        return Unreachable(
            translate(
                "sync", "The connection to the server broke off before its answer was complete."
            )
        )
    if isinstance(err, requests.exceptions.ConnectionError):
        return Unreachable(
            translate(
                "sync",
                "The server could not be reached ({host}). Check the address and the network.",
            ).format(host=host)
        )
    return Unreachable(
        translate("sync", "Giveback could not talk to the server ({kind}).").format(
            kind=type(err).__name__
        )
    )


def gone(path: str) -> CollectionGone:
    return CollectionGone(
        translate(
            "sync", "The address book or calendar is no longer on the server ({path})."
        ).format(path=unquote(path))
    )


def unreadable() -> BadResponse:
    return BadResponse(translate("sync", "The server sent an answer Giveback cannot read."))


def too_large(cap: int) -> BadResponse:
    return BadResponse(
        translate(
            "sync", "The server's answer was larger than the {size} MB Giveback accepts."
        ).format(size=max(1, cap // 2**20))
    )


def refused_sync() -> ServerError:
    return ServerError(
        translate("sync", "The server refused to list the changes of the collection.")
    )
