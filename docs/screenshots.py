"""Take the user guide's screenshots from the real application.

    python docs/screenshots.py OUT_DIR [--lang vi en] [--fast] [--only NAME ...]

Each language goes to OUT_DIR/<lang>/NAME.png. The script makes a throw-away
vault with the first-start wizard itself, adds users, imports an Excel list,
fills synthetic dossiers and cases (app/demo.py), trusts a second unit, sends
and receives a bundle, backs up, and grabs each window or dialog on the way.
Nothing touches the user's own vault or settings.

Run it on a virtual X screen to see what a person sees
(`xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots.py docs/images --fast`)
or under QT_QPA_PLATFORM=offscreen (CI): widgets render themselves the same way.
`--fast` uses cheap key-derivation parameters; the pictures are the same.
The guide's pictures in docs/images are refreshed by hand with this script;
CI runs it into a temporary folder (tests/ui/test_screenshots.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MAIN_SIZE = (1100, 700)
DIALOG_SIZE = (900, 620)
PASSWORD = "Tuyen-Quang-2026!"
OTHER_PASSWORD = "Tinh-Uy-TQ-2026!"
UNIT_CODE, UNIT_NAME = "BTC-TQ", "Ban Tổ chức Tỉnh ủy Tuyên Quang"
OTHER_CODE, OTHER_NAME = "BTC-TW", "Ban Tổ chức Trung ương (trình diễn)"
DEMO_PERSONS = 240

# Every picture the guide uses, in the order taken. The test checks each one.
SHOTS = [
    "first-start-unit", "first-start-admin", "first-start-recovery", "first-start-done",
    "dossiers-empty", "users-add", "users",
    "excel-file", "excel-mapping", "excel-preview", "excel-result",
    "start", "dossiers", "dossier", "dossier-level",
    "cases", "case-new", "case-checklist", "case-propose", "case-concluded",
    "print-preview",
    "exchange-units", "exchange-send", "exchange-receive", "exchange-conflicts",
    "registers", "registers-slip",
    "compliance", "compliance-extend", "compliance-carriers", "compliance-destruction", "compliance-incidents",
    "compliance-yearly",
    "reports",
    "backup", "help", "login", "recovery-key",
]


class Shooter:
    def __init__(self, out: Path, work: Path, only: set[str] | None) -> None:
        self.out = out
        self.work = work
        self.only = only
        self.taken: list[str] = []

    # -- waiting and grabbing ------------------------------------------------
    @staticmethod
    def settle(ms: int = 150) -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.01)

    @staticmethod
    def wait(predicate: Callable[[], bool], timeout: float = 60.0, what: str = "") -> None:
        from PySide6.QtWidgets import QApplication

        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError(f"timed out waiting for {what or predicate}")
            QApplication.processEvents()
            time.sleep(0.01)

    def shot(self, widget, name: str) -> None:
        assert name in SHOTS, name
        if self.only and name not in self.only:
            return
        from ui.worker import wait_all

        wait_all()
        self.settle(200)
        image = widget.grab().toImage()
        path = self.out / f"{name}.png"
        save_small_png(image, path)
        self.taken.append(name)
        print(f"  {path}", flush=True)


def save_small_png(image, path: Path) -> None:
    """A screenshot to a palette PNG: a fraction of the size, text still crisp."""
    from PySide6.QtCore import QBuffer, QIODevice

    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    data = bytes(buf.data())
    try:
        import io

        from PIL import Image

        im = Image.open(io.BytesIO(data)).convert("RGB")
        small = im.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, optimize=True)
    except ImportError:  # Pillow comes with reportlab; without it the PNG is just larger
        path.write_bytes(data)


def write_excel_list(path: Path) -> Path:
    """A party cell's member list as offices keep them: a title, a blank row, then the header."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["DANH SÁCH ĐẢNG VIÊN CHI BỘ PHÒNG TỔ CHỨC"])
    ws.append([])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Quê quán", "Chức vụ"])
    rows = [
        ("Nguyễn Văn An", dt.date(1980, 2, 1), "Nam", "008080000101", "xã Yên Sơn, Tuyên Quang", "Trưởng phòng"),
        ("Trần Thị Bình", "15/07/1985", "Nữ", "008185000102", "phường Minh Xuân, Tuyên Quang", "Chuyên viên"),
        ("Lê Văn Cường", "32/13/1990", "Nam", "", "xã Kim Bình, Tuyên Quang", "Chuyên viên"),
        ("Phạm Thị Dung", "03/1975", "Nữ", "008175000104", "xã Tân Trào, Tuyên Quang", "Phó Trưởng phòng"),
        ("Hoàng Văn Em", dt.date(1992, 11, 20), "Nam", "008092000105", "xã Hùng Lợi, Tuyên Quang", "Chuyên viên"),
        ("Nguyễn Văn An", dt.date(1980, 2, 1), "Nam", "008080000101", "xã Yên Sơn, Tuyên Quang", "Trưởng phòng"),
    ]
    for i, row in enumerate(rows, 1):
        ws.append([i, *row])
    wb.save(path)
    return path


def take_all(out: Path, lang: str, only: set[str] | None = None) -> list[str]:
    """Every picture for one language; returns the names taken."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    app = QApplication.instance()
    i18n.install(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hoso-shots-") as tmp:
        s = Shooter(out, Path(tmp), only)
        _first_start_and_onwards(s)
    return s.taken


def _first_start_and_onwards(s: Shooter) -> None:
    from PySide6.QtWidgets import QWizard

    from app import cases, demo, dossiers
    from app.domain.roles import Role
    from app.users import add_user
    from app.vault import open_vault
    from ui.wizard import FirstStartWizard
    from ui.worker import wait_all

    vault_dir = s.work / "vault"
    # -- first start: the wizard itself --------------------------------------
    wizard = FirstStartWizard(vault_dir)
    wizard.resize(760, 560)
    wizard.show()
    wizard.unit_page.code.setText(UNIT_CODE)
    wizard.unit_page.name.setText(UNIT_NAME)
    s.shot(wizard, "first-start-unit")
    wizard.next()
    admin = wizard.admin_page
    admin.full_name.setText("Nguyễn Văn Quản")
    admin.passwords.password.setText(PASSWORD)
    admin.passwords.confirm.setText(PASSWORD)
    s.shot(wizard, "first-start-admin")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    s.wait(lambda: wizard.currentId() == FirstStartWizard.RECOVERY, 120, "the vault to be created")
    s.shot(wizard, "first-start-recovery")
    wizard.recovery_page.written.setChecked(True)
    wizard.next()
    groups = wizard.recovery_key.split("-")
    page = wizard.confirm_page
    for edit, index in zip(page.inputs, page.group_indices):
        edit.setText(groups[index])
    wizard.button(QWizard.WizardButton.CommitButton).click()
    s.wait(lambda: wizard.currentId() == FirstStartWizard.DONE, 30, "the last wizard page")
    s.shot(wizard, "first-start-done")
    recovery_key = wizard.recovery_key
    session = wizard.session
    wizard.session = None
    wizard.hide()
    wizard.deleteLater()

    # -- an empty vault, users -------------------------------------------------
    window = _main_window(s, session)
    window.show_area(_area(window, "dossiers"))
    s.wait(lambda: window.workspace.dossiers.model.total == 0, 30, "the empty list")
    s.shot(window, "dossiers-empty")
    window.show_area(_area(window, "admin"))
    users_tab = window.workspace.admin.users
    window.workspace.admin.show_tab(users_tab)
    from ui.admin.users import AddUserDialog

    dlg = AddUserDialog(session, window)
    dlg.username.setText("canbo")
    dlg.full_name.setText("Trần Thị Thu")
    dlg.role.setCurrentIndex(max(0, dlg.role.findData(Role.OFFICER.value)))
    dlg.passwords.password.setText("Can-Bo-Tham-Tra-7#")
    dlg.passwords.confirm.setText("Can-Bo-Tham-Tra-7#")
    dlg.show()
    s.shot(dlg, "users-add")
    dlg.reject()
    wait_all()
    for username, full_name, role in (("canbo", "Trần Thị Thu", Role.OFFICER), ("lanhdao", "Lê Văn Hùng", Role.LEADER),
                                      ("vanthu", "Phạm Thị Lan", Role.CLERK)):
        add_user(session, username, PASSWORD, role, full_name)
    users_tab.reload()
    s.shot(window, "users")

    # -- Excel import ------------------------------------------------------------
    window.show_area(_area(window, "dossiers"))
    page = window.workspace.dossiers
    page.import_button.click()
    wizard = page.import_wizard
    wizard.resize(*DIALOG_SIZE)
    xlsx = write_excel_list(s.work / "danh-sach-chi-bo.xlsx")
    wizard.file_page.path.setText(str(xlsx))
    s.shot(wizard, "excel-file")
    for expected in (1, 2):
        wizard.next()
        s.wait(lambda: wizard.currentId() == expected and not wizard.busy, 90, "the Excel wizard")
    s.shot(wizard, "excel-mapping")
    wizard.next()
    s.wait(lambda: wizard.currentId() == 3 and not wizard.busy, 90, "the import preview")
    s.shot(wizard, "excel-preview")
    wizard.next()
    s.wait(lambda: wizard.currentId() == 4 and not wizard.busy, 90, "the import")
    s.shot(wizard, "excel-result")
    wizard.accept()
    wait_all()

    # -- demo data, then the everyday areas ------------------------------------------
    window.close()
    wait_all()
    session = open_vault(vault_dir, "admin", PASSWORD)
    demo.fill(session, DEMO_PERSONS, with_scans=5, case_every=6)
    session.close()
    session = open_vault(vault_dir, "admin", PASSWORD)
    window = _main_window(s, session)
    s.wait(lambda: window.workspace.start.isVisible(), 10, "the start page")
    s.shot(window, "start")
    window.show_area(_area(window, "dossiers"))
    page = window.workspace.dossiers
    s.wait(lambda: not page.model.searching and page.model.total, 30, "the dossier list")
    page.table.selectRow(2)
    s.shot(window, "dossiers")
    person = _person_with_family(session)
    page.open_person(person.id)
    s.wait(lambda: person.id in page.editors, 30, "the dossier editor")
    editor = page.editors[person.id]
    editor.resize(*DIALOG_SIZE)
    s.shot(editor, "dossier")
    # Saving another level asks for the decision (ui/dossiers/level_dialog.py).
    level = editor.identity.inputs["secrecy"]
    level.setCurrentIndex(level.findData(int(min(person.secrecy + 1, 3)) if person.secrecy < 3 else 2))
    editor.save()
    s.wait(lambda: editor.level_dialog is not None and editor.level_dialog.isVisible(), 10, "the level decision dialog")
    dialog = editor.level_dialog
    if not dialog.lowers:
        dialog.reason.setText("Hồ sơ có thêm tài liệu về quan hệ nước ngoài")
        dialog.by_decision.setChecked(True)
    dialog.number.setText("27-QĐ/BTCTU")
    dialog.authority.setText("Trưởng Ban Tổ chức Tỉnh ủy")
    dialog.resize(max(dialog.width(), 560), dialog.height())
    s.shot(dialog, "dossier-level")
    dialog.reject()
    wait_all()
    level.setCurrentIndex(level.findData(int(person.secrecy)))
    editor.close()
    wait_all()

    # -- cases ---------------------------------------------------------------------
    from app.workflow.states import CaseState, ItemStatus
    from ui.cases.new_case_dialog import NewCaseDialog
    from ui.cases.propose_dialog import ProposeDialog

    window.show_area(_area(window, "cases"))
    cpage = window.workspace.cases
    s.wait(lambda: cpage.proxy.rowCount() > 0, 30, "the case list")
    cpage.table.selectRow(0)
    s.shot(window, "cases")
    dlg = NewCaseDialog(window, session)
    dlg.resize(640, 560)
    dlg.show()
    dlg.search.setText("Nguyễn Văn An")
    dlg.run_search()
    s.wait(lambda: dlg.results.count() > 0, 30, "people found")
    dlg.results.setCurrentRow(0)
    dlg.unit.setText("Đảng ủy Sở Nội vụ")
    dlg.post.setText("Phó Giám đốc Sở Nội vụ")
    s.shot(dlg, "case-new")
    dlg.reject()
    wait_all()
    imported = dossiers.search_persons(session, "Nguyễn Văn An").rows[0]
    cid = cases.create_case(session, imported.id, "appointment", requesting_unit="Đảng ủy Sở Nội vụ",
                            target_post="Phó Giám đốc Sở Nội vụ").case.id
    cases.advance(session, cid, CaseState.COLLECTING)
    for item in cases.get_case(session, cid).items[:3]:
        cases.check_item(session, cid, item.code, ItemStatus.DONE, "Đã đối chiếu hồ sơ gốc")
    win = cpage.windows.open(cid)
    s.wait(lambda: win.view is not None, 30, "the case window")
    win.resize(*MAIN_SIZE)
    s.shot(win, "case-checklist")
    cases.advance(session, cid, CaseState.VERIFYING)
    for item in cases.get_case(session, cid).items:
        if item.status.is_open:
            cases.check_item(session, cid, item.code, ItemStatus.DONE, "Đã kiểm tra, xác minh")
    cases.advance(session, cid, CaseState.APPRAISING)
    propose = ProposeDialog(win, session, cid)
    propose.reasons.setPlainText("Đã thẩm tra lý lịch bản thân và gia đình, xác minh tại địa phương; "
                                 "không phát hiện vấn đề về chính trị.")
    propose.show()
    s.shot(propose, "case-propose")
    propose.reject()
    wait_all()
    cases.advance(session, cid, CaseState.AWAITING_DECISION, outcome="meets", note="Bảo đảm tiêu chuẩn chính trị")
    lead = open_vault(vault_dir, "lanhdao", PASSWORD)
    try:
        cases.advance(lead, cid, CaseState.CONCLUDED, note="Đồng ý với đề xuất")
    finally:
        lead.close()
    win.reload_after_change()
    s.wait(lambda: win.view is not None and win.view.case.state is CaseState.CONCLUDED, 30, "the concluded case")
    s.shot(win, "case-concluded")
    preview = win.forms_box.open("conclusion")
    s.wait(lambda: preview.preview is not None, 60, "the print preview")
    preview.resize(*DIALOG_SIZE)
    s.shot(preview, "print-preview")
    preview.reject()
    win.close()
    wait_all()

    # -- exchange with a second unit ---------------------------------------------------
    from app import carriers
    from app.domain.partial_date import PartialDate
    from app.domain.person import Person
    from app.domain.secrecy import SecrecyLevel
    from app.exchange import bundles, units
    from app.vault import create_vault

    # The sticks are registered carriers; USB-01 is out under a permit when the bundle is written to it.
    today = dt.date.today()
    for label, serial in (("USB-01", "0781-5581-4C53-1A2B"), ("USB-02", "090C-1000-7F3A-22C1"), ("USB-03", "0951-1666-AB12-0003")):
        carriers.register_carrier(session, label, serial, secrecy=SecrecyLevel.MAT, notes="Tủ sắt phòng văn thư")
    carriers.take_out(session, "USB-01", "vanthu", "05/GP-BTCTU", today, "Phó Trưởng ban Thường trực",
                      "Chuyển hồ sơ cho Ban Tổ chức Trung ương")
    carriers.take_out(session, "USB-03", "canbo", "04/GP-BTCTU", today, "Phó Trưởng ban Thường trực", "Sao lưu cuối tuần")
    carriers.return_carrier(session, "USB-03")
    other_dir = s.work / "other"
    create_vault(other_dir, OTHER_CODE, OTHER_NAME, "admin", OTHER_PASSWORD, "Quản trị").vault.close()
    other = open_vault(other_dir, "admin", OTHER_PASSWORD)
    try:
        for a, b in ((session, other), (other, session)):
            card = s.work / f"{b.vault.unit_code()}.hosocard"
            fingerprint = units.export_card(b, card).fingerprint
            units.trust_unit(a, card.read_bytes(), fingerprint)
        usb_out, usb_in = s.work / "usb-out", s.work / "usb-in"
        usb_out.mkdir()
        usb_in.mkdir()
        bundles.export_bundle(session, [OTHER_CODE], usb_out, person_ids=[imported.id], case_ids=[cid], carrier="USB-01")
        khoi, mai = (dossiers.create_person(other, Person(full_name=name, birth_date=PartialDate(1983, 5, 9), unit="Vụ Địa phương I",
                                                          position="Chuyên viên chính", secrecy=SecrecyLevel.MAT)).id
                     for name in ("Đỗ Minh Khôi", "Lò Thị Mai"))
        # Mai's dossier came here once; both sides changed it since: the next bundle brings a conflict.
        first = bundles.export_bundle(other, [UNIT_CODE], usb_in, person_ids=[mai], carrier="USB-TW-02")
        bundles.import_bundle(session, first.path, receipt_dir=s.work)
        first.path.unlink()
        mine = next(r.id for r in dossiers.search_persons(session, "Lò Thị Mai").rows)
        _change(session, mine, position="Phó Vụ trưởng", notes="Đã xác minh tại địa phương tháng 3")
        _change(other, mai, unit="Vụ Địa phương II", notes="Điều động sang Vụ Địa phương II")
        incoming = bundles.export_bundle(other, [UNIT_CODE], usb_in, person_ids=[khoi, mai], carrier="USB-TW-03")
    finally:
        other.close()
    window.close()
    wait_all()
    session = open_vault(vault_dir, "admin", PASSWORD)
    window = _main_window(s, session)
    window.show_area(_area(window, "exchange"))
    xpage = window.workspace.exchange
    xpage.tabs.setCurrentWidget(xpage.units)
    s.wait(lambda: xpage.units.table.rowCount() > 0 if hasattr(xpage.units, "table") else True, 20, "the units")
    s.shot(window, "exchange-units")
    xpage.tabs.setCurrentWidget(xpage.send)
    wizard = xpage.send.open_wizard()
    wizard.resize(*DIALOG_SIZE)
    content = wizard.content_page
    s.wait(lambda: content.found.count() > 0, 30, "people to send")
    content.search.setText("Nguyễn Văn An")
    content.run_search()
    s.wait(lambda: content.found.count() > 0 and "An" in content.found.item(0).text(), 30, "the person to send")
    content.found.setCurrentRow(0)
    content.add_person_button.click()
    s.shot(wizard, "exchange-send")
    wizard.reject()
    wait_all()
    xpage.tabs.setCurrentWidget(xpage.receive)
    tab = xpage.receive
    _quiet(s)
    tab.show_file(incoming.path)
    s.wait(lambda: tab.found is not None or tab.error.isVisible(), 30, "the bundle header")
    if tab.found is None:
        raise RuntimeError(f"the bundle was not read: {tab.error.text()}")
    s.wait(lambda: tab.preview_button.isEnabled(), 30, "the preview button")
    tab.preview_button.click()
    s.wait(lambda: tab.preview is not None, 60, "the bundle preview")
    s.shot(window, "exchange-receive")
    tab.import_button.click()
    s.wait(lambda: tab.result is not None, 60, "the import")
    xpage.show_conflicts()
    conflicts_tab = xpage.conflicts
    s.wait(lambda: conflicts_tab.comparison is not None, 30, "the two versions")
    conflicts_tab.tick("unit")  # their unit is taken in a merge
    s.shot(window, "exchange-conflicts")

    _registers(s, window, session)
    _compliance(s, window, session)
    # A fresh window and connection for the rest (see _quiet).
    window.close()
    wait_all()
    session.close()
    session = open_vault(vault_dir, "admin", PASSWORD)
    window = _main_window(s, session)
    window.show_area(_area(window, "compliance"))
    page = window.workspace.compliance
    yearly = page.by_name["YearlyTab"]
    page.tabs.setCurrentWidget(yearly)
    s.wait(lambda: (yearly.report is not None or yearly.status.text() not in ("", yearly.tr("Counting…")))
           and not yearly.busy, 60, "the yearly report")
    if yearly.report is None:
        raise RuntimeError(f"the yearly report was not counted: {yearly.status.text()}")
    s.shot(window, "compliance-yearly")
    window.show_area(_area(window, "reports"))
    s.settle(300)
    s.shot(window, "reports")

    # -- backup, login, recovery key -------------------------------------------------------
    window.show_area(_area(window, "admin"))
    backup_tab = window.workspace.admin.backup
    window.workspace.admin.show_tab(backup_tab)
    backups = s.work / "backups"
    backups.mkdir()
    backup_tab.backup_to(backups)
    s.wait(lambda: backup_tab.job is None, 120, "the backup")
    s.shot(window, "backup")

    from ui.help import HelpWindow

    help_window = HelpWindow(section="cases", parent=window)
    help_window.resize(900, 640)
    help_window.show()
    s.shot(help_window, "help")
    help_window.close()
    window.close()
    wait_all()

    from ui.login import LoginDialog, RecoveryDialog

    login = LoginDialog(vault_dir, "canbo")
    login.show()
    s.shot(login, "login")
    recovery = RecoveryDialog(vault_dir, "canbo", login)
    recovery.key.setText(recovery_key)
    recovery.new_password.password.setText("Mat-Khau-Moi-2026#")
    recovery.new_password.confirm.setText("Mat-Khau-Moi-2026#")
    recovery.show()
    s.shot(recovery, "recovery-key")
    recovery.reject()
    login.reject()
    wait_all()


AREAS = ("start", "dossiers", "cases", "registers", "exchange", "compliance", "reports", "admin")


def _area(window, name: str) -> int:
    ws = window.workspace
    pages = {"start": ws.start, "dossiers": ws.dossiers, "cases": ws.cases, "registers": ws.registers,
             "exchange": ws.exchange, "compliance": ws.compliance, "reports": ws.reports, "admin": ws.admin}
    return ws.pages.indexOf(pages[name])


def _main_window(s: Shooter, session):
    from ui.main_window import MainWindow

    window = MainWindow(session)
    window.resize(*MAIN_SIZE)
    window.show()
    _quiet(s)
    return window


def _quiet(s: Shooter) -> None:
    """Let the background reads started so far finish before the next step starts its own: the jobs
    of one window share the vault's connection, and reads running at once upset its statement cache
    (a later query then fails with KeyError; reported to the lead)."""
    from ui.worker import wait_all

    s.settle(300)
    wait_all()
    s.settle(100)


def _person_with_family(session):
    """A synthetic dossier with a spouse and children: the editor's family tab has something to show."""
    from app import dossiers

    for row in dossiers.search_persons(session, "").rows[:60]:
        person = dossiers.get_person(session, row.id)
        if len(person.relatives) >= 5:
            return person
    return dossiers.get_person(session, dossiers.search_persons(session, "").rows[0].id)


def _change(session, person_id: int, **values) -> None:
    from app import dossiers

    p = dossiers.get_person(session, person_id)
    for k, v in values.items():
        setattr(p, k, v)
    dossiers.update_person(session, p)


def _registers(s: Shooter, window, session) -> None:
    """Paper documents entered by hand, one cancelled and one corrected, a closed volume; the hand-over slip."""
    from app import registers
    from app.domain.secrecy import SecrecyLevel
    from ui.worker import wait_all

    today = dt.date.today().strftime("%d/%m/%Y")
    papers = [("Tỉnh ủy Tuyên Quang", "215-CV/TU", "Công văn", "V/v thẩm tra lý lịch cán bộ dự nguồn Ban Chấp hành"),
              ("Công an tỉnh Tuyên Quang", "88/CAT-PA04", "Công văn", "Kết quả xác minh nhân thân ông Nguyễn Văn An"),
              ("Huyện ủy Yên Sơn", "41-BC/HU", "Báo cáo", "Kết quả xác minh lý lịch đảng viên dự bị"),
              ("Đảng ủy Sở Nội vụ", "12-TTr/ĐU", "Tờ trình", "Đề nghị thẩm định tiêu chuẩn chính trị")]
    entries = [registers.add_entry(session, "incoming", SecrecyLevel.MAT,
                                   {"date_received": today, "sender": sender, "number_symbol": number, "document_date": today,
                                    "type": kind, "abstract": abstract, "receiver": "Phạm Thị Lan"})
               for sender, number, kind, abstract in papers[:3]]
    registers.cancel_entry(session, "incoming", entries[1].id, "Ghi trùng với số đến của gói tin")
    registers.correct_entry(session, "incoming", entries[2].id, "number_symbol", "41-BC/HU-TC", "Ghi thiếu ký hiệu")
    registers.close_volume(session, "incoming")
    sender, number, kind, abstract = papers[3]
    registers.add_entry(session, "incoming", SecrecyLevel.MAT,
                        {"date_received": today, "sender": sender, "number_symbol": number, "document_date": today,
                         "type": kind, "abstract": abstract, "receiver": "Phạm Thị Lan"})
    window.show_area(_area(window, "registers"))
    page = window.workspace.registers
    page.tabs.setCurrentWidget(page.incoming)
    page.incoming.show_volume(1)
    s.wait(lambda: page.incoming.model.rowCount() >= 3 and page.incoming.volume_box.count() > 2, 30, "the closed volume")
    page.incoming.table.selectRow(2)
    s.shot(window, "registers")
    page.tabs.setCurrentWidget(page.outgoing)
    s.wait(lambda: page.outgoing.model.rowCount() > 0, 30, "the outgoing book")
    page.outgoing.table.selectRow(0)
    dialog = page.slip()
    dialog.widgets["receiver"].setText("Đỗ Văn Giao (giao liên)")
    dialog.widgets["copy_numbers"].setText("01")
    s.shot(dialog, "registers-slip")
    dialog.run()
    s.wait(lambda: page.preview is not None, 60, "the hand-over slip")
    page.preview.reject()
    wait_all()


def _compliance(s: Shooter, window, session) -> None:
    """Terms ending soon, a decision, carriers, a destruction, an incident, the yearly report."""
    from app import destruction, dossiers, incidents
    from app.destruction import ItemKind, ItemSpec, Member
    from app.domain.secrecy import SecrecyLevel
    from app.incidents import IncidentKind, NewIncident
    from app.secrecy import lifecycle
    from ui.worker import wait_all

    today = dt.date.today()
    # A shorter term stated for some dossiers: their end comes within the warning window.
    rows = [r for r in dossiers.search_persons(session, "").rows[:80]
            if dossiers.get_person(session, r.id).secrecy >= SecrecyLevel.MAT][:3]
    for n, (row, days) in enumerate(zip(rows, (25, 58, 84)), 1):
        lifecycle.set_term(session, "person", row.id,
                           lifecycle.DecisionInfo(f"{10 + n}-QĐ/BTCTU", today, "Trưởng Ban Tổ chức Tỉnh ủy",
                                                  "Thời hạn bảo vệ ghi trong quyết định xác định độ mật"),
                           until=today + dt.timedelta(days=days))
    paper = ItemSpec(ItemKind.PAPER, "", "02", "15-BC/BTCTU", "Báo cáo thẩm tra lý lịch (bản sao hết giá trị sử dụng)")
    council = [Member("Lê Văn Hùng", "Phó Trưởng ban, Chủ tịch Hội đồng"), Member("Phạm Thị Lan", "Văn thư"),
               Member("Trần Thị Thu", "Chuyên viên")]
    done = destruction.propose(session, [paper], council, "Đốt tại lò của cơ quan", "Hết giá trị sử dụng")
    destruction.decide(session, done.id, "31-QĐ/BTCTU", today, "Trưởng Ban Tổ chức Tỉnh ủy")
    destruction.execute(session, done.id, confirmed=True)
    proposed = destruction.propose(
        session, [ItemSpec(ItemKind.CARRIER, "USB-03"),
                  ItemSpec(ItemKind.PAPER, "", "01", "09-CV/BTCTU", "Danh sách cán bộ dự nguồn (bản nháp)")],
        council, "USB: đập vỡ bộ nhớ; giấy: nghiền nhỏ", "Thiết bị hỏng, bản nháp không còn dùng")
    destruction.decide(session, proposed.id, "36-QĐ/BTCTU", today, "Trưởng Ban Tổ chức Tỉnh ủy")
    incidents.add(session, NewIncident(
        IncidentKind.LOSS, SecrecyLevel.MAT, (dt.datetime.now() - dt.timedelta(hours=2)).replace(second=0, microsecond=0), "Phạm Thị Lan",
        "Bản số 02 của Công văn 215-CV/TU (Mật)", "Để lẫn trong tài liệu mang đi họp, không thu hồi được",
        "07-BC/BTCTU", today, "Trưởng Ban Tổ chức Tỉnh ủy", "Rà soát sổ giao nhận; thông báo nơi nhận"))

    window.show_area(_area(window, "compliance"))
    page = window.workspace.compliance
    terms = page.by_name["TermsTab"]
    page.tabs.setCurrentWidget(terms)
    terms.reload()
    s.wait(lambda: len(terms.items) >= 3, 30, "the terms ending soon")
    s.shot(window, "compliance")
    terms.table.selectRow(len(terms.items) - 1)
    dialog = terms.open_decision("extend")
    dialog.number.setText("42-QĐ/BTCTU")
    dialog.authority.setText("Trưởng Ban Tổ chức Tỉnh ủy")
    dialog.reason.setText("Hồ sơ còn sử dụng cho công tác quy hoạch")
    dialog.resize(max(dialog.width(), 620), dialog.height())
    s.shot(dialog, "compliance-extend")
    dialog.reject()
    for name, shot in (("CarriersTab", "compliance-carriers"), ("DestructionTab", "compliance-destruction"),
                       ("IncidentsTab", "compliance-incidents")):
        tab = page.by_name[name]
        _quiet(s)
        page.tabs.setCurrentWidget(tab)
        s.settle(300)
        wait_all()
        if name == "CarriersTab":
            s.wait(lambda: tab.table.rowCount() >= 3, 30, "the carriers")
            tab.select("USB-02")  # USB-01, out, keeps its red status
        elif name == "DestructionTab":
            s.wait(lambda: tab.list.rowCount() >= 2, 30, "the destruction procedures")
            tab.list.selectRow(next(i for i, p in enumerate(tab.procedures) if p.id == proposed.id))
        else:
            s.wait(lambda: tab.model.rowCount() >= 1, 30, "the incidents")
        s.shot(window, shot)
    _quiet(s)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Take the user guide's screenshots from the real application.")
    parser.add_argument("out", type=Path, help="folder for the pictures (a subfolder per language)")
    parser.add_argument("--lang", nargs="+", default=["vi", "en"], choices=["vi", "en"])
    parser.add_argument("--fast", action="store_true", help="cheap key derivation (tests, CI); same pictures")
    parser.add_argument("--only", nargs="+", default=None, choices=SHOTS, metavar="NAME")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.fast:
        from crypto import kdf

        kdf.calibrate = lambda *a, **k: kdf.fast_params_for_tests()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings_dir = tempfile.mkdtemp(prefix="hoso-shots-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app.setOrganizationName("HoSo-screenshots")
    app.setApplicationName("HoSo-screenshots")
    from ui import theme

    theme.apply(app, theme.LIGHT)  # as the application starts (ui/main.py), in the light palette
    from ui import layout_memory

    try:
        for lang in args.lang:
            print(f"{lang}:", flush=True)
            layout_memory.forget_all()
            take_all(args.out / lang, lang, set(args.only) if args.only else None)
    finally:
        shutil.rmtree(settings_dir, ignore_errors=True)  # the throw-away settings, not left in /tmp
    return 0


if __name__ == "__main__":
    sys.exit(main())
