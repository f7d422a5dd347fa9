"""The preview's "What happens" cell, for a row that may be more than a new contact
or a skip (a namesake: new, merge into them, or skip): double-click (or F2) opens its
choices, and the one picked applies at once."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

_Index = QModelIndex | QPersistentModelIndex


class ActionChoice(QStyledItemDelegate):
    """Edits the cell with a drop-down of the model's ``choices(row)``, open at once."""

    def createEditor(self, parent: QWidget, _option, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for action, words in index.model().choices(index.row()):
            combo.addItem(words, action)
        combo.activated.connect(lambda _i: self._on_combo_activated(combo))
        QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _on_combo_activated(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)
