"""Giveback's storage: Peewee models on one SQLite file, with versioned migrations."""

from crm_desktop.store.db import close, connect, database
from crm_desktop.store.migrations import SCHEMA_VERSION, DatabaseTooNew

__all__ = ["connect", "close", "database", "SCHEMA_VERSION", "DatabaseTooNew"]
