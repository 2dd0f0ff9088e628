"""Printing and saving from the preview: confirmation, registered copies, reprint reasons, a real QPrinter."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.store import copies
from tests.forms_helpers import NAME
from ui.worker import wait_all

from .conftest import message_boxes
from .test_forms_helpers import Answers, concluded_case_window, open_conclusion, pdf_printer, wait_shown


def register(window) -> list:
    wait_all()
    return copies.entries(window.session.vault.conn)


def test_save_pdf_registers_the_copies_and_a_second_print_needs_a_reason(admin_window, qtbot, tmp_path):
    cid, win = concluded_case_window(qtbot, admin_window)
    dialog = open_conclusion(qtbot, win)
    before = len(register(admin_window))
    out = tmp_path / "ket-luan.pdf"
    dialog.panel.prompts = answers = Answers(save_to=out)
    dialog.panel.options.copies.setValue(2)
    assert "2" in dialog.panel.register_note.text()
    with qtbot.waitSignal(dialog.printed, timeout=10000) as printed:
        dialog.panel.save_button.click()
    result = printed.args[0]
    assert answers.asked[0] == f"save:conclusion-{cid}.pdf"
    assert "2" in answers.asked[1] and str(out) in answers.asked[1]  # told before anything was registered

    pdf = PdfReader(io.BytesIO(out.read_bytes()))
    text = "\n".join(p.extract_text() for p in pdf.pages)
    assert NAME in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text and result.number in text
    assert len(pdf.pages) == result.pages == 2 * result.pages_per_copy
    assert "Bản số: 1/2" in pdf.pages[0].extract_text() and "Bản số: 2/2" in pdf.pages[-1].extract_text()
    entries = register(admin_window)
    assert len(entries) == before + 1
    assert (entries[0].kind, entries[0].copies, entries[0].destination) == ("print", 2, str(out))
    qtbot.waitUntil(lambda: any(str(out) in b.text() and f"{result.register_number}/{result.register_year}" in b.text()
                                for b in message_boxes()), timeout=10000)

    # The dialog now shows the issued number; printing again is a reprint and asks why.
    wait_shown(qtbot, dialog)
    assert dialog.preview.number == result.number
    assert dialog.panel.options.reason.isVisibleTo(dialog)
    assert result.number in dialog.panel.facts.text()
    again = tmp_path / "lan-2.pdf"
    dialog.panel.prompts = answers = Answers(save_to=again)
    dialog.panel.save_button.click()
    assert dialog.panel.error_label.isVisibleTo(dialog) and result.number in dialog.panel.error_label.text()
    assert answers.asked == [] and not again.exists() and len(register(admin_window)) == before + 1
    dialog.panel.options.reason.setText("Bổ sung hồ sơ lưu")
    with qtbot.waitSignal(dialog.printed, timeout=10000) as printed:
        dialog.panel.save_button.click()
    second = printed.args[0]
    assert second.reprint and (second.first_copy, second.last_copy) == (3, 4) and second.number == result.number
    assert "Bổ sung hồ sơ lưu" in answers.asked[-1]
    entries = register(admin_window)
    assert len(entries) == before + 2 and "lý do: Bổ sung hồ sơ lưu" in entries[0].reason
    assert "Bản số: 3/4" in PdfReader(str(again)).pages[0].extract_text()


def test_saying_no_registers_nothing(admin_window, qtbot, tmp_path):
    _, win = concluded_case_window(qtbot, admin_window)
    dialog = open_conclusion(qtbot, win)
    before = len(register(admin_window))
    dialog.panel.prompts = Answers(save_to=tmp_path / "x.pdf", printer=pdf_printer(tmp_path / "p.pdf"), yes=False)
    dialog.panel.save_button.click()
    dialog.panel.print_button.click()
    assert len(register(admin_window)) == before and not (tmp_path / "x.pdf").exists() and not (tmp_path / "p.pdf").exists()
    dialog.panel.prompts = Answers(printer=None)  # the print dialog cancelled
    dialog.panel.print_button.click()
    assert len(register(admin_window)) == before


def test_printing_on_a_real_qprinter_one_job_with_numbered_copies(admin_window, qtbot, tmp_path):
    _, win = concluded_case_window(qtbot, admin_window)
    dialog = open_conclusion(qtbot, win)
    before = len(register(admin_window))
    out = tmp_path / "printer.pdf"
    printer = pdf_printer(out)
    printer.setCopyCount(3)  # asked for in the print dialog: HoSo prints each numbered copy once instead
    dialog.panel.prompts = answers = Answers(printer=printer)
    dialog.panel.options.copies.setValue(2)
    with qtbot.waitSignal(dialog.printed, timeout=30000) as printed:
        dialog.panel.print_button.click()
    result = printed.args[0]
    assert answers.asked[0] == "printer" and "1" in answers.asked[1] and "3" in answers.asked[1]
    assert printer.copyCount() == 1
    reader = PdfReader(str(out))
    assert len(reader.pages) == result.pages == 2 * result.pages_per_copy
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2  # A4
    assert reader.pages[0].images, "the page was not painted"
    entry = register(admin_window)[0]
    assert len(register(admin_window)) == before + 1 and (entry.copies, entry.destination) == (2, "máy in")
    qtbot.waitUntil(lambda: any(f"{result.pages}" in b.text() for b in message_boxes()), timeout=10000)
    wait_shown(qtbot, dialog)
    assert dialog.panel.options.reprint_of == result.number


def test_a_printer_that_fails_after_registering_is_reported_with_the_register_entry(admin_window, qtbot, tmp_path):
    _, win = concluded_case_window(qtbot, admin_window)
    dialog = open_conclusion(qtbot, win)
    before = len(register(admin_window))
    dialog.panel.prompts = Answers(printer=pdf_printer(tmp_path / "missing" / "out.pdf"))  # cannot be opened
    with qtbot.waitSignal(dialog.printed, timeout=30000) as printed:
        dialog.panel.print_button.click()
    result = printed.args[0]
    assert len(register(admin_window)) == before + 1  # the copies exist: the register says so, and so does HoSo
    qtbot.waitUntil(lambda: any(f"{result.register_number}/{result.register_year}" in b.text() and "không thành công" in b.text()
                                for b in message_boxes()), timeout=10000)
    wait_shown(qtbot, dialog)
    assert dialog.panel.options.reprint_of == result.number
