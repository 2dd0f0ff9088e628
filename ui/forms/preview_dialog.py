"""The preview of a form at true size, with the panel that prints or saves its copies.

The preview itself is no copy: never numbered or registered, watermarked.
The dialog opens only when the preview is ready; a refusal (a case not
concluded, a permission) is shown to the window that asked instead.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.forms.drafts import Draft
from app.forms.preview import Preview, preview
from app.forms.service import PrintResult
from app.session import Session

from ..dialogs import error_text, show_error
from .issue_panel import WIDTH as SIDE_WIDTH
from .issue_panel import IssuePanel
from .jobs import run_write
from .page_view import MARGIN, PageView
from .prompts import FormPrompts

DraftFn = Callable[[Session], Draft]


class PreviewDialog(QDialog):
    loaded = Signal()  # a preview arrived (first time and after each print)
    refused = Signal(object)  # the first load failed: the service's refusal, shown to the user
    printed = Signal(object)  # PrintResult of a print or a saved PDF

    def __init__(self, session: Session, title: str, make_draft: DraftFn, parent: QWidget | None = None,
                 prompts: FormPrompts | None = None) -> None:
        super().__init__(parent)
        self.session, self.make_draft = session, make_draft
        self.draft: Draft | None = None
        self.preview: Preview | None = None
        self.loading = False
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)
        self.view = PageView(self)
        self.view.shown.connect(self._update_controls)
        self.panel = IssuePanel(session, prompts or FormPrompts(), self)
        self.panel.issued.connect(self._issued)
        self.panel.close_requested.connect(self.reject)
        self._build()
        self._shortcuts()
        self._initial_size()

    # -- construction ---------------------------------------------------------------
    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAccessibleName(tip.split(" (")[0])
        b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        b.setAutoRaise(True)
        b.clicked.connect(slot)
        return b

    def _build(self) -> None:
        self.prev_button = self._tool("◀", self.tr("Previous page (Page Up)"), lambda: self.view.show_page(self.view.index - 1))
        self.next_button = self._tool("▶", self.tr("Next page (Page Down)"), lambda: self.view.show_page(self.view.index + 1))
        self.page_label = QLabel(self)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (Ctrl+minus)"), lambda: self.view.step_zoom(-1))
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (Ctrl+plus)"), lambda: self.view.step_zoom(+1))
        self.zoom_label = QLabel(self)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 %") + 6)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_button = QPushButton(self.tr("Fit &width"), self)
        self.actual_button = QPushButton(self.tr("&True size"), self)
        self.actual_button.setToolTip(self.tr("100 %: the page as large as on paper (Ctrl+0)"))
        self.fit_button.clicked.connect(self.view.fit_to_width)
        self.actual_button.clicked.connect(lambda: self.view.set_zoom(1.0))
        bar = QHBoxLayout()
        for w in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(24)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button, self.actual_button):
            bar.addWidget(w)
        bar.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(bar)
        left.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(left, 1)
        layout.addWidget(self.panel)

    def _initial_size(self) -> None:
        """Wide enough for the page at 100 % beside the panel, if the screen allows."""
        page = round(210 / 25.4 * self.view.logicalDpiX())
        want_w, want_h = page + 2 * MARGIN + 40 + SIDE_WIDTH + 40, round(page * 297 / 210) + 120
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            want_w, want_h = min(want_w, int(screen.width() * 0.95)), min(want_h, int(screen.height() * 0.9))
        self.resize(want_w, want_h)

    def _shortcuts(self) -> None:
        view = self.view
        keys = ((QKeySequence.StandardKey.MoveToNextPage, lambda: view.show_page(view.index + 1)),
                (QKeySequence.StandardKey.MoveToPreviousPage, lambda: view.show_page(view.index - 1)),
                (QKeySequence(Qt.Key.Key_PageDown), lambda: view.show_page(view.index + 1)),
                (QKeySequence(Qt.Key.Key_PageUp), lambda: view.show_page(view.index - 1)),
                (QKeySequence(Qt.Key.Key_Home), lambda: view.show_page(0)),
                (QKeySequence(Qt.Key.Key_End), lambda: view.show_page(view.count - 1)),
                (QKeySequence.StandardKey.ZoomIn, lambda: view.step_zoom(+1)),
                (QKeySequence("Ctrl+="), lambda: view.step_zoom(+1)),
                (QKeySequence.StandardKey.ZoomOut, lambda: view.step_zoom(-1)),
                (QKeySequence("Ctrl+0"), lambda: view.set_zoom(1.0)))
        seen: set[str] = set()
        for key, slot in keys:
            seq = QKeySequence(key)
            if seq.isEmpty() or seq.toString() in seen:
                continue  # the standard keys are the same as the plain ones on most platforms
            seen.add(seq.toString())
            QShortcut(seq, self, slot)

    # -- loading ------------------------------------------------------------------------
    def start(self) -> None:
        """Build the draft and its preview in the background; the dialog opens when they arrive."""
        s, make = self.session, self.make_draft

        def load() -> tuple[Draft, Preview]:
            draft = make(s)
            return draft, preview(s, draft)

        self.loading = True
        self.panel.set_waiting(True)
        run_write(load, self._loaded, self._load_failed, owner=self)

    def _loaded(self, result: tuple[Draft, Preview]) -> None:
        self.loading = False
        first = self.preview is None
        self.draft, self.preview = result
        self.panel.set_document(*result)
        if first:
            self.open()
            self.layout().activate()  # the view's width decides the first zoom
            self.view.start_zoom()
            self.view.setFocus()
        self.view.set_pdf(self.preview.pdf, self.preview.page_count)
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = False
        if self.preview is None:  # nothing to show: the refusal goes to the window that asked
            show_error(self.parentWidget(), exc)
            self.refused.emit(exc)
            self.deleteLater()
            return
        self.panel.set_waiting(False)
        self.panel.show_error(error_text(exc))

    def _issued(self, result: PrintResult) -> None:
        self.printed.emit(result)
        self.start()  # the document is issued now: show its number; another print is a reprint

    def _update_controls(self) -> None:
        v = self.view
        self.page_label.setText(self.tr("Page {n} of {total}").format(n=v.index + 1, total=v.count or "?"))
        self.prev_button.setEnabled(v.index > 0)
        self.next_button.setEnabled(v.index + 1 < v.count)
        self.zoom_label.setText(f"{v.zoom:.0%}".replace("%", " %"))

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self.panel.issuing:
            return  # copies are being issued: closing waits for it
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.panel.issuing:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.view.clear()  # the pixels of a secret page go with the window
        super().done(result)
