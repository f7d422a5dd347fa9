"""Giveback's storage: Peewee models on one SQLite file, with versioned migrations."""

from crm_desktop.store.db import close, connect, data_version, database
from crm_desktop.store.migrations import SCHEMA_VERSION, DatabaseTooNew

__all__ = ["connect", "close", "database", "data_version", "SCHEMA_VERSION", "DatabaseTooNew"]
