"""Helpers for the cases-area GUI tests: people, cases, a leader, opening a case window."""

from __future__ import annotations

import datetime as dt

from app import carriers, cases, dossiers
from app.domain.partial_date import PartialDate
from app.domain.person import Person, Relative
from app.domain.roles import Role
from app.users import add_user
from app.vault import open_vault
from app.workflow.states import CaseState, ItemStatus
from crypto.kdf import fast_params_for_tests
from ui.cases.case_window import CaseWindow
from ui.cases.prompts import CasePrompts
from ui.worker import wait_all

from .conftest import ADMIN_PW

LEADER_PW = "Lanh-Dao-Quyet-Dinh-9$"
S = CaseState


def make_person(session, name: str = "Nguyễn Văn Đức", **kw) -> Person:
    wait_all()  # the window's own reads share this connection
    return dossiers.create_person(session, Person(
        full_name=name, birth_date=PartialDate(1990, 4, 2), unit=kw.pop("unit", "Chi bộ Phòng Tổ chức"),
        position=kw.pop("position", "Chuyên viên"),
        relatives=[Relative("father", "Nguyễn Văn Bảo", PartialDate(1960)),
                   Relative("spouse", "Trần Thị Hoa", PartialDate(1992), abroad=True, residence="Nhật Bản")], **kw))


def make_case(session, person_id: int, purpose: str = "review", state: CaseState = S.RECEIVED, **kw) -> int:
    """A case moved by the services to `state` (verifying and beyond complete the checklist)."""
    wait_all()
    cid = cases.create_case(session, person_id, purpose, **kw).case.id
    path = [S.COLLECTING, S.VERIFYING, S.APPRAISING, S.AWAITING_DECISION]
    for step in path[: path.index(state) + 1] if state in path else []:
        if step is S.APPRAISING:
            for item in cases.get_case(session, cid).items:
                cases.check_item(session, cid, item.code, ItemStatus.DONE, "Đã kiểm tra")
        if step is S.AWAITING_DECISION:
            cases.advance(session, cid, step, outcome="meets", note="Bảo đảm tiêu chuẩn")
        else:
            cases.advance(session, cid, step)
    return cid


def officer_holding(window, name: str, stick: str, permit: str) -> int:
    """The officer "canbo" holds an open case of a new MẬT dossier and has the stick `stick` out under `permit`;
    the window shows Administration with canbo selected in Users. Returns the case id."""
    from app.domain.secrecy import SecrecyLevel

    s = window.session
    person = make_person(s, name, secrecy=SecrecyLevel.MAT)
    case_id = cases.create_case(s, person.id, "appointment", officer="canbo").case.id
    carriers.register_carrier(s, stick)
    carriers.take_out(s, stick, "canbo", permit, dt.date.today(), "Trưởng ban", "Hồ sơ thẩm tra")
    wait_all()
    window.show_area(window.ADMIN_AREA)
    window.workspace.admin.users.select("canbo")
    return case_id


def leader_session(vault_path):
    """A leader's own session (another connection to the same vault), added by the administrator."""
    admin = open_vault(vault_path, "admin", ADMIN_PW)
    try:
        add_user(admin, "lanhdao", LEADER_PW, Role.LEADER, "Lê Văn Lãnh Đạo", kdf=fast_params_for_tests())
    finally:
        admin.close()
    return open_vault(vault_path, "lanhdao", LEADER_PW)


def open_case(qtbot, window, case_id: int) -> CaseWindow:
    """Open through the shared window registry, as the pages do, and wait for the data."""
    win = window.workspace.cases.windows.open(case_id)
    qtbot.waitUntil(lambda: win.view is not None, timeout=10000)
    return win


def standalone_case_window(qtbot, session, case_id: int) -> CaseWindow:
    win = CaseWindow(session, case_id, CasePrompts())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.view is not None, timeout=10000)
    return win


def reloaded(qtbot, win: CaseWindow, predicate, timeout: int = 10000) -> None:
    """Wait until the window shows data for which `predicate(view)` holds."""
    qtbot.waitUntil(lambda: win.view is not None and predicate(win.view), timeout=timeout)


def today() -> dt.date:
    return dt.date.today()


def type_text(widget, text: str) -> None:
    """Enter Vietnamese text (QTest.keyClicks only knows ASCII keys)."""
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)
