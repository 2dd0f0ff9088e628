"""Rendering without a vault: text, page size, fonts, marks on every page, page breaks."""

import io
import unicodedata

import pytest
from pypdf import PdfReader

from app.forms import seal
from app.forms import templates as T
from app.forms.compose import compose
from app.forms.marks import CopyMark, Options
from app.forms.model import Document
from app.forms.render import render
from app.forms.schemas import SCHEMAS

NAME = "Nguyễn Thị Hương Giang"
VIETNAMESE = "Ưu tiên Đắk Lắk, Thừa Thiên Huế: ằẳẵặ ềểễệ ỗổộ ờởỡợ ừửữự ỳỷỹỵ Ỷ Ỹ đĐ"


def _doc(n_results: int = 2, finding: str = "Không phát hiện vấn đề về chính trị.") -> Document:
    lay, t = T.layout(), T.form("conclusion")
    fields = {k: "" for k in SCHEMAS["conclusion"].fields}
    fields.update(name=NAME, NAME=NAME.upper(), sex="Nữ", birth_date="15/07/1988", outcome="bảo đảm tiêu chuẩn chính trị",
                  reasons=VIETNAMESE, validity_months="6", concluded_on="05/03/2026", valid_until="05/09/2026",
                  decider="Lê Văn Lãnh", officer="Trần Thị Chuyên", requesting_unit="Sở Nội vụ", items_done="7", items_total="7",
                  replies_count=str(n_results), requests_count=str(n_results), purpose="Bổ nhiệm")
    results = [{"recipient": f"Công an xã Yên Sơn số {i}", "number": "văn bản số 3-CV/BTCTU", "reply_on": "ngày 01/03/2026",
                "finding": finding, "sent_on": "", "deadline": "", "status": ""} for i in range(n_results)]
    return compose(t, lay, fields, {"results": results}, secrecy=2, number="15-KL/TU",
                   place_date="Tuyên Quang, ngày 05 tháng 03 năm 2026")


def _marks(doc: Document, n: int) -> list[CopyMark]:
    d = doc.digest()
    return [CopyMark(i, n, seal.qr_payload("TU-TQ", doc.number, i, n, d, lambda m: b"\x01" * 64), seal.typed_code(doc.number, d))
            for i in range(1, n + 1)]


def test_vietnamese_text_is_exact_and_extractable():
    doc = _doc()
    r = render(doc, T.layout(), _marks(doc, 1))
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(r.pdf)).pages))
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY TUYÊN QUANG", "Số 15-KL/TU", "Tuyên Quang, ngày 05 tháng 03 năm 2026",
                     "KẾT LUẬN", f"về tiêu chuẩn chính trị của đồng chí {NAME}", NAME.upper(), "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ",
                     "Lê Văn Lãnh", "Nơi nhận:", "In 01 bản", "TỐI MẬT", "Bản số: 1/1"):
        assert expected in text, expected
    assert all(w in text for w in VIETNAMESE.split())


def test_a4_and_only_embedded_liberation_serif():
    doc = _doc()
    reader = PdfReader(io.BytesIO(render(doc, T.layout(), _marks(doc, 2)).pdf))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "LiberationSerif" in font["/BaseFont"]
            desc = font["/FontDescriptor"].get_object() if "/FontDescriptor" in font else \
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in desc  # the TrueType program is embedded


def test_long_body_flows_and_keeps_the_signature_with_text():
    doc = _doc(n_results=40, finding="Gia đình chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; " * 3)
    r = render(doc, T.layout(), _marks(doc, 3))
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(r.pdf)).pages]
    assert r.pages_per_copy >= 4 and len(texts) == 3 * r.pages_per_copy
    for copy in range(3):
        pages = texts[copy * r.pages_per_copy:(copy + 1) * r.pages_per_copy]
        for i, t in enumerate(pages, 1):
            assert "TỐI MẬT" in t and f"Bản số: {copy + 1}/3" in t  # stamp and copy number on every page
            assert ("ĐẢNG CỘNG SẢN VIỆT NAM" in t) == (i == 1)
        last = pages[-1]
        assert "T/M BAN THƯỜNG VỤ" in last and "Kết luận này có giá trị sử dụng" in last  # the signature is not orphaned
        assert sum("T/M BAN THƯỜNG VỤ" in t for t in pages) == 1
        assert pages[1].split("\n").count("2") >= 1 and "\n1\n" not in "\n" + pages[0]  # page numbers from page 2


def test_recall_named_and_preview_marks():
    doc = _doc()
    r = render(doc, T.layout(), _marks(doc, 1), Options(recall_by="30/06/2026", named=True))
    text = PdfReader(io.BytesIO(r.pdf)).pages[0].extract_text()
    assert "TÀI LIỆU THU HỒI" in text and "Hạn thu hồi: 30/06/2026" in text and "Chỉ người có tên mới được bóc bì" in text
    p = render(doc, T.layout(), [CopyMark(0, 0)], Options(preview=True))
    text = PdfReader(io.BytesIO(p.pdf)).pages[0].extract_text()
    assert "BẢN XEM TRƯỚC" in text and "Bản số" not in text


def test_header_sits_in_the_top_of_the_page():
    pdfium = pytest.importorskip("pypdfium2")
    doc = _doc()
    pdf = pdfium.PdfDocument(render(doc, T.layout(), _marks(doc, 1)).pdf)
    page = pdf[0]
    tp = page.get_textpage()
    search = tp.search("ĐẢNG CỘNG SẢN VIỆT NAM")
    hit = search.get_next()
    assert hit is not None
    boxes = [tp.get_charbox(i) for i in range(hit[0], hit[0] + hit[1])]
    top, bottom = max(b[3] for b in boxes), min(b[1] for b in boxes)
    height = page.get_height()
    assert bottom > height * 0.8  # within the top 20 %
    scale = 2
    img = page.render(scale=scale).to_pil().convert("L")
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    crop = img.crop((int(left * scale), int((height - top) * scale), int(right * scale), int((height - bottom) * scale)))
    dark = sum(crop.histogram()[:100])
    assert dark > 200  # the words are drawn there, not just present as text
    pdf.close()


def test_same_content_same_digest_copy_marks_outside():
    a, b = _doc(), _doc()
    assert a.digest() == b.digest() and a.canonical() == Document.from_json(a.to_json()).canonical()
    b.body[0].text += " "
    assert a.digest() != b.digest()
