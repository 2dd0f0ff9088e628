"""The send wizard: content → recipients → level → destination → carrier → writing → result."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from app import carriers
from app.domain.secrecy import SecrecyLevel
from app.exchange.bundles import ExportResult
from app.exchange.media import is_removable
from app.session import Session

from ..dialogs import error_text, wizard_buttons
from ..dossiers.jobs import locked
from .media_list import MediaList
from .prompts import ExchangePrompts
from .runner import ProgressRunner, show_progress
from .send_pages import ContentPage, RecipientsPage, SecrecyPage, error_label
from .send_plan import SendPlan
from .texts import level_text, size_text


class DestinationPage(QWizardPage):
    def __init__(self, wizard: "SendWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Where to write the bundle"))
        self.setSubTitle(self.tr("Choose the USB stick that will carry it. Writing anywhere else needs a confirmation."))
        self.media = MediaList(wizard.prompts, self.tr("Choose the folder for the bundle"), self)
        self.media.chosen.connect(self._chosen)
        self.warning = QLabel(self.tr("This folder is not a USB stick: you will be asked to confirm before the bundle is written there."), self)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #A04000; }")
        self.warning.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.media, 1)
        box.addWidget(self.warning)

    def initializePage(self) -> None:
        self.media.refresh()
        self.media.list.setFocus()

    def _chosen(self, path) -> None:
        if self.w.currentPage() is not self:  # a listing that arrives after the page was left changes nothing
            return
        self.w.plan.dest_dir = path
        self.warning.setVisible(path is not None and not self.media.current_is_removable())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.plan.dest_dir is not None

    def validatePage(self) -> bool:
        dest = self.w.plan.dest_dir
        if dest is None:
            return False
        if is_removable(dest):
            return True
        return self.w.prompts.confirm(self, self.tr("Not a removable medium"), self.tr(
            "{path} is not on a USB stick. A bundle is a secret carrier: written to this computer's disk or a network "
            "folder it must be registered, moved to the stick and deleted like any secret document.\n\nWrite it there anyway?").format(
            path=str(dest)), self.tr("&Write there"))


class CarrierPage(QWizardPage):
    def __init__(self, wizard: "SendWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Carrier and summary"))
        self.setSubTitle(self.tr("The stick is a registered secret carrier: its label goes into the outgoing register."))
        self.carrier = QLineEdit(self)
        self.carrier.setPlaceholderText(self.tr("e.g. the stick's registered number, USB-07"))
        self.carrier.textChanged.connect(self._edited)
        self.carrier_status = QLabel(self)  # what the program knows of this carrier
        self.carrier_status.setWordWrap(True)
        self.check: carriers.MediumCheck | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout(self)
        label = QLabel(self.tr("Carrier &label:"), self)
        label.setBuddy(self.carrier)
        form.addRow(label, self.carrier)
        form.addRow(self.carrier_status)
        form.addRow(self.summary)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Write the bundle"))

    def initializePage(self) -> None:
        p = self.w.plan
        rows = (
            (self.tr("Dossiers"), str(len(p.persons))),
            (self.tr("Cases"), str(len(p.cases))),
            (self.tr("Attachments"), self.tr("included") if p.with_attachments else self.tr("not included")),
            (self.tr("Sent to"), ", ".join(p.recipients)),
            (self.tr("Level"), level_text(p.secrecy) if p.secrecy is not None else ""),
            (self.tr("Written to"), str(p.dest_dir)),
        )
        self.summary.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td>{html.escape(k)}:</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows) + "</table>")
        self._look_at_medium()
        self.carrier.setFocus()

    def _look_at_medium(self) -> None:
        """The registered carriers (completion) and the carrier this stick is, found by its serial."""
        s, dest = self.w.session, self.w.plan.dest_dir
        try:
            labels = [r.carrier.label for r in carriers.list_carriers(s) if not r.carrier.destroyed]
            self.check = carriers.check_medium(s, dest) if dest is not None else None
        except Exception:  # noqa: BLE001 - without the check, the export still records the label typed
            labels, self.check = [], None
        completer = QCompleter(labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.carrier.setCompleter(completer)
        if self.check is not None and self.check.carrier is not None and not self.carrier.text().strip():
            self.carrier.setText(self.check.carrier.label)
        self._show_status()

    def _registered(self, label: str):
        try:
            return carriers.find(self.w.session, label)
        except Exception:  # noqa: BLE001
            return None

    def _show_status(self) -> None:
        label = self.w.plan.carrier
        found = self._registered(label)
        removable = self.check is not None and self.check.removable
        if found is not None and found.destroyed:
            text = self.tr("{label} was destroyed: it cannot carry anything. Choose another carrier.").format(label=found.label)
        elif found is not None:
            text = self.tr("Registered carrier {label}: the bundle is added to what its current taking-out carries.").format(label=found.label)
        elif removable and label:
            text = self.tr("This USB stick is not a registered carrier: you will be asked to register it first.")
        else:
            text = ""
        self.carrier_status.setText(text)

    def _edited(self, text: str) -> None:
        self.w.plan.carrier = text.strip()
        self._show_status()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.w.plan.carrier)

    def validatePage(self) -> bool:
        """A removable medium must be a registered carrier: offer to register it first."""
        label, chk = self.w.plan.carrier, self.check
        found = self._registered(label)
        by_serial = chk.carrier if chk is not None else None
        if by_serial is not None and found is not None and by_serial.id != found.id:
            self.carrier_status.setText(self.tr("This USB stick is registered as {label}: use that label.").format(label=by_serial.label))
            return False
        if found is not None:
            if found.destroyed:
                self._show_status()
                return False
            return True
        if chk is None or not chk.removable:
            return True
        serial = chk.serial or self.tr("unreadable")
        if not self.w.prompts.confirm(self, self.tr("Register the carrier first"), self.tr(
                "This removable medium is not a registered carrier. A USB stick that carries secrets must be registered "
                "before it is used.\n\nRegister it now as {label} (serial: {serial})?").format(label=label, serial=serial),
                self.tr("&Register and continue")):
            return False
        level = max(self.w.plan.secrecy or SecrecyLevel.MAT, SecrecyLevel.MAT)
        try:
            locked(lambda: carriers.register_carrier(self.w.session, label, chk.serial, secrecy=level))
        except Exception as exc:  # noqa: BLE001 - shown on the page; the user corrects the label or registers elsewhere
            self.carrier_status.setText(error_text(exc))
            return False
        return True


class WritePage(QWizardPage):
    """Runs the export with a bar and Cancel; moves on by itself when the bundle is checked."""

    def __init__(self, wizard: "SendWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.runner: ProgressRunner | None = None
        self.result: ExportResult | None = None
        self.setTitle(self.tr("Writing the bundle"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("&Cancel writing"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.error = error_label(self)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        box = QVBoxLayout(self)
        box.addWidget(self.label)
        box.addLayout(row)
        box.addWidget(self.error)
        box.addStretch(1)

    def initializePage(self) -> None:
        self.result = None
        self.error.hide()
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Encrypting and writing…"))
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        plan, s = self.w.plan, self.w.session
        self.runner = ProgressRunner(lambda progress, cancel: plan.export(s, progress, cancel), self)
        self.runner.progressed.connect(self._progressed)
        self.runner.succeeded.connect(self._written)
        self.runner.failed.connect(self._failed)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        show_progress(self.bar, done, total)
        if total and done >= total:
            self.label.setText(self.tr("Reading the bundle back from the medium to check it…"))
        else:
            self.label.setText(self.tr("Encrypting and writing: {done} of {total}").format(done=size_text(done), total=size_text(total)))

    def cancel(self) -> None:
        if self.runner is not None and self.runner.running:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.running

    def _written(self, result: ExportResult) -> None:
        self.result = result
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()
        self.w.sent.emit(result)
        self.w.next()

    def _failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.label.setText(self.tr("No bundle was made."))
        self.error.setText(error_text(exc) + "\n\n" + self.tr("Press Back to change the destination or the choices and try again."))
        self.error.show()
        # Back was disabled while writing (the carrier page is a commit page): open it again.
        self.w.carrier_page.setCommitPage(False)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.w.carrier_page.setCommitPage(True)

    def isComplete(self) -> bool:
        return self.result is not None


class ResultPage(QWizardPage):
    def __init__(self, wizard: "SendWizard") -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("The bundle is written and checked"))
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setStyleSheet("QLabel { background: #FFF8E1; border: 1px solid #E0C080; padding: 10px; color: #212121; }")
        box = QVBoxLayout(self)
        box.addWidget(self.details)
        box.addWidget(self.steps)
        box.addStretch(1)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        r = self.w.write_page.result
        if r is None:
            return
        rows = (
            (self.tr("File"), str(r.path)),
            (self.tr("Size"), size_text(r.bytes)),
            (self.tr("Outgoing register number"), r.register_number),
            (self.tr("Bundle sequence number"), str(r.sequence)),
            (self.tr("Contents"), self.tr("{persons} dossier(s), {cases} case(s), {attachments} attachment(s)").format(
                persons=r.persons, cases=r.cases, attachments=r.attachments)),
        )
        self.details.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td>{html.escape(k)}:</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows) + "</table>")
        level = level_text(self.w.plan.secrecy) if self.w.plan.secrecy is not None else ""
        steps = (
            self.tr("The stick now carries a secret at level {level}: mark it, record its taking-out in the carrier "
                    "register and have the taking-out permitted in writing.").format(level=level),
            self.tr("Hand it over in person and have the hand-over signed."),
            self.tr("The receiving unit imports the bundle and writes a receipt next to it on the stick. When the stick "
                    "comes back, import that receipt in the Receive tab: the outgoing register then shows the delivery."),
            self.tr("Only the addressed units can open the bundle, but deleting it from a stick does not reliably erase "
                    "flash memory: only destroying the medium does."),
        )
        self.steps.setText("<b>" + html.escape(self.tr("Next steps")) + "</b><ol>" + "".join(
            f"<li style='margin-bottom:6px'>{html.escape(s)}</li>" for s in steps) + "</ol>")


class SendWizard(QWizard):
    sent = Signal(object)  # ExportResult: registers and lists refresh
    CONTENT, RECIPIENTS, SECRECY, DESTINATION, CARRIER, WRITE, RESULT = range(7)

    def __init__(self, session: Session, prompts: ExchangePrompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prompts = prompts
        self.plan = SendPlan()
        self.setWindowTitle(self.tr("Send dossiers and cases"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        wizard_buttons(self, self.tr("&Close"))
        self.content_page = ContentPage(self)
        self.recipients_page = RecipientsPage(self)
        self.secrecy_page = SecrecyPage(self)
        self.destination_page = DestinationPage(self)
        self.carrier_page = CarrierPage(self)
        self.write_page = WritePage(self)
        self.result_page = ResultPage(self)
        for pid, page in enumerate((self.content_page, self.recipients_page, self.secrecy_page, self.destination_page,
                                    self.carrier_page, self.write_page, self.result_page)):
            self.setPage(pid, page)
        self.resize(900, 620)

    def reject(self) -> None:
        # While the bundle is being written, Cancel (and Esc) stop the writing first.
        if self.write_page.running:
            self.write_page.cancel()
            return
        super().reject()
