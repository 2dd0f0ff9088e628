"""The first-start wizard, driven click by click to a real vault."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from app.vault import is_vault, open_vault
from crypto.recovery import parse
from ui.wizard import FirstStartWizard

PW = "Mat-Khau-Rat-Dai-2024!"


def _click(wizard: QWizard, button: QWizard.WizardButton) -> None:
    wizard.button(button).click()


def test_wizard_creates_a_vault_and_checks_the_recovery_key(qtbot, tmp_path, fast_kdf):
    # fast_kdf: crypto.kdf.calibrate returns cheap parameters (the only patch).
    path = tmp_path / "new-vault"
    wizard = FirstStartWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    # Unit page: Next stays off until the code is valid and a name given.
    assert not next_button.isEnabled()
    wizard.unit_page.code.setText("BTC HN")  # a space breaks the core's unit-code rule
    wizard.unit_page.name.setText("Ban Tổ chức Thành ủy")
    assert not wizard.unit_page.isComplete() and not next_button.isEnabled()
    wizard.unit_page.code.setText("BTC-HN")
    assert next_button.isEnabled()
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FirstStartWizard.ADMIN

    # Admin page: "Create vault" only with an acceptable, repeated password.
    admin = wizard.admin_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    admin.full_name.setText("Nguyễn Văn A")
    admin.passwords.password.setText("short")
    assert not admin.passwords.meter.acceptable and not commit.isEnabled()
    admin.passwords.password.setText(PW)
    admin.passwords.confirm.setText(PW + "x")
    assert admin.passwords.mismatch.isVisibleTo(admin) and not commit.isEnabled()
    admin.passwords.confirm.setText(PW)
    assert commit.isEnabled()
    _click(wizard, QWizard.WizardButton.CommitButton)

    # Creation runs in a worker, then the wizard moves on by itself.
    qtbot.waitUntil(lambda: wizard.currentId() == FirstStartWizard.RECOVERY, timeout=20000)
    assert is_vault(path)
    assert not admin.passwords.password.text()  # the password left the GUI
    groups = wizard.recovery_key.split("-")
    assert [l.text() for l in wizard.recovery_page.groups.group_labels] == groups
    parse(wizard.recovery_key)  # a well-formed key
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.recovery_page.written.setChecked(True)
    _click(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == FirstStartWizard.CONFIRM

    # Confirm page: a wrong group is refused, the right ones accepted.
    page = wizard.confirm_page
    first, second = page.group_indices
    assert first != second
    assert str(first + 1) in page.labels[0].text() and str(second + 1) in page.labels[1].text()
    page.inputs[0].setText(groups[first])
    page.inputs[1].setText("ZZZZ" if groups[second] != "ZZZZ" else "YYYY")
    _click(wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == FirstStartWizard.CONFIRM
    assert page.error.isVisibleTo(page)
    page.inputs[1].setText(groups[second].lower())  # typed in lower case: still right
    _click(wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == FirstStartWizard.DONE

    # Last page: the unit fingerprint, then Finish hands over the session.
    assert wizard.done_page.fingerprint.text() == wizard.fingerprint
    assert "BTC-HN" in wizard.done_page.unit.text()
    session = wizard.session
    assert session.user.username == "admin" and session.vault.unit_code() == "BTC-HN"
    _click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    session.close()

    again = open_vault(path, "admin", PW)
    assert again.vault.unit_fingerprint() == wizard.fingerprint
    again.close()


def test_wizard_rejects_a_bad_username(qtbot, tmp_path):
    wizard = FirstStartWizard(tmp_path / "v")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.unit_page.code.setText("DV")
    wizard.unit_page.name.setText("Đơn vị")
    wizard.next()
    admin = wizard.admin_page
    admin.username.setText("A")
    admin.passwords.password.setText(PW)
    admin.passwords.confirm.setText(PW)
    assert admin.username_error.isVisibleTo(admin)
    assert not admin.isComplete()
    admin.username.setText("quantri")
    assert admin.isComplete()
