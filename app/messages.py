"""User-facing texts of the core (errors, CLI), Vietnamese first, English second.

The GUI has its own Qt translations; the core cannot use Qt, so its few
sentences live here, keyed by the stable error codes of the CLI contract.
"""

from __future__ import annotations

import os

_LANG = os.environ.get("HOSO_LANG", "vi")

CATALOG: dict[str, tuple[str, str]] = {
    "wrong_password": ("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password."),
    "vault_locked_out": (
        "Tài khoản {user} đã bị khóa sau {count} lần nhập sai mật khẩu. Quản trị viên hoặc khóa khôi phục có thể mở khóa.",
        "Account {user} is locked after {count} wrong passwords. An administrator or the recovery key can unlock it.",
    ),
    "login_throttled": (
        "Nhập sai nhiều lần. Vui lòng thử lại sau {seconds} giây.",
        "Too many wrong passwords. Try again in {seconds} seconds.",
    ),
    "not_a_vault": ("Thư mục {path} không phải là kho dữ liệu HoSo.", "{path} is not a HoSo vault."),
    "vault_exists": ("Thư mục {path} đã có kho dữ liệu HoSo.", "{path} already holds a HoSo vault."),
    "vault_corrupt": (
        "Kho dữ liệu bị hỏng hoặc bị sửa đổi: {detail}",
        "The vault is damaged or was altered: {detail}",
    ),
    "permission_denied": (
        "Vai trò {role} không được phép thực hiện thao tác này ({permission}).",
        "Role {role} may not do this ({permission}).",
    ),
    "user_exists": ("Người dùng {user} đã tồn tại.", "User {user} already exists."),
    "unknown_user": ("Không có người dùng {user}.", "No user {user}."),
    "user_inactive": ("Tài khoản {user} đã bị vô hiệu hóa.", "Account {user} is disabled."),
    "weak_password": ("Mật khẩu quá yếu: {reason}", "Password too weak: {reason}"),
    "bad_recovery_key": (
        "Khóa khôi phục không đúng hoặc gõ sai (kiểm tra lại từng nhóm ký tự).",
        "The recovery key is wrong or mistyped (check each group).",
    ),
    "bad_input": ("Dữ liệu không hợp lệ: {detail}", "Invalid input: {detail}"),
    "last_admin": (
        "Không thể bỏ quyền hoặc vô hiệu hóa quản trị viên cuối cùng.",
        "The last active administrator cannot be demoted or disabled.",
    ),
    "backup_failed": ("Sao lưu không thành công: {detail}", "Backup failed: {detail}"),
    "restore_failed": ("Khôi phục không thành công: {detail}", "Restore failed: {detail}"),
    "migration_failed": (
        "Nâng cấp cấu trúc dữ liệu (bước {version}) không thành công; dữ liệu giữ nguyên. {detail}",
        "Schema migration {version} failed; nothing was changed. {detail}",
    ),
    "disk_error": ("Lỗi ghi đĩa: {detail}", "Disk error: {detail}"),
    "self_test_failed": ("Tự kiểm tra không đạt: {detail}", "Self-test failed: {detail}"),
    "vault_newer": (
        "Kho dữ liệu được tạo bởi phiên bản HoSo mới hơn (cấu trúc {found} > {supported}).",
        "The vault was made by a newer HoSo (schema {found} > {supported}).",
    ),
    "id_mismatch": (
        "Số CCCD không khớp với hồ sơ: {detail}. Nếu đúng là như vậy, hãy ghi lý do chấp nhận.",
        "The ID number does not match the dossier: {detail}. If that is right, record a reason.",
    ),
    "person_not_found": ("Không có hồ sơ số {id}.", "No dossier {id}."),
    "stale_version": (
        "Hồ sơ vừa được người khác lưu. Hãy mở lại để xem thay đổi mới nhất rồi sửa tiếp.",
        "Someone else saved this dossier meanwhile. Reopen it to see the latest version.",
    ),
    "attachment_not_found": ("Không có tệp đính kèm số {id}.", "No attachment {id}."),
    "cancelled": ("Đã hủy; không có gì thay đổi.", "Cancelled; nothing was changed."),
    "confirmation_required": (
        "Thao tác này cần được xác nhận trước.",
        "This operation must be confirmed first.",
    ),
    "merge_invalid": ("Không thể gộp hồ sơ: {detail}", "Cannot merge: {detail}"),
    "bad_template": ("Mẫu danh mục {file}, dòng {line}: {problem}", "Checklist template {file}, line {line}: {problem}"),
    "checklist_incomplete": (
        "Chưa thể chuyển sang thẩm định: còn mục bắt buộc chưa xong ({items}).",
        "Cannot go to appraisal: required items are still open ({items}).",
    ),
    "invalid_transition": ("Không thực hiện được: {reason}.", "Not possible: {reason}."),
    "proposal_incomplete": ("Đề xuất chưa đủ: {detail}.", "The proposal is incomplete: {detail}."),
    "case_closed": (
        "Vụ việc số {id} đã ở trạng thái '{state}' và không thể sửa; hãy tạo bản đính chính.",
        "Case {id} is '{state}' and cannot change; make a correction instead.",
    ),
    "note_required": ("Cần ghi {what}.", "A note is required: {what}."),
    "case_not_found": ("Không có vụ việc số {id}.", "No case {id}."),
    "item_not_found": ("Vụ việc số {id} không có mục {item}.", "Case {id} has no item {item}."),
    "unknown_purpose": ("Không có mẫu cho mục đích '{purpose}' (có: {known}).", "No template for purpose '{purpose}' (known: {known})."),
    "bad_unit_card": ("Thẻ đơn vị không hợp lệ: {detail}.", "Invalid unit card: {detail}."),
    "fingerprint_mismatch": (
        "Dấu vân tay không khớp với thẻ của đơn vị {unit}: không tin cậy. Hãy đối chiếu lại với tờ in của đơn vị đó.",
        "The fingerprint does not match the card of unit {unit}: not trusted. Check it against that unit's printed sheet.",
    ),
    "unit_key_changed": (
        "Đơn vị {unit} có khóa khác với khóa đang tin cậy, và thẻ mới không được ký bằng khóa cũ. Cần đối chiếu dấu vân tay trên giấy.",
        "Unit {unit} presents a different key not signed by the trusted one. Check the fingerprint on paper.",
    ),
    "unit_revoked": ("Đơn vị {unit} đã bị thu hồi tin cậy.", "Unit {unit} has been revoked."),
    "unknown_unit": ("Không có đơn vị tin cậy mã {unit}.", "No trusted unit {unit}."),
    "bundle_malformed": ("Tệp không phải gói tin HoSo hợp lệ: {detail}.", "Not a valid HoSo bundle: {detail}."),
    "bundle_truncated": ("Gói tin bị cắt cụt (chép chưa xong hoặc USB bị rút): {detail}.", "The bundle is truncated: {detail}."),
    "bundle_tampered": ("Gói tin đã bị sửa đổi hoặc hỏng: {detail}. Không nhập gì.", "The bundle was altered or damaged: {detail}. Nothing imported."),
    "bundle_not_for_us": ("Gói tin không gửi cho đơn vị này: {detail}.", "The bundle is not addressed to this unit: {detail}."),
    "bundle_unknown_sender": ("Đơn vị gửi chưa được tin cậy hoặc đã bị thu hồi: {detail}.", "Unknown or revoked sender: {detail}."),
    "bundle_replayed": ("Gói tin này (hoặc một gói mới hơn của cùng đơn vị) đã được nhập trước đây: {detail}.", "This bundle was already imported: {detail}."),
    "medium_error": (
        "Không ghi được ra thiết bị lưu trữ ({detail}). Không có gói tin nào được tạo; kiểm tra USB và thử lại.",
        "Could not write to the medium ({detail}). No bundle was made; check the USB stick and retry.",
    ),
    "secrecy_too_low": (
        "Không thể gửi với độ mật '{level}' vì bên trong có tài liệu độ mật '{inside}'; muốn hạ độ mật cần có quyết định.",
        "Cannot send as '{level}': it contains '{inside}' material; lowering a level needs a recorded decision.",
    ),
    "bad_excel": ("Tệp bảng tính không dùng được: {detail}", "The spreadsheet cannot be used: {detail}"),
}


def set_language(lang: str) -> None:
    global _LANG
    _LANG = "en" if lang.lower().startswith("en") else "vi"


def language() -> str:
    return _LANG


def text(code: str, **params: object) -> str:
    vi, en = CATALOG.get(code, (code, code))
    template = en if _LANG == "en" else vi
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
