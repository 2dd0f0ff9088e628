"""Synthetic, realistic Vietnamese dossiers for demonstrations and benchmarks.

Names with correct diacritics and realistic frequencies, CCCD numbers whose
digits agree with the birth year and sex, relatives (some abroad), spread over
units and secrecy levels. Seeded, so the same N gives the same data.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .domain.ids import Sex
from .domain.partial_date import PartialDate
from .domain.person import Period, Person, Relative
from .domain.secrecy import SecrecyLevel
from .permissions import Permission
from .store import persons as store

DEMO_UNIT_CODE = "DEMO"
DEMO_UNIT_NAME = "Ban Tổ chức Tỉnh ủy (dữ liệu trình diễn)"
DEMO_ADMIN = "admin"
DEMO_PASSWORD = "HoSo-Demo-2026!"  # shown on the demo login screen; demo data only

SURNAMES = [("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 31), ("Huỳnh", 20), ("Phan", 45),
            ("Vũ", 20), ("Võ", 19), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
            ("Lý", 5), ("Đinh", 6), ("Lương", 4), ("Trịnh", 4), ("Đào", 4), ("Mai", 3), ("Tạ", 2), ("Hà", 3),
            ("Quách", 1), ("Lò", 1), ("Cầm", 1), ("Nông", 2), ("Hứa", 1), ("Triệu", 1)]
MIDDLE_M = ["Văn", "Văn", "Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Xuân", "Đình", "Ngọc", "Quang", "Mạnh"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Thùy", "Phương", "Kim", "Bích"]
GIVEN_M = ["Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam", "Phong",
           "Quang", "Sơn", "Thắng", "Thành", "Trung", "Tuấn", "Việt", "Hoàng", "Hiếu", "Toàn", "Lâm", "Tùng",
           "Đạt", "Khải", "Lộc", "Nghĩa", "Phúc", "Quý", "Tài", "Thịnh", "Vinh", "Hưng", "Kiên", "Lực"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Mai", "Ngọc",
           "Nhung", "Phương", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Hằng", "Loan", "Quyên", "Oanh", "Tâm",
           "Thư", "Uyên", "Nga", "Hiền", "Liên", "Duyên", "Ánh", "Diệu", "Quỳnh"]
PROVINCES = [("001", "Hà Nội"), ("008", "Tuyên Quang"), ("002", "Hà Giang"), ("019", "Thái Nguyên"), ("022", "Quảng Ninh"),
             ("024", "Bắc Giang"), ("027", "Bắc Ninh"), ("030", "Hải Dương"), ("031", "Hải Phòng"), ("033", "Hưng Yên"),
             ("034", "Thái Bình"), ("036", "Nam Định"), ("037", "Ninh Bình"), ("038", "Thanh Hóa"), ("040", "Nghệ An"),
             ("042", "Hà Tĩnh"), ("044", "Quảng Bình"), ("046", "Thừa Thiên Huế"), ("048", "Đà Nẵng"), ("049", "Quảng Nam"),
             ("052", "Bình Định"), ("056", "Khánh Hòa"), ("066", "Đắk Lắk"), ("068", "Lâm Đồng"), ("075", "Đồng Nai"),
             ("079", "Hồ Chí Minh"), ("092", "Cần Thơ")]
COMMUNES = ["xã Minh Xuân", "phường Phan Thiết", "xã Thái Hòa", "phường Hưng Thành", "xã Yên Sơn", "xã Tân Trào",
            "phường Nông Tiến", "xã Kim Bình", "xã Hùng Lợi", "phường Minh Xuân", "xã Đội Cấn", "xã Trung Sơn"]
UNITS = ["Sở Nội vụ", "Sở Tài chính", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
         "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Trường Chính trị tỉnh", "Bệnh viện Đa khoa tỉnh",
         "Đảng ủy xã Minh Xuân", "Đảng ủy phường Phan Thiết", "Đảng ủy xã Thái Hòa", "Văn phòng UBND tỉnh",
         "Sở Khoa học và Công nghệ", "Kho bạc Nhà nước tỉnh", "Báo Tuyên Quang", "Liên đoàn Lao động tỉnh"]
POSITIONS = ["Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Phó Giám đốc",
             "Giám đốc", "Bí thư chi bộ", "Giáo viên", "Bác sĩ", "Cán bộ", "Kế toán", "Phó Chủ tịch UBND xã"]
OCCUPATIONS = ["Làm ruộng", "Công nhân", "Giáo viên", "Cán bộ hưu trí", "Buôn bán", "Kỹ sư", "Bác sĩ", "Nội trợ",
               "Lao động tự do", "Học sinh", "Sinh viên", "Quân nhân", "Công chức"]
COUNTRIES = ["Hoa Kỳ", "Úc", "Nhật Bản", "Hàn Quốc", "Đức", "Pháp", "Canada", "Đài Loan (Trung Quốc)", "Séc", "Nga"]
THEORY = ["", "Sơ cấp", "Trung cấp", "Trung cấp", "Cao cấp", "Cử nhân"]
SPECIALISMS = ["Cử nhân Luật", "Cử nhân Kinh tế", "Kỹ sư Xây dựng", "Thạc sĩ Quản lý công", "Bác sĩ đa khoa",
               "Cử nhân Sư phạm", "Cử nhân Hành chính", "Kỹ sư Công nghệ thông tin", "Trung cấp Kế toán"]


def _demo_cases(session, people: list[Person], rnd: random.Random) -> int:
    """Cases in every state for some of the new persons, written in the caller's
    transaction through the same store functions the services use."""
    import datetime as dt

    from .cases import DEFAULT_VALIDITY_MONTHS, _add_months, _instantiate, active_templates
    from .store import cases as case_store
    from .workflow.states import CaseState, ItemStatus

    conn, user = session.vault.conn, session.user.username
    templates = list(active_templates(session).values())
    flow = [CaseState.RECEIVED, CaseState.COLLECTING, CaseState.VERIFYING, CaseState.APPRAISING,
            CaseState.AWAITING_DECISION, CaseState.CONCLUDED, CaseState.ARCHIVED, CaseState.SUSPENDED]
    today = dt.date.today()
    for k, p in enumerate(people):
        target = flow[k % len(flow)]
        t = rnd.choice(templates)
        received = today - dt.timedelta(days=rnd.randint(0, 120))
        cid = case_store.insert_case(conn, person_id=p.id, purpose=t.code, template_version=t.version, template_source=t.source,
                                     requesting_unit=p.unit, target_post=p.position, officer=user, received_on=received.isoformat(),
                                     due_on=(received + dt.timedelta(days=t.due_days)).isoformat(), secrecy=p.secrecy, user=user)
        _instantiate(conn, cid, t, p)
        items = case_store.items(conn, cid)
        progress = {CaseState.RECEIVED: 0.0, CaseState.COLLECTING: 0.3, CaseState.VERIFYING: 0.7, CaseState.SUSPENDED: 0.5}.get(target, 1.0)
        for item in items[: int(len(items) * progress)]:
            case_store.set_item(conn, item.id, ItemStatus.DONE, "Đã kiểm tra (dữ liệu trình diễn)", user)
        state = CaseState.SUSPENDED if target is CaseState.SUSPENDED else target
        case_store.set_state(conn, cid, CaseState.RECEIVED, state, CaseState.VERIFYING if state is CaseState.SUSPENDED else None)
        if flow.index(target) >= flow.index(CaseState.AWAITING_DECISION) and target is not CaseState.SUSPENDED:
            outcome = rnd.choices(["meets", "meets_with_limit", "insufficient", "fails"], [80, 10, 7, 3])[0]
            codes = ["LS-NT"] if outcome in ("meets_with_limit", "fails") else []
            case_store.set_proposal(conn, cid, outcome, "Không bố trí vào vị trí cơ mật" if outcome == "meets_with_limit" else "",
                                    "Đề xuất theo kết quả thẩm tra (dữ liệu trình diễn)", codes, user)
        if target in (CaseState.CONCLUDED, CaseState.ARCHIVED):
            concluded = received + dt.timedelta(days=rnd.randint(10, 40))
            case_store.set_decision(conn, cid, user, "Đồng ý", concluded.isoformat(), _add_months(concluded, DEFAULT_VALIDITY_MONTHS).isoformat())
        case_store.add_event(conn, cid, user, "demo", f"Vụ việc trình diễn ở trạng thái {state.label_vi}")
    return len(people)


@dataclass(frozen=True)
class DemoResult:
    persons: int
    cases: int
    seconds: float


class Generator:
    def __init__(self, seed: int = 2026) -> None:
        self.r = random.Random(seed)
        self._surnames = [s for s, _ in SURNAMES]
        self._weights = [w for _, w in SURNAMES]
        self._cum = list(__import__("itertools").accumulate(self._weights))

    def surname(self) -> str:
        return self.r.choices(self._surnames, cum_weights=self._cum)[0]

    def name(self, sex: Sex, surname: str | None = None) -> str:
        r = self.r
        if sex is Sex.MALE:
            return f"{surname or self.surname()} {r.choice(MIDDLE_M)} {r.choice(GIVEN_M)}"
        return f"{surname or self.surname()} {r.choice(MIDDLE_F)} {r.choice(GIVEN_F)}"

    def place(self) -> tuple[str, str]:
        code, prov = self.r.choice(PROVINCES)
        return code, f"{self.r.choice(COMMUNES)}, {prov}"

    def cccd(self, prov_code: str, year: int, sex: Sex) -> str:
        century = (year - 1900) // 100
        digit = century * 2 + (1 if sex is Sex.FEMALE else 0)
        return f"{prov_code}{digit}{year % 100:02d}{self.r.randrange(1_000_000):06d}"

    def date(self, year: int) -> PartialDate:
        return PartialDate(year, self.r.randint(1, 12), self.r.randint(1, 28))

    def relative(self, relation: str, name: str, year: int, abroad_p: float = 0.04) -> Relative:
        r = self.r
        abroad = r.random() < abroad_p
        precision = r.random()
        birth = PartialDate(year) if precision < 0.5 else PartialDate(year, r.randint(1, 12)) if precision < 0.7 else self.date(year)
        return Relative(
            relation=relation, full_name=name, birth_date=birth,
            occupation=r.choice(OCCUPATIONS), residence=r.choice(COUNTRIES) if abroad else self.place()[1],
            abroad=abroad, nationality="Việt Nam",
            political_history="Không" if r.random() < 0.9 else "Tham gia kháng chiến chống Mỹ",
            attitude="Chấp hành tốt chủ trương, chính sách", is_party_member=r.random() < 0.25,
        )

    def person(self) -> Person:
        r = self.r
        sex = Sex.MALE if r.random() < 0.55 else Sex.FEMALE
        year = r.randint(1960, 2003)
        surname = self.surname()
        code, birth_place = self.place()
        _, hometown = self.place()
        joined = PartialDate(min(year + r.randint(20, 35), 2025), r.randint(1, 12), r.randint(1, 28)) if r.random() < 0.7 else None
        official = PartialDate(joined.year + 1, joined.month, joined.day) if joined and joined.year < 2025 else None
        father_sur = surname
        rels = [
            self.relative("father", self.name(Sex.MALE, father_sur), year - r.randint(22, 35)),
            self.relative("mother", self.name(Sex.FEMALE), year - r.randint(20, 32)),
        ]
        if year < 1998 and r.random() < 0.85:
            spouse_sex = Sex.FEMALE if sex is Sex.MALE else Sex.MALE
            spouse_sur = self.surname()
            rels.append(self.relative("spouse", self.name(spouse_sex, spouse_sur), year + r.randint(-4, 4)))
            rels.append(self.relative("father_in_law", self.name(Sex.MALE, spouse_sur), year - r.randint(22, 35)))
            rels.append(self.relative("mother_in_law", self.name(Sex.FEMALE), year - r.randint(20, 32)))
            child_sur = surname if sex is Sex.MALE else spouse_sur
            for _ in range(r.choice((0, 1, 1, 2, 2, 2, 3))):
                csex = r.choice((Sex.MALE, Sex.FEMALE))
                rels.append(self.relative("child", self.name(csex, child_sur), min(year + r.randint(22, 35), 2024), 0.06))
        for _ in range(r.choice((0, 1, 1, 2, 3))):
            rels.append(self.relative("sibling", self.name(r.choice((Sex.MALE, Sex.FEMALE)), father_sur), year + r.randint(-8, 8), 0.06))
        unit = r.choice(UNITS)
        start = min(year + r.randint(21, 25), 2025)
        work = [Period(PartialDate(start, r.randint(1, 12)), None, f"{r.choice(POSITIONS)}, {unit}")]
        p = Person(
            full_name=self.name(sex, surname), birth_date=self.date(year), sex=sex,
            ethnicity="Kinh" if r.random() < 0.85 else r.choice(["Tày", "Dao", "Mông", "Nùng", "Sán Chay", "Cao Lan"]),
            religion="" if r.random() < 0.9 else r.choice(["Phật giáo", "Công giáo"]),
            birth_place=birth_place, hometown=hometown, permanent_address=self.place()[1], current_address=self.place()[1],
            id_number=self.cccd(code, year, sex), party_card=f"{r.randrange(10**7, 10**8)}" if joined else "",
            party_joined=joined, party_official=official, unit=unit, position=r.choice(POSITIONS),
            education_general="12/12", specialism=r.choice(SPECIALISMS), political_theory=r.choice(THEORY),
            secrecy=r.choices([SecrecyLevel.MAT, SecrecyLevel.TOI_MAT, SecrecyLevel.TUYET_MAT], [80, 18, 2])[0],
            relatives=rels, work_history=work,
        )
        if any(x.abroad for x in rels):
            p.foreign_relations = [Period(None, None, "Có người thân định cư ở nước ngoài", "")]
        return p


def demo_scan_pdf(p: Person) -> bytes:
    """A one-page PDF standing in for a scanned life history (demo only).

    Base-14 fonts carry no Vietnamese glyphs, so the text is folded; real
    forms use the embedded Vietnamese font of the forms module.
    """
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from .text.vietnamese import fold

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("So yeu ly lich (ban quet trinh dien)")
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(297, 780, "SO YEU LY LICH")
    c.setFont("Helvetica", 12)
    lines = [f"Ho va ten: {fold(p.full_name).title()}", f"Ngay sinh: {p.birth_date or ''}",
             f"Que quan: {fold(p.hometown).title()}", f"Don vi: {fold(p.unit).title()}", "", "(Ban quet trinh dien - du lieu tong hop)"]
    for i, line in enumerate(lines):
        c.drawString(72, 730 - 22 * i, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def _attach_demo_scans(session, conn, people: list[Person]) -> int:
    import io

    from .store import attachments as attachment_store

    for p in people:
        data = demo_scan_pdf(p)
        blob_id, _ = attachment_store.store_blob(conn, io.BytesIO(data), len(data))
        attachment_store.link(conn, p.id, blob_id, "so-yeu-ly-lich.pdf", "pdf", "Sơ yếu lý lịch (bản quét)", p.secrecy, session.user.username)
    return len(people)


def fill(session, persons: int, *, seed: int = 2026, batch: int = 5000, with_scans: int = 30, case_every: int = 10, max_cases: int = 2000,
         progress: Callable[[int, int, str], None] | None = None, cancel: Callable[[], bool] | None = None) -> DemoResult:
    """Add `persons` synthetic dossiers in batches of one transaction each."""
    session.require(Permission.EDIT_DOSSIERS)
    gen = Generator(seed + store.count_all(session.vault.conn))
    start = time.perf_counter()
    done = cases = 0
    while done < persons:
        if cancel and cancel():
            break
        n = min(batch, persons - done)
        people = [gen.person() for _ in range(n)]
        with session.vault.transaction() as conn:
            # Searchable only at the end: one renumbering beats finding each newcomer its place.
            store.insert_many(conn, people, session.user.username, defer_index=True)
            scans = _attach_demo_scans(session, conn, people[:with_scans]) if done == 0 else 0
            with_case = people[::case_every][: max(0, max_cases - cases)] if case_every else []
            cases += _demo_cases(session, with_case, gen.r)
            session.vault.audit(session.user.username, "demo_persons_added", "person", "",
                                f"Thêm {n} hồ sơ trình diễn, {scans} tệp đính kèm, {len(with_case)} vụ việc")
        done += n
        if progress:
            progress(done, persons, "Đang tạo hồ sơ trình diễn")
    if done:
        if progress:
            progress(done, persons, "Đang lập chỉ mục tìm kiếm")
        with session.vault.transaction() as conn:
            from .store import person_index

            person_index.renumber_all(conn)
    return DemoResult(done, cases, time.perf_counter() - start)


def open_or_create(vault_dir: Path, password: str = DEMO_PASSWORD):
    """The demo vault: created with unit DEMO and user admin if missing."""
    from .vault import create_vault, is_vault, open_vault

    if not is_vault(vault_dir):
        create_vault(vault_dir, DEMO_UNIT_CODE, DEMO_UNIT_NAME, DEMO_ADMIN, password, "Quản trị trình diễn").vault.close()
    return open_vault(vault_dir, DEMO_ADMIN, password)
