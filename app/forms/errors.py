"""Errors of the printed forms, with their own Vietnamese/English texts.

The core catalogue (app/messages.py) belongs to another module; these codes
fall back to it first, so moving the texts there later changes nothing.
"""

from __future__ import annotations

from .. import messages
from ..errors import HosoError

CATALOG: dict[str, tuple[str, str]] = {
    "case_not_concluded": (
        "Vụ việc số {id} chưa kết luận (đang ở bước '{state}'): chỉ in được kết luận của vụ việc đã kết luận."
        " Hãy hoàn thành các bước và trình lãnh đạo ký kết luận trước.",
        "Case {id} is not concluded (state '{state}'): only a concluded case has a conclusion to print."
        " Complete the steps and have a leader sign the conclusion first.",
    ),
    "case_not_ready": (
        "Vụ việc số {id} đang ở bước '{state}': {what} chỉ in được từ bước thẩm định trở đi."
        " Hãy chuyển vụ việc sang bước thẩm định rồi in lại.",
        "Case {id} is at '{state}': the {what} can be printed from appraisal onwards."
        " Move the case on to appraisal, then print again.",
    ),
    "case_superseded": (
        "Vụ việc số {id} đã được đính chính bởi vụ việc số {by}; hãy in kết luận của vụ việc đính chính.",
        "Case {id} was corrected by case {by}; print the conclusion of the correction.",
    ),
    "request_not_found": (
        "Không có đề nghị thẩm tra số {id}. Hãy kiểm tra lại số trong danh sách đề nghị của vụ việc.",
        "There is no verification request {id}. Check the number in the case's list of requests.",
    ),
    "bad_form_template": (
        "Mẫu biểu {file}, dòng {line}: {problem}. Bản cài đặt có thể bị sửa hoặc hỏng; hãy báo quản trị viên cài lại phần mềm.",
        "Form template {file}, line {line}: {problem}. The installation may have been altered or damaged;"
        " ask the administrator to reinstall the application.",
    ),
    "reason_required": (
        "Văn bản {number} đã in {copies} bản; in thêm phải ghi lý do vào sổ sao, chụp. Hãy nhập lý do rồi in lại.",
        "Document {number} already has {copies} copies; a reprint needs a reason for the copying register. Enter the reason and print again.",
    ),
    "bad_copies": ("Số bản phải từ 1 đến {max}. Hãy nhập lại số bản.", "The number of copies must be 1 to {max}. Enter the number again."),
    "unknown_authoriser": (
        "Người cho phép '{user}' không phải lãnh đạo hoặc quản trị viên đang hoạt động."
        " Hãy chọn một lãnh đạo hoặc quản trị viên đang hoạt động.",
        "Authoriser '{user}' is not an active leader or administrator. Choose an active leader or administrator.",
    ),
    "bad_form_code": (
        "Không đọc được mã kiểm tra: {detail}. Hãy gõ như in trên văn bản, ví dụ '15-KL/TU 7K3M-Q9XZ-2F4A'.",
        "Cannot read the check code: {detail}. Type it as printed, e.g. '15-KL/TU 7K3M-Q9XZ-2F4A'.",
    ),
    "unknown_register": (
        "Không có sổ '{kind}'. Hãy chọn một trong các sổ: outgoing (đi), incoming (đến), copy (sao, chụp).",
        "There is no register '{kind}'. Choose one of: outgoing, incoming, copy.",
    ),
}


class FormError(HosoError):
    """An expected refusal of the forms module."""

    @property
    def message(self) -> str:
        if self.code in messages.CATALOG:
            return messages.text(self.code, **self.params)
        vi, en = CATALOG.get(self.code, (self.code, self.code))
        template = en if messages.language() == "en" else vi
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


class FormTemplateError(FormError):
    code = "bad_form_template"

    def __init__(self, file: str, line: int, problem: str) -> None:
        super().__init__(None, file=file, line=line, problem=problem)
