"""User-facing texts of the core (errors, CLI), Vietnamese first, English second.

The GUI has its own Qt translations; the core cannot use Qt, so its few
sentences live here, keyed by the stable error codes of the CLI contract.
"""

from __future__ import annotations

import os

_LANG = os.environ.get("HOSO_LANG", "vi")

CATALOG: dict[str, tuple[str, str]] = {
    "wrong_password": (
        "Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra phím Caps Lock và kiểu gõ bàn phím rồi nhập lại.",
        "Wrong user name or password. Check Caps Lock and the keyboard layout, then type them again.",
    ),
    "vault_locked_out": (
        "Tài khoản {user} đã bị khóa sau {count} lần nhập sai mật khẩu. Hãy nhờ quản trị viên mở khóa, hoặc mở khóa bằng khóa khôi phục.",
        "Account {user} is locked after {count} wrong passwords. Ask an administrator to unlock it, or unlock it with the recovery key.",
    ),
    "login_throttled": (
        "Nhập sai nhiều lần. Vui lòng thử lại sau {seconds} giây.",
        "Too many wrong passwords. Try again in {seconds} seconds.",
    ),
    "not_a_vault": (
        "Thư mục {path} không phải là kho dữ liệu HoSo. Hãy kiểm tra lại đường dẫn, hoặc chọn thư mục chứa kho dữ liệu.",
        "{path} is not a HoSo vault. Check the path, or choose the folder that holds the vault.",
    ),
    "vault_exists": (
        "Thư mục {path} đã có kho dữ liệu HoSo. Hãy mở kho dữ liệu đó, hoặc chọn một thư mục trống khác để tạo kho mới.",
        "{path} already holds a HoSo vault. Open that vault, or choose another, empty folder for a new one.",
    ),
    "vault_corrupt": (
        "Kho dữ liệu bị hỏng hoặc bị sửa đổi ({detail}). Không tiếp tục dùng kho này; hãy báo quản trị viên để khôi phục từ bản sao lưu gần nhất.",
        "The vault is damaged or was altered ({detail}). Stop using it; tell your administrator, who can restore the latest backup.",
    ),
    "permission_denied": (
        "Vai trò {role} không được phép thực hiện thao tác này (mã quyền: {permission}). Nếu công việc cần, hãy nhờ người có quyền thực hiện "
        "hoặc đề nghị quản trị viên cấp quyền.",
        "Role {role} may not do this (permission code: {permission}). If the work needs it, ask someone who may, or ask an administrator for the right.",
    ),
    "user_exists": ("Người dùng {user} đã tồn tại. Hãy chọn tên đăng nhập khác.", "User {user} already exists. Choose another user name."),
    "unknown_user": ("Không có người dùng {user}. Hãy kiểm tra lại tên đăng nhập.", "No user {user}. Check the user name."),
    "user_inactive": (
        "Tài khoản {user} đã bị vô hiệu hóa. Nếu cần dùng lại, hãy liên hệ quản trị viên.",
        "Account {user} is disabled. To use it again, contact an administrator.",
    ),
    "weak_password": (
        "Mật khẩu quá yếu: {reason}. Hãy chọn mật khẩu dài hơn, khó đoán hơn.",
        "Password too weak: {reason}. Choose a longer password that is harder to guess.",
    ),
    "bad_recovery_key": (
        "Khóa khôi phục không đúng hoặc gõ sai. Hãy đối chiếu từng nhóm ký tự với tờ khóa khôi phục đã in rồi nhập lại.",
        "The recovery key is wrong or mistyped. Compare each group with the printed recovery sheet and type it again.",
    ),
    "bad_input": ("Dữ liệu không hợp lệ ({detail}). Hãy sửa lại rồi thử lại.", "Invalid input ({detail}). Correct it and try again."),
    "last_admin": (
        "Không thể bỏ quyền hoặc vô hiệu hóa quản trị viên cuối cùng. Hãy cấp quyền quản trị cho một người dùng khác trước.",
        "The last active administrator cannot be demoted or disabled. Make another user an administrator first.",
    ),
    "backup_failed": (
        "Sao lưu không thành công ({detail}). Hãy chọn thư mục đích khác hoặc kiểm tra ổ đĩa còn đủ chỗ trống, rồi sao lưu lại.",
        "Backup failed ({detail}). Choose another target folder or check that the disk has enough free space, then back up again.",
    ),
    "restore_failed": (
        "Khôi phục không thành công ({detail}). Hãy kiểm tra đã chọn đúng thư mục sao lưu của kho này; nếu bản sao lưu bị hỏng, "
        "hãy dùng một bản sao lưu khác.",
        "Restore failed ({detail}). Check that you chose a backup folder of this vault; if that backup is damaged, use another one.",
    ),
    "migration_failed": (
        "Nâng cấp cấu trúc dữ liệu (bước {version}) không thành công; dữ liệu giữ nguyên ({detail}). Hãy báo quản trị viên.",
        "Upgrading the data structure (step {version}) failed; nothing was changed ({detail}). Tell your administrator.",
    ),
    "disk_error": (
        "Không đọc hoặc ghi được trên ổ đĩa ({detail}). Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục cho phép ghi, rồi thử lại.",
        "Could not read or write the disk ({detail}). Check that the disk has free space and the folder can be written to, then try again.",
    ),
    "self_test_failed": (
        "Tự kiểm tra không đạt ({detail}). Chưa dùng máy này cho công việc; hãy báo quản trị viên.",
        "Self-test failed ({detail}). Do not work on this computer yet; tell your administrator.",
    ),
    "vault_newer": (
        "Kho dữ liệu được tạo bởi phiên bản HoSo mới hơn (định dạng dữ liệu {found}; phiên bản này chỉ đọc được đến {supported}). "
        "Hãy cài phiên bản HoSo mới hơn rồi mở lại.",
        "The vault was made by a newer HoSo (data format {found}; this version reads up to {supported}). "
        "Install the newer HoSo and open it again.",
    ),
    "id_mismatch": (
        "Số CCCD không khớp với hồ sơ: {detail}. Nếu đúng là như vậy, hãy ghi lý do chấp nhận.",
        "The ID number does not match the dossier: {detail}. If that is right, record a reason.",
    ),
    "person_not_found": (
        "Không có hồ sơ số {id}. Hãy kiểm tra lại số hồ sơ (hồ sơ có thể đã được gộp hoặc tiêu hủy).",
        "No dossier {id}. Check the number (the dossier may have been merged or destroyed).",
    ),
    "stale_version": (
        "Hồ sơ vừa được người khác lưu. Hãy mở lại để xem thay đổi mới nhất rồi sửa tiếp.",
        "Someone else saved this dossier meanwhile. Reopen it to see the latest version.",
    ),
    "attachment_not_found": (
        "Không có tệp đính kèm số {id}. Hãy mở lại hồ sơ để xem các tệp đính kèm hiện có.",
        "No attachment {id}. Reopen the dossier to see its current attachments.",
    ),
    "cancelled": ("Đã hủy; không có gì thay đổi.", "Cancelled; nothing was changed."),
    "confirmation_required": (
        "Thao tác này cần được xác nhận trước. Hãy xác nhận rồi thực hiện lại.",
        "This operation must be confirmed first. Confirm it and run it again.",
    ),
    "merge_invalid": ("Không thể gộp hồ sơ ({detail}). Hãy chọn lại hai hồ sơ cần gộp.", "Cannot merge ({detail}). Choose the two dossiers to merge again."),
    "bad_template": (
        "Mẫu danh mục {file}, dòng {line}: {problem}. Hãy sửa dòng này trong tệp mẫu hoặc báo quản trị viên.",
        "Checklist template {file}, line {line}: {problem}. Correct that line in the template file or tell your administrator.",
    ),
    "checklist_incomplete": (
        "Chưa thể chuyển sang thẩm định: còn mục bắt buộc chưa xong ({items}). Hãy hoàn thành các mục này trước.",
        "Cannot go to appraisal: required items are still open ({items}). Complete them first.",
    ),
    "invalid_transition": (
        "Không thực hiện được: {reason}. Không có gì thay đổi; hãy xem trạng thái hiện tại của vụ việc rồi chọn bước phù hợp.",
        "Not possible: {reason}. Nothing was changed; look at the case's current state and choose a step that fits.",
    ),
    "proposal_incomplete": ("Đề xuất chưa đủ: {detail}. Hãy bổ sung rồi thực hiện lại.", "The proposal is incomplete: {detail}. Complete it and try again."),
    "case_closed": (
        "Vụ việc số {id} đã ở trạng thái '{state}' và không thể sửa; hãy tạo bản đính chính.",
        "Case {id} is '{state}' and cannot change; make a correction instead.",
    ),
    "note_required": ("Cần ghi {what}.", "A note is required: {what}."),
    "case_not_found": ("Không có vụ việc số {id}. Hãy kiểm tra lại số vụ việc.", "No case {id}. Check the case number."),
    "item_not_found": (
        "Vụ việc số {id} không có mục {item}. Hãy chọn một mục trong danh mục của vụ việc.",
        "Case {id} has no item {item}. Choose an item from the case's checklist.",
    ),
    "unknown_purpose": (
        "Không có mẫu cho mục đích '{purpose}' (có: {known}). Hãy chọn một trong các mục đích đó.",
        "No template for purpose '{purpose}' (known: {known}). Choose one of those.",
    ),
    "bad_unit_card": (
        "Thẻ đơn vị không hợp lệ: {detail}. Hãy kiểm tra đã chọn đúng tệp thẻ, hoặc đề nghị đơn vị đó gửi lại thẻ.",
        "Invalid unit card: {detail}. Check that you chose the card file, or ask that unit to send its card again.",
    ),
    "fingerprint_mismatch": (
        "Dấu vân tay không khớp với thẻ của đơn vị {unit}: không tin cậy. Hãy đối chiếu lại với tờ in của đơn vị đó.",
        "The fingerprint does not match the card of unit {unit}: not trusted. Check it against that unit's printed sheet.",
    ),
    "unit_key_changed": (
        "Đơn vị {unit} có khóa khác với khóa đang tin cậy, và thẻ mới không được ký bằng khóa cũ. Cần đối chiếu dấu vân tay trên giấy.",
        "Unit {unit} presents a different key not signed by the trusted one. Check the fingerprint on paper.",
    ),
    "unit_revoked": (
        "Đơn vị {unit} đã bị thu hồi tin cậy: không nhận thẻ và gói tin của đơn vị này. Nếu cần trao đổi lại, hãy báo quản trị viên.",
        "Unit {unit} has been revoked: its cards and bundles are not accepted. If you need to exchange with it again, tell your administrator.",
    ),
    "unknown_unit": (
        "Không có đơn vị tin cậy mã {unit}. Hãy kiểm tra lại mã đơn vị, hoặc nhập thẻ của đơn vị đó trước.",
        "No trusted unit {unit}. Check the unit code, or import that unit's card first.",
    ),
    "bundle_malformed": (
        "Tệp không phải gói tin HoSo hợp lệ: {detail}. Hãy kiểm tra đã chọn đúng tệp gói tin nhận được.",
        "Not a valid HoSo bundle: {detail}. Check that you chose the bundle file you received.",
    ),
    "bundle_truncated": (
        "Gói tin bị cắt cụt (chép chưa xong hoặc USB bị rút): {detail}. Không nhập gì; hãy đề nghị đơn vị gửi chép lại gói tin.",
        "The bundle is truncated (copying did not finish, or the USB stick was pulled out): {detail}. Nothing was imported; "
        "ask the sending unit to copy it again.",
    ),
    "bundle_tampered": (
        "Gói tin đã bị sửa đổi hoặc hỏng: {detail}. Không nhập gì. Hãy đề nghị đơn vị gửi gửi lại, và báo cán bộ phụ trách bảo mật.",
        "The bundle was altered or damaged: {detail}. Nothing imported. Ask the sending unit to send it again, and tell the security officer.",
    ),
    "bundle_not_for_us": (
        "Gói tin không gửi cho đơn vị này: {detail}. Không nhập gì; hãy báo lại cho đơn vị gửi.",
        "The bundle is not addressed to this unit: {detail}. Nothing was imported; tell the sending unit.",
    ),
    "bundle_unknown_sender": (
        "Đơn vị gửi chưa được tin cậy hoặc đã bị thu hồi: {detail}. Không nhập gì; hãy nhập thẻ của đơn vị gửi và đối chiếu "
        "dấu vân tay trước, rồi nhập lại gói tin.",
        "Unknown or revoked sender: {detail}. Nothing was imported; import the sending unit's card and check its fingerprint "
        "first, then import the bundle again.",
    ),
    "bundle_replayed": (
        "Gói tin này (hoặc một gói mới hơn của cùng đơn vị) đã được nhập trước đây: {detail}. Không cần nhập lại; nếu đơn vị gửi "
        "có thay đổi mới, hãy đề nghị gửi gói tin mới.",
        "This bundle (or a newer one from the same unit) was already imported: {detail}. There is no need to import it again; "
        "for newer changes, ask the unit for a new bundle.",
    ),
    "medium_error": (
        "Không ghi được ra thiết bị lưu trữ ({detail}). Không có gói tin nào được tạo; kiểm tra USB và thử lại.",
        "Could not write to the medium ({detail}). No bundle was made; check the USB stick and retry.",
    ),
    "secrecy_too_low": (
        "Không thể gửi với độ mật '{level}' vì bên trong có tài liệu độ mật '{inside}'. Hãy chọn độ mật '{inside}' hoặc cao hơn; "
        "muốn hạ độ mật cần có quyết định.",
        "Cannot send as '{level}': it contains '{inside}' material. Choose '{inside}' or higher; lowering a level needs a recorded decision.",
    ),
    "bad_excel": (
        "Không nhập được tệp {file}; hãy sửa tệp rồi nhập lại. Lý do: {reason}",
        "Cannot import {file}; correct the file and import it again. Reason: {reason}",
    ),
    # -- yearly report and incidents
    "yearly_bad_year": (
        "Năm báo cáo {year} không hợp lệ. Hãy chọn một năm từ {min} đến {max}.",
        "Report year {year} is not valid. Choose a year from {min} to {max}.",
    ),
    "yearly_bad_config": (
        "Tệp cấu hình báo cáo năm {path} không dùng được ({detail}). Hãy báo quản trị viên sửa tệp này hoặc cài lại HoSo.",
        "The yearly report settings {path} cannot be used ({detail}). Ask your administrator to correct the file or reinstall HoSo.",
    ),
    "incident_missing": ("Chưa nhập {field}. Hãy nhập rồi lưu lại.", "{field} is missing. Fill it in and save again."),
    "incident_too_long": ("{field} dài quá {max} ký tự. Hãy viết ngắn lại.", "{field} is longer than {max} characters. Shorten it."),
    "incident_bad_kind": (
        "Loại vụ việc '{kind}' không có. Hãy chọn mất hoặc lộ.",
        "Unknown incident kind '{kind}'. Choose loss or leak.",
    ),
    "incident_not_secret": ("Vụ lộ, mất phải ghi độ mật của tài liệu (Mật, Tối mật hoặc Tuyệt mật).",
                            "An incident needs the level of what was lost or leaked (Mật, Tối mật or Tuyệt mật)."),
    "incident_future": (
        "{what} không thể ở sau thời điểm hiện tại. Hãy kiểm tra lại ngày giờ đã nhập.",
        "The {what} cannot be in the future. Check the date and time entered.",
    ),
    "incident_report_before": (
        "Ngày báo cáo {report} trước ngày phát hiện {found}. Hãy sửa lại một trong hai ngày.",
        "The report date {report} is before the discovery {found}. Correct one of the two dates.",
    ),
    "incident_not_found": ("Không có vụ lộ, mất số {id}. Hãy kiểm tra lại số.", "No incident {id}. Check the number."),
    "incident_cancelled": (
        "Mục vụ lộ, mất số {number} đã bị hủy và được giữ nguyên, không sửa được. Nếu cần, hãy ghi một mục mới.",
        "Incident {number} was cancelled and is kept as it is. If needed, record a new one.",
    ),
    # -- registers (books, volumes, corrections, hand-over slip)
    "register_unknown_kind": (
        "Không có sổ '{kind}' (có: {kinds}). Hãy chọn một trong các sổ đó.",
        "No register '{kind}' (there are: {kinds}). Choose one of those.",
    ),
    "register_entry_not_found": ("Không có mục số {id} trong {book}. Hãy kiểm tra lại số mục.", "No entry {id} in that register. Check the entry number."),
    "register_volume_closed": (
        "Quyển sổ số {volume} đã khóa: không ghi thêm, không hủy, không sửa mục trong quyển đã khóa. Hãy ghi mục mới vào quyển đang mở.",
        "Volume {volume} is closed: no entry, cancellation or correction inside it. Make new entries in the open volume.",
    ),
    "register_volume_empty": (
        "Quyển đang mở của {book} chưa có mục nào; không khóa quyển sổ trống. Hãy khóa quyển khi đã có ít nhất một mục.",
        "The open volume has no entries; an empty volume is not closed. Close it once it holds at least one entry.",
    ),
    "register_entry_cancelled": (
        "Mục số {number} đã hủy; mục đã hủy giữ nguyên, không sửa. Nếu cần, hãy ghi một mục mới.",
        "Entry {number} is cancelled; a cancelled entry is kept as it is. If needed, make a new entry.",
    ),
    "register_reason_required": ("Cần ghi lý do (hủy hoặc sửa mục trong sổ phải có lý do).",
                                 "A reason is required to cancel or correct an entry."),
    "register_field_unknown": (
        "{book} không có cột '{field}' để ghi hoặc sửa. Hãy chọn một cột có trong sổ.",
        "The register has no column '{field}' to fill or correct. Choose a column of that register.",
    ),
    "register_bad_value": (
        "Cột '{column}': '{value}' không hợp lệ (cần {expected}). Hãy nhập lại theo đúng dạng đó.",
        "Column '{column}': '{value}' is not valid ({expected}). Enter it again in that form.",
    ),
    "register_value_too_long": (
        "Nội dung quá dài (tối đa {max} ký tự). Hãy viết ngắn lại.",
        "The text is too long (at most {max} characters). Shorten it.",
    ),
    "register_entry_empty": ("Mục trống: cần ghi ít nhất một cột.", "The entry is empty: fill at least one column."),
    "register_same_value": (
        "Giá trị mới giống giá trị đang ghi; không có gì để sửa. Hãy nhập giá trị mới khác giá trị cũ.",
        "The new value is the same as the old one; there is nothing to correct. Enter a different value.",
    ),
    "register_abstract_not_authorised": (
        "Tài liệu Tuyệt mật: sổ chỉ ghi trích yếu khi có ý kiến cho phép — ghi người cho phép và văn bản cho phép.",
        "Top secret: the register holds an abstract only with a recorded authorisation (who, and the written decision).",
    ),
    "register_authorisation_required": ("Cần ghi người cho phép và văn bản cho phép.", "Record who authorised it and the written authorisation."),
    "handover_not_outgoing": (
        "Mục {id} không phải một mục của sổ văn bản mật đi. Hãy chọn một mục của sổ văn bản mật đi.",
        "Entry {id} is not an outgoing-register entry. Choose an entry of the outgoing register.",
    ),
    "handover_names_required": ("Cần ghi họ tên người giao và người nhận.", "Name the person handing over and the person receiving."),
    # -- secrecy lifecycle (terms, extension, adjustment, declassification)
    "secrecy_bad_kind": (
        "Loại tài liệu '{kind}' không có (có: {kinds}). Hãy chọn một trong các loại đó.",
        "Unknown item kind '{kind}' (there are: {kinds}). Choose one of those.",
    ),
    "secrecy_item_not_found": (
        "Không có {kind} số {id} (có thể đã bị tiêu hủy). Hãy kiểm tra lại số.",
        "No {kind} {id} (it may have been destroyed). Check the number.",
    ),
    "secrecy_not_classified": (
        "{kind} số {id} không mang độ mật (chưa xác định hoặc đã giải mật), nên không gia hạn, điều chỉnh hay giải mật được. "
        "Hãy kiểm tra lại loại và số tài liệu.",
        "{kind} {id} is not classified (never classified, or declassified), so it cannot be extended, adjusted or declassified. "
        "Check the kind and number.",
    ),
    "secrecy_decision_incomplete": ("Cần ghi đủ số quyết định, ngày quyết định và cấp có thẩm quyền.",
                                    "The decision number, its date and the authority are all required."),
    "secrecy_decision_in_future": (
        "Ngày quyết định {date} ở sau ngày hôm nay. Hãy kiểm tra lại ngày quyết định.",
        "The decision date {date} is in the future. Check the date of the decision.",
    ),
    "secrecy_extend_too_late": (
        "Quá muộn để gia hạn: quyết định gia hạn phải có chậm nhất {days} ngày trước ngày hết thời hạn bảo vệ ({expires}); "
        "quyết định ngày {date} chỉ còn {left} ngày. Nếu ngày quyết định nhập sai, hãy sửa lại.",
        "Too late to extend: an extension must be decided at least {days} days before the term ends ({expires}); "
        "the decision of {date} leaves {left} days. If the decision date was mistyped, correct it.",
    ),
    "secrecy_extend_not_later": (
        "Hạn mới {until} phải sau hạn hiện tại {expires}. Hãy chọn hạn mới muộn hơn.",
        "The new end {until} must be after the current end {expires}. Choose a later end.",
    ),
    "secrecy_extend_too_long": (
        "Mỗi lần gia hạn không quá {years} năm (thời hạn bảo vệ của độ {level}). Hãy chọn hạn mới không muộn hơn {max}.",
        "Each extension is at most {years} years (the base term of {level}). Choose a new end no later than {max}.",
    ),
    "secrecy_term_too_long": (
        "Thời hạn ghi trong quyết định không được dài hơn {years} năm của độ {level}. Hãy ghi hạn không muộn hơn {max}.",
        "A stated term cannot be longer than the {years} years of {level}. Enter an end no later than {max}.",
    ),
    "secrecy_term_past": (
        "Hạn bảo vệ mới {until} phải sau ngày hôm nay. Hãy chọn một ngày sau hôm nay.",
        "The new end of protection {until} must be after today. Choose a later date.",
    ),
    "secrecy_same_level": (
        "Tài liệu đã ở độ {level}; không có gì thay đổi. Muốn điều chỉnh, hãy chọn một độ mật khác.",
        "The item is already {level}; nothing was changed. To adjust it, choose another level.",
    ),
    "secrecy_below_parts": (
        "Không thể để {kind} số {id} ở độ '{level}': bên trong có tài liệu độ '{parts}'. Tài liệu tổng hợp lấy độ mật cao nhất "
        "của các thành phần; cần điều chỉnh các thành phần trước.",
        "{kind} {id} cannot be '{level}': it holds '{parts}' material. A combined item takes the highest level of its parts; "
        "adjust the parts first.",
    ),
    "secrecy_terms_invalid": (
        "Thời hạn bảo vệ không hợp lệ ({detail}). Hãy sửa lại rồi lưu.",
        "Invalid protection terms ({detail}). Correct them and save again.",
    ),
    # -- exchange conflicts
    "conflict_not_found": (
        "Không có xung đột số {id}. Hãy kiểm tra lại số trong danh sách xung đột.",
        "There is no conflict number {id}. Check the number in the list of conflicts.",
    ),
    "conflict_resolved": (
        "Xung đột số {id} đã được giải quyết (người quyết định: {by}); không quyết định lại được. Hãy làm mới danh sách xung đột để xem kết quả.",
        "Conflict number {id} has already been decided (by {by}); it cannot be decided again. Refresh the list of conflicts to see the result.",
    ),
    "conflict_record_gone": (
        "Hồ sơ hoặc vụ việc của xung đột số {id} không còn trong kho; bản nhận được vẫn được lưu ở xung đột này. "
        "Hãy kiểm tra xem hồ sơ đó đã được gộp hay tiêu hủy; nếu cần nhận lại, hãy đề nghị đơn vị gửi gửi lại.",
        "The dossier or case of conflict number {id} is no longer in the vault; the received version stays with the conflict. "
        "Check whether it was merged or destroyed; if it is still needed, ask the sending unit to send it again.",
    ),
    "conflict_superseded": (
        "Đơn vị {unit} đã gửi lại bản mới hơn của hồ sơ này (xung đột số {newer}): hãy quyết định xung đột đó; "
        "xung đột số {id} sẽ được giải quyết theo.",
        "Unit {unit} has since sent a newer version of this record (conflict number {newer}): decide that one; "
        "conflict number {id} is settled with it.",
    ),
    "conflict_merge_case": (
        "Xung đột số {id} là của một vụ việc: không gộp từng trường. Hãy chọn giữ bản của đơn vị hoặc lấy bản nhận được.",
        "Conflict number {id} is about a case: cases are not merged field by field. Choose to keep ours or take theirs.",
    ),
    "conflict_bad_fields": (
        "Xung đột số {id}: hai bản không khác nhau ở {fields}. Hãy chỉ chọn các trường khác nhau.",
        "Conflict number {id}: the two versions do not differ in {fields}. Choose only fields that differ.",
    ),
    "conflict_merge_invalid": (
        "Bản gộp của xung đột số {id} không hợp lệ: {detail}. Chọn thêm hoặc bớt trường cho khớp nhau.",
        "The merged version of conflict number {id} is not valid: {detail}. Choose fields that fit together.",
    ),
    # -- carriers, destruction, recall
    "carrier_unknown": (
        "Vật mang tin '{label}' chưa được đăng ký. Hãy đăng ký vật mang tin này trước.",
        "Carrier '{label}' is not registered. Register it first.",
    ),
    "carrier_exists": (
        "Đã có vật mang tin nhãn '{label}'. Hãy dùng một nhãn khác.",
        "A carrier labelled '{label}' already exists. Use another label.",
    ),
    "carrier_serial_exists": (
        "Thiết bị số seri {serial} đã được đăng ký với nhãn '{label}'. Hãy dùng nhãn '{label}' cho thiết bị này.",
        "The device with serial {serial} is already registered as '{label}'. Use the label '{label}' for it.",
    ),
    "carrier_destroyed": (
        "Vật mang tin '{label}' đã bị tiêu hủy; không dùng được nữa. Hãy chọn vật mang tin khác.",
        "Carrier '{label}' was destroyed and cannot be used. Choose another carrier.",
    ),
    "carrier_out": (
        "Vật mang tin '{label}' đang được mang ra ngoài ({user}). Hãy ghi nhận việc mang về trước.",
        "Carrier '{label}' is out with {user}. Record its return first.",
    ),
    "carrier_not_out": (
        "Vật mang tin '{label}' không ở ngoài (đang được cất giữ), nên không cần ghi nhận mang về. Hãy kiểm tra lại nhãn.",
        "Carrier '{label}' is not out (it is in safekeeping), so there is no return to record. Check the label.",
    ),
    "destruction_not_found": ("Không có đề xuất tiêu hủy số {id}. Hãy kiểm tra lại số.", "No destruction procedure {id}. Check the number."),
    "destruction_bad_state": (
        "Đề xuất tiêu hủy số {id} đang ở trạng thái '{state}': không thể {action}. Hãy làm theo thứ tự: đề xuất, quyết định, "
        "rồi thực hiện.",
        "Destruction procedure {id} is '{state}': cannot do this ({action}). Follow the order: proposal, decision, then execution.",
    ),
    "destruction_blocked": (
        "Chưa tiêu hủy được {item} ({detail}). Không có gì bị thay đổi; hãy báo quản trị viên.",
        "Could not destroy {item} ({detail}). Nothing was changed; tell your administrator.",
    ),
    "destruction_compact_failed": (
        "Dữ liệu đã bị xóa nhưng chưa dọn sạch được kho ({detail}). Chạy lại lệnh tiêu hủy đề xuất này để dọn sạch.",
        "The data was deleted but the vault could not be compacted ({detail}). Run the execution again to compact it.",
    ),
    "form_document_not_found": ("Không có văn bản đã phát hành số {id}. Hãy kiểm tra lại số.", "No issued document {id}. Check the number."),
    "copy_entry_not_found": ("Không có mục số {id} trong sổ sao, chụp. Hãy kiểm tra lại số.", "No copying-register entry {id}. Check the number."),
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
    "release_bad_key": (
        "Không đọc được khóa phát hành {path} ({detail}). Hãy kiểm tra đã chọn đúng tệp khóa do đơn vị phát hành giao.",
        "Cannot read the release key {path} ({detail}). Check that you chose the key file the issuing unit gave you.",
    ),
    "release_unsigned": (
        "Thư mục {path} không có SHA256SUMS và SHA256SUMS.sig: bộ cài chưa được ký. Không được cài; báo cho đơn vị phát hành.",
        "{path} has no SHA256SUMS and SHA256SUMS.sig: the release is not signed. Do not install it; tell the issuing unit.",
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
