"""The window's language: English, German, or as the system says.

The user's choice ("system", "en" or "de") is kept in the settings like the look
(``ui/common/appearance.py``). "system" reads ``QLocale.system().uiLanguages()``, which
honours ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``, and takes the first language
there whose translation covers the whole window (``COMPLETE``); anyone else gets English.

At start the translations are installed with ``QTranslator``: Giveback's own
(``resources/translations/giveback_<lang>.qm``, compiled from the ``.ts`` beside it by
``make translations``) and Qt's for its standard dialogs and buttons (``qtbase_<lang>.qm``,
shipped in the PySide6 wheel and kept in the bundle). English has a ``.qm`` too: it holds
only the plural forms ("1 contact", "3 contacts") of the ``%n`` strings.

Widgets take their text when they are built, so a new choice shows at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop import resources
from crm_desktop.services import settings, text

translate = QCoreApplication.translate

CHOICES = ("system", "en", "de")
SETTING = "language"
# The languages a system locale may choose on its own: only those whose translation covers
# every menu, page and dialog (a half-translated window is worse than an English one).
COMPLETE: frozenset[str] = frozenset({"de"})
# Each language in its own name, the way every program lists them.
NAMES = {"en": "English", "de": "Deutsch"}


def saved_choice() -> str:
    """The language the user chose last time ("system" until they choose)."""
    choice = settings.get(SETTING, "system")
    return choice if choice in CHOICES else "system"


def language_for(choice: str, system: QLocale | None = None) -> str:
    """The language ("en" or "de") that *choice* means on a system whose locale is *system*."""
    if choice in NAMES:
        return choice
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code == "en":
            return "en"
        if code in COMPLETE:
            return code
    return "en"


def _date_names(language: str) -> tuple[list[str] | None, list[str] | None]:
    """Short month and weekday names of *language* ("Dez", "Mo"); None for English's own."""
    if language == "en":
        return None, None
    locale, short = QLocale(language), QLocale.FormatType.ShortFormat
    months = [locale.standaloneMonthName(m, short) for m in range(1, 13)]
    weekdays = [locale.standaloneDayName(d, short) for d in range(1, 8)]
    return months, weekdays


def translation_file(language: str) -> str:
    """Where Giveback's compiled translation into *language* is."""
    return str(resources.resource_path("translations", f"giveback_{language}.qm"))


class Language(QObject):
    """The translators installed on the application, and the language they give."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self._app = app
        self.choice = saved_choice()
        self.language = "en"
        self._translators: list[QTranslator] = []

    @classmethod
    def of(cls, app: QCoreApplication | None = None) -> Language:
        """The application's one instance, made on first use."""
        app = app or QCoreApplication.instance()
        found = app.findChild(Language, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if found is None:
            found = cls(app)
        return found

    def start(self) -> str:
        """Install the translations of the saved choice; returns the language in use."""
        self.choice = saved_choice()
        self.use(language_for(self.choice))
        return self.language

    def use(self, language: str) -> None:
        """Put *language*'s translators in place of those installed before."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self.language = language
        own = QTranslator(self)
        if own.load(translation_file(language)):
            self._install(own)
        if language != "en":
            self._install_qt_own(language)
        # The services' words (Today's lines, the prep sheet, their messages) and the
        # month and weekday names of their dates, in the same language.
        text.set_translator(QCoreApplication.translate)
        text.set_date_names(*_date_names(language))
        text.set_lower_nouns(language == "en")
        # Numbers and Qt's date pickers in the language's conventions.
        # (The "C" locale of a bare system writes 1950; English writes 1,950.)
        system = QLocale.system()
        if language != "en":
            QLocale.setDefault(QLocale(language))
        elif system.language() == QLocale.Language.C:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        else:
            QLocale.setDefault(system)

    def _install_qt_own(self, language: str) -> None:
        """Qt's own buttons and dialogs (OK, Cancel, the file dialog) in *language*: from
        the wheel's translations folder, or where the bundle keeps it."""
        bundled = resources.resources_root().parent / "PySide6"
        for folder in (
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(bundled / "Qt" / "translations"),
            str(bundled / "translations"),
        ):
            translator = QTranslator(self)
            if translator.load(f"qtbase_{language}", folder):
                self._install(translator)
                return

    def installed(self) -> bool:
        """True once translations are in place (Giveback's own, at least)."""
        return bool(self._translators)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._translators.append(translator)

    def choose(self, choice: str) -> bool:
        """The user picked *choice* in View ▸ Language: remember it. True when the window
        must restart to show it (the language it means is not the one on screen)."""
        if choice not in CHOICES:
            raise ValueError(f"language must be one of {', '.join(CHOICES)}")
        settings.put(SETTING, choice)
        self.choice = choice
        return language_for(choice) != self.language


def language_menu(parent: QWidget, chosen=None) -> QMenu:
    """View ▸ Language: System, English, Deutsch; checkable, one at a time. *chosen* is
    called with True when Giveback must restart to show the new choice."""
    language = Language.of()
    menu = QMenu(translate("language", "&Language"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    labels = {
        "system": translate("language", "&System Language"),
        "en": "&English",
        # A language still partly English is chosen only by hand, and says so.
        "de": "&Deutsch" if "de" in COMPLETE else "&Deutsch (teilweise übersetzt)",
    }
    for choice in CHOICES:
        action = QAction(labels[choice], menu)
        action.setCheckable(True)
        action.setChecked(choice == language.choice)
        action.setData(choice)

        def pick(_checked=False, c=choice):
            needs_restart = language.choose(c)
            if chosen is not None:
                chosen(needs_restart)

        action.triggered.connect(pick)
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    note = menu.addAction(translate("language", "A new language shows when Giveback restarts"))
    note.setEnabled(False)
    return menu
