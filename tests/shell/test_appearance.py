"""View ▸ Appearance: light, dark or as the system says, switched live on every page,
remembered across starts, and overridden for one run by ``giveback --appearance``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from crm_desktop.cli import main as cli_main
from crm_desktop.services import settings
from crm_desktop.services.contacts import contacts
from crm_desktop.ui.common import appearance, themes
from crm_desktop.ui.graph import export
from crm_desktop.ui.shell.app import create_application
from crm_desktop.ui.shell.main_window import MainWindow

WINDOW = QPalette.ColorRole.Window


@pytest.fixture(autouse=True)
def fresh_appearance(qapp):
    """Each test starts as a new process would: no controller yet, the light theme; what
    a test switches is put back so that later tests see the application as it was."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    _forget_controller(qapp)
    yield
    _forget_controller(qapp)
    themes.set_current(themes.LIGHT)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)


def _forget_controller(app: QApplication) -> None:
    """What a restart does to the running look: the next start reads the settings again."""
    found = app.findChild(appearance.Appearance, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if found is not None:
        found.setParent(None)
        found.deleteLater()


def _choose(window: MainWindow, mode: str) -> None:
    (action,) = [a for a in window.appearance_menu.actions() if a.data() == mode]
    action.trigger()


def _checked(window: MainWindow) -> str:
    return next(a.data() for a in window.appearance_menu.actions() if a.isChecked())


def _close_to(colour: QColor, expected: QColor, tolerance: int = 6) -> bool:
    return all(
        abs(getattr(colour, c)() - getattr(expected, c)()) <= tolerance
        for c in ("red", "green", "blue")
    )


def _card_and_canvas(qtbot, window: MainWindow) -> tuple[QColor, QColor]:
    """The colour on screen inside a card (below its avatar, clear of any text) and of
    the empty canvas in the view's corner."""
    page = window.graph_view
    window.tabs.setCurrentWidget(page)
    canvas = page.view
    canvas.set_zoom(1.0)
    qtbot.waitUntil(lambda: bool(page.scene.nodes))
    card = next(iter(page.scene.nodes.values()))
    canvas.centerOn(card)
    qtbot.wait(20)
    image = canvas.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    in_card = canvas.mapFromScene(card.pos() + QPointF(-74, 19))
    empty = QPoint(3, 3)
    assert canvas.itemAt(empty) is None
    return tuple(
        image.pixelColor(round(p.x() * ratio), round(p.y() * ratio)) for p in (in_card, empty)
    )


def test_choosing_dark_switches_the_palette_and_the_graph_live(qtbot, sample_db, window):
    light_card, light_canvas = _card_and_canvas(qtbot, window)
    assert _close_to(light_card, themes.LIGHT.graph.card)
    assert _close_to(light_canvas, themes.LIGHT.graph.canvas)

    _choose(window, "dark")

    assert QApplication.palette().color(WINDOW) == QColor(themes.DARK.roles["Window"])
    assert window.palette().color(WINDOW) == QColor(themes.DARK.roles["Window"])
    dark_card, dark_canvas = _card_and_canvas(qtbot, window)
    assert _close_to(dark_card, themes.DARK.graph.card)
    assert _close_to(dark_canvas, themes.DARK.graph.canvas)
    assert _checked(window) == "dark"

    _choose(window, "light")
    assert QApplication.palette().color(WINDOW) == QColor(themes.LIGHT.roles["Window"])
    assert _close_to(_card_and_canvas(qtbot, window)[0], themes.LIGHT.graph.card)


def test_the_contacts_details_follow_the_switch(qtbot, sample_db, window):
    """Rich text with muted words (the details pane) is written again in the new colours."""
    window.show_contact(contacts.list_contacts()[0].id)
    body = window.contacts_view.details.body
    light_html = body.toHtml()
    assert themes.LIGHT.colours["muted"] in light_html
    _choose(window, "dark")
    assert themes.DARK.colours["muted"] in body.toHtml()
    assert themes.LIGHT.colours["muted"] not in body.toHtml()


def test_the_choice_survives_a_restart(qtbot, qapp, db):
    first = MainWindow()
    qtbot.addWidget(first)
    assert _checked(first) == "system"
    _choose(first, "dark")
    first.close()
    assert settings.get("appearance") == "dark"

    _forget_controller(qapp)
    themes.set_current(themes.LIGHT)
    qapp.setPalette(QPalette())  # as a new process starts
    create_application()
    again = MainWindow()
    qtbot.addWidget(again)
    assert _checked(again) == "dark"
    assert qapp.palette().color(WINDOW) == QColor(themes.DARK.roles["Window"])
    assert themes.current() is themes.DARK


def test_the_appearance_option_overrides_one_start_only(qtbot, qapp, db):
    settings.put("appearance", "dark")
    create_application(appearance="light")
    window = MainWindow()
    qtbot.addWidget(window)
    assert qapp.palette().color(WINDOW) == QColor(themes.LIGHT.roles["Window"])
    assert _checked(window) == "light"
    assert settings.get("appearance") == "dark"  # the saved choice is untouched

    _forget_controller(qapp)
    create_application()  # the next start, without the option
    assert qapp.palette().color(WINDOW) == QColor(themes.DARK.roles["Window"])


def test_the_command_line_passes_its_appearance_to_the_window(monkeypatch):
    started: list[str | None] = []
    monkeypatch.setattr(
        "crm_desktop.ui.shell.app.run_gui", lambda appearance: started.append(appearance) or 0
    )
    assert cli_main.main(["--appearance", "dark"]) == 0
    assert cli_main.main([]) == 0
    assert started == ["dark", None]
    with pytest.raises(SystemExit):
        cli_main.main(["--appearance", "purple"])
    assert cli_main._parser().parse_args(["--appearance", "light"]).appearance in appearance.MODES


def test_system_follows_the_desktops_colour_scheme(qapp, db):
    controller = appearance.Appearance.of(qapp)
    controller.start("system")
    hints = qapp.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(WINDOW) == QColor(themes.DARK.roles["Window"])
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(WINDOW) == QColor(themes.LIGHT.roles["Window"])

    controller.choose("light")  # a look chosen by the user stays put
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(WINDOW) == QColor(themes.LIGHT.roles["Window"])


def test_an_exported_picture_is_light_in_dark_mode(qtbot, sample_db, window, tmp_path):
    _choose(window, "dark")
    window.tabs.setCurrentWidget(window.graph_view)
    scene = window.graph_view.scene
    qtbot.waitUntil(lambda: bool(scene.nodes))
    card = next(iter(scene.nodes.values()))
    path = tmp_path / "graph.png"
    export.to_png(scene, path)
    image = QImage(str(path))
    source = scene.sceneRect()
    scale = image.width() / source.width()
    point = (card.pos() + QPointF(-74, 19) - source.topLeft()) * scale
    assert _close_to(image.pixelColor(round(point.x()), round(point.y())), themes.LIGHT.graph.card)
    assert themes.current() is themes.DARK  # the window stays dark
