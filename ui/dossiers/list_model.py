"""The dossier list as a virtual table: rowCount is the number of matches, rows
are fetched a page at a time when the view first asks for them.

A million-row vault must open, scroll and jump to its end at once, so nothing
is loaded up front: data() answers from a small cache of pages and, on a miss,
shows a placeholder and asks a worker for that page (the latest few misses
win, so dragging the scroll bar does not queue a hundred deep-offset queries).
The first page is asked for without a total; when the service cannot count
cheaply the rows grow by fetchMore while a separate worker counts.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app import dossiers
from app.domain.secrecy import level_styles
from app.session import Session
from app.store.persons import PersonFilter, PersonRow, SearchPage

from ..dialogs import error_text
from ..labels import secrecy_label
from ..theme import readable
from .jobs import run_read
from .labels import date_text, sex_label

PLACEHOLDER = "…"
COLUMNS = ("full_name", "birth_date", "sex", "unit", "position", "hometown", "id_number", "secrecy")


class _Latest:
    """One job at a time; of those asked for meanwhile only the latest runs.

    A slow search cannot be stopped once it runs; typing on must not pile more
    of them onto the two or four worker threads.
    """

    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self.running = False
        self.queued: tuple | None = None

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        if self.running:
            self.queued = (fn, on_success, on_error)
            return
        self.running = True
        run_read(fn, lambda value: self._done(on_success, value), lambda exc: self._done(on_error, exc), owner=self.owner)

    def _done(self, callback: Callable[[Any], None], value: Any) -> None:
        self.running = False
        callback(value)
        if self.queued is not None and not self.running:
            queued, self.queued = self.queued, None
            self.run(*queued)


class PersonListModel(QAbstractTableModel):
    PAGE_SIZE = 200
    CACHE_PAGES = 8  # about 1,600 rows in memory, whatever the vault holds
    MAX_IN_FLIGHT = 2
    loaded = Signal()  # the first page of a search arrived
    total_known = Signal(int)  # the number of matches is known
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.query = ""
        self.flt = PersonFilter()
        self.total: int | None = None  # None while still counting
        self.fetches = 0  # page queries made (tests check the list is lazy)
        self.searching = False  # the first page of the current search is on its way
        self._rows = 0  # what rowCount reports
        self._gen = 0  # bumped on every new search: late answers of older ones are dropped
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self._stale: dict[int, list[PersonRow]] = {}  # shown after a refresh until fresh pages arrive
        self._pending: set[int] = set()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(15)
        self._flush_timer.timeout.connect(self._flush)
        self._styles = level_styles()
        self._first_jobs = _Latest(self)
        self._count_jobs = _Latest(self)

    # -- searching ---------------------------------------------------------
    def search(self, query: str, flt: PersonFilter) -> None:
        """A new query: forget everything and fetch its first page."""
        self.beginResetModel()
        self.query, self.flt = query, flt
        self._gen += 1
        self._pages.clear()
        self._stale.clear()
        self._pending.clear()
        self._wanted.clear()
        self._rows = 0
        self.total = None
        self.endResetModel()
        self._fetch_first()

    def refresh(self) -> None:
        """The same query again after a change: rows stay on screen until the new pages arrive."""
        self._gen += 1
        self._stale = dict(self._pages)
        self._pages.clear()
        self._pending.clear()
        self._wanted.clear()
        self._fetch_first()
        self._changed_rows(0, self._rows)  # the view asks again for what it shows

    def _fetch_first(self) -> None:
        self.searching = True
        gen, session, query, flt, size = self._gen, self.session, self.query, self.flt, self.PAGE_SIZE
        self._pending.add(0)
        self.fetches += 1
        self._first_jobs.run(lambda: dossiers.search_persons(session, query, flt, limit=size, offset=0, want_total=False),
                             lambda page: self._first_arrived(gen, page), lambda exc: self._fetch_failed(gen, 0, exc))

    def _first_arrived(self, gen: int, page: SearchPage) -> None:
        if gen != self._gen:
            return
        self.searching = False
        self._pending.discard(0)
        self._store(0, page.rows)
        if page.total is not None:
            self._set_total(page.total)
        elif len(page.rows) < self.PAGE_SIZE:
            self._set_total(len(page.rows))
        else:
            self.total = None
            self._set_rows(max(self._rows, len(page.rows)))
            self._count()
        self._changed_rows(0, min(self._rows, self.PAGE_SIZE))
        self.loaded.emit()
        self._flush()

    def _count(self) -> None:
        """Counting a very common word over a million rows may take a while: in a worker."""
        gen, session, query, flt = self._gen, self.session, self.query, self.flt
        self._count_jobs.run(lambda: dossiers.search_persons(session, query, flt, limit=0, offset=0, want_total=True).total,
                             lambda total: self._counted(gen, total), lambda exc: self._fetch_failed(gen, -1, exc))

    def _counted(self, gen: int, total: int | None) -> None:
        if gen == self._gen and total is not None:
            self._set_total(total)

    def _set_total(self, total: int) -> None:
        self.total = total
        self._set_rows(total)
        self.total_known.emit(total)

    def _set_rows(self, n: int) -> None:
        if n > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, n - 1)
            self._rows = n
            self.endInsertRows()
        elif n < self._rows:
            self.beginRemoveRows(QModelIndex(), n, self._rows - 1)
            self._rows = n
            self.endRemoveRows()

    # -- growing while the total is unknown ----------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self.total is None and not self.searching and self._rows % self.PAGE_SIZE == 0

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._request(self._rows // self.PAGE_SIZE)

    # -- pages ---------------------------------------------------------------
    def _want(self, page: int) -> None:
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > 4:
            self._wanted.popitem(last=False)  # scrolled past: no longer worth a query
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        while self._wanted and len(self._pending) < self.MAX_IN_FLIGHT:
            page, _ = self._wanted.popitem(last=True)
            if page not in self._pages and page not in self._pending:
                self._request(page)

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        self.fetches += 1
        gen, session, query, flt, size, total = self._gen, self.session, self.query, self.flt, self.PAGE_SIZE, self.total
        # The known length lets pages past the middle be read from the end (jumping to the end is then instant).
        run_read(lambda: dossiers.search_persons(session, query, flt, limit=size, offset=page * size, want_total=False, total_hint=total),
                 lambda result: self._page_arrived(gen, page, result), lambda exc: self._fetch_failed(gen, page, exc), owner=self)

    def _page_arrived(self, gen: int, page: int, result: SearchPage) -> None:
        if gen != self._gen:
            return
        self._pending.discard(page)
        self._store(page, result.rows)
        first = page * self.PAGE_SIZE
        if self.total is None and first + len(result.rows) > self._rows:
            self._set_rows(first + len(result.rows))  # grown by fetchMore
            if len(result.rows) < self.PAGE_SIZE:
                self._set_total(first + len(result.rows))
        self._changed_rows(first, min(self._rows, first + self.PAGE_SIZE))
        self._flush()

    def _fetch_failed(self, gen: int, page: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self._pending.discard(page)
        if page == 0:
            self.searching = False
        self.failed.emit(error_text(exc))

    def _store(self, page: int, rows: list[PersonRow]) -> None:
        self._stale.pop(page, None)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)

    def _changed_rows(self, first: int, end: int) -> None:
        if end > first:
            self.dataChanged.emit(self.index(first, 0), self.index(end - 1, len(COLUMNS) - 1))

    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def row_at(self, row: int) -> PersonRow | None:
        """The person on `row` if its page is loaded (and asks for it if not)."""
        if not 0 <= row < self._rows:
            return None
        page, offset = divmod(row, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            rows = self._stale.get(page)
            if rows is None:
                return None
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    # -- the model interface -----------------------------------------------
    def headers(self) -> list[str]:
        return [self.tr("Full name"), self.tr("Date of birth"), self.tr("Sex"), self.tr("Unit"), self.tr("Position"),
                self.tr("Hometown"), self.tr("CCCD/CMND"), self.tr("Secrecy")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def cell(self, p: PersonRow, col: int) -> str:
        name = COLUMNS[col]
        if name == "birth_date":
            return date_text(p.birth_date)
        if name == "sex":
            return sex_label(p.sex)
        if name == "secrecy":
            return secrecy_label(p.secrecy, self._styles[p.secrecy])
        return getattr(p, name)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None
        p = self.row_at(index.row())
        if p is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            # The level reads at a glance in its stamp colour (the banner's background).
            # Lightened on a dark base just enough to read (theme.readable).
            return readable(self._styles[p.secrecy].background, self._base()) if COLUMNS[index.column()] == "secrecy" else None
        text = self.cell(p, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[index.column()] == "full_name" and p.has_abroad:
            return self.tr("{name} — has relatives abroad").format(name=text)
        return text

    @staticmethod
    def _base() -> QColor:
        from PySide6.QtGui import QGuiApplication, QPalette

        return QGuiApplication.palette().color(QPalette.ColorRole.Base)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
