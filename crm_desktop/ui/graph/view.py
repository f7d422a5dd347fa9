"""The "Referral graph" page: who introduced the user to whom, as a tree from Me.

People are dragged in from the list on the left; dropping someone on a card
records that this card's person introduced them. Cards can be dragged onto
other cards too; a line's arrow head dragged onto a card says that person made
the introduction instead; a person dropped on a line goes in between. "Warm
path…" opens a column that finds chains to a company or a person. Every edit is
an undoable command on the app's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import GivebackError
from crm_desktop.services.contacts import contacts
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import ME, GraphData
from crm_desktop.ui.common import prompts
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.common.mime import contact_ids_from_mime
from crm_desktop.ui.common.widgets import plain_tooltip
from crm_desktop.ui.graph.canvas import FindOnGraph, GraphCanvas
from crm_desktop.ui.graph.commands import (
    insert_command,
    met_directly_command,
    refer_command,
    reroute_command,
    take_off_command,
    thank_command,
)
from crm_desktop.ui.graph.export import ExportMenu
from crm_desktop.ui.graph.introductions import IntroducedLinks
from crm_desktop.ui.graph.items.edge import EdgeItem
from crm_desktop.ui.graph.items.me import MeItem
from crm_desktop.ui.graph.items.node import NodeItem
from crm_desktop.ui.graph.people import PeopleDelegate, PeopleModel
from crm_desktop.ui.graph.scene import GraphScene
from crm_desktop.ui.graph.style import TEXT_DETAIL
from crm_desktop.ui.graph.warm_path_panel import WarmPathPanel

SEARCH_DELAY_MS = 120
BUSY_FROM = 800  # people: drawing this many takes long enough to say so
NOTICE_MS = 6000
NOTICE_WIDTH = 380
ZOOM_BUTTONS_STYLE = """
QToolButton { border: 1px solid #cfd8d3; border-radius: 6px; background: #ffffff;
              padding: 3px 10px; min-width: 14px; }
QToolButton:hover { background: #eef7f1; border-color: #2f8f5b; }
QToolButton:pressed, QToolButton:checked { background: #dcf0e3; }
QToolButton::menu-indicator { image: none; width: 0; }
"""
DRAG_HINT = (
    "Drag a person onto the canvas to add them, or onto someone to record who introduced them."
)


class ElidedLabel(QLabel):
    """A one-line plain-text label that shows "… the end" when it is too narrow.

    ``text()`` stays the full text; the tooltip shows it too.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideLeft, rect.width())
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)


class GraphView(QWidget):
    open_contact_requested = Signal(int)
    prep_sheet_requested = Signal(int)
    status_message = Signal(str)  # what the last action did or why it was refused

    def __init__(self, bus: DataBus, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.bus = bus
        self.undo_stack = undo_stack
        self.last_message = ""
        self.graph_data = GraphData({}, {})
        self.node_menu: QMenu | None = None
        self._stale = False
        self._syncing = False  # set while the list and the canvas follow each other
        self._command_failed = False

        self.scene = GraphScene(self)
        self.view = GraphCanvas(self.scene)
        self.people_model = PeopleModel(self)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_people_panel())
        splitter.addWidget(self._build_canvas_panel())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 920])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._refresh_timer = self._timer(0, self.refresh)
        self._search_timer = self._timer(SEARCH_DELAY_MS, self._apply_search)
        self._notice_timer = self._timer(NOTICE_MS, self.notice.clear)
        self._connect()
        self._stale = True  # nothing is read or drawn until the page is first shown

    def _timer(self, interval: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # Building ------------------------------------------------------------------------
    def _build_people_panel(self) -> QWidget:
        title = QLabel("People")
        title.setObjectName("paneTitle")
        self.people_count = QLabel()
        self.people_count.setObjectName("muted")
        self.people_count.setTextFormat(Qt.TextFormat.PlainText)
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.people_count)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Find a person to place…")
        self.search.setClearButtonEnabled(True)

        self.people_list = QListView()
        self.people_list.setModel(self.people_model)
        self.people_list.setItemDelegate(PeopleDelegate(self.people_list))
        self.people_list.setUniformItemSizes(True)
        self.people_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_list.setDragEnabled(True)
        self.people_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people_list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.people_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.people_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.no_people = QLabel()
        self.no_people.setObjectName("muted")
        self.no_people.setTextFormat(Qt.TextFormat.PlainText)
        self.no_people.setWordWrap(True)
        self.no_people.hide()
        self.drag_hint = QLabel(DRAG_HINT)
        self.drag_hint.setObjectName("muted")
        self.drag_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.drag_hint.setWordWrap(True)

        panel = QWidget()
        panel.setMinimumWidth(220)
        column = QVBoxLayout(panel)
        column.setContentsMargins(12, 12, 8, 12)
        column.setSpacing(8)
        column.addLayout(heading)
        column.addWidget(self.search)
        column.addWidget(self.people_list, 1)
        column.addWidget(self.no_people)
        column.addWidget(self.drag_hint)
        return panel

    def _build_canvas_panel(self) -> QWidget:
        self.chain_label = ElidedLabel()
        font = self.chain_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.chain_label.setFont(font)
        self.introduced_label = IntroducedLinks()
        info = QVBoxLayout()
        info.setSpacing(2)
        info.addWidget(self.chain_label)
        info.addWidget(self.introduced_label)

        self.notice = QLabel()
        self.notice.setObjectName("muted")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_out_button = self._tool_button("−", "Zoom out (Ctrl+−)", self.view.zoom_out)
        self.zoom_in_button = self._tool_button("+", "Zoom in (Ctrl++)", self.view.zoom_in)
        self.fit_button = self._tool_button("Fit", "Show the whole graph (Ctrl+0)", self.view.fit)
        self.map_button = self._tool_button(
            "Map", "Overview of the whole graph", self.view.minimap.set_enabled_by_user
        )
        self.map_button.setCheckable(True)
        self.map_button.setChecked(True)
        self.export_button = QToolButton()
        self.export_button.setText("Export ▾")
        self.export_button.setToolTip("Save the graph as PNG, SVG or PDF, or print it")
        self.export_button.setAutoRaise(True)
        self.export_button.setMenu(ExportMenu(self.view, self.say, self))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.finder = FindOnGraph()
        self.finder.setMaximumWidth(240)
        self.finder.person_chosen.connect(self.focus_contact)
        self.finder.not_found.connect(
            lambda text: self.say(f"Nobody on the graph matches “{text}”.")
        )
        self.view.find_requested.connect(self.finder.focus_and_select)
        zoom_box = QWidget()
        zoom_box.setObjectName("zoomButtons")
        zoom_box.setStyleSheet(ZOOM_BUTTONS_STYLE)
        zoom_row = QHBoxLayout(zoom_box)
        zoom_row.setContentsMargins(0, 0, 0, 0)
        zoom_row.setSpacing(4)
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.map_button,
            self.export_button,
        ):
            zoom_row.addWidget(button)
        self.warm_path_button = QToolButton()
        self.warm_path_button.setText("Warm path…")
        self.warm_path_button.setToolTip(
            "The shortest chain of introductions to a company or a person"
        )
        self.warm_path_button.setAutoRaise(True)
        self.warm_path_button.setCheckable(True)
        self.warm_path_button.toggled.connect(self._on_warm_path_button_toggled)
        zoom_row.insertWidget(0, self.warm_path_button)
        strip = QHBoxLayout()
        strip.setContentsMargins(14, 8, 10, 8)
        strip.addLayout(info, 1)
        strip.addWidget(self.notice)
        strip.addSpacing(12)
        strip.addWidget(self.finder)
        strip.addSpacing(8)
        strip.addWidget(zoom_box)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setStyleSheet("color: #dfe5e1;")
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(strip)
        column.addWidget(line)
        self.warm_path = WarmPathPanel()
        self.warm_path.hide()
        self.warm_path.closed.connect(lambda: self.warm_path_button.setChecked(False))
        beside = QHBoxLayout()
        beside.setSpacing(0)
        beside.addWidget(self.view, 1)
        beside.addWidget(self.warm_path)
        column.addLayout(beside, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.view.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.view.zoom_out),
            ("Ctrl+0", self.view.fit),
        ):
            QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        return panel

    def _tool_button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setMinimumWidth(30)
        button.clicked.connect(slot)
        return button

    def _connect(self) -> None:
        self.bus.referrals_changed.connect(self._on_bus_changed)
        self.bus.contacts_changed.connect(self._on_bus_changed)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.people_list.doubleClicked.connect(self._on_people_list_double_clicked)
        self.people_list.customContextMenuRequested.connect(self._on_people_list_menu)
        self.people_list.selectionModel().currentChanged.connect(
            self._on_people_list_current_changed
        )
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.scene.node_dropped.connect(self._on_scene_node_dropped)
        self.scene.node_dropped_on_edge.connect(self._on_scene_node_dropped_on_edge)
        self.scene.edge_end_dropped.connect(self._on_scene_edge_end_dropped)
        self.bus.followups_changed.connect(self._on_bus_changed)  # the follow-up-due marks
        self.warm_path.chain_chosen.connect(self._on_warm_path_chain_chosen)
        self.introduced_label.person_clicked.connect(lambda i: self.select_contact(i, centre=True))
        self.view.viewport().installEventFilter(self)  # people dropped on a line
        self.scene.node_menu_requested.connect(self._on_scene_node_menu_requested)
        self.scene.node_activated.connect(self.open_contact_requested)
        self.scene.build_progress.connect(self._on_scene_build_progress)
        self.scene.build_finished.connect(self._on_scene_build_finished)
        self.view.contacts_dropped.connect(self._on_view_contacts_dropped)

    # Loading ---------------------------------------------------------------------------
    @Slot()
    def _on_bus_changed(self) -> None:
        """Services emit once per change, sometimes dozens in a row: rebuild once."""
        self._stale = True
        if self.isVisible():  # a hidden page catches up when it is shown
            self._refresh_timer.start()

    def _ensure_fresh(self) -> None:
        """The cards match the data now: whoever asks is about to use them."""
        if self._stale:
            self.refresh()
        if self.scene.building():  # e.g. "Show in graph" while the cards are being made
            self.scene.show_graph(self.graph_data)
            self._show_built(True, {})

    @Slot()
    def refresh(self) -> None:
        """Re-read the graph and the people list; keep the selection and the zoom."""
        self._stale = False
        self._refresh_timer.stop()
        first = not self.scene.nodes or self.scene.building()
        before = {} if first else self.view.positions()  # animate from there
        self.graph_data = referrals.graph()
        if first and len(self.graph_data.nodes) >= BUSY_FROM:
            # Thousands of cards take seconds to make: they are made a slice at a time
            # behind the notice, the window stays live, and an edit meanwhile starts over.
            self._on_scene_build_progress(0)
            self.view.expect_graph(len(self.graph_data.nodes))
            self.scene.start_graph(self.graph_data)  # then _on_scene_build_finished
            return
        self.scene.show_graph(self.graph_data)
        self._show_built(first, before)

    def _show_built(self, first: bool, before: dict) -> None:
        """The scene matches the data: animate, fit, and bring the page in step with it."""
        self.view.graph_changed(before)
        self.view.hide_busy()
        self.finder.set_people(self.graph_data.nodes)
        self._reload_people()
        self._show_selection()
        self.warm_path.refresh()
        if first and self.graph_data.nodes:  # data was just loaded
            self.view.fit()
        elif self.view.auto_fit and not self.view.shows_all():
            self.view.fit()

    @Slot(int)
    def _on_scene_build_progress(self, percent: int) -> None:
        self.view.show_busy(f"Drawing the referral graph… {percent} %")

    @Slot()
    def _on_scene_build_finished(self) -> None:
        self._show_built(True, {})

    def _reload_people(self, search: str | None = None) -> None:
        keep = self._current_person()
        self._syncing = True
        try:
            self.people_model.refresh(set(self.graph_data.nodes), search)
            if keep is not None and (row := self.people_model.row_of(keep)) >= 0:
                self.people_list.setCurrentIndex(self.people_model.index(row))
        finally:
            self._syncing = False
        self._update_people_count()

    @Slot()
    def _apply_search(self) -> None:
        self._reload_people(self.search.text())

    def _update_people_count(self) -> None:
        total = contacts.count_contacts()
        placed = len(self.graph_data.nodes)
        self.people_count.setText(f"{placed} of {total} placed" if total else "")
        query = self.search.text().strip()
        empty = self.people_model.rowCount() == 0
        if empty and query:
            self.no_people.setText(f"Nobody matches “{query}”.")
        elif empty:
            self.no_people.setText("No contacts yet. Add people on the Contacts tab.")
        self.no_people.setVisible(empty)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self.scene.nodes and contacts.count_contacts() >= BUSY_FROM:
            # Drawing thousands of cards takes a moment: show the page and say so first.
            self.view.show_busy("Drawing the referral graph…")
            self._refresh_timer.start()
        else:
            self._ensure_fresh()
        if self.view.auto_fit:
            self.view.fit()

    # For the main window and tests -------------------------------------------------------
    def node_item(self, contact_id: int) -> NodeItem | None:
        self._ensure_fresh()
        return self.scene.node_item(contact_id)

    def me_item(self) -> MeItem:
        self._ensure_fresh()
        return self.scene.me

    def selected_contact_id(self) -> int | None:
        return self.scene.selected_contact_id()

    def select_contact(self, contact_id: int, centre: bool = False) -> None:
        self._ensure_fresh()
        self.scene.select_contact(contact_id)
        item = self.scene.node_item(contact_id)
        if centre and item is not None:
            self.view.centre_on_item(item)

    def focus_contact(self, contact_id: int) -> None:
        """Select someone and bring their card to the middle, readable."""
        self.select_contact(contact_id)
        item = self.scene.node_item(contact_id)
        if item is not None:
            self.view.focus_item(item)

    # Selection and the info strip --------------------------------------------------------
    @Slot()
    def _on_scene_selection_changed(self) -> None:
        self._show_selection()
        if self._syncing:
            return
        contact_id = self.scene.selected_contact_id()
        row = self.people_model.row_of(contact_id) if contact_id is not None else -1
        if self.people_list.currentIndex().row() == row:
            return
        self._syncing = True  # the list follows the canvas, not the other way round
        try:
            index = self.people_model.index(row) if row >= 0 else QModelIndex()
            self.people_list.setCurrentIndex(index)
            if row < 0:
                self.people_list.clearSelection()
        finally:
            self._syncing = False

    def _show_selection(self) -> None:
        contact_id = self.scene.selected_contact_id()
        self.scene.highlight_path(contact_id)
        nodes = self.graph_data.nodes
        if contact_id is None or contact_id not in nodes:
            count = len(nodes)
            self.chain_label.setText("Your referral graph")
            self.introduced_label.setText(
                f"{count} {'person' if count == 1 else 'people'} placed · "
                "select someone to see how you reached them."
                if count
                else "Nobody placed yet."
            )
            return
        names = [ME] + [nodes[i].full_name for i in self.scene.path_to_me(contact_id)]
        self.chain_label.setText(" → ".join(names))
        kids = [nodes[i] for i in self.scene.children.get(contact_id, [])]
        introduced = [n.full_name for n in kids]
        self.introduced_label.setText(
            "Introduced you to: " + (", ".join(introduced) if introduced else "nobody yet")
        )
        self.introduced_label.set_people([(n.id, n.full_name) for n in kids])

    def _current_person(self) -> int | None:
        index = self.people_list.currentIndex()
        return self.people_model.contact_id(index.row()) if index.isValid() else None

    def _on_people_list_current_changed(self, current: QModelIndex, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        contact_id = self.people_model.contact_id(current.row())
        self._syncing = True  # the canvas follows the list
        try:
            self.scene.select_contact(contact_id if contact_id in self.scene.nodes else None)
        finally:
            self._syncing = False

    def _on_people_list_double_clicked(self, index: QModelIndex) -> None:
        contact_id = self.people_model.contact_id(index.row())
        if contact_id in self.scene.nodes:
            self.select_contact(contact_id, centre=True)
        else:
            self.say(f"Drag {self._name_of(contact_id)} onto the canvas to place them.")

    # Editing -----------------------------------------------------------------------------
    def record_referral(self, referrer_id: int, referred_id: int) -> bool:
        """Record that the referrer introduced me to the referred; True when recorded."""
        try:
            referrals.check_referral(referrer_id, referred_id)
            command = refer_command(
                referrer_id, referred_id, self._name_of, self._on_command_failed
            )
        except GivebackError as err:  # ReferralRefused names the people and says why
            self._refuse(str(err))
            return False
        if command is None:
            self.say(
                f"{self._name_of(referrer_id)} already introduced you to "
                f"{self._name_of(referred_id)}."
            )
            return False
        return self._push(command)

    def place_under_me(self, contact_id: int) -> bool:
        """Add a contact to the graph as met directly; refused if already there."""
        if referrals.placement(contact_id) is not None:
            self.say(f"{self._name_of(contact_id)} is already in the graph.")
            self.select_contact(contact_id, centre=True)
            return False
        return self.set_met_directly(contact_id)

    def set_met_directly(self, contact_id: int) -> bool:
        """Put a contact right under Me (adding them, or dropping their introduction)."""
        try:
            command = met_directly_command(contact_id, self._name_of, self._on_command_failed)
        except GivebackError as err:
            self._refuse(str(err))
            return False
        if command is None:
            self.say(f"{self._name_of(contact_id)} is already there: you met directly.")
            return False
        return self._push(command)

    def take_off_graph(self, contact_id: int) -> bool:
        if referrals.introduced_by(contact_id):
            self._refuse(
                f"{self._name_of(contact_id)} introduced you to people in the graph; "
                "move them first."
            )
            return False
        command = take_off_command(contact_id, self._name_of, self._on_command_failed)
        return self._push(command) if command is not None else False

    def reroute_introduction(self, referrer_id: int, referred_id: int) -> bool:
        """The arrow into the referred was dropped on the referrer: they introduced
        you instead. Refused (nothing changed) if it would make a loop."""
        try:
            referrals.check_referral(referrer_id, referred_id)
            command = reroute_command(
                referrer_id, referred_id, self._name_of, self._on_command_failed
            )
        except GivebackError as err:
            self._refuse(str(err))
            return False
        if command is None:
            self.say(
                f"{self._name_of(referrer_id)} already introduced you to "
                f"{self._name_of(referred_id)}."
            )
            return False
        return self._push(command)

    def insert_into_chain(self, contact_id: int, lower_id: int) -> bool:
        """Put someone on the line into *lower_id*: whoever introduced lower now
        introduced them, and they introduced lower. One undo step."""
        try:
            where = referrals.placement(lower_id)
            if where is None:
                raise GivebackError(f"{self._name_of(lower_id)} is not in the graph any more.")
            referrals.check_insert(contact_id, where.referrer_id, lower_id)
            command = insert_command(contact_id, lower_id, self._name_of, self._on_command_failed)
        except GivebackError as err:
            self._refuse(str(err))
            return False
        return self._push(command)

    def thank_introducer(self, contact_id: int) -> bool:
        """Plan a thank-you (a follow-up due today) to whoever introduced them."""
        try:
            command = thank_command(contact_id, self._on_command_failed)
        except GivebackError as err:  # already planned
            self.say(str(err))
            return False
        if command is None:
            self.say(f"You met {self._name_of(contact_id)} directly: nobody to thank for it.")
            return False
        return self._push(command, f"{command.text()}: planned for today, on the Today page.")

    def _push(self, command: QUndoCommand, message: str | None = None) -> bool:
        """Push (which runs redo()); False if the data changed under it and it failed."""
        text = message or command.text()
        self._command_failed = False
        self.undo_stack.push(command)  # an obsolete command is deleted here
        if self._command_failed:
            return False
        self.say(text)
        return True

    def _on_command_failed(self, message: str) -> None:
        self._command_failed = True
        self._refuse(message)

    def _name_of(self, contact_id: int) -> str:
        node = self.graph_data.nodes.get(contact_id)
        if node is not None:
            return node.full_name
        return self.people_model.name_of(contact_id) or contacts.get_contact(contact_id).full_name

    @Slot(list, object)
    def _on_view_contacts_dropped(self, ids: list[int], target) -> None:
        for contact_id in ids:
            if target is None:
                self.place_under_me(contact_id)
            elif target == ME:
                self.set_met_directly(contact_id)
            else:
                self.record_referral(target, contact_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """People dropped from a list onto a line go in between its two ends."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Drop:
            at = self.view.mapToScene(event.position().toPoint())
            line = self.scene.target_at(at)
            ids = contact_ids_from_mime(event.mimeData())
            if isinstance(line, EdgeItem) and ids:
                self.scene.set_drop_target(None)
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                for contact_id in ids:
                    self.insert_into_chain(contact_id, line.target.contact_id)
                return True
        return super().eventFilter(watched, event)

    @Slot(int, int)
    def _on_scene_node_dropped_on_edge(self, contact_id: int, lower_id: int) -> None:
        if not self.insert_into_chain(contact_id, lower_id):
            self.scene.snap_back()

    @Slot(int, object)
    def _on_scene_edge_end_dropped(self, referred_id: int, target) -> None:
        if target == ME:
            self.set_met_directly(referred_id)
        elif target is not None:
            self.reroute_introduction(target, referred_id)

    @Slot(bool)
    def _on_warm_path_button_toggled(self, on: bool) -> None:
        if on and self.warm_path.isHidden():
            self.warm_path.open_panel()
        elif not on and not self.warm_path.isHidden():
            self.warm_path.close_panel()

    def show_warm_path(self, text: str) -> None:
        """Open the warm path column on *text* (a company or a person)."""
        self.warm_path_button.setChecked(True)
        self.warm_path.search(text)

    @Slot(list)
    def _on_warm_path_chain_chosen(self, contact_ids: list) -> None:
        self._ensure_fresh()
        moved = contact_ids != self.scene.warm_path  # a refresh that keeps it does not scroll
        self.scene.set_warm_path(contact_ids)
        if moved:
            self._bring_chain_into_view(contact_ids)

    def _bring_chain_into_view(self, contact_ids: list[int]) -> None:
        """Show Me and the chain at a zoom where names can be read; when the chain
        is too long for that, centre on the person at its end instead."""
        items = [self.scene.me] + [
            self.scene.nodes[i] for i in contact_ids if i in self.scene.nodes
        ]
        if len(items) < 2:
            return
        rect = items[0].sceneBoundingRect()
        for item in items[1:]:
            rect = rect.united(item.sceneBoundingRect())
        rect.adjust(-40, -40, 40, 40)
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        if self.view.zoom() >= TEXT_DETAIL and visible.contains(rect):
            return
        room = self.view.viewport().rect()
        fit = min(room.width() / rect.width(), room.height() / rect.height(), 1.0)
        self.view.auto_fit = False
        if fit >= TEXT_DETAIL:
            self.view.set_zoom(fit)
            self.view.centerOn(rect.center())
        else:
            self.view.set_zoom(1.0)
            self.view.centerOn(items[-1])

    @Slot(int, object)
    def _on_scene_node_dropped(self, contact_id: int, target) -> None:
        changed = False
        if target == ME:
            changed = self.set_met_directly(contact_id)
        elif target is not None:
            changed = self.record_referral(target, contact_id)
        if not changed:
            self.scene.snap_back()

    # Menus ---------------------------------------------------------------------------------
    @Slot(int, QPoint)
    def _on_scene_node_menu_requested(self, contact_id: int, screen_pos: QPoint) -> None:
        if self.node_menu is not None:
            self.node_menu.deleteLater()
        self.node_menu = self.build_node_menu(contact_id)
        self.node_menu.popup(screen_pos)

    def build_node_menu(self, contact_id: int) -> QMenu:
        menu = QMenu(self)
        self._menu_action(
            menu, "Open contact", lambda: self.open_contact_requested.emit(contact_id)
        )
        self._menu_action(menu, "Prep sheet…", lambda: self.prep_sheet_requested.emit(contact_id))
        where = referrals.placement(contact_id)
        introducer = where.referrer_id if where is not None else None
        thank = self._menu_action(
            menu,
            f"Thank {self._name_of(introducer).replace('&', '&&')} for the intro"
            if introducer is not None
            else "Thank for the intro",
            lambda: self.thank_introducer(contact_id),
        )
        thank.setEnabled(introducer is not None)
        if introducer is None:
            thank.setToolTip(plain_tooltip(f"You met {self._name_of(contact_id)} directly."))
        menu.addSeparator()
        direct = self._menu_action(
            menu, "Met directly (remove introduction)", lambda: self.set_met_directly(contact_id)
        )
        direct.setEnabled(where is not None and where.referrer_id is not None)
        take_off = self._menu_action(
            menu, "Take off the graph", lambda: self.take_off_graph(contact_id)
        )
        take_off.setEnabled(where is not None and not referrals.introduced_by(contact_id))
        if not take_off.isEnabled():
            take_off.setToolTip("They introduced you to people in the graph.")
        menu.setToolTipsVisible(True)
        return menu

    def _menu_action(self, menu: QMenu, text: str, slot) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _on_people_list_menu(self, pos: QPoint) -> None:
        index = self.people_list.indexAt(pos)
        if not index.isValid():
            return
        contact_id = self.people_model.contact_id(index.row())
        menu = QMenu(self)
        if contact_id in self.scene.nodes:
            self._menu_action(
                menu, "Show in the graph", lambda: self.select_contact(contact_id, centre=True)
            )
        else:
            self._menu_action(
                menu, "Add to the graph (met directly)", lambda: self.place_under_me(contact_id)
            )
        self._menu_action(
            menu, "Open contact", lambda: self.open_contact_requested.emit(contact_id)
        )
        self._menu_action(menu, "Prep sheet…", lambda: self.prep_sheet_requested.emit(contact_id))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.people_list.viewport().mapToGlobal(pos))

    # Messages ------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        """A short notice in the info strip (and for the main window's status bar)."""
        self.last_message = text
        metrics = self.notice.fontMetrics()
        self.notice.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, NOTICE_WIDTH))
        self.notice.setToolTip(plain_tooltip(text))
        self._notice_timer.start()
        self.status_message.emit(text)

    def _refuse(self, text: str) -> None:
        self.say(text)
        self.inform(text)

    def inform(self, text: str) -> None:
        """Tell the user why something was refused; a method so tests can watch it."""
        prompts.inform(self, text)
