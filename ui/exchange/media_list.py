"""Choosing a place on a USB stick (or, with a confirmation, elsewhere)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.exchange.media import Medium, list_media

from .jobs import run_read
from .prompts import ExchangePrompts
from .texts import size_text

PATH_ROLE = Qt.ItemDataRole.UserRole
REMOVABLE_ROLE = Qt.ItemDataRole.UserRole + 1
WATCH_MS = 3000  # how often a watching list looks for a newly inserted stick


class MediaList(QWidget):
    """Removable media with their free space, a Refresh and an "Other folder…"."""

    chosen = Signal(object)  # Path | None
    refreshed = Signal()

    def __init__(self, prompts: ExchangePrompts, folder_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.folder_title = folder_title
        self.others: list[Path] = []  # folders chosen by hand stay listed across a refresh
        self._known: set[str] | None = None  # the media of the last listing
        self._polling = False
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._poll)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Media"))
        self.list.setMinimumHeight(90)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.hint = QLabel(self.tr("No USB stick found. Insert one and press Refresh, or choose another folder."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.hint.hide()
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setToolTip(self.tr("Look again for USB sticks (after inserting one)"))
        self.other_button = QPushButton(self.tr("Other fo&lder…"), self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.refresh_button)
        self.buttons.addWidget(self.other_button)
        self.buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list, 1)
        box.addWidget(self.hint)
        box.addLayout(self.buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.other_button.clicked.connect(self.choose_other)
        self.list.currentItemChanged.connect(lambda *_: self.chosen.emit(self.current_path()))

    def add_button(self, button: QPushButton) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        run_read(list_media, self._listed, lambda _exc: self._listed([]), owner=self)

    def watch(self, on: bool) -> None:
        """While on, a stick inserted (or pulled) shows up by itself; a new one is selected."""
        if on:
            self._watch.start()
        else:
            self._watch.stop()

    def _poll(self) -> None:
        if self._polling or not self.refresh_button.isEnabled():
            return
        self._polling = True
        run_read(list_media, self._polled, lambda _exc: setattr(self, "_polling", False), owner=self)

    def _polled(self, media: list[Medium]) -> None:
        self._polling = False
        paths = {str(m.path) for m in media}
        if self._known is None or paths == self._known:
            self._known = paths if self._known is None else self._known
            return
        new = sorted(paths - self._known)
        self._listed(media)
        if new:
            self.select(Path(new[0]))

    def _listed(self, media: list[Medium]) -> None:
        self._known = {str(m.path) for m in media}
        keep = self.current_path()
        self.refresh_button.setEnabled(True)
        self.list.blockSignals(True)
        self.list.clear()
        for m in media:
            text = self.tr("{label}  ({path}) — {free} free of {total}").format(
                label=m.label, path=str(m.path), free=size_text(m.free_bytes), total=size_text(m.total_bytes))
            self._add(text, m.path, True)
        for folder in self.others:
            self._add(self.tr("Folder: {path}").format(path=str(folder)), folder, False)
        self.hint.setVisible(not media)
        self.list.blockSignals(False)
        if keep is not None:
            self.select(keep)
        else:
            self._select_first()
        self.chosen.emit(self.current_path())
        self.refreshed.emit()

    def _add(self, text: str, path: Path, removable: bool) -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        item.setData(PATH_ROLE, str(path))
        item.setData(REMOVABLE_ROLE, removable)
        return item

    def _select_first(self) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(PATH_ROLE):
                self.list.setCurrentRow(row)
                return

    def choose_other(self) -> None:
        folder = self.prompts.choose_folder(self, self.folder_title)
        if folder is not None:
            self.add_folder(folder)

    def add_folder(self, folder: Path) -> None:
        folder = Path(folder)
        if folder not in self.others:
            self.others.append(folder)
            self._add(self.tr("Folder: {path}").format(path=str(folder)), folder, False)
        self.select(folder)

    def select(self, path: Path) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(PATH_ROLE) == str(path):
                self.list.setCurrentRow(row)
                return
        self._select_first()

    def current_is_removable(self) -> bool:
        item = self.list.currentItem()
        return bool(item is not None and item.data(REMOVABLE_ROLE))

    def current_path(self) -> Path | None:
        item = self.list.currentItem()
        value = item.data(PATH_ROLE) if item is not None else None
        return Path(value) if value else None
