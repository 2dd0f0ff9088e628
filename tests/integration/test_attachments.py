"""Attachments: encrypted inside the vault, deduplicated, exported as registered copies."""

import io
import zipfile

import pytest

from app import attachments, dossiers, settings
from app.domain.person import Person
from app.domain.secrecy import SecrecyLevel
from app.errors import HosoError, InvalidInput
from app.store import copies
from app.store.attachments import CHUNK

MARKER = b"ATTACHMENT-MARKER-0123456789-bi-mat"


def _pdf(tmp_path, name="scan.pdf", size=3 * CHUNK + 123):
    body = b"%PDF-1.4\n" + MARKER + bytes(i % 251 for i in range(size))
    p = tmp_path / name
    p.write_bytes(body)
    return p


def _docx(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    p = tmp_path / "ly-lich.docx"
    p.write_bytes(buf.getvalue())
    return p


@pytest.fixture
def person(admin):
    return dossiers.create_person(admin, Person(full_name="Nguyễn Văn Đức", secrecy=SecrecyLevel.MAT))


def test_add_with_progress_then_read_back(admin, person, tmp_path):
    src = _pdf(tmp_path)
    seen = []
    a = attachments.add_attachment(admin, person.id, src, title="Lý lịch", progress=lambda d, t: seen.append((d, t)))
    assert a.kind == "pdf" and a.size == src.stat().st_size and a.secrecy is SecrecyLevel.MAT
    assert len(seen) == 4 and seen[-1] == (a.size, a.size)
    assert attachments.read_bytes(admin, a.id) == src.read_bytes()
    assert [x.id for x in attachments.list_attachments(admin, person.id)] == [a.id]


def test_bytes_never_in_clear_on_disk(admin, person, tmp_path, vault_dir):
    attachments.add_attachment(admin, person.id, _pdf(tmp_path))
    for f in vault_dir.rglob("*"):
        if f.is_file():
            assert MARKER not in f.read_bytes(), f.name


def test_same_bytes_stored_once(admin, person, tmp_path):
    a = attachments.add_attachment(admin, person.id, _pdf(tmp_path, "a.pdf"))
    b = attachments.add_attachment(admin, person.id, _pdf(tmp_path, "b.pdf"))
    assert a.sha256 == b.sha256 and a.blob_id == b.blob_id and a.id != b.id
    assert admin.vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1


def test_docx_and_images_are_recognised_by_content(admin, person, tmp_path):
    assert attachments.add_attachment(admin, person.id, _docx(tmp_path)).kind == "docx"
    png = tmp_path / "anh.jpg"  # misnamed: the content decides
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert attachments.add_attachment(admin, person.id, png).kind == "png"


def test_other_files_are_refused_and_nothing_stored(admin, person, tmp_path):
    exe = tmp_path / "virus.pdf"
    exe.write_bytes(b"MZ\x90\x00" + b"\0" * 100)
    with pytest.raises(InvalidInput) as e:
        attachments.add_attachment(admin, person.id, exe)
    assert "PDF" in e.value.message
    assert admin.vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_cancel_leaves_nothing(admin, person, tmp_path, vault_dir):
    calls = []
    with pytest.raises(HosoError) as e:
        attachments.add_attachment(admin, person.id, _pdf(tmp_path), progress=lambda d, t: calls.append(d), cancel=lambda: len(calls) >= 2)
    assert e.value.code == "cancelled"
    c = admin.vault.conn
    assert c.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert c.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 0
    assert not [p for p in (vault_dir / "blobs").rglob("*") if p.is_file()]  # nor a file, partial or whole
    assert attachments.list_attachments(admin, person.id) == []


def test_export_needs_confirmation_and_is_registered(admin, person, tmp_path):
    a = attachments.add_attachment(admin, person.id, _pdf(tmp_path))
    out = tmp_path / "out" / "copy.pdf"
    out.parent.mkdir()
    with pytest.raises(HosoError) as e:
        attachments.export_attachment(admin, a.id, out, confirmed=False)
    assert e.value.code == "confirmation_required" and not out.exists()
    attachments.export_attachment(admin, a.id, out, confirmed=True, reason="Gửi Ban Tổ chức")
    assert out.read_bytes() == _pdf(tmp_path).read_bytes()
    reg = copies.entries(admin.vault.conn)
    assert len(reg) == 1 and reg[0].number == 1 and reg[0].object_id == str(a.id) and reg[0].destination == str(out)


def test_failed_export_is_not_registered(admin, person, tmp_path):
    a = attachments.add_attachment(admin, person.id, _pdf(tmp_path))
    with pytest.raises(HosoError) as e:
        attachments.export_attachment(admin, a.id, tmp_path / "missing-dir" / "x.pdf", confirmed=True)
    assert e.value.code == "disk_error"
    assert copies.entries(admin.vault.conn) == []


def test_attachment_secrecy_raises_the_banner(admin, person, tmp_path):
    assert settings.highest_secrecy(admin) is SecrecyLevel.MAT
    attachments.add_attachment(admin, person.id, _pdf(tmp_path), secrecy=SecrecyLevel.TOI_MAT)
    assert settings.highest_secrecy(admin) is SecrecyLevel.TOI_MAT


def test_removed_attachment_is_hidden_but_kept(admin, person, tmp_path):
    a = attachments.add_attachment(admin, person.id, _pdf(tmp_path))
    attachments.remove_attachment(admin, a.id)
    assert attachments.list_attachments(admin, person.id) == []
    assert attachments.read_bytes(admin, a.id)[:5] == b"%PDF-"


def test_pdf_pages_render_in_memory(admin, person, tmp_path):
    from app import demo

    scan = tmp_path / "so-yeu.pdf"
    scan.write_bytes(demo.demo_scan_pdf(person))
    a = attachments.add_attachment(admin, person.id, scan)
    page = attachments.render_pdf_page(admin, a.id, 0, scale=1.0)
    assert page.page_count == 1 and abs(page.width - 595) <= 1 and abs(page.height - 842) <= 1  # A4 at 72 dpi
    assert len(page.rgb) == page.stride * page.height
    assert len(set(page.rgb[: page.stride * 200])) > 1  # the title is drawn, not a blank page
    with pytest.raises(InvalidInput):
        attachments.render_pdf_page(admin, a.id, 5)


def test_broken_pdf_gives_a_clear_error(admin, person, tmp_path):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.4\n this is not really a pdf")
    a = attachments.add_attachment(admin, person.id, bad)
    with pytest.raises(InvalidInput) as e:
        attachments.render_pdf_page(admin, a.id)
    assert "PDF hỏng" in e.value.message
