"""The yearly report and incidents tabs of "Secrets protection": real widgets, a real vault, real files read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate

from app import incidents
from app.domain.secrecy import SecrecyLevel as L
from app.incidents import IncidentKind, NewIncident
from app.store import copies, registers
from ui.worker import wait_all

from .test_forms_helpers import save_pdf, wait_shown

YEAR = 2025


class Said:
    """Scripted answers to the tabs' questions; records what was asked."""

    def __init__(self, save_to: Path | None = None, yes: bool = True, reason: str | None = "Ghi nhầm") -> None:
        self.save_to, self.yes, self.the_reason = save_to, yes, reason
        self.asked: list[str] = []

    def confirm(self, parent, title, text, yes_text) -> bool:
        self.asked.append(text)
        return self.yes

    def save_file(self, parent, title, suggested) -> Path | None:
        self.asked.append(f"save:{suggested}")
        return self.save_to

    def reason(self, parent, title, label) -> str | None:
        self.asked.append(label)
        return self.the_reason


def _page(qtbot, window, tab: str):
    wait_all()
    ws = window.workspace
    window.show_area(ws.pages.indexOf(ws.compliance))
    page = ws.compliance
    widget = page.by_name[tab]
    page.tabs.setCurrentWidget(widget)
    qtbot.waitUntil(widget.isVisible, timeout=5000)
    return widget


def _seed(session) -> None:
    """One incoming Tối mật entry and one leak (Mật) inside 2025's window, one loss just before it."""
    with session.vault.transaction() as c:
        e = registers.add(c, "incoming", "admin", L.TOI_MAT, {"abstract": "Công văn đến"})
        c.execute("UPDATE registers SET created_at = ? WHERE id = ?", (dt.datetime(2024, 12, 15, 0, 0).timestamp(), e.id))
    for kind, when in (("leak", dt.datetime(2025, 5, 2, 9, 0)), ("loss", dt.datetime(2024, 12, 14, 23, 59))):
        incidents.add(session, NewIncident(IncidentKind(kind), L.MAT, when, "Trần Văn Bảo", "Bản số 1 Tờ trình 5-TTr/BTCTU",
                                           report_no="1-BC/BTCTU", report_date=when.date(), reported_to="Thường trực Tỉnh ủy"))


def test_the_tabs_are_in_the_secrets_protection_area(admin_window):
    names = admin_window.workspace.compliance.by_name
    assert {"YearlyTab", "IncidentsTab"} <= set(names)
    titles = [admin_window.workspace.compliance.tabs.tabText(i) for i in range(admin_window.workspace.compliance.tabs.count())]
    assert names["YearlyTab"].windowTitle() in titles and names["IncidentsTab"].windowTitle() in titles


def test_yearly_tab_counts_exports_xlsx_and_prints_pdf(admin_window, qtbot, tmp_path):
    _seed(admin_window.session)
    tab = _page(qtbot, admin_window, "YearlyTab")
    qtbot.waitUntil(lambda: tab.report is not None and not tab.busy, timeout=10000)
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.year.setValue(YEAR)
    assert "15/12/2024" in tab.window_label.text() and "14/12/2025" in tab.window_label.text()
    got = tab.counts()
    assert got["received"] == [0, 1, 0, 1]
    assert got["incidents"] == [1, 0, 0, 1] and got["incidents_leak"] == [1, 0, 0, 1] and got["incidents_loss"] == [0, 0, 0, 0]
    assert got["created"] == [0, 0, 0, 0]
    assert tab.xlsx_button.isEnabled() and tab.pdf_button.isEnabled()

    # .xlsx: confirmed, saved, registered, and the figures read back
    out = tmp_path / "thong-ke.xlsx"
    before = len(copies.entries(admin_window.session.vault.conn))
    tab.prompts = said = Said(save_to=out)
    with qtbot.waitSignal(tab.exported, timeout=10000) as done:
        tab.xlsx_button.click()
    assert "MẬT" in said.asked[0] and said.asked[1] == f"save:bao-cao-bao-ve-bmnn-{YEAR}.xlsx"
    result = done.args[0]
    assert result.path == out and result.register_number in tab.status.text()
    ws = load_workbook(out).active
    rows = {r[1]: list(r[2:6]) for r in ws.iter_rows(min_row=7, values_only=True) if r[1]}
    assert rows["Tài liệu mật tiếp nhận (sổ đến)"] == [0, 1, 0, 1] and rows["Vụ lộ, mất bí mật nhà nước"] == [1, 0, 0, 1]
    entries = copies.entries(admin_window.session.vault.conn)
    assert len(entries) == before + 1 and (entries[0].object_kind, entries[0].object_id) == ("yearly_report", str(YEAR))

    # Saying no writes and registers nothing.
    tab.prompts = Said(save_to=tmp_path / "no.xlsx", yes=False)
    tab.xlsx_button.click()
    wait_all()
    assert not (tmp_path / "no.xlsx").exists() and len(copies.entries(admin_window.session.vault.conn)) == before + 1

    # PDF through the forms preview: saving it is a registered copy with the level stamp
    tab.pdf_button.click()
    dialog = tab.preview_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.view.image is not None and not dialog.view.loading, timeout=15000)
    wait_shown(qtbot, dialog)
    pdf = tmp_path / "thong-ke.pdf"
    text = save_pdf(qtbot, dialog, pdf)
    assert "MẬT" in text and f"NĂM {YEAR}" in text and "15/12/2024" in text
    wait_all()
    entries = copies.entries(admin_window.session.vault.conn)
    assert (entries[0].kind, entries[0].object_kind, entries[0].destination) == ("print", "yearly_report", str(pdf))
    dialog.close()


def test_a_bad_year_is_refused_by_the_spin_box(admin_window, qtbot):
    tab = _page(qtbot, admin_window, "YearlyTab")
    tab.year.setValue(1000)
    assert tab.year.value() == tab.year.minimum()


def test_incidents_tab_records_refuses_and_cancels(admin_window, qtbot):
    tab = _page(qtbot, admin_window, "IncidentsTab")
    qtbot.waitUntil(lambda: tab.model.columnCount() == 9, timeout=5000)  # the (empty) list has loaded
    session = admin_window.session

    # Missing "what": refused beside the button, nothing stored, the form kept as typed
    tab.discovered_by.setText("Nguyễn Văn Phát")
    tab.report_no.setText("3-BC/BTCTU")
    tab.reported_to.setText("Thường trực Tỉnh ủy")
    tab.record_button.click()
    qtbot.waitUntil(lambda: tab.form_error.isVisibleTo(tab), timeout=5000)
    assert "Chưa nhập" in tab.form_error.text()
    assert incidents.list_incidents(session) == [] and tab.discovered_by.text() == "Nguyễn Văn Phát"

    # Complete it and record
    tab.kind.setCurrentIndex(tab.kind.findData("leak"))
    tab.level.setCurrentIndex(tab.level.findData(int(L.TOI_MAT)))
    tab.discovered.setDateTime(dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=2))
    tab.items.setPlainText("Bản số 2 Kết luận 15-KL/TU")
    tab.how.setPlainText("Gửi nhầm địa chỉ")
    tab.measures.setPlainText("Thu hồi ngay")
    with qtbot.waitSignal(tab.recorded, timeout=10000) as done:
        tab.record_button.click()
    row = done.args[0]
    assert (row.kind, row.secrecy, row.items, row.report_no, row.reported_to) == (
        "leak", L.TOI_MAT, "Bản số 2 Kết luận 15-KL/TU", "3-BC/BTCTU", "Thường trực Tỉnh ủy")
    assert not tab.form_error.isVisibleTo(tab) and tab.items.toPlainText() == ""
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert tab.model.item(0, 4).text() == "Bản số 2 Kết luận 15-KL/TU"
    assert "3-BC/BTCTU" in tab.model.item(0, 6).text()

    # Cancel the entry: asked why, confirmed, still listed, marked
    tab.table.selectRow(0)
    tab.prompts = said = Said(reason="Ghi trùng")
    with qtbot.waitSignal(tab.cancelled, timeout=10000):
        tab.cancel_button.click()
    assert len(said.asked) == 2
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and "Ghi trùng" in tab.model.item(0, 8).text(), timeout=5000)
    assert incidents.list_incidents(session)[0].status == "cancelled"


def test_an_officer_sees_the_list_but_cannot_record(officer_window, qtbot):
    tab = _page(qtbot, officer_window, "IncidentsTab")
    qtbot.waitUntil(lambda: tab.model.columnCount() == 9, timeout=5000)  # everyone may read the list
    assert not tab.may_record and not tab.record_button.isEnabled() and not tab.items.isEnabled()
    assert not tab.cancel_button.isVisibleTo(tab) and not tab.report_button.isVisibleTo(tab)
    tab.record()  # even if reached, nothing happens
    wait_all()
    assert incidents.list_incidents(officer_window.session) == []


def test_incidents_tab_fills_in_the_report_later(admin_window, qtbot):
    """An incident recorded before its report was made: the report and measures are added from the list."""
    session = admin_window.session
    found = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=1)
    row = incidents.add(session, NewIncident(IncidentKind.LOSS, L.MAT, found, "Trần Văn Bảo", "Bản số 3 Công văn 7-CV/BTCTU"))
    assert (row.report_no, row.report_date, row.reported_to) == ("", None, "")
    tab = _page(qtbot, admin_window, "IncidentsTab")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert tab.report_button.isVisibleTo(tab)
    assert tab.report_selected() is None and tab.status.text()  # nothing selected: says so
    tab.table.selectRow(0)
    dlg = tab.report_selected()
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    assert dlg.reported.isChecked() and dlg.report_no.text() == "" and "Bản số 3" in dlg.intro.text()

    # A number without an addressee is refused inside the dialog; nothing stored, the typing kept
    dlg.report_no.setText("5-BC/BTCTU")
    dlg.report_date.setDate(QDate.currentDate())
    dlg.ok_button.click()
    qtbot.waitUntil(lambda: dlg.error_label.isVisibleTo(dlg), timeout=5000)
    assert dlg.isVisible() and dlg.report_no.text() == "5-BC/BTCTU"
    assert incidents.get(session, row.id).report_no == ""

    dlg.reported_to.setText("Thường trực Tỉnh ủy")
    dlg.measures.setPlainText("Khoanh vùng, rà soát")
    with qtbot.waitSignal(tab.report_saved, timeout=10000) as done:
        dlg.ok_button.click()
    saved = done.args[0]
    assert (saved.report_no, saved.report_date, saved.reported_to, saved.measures) == (
        "5-BC/BTCTU", dt.date.today().isoformat(), "Thường trực Tỉnh ủy", "Khoanh vùng, rà soát")
    assert incidents.get(session, row.id).report_no == "5-BC/BTCTU"
    qtbot.waitUntil(lambda: "5-BC/BTCTU" in tab.model.item(0, 6).text(), timeout=5000)
    assert tab.model.item(0, 7).text() == "Khoanh vùng, rà soát"
    wait_all()
    assert session.vault.conn.execute("SELECT count(*) FROM audit WHERE action = 'incident_updated'").fetchone()[0] == 1

    # Reopened, it shows what was saved
    tab.table.selectRow(0)
    dlg = tab.report_selected()
    assert dlg.report_no.text() == "5-BC/BTCTU" and dlg.reported_to.text() == "Thường trực Tỉnh ủy"
    dlg.reject()

    # A cancelled entry's report cannot be changed
    incidents.cancel(session, row.id, "Ghi nhầm")
    tab.refresh()
    qtbot.waitUntil(lambda: "Ghi nhầm" in tab.model.item(0, 8).text(), timeout=5000)
    tab.table.selectRow(0)
    assert tab.report_selected() is None and tab.status.text()
