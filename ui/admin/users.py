"""Users & roles: list accounts, add, change role, disable, reset password, unlock."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from app import users
from app.domain.roles import Role
from app.session import Session
from app.users import User
from app.recall import RecallList, recall_draft, recall_list

from .. import theme
from ..dialogs import confirm, notify, show_error
from ..forms.launch import can_print, open_preview
from ..job_dialog import JobDialog
from ..labels import role_label
from ..password_fields import NewPasswordFields


def role_combo(parent: QWidget, current: Role = Role.OFFICER) -> QComboBox:
    combo = QComboBox(parent)
    for role in Role:
        combo.addItem(role_label(role), role.value)
    combo.setCurrentIndex(list(Role).index(current))
    return combo


class AddUserDialog(JobDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Add user"))
        self.ok_button.setText(self.tr("&Add"))
        self.username = QLineEdit(self)
        self.username.setMaxLength(32)
        self.full_name = QLineEdit(self)
        self.full_name.setMaxLength(200)
        self.role = role_combo(self)
        for text, w in ((self.tr("&User name:"), self.username), (self.tr("&Full name:"), self.full_name), (self.tr("R&ole:"), self.role)):
            label = QLabel(text, self)
            label.setBuddy(w)
            self.form.addRow(label, w)
        self.passwords = NewPasswordFields(self, self.form)
        self.username.textChanged.connect(lambda t: self.passwords.set_username(t.strip().lower()))
        self.username.textChanged.connect(self.update_ok)
        self.passwords.changed.connect(self.update_ok)
        self.update_ok()
        self.setMinimumWidth(480)

    def can_submit(self) -> bool:
        return bool(self.username.text().strip()) and self.passwords.is_acceptable()

    def work(self) -> Callable[[], Any]:
        s, name, pw = self.session, self.username.text().strip().lower(), self.passwords.text()
        role, full = Role(self.role.currentData()), self.full_name.text().strip()
        return lambda: users.add_user(s, name, pw, role, full)


class ResetPasswordDialog(JobDialog):
    def __init__(self, session: Session, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.username = session, username
        self.setWindowTitle(self.tr("Reset password"))
        self.ok_button.setText(self.tr("&Reset"))
        self.set_intro(self.tr(
            "Set a new password for {user}. The account is also unlocked and, if it was disabled, "
            "enabled again. Hand the password over in person."
        ).format(user=username))
        self.passwords = NewPasswordFields(self, self.form, username)
        self.passwords.changed.connect(self.update_ok)
        self.update_ok()
        self.setMinimumWidth(460)

    def can_submit(self) -> bool:
        return self.passwords.is_acceptable()

    def work(self) -> Callable[[], Any]:
        s, name, pw = self.session, self.username, self.passwords.text()
        return lambda: users.reset_password(s, name, pw)


class RecallDialog(QDialog):
    """What a user holds, to be collected: open cases, copies made, carriers out.

    Shown only, never copied to the clipboard: the list names secret documents.
    Printed only through the forms preview (numbered, registered as a copy), for
    the leaver and the receiver to sign when everything is collected."""

    def __init__(self, recall: RecallList, parent: QWidget | None = None, session: Session | None = None) -> None:
        import datetime as dt

        super().__init__(parent)
        self.recall = recall
        self.session = session
        self.preview_dialog = None
        self.setWindowTitle(self.tr("Recall: what {user} holds").format(user=recall.user))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(self.tr("Collect these before {user} leaves: hand the cases to another officer, take back the copies "
                              "(or have them destroyed and recorded) and the carriers.").format(user=recall.user)
                      if not recall.empty else self.tr("{user} holds nothing to collect.").format(user=recall.user))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Details"), self.tr("Since")])
        self.tree.setAccessibleName(self.tr("What the user holds"))

        def when(ts: float) -> str:
            return dt.datetime.fromtimestamp(ts).strftime("%d/%m/%Y")

        groups = (
            (self.tr("Cases assigned ({n})"), [(self.tr("Case {id}").format(id=c.id), f"{c.purpose}, {c.state.label_vi}", c.received_on)
                                               for c in recall.cases]),
            (self.tr("Copies made ({n})"), [(h.what, self.tr("copies {numbers}").format(numbers=", ".join(map(str, h.copy_numbers)))
                                             if h.copy_numbers else self.tr("{n} copy(ies), {where}").format(n=h.copies, where=h.destination),
                                             when(h.made_at)) for h in recall.copies]),
            (self.tr("Carriers out ({n})"), [(c.label, self.tr("permit {no}; {content}").format(no=u.permit_no, content=u.content),
                                              when(u.out_at)) for c, u in recall.carriers]),
        )
        for title, rows in groups:
            top = QTreeWidgetItem([title.format(n=len(rows))])
            self.tree.addTopLevelItem(top)
            for row in rows:
                top.addChild(QTreeWidgetItem(list(row)))
            top.setExpanded(True)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.print_button = buttons.addButton(self.tr("&Print the list…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(self.tr("Preview, then print or save the recall list for signatures; "
                                             "each copy is numbered and entered in the copying register."))
        self.print_button.setVisible(session is not None and can_print(session))
        self.print_button.clicked.connect(self.print_list)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.tree, 1)
        box.addWidget(buttons)
        self.resize(640, 420)

    def count(self) -> int:
        return sum(self.tree.topLevelItem(i).childCount() for i in range(self.tree.topLevelItemCount()))

    def print_list(self):
        if self.session is None or not can_print(self.session):
            return None
        user = self.recall.user
        self.preview_dialog = open_preview(self, self.session, self.tr("Recall list of {user}").format(user=user),
                                           lambda s: recall_draft(s, user))
        return self.preview_dialog


class UsersTab(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Users"))
        self.add_button = QPushButton(self.tr("&Add user…"), self)
        self.role_button = QPushButton(self.tr("Change r&ole…"), self)
        self.disable_button = QPushButton(self.tr("&Disable"), self)
        self.reset_button = QPushButton(self.tr("Reset &password…"), self)
        self.reset_button.setToolTip(self.tr("Also unlocks the account and enables it again if it was disabled."))
        self.unlock_button = QPushButton(self.tr("U&nlock"), self)
        self.recall_button = QPushButton(self.tr("Re&call list…"), self)
        self.recall_button.setToolTip(self.tr("What this user holds: cases, copies made, carriers out."))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.role_button, self.disable_button, self.reset_button, self.unlock_button, self.recall_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(buttons)
        box.addWidget(self.table)
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.disable_button.clicked.connect(self.disable_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock_user)
        self.recall_button.clicked.connect(self.show_recall)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.users: list[User] = []
        self.locked: set[str] = set()
        self.reload()

    # -- view --------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected().username if self.selected() else None
        try:
            self.users = users.list_users(self.session)
            self.locked = {u.username for u in self.users if users.is_locked_out(self.session, u.username)}
        except Exception as exc:
            show_error(self, exc)
            return
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            status = self.tr("Disabled") if not u.active else self.tr("Locked out") if u.username in self.locked else self.tr("Active")
            for col, text in enumerate((u.username, u.full_name, role_label(u.role), status)):
                item = QTableWidgetItem(text)
                if col == 3 and (not u.active or u.username in self.locked):
                    item.setForeground(theme.error_colour())  # dark red is unreadable on the dark palette
                self.table.setItem(row, col, item)
            if u.username == selected:
                self.table.selectRow(row)
        for col in (0, 2, 3):
            self.table.resizeColumnToContents(col)
        self._update_buttons()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.users[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        u = self.selected()
        self.role_button.setEnabled(u is not None and u.active)
        self.disable_button.setEnabled(u is not None and u.active and u.username != self.session.user.username)
        self.reset_button.setEnabled(u is not None)
        self.unlock_button.setEnabled(u is not None and u.username in self.locked)
        self.recall_button.setEnabled(u is not None)

    def _changed(self, message: str) -> None:
        self.reload()
        self.changed.emit()
        notify(self, message)

    # -- actions -----------------------------------------------------------
    def add_user(self) -> None:
        dlg = AddUserDialog(self.session, self)
        dlg.accepted.connect(lambda: self._added(dlg.result_value))
        dlg.open()

    def _added(self, user: User) -> None:
        self.reload()
        self.select(user.username)
        self.changed.emit()

    def change_role(self) -> None:
        u = self.selected()
        if u is None:
            return
        names = [role_label(r) for r in Role]
        name, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("New role of {user}:").format(user=u.username), names, names.index(role_label(u.role)), False)
        if ok and name != role_label(u.role):
            self.set_role(u.username, list(Role)[names.index(name)])

    def set_role(self, username: str, role: Role) -> None:
        try:
            users.set_role(self.session, username, role)
        except Exception as exc:
            show_error(self, exc)
            return
        self._changed(self.tr("{user} is now {role}.").format(user=username, role=role_label(role)))

    def disable_user(self) -> None:
        u = self.selected()
        if u and confirm(
            self, self.tr("Disable account"),
            self.tr("Disable the account {user}? The person can no longer log in; the history stays. "
                    "Reset the password to enable the account again.").format(user=u.username),
            self.tr("&Disable"),
        ):
            self.deactivate(u.username)

    def deactivate(self, username: str) -> None:
        try:
            users.deactivate_user(self.session, username)
        except Exception as exc:
            show_error(self, exc)
            return
        try:
            held = recall_list(self.session, username)
        except Exception as exc:  # noqa: BLE001 - the account is disabled; the list can be asked for again
            show_error(self, exc)
            held = None
        if held is None or held.empty:
            self._changed(self.tr("The account {user} was disabled.").format(user=username)
                          + ("" if held is None else " " + self.tr("{user} holds nothing to collect.").format(user=username)))
            return
        self.reload()
        self.changed.emit()
        self.recall_dialog = RecallDialog(held, self, self.session)
        self.recall_dialog.setWindowTitle(self.tr("{user} was disabled — what to collect").format(user=username))
        self.recall_dialog.open()

    def show_recall(self) -> RecallDialog | None:
        u = self.selected()
        if u is None:
            return None
        try:
            held = recall_list(self.session, u.username)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return None
        self.recall_dialog = RecallDialog(held, self, self.session)
        self.recall_dialog.open()
        return self.recall_dialog

    def reset_password(self) -> None:
        u = self.selected()
        if u is None:
            return
        dlg = ResetPasswordDialog(self.session, u.username, self)
        dlg.accepted.connect(lambda: self._changed(self.tr("The password of {user} was reset.").format(user=u.username)))
        dlg.open()

    def unlock_user(self) -> None:
        u = self.selected()
        if u is None:
            return
        try:
            users.unlock_user(self.session, u.username)
        except Exception as exc:
            show_error(self, exc)
            return
        self._changed(self.tr("The account {user} was unlocked.").format(user=u.username))
