"""Giveback: a local-first contact-relationship manager for people who network."""

from importlib import metadata

APP_NAME = "Giveback"

try:
    __version__ = metadata.version("giveback")
except metadata.PackageNotFoundError:  # frozen bundle or a plain source checkout
    from crm_desktop._version import VERSION as __version__  # noqa: F401
