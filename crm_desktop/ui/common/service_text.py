"""The services' fixed labels in the window's language.

The services import no Qt, so they name stages, warmth and meeting kinds in English
(``services/contacts/types.py``, ``services/meetings/meetings.py``). The window passes
such a label through ``label()``: the English text is the key of its translation, listed
here for ``pyside6-lupdate``. A label not listed comes back as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crm_desktop.services.contacts.types import WARMTH

CONTEXT = "labels"
# Every fixed label a service shows; tests/common/test_translations.py checks this list
# holds each value of the services' dictionaries.
LABELS = (
    # stages
    QT_TRANSLATE_NOOP("labels", "To reach out"),
    QT_TRANSLATE_NOOP("labels", "Asked"),
    QT_TRANSLATE_NOOP("labels", "Meeting set"),
    QT_TRANSLATE_NOOP("labels", "Met"),
    QT_TRANSLATE_NOOP("labels", "Follow-up"),
    QT_TRANSLATE_NOOP("labels", "Dormant"),
    # warmth
    QT_TRANSLATE_NOOP("labels", "Cold"),
    QT_TRANSLATE_NOOP("labels", "Warm"),
    QT_TRANSLATE_NOOP("labels", "Close"),
    # ways to reach someone
    QT_TRANSLATE_NOOP("labels", "Email"),
    QT_TRANSLATE_NOOP("labels", "Phone"),
    QT_TRANSLATE_NOOP("labels", "Link"),
    # meeting kinds
    QT_TRANSLATE_NOOP("labels", "Coffee"),
    QT_TRANSLATE_NOOP("labels", "Call"),
    QT_TRANSLATE_NOOP("labels", "Video call"),
    QT_TRANSLATE_NOOP("labels", "Lunch"),
    QT_TRANSLATE_NOOP("labels", "Event"),
    QT_TRANSLATE_NOOP("labels", "Email exchange"),
    QT_TRANSLATE_NOOP("labels", "Other"),
    # the give-and-ask ledger: directions, kinds, statuses
    QT_TRANSLATE_NOOP("labels", "I gave"),
    QT_TRANSLATE_NOOP("labels", "I asked"),
    QT_TRANSLATE_NOOP("labels", "They gave"),
    QT_TRANSLATE_NOOP("labels", "Introduction"),
    QT_TRANSLATE_NOOP("labels", "Insight"),
    QT_TRANSLATE_NOOP("labels", "Advice"),
    QT_TRANSLATE_NOOP("labels", "Article"),
    QT_TRANSLATE_NOOP("labels", "Referral to a job"),
    QT_TRANSLATE_NOOP("labels", "Favour"),
    QT_TRANSLATE_NOOP("labels", "Thanks"),
    QT_TRANSLATE_NOOP("labels", "Open"),
    QT_TRANSLATE_NOOP("labels", "Granted"),
    QT_TRANSLATE_NOOP("labels", "Declined"),
    QT_TRANSLATE_NOOP("labels", "To make"),
    QT_TRANSLATE_NOOP("labels", "Requested"),
    QT_TRANSLATE_NOOP("labels", "Made"),
    # the prep sheet's sections
    QT_TRANSLATE_NOOP("labels", "How you are connected"),
    QT_TRANSLATE_NOOP("labels", "Who they are, their story, questions to ask"),
    QT_TRANSLATE_NOOP("labels", "Past meetings and open follow-ups"),
    QT_TRANSLATE_NOOP("labels", "Give and ask"),
    QT_TRANSLATE_NOOP("labels", "Your plan"),
    QT_TRANSLATE_NOOP("labels", "Lines for notes"),
)


def label(text: str) -> str:
    """*text*, a service's fixed English label, in the window's language."""
    return QCoreApplication.translate(CONTEXT, text)


def number(count: int) -> str:
    """A count as the window's language writes it: "1,950" in English, "1.950" in German."""
    return QLocale().toString(count)


def warmth_word(key: str) -> str:
    """A warmth ("close") as it reads inside a sentence, in the window's language."""
    return label(WARMTH.get(key, key)).lower()  # an adjective: lowercase in any language


def labels(choices: dict[str, str]) -> dict[str, str]:
    """A service's {key: English label} with each label in the window's language."""
    return {key: label(text) for key, text in choices.items()}
