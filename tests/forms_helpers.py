"""Shared helpers for the forms tests: concluded cases, PDF reading."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

from app import cases, dossiers
from app.domain.ids import Sex
from app.domain.partial_date import PartialDate
from app.domain.person import Person, Relative
from app.workflow.states import CaseState as S
from app.workflow.states import ItemStatus

NAME = "Nguyễn Thị Hương Giang"
RELATIVE = "Trần Văn Đức"


def make_person(session, name: str = NAME) -> Person:
    return dossiers.create_person(session, Person(
        full_name=name, birth_date=PartialDate(1988, 7, 15), sex=Sex.FEMALE, hometown="xã Yên Sơn, tỉnh Tuyên Quang",
        permanent_address="phường Minh Xuân, tỉnh Tuyên Quang", unit="Sở Giáo dục và Đào tạo", position="Phó Giám đốc",
        party_joined=PartialDate(2010, 5, 19), party_official=PartialDate(2011, 5, 19),
        relatives=[Relative("father", RELATIVE, PartialDate(1958), residence="xã Thái Hòa", occupation="Cán bộ hưu trí")]))


def advance_to(session, case_id: int, target: S, *, requests: int = 1, finding: str = "Không phát hiện vấn đề về chính trị.",
               outcome: str = "meets", limit: str = "", issues=()) -> None:
    """Walk a case to `target` as the admin (who holds every role's permissions)."""
    order = [S.RECEIVED, S.COLLECTING, S.VERIFYING, S.APPRAISING, S.AWAITING_DECISION, S.CONCLUDED]
    now = cases.get_case(session, case_id).case.state
    for state in order[order.index(now) + 1: order.index(target) + 1]:
        if state is S.APPRAISING:
            today = dt.date.today()
            for n in range(requests):
                r = cases.add_request(session, case_id, f"Công an tỉnh Tuyên Quang (lần {n + 1})", today, today + dt.timedelta(days=15),
                                      number_symbol=f"{n + 1}-CV/BTCTU")
                cases.record_reply(session, r.id, today, finding)
            for i in cases.get_case(session, case_id).items:
                if i.status.is_open:
                    cases.check_item(session, case_id, i.code, ItemStatus.DONE, "Đã kiểm tra")
        if state is S.AWAITING_DECISION:
            cases.advance(session, case_id, state, outcome=outcome, note="Đề xuất theo kết quả thẩm tra", limit=limit, issue_codes=list(issues))
        else:
            cases.advance(session, case_id, state, note="Đồng ý" if state is S.CONCLUDED else "")


def concluded_case(session, person: Person | None = None, **kw) -> int:
    person = person or make_person(session)
    cid = cases.create_case(session, person.id, "appointment", requesting_unit="Sở Nội vụ tỉnh Tuyên Quang", target_post="Giám đốc").case.id
    advance_to(session, cid, S.CONCLUDED, **kw)
    return cid


def pages_text(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def pdftotext(path) -> str:
    if not shutil.which("pdftotext"):
        return ""
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
