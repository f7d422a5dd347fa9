"""The "Referral graph" page: who introduced the user to whom, as a tree from Me.

People are dragged in from the list on the left; dropping someone on a card
records that this card's person introduced them. Cards can be dragged onto
other cards too; a line's arrow head dragged onto a card says that person made
the introduction instead; a person dropped on a line goes in between. "Warm
path…" opens a column that finds chains to a company or a person. Every edit is
an undoable command on the app's undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contacts import contacts
from crm_desktop.services.graph import referrals
from crm_desktop.services.graph.referrals import GraphData, me
from crm_desktop.ui.common.bus import DataBus
from crm_desktop.ui.graph.canvas import GraphCanvas
from crm_desktop.ui.graph.editing import GraphEditing
from crm_desktop.ui.graph.introducer_dialog import IntroducerDialog
from crm_desktop.ui.graph.items.me import MeItem
from crm_desktop.ui.graph.items.node import NodeItem
from crm_desktop.ui.graph.menus import GraphMenus
from crm_desktop.ui.graph.people import PeopleDelegate, PeopleModel
from crm_desktop.ui.graph.scene import GraphScene
from crm_desktop.ui.graph.strip import GraphStrip
from crm_desktop.ui.graph.warm_path_panel import WarmPathPanel

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 120
BUSY_FROM = 800  # people: drawing this many takes long enough to say so

DRAG_HINT = QT_TRANSLATE_NOOP(
    "graph.view",
    "Drag a person onto the canvas to add them, or onto someone to record who introduced them.",
)


class GraphView(QWidget):
    """The page: the people list beside the canvas, kept in step with each other and the data."""

    open_contact_requested = Signal(int)
    prep_sheet_requested = Signal(int)
    status_message = Signal(str)  # what the last action did (for the window's status bar)

    def __init__(self, bus: DataBus, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.bus = bus
        self.undo_stack = undo_stack
        self.last_message = ""
        self.graph_data = GraphData({}, {})
        self.node_menu: QMenu | None = None
        self.introducer_dialog: IntroducerDialog | None = None
        self._stale = False
        self._syncing = False  # set while the list and the canvas follow each other

        self.scene = GraphScene(self)
        self.view = GraphCanvas(self.scene)
        self.people_model = PeopleModel(self)
        self.editing = GraphEditing(self.scene, self.view, undo_stack, self._name_of, self)
        self.menus = GraphMenus(
            self,
            self.editing,
            self._name_of,
            self.open_contact_requested.emit,
            self.prep_sheet_requested.emit,
            self.choose_introducer,
        )
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
        title = QLabel(translate("GraphView", "People"))
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
        self.search.setPlaceholderText(translate("GraphView", "Find a person to place…"))
        self.search.setAccessibleName(translate("GraphView", "Find a person to place"))
        self.search.setClearButtonEnabled(True)

        self.people_list = QListView()
        self.people_list.setModel(self.people_model)
        self.people_list.setAccessibleName(translate("GraphView", "People"))
        self.people_list.setAccessibleDescription(
            translate(
                "GraphView", "Menu key: add the person to the graph, or say who introduced them."
            )
        )
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
        self.drag_hint = QLabel(translate("graph.view", DRAG_HINT))
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
        self.strip = GraphStrip(self.view, self.say)
        # What tests and the main window reach on the page itself.
        self.chain_label = self.strip.chain_label
        self.introduced_label = self.strip.introduced_label
        self.finder = self.strip.finder
        self.warm_path_button = self.strip.warm_path_button
        self.zoom_out_button = self.strip.zoom_out_button
        self.zoom_in_button = self.strip.zoom_in_button
        self.fit_button = self.strip.fit_button
        self.map_button = self.strip.map_button
        self.export_button = self.strip.export_button
        self.notice = self.strip.notice

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setObjectName("graphSeparator")  # styled in app.qss
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.strip)
        column.addWidget(line)
        self.warm_path = WarmPathPanel()
        self.warm_path.hide()
        self.warm_path.closed.connect(lambda: self.warm_path_button.setChecked(False))
        beside = QHBoxLayout()
        beside.setSpacing(0)
        beside.addWidget(self.view, 1)
        beside.addWidget(self.warm_path)
        column.addLayout(beside, 1)
        for keys, slot, what in (
            (
                QKeySequence.StandardKey.ZoomIn,
                self.view.zoom_in,
                translate("GraphView", "Zoom in on the graph"),
            ),
            (
                QKeySequence.StandardKey.ZoomOut,
                self.view.zoom_out,
                translate("GraphView", "Zoom out of the graph"),
            ),
            ("Ctrl+0", self.view.fit, translate("GraphView", "Show the whole graph")),
        ):
            shortcut = QShortcut(
                QKeySequence(keys),
                self,
                slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            shortcut.setWhatsThis(what)  # Help ▸ Keyboard Shortcuts lists it so
        return panel

    def _connect(self) -> None:
        # Services emit on the bus; the follow-ups too, for the follow-up-due marks.
        bus = self.bus
        for changed in (bus.referrals_changed, bus.contacts_changed, bus.followups_changed):
            changed.connect(self._on_bus_changed)
        # The people list.
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.people_list.doubleClicked.connect(self._on_people_list_double_clicked)
        self.people_list.customContextMenuRequested.connect(self._on_people_list_menu)
        self.people_list.installEventFilter(self)  # the Menu key
        self.people_list.selectionModel().currentChanged.connect(
            self._on_people_list_current_changed
        )
        # The canvas (drops go to the editing, which says what it did or refused).
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.scene.node_menu_requested.connect(self._on_scene_node_menu_requested)
        self.scene.node_activated.connect(self.open_contact_requested)
        self.scene.build_progress.connect(self._on_scene_build_progress)
        self.scene.build_finished.connect(self._on_scene_build_finished)
        self.editing.said.connect(self.say)
        self.editing.refused.connect(self.warn)
        self.editing.already_placed.connect(self._show_contact)
        # The strip and the warm path column.
        self.introduced_label.person_clicked.connect(self._show_contact)
        self.finder.person_chosen.connect(self._on_finder_person_chosen)
        self.finder.not_found.connect(
            lambda text: self.warn(f"Nobody on the graph matches “{text}”.")
        )
        self.view.find_requested.connect(self.finder.focus_and_select)
        self.warm_path_button.toggled.connect(self._on_warm_path_button_toggled)
        self.warm_path.chain_chosen.connect(self._on_warm_path_chain_chosen)

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
        self.view.show_busy(
            translate("GraphView", "Drawing the referral graph… {percent} %").format(
                percent=percent
            )
        )

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
        self.people_count.setText(
            translate("GraphView", "{placed} of {total} placed").format(placed=placed, total=total)
            if total
            else ""
        )
        query = self.search.text().strip()
        empty = self.people_model.rowCount() == 0
        if empty and query:
            self.no_people.setText(
                translate("GraphView", "Nobody matches “{query}”.").format(query=query)
            )
        elif empty:
            self.no_people.setText(
                translate("GraphView", "No contacts yet. Add people on the Contacts tab.")
            )
        self.no_people.setVisible(empty)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self.scene.nodes and contacts.count_contacts() >= BUSY_FROM:
            # Drawing thousands of cards takes a moment: show the page and say so first.
            self.view.show_busy(translate("GraphView", "Drawing the referral graph…"))
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

    def _show_contact(self, contact_id: int) -> None:
        self.select_contact(contact_id, centre=True)

    @Slot(int)
    def _on_finder_person_chosen(self, contact_id: int) -> None:
        self.focus_contact(contact_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # on their card: arrows, Menu key

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
            self.chain_label.setText(translate("GraphView", "Your referral graph"))
            self.introduced_label.setText(
                translate(
                    "GraphView", "1 person placed · select someone to see how you reached them."
                )
                if count == 1
                else translate(
                    "GraphView",
                    "{count} people placed · select someone to see how you reached them.",
                ).format(count=count)
                if count
                else translate("GraphView", "Nobody placed yet.")
            )
            return
        names = [me()] + [nodes[i].full_name for i in self.scene.path_to_me(contact_id)]
        self.chain_label.setText(" → ".join(names))
        kids = [nodes[i] for i in self.scene.children.get(contact_id, [])]
        introduced = [n.full_name for n in kids]
        self.introduced_label.setText(
            translate("GraphView", "Introduced you to: ")
            + (", ".join(introduced) if introduced else translate("GraphView", "nobody yet"))
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
            self._show_contact(contact_id)
        else:
            self.say(
                translate("GraphView", "Drag {name} onto the canvas to place them.").format(
                    name=self._name_of(contact_id)
                )
            )

    # Editing (the page's own buttons and tests go through these) ------------------------
    def place_under_me(self, contact_id: int) -> bool:
        return self.editing.place_under_me(contact_id)

    def set_met_directly(self, contact_id: int) -> bool:
        return self.editing.set_met_directly(contact_id)

    def thank_introducer(self, contact_id: int) -> bool:
        return self.editing.thank_introducer(contact_id)

    def choose_introducer(self, contact_id: int) -> IntroducerDialog:
        """ "Introduced by…": ask who introduced the user to *contact_id*."""
        if self.introducer_dialog is not None:
            self.introducer_dialog.deleteLater()
        dialog = IntroducerDialog(contact_id, self._name_of(contact_id), self)
        dialog.introducer_chosen.connect(self._on_introducer_dialog_introducer_chosen)
        dialog.open()
        self.introducer_dialog = dialog
        return dialog

    @Slot(int, int)
    def _on_introducer_dialog_introducer_chosen(self, introducer_id: int, contact_id: int) -> None:
        if self.editing.introduced_by(introducer_id, contact_id):
            self._ensure_fresh()
            self.select_contact(contact_id, centre=True)
            self.view.setFocus()  # back on the card, to go on from there

    def _name_of(self, contact_id: int) -> str:
        node = self.graph_data.nodes.get(contact_id)
        if node is not None:
            return node.full_name
        return self.people_model.name_of(contact_id) or contacts.get_contact(contact_id).full_name

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
            on_graph = [self.scene.nodes[i] for i in contact_ids if i in self.scene.nodes]
            self.view.show_chain([self.scene.me, *on_graph])

    # Menus ---------------------------------------------------------------------------------
    @Slot(int, QPoint)
    def _on_scene_node_menu_requested(self, contact_id: int, screen_pos: QPoint) -> None:
        menu = self.node_menu
        if menu is not None and menu.isVisible() and menu.property("contact_id") == contact_id:
            return  # the Menu key comes as a key and as a context menu on some desktops
        if menu is not None:
            menu.deleteLater()
        self.node_menu = self.build_node_menu(contact_id)
        self.node_menu.setProperty("contact_id", contact_id)
        self.node_menu.popup(screen_pos)

    def build_node_menu(self, contact_id: int) -> QMenu:
        return self.menus.node_menu(contact_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The Menu key on the people list: the current person's menu, under their row."""
        if (
            watched is self.people_list
            and event.type() == QEvent.Type.ContextMenu
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            index = self.people_list.currentIndex()
            if index.isValid():
                self._on_people_list_menu(self.people_list.visualRect(index).bottomLeft(), index)
            return True
        return super().eventFilter(watched, event)

    def _on_people_list_menu(self, pos: QPoint, index: QModelIndex | None = None) -> None:
        index = index if index is not None else self.people_list.indexAt(pos)
        if not index.isValid():
            return
        contact_id = self.people_model.contact_id(index.row())
        placed = contact_id in self.scene.nodes
        menu = self.menus.people_list_menu(contact_id, placed, self._show_contact)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.people_menu = menu
        menu.popup(self.people_list.viewport().mapToGlobal(pos))

    # Messages ------------------------------------------------------------------------------
    # Each message is said in one place: what an action did goes to the window's status
    # bar; why an edit was refused (or a search found nobody) stays on the page, under
    # the strip, until read.
    def say(self, text: str) -> None:
        """What the last action did, for the main window's status bar."""
        self.last_message = text
        self.notice.clear()  # an earlier refusal is old news now
        self.status_message.emit(text)

    def warn(self, text: str) -> None:
        """Why an edit was refused, in the line under the strip (no box to dismiss).

        An undo from another page that fails cannot be seen here: the status bar says it."""
        self.last_message = text
        if self.isVisible():
            self.notice.show_text(text)
        else:
            self.status_message.emit(text)
