"""A tiny publish/subscribe hub so every view refreshes after any change.

Services call ``emit`` after they commit; the GUI turns these into Qt signals.
Topics: ``contacts``, ``referrals``, ``meetings``, ``smart_lists``, ``ledger`` (gives
and asks), ``insights``, ``followups``. A change made outside the window (the command
line, a second process) is announced on every topic (see ``database.changed_outside``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

TOPICS = ("contacts", "referrals", "meetings", "smart_lists", "ledger", "insights", "followups")

_subscribers: dict[str, list[Callable[[], None]]] = defaultdict(list)


def subscribe(topic: str, callback: Callable[[], None]) -> None:
    _subscribers[topic].append(callback)


def unsubscribe(topic: str, callback: Callable[[], None]) -> None:
    if callback in _subscribers[topic]:
        _subscribers[topic].remove(callback)


def emit(*topics: str) -> None:
    for topic in topics:
        for callback in list(_subscribers[topic]):
            callback()
