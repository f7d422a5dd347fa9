"""Light, dark, or as the system says: choosing the look and switching it live.

The user's choice ("system", "light" or "dark") is kept in the settings; a start with
``giveback --appearance`` uses another one for that run only. "system" follows Qt's
``QStyleHints.colorScheme()`` and its ``colorSchemeChanged`` signal. Applying a theme
sets the Fusion style, the theme's palette and the style sheet filled with its colours;
every widget then gets a ``PaletteChange`` event, which is how pages that draw
colours themselves (the graph, rich-text panes) know to redraw.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from crm_desktop import resources
from crm_desktop.services import settings
from crm_desktop.ui.common import themes

translate = QCoreApplication.translate

MODES = ("system", "light", "dark")
SETTING = "appearance"
MENU_LABELS = {
    "system": QT_TRANSLATE_NOOP("common.appearance", "&System"),
    "light": QT_TRANSLATE_NOOP("common.appearance", "&Light"),
    "dark": QT_TRANSLATE_NOOP("common.appearance", "&Dark"),
}


def saved_mode() -> str:
    """The look the user chose last time ("system" until they choose)."""
    mode = settings.get(SETTING, "system")
    return mode if mode in MODES else "system"


def theme_for(mode: str, scheme: Qt.ColorScheme) -> themes.Theme:
    """The theme a mode means when the system's scheme is *scheme*."""
    if mode == "system":
        return themes.DARK if scheme == Qt.ColorScheme.Dark else themes.LIGHT
    return themes.THEMES[mode]


class Appearance(QObject):
    """The one place that decides the look of the running application."""

    theme_changed = Signal(str)  # "light" or "dark", after the palette changed

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self.mode = saved_mode()
        self._template: str | None = None
        self._fusion = False
        app.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

    @classmethod
    def of(cls, app: QApplication | None = None) -> Appearance:
        """The application's controller, made on first use."""
        app = app or QApplication.instance()
        found = app.findChild(Appearance, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if found is None:
            found = cls(app)
        return found

    def start(self, override: str | None = None) -> None:
        """Apply the saved look, or *override* for this run without saving it."""
        if override is not None and override not in MODES:
            raise ValueError(f"appearance must be one of {', '.join(MODES)}")
        self.mode = override or saved_mode()
        self._apply()

    def choose(self, mode: str) -> None:
        """The user picked a look in View ▸ Appearance: remember it and show it."""
        if mode not in MODES:
            raise ValueError(f"appearance must be one of {', '.join(MODES)}")
        settings.put(SETTING, mode)
        self.mode = mode
        self._apply()

    def _system_scheme(self) -> Qt.ColorScheme:
        return self._app.styleHints().colorScheme()

    def _apply(self) -> None:
        hints = self._app.styleHints()
        # Tell the platform too, so native title bars match (Qt 6.8 and later).
        if hasattr(hints, "setColorScheme"):
            wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
            hints.blockSignals(True)
            hints.setColorScheme(wanted.get(self.mode, Qt.ColorScheme.Unknown))
            hints.blockSignals(False)
        self.show(theme_for(self.mode, self._system_scheme()))

    def show(self, theme: themes.Theme) -> None:
        """Put *theme* on screen: Fusion, its palette, the style sheet in its colours."""
        if not self._fusion:  # once: setting a style again re-polishes every widget
            self._app.setStyle("Fusion")
            self._fusion = True
        themes.set_current(theme)  # first: palette-change handlers read it
        QGuiApplication.setPalette(themes.palette(theme))
        self._app.setStyleSheet(themes.style_sheet(self._style_template(), theme))
        self.theme_changed.emit(theme.name)

    def _style_template(self) -> str:
        if self._template is None:
            path = resources.resource_path("styles", "app.qss")
            self._template = path.read_text(encoding="utf-8") if path.exists() else ""
        return self._template

    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.mode == "system":
            self.show(theme_for("system", scheme))


def appearance_menu(parent: QWidget) -> QMenu:
    """View ▸ Appearance: System, Light, Dark; checkable, one at a time."""
    appearance = Appearance.of()
    menu = QMenu(translate("common.appearance", "&Appearance"), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    for mode in MODES:
        action = QAction(translate("common.appearance", MENU_LABELS[mode]), menu)
        action.setCheckable(True)
        action.setChecked(mode == appearance.mode)
        action.setData(mode)
        action.triggered.connect(lambda _checked=False, m=mode: appearance.choose(m))
        group.addAction(action)
        menu.addAction(action)
    return menu
