"""The user's preferences, kept as a small private JSON file in the data folder.

Kept beside the database (not in the platform's config store) so a data folder
moved with ``--data-dir`` carries its preferences, and tests never touch the
user's own settings.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from crm_desktop import paths

FILE_NAME = "settings.json"


def _path() -> Path:
    return paths.data_dir() / FILE_NAME


def load() -> dict[str, Any]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    """Store one preference, replacing the file atomically."""
    data = load()
    data[key] = value
    folder = paths.ensure_private_dir(paths.data_dir())
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
        paths.make_private(Path(tmp))
        os.replace(tmp, _path())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
