"""Every control a screen reader can land on has a name: the test walks every widget of
every page and every dialog of the window (on the sample network) and lists each one
that takes the keyboard focus but that Qt's accessibility reports without a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from window_tour import dialogs, pages


def accessible_name(widget: QWidget) -> str:
    """The name Qt gives assistive technology: the accessible name, else a buddy
    label's text, a button's text, a group box's title, a window's title…

    A drop-down is the exception: on Linux Qt names it by the choice it shows ("Lead"),
    and says what it is only through the label it is the buddy of (a relation), so
    there it takes an accessible name or a label."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        return next((label.text() for label in labels_of(widget)), "")
    return iface.text(QAccessible.Text.Name).strip()


def labels_of(widget: QWidget) -> list[QLabel]:
    return [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]


def unnamed(top: QWidget) -> list[str]:
    """The visible widgets under *top* that take the focus and have no accessible name.

    Skipped, because the focus never stays on them: a widget whose focus goes to a
    proxy (a scroll area's viewport; the proxy is checked itself), and the parts Qt
    shows as part of their owner (a spin box's line, which has no interface of its own).
    """
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        if QAccessible.queryAccessibleInterface(widget) is None:
            continue
        if not accessible_name(widget):
            missing.append(describe(widget))
    return missing


def describe(widget: QWidget) -> str:
    """A widget told apart from its siblings: its class, object name, parents and what
    it shows (a drop-down's choice, a box's placeholder, a tooltip)."""
    shows = widget.toolTip() or getattr(widget, "placeholderText", lambda: "")()
    if isinstance(widget, QComboBox):
        shows = shows or widget.currentText()
    chain = [f"“{shows[:40]}”"] if shows else []
    at: QWidget | None = widget
    while at is not None and len(chain) < 4:
        chain.append(type(at).__name__ + (f"#{at.objectName()}" if at.objectName() else ""))
        at = at.parentWidget()
    return " < ".join(chain)


def test_every_focusable_control_of_every_page_has_a_name(sample_window, qtbot):
    problems = {
        place: found for place, top in pages(sample_window, qtbot) if (found := unnamed(top))
    }
    assert not problems, listed(problems)


def test_every_focusable_control_of_every_dialog_has_a_name(sample_window, qtbot, tmp_path):
    window = sample_window
    window.tabs.setCurrentWidget(window.graph_view)  # "Introduced by…" opens from the graph
    problems = {
        place: found
        for place, top in dialogs(sample_window, qtbot, tmp_path)
        if (found := unnamed(top))
    }
    QApplication.processEvents()
    assert not problems, listed(problems)


def listed(problems: dict[str, list[str]]) -> str:
    """Each nameless widget once, with the first place it was found."""
    first: dict[str, str] = {}
    for place, found in problems.items():
        for widget in found:
            first.setdefault(widget, place)
    lines = [f"{place}: {widget}" for widget, place in first.items()]
    return "Focusable but nameless:\n" + "\n".join(lines)
