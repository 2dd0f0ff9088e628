"""Time to produce conclusion forms: one, and a batch of 1,000 (in memory, not registered).

Each form is the whole pipeline short of the vault write: the case read and
composed from the templates, numbered (in memory), digested, signed for its
QR, laid out and rendered to PDF bytes. Baseline, timed in the same run: a
bare reportlab document with the same fonts and the same body paragraphs, no
frame, marks or QR. Target: under 50 ms per form.
Run: .venv/bin/python bench/forms.py
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import cases, dossiers  # noqa: E402
from app.domain.partial_date import PartialDate  # noqa: E402
from app.domain.person import Person, Relative  # noqa: E402
from app.exchange.units import own_unit  # noqa: E402
from app.forms import api, seal  # noqa: E402
from app.forms import templates as T  # noqa: E402
from app.forms.marks import CopyMark, Options  # noqa: E402
from app.forms.render import render  # noqa: E402
from app.forms.service import _compose  # noqa: E402
from app.vault import create_vault  # noqa: E402
from app.workflow.states import CaseState as S  # noqa: E402
from app.workflow.states import ItemStatus  # noqa: E402
from crypto import kdf  # noqa: E402

CASES = 20
BATCH = 1000


def _vault(tmp: Path):
    kdf.calibrate = lambda *a, **k: kdf.fast_params_for_tests()  # unlock cost is not what is measured here
    s = create_vault(tmp / "v", "TU-TQ", "Ban Tổ chức Tỉnh ủy Tuyên Quang", "admin", "Đo-thời-gian-2026!", "Nguyễn Văn Quản")
    from app.session import Session
    from app.users import get_user

    session = Session(s.vault, get_user(s.vault.conn, "admin"))
    ids = []
    for n in range(CASES):
        p = dossiers.create_person(session, Person(full_name=f"Nguyễn Thị Hương Giang {n}", birth_date=PartialDate(1988, 7, 15),
                                                   hometown="xã Yên Sơn, tỉnh Tuyên Quang", unit="Sở Nội vụ", position="Phó Giám đốc",
                                                   relatives=[Relative("father", "Trần Văn Đức", PartialDate(1958))]))
        cid = cases.create_case(session, p.id, "appointment", requesting_unit="Sở Nội vụ tỉnh Tuyên Quang").case.id
        cases.advance(session, cid, S.COLLECTING)
        cases.advance(session, cid, S.VERIFYING)
        today = dt.date.today()
        for k in range(3):
            r = cases.add_request(session, cid, f"Công an xã số {k}", today, today + dt.timedelta(days=15), number_symbol=f"{k + 1}-CV/BTCTU")
            cases.record_reply(session, r.id, today, "Không phát hiện vấn đề về chính trị; chấp hành tốt chủ trương, chính sách.")
        for i in cases.get_case(session, cid).items:
            cases.check_item(session, cid, i.code, ItemStatus.DONE, "Đã kiểm tra")
        cases.advance(session, cid, S.APPRAISING)
        cases.advance(session, cid, S.AWAITING_DECISION, outcome="meets", note="Bảo đảm tiêu chuẩn chính trị")
        cases.advance(session, cid, S.CONCLUDED, note="Đồng ý")
        ids.append(cid)
    return session, ids


def _form(session, cid: int, n: int) -> bytes:
    conn = session.vault.conn
    lay = T.layout(conn)
    doc = _compose(api.conclusion_draft(session, cid), lay, f"{n}-KL/TU", dt.date.today())
    unit, digest = own_unit(conn), doc.digest()
    mark = CopyMark(1, 1, seal.qr_payload(unit.code, doc.number, 1, 1, digest, unit.identity.sign), seal.typed_code(doc.number, digest))
    return render(doc, lay, [mark], Options()).pdf


def _baseline(session, cid: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from app.forms import frame

    conn = session.vault.conn
    lay = T.layout(conn)
    doc = _compose(api.conclusion_draft(session, cid), lay, "1-KL/TU", dt.date.today())
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([frame.para(b.text, frame.styles(lay)["body"]) for b in doc.body])
    return buf.getvalue()


def _time(fn, runs: int) -> list[float]:
    out = []
    for i in range(runs):
        t = time.perf_counter()
        fn(i)
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        session, ids = _vault(Path(tmp))
        for i in range(10):  # warm-up: fonts, templates, caches
            _form(session, ids[i % CASES], i)
            _baseline(session, ids[i % CASES])
        one = _time(lambda i: _form(session, ids[i % CASES], i), 30)
        base = _time(lambda i: _baseline(session, ids[i % CASES]), 30)
        t0 = time.perf_counter()
        size = sum(len(_form(session, ids[i % CASES], i + 1)) for i in range(BATCH))
        batch = time.perf_counter() - t0
        session.close()
    med, med_base = statistics.median(one), statistics.median(base)
    print(f"one conclusion:       median {med * 1000:6.1f} ms (min {min(one) * 1000:.1f}, max {max(one) * 1000:.1f})")
    print(f"baseline (bare body): median {med_base * 1000:6.1f} ms   ratio {med / med_base:.2f}x")
    print(f"batch of {BATCH}:      {batch:6.2f} s = {batch / BATCH * 1000:.1f} ms per form, {size / BATCH / 1024:.0f} KiB per PDF")
    print(f"target < 50 ms per form: {'met' if batch / BATCH < 0.05 and med < 0.05 else 'NOT met'}")


if __name__ == "__main__":
    main()
