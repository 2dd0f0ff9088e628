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
    # -- yearly report and incidents
    "yearly_bad_year": ("Năm báo cáo {year} không hợp lệ (từ {min} đến {max}).", "Report year {year} is invalid ({min} to {max})."),
    "yearly_bad_config": ("Tệp cấu hình báo cáo năm {path} không dùng được: {detail}", "The yearly report settings {path} cannot be used: {detail}"),
    "incident_missing": ("Chưa nhập {field}.", "{field} is missing."),
    "incident_too_long": ("{field} dài quá {max} ký tự.", "{field} is longer than {max} characters."),
    "incident_bad_kind": ("Loại vụ việc '{kind}' không có (chỉ có: mất, lộ).", "Unknown incident kind '{kind}' (loss or leak)."),
    "incident_not_secret": ("Vụ lộ, mất phải ghi độ mật của tài liệu (Mật, Tối mật hoặc Tuyệt mật).",
                            "An incident needs the level of what was lost or leaked (Mật, Tối mật or Tuyệt mật)."),
    "incident_future": ("{what} không thể ở sau thời điểm hiện tại.", "The {what} cannot be in the future."),
    "incident_report_before": ("Ngày báo cáo {report} trước ngày phát hiện {found}.", "The report date {report} is before the discovery {found}."),
    "incident_not_found": ("Không có vụ lộ, mất số {id}.", "No incident {id}."),
    "incident_cancelled": ("Mục vụ lộ, mất số {number} đã bị hủy.", "Incident {number} was cancelled."),
    # -- registers (books, volumes, corrections, hand-over slip)
    "register_unknown_kind": ("Không có sổ '{kind}' (có: {kinds}).", "No register '{kind}' (there are: {kinds})."),
    "register_entry_not_found": ("Không có mục số {id} trong {book}.", "No entry {id} in that register."),
    "register_volume_closed": (
        "Quyển sổ số {volume} đã khóa: không ghi thêm, không hủy, không sửa mục trong quyển đã khóa.",
        "Volume {volume} is closed: no entry, cancellation or correction inside it.",
    ),
    "register_volume_empty": ("Quyển đang mở của {book} chưa có mục nào; không khóa quyển sổ trống.",
                              "The open volume has no entries; an empty volume is not closed."),
    "register_entry_cancelled": ("Mục số {number} đã hủy; mục đã hủy giữ nguyên, không sửa.",
                                 "Entry {number} is cancelled; a cancelled entry is kept as it is."),
    "register_reason_required": ("Cần ghi lý do (hủy hoặc sửa mục trong sổ phải có lý do).",
                                 "A reason is required to cancel or correct an entry."),
    "register_field_unknown": ("{book} không có cột '{field}' để ghi hoặc sửa.", "The register has no column '{field}' to fill or correct."),
    "register_bad_value": ("Cột '{column}': '{value}' không hợp lệ (cần {expected}).", "Column '{column}': '{value}' is not valid ({expected})."),
    "register_value_too_long": ("Nội dung quá dài (tối đa {max} ký tự).", "The text is too long (at most {max} characters)."),
    "register_entry_empty": ("Mục trống: cần ghi ít nhất một cột.", "The entry is empty: fill at least one column."),
    "register_same_value": ("Giá trị mới giống giá trị đang ghi; không có gì để sửa.", "The new value is the same as the old one."),
    "register_abstract_not_authorised": (
        "Tài liệu Tuyệt mật: sổ chỉ ghi trích yếu khi có ý kiến cho phép — ghi người cho phép và văn bản cho phép.",
        "Top secret: the register holds an abstract only with a recorded authorisation (who, and the written decision).",
    ),
    "register_authorisation_required": ("Cần ghi người cho phép và văn bản cho phép.", "Record who authorised it and the written authorisation."),
    "handover_not_outgoing": ("Mục {id} không phải một mục của sổ văn bản mật đi.", "Entry {id} is not an outgoing-register entry."),
    "handover_names_required": ("Cần ghi họ tên người giao và người nhận.", "Name the person handing over and the person receiving."),
    # -- secrecy lifecycle (terms, extension, adjustment, declassification)
    "secrecy_bad_kind": ("Loại tài liệu '{kind}' không có (có: {kinds}).", "Unknown item kind '{kind}' (there are: {kinds})."),
    "secrecy_item_not_found": ("Không có {kind} số {id} (có thể đã bị hủy).", "No {kind} {id} (it may have been destroyed)."),
    "secrecy_not_classified": ("{kind} số {id} không mang độ mật (chưa xác định hoặc đã giải mật).",
                               "{kind} {id} is not classified (never classified, or declassified)."),
    "secrecy_decision_incomplete": ("Cần ghi đủ số quyết định, ngày quyết định và cấp có thẩm quyền.",
                                    "The decision number, its date and the authority are all required."),
    "secrecy_decision_in_future": ("Ngày quyết định {date} ở sau ngày hôm nay.", "The decision date {date} is in the future."),
    "secrecy_extend_too_late": (
        "Quá muộn để gia hạn: quyết định gia hạn phải có chậm nhất {days} ngày trước ngày hết thời hạn bảo vệ ({expires}); "
        "quyết định ngày {date} chỉ còn {left} ngày.",
        "Too late to extend: an extension must be decided at least {days} days before the term ends ({expires}); "
        "the decision of {date} leaves {left} days.",
    ),
    "secrecy_extend_not_later": ("Hạn mới {until} phải sau hạn hiện tại {expires}.", "The new end {until} must be after the current end {expires}."),
    "secrecy_extend_too_long": (
        "Mỗi lần gia hạn không quá {years} năm (thời hạn bảo vệ của độ {level}): hạn mới muộn nhất là {max}.",
        "Each extension is at most {years} years (the base term of {level}): the latest new end is {max}.",
    ),
    "secrecy_term_too_long": (
        "Thời hạn ghi trong quyết định không được dài hơn {years} năm của độ {level} (muộn nhất {max}).",
        "A stated term cannot be longer than the {years} years of {level} (at the latest {max}).",
    ),
    "secrecy_term_past": ("Hạn bảo vệ mới {until} phải sau ngày hôm nay.", "The new end of protection {until} must be after today."),
    "secrecy_same_level": ("Tài liệu đã ở độ {level}.", "The item is already {level}."),
    "secrecy_below_parts": (
        "Không thể để {kind} số {id} ở độ '{level}': bên trong có tài liệu độ '{parts}'. Tài liệu tổng hợp lấy độ mật cao nhất "
        "của các thành phần; cần điều chỉnh các thành phần trước.",
        "{kind} {id} cannot be '{level}': it holds '{parts}' material. A combined item takes the highest level of its parts; "
        "adjust the parts first.",
    ),
    "secrecy_terms_invalid": ("Thời hạn bảo vệ không hợp lệ: {detail}", "Invalid protection terms: {detail}"),
    # -- exchange conflicts
    "conflict_not_found": ("Không có xung đột số {id}.", "There is no conflict number {id}."),
    "conflict_resolved": (
        "Xung đột số {id} đã được giải quyết (người quyết định: {by}); không quyết định lại được.",
        "Conflict number {id} has already been decided (by {by}); it cannot be decided again.",
    ),
    "conflict_record_gone": (
        "Hồ sơ hoặc vụ việc của xung đột số {id} không còn trong kho; bản nhận được vẫn được lưu ở xung đột này.",
        "The dossier or case of conflict number {id} is no longer in the vault; the received version stays with the conflict.",
    ),
    "conflict_superseded": (
        "Đơn vị {unit} đã gửi lại bản mới hơn của hồ sơ này (xung đột số {newer}): hãy quyết định xung đột đó; "
        "xung đột số {id} sẽ được giải quyết theo.",
        "Unit {unit} has since sent a newer version of this record (conflict number {newer}): decide that one; "
        "conflict number {id} is settled with it.",
    ),
    "conflict_merge_case": (
        "Xung đột số {id} là của một vụ việc: chỉ giữ bản của đơn vị hoặc lấy bản nhận được, không gộp từng trường.",
        "Conflict number {id} is about a case: keep ours or take theirs; cases are not merged field by field.",
    ),
    "conflict_bad_fields": (
        "Xung đột số {id}: hai bản không khác nhau ở {fields}; chỉ chọn được các trường khác nhau.",
        "Conflict number {id}: the two versions do not differ in {fields}; only differing fields can be chosen.",
    ),
    "conflict_merge_invalid": (
        "Bản gộp của xung đột số {id} không hợp lệ: {detail}. Chọn thêm hoặc bớt trường cho khớp nhau.",
        "The merged version of conflict number {id} is not valid: {detail}. Choose fields that fit together.",
    ),
    # -- carriers, destruction, recall
    "carrier_unknown": ("Vật mang tin '{label}' chưa được đăng ký.", "Carrier '{label}' is not registered."),
    "carrier_exists": ("Đã có vật mang tin nhãn '{label}'.", "A carrier labelled '{label}' already exists."),
    "carrier_serial_exists": ("Thiết bị số seri {serial} đã được đăng ký với nhãn '{label}'.",
                              "The device with serial {serial} is already registered as '{label}'."),
    "carrier_destroyed": ("Vật mang tin '{label}' đã bị tiêu hủy; không dùng được nữa.", "Carrier '{label}' was destroyed and cannot be used."),
    "carrier_out": ("Vật mang tin '{label}' đang được mang ra ngoài ({user}); phải ghi nhận lại trước.",
                    "Carrier '{label}' is out with {user}; record its return first."),
    "carrier_not_out": ("Vật mang tin '{label}' không ở ngoài (đang được cất giữ).", "Carrier '{label}' is not out."),
    "destruction_not_found": ("Không có đề xuất tiêu hủy số {id}.", "No destruction procedure {id}."),
    "destruction_bad_state": ("Đề xuất tiêu hủy số {id} đang ở trạng thái '{state}': không thể {action}.",
                              "Destruction procedure {id} is '{state}': cannot do this ({action})."),
    "destruction_blocked": ("Chưa tiêu hủy được {item}: {detail}. Không có gì bị thay đổi.",
                            "Could not destroy {item}: {detail}. Nothing was changed."),
    "destruction_compact_failed": (
        "Dữ liệu đã bị xóa nhưng chưa dọn sạch được kho ({detail}). Chạy lại lệnh tiêu hủy đề xuất này để dọn sạch.",
        "The data was deleted but the vault could not be compacted ({detail}). Run the execution again to compact it.",
    ),
    "form_document_not_found": ("Không có văn bản đã phát hành số {id}.", "No issued document {id}."),
    "copy_entry_not_found": ("Không có mục số {id} trong sổ sao, chụp.", "No copying-register entry {id}."),
    # -- installer
    "vault_on_network": (
        "Kho dữ liệu {path} nằm trên ổ đĩa mạng. HoSo không chạy kho dữ liệu từ ổ mạng: dữ liệu mật sẽ đi qua mạng và "
        "có thể bị người khác truy cập. Hãy chép kho vào ổ đĩa cố định của máy này (ví dụ thư mục mặc định) rồi mở lại.",
        "The vault {path} is on a network drive. HoSo does not run a vault from a network share: secret data would "
        "travel over the network. Copy the vault to a fixed disk of this computer (e.g. the default folder) and open it again.",
    ),
    "vault_on_removable": (
        "Kho dữ liệu {path} nằm trên thiết bị lưu trữ di động (USB, thẻ nhớ, ổ cứng gắn ngoài). HoSo không chạy kho dữ liệu "
        "từ thiết bị di động: thiết bị dễ thất lạc và bị rút ra khi đang ghi. Hãy khôi phục kho từ bản sao lưu vào ổ đĩa cố định "
        "của máy này (hoso vault restore) rồi mở lại.",
        "The vault {path} is on removable storage (USB stick, memory card, external disk). HoSo does not run a vault from "
        "removable storage: it is easily lost and may be pulled out while writing. Restore the vault from a backup onto a "
        "fixed disk of this computer (hoso vault restore) and open it again.",
    ),
    "release_bad_key": ("Không đọc được khóa phát hành {path}: {detail}", "Cannot read the release key {path}: {detail}"),
    "release_unsigned": (
        "Thư mục {path} không có SHA256SUMS và SHA256SUMS.sig: bộ cài chưa được ký, không được cài.",
        "{path} has no SHA256SUMS and SHA256SUMS.sig: the release is not signed; do not install it.",
    ),
    "release_bad_signature": (
        "Chữ ký bộ cài không hợp lệ ({detail}). Không được cài; báo cho đơn vị phát hành.",
        "The release signature is not valid ({detail}). Do not install; tell the issuing unit.",
    ),
    "release_wrong_key": (
        "Bộ cài được ký bằng khóa {signed_by}, không phải khóa phát hành đã giao ({key_id}). Không được cài; báo cho đơn vị phát hành.",
        "The release was signed with key {signed_by}, not with the release key you hold ({key_id}). Do not install; tell the issuing unit.",
    ),
    "release_tampered": (
        "Bộ cài không khớp với danh sách đã ký: {detail}. Không được cài; chép lại từ bản gốc hoặc báo cho đơn vị phát hành.",
        "The release does not match its signed list: {detail}. Do not install; copy it again from the original or tell the issuing unit.",
    ),
    # -- levels (a dossier's secrecy level changed in the editor)
    "secrecy_lower_needs_decision": (
        "Không thể hạ độ mật hồ sơ từ {old} xuống {new} bằng cách sửa thông thường: cần quyết định của cấp có thẩm quyền "
        "(số, ngày, cơ quan quyết định), do người có quyền quyết định độ mật ghi lại.",
        "The dossier's level cannot be lowered from {old} to {new} by an ordinary edit: it needs a decision of the competent "
        "authority (number, date, authority), recorded by someone who may decide secrecy.",
    ),
    "secrecy_raise_needs_reason": (
        "Nâng độ mật hồ sơ từ {old} lên {new} cần ghi lý do.",
        "Raising the dossier's level from {old} to {new} needs a reason.",
    ),
    # -- attachment files (encrypted blob files beside the database)
    "blob_missing": (
        "Không tìm thấy tệp nội dung của tệp đính kèm (nội dung số {blob}, {name}) trong thư mục kho dữ liệu. "
        "Khôi phục kho từ bản sao lưu gần nhất hoặc báo cho quản trị viên.",
        "The content file of an attachment (content {blob}, {name}) is missing from the vault folder. "
        "Restore the vault from the latest backup or tell the administrator.",
    ),
    "blob_damaged": (
        "Tệp nội dung của tệp đính kèm (nội dung số {blob}) bị hỏng hoặc đã bị sửa, không được dùng: {detail}. "
        "Khôi phục kho từ bản sao lưu gần nhất hoặc báo cho quản trị viên.",
        "The content file of an attachment (content {blob}) is damaged or was altered and is not used: {detail}. "
        "Restore the vault from the latest backup or tell the administrator.",
    ),
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
