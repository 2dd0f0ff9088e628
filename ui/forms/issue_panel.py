"""Beside the preview: what the document is, how many copies, and Print… / Save as PDF….

Printing or saving issues copies: the user is told how many will enter the
copying register and confirms first; a reprint asks for its reason.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.forms.drafts import Draft
from app.forms.errors import FormError
from app.forms.preview import Preview
from app.forms.service import PrintResult
from app.session import Session

from .. import theme
from ..cases.widgets import heading
from ..dialogs import error_text, notify, show_error
from ..labels import secrecy_label
from ..progress import run_with_progress
from . import events
from .jobs import run_read
from .options import PrintOptions
from .printing import PrintFailed, print_to_printer, save_to_file
from .prompts import FormPrompts

WIDTH = 330


class IssuePanel(QFrame):
    issued = Signal(object)  # PrintResult (also when the printer failed after the copies were registered)
    close_requested = Signal()

    def __init__(self, session: Session, prompts: FormPrompts, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.prompts = session, prompts
        self.draft: Draft | None = None
        self.preview: Preview | None = None
        self.issuing = False
        self.waiting = False  # the preview is being (re)loaded
        self.setFixedWidth(WIDTH)
        self.doc_title = heading("", self, 1.15)
        self.doc_title.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.options = PrintOptions(self)
        self.options.changed.connect(self._update)
        self.register_note = QLabel(self)
        self.register_note.setWordWrap(True)
        self.register_note.setStyleSheet("QLabel { background: #FFF8E1; border: 1px solid #F9A825; padding: 8px; color: #212121; }")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        theme.mark_error(self.error_label, bold=True)
        self.error_label.hide()
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close_requested)
        row = QHBoxLayout()
        row.addWidget(self.print_button, 1)
        row.addWidget(self.save_button, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 0, 0, 0)
        box.setSpacing(10)
        for w in (self.doc_title, self.facts, self.options, self.register_note):
            box.addWidget(w)
        box.addLayout(row)
        box.addWidget(self.error_label)
        box.addStretch(1)
        box.addWidget(close)
        self._update()

    def set_waiting(self, waiting: bool) -> None:
        self.waiting = waiting
        self._update()

    def set_document(self, draft: Draft, preview: Preview) -> None:
        self.draft, self.preview, self.waiting = draft, preview, False
        self.options.set_reprint(preview.number)
        self.doc_title.setText(draft.label)
        number = preview.number or (self.tr("given when first printed") if draft.template.doc_type
                                    else self.tr("none (not a numbered document)"))
        lines = [(self.tr("Number"), number), (self.tr("Secrecy"), secrecy_label(draft.secrecy)),
                 (self.tr("Pages per copy"), str(preview.page_count))]
        if preview.number:
            lines.append((self.tr("Printing again"), self.tr("a reprint of the issued document, with the same number and content")))
        self.facts.setText("<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in lines))
        self._update()

    def _update(self) -> None:
        ready = self.preview is not None and not self.issuing and not self.waiting
        for w in (self.print_button, self.save_button, self.options):
            w.setEnabled(ready)
        self.register_note.setText(self.tr(
            "Printing or saving makes %n copy(ies), each numbered, and enters them in the copying register. "
            "This preview is not a copy.", "", self.options.copies.value()))

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- before anything is registered ---------------------------------------------------
    def _ready(self) -> bool:
        self.show_error("")
        if self.preview is None or self.issuing or self.waiting:
            return False
        if self.options.missing_reason():
            self.show_error(self.tr("Document {number} has been printed before: say why it is printed again.").format(
                number=self.options.reprint_of))
            self.options.reason.setFocus()
            return False
        return True

    def _confirm(self, where: str) -> bool:
        job = self.options.job()
        text = self.tr("%n copy(ies) of this document will be made and entered in the copying register.", "", job.copies)
        text += "\n\n" + where
        if self.options.reprint_of:
            text += "\n\n" + self.tr("This is a reprint of {number}; reason: {reason}").format(number=self.options.reprint_of, reason=job.reason)
        return self.prompts.confirm(self.window(), self.tr("Make registered copies?"), text, self.tr("&Make the copies"))

    # -- print and save ----------------------------------------------------------------------
    def print_document(self) -> None:
        if not self._ready():
            return
        printer = self.prompts.printer(self.window(), self.tr("Print {title}").format(title=self.window().windowTitle()))
        if printer is None:
            return
        asked = printer.copyCount()
        where = self.tr("They are printed as one job on {printer}, each copy with its own number; the printer's copy count is "
                        "set to 1.").format(printer=printer.printerName() or printer.outputFileName() or self.tr("the printer"))
        if asked > 1:
            where += " " + self.tr("(The print dialog asked for {n}: the number of copies is set in this window.)").format(n=asked)
        if not self._confirm(where):
            return
        work = print_to_printer(self.session, self.draft, self.options.job(), printer, self.tr("Printing page {n} of {total}…"),
                                self.tr("the printer refused the job or reported an error"))
        self._set_issuing(True)
        run_with_progress(self.window(), self.tr("Printing"), work, lambda r: self._issued(r, None), self._failed, cancellable=False)

    def save_pdf(self) -> None:
        if not self._ready():
            return
        d = self.draft
        path = self.prompts.save_pdf(self.window(), self.tr("Save the copies as PDF"), f"{d.form}-{d.object_id}.pdf".replace("/", "-"))
        if path is None:
            return
        if not self._confirm(self.tr("They are saved in one PDF file, {path}. The file is a state-secret carrier like "
                                     "paper: keep it only where such documents may be kept.").format(path=str(path))):
            return
        self._set_issuing(True)
        run_read(save_to_file(self.session, d, self.options.job(), path), lambda r: self._issued(r, path), self._failed, owner=self)

    def _set_issuing(self, issuing: bool) -> None:
        self.issuing = issuing
        self._update()

    def _issued(self, result: PrintResult, path: Path | None) -> None:
        self._set_issuing(False)
        self.options.reason.clear()
        events.printed()
        notify(self.window(), self._done_text(result, path), self.tr("Copies made"))
        self.issued.emit(result)

    def _done_text(self, result: PrintResult, path: Path | None) -> str:
        if result.first_copy == result.last_copy:
            what = self.tr("Copy {n} of {total}").format(n=result.first_copy, total=result.last_copy)
        else:
            what = self.tr("Copies {first}–{last} of {total}").format(first=result.first_copy, last=result.last_copy, total=result.last_copy)
        if result.number:
            what += " " + self.tr("of document {number} (check code {code})").format(number=result.number, code=result.code)
        where = (self.tr("were saved to {path}.").format(path=str(path)) if path else
                 self.tr("were sent to the printer ({pages} pages).").format(pages=result.pages))
        return what + " " + where + "\n\n" + self.tr("They are entered in the copying register as no. {n}/{year}.").format(
            n=result.register_number, year=result.register_year)

    def _failed(self, exc: BaseException) -> None:
        self._set_issuing(False)
        if isinstance(exc, PrintFailed):
            events.printed()
            self._warn(self.tr(
                "Copies {first}–{last} were issued and entered in the copying register as no. {n}/{year}, but printing "
                "failed ({detail}). Record what happened to them; printing again is a reprint.").format(
                first=exc.result.first_copy, last=exc.result.last_copy, n=exc.result.register_number,
                year=exc.result.register_year, detail=exc.detail or "?"))
            self.issued.emit(exc.result)
            return
        if isinstance(exc, FormError) and exc.code == "reason_required":
            self.options.set_reprint(str(exc.params.get("number", "")))  # printed meanwhile, elsewhere
            self.options.reason.setFocus()
        self.show_error(error_text(exc))
        show_error(self.window(), exc)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("HoSo — printing"), text, QMessageBox.StandardButton.Ok, self.window())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
