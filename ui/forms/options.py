"""What the next print makes: how many copies, why a reprint, recall date, named recipient."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.forms.service import MAX_COPIES, PrintJob

from ..cases.widgets import date_edit, py_date


class PrintOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reprint_of = ""  # the issued number when the next print is a reprint
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") + 48)
        self.copies.setAccessibleName(self.tr("Number of copies"))
        self.copies.setToolTip(self.tr("Each copy is printed with its own number (Bản số x/y) and entered in the copying register"))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. a copy for the dossier kept by the unit"))
        self.reason.setAccessibleName(self.tr("Reason for the reprint"))
        self.reason_label = QLabel(self.tr("&Reason for the reprint:"), self)
        self.reason_label.setBuddy(self.reason)
        self.recall = QCheckBox(self.tr("To be re&turned by:"), self)
        self.recall.setToolTip(self.tr("Prints \"TÀI LIỆU THU HỒI\" with the date by which the copies must come back"))
        self.recall_date = date_edit(self)
        self.recall_date.setAccessibleName(self.tr("Return date"))
        self.recall_date.setEnabled(False)
        self.named = QCheckBox(self.tr("Only the na&med person may open the envelope"), self)
        copies_label = QLabel(self.tr("&Copies:"), self)
        copies_label.setBuddy(self.copies)
        recall_row = QHBoxLayout()
        recall_row.addWidget(self.recall)
        recall_row.addWidget(self.recall_date, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(copies_label, self.copies)
        form.addRow(self.reason_label)
        form.addRow(self.reason)
        form.addRow(recall_row)
        form.addRow(self.named)
        self.recall.toggled.connect(self.recall_date.setEnabled)
        for signal in (self.copies.valueChanged, self.reason.textChanged, self.recall.toggled, self.named.toggled):
            signal.connect(self.changed)
        self.set_reprint("")

    def set_reprint(self, number: str) -> None:
        """Ask for a reason only when the service will: the document was issued before."""
        self.reprint_of = number
        self.reason.setVisible(bool(number))
        self.reason_label.setVisible(bool(number))

    def missing_reason(self) -> bool:
        return bool(self.reprint_of) and not self.reason.text().strip()

    def job(self) -> PrintJob:
        return PrintJob(copies=self.copies.value(), reason=self.reason.text().strip() if self.reprint_of else "",
                        recall_by=py_date(self.recall_date) if self.recall.isChecked() else None, named=self.named.isChecked())
