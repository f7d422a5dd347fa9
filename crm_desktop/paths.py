"""Where Giveback keeps the user's data. Every path comes from here.

The data folder is the platform's user data folder (platformdirs), unless the
``--data-dir`` option or the ``GIVEBACK_DATA_DIR`` variable names another one.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

ENV_VAR = "GIVEBACK_DATA_DIR"
DB_NAME = "giveback.sqlite3"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Point every later lookup at *path* (``None`` goes back to the default)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("Giveback", appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create *path* if needed and make it readable by the user only."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, stat.S_IRWXU)
    return path


def database_path() -> Path:
    return data_dir() / DB_NAME


def backups_dir() -> Path:
    return data_dir() / "backups"


def make_private(path: Path) -> None:
    """Set a file to 0600 (SQLite creates files 0644)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
