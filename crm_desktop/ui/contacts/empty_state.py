"""What a new user sees before they have any contacts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop import resources

translate = QCoreApplication.translate


class EmptyState(QWidget):
    add_contact_requested = Signal()
    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resources.resource_path("icons", "giveback.svg"))).pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(translate("EmptyState", "Welcome to Giveback"))
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            translate(
                "EmptyState",
                "Keep track of the people you meet, who introduced you to whom, and what you "
                "can give back.\nStart with your first contact, bring in the ones you have "
                "(vCard, LinkedIn, Google or any CSV), or look around a sample network.",
            )
        )
        text.setObjectName("emptyText")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        text.setFixedWidth(560)

        self.add_button = QPushButton(translate("EmptyState", "Add contact"))
        self.add_button.setObjectName("primary")
        self.import_button = QPushButton(translate("EmptyState", "Import…"))
        self.sample_button = QPushButton(translate("EmptyState", "Load sample network"))
        self.add_button.clicked.connect(self.add_contact_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addSpacing(8)
        layout.addWidget(title)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(text)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addStretch(3)
