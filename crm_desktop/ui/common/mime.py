"""The drag-and-drop format for contacts, shared by every list and the graph."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

CONTACT_IDS = "application/x-giveback-contact-ids"


def contact_ids_to_mime(ids: list[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(CONTACT_IDS, json.dumps([int(i) for i in ids]).encode())
    return mime


def contact_ids_from_mime(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(CONTACT_IDS):
        return []
    try:
        ids = json.loads(bytes(mime.data(CONTACT_IDS)).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)]
