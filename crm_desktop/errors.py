"""Errors the services raise, each with a message fit to show the user."""

from __future__ import annotations


class GivebackError(Exception):
    """Something the user asked for cannot be done; ``str(err)`` says why."""


class InvalidInput(GivebackError):
    pass


class NotFound(GivebackError):
    def __init__(self, message: str, candidates: list[str] | None = None):
        super().__init__(message)
        self.candidates = candidates or []


class AmbiguousName(GivebackError):
    def __init__(self, message: str, candidates: list[str]):
        super().__init__(message)
        self.candidates = candidates


class ReferralRefused(GivebackError):
    """A referral that would make a cycle or point a contact at themselves."""


class StorageError(GivebackError):
    """The database could not be written or read (disk full, read-only, locked, damaged)."""


class DatabaseLocked(GivebackError):
    """The database is encrypted and no key Giveback was given opens it: the passphrase is
    needed, it was wrong, or the system keyring does not have the key. Nothing was changed."""
