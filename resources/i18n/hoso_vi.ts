<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>ActionPanel</name>
        <message>
            <source>Next step</source>
            <translation>Bước tiếp theo</translation>
        </message>
        <message>
            <source>Checklist progress:</source>
            <translation>Tiến độ danh mục:</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%v / %m</translation>
        </message>
        <message>
            <source>The proposal waits for the leadership's decision.</source>
            <translation>Đề xuất đang chờ lãnh đạo quyết định.</translation>
        </message>
        <message>
            <source>This case has been corrected by case no. {n}.</source>
            <translation>Vụ việc này đã được đính chính bởi vụ việc số {n}.</translation>
        </message>
        <message>
            <source>Your role cannot change this case.</source>
            <translation>Vai trò của bạn không được thay đổi vụ việc này.</translation>
        </message>
        <message numerus="yes">
            <source>%n required item(s) still open: complete them before the appraisal.</source>
            <translation>
                <numerusform>Còn %n mục bắt buộc chưa xong: hoàn thành trước khi thẩm định.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approve the proposal to issue the conclusion, or return it with reasons.</source>
            <translation>Phê duyệt đề xuất để ban hành kết luận, hoặc trả lại kèm lý do.</translation>
        </message>
        <message>
            <source>Propose the conclusion with its reasons and the issues found.</source>
            <translation>Đề xuất kết luận kèm lý do và các vấn đề đã phát hiện.</translation>
        </message>
        <message>
            <source>The case is suspended; reopen it to continue.</source>
            <translation>Vụ việc đang tạm dừng; mở lại để tiếp tục.</translation>
        </message>
        <message>
            <source>The conclusion is final; a correction opens a new version of the case.</source>
            <translation>Kết luận đã ban hành; đính chính sẽ mở một phiên bản mới của vụ việc.</translation>
        </message>
        <message>
            <source>Move the case on when this stage is complete.</source>
            <translation>Chuyển vụ việc sang bước sau khi đã xong bước này.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Thêm người dùng</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Tạo tài &amp;khoản</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Vai trò:</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>First administrator</source>
            <translation>Quản trị viên đầu tiên</translation>
        </message>
        <message>
            <source>The administrator manages accounts, backups and settings. Choose a long password that nobody else knows; it protects every dossier in the vault.</source>
            <translation>Quản trị viên quản lý tài khoản, sao lưu và cài đặt. Hãy chọn một mật khẩu dài mà không ai khác biết; mật khẩu này bảo vệ mọi hồ sơ trong kho dữ liệu.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>Tạo &amp;kho dữ liệu</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
    </context>
    <context>
        <name>AdministrationPage</name>
        <message>
            <source>&amp;Users &amp;&amp; roles</source>
            <translation>Người &amp;dùng và vai trò</translation>
        </message>
        <message>
            <source>Change &amp;password</source>
            <translation>Đổi mật &amp;khẩu</translation>
        </message>
        <message>
            <source>&amp;Backup &amp;&amp; restore</source>
            <translation>&amp;Sao lưu và khôi phục</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;Nhật ký kiểm toán</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Cài đặt</translation>
        </message>
    </context>
    <context>
        <name>AttachmentViewer</name>
        <message>
            <source>{title} — attachment</source>
            <translation>{title} — tệp đính kèm</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>Trang &amp;trước</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>Trang &amp;sau</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Thu &amp;nhỏ</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Phóng to</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message>
            <source>HoSo cannot show {kind} files. Export a copy to open it in another program.</source>
            <translation>HoSo không hiển thị được tệp {kind}. Hãy xuất bản sao để mở bằng chương trình khác.</translation>
        </message>
        <message>
            <source>This image cannot be shown: the file may be damaged or of an unsupported kind. Export a copy to open it in another program.</source>
            <translation>Không hiển thị được ảnh này: tệp có thể bị hỏng hoặc thuộc loại không được hỗ trợ. Hãy xuất bản sao để mở bằng chương trình khác.</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Trang {n}/{total}</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsTab</name>
        <message>
            <source>Save the new dossier first; files can be attached to it afterwards.</source>
            <translation>Hãy lưu hồ sơ mới trước; sau đó mới đính kèm được tệp.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>Secrecy</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>Added on</source>
            <translation>Ngày đính kèm</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Tệp đính kèm</translation>
        </message>
        <message>
            <source>&amp;Add file…</source>
            <translation>&amp;Thêm tệp…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <source>E&amp;xport a copy…</source>
            <translation>Xuất bản &amp;sao…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Gỡ &amp;bỏ</translation>
        </message>
        <message>
            <source>No file is attached yet — press “Add file…” to attach a scanned document.</source>
            <translation>Chưa có tệp đính kèm — bấm “Thêm tệp…” để đính kèm bản quét tài liệu.</translation>
        </message>
        <message>
            <source>No file is attached to this dossier.</source>
            <translation>Hồ sơ này chưa có tệp đính kèm nào.</translation>
        </message>
        <message>
            <source>Attach a file to the dossier</source>
            <translation>Đính kèm tệp vào hồ sơ</translation>
        </message>
        <message>
            <source>Adding {file} to the dossier…</source>
            <translation>Đang đính kèm {file} vào hồ sơ…</translation>
        </message>
        <message>
            <source>{file} was attached.</source>
            <translation>Đã đính kèm {file}.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was attached.</source>
            <translation>Đã hủy: không có tệp nào được đính kèm.</translation>
        </message>
        <message>
            <source>Export a copy</source>
            <translation>Xuất bản sao</translation>
        </message>
        <message>
            <source>The copy of “{file}” leaves the vault unencrypted. It is recorded in the copy register with its secrecy level ({level}); keep and destroy it as the rules for classified documents require.</source>
            <translation>Bản sao của “{file}” sẽ ra khỏi kho dữ liệu ở dạng không mã hóa. Bản sao được ghi vào sổ sao chụp với độ mật {level}; phải quản lý và tiêu hủy theo quy định về tài liệu mật.</translation>
        </message>
        <message>
            <source>&amp;Export the copy</source>
            <translation>&amp;Xuất bản sao</translation>
        </message>
        <message>
            <source>The copy was written to {path} and entered in the copy register.</source>
            <translation>Đã ghi bản sao vào {path} và vào sổ sao chụp.</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Gỡ tệp đính kèm</translation>
        </message>
        <message>
            <source>Remove “{file}” from this dossier? The record stays in the audit log.</source>
            <translation>Gỡ “{file}” khỏi hồ sơ này? Việc gỡ vẫn được lưu trong nhật ký kiểm toán.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Gỡ &amp;bỏ</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>No.</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Thao tác</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Filter by user, action or text</source>
            <translation>Lọc theo người dùng, thao tác hoặc nội dung</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Lọc:</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>Là&amp;m mới</translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation>Kiểm tra c&amp;huỗi</translation>
        </message>
        <message>
            <source>Recompute the hash chain to detect entries altered, removed or reordered.</source>
            <translation>Tính lại chuỗi băm để phát hiện mục bị sửa, bị xóa hoặc bị đảo thứ tự.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Nhật ký kiểm toán</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>Showing the newest {n} entries; narrow the filter to see older ones.</source>
            <translation>Đang hiển thị {n} mục mới nhất; hãy thu hẹp bộ lọc để xem các mục cũ hơn.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n mục</numerusform>
            </translation>
        </message>
        <message>
            <source>The chain is intact: all {n} entries verified.</source>
            <translation>Chuỗi nhật ký toàn vẹn: đã kiểm tra đủ {n} mục.</translation>
        </message>
        <message>
            <source>The chain is broken at entry {seq} ({reason}). The log was altered outside HoSo; report this to the security officer.</source>
            <translation>Chuỗi nhật ký bị đứt tại mục {seq} ({reason}). Nhật ký đã bị sửa đổi bên ngoài HoSo; hãy báo ngay cho cán bộ phụ trách bảo mật.</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <source>Backup</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>A backup is an encrypted, verified copy of the vault in a folder you choose, for example on a USB stick kept in the safe. It opens only with a password valid at backup time.</source>
            <translation>Bản sao lưu là bản sao đã mã hóa và đã kiểm tra của kho dữ liệu, đặt trong thư mục bạn chọn, ví dụ trên USB cất trong két sắt. Chỉ mở được bằng mật khẩu còn hiệu lực tại thời điểm sao lưu.</translation>
        </message>
        <message>
            <source>&amp;Back up to folder…</source>
            <translation>Sao lưu vào thư &amp;mục…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <source>Restoring replaces the vault with a backup. The current data is moved aside, not deleted. You will be logged out.</source>
            <translation>Khôi phục sẽ thay kho dữ liệu bằng một bản sao lưu. Dữ liệu hiện tại được chuyển sang chỗ khác, không bị xóa. Bạn sẽ bị đăng xuất.</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Khôi phục từ &amp;bản sao lưu…</translation>
        </message>
        <message>
            <source>Choose the folder for the backup</source>
            <translation>Chọn thư mục để ghi bản sao lưu</translation>
        </message>
        <message>
            <source>Backup written and verified: {path} ({size}, {entries} audit entries).</source>
            <translation>Đã ghi và kiểm tra bản sao lưu: {path} ({size}, {entries} mục nhật ký kiểm toán).</translation>
        </message>
        <message>
            <source>Choose the backup folder (hoso-backup-…)</source>
            <translation>Chọn thư mục sao lưu (hoso-backup-…)</translation>
        </message>
        <message>
            <source>Restore from backup?</source>
            <translation>Khôi phục từ bản sao lưu?</translation>
        </message>
        <message>
            <source>The vault will be replaced by the backup of unit {unit} made on {date}. Everything entered after that moment will no longer be visible (the current data is moved to the vault's backups folder). You will be logged out and must log in again.

Restore now?</source>
            <translation>Kho dữ liệu sẽ được thay bằng bản sao lưu của đơn vị {unit} lập lúc {date}. Mọi thông tin nhập sau thời điểm đó sẽ không còn hiển thị (dữ liệu hiện tại được chuyển vào thư mục backups của kho). Bạn sẽ bị đăng xuất và phải đăng nhập lại.

Khôi phục ngay?</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Khôi phục</translation>
        </message>
    </context>
    <context>
        <name>CarrierPage</name>
        <message>
            <source>Carrier and summary</source>
            <translation>Vật mang và tóm tắt</translation>
        </message>
        <message>
            <source>The stick is a registered secret carrier: its label goes into the outgoing register.</source>
            <translation>USB là vật mang bí mật nhà nước đã đăng ký: nhãn của nó được ghi vào sổ đăng ký đi.</translation>
        </message>
        <message>
            <source>e.g. the stick's registered number, USB-07</source>
            <translation>ví dụ số đăng ký của USB, USB-07</translation>
        </message>
        <message>
            <source>Carrier &amp;label:</source>
            <translation>&amp;Nhãn vật mang:</translation>
        </message>
        <message>
            <source>&amp;Write the bundle</source>
            <translation>&amp;Ghi gói tin</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Vụ việc</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Tệp đính kèm</translation>
        </message>
        <message>
            <source>included</source>
            <translation>có gửi kèm</translation>
        </message>
        <message>
            <source>not included</source>
            <translation>không gửi kèm</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Gửi đến</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>Written to</source>
            <translation>Ghi vào</translation>
        </message>
        <message>
            <source>{label} was destroyed: it cannot carry anything. Choose another carrier.</source>
            <translation>{label} đã bị tiêu hủy: không được dùng để chứa gì nữa. Hãy chọn vật mang tin khác.</translation>
        </message>
        <message>
            <source>Registered carrier {label}: the bundle is added to what its current taking-out carries.</source>
            <translation>Vật mang tin đã đăng ký {label}: gói tin được ghi vào nội dung của lần mang ra hiện tại.</translation>
        </message>
        <message>
            <source>This USB stick is not a registered carrier: you will be asked to register it first.</source>
            <translation>USB này chưa được đăng ký là vật mang tin: chương trình sẽ đề nghị đăng ký trước.</translation>
        </message>
        <message>
            <source>This USB stick is registered as {label}: use that label.</source>
            <translation>USB này đã được đăng ký với nhãn {label}: hãy dùng nhãn đó.</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>không đọc được</translation>
        </message>
        <message>
            <source>Register the carrier first</source>
            <translation>Đăng ký vật mang tin trước</translation>
        </message>
        <message>
            <source>This removable medium is not a registered carrier. A USB stick that carries secrets must be registered before it is used.

Register it now as {label} (serial: {serial})?</source>
            <translation>Thiết bị lưu trữ di động này chưa được đăng ký là vật mang tin. USB chứa bí mật phải được đăng ký trước khi sử dụng.

Đăng ký ngay với nhãn {label} (số seri: {serial})?</translation>
        </message>
        <message>
            <source>&amp;Register and continue</source>
            <translation>Đăn&amp;g ký và tiếp tục</translation>
        </message>
    </context>
    <context>
        <name>CarriersTab</name>
        <message>
            <source>Carriers</source>
            <translation>Vật mang tin</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nhãn</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Số seri</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Out with</source>
            <translation>Người đang giữ</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>Giấy phép</translation>
        </message>
        <message>
            <source>Out since</source>
            <translation>Mang ra từ</translation>
        </message>
        <message>
            <source>Carried</source>
            <translation>Đã chứa</translation>
        </message>
        <message>
            <source>Only carriers &amp;out</source>
            <translation>Chỉ vật đang ở &amp;ngoài</translation>
        </message>
        <message>
            <source>&amp;Register a carrier…</source>
            <translation>Đăn&amp;g ký vật mang tin…</translation>
        </message>
        <message>
            <source>&amp;Take out…</source>
            <translation>&amp;Mang ra ngoài…</translation>
        </message>
        <message>
            <source>Record its re&amp;turn</source>
            <translation>Ghi nhận &amp;trả lại</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>Đã tiêu hủy</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Đang ở ngoài</translation>
        </message>
        <message>
            <source>In the safe</source>
            <translation>Đang cất giữ</translation>
        </message>
        <message>
            <source>{count} carrier(s) registered, {out} out.</source>
            <translation>Đã đăng ký {count} vật mang tin, {out} đang ở ngoài.</translation>
        </message>
        <message>
            <source>Record the return</source>
            <translation>Ghi nhận trả lại</translation>
        </message>
        <message>
            <source>Record that {label} came back from {user} and is in the safe again?</source>
            <translation>Ghi nhận {label} đã được {user} trả lại và đang cất giữ?</translation>
        </message>
        <message>
            <source>&amp;Record the return</source>
            <translation>&amp;Ghi nhận trả lại</translation>
        </message>
        <message>
            <source>{label} is back in the safe.</source>
            <translation>{label} đã được cất giữ trở lại.</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>Start c&amp;ollecting documents</source>
            <translation>Bắt đầu thu thập hồ &amp;sơ</translation>
        </message>
        <message>
            <source>Start &amp;verifying</source>
            <translation>Bắt đầu thẩm tra, xác m&amp;inh</translation>
        </message>
        <message>
            <source>Start appr&amp;aisal</source>
            <translation>Bắt đầu thẩm địn&amp;h</translation>
        </message>
        <message>
            <source>&amp;Propose the conclusion…</source>
            <translation>Đề x&amp;uất kết luận…</translation>
        </message>
        <message>
            <source>Appro&amp;ve…</source>
            <translation>Phê d&amp;uyệt…</translation>
        </message>
        <message>
            <source>Ret&amp;urn with reasons…</source>
            <translation>T&amp;rả lại kèm lý do…</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Lưu t&amp;rữ</translation>
        </message>
        <message>
            <source>&amp;Suspend…</source>
            <translation>Tạ&amp;m dừng…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>&amp;Mở lại…</translation>
        </message>
        <message>
            <source>Co&amp;rrect…</source>
            <translation>Đí&amp;nh chính…</translation>
        </message>
    </context>
    <context>
        <name>CaseFormsBox</name>
        <message>
            <source>Printed forms</source>
            <translation>Biểu mẫu in</translation>
        </message>
        <message>
            <source>Print the &amp;conclusion…</source>
            <translation>In &amp;kết luận…</translation>
        </message>
        <message>
            <source>Print the verification &amp;report…</source>
            <translation>In &amp;báo cáo kết quả thẩm tra…</translation>
        </message>
        <message>
            <source>Print the &amp;appraisal submission…</source>
            <translation>In &amp;tờ trình thẩm định…</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <source>Preview first; every printed or saved copy is numbered and registered.</source>
            <translation>Xem trước khi in; mọi bản in hoặc lưu ra tệp đều được đánh số và ghi sổ.</translation>
        </message>
        <message>
            <source>Conclusion — case no. {n}</source>
            <translation>Kết luận — vụ việc số {n}</translation>
        </message>
        <message>
            <source>Verification report — case no. {n}</source>
            <translation>Báo cáo kết quả thẩm tra — vụ việc số {n}</translation>
        </message>
        <message>
            <source>Appraisal submission — case no. {n}</source>
            <translation>Tờ trình thẩm định — vụ việc số {n}</translation>
        </message>
    </context>
    <context>
        <name>CaseLabels</name>
        <message>
            <source>Received</source>
            <translation>Tiếp nhận</translation>
        </message>
        <message>
            <source>Collecting documents</source>
            <translation>Thu thập hồ sơ</translation>
        </message>
        <message>
            <source>Verifying</source>
            <translation>Thẩm tra, xác minh</translation>
        </message>
        <message>
            <source>Appraising</source>
            <translation>Thẩm định</translation>
        </message>
        <message>
            <source>Awaiting decision</source>
            <translation>Chờ quyết định</translation>
        </message>
        <message>
            <source>Concluded</source>
            <translation>Đã kết luận</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Lưu trữ</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Tạm dừng</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Chưa làm</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Đang làm</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Đã xong</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Không đạt</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Không áp dụng</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Mở vụ việc</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Mục danh mục</translation>
        </message>
        <message>
            <source>Evidence attached</source>
            <translation>Đính kèm minh chứng</translation>
        </message>
        <message>
            <source>Request sent</source>
            <translation>Gửi đề nghị thẩm tra</translation>
        </message>
        <message>
            <source>Reply recorded</source>
            <translation>Ghi nhận trả lời</translation>
        </message>
        <message>
            <source>Collecting started</source>
            <translation>Bắt đầu thu thập hồ sơ</translation>
        </message>
        <message>
            <source>Verification started</source>
            <translation>Bắt đầu thẩm tra, xác minh</translation>
        </message>
        <message>
            <source>Appraisal started</source>
            <translation>Bắt đầu thẩm định</translation>
        </message>
        <message>
            <source>Conclusion proposed</source>
            <translation>Đề xuất kết luận</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Phê duyệt</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Trả lại</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Mở lại</translation>
        </message>
        <message>
            <source>Correction opened</source>
            <translation>Mở vụ việc đính chính</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Đã được đính chính</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Dữ liệu trình diễn</translation>
        </message>
        <message>
            <source>Received from another unit</source>
            <translation>Nhận từ đơn vị khác</translation>
        </message>
        <message>
            <source>Exchange conflict</source>
            <translation>Xung đột khi trao đổi</translation>
        </message>
        <message>
            <source>No. {n}</source>
            <translation>Số {n}</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>{person} — {state}
No. {n} · {purpose} · due {due}</source>
            <translation>{person} — {state}
Số {n} · {purpose} · hạn {due}</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Purpose</source>
            <translation>Mục đích</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Chuyên viên</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Hạn giải quyết</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Sắp đến hạn</translation>
        </message>
    </context>
    <context>
        <name>CasePrompts</name>
        <message>
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</source>
            <translation>Bản quét và văn bản (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>CaseWindow</name>
        <message>
            <source>Case no. {n}</source>
            <translation>Vụ việc số {n}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Đang tải…</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>Trạng thái:</translation>
        </message>
        <message>
            <source>Due date:</source>
            <translation>Hạn giải quyết:</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>Ngày tiếp nhận:</translation>
        </message>
        <message>
            <source>Officer:</source>
            <translation>Chuyên viên:</translation>
        </message>
        <message>
            <source>Requesting unit:</source>
            <translation>Đơn vị đề nghị:</translation>
        </message>
        <message>
            <source>Target post:</source>
            <translation>Chức vụ, vị trí dự kiến:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Mẫu danh mục:</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Danh mục kiểm tra</translation>
        </message>
        <message>
            <source>Verification re&amp;quests</source>
            <translation>Đề nghị &amp;thẩm tra</translation>
        </message>
        <message>
            <source>Time&amp;line</source>
            <translation>Diễn &amp;biến</translation>
        </message>
        <message>
            <source>Case no. {n} — {person}</source>
            <translation>Vụ việc số {n} — {person}</translation>
        </message>
        <message>
            <source>{purpose} · case no. {n}</source>
            <translation>{purpose} · vụ việc số {n}</translation>
        </message>
        <message>
            <source>Verification re&amp;quests ({n})</source>
            <translation>Đề nghị &amp;thẩm tra ({n})</translation>
        </message>
        <message>
            <source>(from: {state})</source>
            <translation>(từ bước: {state})</translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>quá hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>due soon</source>
            <translation>sắp đến hạn</translation>
        </message>
        <message>
            <source>version {v}</source>
            <translation>phiên bản {v}</translation>
        </message>
        <message>
            <source>This case is {state}: it is read-only. A correction opens a new version.</source>
            <translation>Vụ việc này ở trạng thái “{state}”: chỉ được xem, không được sửa. Muốn sửa thì lập bản đính chính (một phiên bản mới).</translation>
        </message>
        <message>
            <source>It has been corrected by case no. {n}.</source>
            <translation>Đã được đính chính bởi vụ việc số {n}.</translation>
        </message>
        <message>
            <source>This case is suspended: nothing can be changed until it is reopened.</source>
            <translation>Vụ việc đang tạm dừng: không thay đổi được gì cho đến khi mở lại.</translation>
        </message>
        <message>
            <source>You can read this case; your role does not work on cases.</source>
            <translation>Bạn được xem vụ việc này; vai trò của bạn không xử lý vụ việc.</translation>
        </message>
        <message>
            <source>This case corrects case no. {n}.</source>
            <translation>Vụ việc này đính chính vụ việc số {n}.</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <source>Proposed conclusion</source>
            <translation>Đề xuất kết luận</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Giới hạn</translation>
        </message>
        <message>
            <source>Issues</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Approved by {user} on {date}; valid until {until}.</source>
            <translation>{user} phê duyệt ngày {date}; có giá trị đến {until}.</translation>
        </message>
        <message>
            <source>Returned by {user}</source>
            <translation>{user} trả lại</translation>
        </message>
        <message>
            <source>Correct the conclusion</source>
            <translation>Đính chính kết luận</translation>
        </message>
        <message>
            <source>A concluded case never changes. The correction is a new case that starts at the appraisal with this case's checklist results; say why it is needed.</source>
            <translation>Vụ việc đã kết luận không bao giờ bị sửa. Bản đính chính là một vụ việc mới, bắt đầu từ bước thẩm định với kết quả danh mục của vụ việc này; hãy ghi rõ lý do đính chính.</translation>
        </message>
        <message>
            <source>&amp;Reason for the correction:</source>
            <translation>&amp;Lý do đính chính:</translation>
        </message>
        <message>
            <source>Open the &amp;correction</source>
            <translation>Mở bản đính &amp;chính</translation>
        </message>
        <message>
            <source>Approve the conclusion</source>
            <translation>Phê duyệt kết luận</translation>
        </message>
        <message>
            <source>Approving issues the conclusion; it cannot be changed afterwards.</source>
            <translation>Phê duyệt là ban hành kết luận; sau đó không thể sửa.</translation>
        </message>
        <message>
            <source>Decision &amp;note (optional):</source>
            <translation>Ý &amp;kiến (không bắt buộc):</translation>
        </message>
        <message>
            <source>Appro&amp;ve</source>
            <translation>&amp;Phê duyệt</translation>
        </message>
        <message>
            <source>Return the proposal</source>
            <translation>Trả lại đề xuất</translation>
        </message>
        <message>
            <source>Suspend the case</source>
            <translation>Tạm dừng vụ việc</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>Mở lại vụ việc</translation>
        </message>
        <message>
            <source>The case goes back to appraisal; the officer sees your reasons.</source>
            <translation>Vụ việc trở lại bước thẩm định; chuyên viên sẽ thấy lý do của đồng chí.</translation>
        </message>
        <message>
            <source>Nothing can be changed while the case is suspended.</source>
            <translation>Trong khi tạm dừng, vụ việc không thay đổi được.</translation>
        </message>
        <message>
            <source>The case goes back to the stage where it was suspended.</source>
            <translation>Vụ việc trở lại bước đang làm khi bị tạm dừng.</translation>
        </message>
        <message>
            <source>&amp;Reasons:</source>
            <translation>&amp;Lý do:</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Verification cases</source>
            <translation>Vụ việc thẩm tra</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>All purposes</source>
            <translation>Mọi mục đích</translation>
        </message>
        <message>
            <source>&amp;My cases only</source>
            <translation>Chỉ vụ việc của tô&amp;i</translation>
        </message>
        <message>
            <source>O&amp;verdue only</source>
            <translation>Chỉ vụ việc &amp;quá hạn</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>Vụ việc &amp;mới…</translation>
        </message>
        <message>
            <source>Open a verification case for a person (Ctrl+N)</source>
            <translation>Mở vụ việc thẩm tra cho một người (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>Mở &amp;vụ việc</translation>
        </message>
        <message>
            <source>Open the selected case (Enter)</source>
            <translation>Mở vụ việc đang chọn (Enter)</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Vụ việc</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>T&amp;rạng thái:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>Mục đí&amp;ch:</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Vụ việc mới</translation>
        </message>
        <message>
            <source>Showing the first {shown} of {total} cases; narrow the filters to see the rest.</source>
            <translation>Đang hiện {shown} trên {total} vụ việc; thu hẹp bộ lọc để xem phần còn lại.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln case(s)</source>
            <translation>
                <numerusform>%Ln vụ việc</numerusform>
            </translation>
        </message>
        <message>
            <source>No case matches the filters.</source>
            <translation>Không có vụ việc nào khớp bộ lọc.</translation>
        </message>
        <message>
            <source>No verification cases yet. Choose “New case…” to open one for a person.</source>
            <translation>Chưa có vụ việc thẩm tra nào. Chọn “Vụ việc mới…” để mở vụ việc cho một người.</translation>
        </message>
        <message>
            <source>No verification cases yet.</source>
            <translation>Chưa có vụ việc thẩm tra nào.</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>This person has no verification case yet. Open one from the Verification cases area.</source>
            <translation>Người này chưa có vụ việc thẩm tra nào. Mở vụ việc mới trong mục Vụ việc thẩm tra.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Mục đích</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Cases of this person</source>
            <translation>Các vụ việc của người này</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordTab</name>
        <message>
            <source>Change your own password. Your data is not re-encrypted; only the key that opens it is wrapped again, so this takes a second.</source>
            <translation>Đổi mật khẩu của chính bạn. Dữ liệu không phải mã hóa lại; chỉ khóa mở dữ liệu được bọc lại, nên việc này chỉ mất khoảng một giây.</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Mật khẩu &amp;hiện tại:</translation>
        </message>
        <message>
            <source>C&amp;hange password</source>
            <translation>Đổ&amp;i mật khẩu</translation>
        </message>
        <message>
            <source>Your password was changed. Use the new one from the next login on.</source>
            <translation>Đã đổi mật khẩu. Từ lần đăng nhập sau, hãy dùng mật khẩu mới.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Bắt buộc</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Minh chứng</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Danh mục kiểm tra</translation>
        </message>
        <message>
            <source>Guidance for the selected item</source>
            <translation>Hướng dẫn cho mục đang chọn</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>Đã &amp;xong</translation>
        </message>
        <message>
            <source>In pro&amp;gress</source>
            <translation>Đan&amp;g làm</translation>
        </message>
        <message>
            <source>&amp;Failed…</source>
            <translation>&amp;Không đạt…</translation>
        </message>
        <message>
            <source>&amp;Not applicable…</source>
            <translation>Không á&amp;p dụng…</translation>
        </message>
        <message>
            <source>A&amp;ttach evidence…</source>
            <translation>Đính kèm minh &amp;chứng…</translation>
        </message>
        <message>
            <source>Shortcut in the checklist: {key}</source>
            <translation>Phím tắt trong danh mục: {key}</translation>
        </message>
        <message>
            <source>needed</source>
            <translation>cần có</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next step:&lt;/b&gt; {code} — {title}</source>
            <translation>&lt;b&gt;Bước tiếp theo:&lt;/b&gt; {code} — {title}</translation>
        </message>
        <message>
            <source>Every item of the checklist has been dealt with.</source>
            <translation>Mọi mục trong danh mục đã được xử lý.</translation>
        </message>
        <message>
            <source>{done} of {total} items dealt with; {open} required still open. Drop a scanned file on an item to attach it as evidence.</source>
            <translation>Đã xử lý {done}/{total} mục; còn {open} mục bắt buộc. Kéo thả tệp quét vào một mục để đính kèm làm minh chứng.</translation>
        </message>
        <message>
            <source>{done} of {total} items dealt with; {open} required still open.</source>
            <translation>Đã xử lý {done}/{total} mục; còn {open} mục bắt buộc.</translation>
        </message>
        <message>
            <source>(by {user}, {time})</source>
            <translation>({user} cập nhật lúc {time})</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Hướng dẫn</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Căn cứ</translation>
        </message>
        <message>
            <source>required</source>
            <translation>bắt buộc</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>không bắt buộc</translation>
        </message>
        <message>
            <source>evidence required</source>
            <translation>cần có minh chứng</translation>
        </message>
        <message>
            <source>Evidence is required for this item: attach the scanned document.</source>
            <translation>Mục này cần có minh chứng: hãy đính kèm bản quét tài liệu.</translation>
        </message>
        <message>
            <source>Your role may not complete this item.</source>
            <translation>Vai trò của đồng chí không được xử lý mục này.</translation>
        </message>
        <message>
            <source>Item not met</source>
            <translation>Mục không đạt</translation>
        </message>
        <message>
            <source>Record what was found: the item is not met.</source>
            <translation>Ghi rõ nội dung phát hiện: mục này không đạt.</translation>
        </message>
        <message>
            <source>&amp;What was found:</source>
            <translation>&amp;Nội dung phát hiện:</translation>
        </message>
        <message>
            <source>Item not applicable</source>
            <translation>Mục không áp dụng</translation>
        </message>
        <message>
            <source>Record why this item does not apply to this case.</source>
            <translation>Ghi rõ lý do mục này không áp dụng cho vụ việc.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <source>Evidence for {code}</source>
            <translation>Minh chứng cho mục {code}</translation>
        </message>
        <message>
            <source>Attaching evidence to {code}</source>
            <translation>Đang đính kèm minh chứng cho mục {code}</translation>
        </message>
    </context>
    <context>
        <name>CompliancePage</name>
        <message>
            <source>Secrets protection</source>
            <translation>Bảo vệ bí mật</translation>
        </message>
    </context>
    <context>
        <name>ConfirmKeyPage</name>
        <message>
            <source>Check your copy</source>
            <translation>Kiểm tra bản ghi của bạn</translation>
        </message>
        <message>
            <source>Type the two groups asked for from your written copy of the recovery key.</source>
            <translation>Nhập hai nhóm ký tự được yêu cầu, lấy từ bản ghi khóa khôi phục trên giấy của bạn.</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>&amp;Kiểm tra</translation>
        </message>
        <message>
            <source>Group &amp;{n}:</source>
            <translation>Nhóm &amp;{n}:</translation>
        </message>
        <message>
            <source>These groups do not match the recovery key. Check your written copy; use Back to see the key again.</source>
            <translation>Các nhóm này không khớp với khóa khôi phục. Hãy xem lại bản ghi trên giấy; bấm Quay lại để xem lại khóa.</translation>
        </message>
    </context>
    <context>
        <name>ConflictLabels</name>
        <message>
            <source>Dossier</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Vụ việc</translation>
        </message>
        <message>
            <source>Awaiting a decision</source>
            <translation>Chờ quyết định</translation>
        </message>
        <message>
            <source>Took theirs</source>
            <translation>Đã lấy bản nhận được</translation>
        </message>
        <message>
            <source>Kept ours</source>
            <translation>Đã giữ bản của đơn vị</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Đã gộp hai bản</translation>
        </message>
        <message>
            <source>Replaced by a newer version</source>
            <translation>Đã có bản mới hơn</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Mục đích thẩm tra</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Post considered</source>
            <translation>Chức vụ dự kiến</translation>
        </message>
        <message>
            <source>Officer in charge</source>
            <translation>Cán bộ thụ lý</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Hạn xử lý</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Suspended while</source>
            <translation>Tạm dừng khi đang ở bước</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Kết luận</translation>
        </message>
        <message>
            <source>Limitation</source>
            <translation>Hạn chế</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Issues found</source>
            <translation>Vấn đề phát hiện</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Người đề xuất</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Người quyết định</translation>
        </message>
        <message>
            <source>Decision note</source>
            <translation>Ý kiến quyết định</translation>
        </message>
        <message>
            <source>Concluded on</source>
            <translation>Ngày kết luận</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Có giá trị đến</translation>
        </message>
        <message>
            <source>Secrecy level</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>Checklist version</source>
            <translation>Phiên bản danh mục</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Danh mục thẩm tra</translation>
        </message>
        <message>
            <source>Verification requests</source>
            <translation>Văn bản đề nghị xác minh</translation>
        </message>
        <message>
            <source>reply {date}: {finding}</source>
            <translation>trả lời ngày {date}: {finding}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>A conflict is a dossier or case that was changed both here and at the sending unit since they last exchanged it. Nothing was overwritten: compare the two versions and decide which one stands. The other version is kept (a dossier's in its history), never thrown away.</source>
            <translation>Xung đột là hồ sơ hoặc vụ việc đã được sửa ở cả đơn vị này và đơn vị gửi kể từ lần trao đổi trước. Không có gì bị ghi đè: hãy so sánh hai bản và quyết định giữ bản nào. Bản còn lại vẫn được lưu (với hồ sơ: trong lịch sử sửa đổi), không bao giờ bị bỏ đi.</translation>
        </message>
        <message>
            <source>Show &amp;resolved conflicts too</source>
            <translation>&amp;Hiện cả các xung đột đã giải quyết</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Ghi</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>From unit</source>
            <translation>Đơn vị gửi</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Gói tin</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Các xung đột</translation>
        </message>
        <message>
            <source>No conflict awaits a decision.</source>
            <translation>Không có xung đột nào chờ quyết định.</translation>
        </message>
        <message>
            <source>Select a conflict to compare the two versions.</source>
            <translation>Chọn một xung đột để so sánh hai bản.</translation>
        </message>
        <message>
            <source>Only the fields that &amp;differ</source>
            <translation>Chỉ các trường &amp;khác nhau</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>This unit's version</source>
            <translation>Bản của đơn vị</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Bản nhận được</translation>
        </message>
        <message>
            <source>The two versions side by side</source>
            <translation>Hai bản đặt cạnh nhau</translation>
        </message>
        <message>
            <source>&amp;Keep ours…</source>
            <translation>Giữ &amp;bản của đơn vị…</translation>
        </message>
        <message>
            <source>This unit's version stands; theirs is kept for reference</source>
            <translation>Giữ bản của đơn vị; bản nhận được lưu lại để đối chiếu</translation>
        </message>
        <message>
            <source>&amp;Take theirs…</source>
            <translation>&amp;Lấy bản nhận được…</translation>
        </message>
        <message>
            <source>Their version replaces ours; ours is kept for reference</source>
            <translation>Bản nhận được thay bản của đơn vị; bản của đơn vị lưu lại để đối chiếu</translation>
        </message>
        <message>
            <source>&amp;Merge the ticked fields…</source>
            <translation>Gộ&amp;p các trường đã đánh dấu…</translation>
        </message>
        <message>
            <source>A new version: this unit's dossier with the ticked fields taken from theirs</source>
            <translation>Một phiên bản mới: hồ sơ của đơn vị, với các trường đã đánh dấu lấy từ bản nhận được</translation>
        </message>
        <message>
            <source>For a dossier you may also tick, in their column, the fields to take from their version (Space ticks the selected one) and merge.</source>
            <translation>Với hồ sơ, có thể đánh dấu ở cột bản nhận được những trường muốn lấy từ bản đó (phím Cách đánh dấu dòng đang chọn) rồi gộp.</translation>
        </message>
        <message>
            <source>Deciding a conflict is done by an officer or the administrator.</source>
            <translation>Việc quyết định xung đột do cán bộ nghiệp vụ hoặc quản trị viên thực hiện.</translation>
        </message>
        <message>
            <source>No. {sequence}</source>
            <translation>Số {sequence}</translation>
        </message>
        <message>
            <source>(incoming register {number})</source>
            <translation>(sổ đến số {number})</translation>
        </message>
        <message>
            <source>No conflict so far.</source>
            <translation>Chưa có xung đột nào.</translation>
        </message>
        <message>
            <source>{person} — {purpose}</source>
            <translation>{person} — {purpose}</translation>
        </message>
        <message>
            <source>This unit's version then</source>
            <translation>Bản của đơn vị khi đó</translation>
        </message>
        <message>
            <source>Version from {unit}</source>
            <translation>Bản của {unit}</translation>
        </message>
        <message>
            <source>Ticked: this field is taken from their version in a merge</source>
            <translation>Đã đánh dấu: khi gộp, trường này lấy từ bản nhận được</translation>
        </message>
        <message>
            <source>Changed both here and at {unit} since the last exchange: {n} field(s) differ (highlighted).</source>
            <translation>Đã được sửa ở cả đơn vị này và {unit} kể từ lần trao đổi trước: {n} trường khác nhau (tô màu).</translation>
        </message>
        <message>
            <source>Decided on {date} by {user}: {decision}. Both versions are kept.</source>
            <translation>Đã quyết định ngày {date}, người quyết định {user}: {decision}. Cả hai bản đều được lưu.</translation>
        </message>
        <message>
            <source>Taken from theirs: {fields}.</source>
            <translation>Lấy từ bản nhận được: {fields}.</translation>
        </message>
        <message>
            <source>{unit} later sent a newer version of this record; this one was settled with it on {date}. Their version shown here stays kept.</source>
            <translation>Sau đó {unit} đã gửi bản mới hơn của hồ sơ này; xung đột này được giải quyết cùng bản đó ngày {date}. Bản nhận được hiển thị ở đây vẫn được lưu.</translation>
        </message>
        <message>
            <source>This unit's version is no longer in the vault.</source>
            <translation>Bản của đơn vị không còn trong kho.</translation>
        </message>
        <message>
            <source>Take their version</source>
            <translation>Lấy bản nhận được</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Lấy bản nhận được</translation>
        </message>
        <message>
            <source>Replace this unit's version of {record} with the one from {unit}?</source>
            <translation>Thay bản của đơn vị về {record} bằng bản của {unit}?</translation>
        </message>
        <message>
            <source>Keep our version</source>
            <translation>Giữ bản của đơn vị</translation>
        </message>
        <message>
            <source>&amp;Keep ours</source>
            <translation>&amp;Giữ bản của đơn vị</translation>
        </message>
        <message>
            <source>Keep this unit's version of {record} and set aside the one from {unit}?</source>
            <translation>Giữ bản của đơn vị về {record} và không dùng bản của {unit}?</translation>
        </message>
        <message>
            <source>Both versions stay in the dossier's history (tab Changes), where they can be compared at any time.</source>
            <translation>Cả hai bản đều nằm trong lịch sử của hồ sơ (thẻ Lịch sử sửa đổi) và có thể so sánh bất cứ lúc nào.</translation>
        </message>
        <message>
            <source>The other version stays with this conflict (Show resolved conflicts too) and the decision is written in the case's timeline.</source>
            <translation>Bản còn lại được lưu cùng xung đột này (Hiện cả các xung đột đã giải quyết) và quyết định được ghi vào diễn biến của vụ việc.</translation>
        </message>
        <message>
            <source>Make a new version of {record}: this unit's dossier with these fields taken from {unit}: {fields}?</source>
            <translation>Tạo phiên bản mới của {record}: hồ sơ của đơn vị, với các trường sau lấy từ bản của {unit}: {fields}?</translation>
        </message>
        <message>
            <source>Merge the two versions</source>
            <translation>Gộp hai bản</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>Gộ&amp;p</translation>
        </message>
    </context>
    <context>
        <name>ContentPage</name>
        <message>
            <source>What to send</source>
            <translation>Gửi những gì</translation>
        </message>
        <message>
            <source>Find people and add their dossiers, or one of their cases (a case takes its person's dossier with it).</source>
            <translation>Tìm người rồi thêm hồ sơ của họ, hoặc một vụ việc của họ (vụ việc luôn kèm theo hồ sơ của người đó).</translation>
        </message>
        <message>
            <source>Name, CCCD or unit — marks optional</source>
            <translation>Họ tên, CCCD hoặc đơn vị — không cần gõ dấu</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>Những người tìm thấy</translation>
        </message>
        <message>
            <source>Cases of this person</source>
            <translation>Các vụ việc của người này</translation>
        </message>
        <message>
            <source>To send</source>
            <translation>Sẽ gửi</translation>
        </message>
        <message>
            <source>Add the &amp;dossier →</source>
            <translation>Thêm &amp;hồ sơ →</translation>
        </message>
        <message>
            <source>Add the ca&amp;se →</source>
            <translation>Thêm vụ việ&amp;c →</translation>
        </message>
        <message>
            <source>&amp;People found:</source>
            <translation>&amp;Người tìm thấy:</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Gỡ &amp;bỏ</translation>
        </message>
        <message>
            <source>With &amp;attachments (scans and documents of these dossiers)</source>
            <translation>Gửi &amp;kèm tệp đính kèm (bản quét và tài liệu của các hồ sơ này)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Tìm:</translation>
        </message>
        <message>
            <source>&amp;Cases of this person:</source>
            <translation>&amp;Vụ việc của người này:</translation>
        </message>
        <message>
            <source>&amp;To send:</source>
            <translation>Sẽ &amp;gửi:</translation>
        </message>
        <message>
            <source>Nobody found: check the spelling.</source>
            <translation>Không tìm thấy ai: hãy kiểm tra chính tả.</translation>
        </message>
        <message>
            <source>No case for this person.</source>
            <translation>Người này chưa có vụ việc nào.</translation>
        </message>
        <message>
            <source>Dossier: {name}</source>
            <translation>Hồ sơ: {name}</translation>
        </message>
        <message>
            <source>Case: {case} — {name}</source>
            <translation>Vụ việc: {case} — {name}</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>HoSo — network connection</source>
            <translation>HoSo — kết nối mạng</translation>
        </message>
        <message>
            <source>This computer is connected to a network ({names}). A computer that holds state secrets must not be networked: unplug the network cable, switch off Wi-Fi and Bluetooth, or disable these adapters.</source>
            <translation>Máy tính này đang nối mạng ({names}). Máy lưu bí mật nhà nước không được nối mạng: hãy rút cáp mạng, tắt Wi-Fi và Bluetooth, hoặc vô hiệu hóa các card mạng này.</translation>
        </message>
        <message>
            <source>Demo vault with synthetic data: user {user}, password {password}</source>
            <translation>Kho trình diễn với dữ liệu tổng hợp: tài khoản {user}, mật khẩu {password}</translation>
        </message>
        <message>
            <source>Creating the demo vault…</source>
            <translation>Đang tạo kho trình diễn…</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Creating the vault</source>
            <translation>Đang tạo kho dữ liệu</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Tiếp tục</translation>
        </message>
        <message>
            <source>Creating the encrypted vault and the unit's keys. HoSo first measures this computer's speed to make passwords hard to guess; this takes a few seconds.</source>
            <translation>Đang tạo kho dữ liệu mã hóa và các khóa của đơn vị. Trước tiên HoSo đo tốc độ máy tính này để mật khẩu khó bị dò đoán; việc này mất vài giây.</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>Thử &amp;lại</translation>
        </message>
        <message>
            <source>The vault was created.</source>
            <translation>Đã tạo kho dữ liệu.</translation>
        </message>
    </context>
    <context>
        <name>DecideDialog</name>
        <message>
            <source>Decision on proposal {number}</source>
            <translation>Quyết định đối với đề xuất {number}</translation>
        </message>
        <message>
            <source>&amp;Record the decision</source>
            <translation>&amp;Ghi quyết định</translation>
        </message>
        <message>
            <source>Record the written decision that allows this destruction ({count} item(s)).</source>
            <translation>Ghi quyết định bằng văn bản cho phép tiêu hủy ({count} mục).</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>&amp;Số quyết định:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <translation>&amp;Ngày quyết định:</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>&amp;Người, cơ quan quyết định:</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Extend the protection term</source>
            <translation>Gia hạn thời hạn bảo vệ</translation>
        </message>
        <message>
            <source>Adjust the secrecy level</source>
            <translation>Điều chỉnh độ mật</translation>
        </message>
        <message>
            <source>Declassify</source>
            <translation>Giải mật</translation>
        </message>
        <message>
            <source>{label} — {level}, protected until {end}</source>
            <translation>{label} — {level}, bảo vệ đến {end}</translation>
        </message>
        <message>
            <source>&amp;New end date:</source>
            <translation>&amp;Hạn mới:</translation>
        </message>
        <message>
            <source>Extend by &amp;years:</source>
            <translation>Gia hạn thêm số &amp;năm:</translation>
        </message>
        <message>
            <source>Each extension is at most the base term of the level ({years} years) and must be decided at least the notice period before the term ends.</source>
            <translation>Mỗi lần gia hạn không quá thời hạn bảo vệ của độ mật ({years} năm) và phải được quyết định trước khi hết thời hạn ít nhất số ngày quy định.</translation>
        </message>
        <message>
            <source>New &amp;level:</source>
            <translation>Độ mật &amp;mới:</translation>
        </message>
        <message>
            <source>e.g. 12-QĐ/TU</source>
            <translation>ví dụ 12-QĐ/TU</translation>
        </message>
        <message>
            <source>e.g. Standing Committee of the Provincial Party Committee</source>
            <translation>ví dụ Ban Thường vụ Tỉnh ủy</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>&amp;Số quyết định:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <translation>&amp;Ngày quyết định:</translation>
        </message>
        <message>
            <source>&amp;Authority:</source>
            <translation>&amp;Cấp có thẩm quyền:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <source>&amp;Record the decision</source>
            <translation>&amp;Ghi quyết định</translation>
        </message>
        <message>
            <source>Enter the decision number and the authority that decided.</source>
            <translation>Hãy nhập số quyết định và cấp có thẩm quyền đã quyết định.</translation>
        </message>
    </context>
    <context>
        <name>DestinationPage</name>
        <message>
            <source>Where to write the bundle</source>
            <translation>Ghi gói tin vào đâu</translation>
        </message>
        <message>
            <source>Choose the USB stick that will carry it. Writing anywhere else needs a confirmation.</source>
            <translation>Chọn USB sẽ mang gói tin. Ghi vào nơi khác cần xác nhận.</translation>
        </message>
        <message>
            <source>Choose the folder for the bundle</source>
            <translation>Chọn thư mục để ghi gói tin</translation>
        </message>
        <message>
            <source>This folder is not a USB stick: you will be asked to confirm before the bundle is written there.</source>
            <translation>Thư mục này không phải USB: sẽ phải xác nhận trước khi ghi gói tin vào đó.</translation>
        </message>
        <message>
            <source>Not a removable medium</source>
            <translation>Không phải thiết bị lưu trữ di động</translation>
        </message>
        <message>
            <source>{path} is not on a USB stick. A bundle is a secret carrier: written to this computer's disk or a network folder it must be registered, moved to the stick and deleted like any secret document.

Write it there anyway?</source>
            <translation>{path} không nằm trên USB. Gói tin là vật mang bí mật nhà nước: nếu ghi vào ổ đĩa của máy này hoặc thư mục mạng thì phải đăng ký, chuyển sang USB rồi xóa như mọi tài liệu mật.

Vẫn ghi vào đó?</translation>
        </message>
        <message>
            <source>&amp;Write there</source>
            <translation>&amp;Vẫn ghi vào đó</translation>
        </message>
    </context>
    <context>
        <name>DestructionTab</name>
        <message>
            <source>Destruction</source>
            <translation>Tiêu hủy</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Số mục</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Hình thức</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Tài liệu, vật</translation>
        </message>
        <message>
            <source>Number and symbol</source>
            <translation>Số, ký hiệu</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Bản số</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <source>Destruction procedures</source>
            <translation>Các đề xuất tiêu hủy</translation>
        </message>
        <message>
            <source>Items of the procedure</source>
            <translation>Các mục của đề xuất</translation>
        </message>
        <message>
            <source>&amp;Propose…</source>
            <translation>Lập đề &amp;xuất…</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>&amp;Quyết định…</translation>
        </message>
        <message>
            <source>Carry &amp;out the destruction…</source>
            <translation>Tiến hành &amp;tiêu hủy…</translation>
        </message>
        <message>
            <source>Print the &amp;record…</source>
            <translation>In &amp;biên bản…</translation>
        </message>
        <message>
            <source>&amp;Withdraw the proposal…</source>
            <translation>&amp;Rút đề xuất…</translation>
        </message>
        <message>
            <source>Council: {members}. Method: {method}.</source>
            <translation>Hội đồng: {members}. Hình thức: {method}.</translation>
        </message>
        <message>
            <source>Compact the vault again…</source>
            <translation>Dọn sạch kho lại…</translation>
        </message>
        <message>
            <source>Carry out the destruction</source>
            <translation>Tiến hành tiêu hủy</translation>
        </message>
        <message>
            <source>Destroy the {count} item(s) of proposal {number} under decision {decision}?

{data} of them are removed from the vault for good: the dossiers with their relatives, versions, attachments and cases. Only the register entries remain. This cannot be undone; backups made earlier still hold the data and must be destroyed the same way.</source>
            <translation>Tiêu hủy {count} mục của đề xuất {number} theo quyết định {decision}?

{data} mục sẽ bị xóa vĩnh viễn khỏi kho: hồ sơ cùng người thân, các phiên bản, tệp đính kèm và vụ việc. Chỉ còn lại các mục trong sổ. Không thể hoàn tác; các bản sao lưu làm trước đó vẫn còn dữ liệu và phải được tiêu hủy theo cùng cách.</translation>
        </message>
        <message>
            <source>&amp;Destroy</source>
            <translation>&amp;Tiêu hủy</translation>
        </message>
        <message>
            <source>Destroying</source>
            <translation>Đang tiêu hủy</translation>
        </message>
        <message>
            <source>Destroyed: {persons} dossier(s), {cases} case(s), {attachments} attachment(s). The vault was compacted. Print the record for the council to sign.</source>
            <translation>Đã tiêu hủy: {persons} hồ sơ, {cases} vụ việc, {attachments} tệp đính kèm. Kho đã được dọn sạch. Hãy in biên bản để Hội đồng ký.</translation>
        </message>
        <message>
            <source>Destruction record {number}</source>
            <translation>Biên bản tiêu hủy {number}</translation>
        </message>
        <message>
            <source>Withdraw the proposal</source>
            <translation>Rút đề xuất</translation>
        </message>
        <message>
            <source>Why is proposal {number} withdrawn?</source>
            <translation>Lý do rút đề xuất {number}?</translation>
        </message>
        <message>
            <source>Proposal {number} was withdrawn.</source>
            <translation>Đã rút đề xuất {number}.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>An unexpected error occurred; the operation was not completed. Please try again; if it happens again, tell your administrator.</source>
            <translation>Đã xảy ra lỗi ngoài dự kiến; thao tác chưa được thực hiện. Vui lòng thử lại; nếu lỗi vẫn xảy ra, hãy báo quản trị viên.</translation>
        </message>
        <message>
            <source>An unexpected error occurred; the operation was not completed and nothing was lost. Please tell your administrator; the details (without any dossier data) are in the log file:
%1</source>
            <translation>Đã xảy ra lỗi ngoài dự kiến; thao tác chưa được thực hiện và không mất dữ liệu nào. Vui lòng báo quản trị viên; chi tiết (không chứa dữ liệu hồ sơ) được ghi trong tệp nhật ký:
%1</translation>
        </message>
        <message>
            <source>HoSo — error</source>
            <translation>HoSo — lỗi</translation>
        </message>
        <message>
            <source>HoSo</source>
            <translation>HoSo</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>The vault is ready</source>
            <translation>Kho dữ liệu đã sẵn sàng</translation>
        </message>
        <message>
            <source>Other units check this fingerprint before they trust your unit's public card. Note it in the handover record.</source>
            <translation>Các đơn vị khác sẽ đối chiếu dấu vân tay này trước khi tin cậy thẻ công khai của đơn vị bạn. Hãy ghi nó vào biên bản bàn giao.</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <source>Unit fingerprint:</source>
            <translation>Dấu vân tay đơn vị:</translation>
        </message>
    </context>
    <context>
        <name>DossierEditor</name>
        <message>
            <source>Read-only: your role may view dossiers but not change them.</source>
            <translation>Chỉ xem: vai trò của bạn được xem hồ sơ nhưng không được sửa.</translation>
        </message>
        <message>
            <source>&amp;Identity</source>
            <translation>Lý lịc&amp;h</translation>
        </message>
        <message>
            <source>&amp;Family</source>
            <translation>&amp;Gia đình</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Quá trình</translation>
        </message>
        <message>
            <source>F&amp;oreign relations</source>
            <translation>Quan hệ nước ng&amp;oài</translation>
        </message>
        <message>
            <source>&amp;Attachments</source>
            <translation>Tệp đính &amp;kèm</translation>
        </message>
        <message>
            <source>Ca&amp;ses</source>
            <translation>&amp;Vụ việc</translation>
        </message>
        <message>
            <source>Chan&amp;ges</source>
            <translation>Lịch sử sử&amp;a đổi</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>Tìm hồ sơ t&amp;rùng…</translation>
        </message>
        <message>
            <source>Look for other dossiers of the same person and merge them into this one.</source>
            <translation>Tìm các hồ sơ khác của cùng một người và gộp vào hồ sơ này.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <source>Print the co&amp;ver sheet…</source>
            <translation>In &amp;bìa hồ sơ…</translation>
        </message>
        <message>
            <source>Secrecy histor&amp;y…</source>
            <translation>&amp;Xem lịch sử độ mật…</translation>
        </message>
        <message>
            <source>The dossier's secrecy level, protection term and every decision about them.</source>
            <translation>Độ mật, thời hạn bảo vệ của hồ sơ và mọi quyết định về chúng.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save ({keys})</source>
            <translation>Lưu ({keys})</translation>
        </message>
        <message>
            <source>Dossier cover — {name}</source>
            <translation>Bìa hồ sơ — {name}</translation>
        </message>
        <message>
            <source>New dossier</source>
            <translation>Hồ sơ mới</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Chưa lưu</translation>
        </message>
        <message>
            <source>Dossier no. {id} · version {v} · saved {when} by {user}</source>
            <translation>Hồ sơ số {id} · phiên bản {v} · lưu lúc {when}, người lưu: {user}</translation>
        </message>
        <message>
            <source>{name} — dossier</source>
            <translation>{name} — hồ sơ</translation>
        </message>
        <message>
            <source>Correct the marked fields before saving: {fields}.</source>
            <translation>Hãy sửa các mục được đánh dấu trước khi lưu: {fields}.</translation>
        </message>
        <message>
            <source>The CCCD number does not match the date of birth or sex. If it is right, give the reason for accepting it, then save again.</source>
            <translation>Số CCCD không khớp với ngày sinh hoặc giới tính. Nếu số đúng, hãy ghi lý do chấp nhận rồi lưu lại.</translation>
        </message>
        <message>
            <source>The new dossier was not saved.</source>
            <translation>Hồ sơ mới chưa được lưu.</translation>
        </message>
        <message>
            <source>Lowering the secrecy level ({old} → {new}) needs a decision of the competent authority, recorded by a leader. Set the level back to {old} to save your other changes.</source>
            <translation>Hạ độ mật ({old} → {new}) cần quyết định của cấp có thẩm quyền, do lãnh đạo ghi nhận. Hãy đặt lại độ mật {old} để lưu các thay đổi khác.</translation>
        </message>
        <message>
            <source>Not saved: the new secrecy level needs to be recorded.</source>
            <translation>Chưa lưu: độ mật mới cần được ghi nhận.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Đang lưu…</translation>
        </message>
        <message>
            <source>Saved as version {v}.</source>
            <translation>Đã lưu thành phiên bản {v}.</translation>
        </message>
        <message>
            <source>Looking for other dossiers of the same person…</source>
            <translation>Đang tìm các hồ sơ khác của cùng một người…</translation>
        </message>
        <message>
            <source>Save or discard your changes before merging.</source>
            <translation>Hãy lưu hoặc bỏ các thay đổi trước khi gộp hồ sơ.</translation>
        </message>
        <message>
            <source>Merge dossiers</source>
            <translation>Gộp hồ sơ</translation>
        </message>
        <message>
            <source>Merge the dossier of {other} (no. {drop}) into this one (no. {keep})? The other dossier disappears from the list; its data, relatives, history and attachments are added to this one. Both histories are kept in the audit log.</source>
            <translation>Gộp hồ sơ của {other} (số {drop}) vào hồ sơ này (số {keep})? Hồ sơ kia sẽ không còn trong danh sách; dữ liệu, người thân, quá trình và tệp đính kèm của nó được bổ sung vào hồ sơ này. Lịch sử của cả hai hồ sơ vẫn được lưu trong nhật ký kiểm toán.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Gộp</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Đang gộp…</translation>
        </message>
        <message>
            <source>Dossier no. {drop} was merged into this one.</source>
            <translation>Đã gộp hồ sơ số {drop} vào hồ sơ này.</translation>
        </message>
    </context>
    <context>
        <name>DossierFields</name>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Tên gọi khác</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>Dân tộc</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Quốc tịch</translation>
        </message>
        <message>
            <source>Religion</source>
            <translation>Tôn giáo</translation>
        </message>
        <message>
            <source>Religious office</source>
            <translation>Chức sắc tôn giáo</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Nơi sinh</translation>
        </message>
        <message>
            <source>Hometown</source>
            <translation>Quê quán</translation>
        </message>
        <message>
            <source>Permanent residence</source>
            <translation>Nơi thường trú</translation>
        </message>
        <message>
            <source>Current residence</source>
            <translation>Nơi ở hiện nay</translation>
        </message>
        <message>
            <source>CCCD/CMND number</source>
            <translation>Số CCCD/CMND</translation>
        </message>
        <message>
            <source>Reason for accepting the number</source>
            <translation>Lý do chấp nhận số định danh</translation>
        </message>
        <message>
            <source>Party card number</source>
            <translation>Số thẻ đảng viên</translation>
        </message>
        <message>
            <source>Joined the Party</source>
            <translation>Ngày vào Đảng</translation>
        </message>
        <message>
            <source>Official member since</source>
            <translation>Ngày chính thức</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <source>General education</source>
            <translation>Giáo dục phổ thông</translation>
        </message>
        <message>
            <source>Specialism</source>
            <translation>Chuyên môn</translation>
        </message>
        <message>
            <source>Political theory</source>
            <translation>Lý luận chính trị</translation>
        </message>
        <message>
            <source>Secrecy level</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Relatives</source>
            <translation>Người thân</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Quá trình công tác</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Đào tạo, bồi dưỡng</translation>
        </message>
        <message>
            <source>Stays abroad</source>
            <translation>Thời gian ở nước ngoài</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Khen thưởng</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>Kỷ luật</translation>
        </message>
        <message>
            <source>Historical particulars</source>
            <translation>Đặc điểm lịch sử</translation>
        </message>
        <message>
            <source>Foreign relations</source>
            <translation>Quan hệ nước ngoài</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Nam</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Nữ</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Chưa rõ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
    </context>
    <context>
        <name>DossierLevelDialog</name>
        <message>
            <source>Lower the secrecy level</source>
            <translation>Hạ độ mật</translation>
        </message>
        <message>
            <source>Raise the secrecy level</source>
            <translation>Nâng độ mật</translation>
        </message>
        <message>
            <source>Dossier of {name}: {old} → {new}.</source>
            <translation>Hồ sơ của {name}: {old} → {new}.</translation>
        </message>
        <message>
            <source>Lowering or removing the level needs a decision of the competent authority. The decision is recorded in the dossier's secrecy history.</source>
            <translation>Hạ độ mật hoặc giải mật cần có quyết định của cấp có thẩm quyền. Quyết định được ghi vào lịch sử độ mật của hồ sơ.</translation>
        </message>
        <message>
            <source>Raising the level is recorded in the dossier's secrecy history, with your name and the reason. If a written decision ordered it, enter the decision too.</source>
            <translation>Việc nâng độ mật được ghi vào lịch sử độ mật của hồ sơ, kèm tên người thực hiện và lý do. Nếu có quyết định bằng văn bản, hãy ghi cả quyết định.</translation>
        </message>
        <message>
            <source>Ordered by a written &amp;decision</source>
            <translation>Theo &amp;quyết định bằng văn bản</translation>
        </message>
        <message>
            <source>e.g. 12-QĐ/TU</source>
            <translation>ví dụ 12-QĐ/TU</translation>
        </message>
        <message>
            <source>e.g. Standing Committee of the Provincial Party Committee</source>
            <translation>ví dụ Ban Thường vụ Tỉnh ủy</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <source>&amp;Reason (optional):</source>
            <translation>&amp;Lý do (nếu có):</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>&amp;Số quyết định:</translation>
        </message>
        <message>
            <source>Decision da&amp;te:</source>
            <translation>&amp;Ngày quyết định:</translation>
        </message>
        <message>
            <source>&amp;Authority:</source>
            <translation>&amp;Cấp có thẩm quyền:</translation>
        </message>
        <message>
            <source>Record and &amp;save</source>
            <translation>&amp;Ghi và lưu</translation>
        </message>
        <message>
            <source>Give the reason for raising the level.</source>
            <translation>Hãy ghi lý do nâng độ mật.</translation>
        </message>
        <message>
            <source>Enter the decision number and the authority that decided.</source>
            <translation>Hãy nhập số quyết định và cấp có thẩm quyền đã quyết định.</translation>
        </message>
    </context>
    <context>
        <name>DossiersPage</name>
        <message>
            <source>Dossiers</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Name, CCCD, party card, hometown or unit — marks optional (Ctrl+F)</source>
            <translation>Họ tên, số CCCD, thẻ đảng, quê quán hoặc đơn vị — gõ có dấu hay không dấu đều được (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search dossiers</source>
            <translation>Tìm hồ sơ</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>Tìm &amp;kiếm:</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Đơn &amp;vị:</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>Mọi độ mật</translation>
        </message>
        <message>
            <source>Se&amp;crecy:</source>
            <translation>Độ &amp;mật:</translation>
        </message>
        <message>
            <source>Any case state</source>
            <translation>Mọi trạng thái vụ việc</translation>
        </message>
        <message>
            <source>Has a case in this state</source>
            <translation>Có vụ việc ở trạng thái này</translation>
        </message>
        <message>
            <source>Cas&amp;e:</source>
            <translation>&amp;Vụ việc:</translation>
        </message>
        <message>
            <source>With relatives &amp;abroad</source>
            <translation>Có người thân ở nước &amp;ngoài</translation>
        </message>
        <message>
            <source>&amp;New dossier</source>
            <translation>Hồ sơ mớ&amp;i</translation>
        </message>
        <message>
            <source>Create a dossier (Ctrl+N)</source>
            <translation>Tạo hồ sơ mới (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Mở hồ &amp;sơ</translation>
        </message>
        <message>
            <source>Open the selected dossier (Enter)</source>
            <translation>Mở hồ sơ đang chọn (Enter)</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>Nhậ&amp;p từ Excel…</translation>
        </message>
        <message>
            <source>Create or update dossiers from a spreadsheet, after a preview</source>
            <translation>Tạo hoặc cập nhật hồ sơ từ bảng tính, sau khi xem trước</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>&amp;Xuất ra Excel…</translation>
        </message>
        <message>
            <source>Write the dossiers of the current list to an .xlsx file</source>
            <translation>Ghi các hồ sơ của danh sách hiện tại ra tệp .xlsx</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Tìm kiếm</translation>
        </message>
        <message>
            <source>New dossier</source>
            <translation>Hồ sơ mới</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message>
            <source>More than {n} dossiers; counting…</source>
            <translation>Hơn {n} hồ sơ; đang đếm…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln dossier(s) found</source>
            <translation>
                <numerusform>Tìm thấy %Ln hồ sơ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln dossier(s) in the vault</source>
            <translation>
                <numerusform>%Ln hồ sơ trong kho</numerusform>
            </translation>
        </message>
        <message>
            <source>No dossier matches the search and filters.</source>
            <translation>Không có hồ sơ nào khớp với nội dung tìm và bộ lọc.</translation>
        </message>
        <message>
            <source>No dossiers yet — import a list from Excel or create a new one</source>
            <translation>Chưa có hồ sơ nào — nhập danh sách từ Excel hoặc tạo mới</translation>
        </message>
        <message>
            <source>No dossiers yet. An officer creates them or imports a list from Excel.</source>
            <translation>Chưa có hồ sơ nào. Chuyên viên sẽ tạo mới hoặc nhập danh sách từ Excel.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Hồ sơ có thể trùng</translation>
        </message>
        <message>
            <source>The vault already holds dossiers that may be the same person. Open one of them instead, or save the new dossier anyway if it is a different person.</source>
            <translation>Kho dữ liệu đã có hồ sơ có thể là của cùng một người. Hãy mở hồ sơ đó thay vì tạo mới, hoặc vẫn lưu hồ sơ mới nếu đây là người khác.</translation>
        </message>
        <message>
            <source>These dossiers may be the same person as this one. Merging moves the other dossier into this one: empty fields are filled from it, its relatives, history and attachments are added, and both histories are kept.</source>
            <translation>Các hồ sơ này có thể là của cùng một người với hồ sơ đang mở. Khi gộp, hồ sơ kia được chuyển vào hồ sơ này: các mục còn trống được điền từ hồ sơ kia, người thân, quá trình và tệp đính kèm được bổ sung, lịch sử của cả hai được giữ lại.</translation>
        </message>
        <message>
            <source>No other dossier looks like the same person.</source>
            <translation>Không có hồ sơ nào khác giống cùng một người.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>CCCD/CMND</source>
            <translation>Số CCCD/CMND</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Lý do có thể trùng</translation>
        </message>
        <message>
            <source>&amp;Open the existing dossier</source>
            <translation>&amp;Mở hồ sơ đã có</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Mở hồ &amp;sơ</translation>
        </message>
        <message>
            <source>Save &amp;anyway</source>
            <translation>&amp;Vẫn lưu</translation>
        </message>
        <message>
            <source>&amp;Merge into this dossier…</source>
            <translation>&amp;Gộp vào hồ sơ này…</translation>
        </message>
    </context>
    <context>
        <name>ExcelExport</name>
        <message>
            <source>Export to Excel</source>
            <translation>Xuất ra Excel</translation>
        </message>
        <message>
            <source>The dossiers of the current list{search} will be written to an Excel file. The file leaves the vault UNENCRYPTED: it is entered in the copy register and must be kept and destroyed like any secret document. Continue?</source>
            <translation>Các hồ sơ của danh sách hiện tại{search} sẽ được ghi ra tệp Excel. Tệp ra khỏi kho ở dạng KHÔNG MÃ HÓA: được vào sổ sao chụp và phải được quản lý, tiêu hủy như mọi tài liệu mật. Tiếp tục?</translation>
        </message>
        <message>
            <source> (search “{q}”)</source>
            <translation> (tìm “{q}”)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Xuất</translation>
        </message>
        <message>
            <source>{n} dossier(s) exported to {path} (copy register no. {number}).</source>
            <translation>Đã xuất {n} hồ sơ ra {path} (sổ sao chụp số {number}).</translation>
        </message>
        <message>
            <source>Exporting to Excel</source>
            <translation>Đang xuất ra Excel</translation>
        </message>
    </context>
    <context>
        <name>ExcelPrompts</name>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
            <translation>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeLabels</name>
        <message>
            <source>New dossier</source>
            <translation>Hồ sơ mới</translation>
        </message>
        <message>
            <source>Already identical here</source>
            <translation>Đã có, giống hệt</translation>
        </message>
        <message>
            <source>Will be updated</source>
            <translation>Sẽ được cập nhật</translation>
        </message>
        <message>
            <source>Ours is newer: kept</source>
            <translation>Bản ở đây mới hơn: giữ nguyên</translation>
        </message>
        <message>
            <source>Conflict: kept for review</source>
            <translation>Xung đột: giữ lại để xem xét</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Đang tin cậy</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Đã thu hồi</translation>
        </message>
        <message>
            <source>Dossiers and cases</source>
            <translation>Hồ sơ và vụ việc</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Giấy báo nhận</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>USB exchange</source>
            <translation>Trao đổi USB</translation>
        </message>
        <message>
            <source>&amp;Units</source>
            <translation>Các đơn &amp;vị</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Gửi đi</translation>
        </message>
        <message>
            <source>&amp;Receive</source>
            <translation>&amp;Nhận</translation>
        </message>
        <message>
            <source>Sending and receiving bundles is done by a clerk or the administrator.</source>
            <translation>Việc gửi và nhận gói tin do văn thư hoặc quản trị viên thực hiện.</translation>
        </message>
        <message>
            <source>C&amp;onflicts ({n})</source>
            <translation>X&amp;ung đột ({n})</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>X&amp;ung đột</translation>
        </message>
        <message>
            <source>{n} record(s) changed on both sides await a decision</source>
            <translation>{n} hồ sơ, vụ việc được sửa ở cả hai nơi đang chờ quyết định</translation>
        </message>
        <message>
            <source>Records changed both here and at another unit</source>
            <translation>Hồ sơ, vụ việc được sửa ở cả đơn vị này và đơn vị khác</translation>
        </message>
        <message>
            <source>USB exchange ({n})</source>
            <translation>Trao đổi USB ({n})</translation>
        </message>
    </context>
    <context>
        <name>ExchangePrompts</name>
        <message>
            <source>Choose the unit card</source>
            <translation>Chọn thẻ đơn vị</translation>
        </message>
        <message>
            <source>HoSo unit cards (*.hosocard *.card *.json);;All files (*)</source>
            <translation>Thẻ đơn vị HoSo (*.hosocard *.card *.json);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>HoSo unit cards (*.hosocard)</source>
            <translation>Thẻ đơn vị HoSo (*.hosocard)</translation>
        </message>
        <message>
            <source>Choose the bundle</source>
            <translation>Chọn gói tin</translation>
        </message>
        <message>
            <source>HoSo bundles (*.hoso);;All files (*)</source>
            <translation>Gói tin HoSo (*.hoso);;Mọi tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>FamilyTab</name>
        <message>
            <source>Grandparents, parents or the person who raised them, parents-in-law, spouse, siblings and children. “To verify” follows the rule for admission; the officer may override it for one relative.</source>
            <translation>Ông bà, cha mẹ hoặc người nuôi dưỡng, cha mẹ vợ (chồng), vợ (chồng), anh chị em ruột và các con. Cột “Cần xác minh” theo quy định khi kết nạp; chuyên viên có thể quyết định khác cho từng người.</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Quan hệ</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Năm sinh</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Nghề nghiệp</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>Nơi ở</translation>
        </message>
        <message>
            <source>Abroad</source>
            <translation>Ở nước ngoài</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>Đảng viên</translation>
        </message>
        <message>
            <source>To verify</source>
            <translation>Cần xác minh</translation>
        </message>
        <message>
            <source>Relatives</source>
            <translation>Người thân</translation>
        </message>
        <message>
            <source>&amp;Add relative…</source>
            <translation>&amp;Thêm người thân…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Gỡ &amp;bỏ</translation>
        </message>
        <message>
            <source>(set by the officer)</source>
            <translation>(do chuyên viên xác định)</translation>
        </message>
        <message>
            <source>{n} relatives, {v} to verify</source>
            <translation>{n} người thân, {v} người cần xác minh</translation>
        </message>
        <message>
            <source>No relative is recorded in this dossier.</source>
            <translation>Hồ sơ này chưa ghi người thân nào.</translation>
        </message>
        <message>
            <source>No relative recorded yet — press “Add relative…” to record the parents, spouse, siblings and children.</source>
            <translation>Chưa ghi người thân nào — bấm “Thêm người thân…” để ghi cha mẹ, vợ hoặc chồng, anh chị em ruột và các con.</translation>
        </message>
        <message>
            <source>&amp;View…</source>
            <translation>&amp;Xem…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Chọn bảng tính</translation>
        </message>
        <message>
            <source>A list of party members as .xlsx, .xlsm, .xls or .ods. Nothing is written to the vault until you press Import on the preview page.</source>
            <translation>Danh sách đảng viên dạng .xlsx, .xlsm, .xls hoặc .ods. Không có gì được ghi vào kho cho đến khi bấm Nhập ở trang xem trước.</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Tệp bảng tính</translation>
        </message>
        <message>
            <source>Path of the spreadsheet</source>
            <translation>Đường dẫn của bảng tính</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Tệp:</translation>
        </message>
        <message>
            <source>Br&amp;owse…</source>
            <translation>&amp;Chọn tệp…</translation>
        </message>
        <message>
            <source>Choose the spreadsheet to import</source>
            <translation>Chọn bảng tính cần nhập</translation>
        </message>
        <message>
            <source>Reading the spreadsheet</source>
            <translation>Đang đọc bảng tính</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>HoSo — first start</source>
            <translation>HoSo — khởi động lần đầu</translation>
        </message>
        <message>
            <source>&amp;Open HoSo</source>
            <translation>&amp;Mở HoSo</translation>
        </message>
        <message>
            <source>Leave without confirming the recovery key?</source>
            <translation>Thoát mà chưa xác nhận khóa khôi phục?</translation>
        </message>
        <message>
            <source>The vault exists already. If you close now, the recovery key will never be shown again.</source>
            <translation>Kho dữ liệu đã được tạo. Nếu đóng bây giờ, khóa khôi phục sẽ không bao giờ được hiển thị lại.</translation>
        </message>
        <message>
            <source>&amp;Close anyway</source>
            <translation>&amp;Vẫn đóng</translation>
        </message>
    </context>
    <context>
        <name>ForeignTab</name>
        <message>
            <source>Foreign relations (nationality, marriage, links with foreign organisations)</source>
            <translation>Quan hệ nước ngoài (quốc tịch, hôn nhân, quan hệ với tổ chức nước ngoài)</translation>
        </message>
        <message>
            <source>Relatives abroad</source>
            <translation>Người thân ở nước ngoài</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Quan hệ</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Năm sinh</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>Nơi ở</translation>
        </message>
        <message>
            <source>{n} relatives live abroad: they are confirmed through the Party committee for members abroad (Đảng ủy Ngoài nước) and, if in doubt, the security agency.</source>
            <translation>{n} người thân đang ở nước ngoài: xác minh qua Đảng ủy Ngoài nước và, nếu có nghi vấn, qua cơ quan an ninh.</translation>
        </message>
        <message>
            <source>No relative is recorded as living abroad.</source>
            <translation>Không có người thân nào được ghi là đang ở nước ngoài.</translation>
        </message>
        <message>
            <source>The person has {n} stays abroad recorded in the History tab.</source>
            <translation>Người này có {n} lần ở nước ngoài được ghi trong thẻ Quá trình.</translation>
        </message>
    </context>
    <context>
        <name>FormPrompts</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Văn bản PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>HoSo — user guide</source>
            <translation>HoSo — hướng dẫn sử dụng</translation>
        </message>
        <message>
            <source>Contents of the guide</source>
            <translation>Mục lục hướng dẫn</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>Nội dung hướng dẫn</translation>
        </message>
        <message>
            <source>The user guide was not found ({path}). Reinstall HoSo or tell your administrator.</source>
            <translation>Không tìm thấy tài liệu hướng dẫn sử dụng ({path}). Hãy cài lại HoSo hoặc báo quản trị viên.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Secrecy history</source>
            <translation>Lịch sử độ mật</translation>
        </message>
        <message>
            <source>This item is no longer in the vault; its decisions are kept.</source>
            <translation>Tài liệu này không còn trong kho; các quyết định về nó vẫn được lưu.</translation>
        </message>
        <message>
            <source>{label}: not classified.</source>
            <translation>{label}: không mật.</translation>
        </message>
        <message>
            <source>{label}: {level} since {on} (set by {by}), protected until {end}.</source>
            <translation>{label}: {level} từ ngày {on} (do {by} xác định), bảo vệ đến {end}.</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Thời điểm ghi</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Level before</source>
            <translation>Độ mật cũ</translation>
        </message>
        <message>
            <source>Level after</source>
            <translation>Độ mật mới</translation>
        </message>
        <message>
            <source>End before</source>
            <translation>Hạn cũ</translation>
        </message>
        <message>
            <source>End after</source>
            <translation>Hạn mới</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Cấp có thẩm quyền</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Người ghi</translation>
        </message>
        <message>
            <source>Term stated</source>
            <translation>Xác định thời hạn</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Gia hạn</translation>
        </message>
        <message>
            <source>Level adjusted</source>
            <translation>Điều chỉnh độ mật</translation>
        </message>
        <message>
            <source>Declassified</source>
            <translation>Giải mật</translation>
        </message>
        <message>
            <source>(automatic)</source>
            <translation>(tự động)</translation>
        </message>
        <message>
            <source>No decision has been recorded: the level and term are those set when the item was made.</source>
            <translation>Chưa có quyết định nào: độ mật và thời hạn là những gì đã xác định khi tạo tài liệu.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Sections</source>
            <translation>Các mục</translation>
        </message>
    </context>
    <context>
        <name>IdentityTab</name>
        <message>
            <source>Full &amp;name:</source>
            <translation>Họ và &amp;tên:</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Ngày &amp;sinh:</translation>
        </message>
        <message>
            <source>Se&amp;x:</source>
            <translation>G&amp;iới tính:</translation>
        </message>
        <message>
            <source>&amp;CCCD/CMND number:</source>
            <translation>Số CCC&amp;D/CMND:</translation>
        </message>
        <message>
            <source>Uni&amp;t:</source>
            <translation>Đơ&amp;n vị:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Chức vụ:</translation>
        </message>
        <message>
            <source>Secrecy &amp;level:</source>
            <translation>Độ &amp;mật:</translation>
        </message>
        <message>
            <source>Home&amp;town:</source>
            <translation>Quê q&amp;uán:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Bản thân</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Nơi sinh và nơi ở</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Giấy tờ tùy thân</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Đảng</translation>
        </message>
        <message>
            <source>Work and education</source>
            <translation>Công tác và trình độ</translation>
        </message>
        <message>
            <source>Classification and notes</source>
            <translation>Độ mật và ghi chú</translation>
        </message>
        <message>
            <source>Why this number is right although it does not match</source>
            <translation>Vì sao số này đúng dù không khớp</translation>
        </message>
        <message>
            <source>✓ Consistent with the date of birth and sex.</source>
            <translation>✓ Khớp với ngày sinh và giới tính.</translation>
        </message>
        <message>
            <source>The number does not match: give the reason for accepting it before saving.</source>
            <translation>Số không khớp: hãy ghi lý do chấp nhận trước khi lưu.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import from Excel</source>
            <translation>Nhập từ Excel</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>Đang kiểm tra các dòng</translation>
        </message>
    </context>
    <context>
        <name>IncidentReportDialog</name>
        <message>
            <source>Immediate report of incident {number}/{year}</source>
            <translation>Báo cáo tức thời vụ số {number}/{year}</translation>
        </message>
        <message>
            <source>{kind} discovered on {when}: {what}</source>
            <translation>{kind}, phát hiện lúc {when}: {what}</translation>
        </message>
        <message>
            <source>e.g. 3-BC/BTCTU</source>
            <translation>ví dụ 3-BC/BTCTU</translation>
        </message>
        <message>
            <source>The report &amp;was made</source>
            <translation>Đã &amp;gửi báo cáo</translation>
        </message>
        <message>
            <source>Report &amp;number:</source>
            <translation>Số báo &amp;cáo:</translation>
        </message>
        <message>
            <source>Report da&amp;te:</source>
            <translation>Ngà&amp;y báo cáo:</translation>
        </message>
        <message>
            <source>Reported &amp;to:</source>
            <translation>Báo cáo &amp;với:</translation>
        </message>
        <message>
            <source>&amp;Measures taken:</source>
            <translation>&amp;Biện pháp đã làm:</translation>
        </message>
        <message>
            <source>&amp;Save the report</source>
            <translation>&amp;Lưu báo cáo</translation>
        </message>
    </context>
    <context>
        <name>IncidentsTab</name>
        <message>
            <source>Losses and leaks</source>
            <translation>Lộ, mất bí mật</translation>
        </message>
        <message>
            <source>Record a loss or leak</source>
            <translation>Ghi vụ lộ, mất bí mật nhà nước</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Mất</translation>
        </message>
        <message>
            <source>Leak</source>
            <translation>Lộ</translation>
        </message>
        <message>
            <source>Number, symbol, copy number and abstract of each item, or the carrier</source>
            <translation>Số, ký hiệu, bản số và trích yếu của từng tài liệu, hoặc vật chứa</translation>
        </message>
        <message>
            <source>Reported at once</source>
            <translation>Đã báo cáo ngay</translation>
        </message>
        <message>
            <source>e.g. 3-BC/BTCTU</source>
            <translation>ví dụ 3-BC/BTCTU</translation>
        </message>
        <message>
            <source>&amp;Record the incident</source>
            <translation>&amp;Ghi vụ việc</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>Độ &amp;mật:</translation>
        </message>
        <message>
            <source>&amp;Discovered at:</source>
            <translation>Thời điểm &amp;phát hiện:</translation>
        </message>
        <message>
            <source>Discovered &amp;by:</source>
            <translation>&amp;Người phát hiện:</translation>
        </message>
        <message>
            <source>&amp;What was lost or leaked:</source>
            <translation>&amp;Tài liệu, vật bị lộ, mất:</translation>
        </message>
        <message>
            <source>&amp;How it happened:</source>
            <translation>&amp;Diễn biến:</translation>
        </message>
        <message>
            <source>Report &amp;number:</source>
            <translation>Số báo &amp;cáo:</translation>
        </message>
        <message>
            <source>Report da&amp;te:</source>
            <translation>Ngà&amp;y báo cáo:</translation>
        </message>
        <message>
            <source>Reported &amp;to:</source>
            <translation>Báo cáo &amp;với:</translation>
        </message>
        <message>
            <source>&amp;Measures taken:</source>
            <translation>&amp;Biện pháp đã làm:</translation>
        </message>
        <message>
            <source>Recorded incidents</source>
            <translation>Các vụ đã ghi</translation>
        </message>
        <message>
            <source>Ca&amp;ncel the selected entry…</source>
            <translation>&amp;Hủy mục đang chọn…</translation>
        </message>
        <message>
            <source>Immediate re&amp;port…</source>
            <translation>Bổ &amp;sung báo cáo tức thời…</translation>
        </message>
        <message>
            <source>Fill in or correct the immediate report and the measures of the selected entry.</source>
            <translation>Bổ sung hoặc sửa báo cáo tức thời và biện pháp đã làm của mục đang chọn.</translation>
        </message>
        <message>
            <source>Only the clerk keeping the registers or an administrator may record incidents.</source>
            <translation>Chỉ văn thư giữ sổ hoặc quản trị viên được ghi vụ lộ, mất.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Discovered</source>
            <translation>Phát hiện lúc</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Tài liệu, vật</translation>
        </message>
        <message>
            <source>Discovered by</source>
            <translation>Người phát hiện</translation>
        </message>
        <message>
            <source>Immediate report</source>
            <translation>Báo cáo tức thời</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Biện pháp</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>chưa báo cáo</translation>
        </message>
        <message>
            <source>cancelled: {reason}</source>
            <translation>đã hủy: {reason}</translation>
        </message>
        <message>
            <source>{n} incident(s) recorded, {c} cancelled</source>
            <translation>{n} vụ đã ghi, {c} mục đã hủy</translation>
        </message>
        <message>
            <source>No incident recorded.</source>
            <translation>Chưa ghi vụ lộ, mất nào.</translation>
        </message>
        <message>
            <source>Recorded incident {number}/{year}.</source>
            <translation>Đã ghi vụ số {number}/{year}.</translation>
        </message>
        <message>
            <source>Select an entry in the list first.</source>
            <translation>Hãy chọn một mục trong danh sách trước.</translation>
        </message>
        <message>
            <source>This entry is cancelled; its report can no longer be changed.</source>
            <translation>Mục này đã bị hủy; không thể sửa báo cáo của mục nữa.</translation>
        </message>
        <message>
            <source>The immediate report of entry {number}/{year} was saved.</source>
            <translation>Đã lưu báo cáo tức thời của mục số {number}/{year}.</translation>
        </message>
        <message>
            <source>This entry is already cancelled.</source>
            <translation>Mục này đã bị hủy.</translation>
        </message>
        <message>
            <source>Cancel an entry</source>
            <translation>Hủy một mục</translation>
        </message>
        <message>
            <source>Why is entry {number}/{year} cancelled?</source>
            <translation>Lý do hủy mục số {number}/{year}?</translation>
        </message>
        <message>
            <source>Entry {number}/{year} stays in the list, marked cancelled, and is no longer counted in the yearly report. Cancel it?</source>
            <translation>Mục số {number}/{year} vẫn ở trong danh sách, được đánh dấu đã hủy và không còn được tính trong báo cáo năm. Hủy mục này?</translation>
        </message>
        <message>
            <source>Cancel the &amp;entry</source>
            <translation>&amp;Hủy mục</translation>
        </message>
        <message>
            <source>Entry {number}/{year} was cancelled.</source>
            <translation>Đã hủy mục số {number}/{year}.</translation>
        </message>
    </context>
    <context>
        <name>IssuePanel</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Lưu thành P&amp;DF…</translation>
        </message>
        <message>
            <source>given when first printed</source>
            <translation>cấp khi in lần đầu</translation>
        </message>
        <message>
            <source>none (not a numbered document)</source>
            <translation>không có (văn bản không đánh số)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Secrecy</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>Pages per copy</source>
            <translation>Số trang mỗi bản</translation>
        </message>
        <message>
            <source>Printing again</source>
            <translation>In lần nữa</translation>
        </message>
        <message>
            <source>a reprint of the issued document, with the same number and content</source>
            <translation>là in lại văn bản đã phát hành, giữ nguyên số và nội dung</translation>
        </message>
        <message numerus="yes">
            <source>Printing or saving makes %n copy(ies), each numbered, and enters them in the copying register. This preview is not a copy.</source>
            <translation>
                <numerusform>In hoặc lưu ra tệp sẽ tạo %n bản, mỗi bản có số riêng, và ghi vào sổ sao, chụp, in. Bản xem trước này không phải là một bản.</numerusform>
            </translation>
        </message>
        <message>
            <source>Document {number} has been printed before: say why it is printed again.</source>
            <translation>Văn bản {number} đã được in trước đây: hãy ghi lý do in lại.</translation>
        </message>
        <message numerus="yes">
            <source>%n copy(ies) of this document will be made and entered in the copying register.</source>
            <translation>
                <numerusform>Sẽ tạo %n bản của văn bản này và ghi vào sổ sao, chụp, in.</numerusform>
            </translation>
        </message>
        <message>
            <source>This is a reprint of {number}; reason: {reason}</source>
            <translation>Đây là bản in lại của văn bản {number}; lý do: {reason}</translation>
        </message>
        <message>
            <source>Make registered copies?</source>
            <translation>Tạo bản và ghi sổ?</translation>
        </message>
        <message>
            <source>&amp;Make the copies</source>
            <translation>&amp;Tạo các bản</translation>
        </message>
        <message>
            <source>Print {title}</source>
            <translation>In {title}</translation>
        </message>
        <message>
            <source>They are printed as one job on {printer}, each copy with its own number; the printer's copy count is set to 1.</source>
            <translation>Các bản được in thành một lệnh in trên {printer}, mỗi bản mang số riêng; số bản của máy in được đặt là 1.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>máy in</translation>
        </message>
        <message>
            <source>(The print dialog asked for {n}: the number of copies is set in this window.)</source>
            <translation>(Hộp thoại in đã chọn {n} bản: số bản được đặt trong cửa sổ này.)</translation>
        </message>
        <message>
            <source>Printing page {n} of {total}…</source>
            <translation>Đang in trang {n}/{total}…</translation>
        </message>
        <message>
            <source>the printer refused the job or reported an error</source>
            <translation>máy in từ chối lệnh in hoặc báo lỗi</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Đang in</translation>
        </message>
        <message>
            <source>Save the copies as PDF</source>
            <translation>Lưu các bản thành PDF</translation>
        </message>
        <message>
            <source>They are saved in one PDF file, {path}. The file is a state-secret carrier like paper: keep it only where such documents may be kept.</source>
            <translation>Các bản được lưu trong một tệp PDF: {path}. Tệp này là vật mang bí mật nhà nước như bản giấy: chỉ cất giữ ở nơi được phép lưu tài liệu mật.</translation>
        </message>
        <message>
            <source>Copies made</source>
            <translation>Đã tạo bản</translation>
        </message>
        <message>
            <source>Copy {n} of {total}</source>
            <translation>Bản số {n}/{total}</translation>
        </message>
        <message>
            <source>Copies {first}–{last} of {total}</source>
            <translation>Các bản số {first}–{last}/{total}</translation>
        </message>
        <message>
            <source>of document {number} (check code {code})</source>
            <translation>của văn bản {number} (mã kiểm tra {code})</translation>
        </message>
        <message>
            <source>were saved to {path}.</source>
            <translation>đã được lưu vào {path}.</translation>
        </message>
        <message>
            <source>were sent to the printer ({pages} pages).</source>
            <translation>đã được gửi tới máy in ({pages} trang).</translation>
        </message>
        <message>
            <source>They are entered in the copying register as no. {n}/{year}.</source>
            <translation>Đã ghi vào sổ sao, chụp, in với số {n}/{year}.</translation>
        </message>
        <message>
            <source>Copies {first}–{last} were issued and entered in the copying register as no. {n}/{year}, but printing failed ({detail}). Record what happened to them; printing again is a reprint.</source>
            <translation>Các bản số {first}–{last} đã được phát hành và ghi vào sổ sao, chụp, in với số {n}/{year}, nhưng in không thành công ({detail}). Hãy ghi lại việc xử lý các bản này; in lần nữa là in lại.</translation>
        </message>
        <message>
            <source>HoSo — printing</source>
            <translation>HoSo — in</translation>
        </message>
    </context>
    <context>
        <name>KeyGroupsView</name>
        <message>
            <source>Group {n}</source>
            <translation>Nhóm {n}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>Quản trị</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Lãnh đạo</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Chuyên viên</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Văn thư</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Đã quyết định</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>Đã tiêu hủy</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Đã hủy bỏ</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Tệp đính kèm</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Vụ việc</translation>
        </message>
        <message>
            <source>Printed copy</source>
            <translation>Bản in văn bản</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Bản sao</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Vật mang tin</translation>
        </message>
        <message>
            <source>Paper document</source>
            <translation>Tài liệu giấy</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Mất</translation>
        </message>
        <message>
            <source>Leak</source>
            <translation>Lộ</translation>
        </message>
        <message>
            <source>Vault created</source>
            <translation>Tạo kho dữ liệu</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>Thêm người dùng</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <source>Opened with the recovery key</source>
            <translation>Mở bằng khóa khôi phục</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Đổi mật khẩu</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Đặt lại mật khẩu</translation>
        </message>
        <message>
            <source>Account unlocked</source>
            <translation>Mở khóa tài khoản</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Đổi vai trò</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Vô hiệu hóa tài khoản</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Thay đổi cài đặt</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Sao lưu không thành công</translation>
        </message>
        <message>
            <source>Restored from backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>Data structure upgraded</source>
            <translation>Nâng cấp cấu trúc dữ liệu</translation>
        </message>
        <message>
            <source>Re-keying started</source>
            <translation>Bắt đầu thay khóa dữ liệu</translation>
        </message>
        <message>
            <source>Re-keying completed</source>
            <translation>Hoàn tất thay khóa dữ liệu</translation>
        </message>
        <message>
            <source>Demo dossiers added</source>
            <translation>Thêm hồ sơ trình diễn</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>Đăng xuất</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>Khóa màn hình</translation>
        </message>
        <message>
            <source>Program closed</source>
            <translation>Đóng chương trình</translation>
        </message>
        <message>
            <source>Closed for a restore</source>
            <translation>Đóng để khôi phục dữ liệu</translation>
        </message>
        <message>
            <source>Dossier created</source>
            <translation>Tạo hồ sơ</translation>
        </message>
        <message>
            <source>Dossier updated</source>
            <translation>Sửa hồ sơ</translation>
        </message>
        <message>
            <source>Dossier viewed</source>
            <translation>Xem hồ sơ</translation>
        </message>
        <message>
            <source>Dossiers merged</source>
            <translation>Gộp hồ sơ trùng</translation>
        </message>
        <message>
            <source>Dossier list exported</source>
            <translation>Xuất danh sách hồ sơ</translation>
        </message>
        <message>
            <source>Attachment added</source>
            <translation>Thêm tệp đính kèm</translation>
        </message>
        <message>
            <source>Attachment viewed</source>
            <translation>Xem tệp đính kèm</translation>
        </message>
        <message>
            <source>Attachment exported</source>
            <translation>Xuất tệp đính kèm</translation>
        </message>
        <message>
            <source>Attachment removed</source>
            <translation>Gỡ tệp đính kèm</translation>
        </message>
        <message>
            <source>Excel file imported</source>
            <translation>Nhập tệp Excel</translation>
        </message>
        <message>
            <source>Excel import report written</source>
            <translation>Ghi báo cáo nhập Excel</translation>
        </message>
        <message>
            <source>Column mapping saved</source>
            <translation>Lưu mẫu ánh xạ cột</translation>
        </message>
        <message>
            <source>Column mapping deleted</source>
            <translation>Xóa mẫu ánh xạ cột</translation>
        </message>
        <message>
            <source>Checklist template imported</source>
            <translation>Nhập mẫu danh mục thẩm tra</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Mở vụ việc</translation>
        </message>
        <message>
            <source>Correcting case opened</source>
            <translation>Mở vụ việc đính chính</translation>
        </message>
        <message>
            <source>Case: collecting started</source>
            <translation>Vụ việc: bắt đầu thu thập hồ sơ</translation>
        </message>
        <message>
            <source>Case: verification started</source>
            <translation>Vụ việc: bắt đầu thẩm tra, xác minh</translation>
        </message>
        <message>
            <source>Case: appraisal started</source>
            <translation>Vụ việc: bắt đầu thẩm định</translation>
        </message>
        <message>
            <source>Case: conclusion proposed</source>
            <translation>Vụ việc: đề xuất kết luận</translation>
        </message>
        <message>
            <source>Case: approved</source>
            <translation>Vụ việc: phê duyệt</translation>
        </message>
        <message>
            <source>Case: returned</source>
            <translation>Vụ việc: trả lại</translation>
        </message>
        <message>
            <source>Case: archived</source>
            <translation>Vụ việc: lưu trữ</translation>
        </message>
        <message>
            <source>Case: suspended</source>
            <translation>Vụ việc: tạm dừng</translation>
        </message>
        <message>
            <source>Case: reopened</source>
            <translation>Vụ việc: mở lại</translation>
        </message>
        <message>
            <source>Checklist item updated</source>
            <translation>Cập nhật mục danh mục</translation>
        </message>
        <message>
            <source>Evidence attached</source>
            <translation>Đính kèm minh chứng</translation>
        </message>
        <message>
            <source>Verification request sent</source>
            <translation>Gửi đề nghị thẩm tra</translation>
        </message>
        <message>
            <source>Reply recorded</source>
            <translation>Ghi nhận trả lời</translation>
        </message>
        <message>
            <source>Case report exported</source>
            <translation>Xuất báo cáo vụ việc</translation>
        </message>
        <message>
            <source>Form previewed</source>
            <translation>Xem trước văn bản</translation>
        </message>
        <message>
            <source>Form printed</source>
            <translation>In văn bản</translation>
        </message>
        <message>
            <source>Form reprinted</source>
            <translation>In lại văn bản</translation>
        </message>
        <message>
            <source>Paper copy checked</source>
            <translation>Kiểm tra bản giấy</translation>
        </message>
        <message>
            <source>Form template imported</source>
            <translation>Nhập mẫu văn bản</translation>
        </message>
        <message>
            <source>Unit card exported</source>
            <translation>Xuất thẻ đơn vị</translation>
        </message>
        <message>
            <source>Unit details changed</source>
            <translation>Sửa thông tin đơn vị</translation>
        </message>
        <message>
            <source>Unit's new keys accepted</source>
            <translation>Nhận khóa mới của đơn vị</translation>
        </message>
        <message>
            <source>Unit trusted</source>
            <translation>Tin cậy đơn vị</translation>
        </message>
        <message>
            <source>Unit trust revoked</source>
            <translation>Thu hồi tin cậy đơn vị</translation>
        </message>
        <message>
            <source>Own unit keys replaced</source>
            <translation>Thay khóa của đơn vị mình</translation>
        </message>
        <message>
            <source>Bundle sent</source>
            <translation>Gửi gói tin</translation>
        </message>
        <message>
            <source>Bundle refused</source>
            <translation>Từ chối gói tin</translation>
        </message>
        <message>
            <source>Bundle received</source>
            <translation>Nhận gói tin</translation>
        </message>
        <message>
            <source>Receipt written</source>
            <translation>Lập giấy báo nhận</translation>
        </message>
        <message>
            <source>Bundle removed from the medium</source>
            <translation>Xóa gói tin khỏi thiết bị</translation>
        </message>
        <message>
            <source>Exchange conflict viewed</source>
            <translation>Xem xung đột khi trao đổi</translation>
        </message>
        <message>
            <source>Exchange conflict resolved</source>
            <translation>Giải quyết xung đột khi trao đổi</translation>
        </message>
        <message>
            <source>Register entry added by hand</source>
            <translation>Ghi tay vào sổ</translation>
        </message>
        <message>
            <source>Register entry numbered</source>
            <translation>Cấp số trong sổ</translation>
        </message>
        <message>
            <source>Register entry cancelled</source>
            <translation>Hủy mục trong sổ</translation>
        </message>
        <message>
            <source>Register entry corrected</source>
            <translation>Sửa mục trong sổ</translation>
        </message>
        <message>
            <source>Abstract authorised</source>
            <translation>Cho phép ghi trích yếu</translation>
        </message>
        <message>
            <source>Register volume closed</source>
            <translation>Khóa quyển sổ</translation>
        </message>
        <message>
            <source>Hand-over recorded</source>
            <translation>Ghi giao nhận</translation>
        </message>
        <message>
            <source>Protection terms changed</source>
            <translation>Thay đổi thời hạn bảo vệ</translation>
        </message>
        <message>
            <source>Protection term extended</source>
            <translation>Gia hạn thời hạn bảo vệ</translation>
        </message>
        <message>
            <source>Shorter protection term set</source>
            <translation>Ghi thời hạn bảo vệ ngắn hơn</translation>
        </message>
        <message>
            <source>Secrecy level adjusted</source>
            <translation>Điều chỉnh độ mật</translation>
        </message>
        <message>
            <source>Declassified</source>
            <translation>Giải mật</translation>
        </message>
        <message>
            <source>Expired items declassified</source>
            <translation>Tự động giải mật khi hết thời hạn</translation>
        </message>
        <message>
            <source>Carrier registered</source>
            <translation>Đăng ký vật mang tin</translation>
        </message>
        <message>
            <source>Carrier taken out</source>
            <translation>Mang vật mang tin ra ngoài</translation>
        </message>
        <message>
            <source>Carrier returned</source>
            <translation>Nhận lại vật mang tin</translation>
        </message>
        <message>
            <source>Destruction proposed</source>
            <translation>Đề xuất tiêu hủy</translation>
        </message>
        <message>
            <source>Destruction decided</source>
            <translation>Quyết định tiêu hủy</translation>
        </message>
        <message>
            <source>Destruction proposal cancelled</source>
            <translation>Hủy bỏ đề xuất tiêu hủy</translation>
        </message>
        <message>
            <source>Destruction carried out</source>
            <translation>Thực hiện tiêu hủy</translation>
        </message>
        <message>
            <source>Item destroyed</source>
            <translation>Tiêu hủy tài liệu, vật</translation>
        </message>
        <message>
            <source>Loss or leak recorded</source>
            <translation>Ghi vụ lộ, mất bí mật</translation>
        </message>
        <message>
            <source>Incident report updated</source>
            <translation>Cập nhật báo cáo vụ lộ, mất</translation>
        </message>
        <message>
            <source>Incident entry cancelled</source>
            <translation>Hủy mục vụ lộ, mất</translation>
        </message>
        <message>
            <source>Yearly report exported</source>
            <translation>Xuất báo cáo năm</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Kết thúc phiên làm việc</translation>
        </message>
        <message>
            <source>user</source>
            <translation>người dùng</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>đơn vị</translation>
        </message>
        <message>
            <source>vault</source>
            <translation>kho dữ liệu</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>cài đặt</translation>
        </message>
        <message>
            <source>dossier</source>
            <translation>hồ sơ</translation>
        </message>
        <message>
            <source>dossier list</source>
            <translation>danh sách hồ sơ</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>tệp đính kèm</translation>
        </message>
        <message>
            <source>case</source>
            <translation>vụ việc</translation>
        </message>
        <message>
            <source>verification request</source>
            <translation>đề nghị thẩm tra</translation>
        </message>
        <message>
            <source>checklist template</source>
            <translation>mẫu danh mục</translation>
        </message>
        <message>
            <source>printed form</source>
            <translation>văn bản in</translation>
        </message>
        <message>
            <source>form template</source>
            <translation>mẫu văn bản</translation>
        </message>
        <message>
            <source>issued document</source>
            <translation>văn bản đã phát hành</translation>
        </message>
        <message>
            <source>printed copy</source>
            <translation>bản in</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>bản sao</translation>
        </message>
        <message>
            <source>Excel file</source>
            <translation>tệp Excel</translation>
        </message>
        <message>
            <source>column mapping</source>
            <translation>mẫu ánh xạ cột</translation>
        </message>
        <message>
            <source>report</source>
            <translation>báo cáo</translation>
        </message>
        <message>
            <source>yearly report</source>
            <translation>báo cáo năm</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>gói tin</translation>
        </message>
        <message>
            <source>sent bundle</source>
            <translation>gói tin đã gửi</translation>
        </message>
        <message>
            <source>received bundle</source>
            <translation>gói tin đã nhận</translation>
        </message>
        <message>
            <source>register</source>
            <translation>sổ</translation>
        </message>
        <message>
            <source>secrecy</source>
            <translation>độ mật</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>vật mang tin</translation>
        </message>
        <message>
            <source>destruction</source>
            <translation>tiêu hủy</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>vụ lộ, mất</translation>
        </message>
        <message>
            <source>paper document</source>
            <translation>tài liệu giấy</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>HoSo is locked</source>
            <translation>HoSo đang khóa</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>Mở &amp;khóa</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Đăng x&amp;uất</translation>
        </message>
        <message>
            <source>The session of {user} was locked and the vault closed. Enter the password to continue.</source>
            <translation>Phiên làm việc của {user} đã bị khóa và kho dữ liệu đã đóng. Nhập mật khẩu để tiếp tục.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>HoSo — log in</source>
            <translation>HoSo — đăng nhập</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>Đăng &amp;nhập</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Th&amp;oát</translation>
        </message>
        <message>
            <source>Enter your user name and password to open the vault.</source>
            <translation>Nhập tên đăng nhập và mật khẩu để mở kho dữ liệu.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <source>Vault: {path}</source>
            <translation>Kho dữ liệu: {path}</translation>
        </message>
        <message>
            <source>Use &amp;recovery key…</source>
            <translation>Dùng &amp;khóa khôi phục…</translation>
        </message>
        <message>
            <source>The password was reset. Log in with the new password.</source>
            <translation>Đã đặt lại mật khẩu. Hãy đăng nhập bằng mật khẩu mới.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Khóa</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Đăng &amp;xuất</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Hiển thị</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Giao diện</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Theo &amp;hệ thống</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Sáng</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Tối</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;User guide for this screen</source>
            <translation>&amp;Hướng dẫn cho màn hình này</translation>
        </message>
        <message>
            <source>&amp;About HoSo</source>
            <translation>&amp;Giới thiệu HoSo</translation>
        </message>
        <message>
            <source>HoSo — {unit}</source>
            <translation>HoSo — {unit}</translation>
        </message>
        <message>
            <source> [demo]</source>
            <translation> [trình diễn]</translation>
        </message>
        <message>
            <source>User: {name} · {role}</source>
            <translation>Người dùng: {name} · {role}</translation>
        </message>
        <message>
            <source>Unit: {code} — {name}</source>
            <translation>Đơn vị: {code} — {name}</translation>
        </message>
        <message numerus="yes">
            <source>Declassified automatically at the end of the protection term: %n item(s).</source>
            <translation>
                <numerusform>Đã tự động giải mật khi hết thời hạn bảo vệ: %n tài liệu.</numerusform>
            </translation>
        </message>
        <message>
            <source>Restoring the backup: checking every page and the audit chain, then putting it in place…</source>
            <translation>Đang khôi phục bản sao lưu: kiểm tra từng trang dữ liệu và chuỗi nhật ký kiểm toán, rồi đưa vào sử dụng…</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Đã khôi phục bản sao lưu.</translation>
        </message>
        <message>
            <source>The previous data was kept in {path}.</source>
            <translation>Dữ liệu trước đó được giữ tại {path}.</translation>
        </message>
        <message>
            <source>Log in again.</source>
            <translation>Hãy đăng nhập lại.</translation>
        </message>
        <message>
            <source>The restore did not complete; the vault was not changed. {reason}</source>
            <translation>Khôi phục không hoàn tất; kho dữ liệu không bị thay đổi. {reason}</translation>
        </message>
        <message>
            <source>HoSo {version}

Personnel dossiers and verification casework for offices without a network. Every byte is stored encrypted on this computer; nothing is sent anywhere.</source>
            <translation>HoSo {version}

Quản lý hồ sơ cán bộ và công tác thẩm tra cho cơ quan không nối mạng. Mọi dữ liệu được mã hóa và lưu trên máy tính này; không gửi đi bất cứ đâu.</translation>
        </message>
        <message>
            <source>About HoSo</source>
            <translation>Giới thiệu HoSo</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Columns</source>
            <translation>Các cột</translation>
        </message>
        <message>
            <source>Choose what each column of the spreadsheet holds; ignored columns are not imported.</source>
            <translation>Chọn nội dung của từng cột trong bảng tính; cột bỏ qua sẽ không được nhập.</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Tên mẫu ánh xạ</translation>
        </message>
        <message>
            <source>Leave empty not to save</source>
            <translation>Để trống nếu không lưu</translation>
        </message>
        <message>
            <source>Save this mapping as &amp;profile:</source>
            <translation>Lưu cách ánh xạ này thành &amp;mẫu:</translation>
        </message>
        <message>
            <source>Filled in from the saved profile “{name}”.</source>
            <translation>Điền theo mẫu ánh xạ đã lưu “{name}”.</translation>
        </message>
        <message>
            <source>Suggested from the column headers (known synonyms).</source>
            <translation>Đề xuất theo tiêu đề cột (các tên gọi đã biết).</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>Giá trị mẫu</translation>
        </message>
        <message>
            <source>Dossier field</source>
            <translation>Trường hồ sơ</translation>
        </message>
        <message>
            <source>(no header)</source>
            <translation>(không có tiêu đề)</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(bỏ qua)</translation>
        </message>
        <message>
            <source>Field of column {letter} “{header}”</source>
            <translation>Trường của cột {letter} “{header}”</translation>
        </message>
    </context>
    <context>
        <name>MediaList</name>
        <message>
            <source>Media</source>
            <translation>Thiết bị lưu trữ</translation>
        </message>
        <message>
            <source>Look again for USB sticks (after inserting one)</source>
            <translation>Tìm lại USB (sau khi cắm vào)</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <source>Other fo&amp;lder…</source>
            <translation>Thư &amp;mục khác…</translation>
        </message>
        <message>
            <source>{label}  ({path}) — {free} free of {total}</source>
            <translation>{label}  ({path}) — còn trống {free} / {total}</translation>
        </message>
        <message>
            <source>Folder: {path}</source>
            <translation>Thư mục: {path}</translation>
        </message>
        <message>
            <source>No USB stick found. Insert one and press Refresh, or choose another folder.</source>
            <translation>Không thấy USB nào. Hãy cắm USB rồi bấm Làm mới, hoặc chọn thư mục khác.</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New verification case</source>
            <translation>Vụ việc thẩm tra mới</translation>
        </message>
        <message>
            <source>Find the person whose political standard is to be verified, then choose the purpose. The checklist comes from the purpose's current template.</source>
            <translation>Tìm người cần thẩm tra tiêu chuẩn chính trị, rồi chọn mục đích. Danh mục kiểm tra lấy theo mẫu hiện hành của mục đích đó.</translation>
        </message>
        <message>
            <source>Name, CCCD or unit — marks optional</source>
            <translation>Họ tên, CCCD hoặc đơn vị — không cần gõ dấu</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>Những người tìm thấy</translation>
        </message>
        <message>
            <source>No person chosen yet.</source>
            <translation>Chưa chọn người.</translation>
        </message>
        <message>
            <source>The body that asked for the verification</source>
            <translation>Cơ quan, tổ chức đề nghị thẩm tra</translation>
        </message>
        <message>
            <source>The post, function or list the person is considered for</source>
            <translation>Chức vụ, vị trí hoặc danh sách dự kiến</translation>
        </message>
        <message>
            <source>&amp;Find the person:</source>
            <translation>&amp;Tìm người:</translation>
        </message>
        <message>
            <source>&amp;Results:</source>
            <translation>&amp;Kết quả:</translation>
        </message>
        <message>
            <source>Chosen:</source>
            <translation>Đã chọn:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>Mục đí&amp;ch:</translation>
        </message>
        <message>
            <source>Requesting &amp;unit:</source>
            <translation>Đơn &amp;vị đề nghị:</translation>
        </message>
        <message>
            <source>&amp;Target post:</source>
            <translation>Chức vụ &amp;dự kiến:</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Hạn giải quyết:</translation>
        </message>
        <message>
            <source>&amp;Open the case</source>
            <translation>&amp;Mở vụ việc</translation>
        </message>
        <message>
            <source>Nobody found: check the spelling, or create the dossier first.</source>
            <translation>Không tìm thấy: kiểm tra lại chính tả, hoặc tạo hồ sơ trước.</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordFields</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không giống nhau.</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>&amp;Mật khẩu mới:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Độ mạnh:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>Nhập &amp;lại mật khẩu:</translation>
        </message>
    </context>
    <context>
        <name>PageView</name>
        <message>
            <source>Page preview</source>
            <translation>Trang xem trước</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
            <translation>dd/mm/yyyy, mm/yyyy hoặc yyyy</translation>
        </message>
    </context>
    <context>
        <name>PeriodTable</name>
        <message>
            <source>Institution</source>
            <translation>Cơ sở đào tạo</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Nước</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Nơi</translation>
        </message>
        <message>
            <source>Course, qualification</source>
            <translation>Khóa học, văn bằng</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Hình thức khen thưởng</translation>
        </message>
        <message>
            <source>Discipline and reason</source>
            <translation>Hình thức kỷ luật, lý do</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Đến</translation>
        </message>
        <message>
            <source>Dates as dd/mm/yyyy, mm/yyyy or yyyy; leave “To” empty for “until now”.</source>
            <translation>Ngày tháng dạng dd/mm/yyyy, mm/yyyy hoặc yyyy; để trống cột “Đến” nếu là “đến nay”.</translation>
        </message>
        <message>
            <source>&amp;Add row</source>
            <translation>&amp;Thêm dòng</translation>
        </message>
        <message>
            <source>&amp;Remove row</source>
            <translation>&amp;Xóa dòng</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <translation>dòng {row}: {message}</translation>
        </message>
    </context>
    <context>
        <name>PersonListModel</name>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <source>Hometown</source>
            <translation>Quê quán</translation>
        </message>
        <message>
            <source>CCCD/CMND</source>
            <translation>Số CCCD/CMND</translation>
        </message>
        <message>
            <source>Secrecy</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>{name} — has relatives abroad</source>
            <translation>{name} — có người thân ở nước ngoài</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>Create</source>
            <translation>Tạo mới</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <source>Already there, unchanged</source>
            <translation>Đã có, không đổi</translation>
        </message>
        <message>
            <source>Repeated in the file</source>
            <translation>Trùng trong tệp</translation>
        </message>
        <message>
            <source>Review (possible match)</source>
            <translation>Cần xem xét (có thể trùng)</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Import action</source>
            <translation>Xử lý</translation>
        </message>
        <message>
            <source>Dossier no. {id}: {changes}</source>
            <translation>Hồ sơ số {id}: {changes}</translation>
        </message>
        <message>
            <source>{name} ({birth}, dossier no. {id})</source>
            <translation>{name} ({birth}, hồ sơ số {id})</translation>
        </message>
        <message>
            <source>Create (near match)</source>
            <translation>Tạo mới (gần trùng)</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Trang trước (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Trang sau (Page Down)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+minus)</source>
            <translation>Thu nhỏ (Ctrl+dấu trừ)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+plus)</source>
            <translation>Phóng to (Ctrl+dấu cộng)</translation>
        </message>
        <message>
            <source>Fit &amp;width</source>
            <translation>Vừa &amp;chiều rộng</translation>
        </message>
        <message>
            <source>&amp;True size</source>
            <translation>&amp;Kích thước thật</translation>
        </message>
        <message>
            <source>100 %: the page as large as on paper (Ctrl+0)</source>
            <translation>100 %: trang to đúng bằng trên giấy (Ctrl+0)</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Trang {n}/{total}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>What the import will do with each row. Nothing has been written yet.</source>
            <translation>Việc sẽ làm với từng dòng. Chưa có gì được ghi.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>Show rows</source>
            <translation>Hiện các dòng</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Hiện:</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Các dòng của tệp</translation>
        </message>
        <message>
            <source>Also &amp;create the near matches shown for review (as new dossiers)</source>
            <translation>&amp;Tạo mới cả các dòng gần trùng cần xem xét (thành hồ sơ mới)</translation>
        </message>
        <message>
            <source>&amp;Accept CCCD warnings (birth year or sex not matching the number)</source>
            <translation>&amp;Chấp nhận cảnh báo CCCD (năm sinh hoặc giới tính không khớp với số)</translation>
        </message>
        <message>
            <source>Save &amp;error report…</source>
            <translation>Lưu &amp;báo cáo lỗi…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows}&lt;/b&gt; rows read — create: &lt;b&gt;{create}&lt;/b&gt;, update: &lt;b&gt;{update}&lt;/b&gt;, repeated or unchanged: &lt;b&gt;{dup}&lt;/b&gt;, review: &lt;b&gt;{review}&lt;/b&gt;, errors: &lt;b&gt;{error}&lt;/b&gt;</source>
            <translation>Đọc &lt;b&gt;{rows}&lt;/b&gt; dòng — tạo mới: &lt;b&gt;{create}&lt;/b&gt;, cập nhật: &lt;b&gt;{update}&lt;/b&gt;, trùng hoặc đã có: &lt;b&gt;{dup}&lt;/b&gt;, cần xem xét: &lt;b&gt;{review}&lt;/b&gt;, lỗi: &lt;b&gt;{error}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All rows ({n})</source>
            <translation>Tất cả các dòng ({n})</translation>
        </message>
        <message>
            <source>Save the error report</source>
            <translation>Lưu báo cáo lỗi</translation>
        </message>
        <message>
            <source>Writing the error report</source>
            <translation>Đang ghi báo cáo lỗi</translation>
        </message>
        <message>
            <source>The error report was saved to {path}. It holds personnel data and was entered in the copy register.</source>
            <translation>Đã lưu báo cáo lỗi vào {path}. Báo cáo chứa dữ liệu cán bộ và đã được vào sổ sao chụp.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Đang nhập</translation>
        </message>
    </context>
    <context>
        <name>PrintOptions</name>
        <message>
            <source>Number of copies</source>
            <translation>Số bản</translation>
        </message>
        <message>
            <source>Each copy is printed with its own number (Bản số x/y) and entered in the copying register</source>
            <translation>Mỗi bản được in với số riêng (Bản số x/y) và ghi vào sổ sao, chụp, in</translation>
        </message>
        <message>
            <source>e.g. a copy for the dossier kept by the unit</source>
            <translation>ví dụ: bổ sung bản lưu hồ sơ của đơn vị</translation>
        </message>
        <message>
            <source>Reason for the reprint</source>
            <translation>Lý do in lại</translation>
        </message>
        <message>
            <source>&amp;Reason for the reprint:</source>
            <translation>&amp;Lý do in lại:</translation>
        </message>
        <message>
            <source>To be re&amp;turned by:</source>
            <translation>&amp;Thu hồi trước ngày:</translation>
        </message>
        <message>
            <source>Prints "TÀI LIỆU THU HỒI" with the date by which the copies must come back</source>
            <translation>In dòng "TÀI LIỆU THU HỒI" cùng hạn các bản phải được trả lại</translation>
        </message>
        <message>
            <source>Return date</source>
            <translation>Hạn thu hồi</translation>
        </message>
        <message>
            <source>Only the na&amp;med person may open the envelope</source>
            <translation>Chỉ người có tên mới được &amp;bóc bì</translation>
        </message>
        <message>
            <source>&amp;Copies:</source>
            <translation>&amp;Số bản:</translation>
        </message>
    </context>
    <context>
        <name>ProgressJob</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Thay đổi chưa lưu</translation>
        </message>
        <message>
            <source>The dossier of {name} has unsaved changes. Save them?</source>
            <translation>Hồ sơ của {name} có thay đổi chưa lưu. Lưu lại không?</translation>
        </message>
        <message>
            <source>the new person</source>
            <translation>người mới</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Bỏ thay đổi</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Tiếp tục sửa</translation>
        </message>
        <message>
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</source>
            <translation>Bản quét và văn bản (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;Mọi tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>ProposeDialog</name>
        <message>
            <source>Propose the conclusion</source>
            <translation>Đề xuất kết luận</translation>
        </message>
        <message>
            <source>The proposal goes to the leadership for decision. An outcome that is not a plain "meets the standard" names the issues found, from the catalogue.</source>
            <translation>Đề xuất được trình lãnh đạo quyết định. Kết quả khác “bảo đảm tiêu chuẩn” phải nêu các vấn đề đã phát hiện, chọn trong danh mục.</translation>
        </message>
        <message>
            <source>The grounds of the proposal: what was verified and what it showed</source>
            <translation>Căn cứ đề xuất: đã thẩm tra những gì và kết quả ra sao</translation>
        </message>
        <message>
            <source>e.g. not to be placed in key or secret posts</source>
            <translation>ví dụ: không bố trí vào vị trí trọng yếu, cơ mật</translation>
        </message>
        <message>
            <source>political history</source>
            <translation>lịch sử chính trị</translation>
        </message>
        <message>
            <source>current politics</source>
            <translation>chính trị hiện nay</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>bản thân</translation>
        </message>
        <message>
            <source>a relative</source>
            <translation>người thân</translation>
        </message>
        <message>
            <source>Kind: {kind}; concerns {subject}</source>
            <translation>Loại: {kind}; liên quan {subject}</translation>
        </message>
        <message>
            <source>foreign element</source>
            <translation>có yếu tố nước ngoài</translation>
        </message>
        <message>
            <source>&amp;Limit:</source>
            <translation>&amp;Giới hạn:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Kết quả:</translation>
        </message>
        <message>
            <source>&amp;Reasons:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <source>&amp;Issues found:</source>
            <translation>&amp;Vấn đề phát hiện:</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>Đề &amp;xuất</translation>
        </message>
        <message>
            <source>Propose a destruction</source>
            <translation>Đề xuất tiêu hủy</translation>
        </message>
        <message>
            <source>List what is to be destroyed. Dossiers, attachments and cases are removed from the vault when the destruction is carried out; printed copies, carriers and paper documents are destroyed by hand and recorded. A leader decides before anything is destroyed.</source>
            <translation>Liệt kê những gì cần tiêu hủy. Hồ sơ, tệp đính kèm và vụ việc được xóa khỏi kho khi tiến hành tiêu hủy; bản in, vật mang tin và tài liệu giấy được tiêu hủy thủ công và ghi sổ. Lãnh đạo quyết định trước khi tiêu hủy.</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>&amp;Thêm mục</translation>
        </message>
        <message>
            <source>Re&amp;move item</source>
            <translation>&amp;Bỏ mục</translation>
        </message>
        <message>
            <source>Items to destroy</source>
            <translation>Các mục cần tiêu hủy</translation>
        </message>
        <message>
            <source>One member per line: full name | post</source>
            <translation>Mỗi dòng một thành viên: họ tên | chức vụ</translation>
        </message>
        <message>
            <source>e.g. removed from the vault; paper burnt; USB stick crushed</source>
            <translation>ví dụ: xóa khỏi kho; đốt bản giấy; đập hủy USB</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Mục:</translation>
        </message>
        <message>
            <source>A&amp;bstract (paper; optional otherwise):</source>
            <translation>&amp;Trích yếu (bắt buộc với tài liệu giấy):</translation>
        </message>
        <message>
            <source>&amp;Items:</source>
            <translation>&amp;Các mục:</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Hội đồng:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Hình thức:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <source>Dossier (number)</source>
            <translation>Hồ sơ (số)</translation>
        </message>
        <message>
            <source>Attachment (number)</source>
            <translation>Tệp đính kèm (số)</translation>
        </message>
        <message>
            <source>Case (number)</source>
            <translation>Vụ việc (số)</translation>
        </message>
        <message>
            <source>Printed copy (document number, copy)</source>
            <translation>Bản in (số văn bản, bản số)</translation>
        </message>
        <message>
            <source>Exported copy (copying-register entry)</source>
            <translation>Bản sao đã xuất (mục sổ sao chụp)</translation>
        </message>
        <message>
            <source>Carrier (label)</source>
            <translation>Vật mang tin (nhãn)</translation>
        </message>
        <message>
            <source>Paper document (number and symbol, copy)</source>
            <translation>Tài liệu giấy (số, ký hiệu, bản số)</translation>
        </message>
        <message>
            <source>number and symbol</source>
            <translation>số, ký hiệu</translation>
        </message>
        <message>
            <source>label</source>
            <translation>nhãn</translation>
        </message>
        <message>
            <source>number</source>
            <translation>số</translation>
        </message>
        <message>
            <source>copy no.</source>
            <translation>bản số</translation>
        </message>
        <message>
            <source>Type the number or label of the item first.</source>
            <translation>Hãy nhập số hoặc nhãn của mục trước.</translation>
        </message>
        <message>
            <source>copy {n}</source>
            <translation>bản số {n}</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Tăng</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Giảm</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>Đồ&amp;ng ý</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Hủy</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Bỏ qua</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>In</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Sao chép địa chỉ &amp;liên kết</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>RecallDialog</name>
        <message>
            <source>Recall: what {user} holds</source>
            <translation>Thu hồi: những gì {user} đang giữ</translation>
        </message>
        <message>
            <source>Collect these before {user} leaves: hand the cases to another officer, take back the copies (or have them destroyed and recorded) and the carriers.</source>
            <translation>Thu hồi trước khi {user} nghỉ: giao các vụ việc cho cán bộ khác, thu lại các bản sao (hoặc tiêu hủy và ghi sổ) và các vật mang tin.</translation>
        </message>
        <message>
            <source>{user} holds nothing to collect.</source>
            <translation>{user} không giữ gì cần thu hồi.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Tài liệu, vật</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>What the user holds</source>
            <translation>Những gì người dùng đang giữ</translation>
        </message>
        <message>
            <source>Cases assigned ({n})</source>
            <translation>Vụ việc đang được giao ({n})</translation>
        </message>
        <message>
            <source>Case {id}</source>
            <translation>Vụ việc {id}</translation>
        </message>
        <message>
            <source>Copies made ({n})</source>
            <translation>Bản sao đã làm ({n})</translation>
        </message>
        <message>
            <source>copies {numbers}</source>
            <translation>bản số {numbers}</translation>
        </message>
        <message>
            <source>{n} copy(ies), {where}</source>
            <translation>{n} bản, {where}</translation>
        </message>
        <message>
            <source>Carriers out ({n})</source>
            <translation>Vật mang tin đang mang ra ({n})</translation>
        </message>
        <message>
            <source>permit {no}; {content}</source>
            <translation>giấy phép {no}; {content}</translation>
        </message>
        <message>
            <source>&amp;Print the list…</source>
            <translation>&amp;In danh sách…</translation>
        </message>
        <message>
            <source>Preview, then print or save the recall list for signatures; each copy is numbered and entered in the copying register.</source>
            <translation>Xem trước rồi in hoặc lưu danh sách thu hồi để ký; mỗi bản được đánh số và ghi vào sổ sao chụp.</translation>
        </message>
        <message>
            <source>Recall list of {user}</source>
            <translation>Danh sách thu hồi của {user}</translation>
        </message>
    </context>
    <context>
        <name>ReceiveTab</name>
        <message>
            <source>Where the bundles are</source>
            <translation>Nơi có gói tin</translation>
        </message>
        <message>
            <source>Choose the folder with the bundles</source>
            <translation>Chọn thư mục chứa gói tin</translation>
        </message>
        <message>
            <source>Bundles found</source>
            <translation>Các gói tin tìm thấy</translation>
        </message>
        <message>
            <source>&amp;Bundles found:</source>
            <translation>&amp;Các gói tin:</translation>
        </message>
        <message>
            <source>Bundle (read without any key)</source>
            <translation>Gói tin (đọc không cần khóa)</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Tệp:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Loại:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Từ:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Gửi đến:</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Độ mật:</translation>
        </message>
        <message>
            <source>Sequence number:</source>
            <translation>Số thứ tự gói:</translation>
        </message>
        <message>
            <source>Made on:</source>
            <translation>Lập lúc:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Dung lượng:</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Xem trước</translation>
        </message>
        <message>
            <source>Check the bundle and show what the import would do; nothing is changed</source>
            <translation>Kiểm tra gói tin và cho biết việc nhập sẽ làm gì; chưa thay đổi gì</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Dừng nhập</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Record in the bundle</source>
            <translation>Bản ghi trong gói tin</translation>
        </message>
        <message>
            <source>This bundle was made by this unit, for {to}: it is opened there, not here. Hand the medium over to that unit.</source>
            <translation>Gói tin này do chính đơn vị này lập để gửi {to}: gói tin được mở ở đó, không mở ở đây. Hãy chuyển vật mang tin cho đơn vị đó.</translation>
        </message>
        <message>
            <source>Changed both here and at the sending unit since the last exchange: both versions are kept and an officer decides in the Conflicts tab</source>
            <translation>Đã thay đổi cả ở đây và ở đơn vị gửi kể từ lần trao đổi trước: cả hai bản được giữ lại và cán bộ quyết định trong thẻ Xung đột</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Vụ việc mới</translation>
        </message>
        <message>
            <source>New attachment</source>
            <translation>Tệp đính kèm mới</translation>
        </message>
        <message>
            <source>Already here</source>
            <translation>Đã có ở đây</translation>
        </message>
        <message>
            <source>Not carried in this bundle</source>
            <translation>Gói tin này không mang theo tệp</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Cases: {new} new, {updated} to update, {same} unchanged, {kept} where ours is newer.</source>
            <translation>Vụ việc: {new} mới, {updated} sẽ cập nhật, {same} không đổi, {kept} bản ở đây mới hơn.</translation>
        </message>
        <message>
            <source>{n} record(s) ({persons} dossier(s), {cases} case(s)) changed both here and at the sending unit since the last exchange: they will be kept for review in the Conflicts tab and nothing of ours will be overwritten.</source>
            <translation>{n} bản ghi ({persons} hồ sơ, {cases} vụ việc) đã thay đổi cả ở đây và ở đơn vị gửi kể từ lần trao đổi trước: chúng được giữ lại để xem xét trong thẻ Xung đột và không dữ liệu nào của đơn vị bị ghi đè.</translation>
        </message>
        <message>
            <source>{n} attachment(s) are listed but their files were not sent in this bundle.</source>
            <translation>{n} tệp đính kèm có trong danh sách nhưng tệp không được gửi kèm trong gói tin này.</translation>
        </message>
        <message>
            <source>What the import does</source>
            <translation>Việc nhập sẽ làm</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>Open a f&amp;ile…</source>
            <translation>Mở &amp;tệp…</translation>
        </message>
        <message>
            <source>I&amp;mport</source>
            <translation>Nhập vào &amp;kho</translation>
        </message>
        <message>
            <source>&amp;Delete the bundle from the medium…</source>
            <translation>Xóa gói tin khỏi thiết &amp;bị…</translation>
        </message>
        <message>
            <source>Open the &amp;conflicts to decide them</source>
            <translation>Mở các xung đột để &amp;quyết định</translation>
        </message>
        <message>
            <source>No bundle here.</source>
            <translation>Không có gói tin nào ở đây.</translation>
        </message>
        <message>
            <source>{file} — unreadable</source>
            <translation>{file} — không đọc được</translation>
        </message>
        <message>
            <source>{file} — made here, for {to}</source>
            <translation>{file} — do đơn vị này lập, gửi {to}</translation>
        </message>
        <message>
            <source>{file} — {kind} from {sender}, {level}</source>
            <translation>{file} — {kind} từ {sender}, {level}</translation>
        </message>
        <message>
            <source>(not trusted here)</source>
            <translation>(chưa được tin cậy ở đây)</translation>
        </message>
        <message>
            <source>Case: {purpose}</source>
            <translation>Vụ việc: {purpose}</translation>
        </message>
        <message>
            <source>Attachment: {title}</source>
            <translation>Tệp đính kèm: {title}</translation>
        </message>
        <message>
            <source>A receipt from {sender}: importing it records that the bundle sent from here was delivered.</source>
            <translation>Giấy báo nhận của {sender}: nhập vào sẽ ghi nhận gói tin gửi từ đây đã đến nơi.</translation>
        </message>
        <message>
            <source>It is for {file}, outgoing register number {number}.</source>
            <translation>Giấy báo nhận này dành cho gói {file}, số sổ đi {number}.</translation>
        </message>
        <message>
            <source>That bundle is already marked delivered.</source>
            <translation>Gói tin đó đã được ghi nhận là đã giao.</translation>
        </message>
        <message>
            <source>The bundle is authentic and addressed to this unit. It holds {persons} dossier(s), {cases} case(s) and {attachments} attachment(s).</source>
            <translation>Gói tin xác thực và gửi đúng cho đơn vị này. Gồm {persons} hồ sơ, {cases} vụ việc và {attachments} tệp đính kèm.</translation>
        </message>
        <message>
            <source>The receipt from {sender} was recorded: the outgoing register now shows the delivery.</source>
            <translation>Đã ghi nhận giấy báo nhận của {sender}: sổ đăng ký đi nay ghi gói tin đã được nhận.</translation>
        </message>
        <message>
            <source>Imported from {sender}: {created} new dossier(s), {updated} updated, {unchanged} unchanged; {cases_new} new case(s), {cases_updated} updated.</source>
            <translation>Đã nhập từ {sender}: {created} hồ sơ mới, {updated} cập nhật, {unchanged} không đổi; {cases_new} vụ việc mới, {cases_updated} cập nhật.</translation>
        </message>
        <message>
            <source>{n} record(s) conflict with ours: they are kept for review and nothing of ours was overwritten.</source>
            <translation>{n} bản ghi xung đột với dữ liệu ở đây: chúng được giữ lại để xem xét, không ghi đè dữ liệu ở đây.</translation>
        </message>
        <message>
            <source>They are listed in the Conflicts tab, where an officer compares the two versions side by side and decides which one stands.</source>
            <translation>Các xung đột được liệt kê ở thẻ Xung đột; tại đó cán bộ so sánh hai bản đặt cạnh nhau và quyết định giữ bản nào.</translation>
        </message>
        <message>
            <source>Incoming register number: {number}.</source>
            <translation>Số đăng ký đến: {number}.</translation>
        </message>
        <message>
            <source>A signed receipt for {sender} was written next to the bundle: {path}. Carry it back to that unit on the stick: importing it there records the delivery.</source>
            <translation>Giấy báo nhận có chữ ký gửi {sender} đã được ghi cạnh gói tin: {path}. Hãy mang USB trả lại đơn vị đó: khi nhập giấy báo nhận, họ ghi nhận gói tin đã đến nơi.</translation>
        </message>
        <message>
            <source>The receipt could not be written to the medium (full or write-protected?). The import stands; tell the sending unit the delivery by the usual hand-over record.</source>
            <translation>Không ghi được giấy báo nhận lên thiết bị (đầy hoặc bị khóa ghi?). Việc nhập vẫn có hiệu lực; hãy báo cho đơn vị gửi bằng biên bản giao nhận thông thường.</translation>
        </message>
        <message>
            <source>Remove the bundle</source>
            <translation>Xóa gói tin</translation>
        </message>
        <message>
            <source>Delete {file} from the medium? It has been imported. Deleting a file from a USB stick does not reliably erase flash memory.</source>
            <translation>Xóa {file} khỏi thiết bị? Gói tin đã được nhập. Xóa tệp trên USB không bảo đảm xóa sạch bộ nhớ flash.</translation>
        </message>
        <message>
            <source>&amp;Delete the file</source>
            <translation>&amp;Xóa tệp</translation>
        </message>
        <message>
            <source>Only destroying the stick makes sure the data cannot be recovered.</source>
            <translation>Chỉ tiêu hủy vật lý USB mới bảo đảm dữ liệu không thể khôi phục.</translation>
        </message>
        <message>
            <source>{path} (removed)</source>
            <translation>{path} (đã xóa)</translation>
        </message>
        <message>
            <source>Bundle removed</source>
            <translation>Đã xóa gói tin</translation>
        </message>
    </context>
    <context>
        <name>RecipientsPage</name>
        <message>
            <source>To which units</source>
            <translation>Gửi đơn vị nào</translation>
        </message>
        <message>
            <source>Only trusted units are listed: the bundle can be opened by them alone.</source>
            <translation>Chỉ liệt kê các đơn vị đang tin cậy: chỉ họ mới mở được gói tin.</translation>
        </message>
        <message>
            <source>Trusted units</source>
            <translation>Các đơn vị đang tin cậy</translation>
        </message>
        <message>
            <source>Check one or more units (Space checks the highlighted one).</source>
            <translation>Đánh dấu một hoặc nhiều đơn vị (phím cách đánh dấu đơn vị đang chọn).</translation>
        </message>
        <message>
            <source>No unit is trusted yet. Trust the receiving unit first in the Units tab, from its card and the fingerprint on its printed sheet.</source>
            <translation>Chưa tin cậy đơn vị nào. Hãy tin cậy đơn vị nhận trước, ở thẻ Các đơn vị, từ thẻ đơn vị và dấu vân tay trên bản in của họ.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Use the recovery key</source>
            <translation>Dùng khóa khôi phục</translation>
        </message>
        <message>
            <source>&amp;Reset password</source>
            <translation>Đặt lại mật khẩ&amp;u</translation>
        </message>
        <message>
            <source>Type the recovery key from the sealed paper sheet. It lets you set a new password for one account and unlocks it; nothing else can be done with it here.</source>
            <translation>Nhập khóa khôi phục từ tờ giấy niêm phong. Khóa này cho phép đặt mật khẩu mới cho một tài khoản và mở khóa tài khoản đó; ở đây không thể dùng nó vào việc gì khác.</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>&amp;Khóa khôi phục:</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Tài khoản:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>Recovery key</source>
            <translation>Khóa khôi phục</translation>
        </message>
        <message>
            <source>Write this key on paper now, or print it, and keep it sealed in the safe. If every administrator password is lost it is the only way back into the vault. HoSo will not show it again.</source>
            <translation>Hãy chép khóa này ra giấy ngay bây giờ hoặc in ra, rồi niêm phong cất trong két sắt. Nếu mất hết mật khẩu quản trị, đây là cách duy nhất để mở lại kho dữ liệu. HoSo sẽ không hiển thị lại khóa này.</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <source>&amp;Save as text file…</source>
            <translation>&amp;Lưu thành tệp văn bản…</translation>
        </message>
        <message>
            <source>I have &amp;written the recovery key down and will keep it in the safe</source>
            <translation>Tôi đã &amp;ghi lại khóa khôi phục và sẽ cất giữ trong két sắt</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>HoSo — vault recovery key</source>
            <translation>HoSo — khóa khôi phục kho dữ liệu</translation>
        </message>
        <message>
            <source>Unit: {code} — {name}</source>
            <translation>Đơn vị: {code} — {name}</translation>
        </message>
        <message>
            <source>Unit fingerprint: {fp}</source>
            <translation>Dấu vân tay đơn vị: {fp}</translation>
        </message>
        <message>
            <source>Keep this sheet sealed in the safe. Whoever holds it can reset any password of the vault.</source>
            <translation>Niêm phong tờ giấy này và cất trong két sắt. Ai giữ được nó có thể đặt lại mọi mật khẩu của kho dữ liệu.</translation>
        </message>
        <message>
            <source>Print the recovery key</source>
            <translation>In khóa khôi phục</translation>
        </message>
        <message>
            <source>Save the recovery key as a file?</source>
            <translation>Lưu khóa khôi phục thành tệp?</translation>
        </message>
        <message>
            <source>The file will hold the recovery key in clear text: anyone who reads it can reset every password of this vault. Save it only on a removable medium that goes into the safe, never on this computer's disk or a network folder, and prefer a paper copy.</source>
            <translation>Tệp sẽ chứa khóa khôi phục ở dạng không mã hóa: ai đọc được có thể đặt lại mọi mật khẩu của kho dữ liệu này. Chỉ lưu vào thiết bị lưu trữ rời sẽ được cất trong két sắt, tuyệt đối không lưu trên ổ đĩa của máy này hay thư mục mạng; nên ưu tiên bản giấy.</translation>
        </message>
        <message>
            <source>&amp;Save anyway</source>
            <translation>&amp;Vẫn lưu</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Lưu khóa khôi phục</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Tệp văn bản (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>RegisterCarrierDialog</name>
        <message>
            <source>Register a carrier</source>
            <translation>Đăng ký vật mang tin</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>Đăn&amp;g ký</translation>
        </message>
        <message>
            <source>Write the label on the stick itself. The serial is read from the device when it is plugged in; it lets the program recognise the stick later.</source>
            <translation>Ghi nhãn lên chính thiết bị. Số seri được đọc từ thiết bị khi cắm vào máy; nhờ đó chương trình nhận ra thiết bị về sau.</translation>
        </message>
        <message>
            <source>(type the serial by hand)</source>
            <translation>(nhập số seri bằng tay)</translation>
        </message>
        <message>
            <source>USB stick &amp;plugged in:</source>
            <translation>USB đang &amp;cắm:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Nhãn:</translation>
        </message>
        <message>
            <source>&amp;Serial:</source>
            <translation>&amp;Số seri:</translation>
        </message>
        <message>
            <source>L&amp;evel marked:</source>
            <translation>Độ &amp;mật đóng dấu:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
    </context>
    <context>
        <name>RegisterColumns</name>
        <message>
            <source>(not recorded: top secret)</source>
            <translation>(không ghi: tuyệt mật)</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialogs</name>
        <message>
            <source>Level</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <source>Top secret: abstract authorised by</source>
            <translation>Tuyệt mật: người cho phép ghi trích yếu</translation>
        </message>
        <message>
            <source>Name and post</source>
            <translation>Họ tên, chức vụ</translation>
        </message>
        <message>
            <source>Top secret: written authorisation</source>
            <translation>Tuyệt mật: văn bản cho phép</translation>
        </message>
        <message>
            <source>Number and date of the writing</source>
            <translation>Số, ngày văn bản cho phép</translation>
        </message>
        <message>
            <source>New entry: {book}</source>
            <translation>Ghi mục mới: {book}</translation>
        </message>
        <message>
            <source>For a paper document that never passed through HoSo. The number is given when the entry is made; for Top secret the abstract stays empty unless you record who authorised it.</source>
            <translation>Dành cho tài liệu giấy không đi qua HoSo. Số được cấp khi ghi; với tài liệu Tuyệt mật, trích yếu để trống trừ khi ghi người cho phép.</translation>
        </message>
        <message>
            <source>&amp;Enter in the register</source>
            <translation>&amp;Ghi vào sổ</translation>
        </message>
        <message>
            <source>Cancel entry {number}</source>
            <translation>Hủy mục số {number}</translation>
        </message>
        <message>
            <source>A cancelled entry keeps its number and stays in the book, marked CANCELLED with the reason.</source>
            <translation>Mục đã hủy giữ nguyên số và vẫn nằm trong sổ, ghi ĐÃ HỦY kèm lý do.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Cancel the &amp;entry</source>
            <translation>&amp;Hủy mục</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(trống)</translation>
        </message>
        <message>
            <source>Correct entry {number}</source>
            <translation>Sửa mục số {number}</translation>
        </message>
        <message>
            <source>The old value is kept and shown beside the new one, with the reason.</source>
            <translation>Giá trị cũ được giữ và hiện bên cạnh giá trị mới, kèm lý do.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Hiện ghi</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Giá trị mới</translation>
        </message>
        <message>
            <source>&amp;Correct</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <source>Authorise the abstract of entry {number}</source>
            <translation>Cho phép ghi trích yếu mục số {number}</translation>
        </message>
        <message>
            <source>A Top secret entry holds an abstract only with a recorded authorisation.</source>
            <translation>Mục Tuyệt mật chỉ ghi trích yếu khi có ý kiến cho phép được ghi lại.</translation>
        </message>
        <message>
            <source>Authorised by</source>
            <translation>Người cho phép</translation>
        </message>
        <message>
            <source>Written authorisation</source>
            <translation>Văn bản cho phép</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Ghi nhận</translation>
        </message>
        <message>
            <source>Hand-over slip for {number}</source>
            <translation>Biên bản giao nhận cho {number}</translation>
        </message>
        <message>
            <source>The hand-over is entered in the hand-over register; the slip is then shown for printing and signing by both.</source>
            <translation>Việc giao nhận được ghi vào sổ giao nhận; sau đó biên bản hiện ra để in và hai bên ký.</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>Người giao</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Người nhận</translation>
        </message>
        <message>
            <source>Full name of the person taking it</source>
            <translation>Họ tên người nhận mang đi</translation>
        </message>
        <message>
            <source>Copy numbers</source>
            <translation>Bản số</translation>
        </message>
        <message>
            <source>&amp;Enter and preview the slip</source>
            <translation>&amp;Ghi sổ và xem biên bản</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Register entries</source>
            <translation>Các mục trong sổ</translation>
        </message>
        <message>
            <source>Any words, marks optional: a unit, a number, a file…</source>
            <translation>Từ bất kỳ, không cần gõ dấu: đơn vị, số, tệp…</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Lọc:</translation>
        </message>
        <message>
            <source>Show one volume of the book, or every volume</source>
            <translation>Xem một quyển của sổ, hoặc mọi quyển</translation>
        </message>
        <message>
            <source>All volumes</source>
            <translation>Mọi quyển</translation>
        </message>
        <message>
            <source>Volume {n} (closed)</source>
            <translation>Quyển {n} (đã khóa)</translation>
        </message>
        <message>
            <source>Volume {n} (open)</source>
            <translation>Quyển {n} (đang mở)</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>Chưa có mục nào.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry(ies)</source>
            <translation>
                <numerusform>%Ln mục</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} entries</source>
            <translation>{shown} / {total} mục</translation>
        </message>
    </context>
    <context>
        <name>RegistersPage</name>
        <message>
            <source>Registers</source>
            <translation>Sổ đăng ký</translation>
        </message>
        <message>
            <source>The books are kept by the actions themselves: sending and receiving bundles, exporting and printing. Numbers run per year and are never reused. Every printed form and printed book is entered in the copying register.</source>
            <translation>Các sổ do chính các thao tác ghi: gửi và nhận gói tin, xuất tệp và in. Số chạy theo năm và không bao giờ dùng lại. Mọi biểu mẫu và sổ được in ra đều được ghi vào sổ sao, chụp, in.</translation>
        </message>
        <message>
            <source>Paper documents are entered by hand; a mistake is cancelled or corrected with a reason, never erased. A closed volume takes no more entries: the next entry opens the next volume.</source>
            <translation>Tài liệu giấy được ghi tay; ghi nhầm thì hủy hoặc sửa có lý do, không bao giờ xóa. Quyển đã khóa không nhận thêm mục: mục ghi sau mở quyển tiếp theo.</translation>
        </message>
        <message>
            <source>&amp;Print this book…</source>
            <translation>In sổ nà&amp;y…</translation>
        </message>
        <message>
            <source>Preview and print the book shown, every entry of every year</source>
            <translation>Xem trước và in sổ đang hiển thị, đủ mọi mục của mọi năm</translation>
        </message>
        <message>
            <source>&amp;Verify a printed document…</source>
            <translation>&amp;Kiểm tra bản giấy…</translation>
        </message>
        <message>
            <source>Check a paper copy from the code printed beside its QR code</source>
            <translation>Kiểm tra một bản giấy bằng mã in cạnh mã QR của nó</translation>
        </message>
        <message>
            <source>&amp;Outgoing</source>
            <translation>Sổ đ&amp;i</translation>
        </message>
        <message>
            <source>&amp;Incoming</source>
            <translation>Sổ đế&amp;n</translation>
        </message>
        <message>
            <source>&amp;Hand-over</source>
            <translation>&amp;Giao nhận</translation>
        </message>
        <message>
            <source>&amp;Copies and prints</source>
            <translation>Sổ &amp;sao, chụp, in</translation>
        </message>
        <message>
            <source>Carriers (&amp;USB)</source>
            <translation>Vật mang tin (&amp;USB)</translation>
        </message>
        <message>
            <source>&amp;Destruction</source>
            <translation>&amp;Tiêu hủy</translation>
        </message>
        <message>
            <source>&amp;New entry…</source>
            <translation>Ghi &amp;mục mới…</translation>
        </message>
        <message>
            <source>Enter a paper document by hand in the book shown</source>
            <translation>Ghi tay một tài liệu giấy vào sổ đang xem</translation>
        </message>
        <message>
            <source>Cance&amp;l entry…</source>
            <translation>&amp;Hủy mục…</translation>
        </message>
        <message>
            <source>Cancel the selected entry, with a reason; it stays in the book</source>
            <translation>Hủy mục đang chọn, có lý do; mục vẫn nằm trong sổ</translation>
        </message>
        <message>
            <source>Co&amp;rrect…</source>
            <translation>Sử&amp;a mục…</translation>
        </message>
        <message>
            <source>Correct one column of the selected entry; the old value stays visible</source>
            <translation>Sửa một cột của mục đang chọn; giá trị cũ vẫn hiện</translation>
        </message>
        <message>
            <source>&amp;Authorise abstract…</source>
            <translation>&amp;Cho phép ghi trích yếu…</translation>
        </message>
        <message>
            <source>Top secret: record who authorised the abstract, and enter it</source>
            <translation>Tuyệt mật: ghi người cho phép ghi trích yếu, rồi ghi trích yếu</translation>
        </message>
        <message>
            <source>Clos&amp;e volume…</source>
            <translation>Khóa &amp;quyển sổ…</translation>
        </message>
        <message>
            <source>Close the open volume of this book for signature and binding</source>
            <translation>Khóa quyển đang mở của sổ này để ký và đóng quyển</translation>
        </message>
        <message>
            <source>Hand-over &amp;slip…</source>
            <translation>&amp;Biên bản giao nhận…</translation>
        </message>
        <message>
            <source>Enter the hand-over of the selected sent bundle and print the slip for signatures</source>
            <translation>Ghi sổ giao nhận cho mục đã gửi đang chọn và in biên bản để ký</translation>
        </message>
        <message>
            <source>Select an entry of the book first.</source>
            <translation>Hãy chọn một mục trong sổ trước.</translation>
        </message>
        <message>
            <source>Hand-over slip {number}</source>
            <translation>Biên bản giao nhận số {number}</translation>
        </message>
        <message>
            <source>Close the volume</source>
            <translation>Khóa quyển sổ</translation>
        </message>
        <message>
            <source>Close volume {n} of "{book}"? No entry, cancellation or correction can be made in it afterwards; the next entry opens volume {next}. Then print the volume for signature and binding.</source>
            <translation>Khóa quyển số {n} của sổ "{book}"? Sau khi khóa không thể ghi thêm, hủy hay sửa mục trong quyển; mục ghi sau sẽ mở quyển số {next}. Sau đó in quyển để ký và đóng quyển.</translation>
        </message>
        <message>
            <source>Volume {n} is closed. Print it with "Print this book" (that volume is now shown) for signature and binding.</source>
            <translation>Đã khóa quyển số {n}. In quyển bằng "In sổ này" (quyển đó đang hiện) để ký và đóng quyển.</translation>
        </message>
        <message>
            <source>{book}, volume {n}</source>
            <translation>{book}, quyển {n}</translation>
        </message>
        <message>
            <source>Register: {book}</source>
            <translation>Sổ: {book}</translation>
        </message>
    </context>
    <context>
        <name>RelativeDialog</name>
        <message>
            <source>Add relative</source>
            <translation>Thêm người thân</translation>
        </message>
        <message>
            <source>Relative</source>
            <translation>Người thân</translation>
        </message>
        <message>
            <source>Edit relative</source>
            <translation>Sửa thông tin người thân</translation>
        </message>
        <message>
            <source>Lives &amp;abroad</source>
            <translation>Đang ở nước ng&amp;oài</translation>
        </message>
        <message>
            <source>Party &amp;member (fully declared)</source>
            <translation>Là đảng &amp;viên (đã khai đầy đủ)</translation>
        </message>
        <message>
            <source>As the rule says</source>
            <translation>Theo quy định</translation>
        </message>
        <message>
            <source>Must be verified</source>
            <translation>Phải xác minh</translation>
        </message>
        <message>
            <source>Need not be verified</source>
            <translation>Không cần xác minh</translation>
        </message>
        <message>
            <source>&amp;Relation:</source>
            <translation>&amp;Quan hệ:</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>Họ và &amp;tên:</translation>
        </message>
        <message>
            <source>&amp;Born:</source>
            <translation>&amp;Sinh năm:</translation>
        </message>
        <message>
            <source>&amp;Occupation:</source>
            <translation>&amp;Nghề nghiệp:</translation>
        </message>
        <message>
            <source>Re&amp;sidence:</source>
            <translation>Nơ&amp;i ở:</translation>
        </message>
        <message>
            <source>Nationa&amp;lity:</source>
            <translation>Quố&amp;c tịch:</translation>
        </message>
        <message>
            <source>&amp;Political history:</source>
            <translation>&amp;Lịch sử chính trị:</translation>
        </message>
        <message>
            <source>Attitude to law and policy:</source>
            <translation>Thái độ chấp hành pháp luật, chính sách:</translation>
        </message>
        <message>
            <source>Criminal record:</source>
            <translation>Tiền án, tiền sự:</translation>
        </message>
        <message>
            <source>Class background:</source>
            <translation>Thành phần giai cấp:</translation>
        </message>
        <message>
            <source>Religion:</source>
            <translation>Tôn giáo:</translation>
        </message>
        <message>
            <source>&amp;Verification:</source>
            <translation>&amp;Xác minh:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Ghi chú:</translation>
        </message>
        <message>
            <source>By the rule: must be verified</source>
            <translation>Theo quy định: phải xác minh</translation>
        </message>
        <message>
            <source>By the rule: need not be verified</source>
            <translation>Theo quy định: không cần xác minh</translation>
        </message>
    </context>
    <context>
        <name>ReplyDialog</name>
        <message>
            <source>Record the reply</source>
            <translation>Ghi nhận trả lời</translation>
        </message>
        <message>
            <source>Reply of {recipient} to request {number} sent on {sent}.</source>
            <translation>Trả lời của {recipient} cho đề nghị số {number} gửi ngày {sent}.</translation>
        </message>
        <message>
            <source>What the reply establishes, in the words of the letter</source>
            <translation>Kết quả xác minh, theo nội dung văn bản trả lời</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>&amp;Ngày nhận:</translation>
        </message>
        <message>
            <source>&amp;Finding:</source>
            <translation>&amp;Kết quả xác minh:</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>F&amp;rom:</source>
            <translation>Từ ngà&amp;y:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>Đế&amp;n ngày:</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Tiếp nhận từ ngày</translation>
        </message>
        <message>
            <source>Received until</source>
            <translation>Tiếp nhận đến ngày</translation>
        </message>
        <message>
            <source>All purposes</source>
            <translation>Mọi mục đích</translation>
        </message>
        <message>
            <source>All requesting units</source>
            <translation>Mọi đơn vị đề nghị</translation>
        </message>
        <message>
            <source>&amp;Export .xlsx…</source>
            <translation>X&amp;uất .xlsx…</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Tổng hợp</translation>
        </message>
        <message>
            <source>Cases received</source>
            <translation>Vụ việc tiếp nhận</translation>
        </message>
        <message>
            <source>Concluded</source>
            <translation>Đã kết luận</translation>
        </message>
        <message>
            <source>Days to conclusion, mean</source>
            <translation>Số ngày đến kết luận, trung bình</translation>
        </message>
        <message>
            <source>Days to conclusion, median</source>
            <translation>Số ngày đến kết luận, trung vị</translation>
        </message>
        <message>
            <source>Overdue now</source>
            <translation>Đang quá hạn</translation>
        </message>
        <message>
            <source>Purpo&amp;se</source>
            <translation>&amp;Mục đích</translation>
        </message>
        <message>
            <source>St&amp;ate</source>
            <translation>T&amp;rạng thái</translation>
        </message>
        <message>
            <source>Out&amp;come</source>
            <translation>&amp;Kết quả</translation>
        </message>
        <message>
            <source>O&amp;verdue</source>
            <translation>&amp;Quá hạn</translation>
        </message>
        <message>
            <source>Re&amp;questing unit</source>
            <translation>Đơn vị đề ng&amp;hị</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>Tháng tiế&amp;p nhận</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Biểu đồ</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>Mục đí&amp;ch:</translation>
        </message>
        <message>
            <source>Requesting u&amp;nit:</source>
            <translation>Đơn &amp;vị đề nghị:</translation>
        </message>
        <message>
            <source>Dates are those on which cases were received; a corrected case counts once, in its correction.</source>
            <translation>Tính theo ngày tiếp nhận vụ việc; vụ việc đã đính chính chỉ được tính một lần, ở bản đính chính.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Đang tính…</translation>
        </message>
        <message>
            <source>(not stated)</source>
            <translation>(không ghi)</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Mục đích</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>Đơn vị đề nghị</translation>
        </message>
        <message>
            <source>Month received</source>
            <translation>Tháng tiếp nhận</translation>
        </message>
        <message>
            <source>O&amp;verdue ({n})</source>
            <translation>&amp;Quá hạn ({n})</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Vụ việc</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Tỷ lệ</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Hạn giải quyết</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Số ngày quá hạn</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Chuyên viên</translation>
        </message>
        <message>
            <source>Cases by {what}</source>
            <translation>Vụ việc theo {what}</translation>
        </message>
        <message>
            <source>No cases in this selection.</source>
            <translation>Không có vụ việc nào trong phạm vi đã chọn.</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Xuất báo cáo</translation>
        </message>
        <message>
            <source>The workbook is written unencrypted outside the vault and names the persons of overdue cases. The export is entered in the copy register. Continue?</source>
            <translation>Tệp bảng tính được ghi ra ngoài kho dữ liệu, không mã hóa, và có tên những người trong các vụ việc quá hạn. Lần xuất này được ghi vào sổ sao chụp. Tiếp tục?</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Xuất</translation>
        </message>
        <message>
            <source>Save the report as</source>
            <translation>Lưu báo cáo thành</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Đang ghi {path}…</translation>
        </message>
        <message>
            <source>The report was saved to {path} and entered in the copy register.</source>
            <translation>Đã lưu báo cáo vào {path} và ghi vào sổ sao chụp.</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Send a verification request</source>
            <translation>Gửi đề nghị thẩm tra</translation>
        </message>
        <message>
            <source>Record the official letter asking another body to verify: who, its number and symbol, the date sent and the deadline for the reply.</source>
            <translation>Ghi lại công văn đề nghị cơ quan khác thẩm tra, xác minh: gửi ai, số và ký hiệu, ngày gửi và hạn trả lời.</translation>
        </message>
        <message>
            <source>e.g. Commune police, Party committee of the place of origin</source>
            <translation>ví dụ: Công an xã, Đảng ủy nơi sinh quán</translation>
        </message>
        <message>
            <source>e.g. 125-CV/BTC</source>
            <translation>ví dụ: 125-CV/BTC</translation>
        </message>
        <message>
            <source>(not linked to an item)</source>
            <translation>(không gắn với mục nào)</translation>
        </message>
        <message>
            <source>&amp;Recipient:</source>
            <translation>&amp;Nơi nhận:</translation>
        </message>
        <message>
            <source>&amp;Number/symbol:</source>
            <translation>&amp;Số, ký hiệu:</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>Ngày &amp;gửi:</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Hạn trả lời:</translation>
        </message>
        <message>
            <source>Checklist &amp;item:</source>
            <translation>&amp;Mục danh mục:</translation>
        </message>
    </context>
    <context>
        <name>RequestsPanel</name>
        <message>
            <source>Recipient</source>
            <translation>Nơi nhận</translation>
        </message>
        <message>
            <source>Number/symbol</source>
            <translation>Số, ký hiệu</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Ngày gửi</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <source>Reply on</source>
            <translation>Ngày trả lời</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Kết quả xác minh</translation>
        </message>
        <message>
            <source>Verification requests</source>
            <translation>Đề nghị thẩm tra</translation>
        </message>
        <message>
            <source>No verification request has been sent for this case yet.</source>
            <translation>Vụ việc này chưa gửi đề nghị thẩm tra nào.</translation>
        </message>
        <message>
            <source>Send a &amp;request…</source>
            <translation>Gửi đề &amp;nghị…</translation>
        </message>
        <message>
            <source>Record the repl&amp;y…</source>
            <translation>Ghi nhận trả &amp;lời…</translation>
        </message>
        <message>
            <source>Print the l&amp;etter…</source>
            <translation>In công &amp;văn…</translation>
        </message>
        <message>
            <source>Preview and print the request letter with its reply slip</source>
            <translation>Xem trước và in công văn đề nghị kèm phiếu trả lời</translation>
        </message>
        <message>
            <source>No reply and the deadline has passed</source>
            <translation>Chưa có trả lời và đã quá hạn</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) sent</source>
            <translation>
                <numerusform>Đã gửi %n đề nghị</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a reply</source>
            <translation>
                <numerusform>%n đang chờ trả lời</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n quá hạn</numerusform>
            </translation>
        </message>
        <message>
            <source>Request letter to {recipient}</source>
            <translation>Công văn đề nghị gửi {recipient}</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Đặt lại mật khẩu</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>Đặt lạ&amp;i</translation>
        </message>
        <message>
            <source>Set a new password for {user}. The account is also unlocked and, if it was disabled, enabled again. Hand the password over in person.</source>
            <translation>Đặt mật khẩu mới cho {user}. Tài khoản cũng được mở khóa và, nếu đang bị vô hiệu hóa, sẽ hoạt động trở lại. Hãy trao mật khẩu tận tay người dùng.</translation>
        </message>
    </context>
    <context>
        <name>RestoreCredentialsDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Khôi phục</translation>
        </message>
        <message>
            <source>Enter an administrator account of the backup and the password that was valid when the backup was made.</source>
            <translation>Nhập một tài khoản quản trị có trong bản sao lưu và mật khẩu còn hiệu lực vào lúc sao lưu.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Tên đăng nhập:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>The bundle is written and checked</source>
            <translation>Gói tin đã được ghi và kiểm tra</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>Outgoing register number</source>
            <translation>Số đăng ký đi</translation>
        </message>
        <message>
            <source>Bundle sequence number</source>
            <translation>Số thứ tự gói tin</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>{persons} dossier(s), {cases} case(s), {attachments} attachment(s)</source>
            <translation>{persons} hồ sơ, {cases} vụ việc, {attachments} tệp đính kèm</translation>
        </message>
        <message>
            <source>The stick now carries a secret at level {level}: mark it, record its taking-out in the carrier register and have the taking-out permitted in writing.</source>
            <translation>USB nay mang bí mật độ {level}: đóng dấu độ mật, ghi việc mang ra ngoài vào sổ vật mang và xin phép mang ra bằng văn bản.</translation>
        </message>
        <message>
            <source>Hand it over in person and have the hand-over signed.</source>
            <translation>Giao tận tay và ký biên bản giao nhận.</translation>
        </message>
        <message>
            <source>The receiving unit imports the bundle and writes a receipt next to it on the stick. When the stick comes back, import that receipt in the Receive tab: the outgoing register then shows the delivery.</source>
            <translation>Đơn vị nhận nhập gói tin và ghi giấy báo nhận cạnh nó trên USB. Khi USB được trả về, hãy nhập giấy báo nhận ở thẻ Nhận: sổ đăng ký đi sẽ ghi gói tin đã đến nơi.</translation>
        </message>
        <message>
            <source>Only the addressed units can open the bundle, but deleting it from a stick does not reliably erase flash memory: only destroying the medium does.</source>
            <translation>Chỉ các đơn vị nhận mới mở được gói tin, nhưng xóa tệp trên USB không bảo đảm xóa sạch bộ nhớ flash: chỉ tiêu hủy thiết bị mới bảo đảm.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Các bước tiếp theo</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Đã nhập xong</translation>
        </message>
        <message>
            <source>New dossiers created: {n}</source>
            <translation>Số hồ sơ mới đã tạo: {n}</translation>
        </message>
        <message>
            <source> (numbers {a}–{b})</source>
            <translation> (số {a}–{b})</translation>
        </message>
        <message>
            <source>Dossiers updated (previous versions kept): {n}</source>
            <translation>Số hồ sơ đã cập nhật (vẫn giữ bản cũ): {n}</translation>
        </message>
        <message>
            <source>Rows repeated in the file or already in the vault: {n}</source>
            <translation>Số dòng trùng trong tệp hoặc đã có trong kho: {n}</translation>
        </message>
        <message>
            <source>Near matches not imported (check them in the list): {n}</source>
            <translation>Số dòng gần trùng chưa nhập (hãy kiểm tra trong danh sách): {n}</translation>
        </message>
        <message>
            <source>Rows with errors, not imported: {n}</source>
            <translation>Số dòng lỗi, không nhập: {n}</translation>
        </message>
        <message>
            <source>Column mapping saved as profile “{name}”.</source>
            <translation>Đã lưu cách ánh xạ cột thành mẫu “{name}”.</translation>
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message>
            <source>Revoke trust in {code}</source>
            <translation>Thu hồi tin cậy đối với {code}</translation>
        </message>
        <message>
            <source>From now on, bundles from {code} — {name} are refused and nothing can be sent to it. The revocation is recorded in the audit log and cannot be undone here; trusting the unit again needs a new card checked on paper.</source>
            <translation>Từ nay, gói tin từ {code} — {name} bị từ chối và không thể gửi gì cho đơn vị đó. Việc thu hồi được ghi vào nhật ký kiểm toán và không thể hoàn tác ở đây; muốn tin cậy lại cần thẻ mới được đối chiếu trên giấy.</translation>
        </message>
        <message>
            <source>e.g. the unit's key was lost; the unit was merged</source>
            <translation>ví dụ: đơn vị mất khóa; đơn vị đã sáp nhập</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Lý do:</translation>
        </message>
        <message>
            <source>Re&amp;voke</source>
            <translation>&amp;Thu hồi</translation>
        </message>
    </context>
    <context>
        <name>SecrecyBanner</name>
        <message>
            <source>Secrecy level: {level}</source>
            <translation>Độ mật: {level}</translation>
        </message>
    </context>
    <context>
        <name>SecrecyPage</name>
        <message>
            <source>Secrecy level of the bundle</source>
            <translation>Độ mật của gói tin</translation>
        </message>
        <message>
            <source>A bundle takes the highest level of what it holds; it may be marked higher, never lower.</source>
            <translation>Gói tin mang độ mật cao nhất của nội dung bên trong; có thể đóng độ mật cao hơn, không được thấp hơn.</translation>
        </message>
        <message>
            <source>Checking the levels of what is inside…</source>
            <translation>Đang kiểm tra độ mật của nội dung…</translation>
        </message>
        <message>
            <source>The most secret item inside is at level {level}. Lower levels are not available.</source>
            <translation>Nội dung mật nhất bên trong có độ {level}. Không chọn được độ mật thấp hơn.</translation>
        </message>
    </context>
    <context>
        <name>SendTab</name>
        <message>
            <source>A bundle carries dossiers and cases to trusted units, encrypted so that only they can open it and signed by this unit. The wizard asks what to send, to whom, the level, the USB stick and its label, then writes and checks the bundle and records it in the outgoing register.</source>
            <translation>Gói tin chuyển hồ sơ và vụ việc đến các đơn vị tin cậy, được mã hóa để chỉ họ mở được và được đơn vị này ký. Trình hướng dẫn hỏi gửi gì, gửi ai, độ mật, USB và nhãn của nó, rồi ghi, kiểm tra gói tin và vào sổ đăng ký đi.</translation>
        </message>
        <message>
            <source>&amp;Prepare a bundle…</source>
            <translation>&amp;Soạn gói tin…</translation>
        </message>
        <message>
            <source>Sent so far (the outgoing register; a delivered bundle shows the receiver's receipt):</source>
            <translation>Đã gửi (sổ đăng ký đi; gói tin đã đến nơi có ghi ký nhận của bên nhận):</translation>
        </message>
    </context>
    <context>
        <name>SendWizard</name>
        <message>
            <source>Send dossiers and cases</source>
            <translation>Gửi hồ sơ và vụ việc</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>Lock after &amp;idle time:</source>
            <translation>Tự khóa khi không dùng tr&amp;ong:</translation>
        </message>
        <message>
            <source>HoSo locks itself when nobody touches it for this long.</source>
            <translation>HoSo tự khóa khi không có ai thao tác trong khoảng thời gian này.</translation>
        </message>
        <message>
            <source>Vault &amp;secrecy level:</source>
            <translation>Độ &amp;mật của kho dữ liệu:</translation>
        </message>
        <message>
            <source>Shown in the banner; the highest level of the data kept here.</source>
            <translation>Hiển thị trên dải băng; là độ mật cao nhất của dữ liệu lưu tại đây.</translation>
        </message>
        <message>
            <source>&amp;Wrong passwords before lock-out:</source>
            <translation>Số lần nhập sai cho &amp;phép:</translation>
        </message>
        <message>
            <source>After this many wrong passwords an account is locked until an administrator unlocks it.</source>
            <translation>Nhập sai mật khẩu đến số lần này thì tài khoản bị khóa cho đến khi quản trị viên mở khóa.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Lưu cài đặt</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Đã lưu cài đặt.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Good day, {name}</source>
            <translation>Xin chào đồng chí {name}</translation>
        </message>
        <message>
            <source>Open the Verification &amp;cases area</source>
            <translation>Mở mục Vụ việc thẩm t&amp;ra</translation>
        </message>
        <message>
            <source>My open cases</source>
            <translation>Vụ việc tôi đang xử lý</translation>
        </message>
        <message>
            <source>Overdue cases</source>
            <translation>Vụ việc quá hạn</translation>
        </message>
        <message>
            <source>Awaiting my decision</source>
            <translation>Chờ tôi quyết định</translation>
        </message>
        <message>
            <source>Recently received</source>
            <translation>Mới tiếp nhận</translation>
        </message>
        <message>
            <source>&amp;My open cases ({n})</source>
            <translation>Vụ việc tôi đang xử &amp;lý ({n})</translation>
        </message>
        <message>
            <source>O&amp;verdue cases ({n})</source>
            <translation>Vụ việc &amp;quá hạn ({n})</translation>
        </message>
        <message>
            <source>&amp;Recently received, not yet started ({n})</source>
            <translation>&amp;Mới tiếp nhận, chưa bắt đầu ({n})</translation>
        </message>
        <message>
            <source>No open case is assigned to you.</source>
            <translation>Đồng chí không có vụ việc nào đang xử lý.</translation>
        </message>
        <message>
            <source>No case is overdue.</source>
            <translation>Không có vụ việc quá hạn.</translation>
        </message>
        <message>
            <source>No case is waiting to be started.</source>
            <translation>Không có vụ việc nào chờ bắt đầu.</translation>
        </message>
        <message>
            <source>&amp;Awaiting my decision ({n})</source>
            <translation>Chờ tôi quyết đị&amp;nh ({n})</translation>
        </message>
        <message>
            <source>No proposal is waiting for a decision.</source>
            <translation>Không có đề xuất nào chờ quyết định.</translation>
        </message>
        <message numerus="yes">
            <source>%n open case(s) assigned to you</source>
            <translation>
                <numerusform>%n vụ việc đồng chí đang xử lý</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n quá hạn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n awaiting your decision</source>
            <translation>
                <numerusform>%n chờ đồng chí quyết định</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no verification cases yet. Open the Verification cases area and choose “New case…” to start one for a person whose dossier is in the vault.</source>
            <translation>Chưa có vụ việc thẩm tra nào. Vào mục Vụ việc thẩm tra và chọn “Vụ việc mới…” để mở vụ việc cho một người đã có hồ sơ trong kho.</translation>
        </message>
        <message>
            <source>There are no verification cases yet. Officers open them in the Verification cases area.</source>
            <translation>Chưa có vụ việc thẩm tra nào. Chuyên viên mở vụ việc trong mục Vụ việc thẩm tra.</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Very weak</source>
            <translation>Rất yếu</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Yếu</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Trung bình</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Khá</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Mạnh</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <source>Sheet and header</source>
            <translation>Trang tính và dòng tiêu đề</translation>
        </message>
        <message>
            <source>Check the sheet, the row holding the column headers and the last row of data.</source>
            <translation>Kiểm tra trang tính, dòng chứa tiêu đề cột và dòng dữ liệu cuối cùng.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Trang tính</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>Dòng tiêu đề</translation>
        </message>
        <message>
            <source>Last data row</source>
            <translation>Dòng dữ liệu cuối</translation>
        </message>
        <message>
            <source>First rows of the sheet</source>
            <translation>Các dòng đầu của trang tính</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Trang tính:</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>Dòng tiê&amp;u đề:</translation>
        </message>
        <message>
            <source>&amp;Last data row:</source>
            <translation>Dòng dữ liệu &amp;cuối:</translation>
        </message>
        <message>
            <source>{name} ({n} rows)</source>
            <translation>{name} ({n} dòng)</translation>
        </message>
        <message>
            <source>(hidden)</source>
            <translation>(ẩn)</translation>
        </message>
        <message>
            <source>Detected: headers on row {h}, data on rows {a}–{b}.</source>
            <translation>Tìm thấy: tiêu đề ở dòng {h}, dữ liệu từ dòng {a} đến {b}.</translation>
        </message>
        <message>
            <source>No header row was found: choose it.</source>
            <translation>Không tìm thấy dòng tiêu đề: hãy chọn dòng tiêu đề.</translation>
        </message>
        <message>
            <source>Reading the sheet</source>
            <translation>Đang đọc trang tính</translation>
        </message>
        <message>
            <source>the last data row is above the header row</source>
            <translation>dòng dữ liệu cuối nằm trên dòng tiêu đề</translation>
        </message>
    </context>
    <context>
        <name>TakeOutDialog</name>
        <message>
            <source>Take out {label}</source>
            <translation>Mang {label} ra ngoài</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Ghi nhận</translation>
        </message>
        <message>
            <source>A secret carrier leaves the office only with a written permission. Record it here; the entry goes into the carrier register.</source>
            <translation>Vật mang tin bí mật chỉ được mang ra ngoài khi có giấy phép bằng văn bản. Ghi nhận tại đây; mục được ghi vào sổ theo dõi vật mang tin.</translation>
        </message>
        <message>
            <source>user name or full name</source>
            <translation>tên đăng nhập hoặc họ tên</translation>
        </message>
        <message>
            <source>&amp;Taken by:</source>
            <translation>&amp;Người mang ra:</translation>
        </message>
        <message>
            <source>Permit &amp;number:</source>
            <translation>&amp;Số giấy phép:</translation>
        </message>
        <message>
            <source>Permit &amp;date:</source>
            <translation>Ngà&amp;y cấp phép:</translation>
        </message>
        <message>
            <source>Permitted &amp;by:</source>
            <translation>Người &amp;cho phép:</translation>
        </message>
        <message>
            <source>&amp;Content, purpose:</source>
            <translation>Nội &amp;dung, mục đích:</translation>
        </message>
    </context>
    <context>
        <name>TermsTab</name>
        <message>
            <source>Protection terms</source>
            <translation>Thời hạn bảo vệ</translation>
        </message>
        <message>
            <source>Every dossier, attachment, case, printed form and bundle is protected from the day its level was set: Mật {mat} years, Tối mật {toi} years, Tuyệt mật {tuyet} years, unless a decision states otherwise. An extension must be decided at least {notice} days before the term ends. At the end of the term the item is declassified automatically. ({basis})</source>
            <translation>Mỗi hồ sơ, tệp đính kèm, vụ việc, văn bản in và gói tin được bảo vệ kể từ ngày xác định độ mật: Mật {mat} năm, Tối mật {toi} năm, Tuyệt mật {tuyet} năm, trừ khi quyết định ghi thời hạn khác. Việc gia hạn phải được quyết định chậm nhất {notice} ngày trước ngày hết thời hạn. Hết thời hạn, tài liệu được tự động giải mật. ({basis})</translation>
        </message>
        <message>
            <source> days</source>
            <translation> ngày</translation>
        </message>
        <message>
            <source>Terms ending &amp;within:</source>
            <translation>Hết hạn &amp;trong vòng:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Mọi loại</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Độ mật</translation>
        </message>
        <message>
            <source>Level set on</source>
            <translation>Ngày xác định</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Người xác định</translation>
        </message>
        <message>
            <source>Term ends</source>
            <translation>Hết hạn ngày</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Còn lại</translation>
        </message>
        <message>
            <source>Items whose protection term ends soon</source>
            <translation>Tài liệu sắp hết thời hạn bảo vệ</translation>
        </message>
        <message>
            <source>&amp;Extend…</source>
            <translation>&amp;Gia hạn…</translation>
        </message>
        <message>
            <source>Adjust &amp;level…</source>
            <translation>Điều chỉnh độ &amp;mật…</translation>
        </message>
        <message>
            <source>&amp;Declassify…</source>
            <translation>Giải &amp;mật…</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;Lịch sử…</translation>
        </message>
        <message>
            <source>Declassify &amp;expired now</source>
            <translation>Giải mật tài liệu &amp;hết hạn ngay</translation>
        </message>
        <message>
            <source>Declassify every item whose term has ended (this also happens at each login)</source>
            <translation>Giải mật mọi tài liệu đã hết thời hạn bảo vệ (việc này cũng tự làm mỗi lần đăng nhập)</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Tệp đính kèm</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Vụ việc</translation>
        </message>
        <message>
            <source>Printed form</source>
            <translation>Văn bản in</translation>
        </message>
        <message>
            <source>Sent bundle</source>
            <translation>Gói tin gửi đi</translation>
        </message>
        <message>
            <source>Received bundle</source>
            <translation>Gói tin nhận</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n ngày</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ended %n day(s) ago</source>
            <translation>
                <numerusform>đã hết hạn %n ngày</numerusform>
            </translation>
        </message>
        <message>
            <source>No protection term ends within {days} days. Items appear here when their term is about to end, so that an extension can be decided in time; items whose term has ended are declassified automatically.</source>
            <translation>Không có tài liệu nào hết thời hạn bảo vệ trong {days} ngày tới. Tài liệu hiện ở đây khi sắp hết thời hạn, để kịp quyết định gia hạn; tài liệu đã hết thời hạn được tự động giải mật.</translation>
        </message>
        <message>
            <source>first {n} items shown</source>
            <translation>hiện {n} mục đầu</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln mục</numerusform>
            </translation>
        </message>
        <message>
            <source>Extend the protection of {label} ({until})?</source>
            <translation>Gia hạn bảo vệ {label} ({until})?</translation>
        </message>
        <message>
            <source>Change the level of {label} to {level}? What holds it is raised with it.</source>
            <translation>Đổi độ mật của {label} thành {level}? Tài liệu chứa nó cũng được nâng theo.</translation>
        </message>
        <message>
            <source>Declassify {label}? It will no longer be protected as a state secret.</source>
            <translation>Giải mật {label}? Tài liệu sẽ không còn được bảo vệ như bí mật nhà nước.</translation>
        </message>
        <message>
            <source>{n} more years</source>
            <translation>thêm {n} năm</translation>
        </message>
        <message>
            <source>Decision {number} of {date} by {authority}.</source>
            <translation>Quyết định số {number} ngày {date} của {authority}.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Ghi</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) declassified at the end of their term.</source>
            <translation>
                <numerusform>Đã giải mật %n tài liệu hết thời hạn bảo vệ.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Sự kiện</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Diễn biến</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Trust a unit</source>
            <translation>Tin cậy một đơn vị</translation>
        </message>
        <message>
            <source>Load the card file the other unit gave you, then type the fingerprint from the sheet that unit printed and signed. The fingerprint inside the file is not shown: a file can be swapped on the way, the paper cannot.</source>
            <translation>Chọn tệp thẻ đơn vị mà đơn vị kia đã trao, rồi gõ dấu vân tay trên bản in có chữ ký của đơn vị đó. Dấu vân tay trong tệp không được hiển thị: tệp có thể bị đánh tráo dọc đường, bản giấy thì không.</translation>
        </message>
        <message>
            <source>No card chosen.</source>
            <translation>Chưa chọn thẻ.</translation>
        </message>
        <message>
            <source>&amp;Choose the card file…</source>
            <translation>&amp;Chọn tệp thẻ…</translation>
        </message>
        <message>
            <source>Fingerprint from the paper</source>
            <translation>Dấu vân tay trên giấy</translation>
        </message>
        <message>
            <source>Card file:</source>
            <translation>Tệp thẻ:</translation>
        </message>
        <message>
            <source>Unit on the card:</source>
            <translation>Đơn vị ghi trên thẻ:</translation>
        </message>
        <message>
            <source>&amp;Fingerprint from the paper:</source>
            <translation>&amp;Dấu vân tay trên giấy:</translation>
        </message>
        <message>
            <source>&amp;Trust the unit</source>
            <translation>&amp;Tin cậy đơn vị</translation>
        </message>
        <message>
            <source>the file is far too large for a unit card</source>
            <translation>tệp quá lớn, không thể là thẻ đơn vị</translation>
        </message>
        <message>
            <source>The fingerprint matches the card. Unit {code} — {name} is now trusted: bundles can be sent to it and received from it.</source>
            <translation>Dấu vân tay khớp với thẻ. Đơn vị {code} — {name} nay được tin cậy: có thể gửi gói tin cho đơn vị đó và nhận gói tin từ đó.</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <source>Your unit</source>
            <translation>Đơn vị của bạn</translation>
        </message>
        <message>
            <source>This computer has no HoSo vault yet. The vault is an encrypted store that belongs to one unit; enter that unit's code and name.</source>
            <translation>Máy tính này chưa có kho dữ liệu HoSo. Kho dữ liệu là nơi lưu trữ được mã hóa, thuộc về một đơn vị; hãy nhập mã và tên của đơn vị đó.</translation>
        </message>
        <message>
            <source>e.g. BTC-HN</source>
            <translation>ví dụ: BTC-HN</translation>
        </message>
        <message>
            <source>e.g. Ban Tổ chức Thành ủy Hà Nội</source>
            <translation>ví dụ: Ban Tổ chức Thành ủy Hà Nội</translation>
        </message>
        <message>
            <source>Unit &amp;code:</source>
            <translation>&amp;Mã đơn vị:</translation>
        </message>
        <message>
            <source>Unit &amp;name:</source>
            <translation>&amp;Tên đơn vị:</translation>
        </message>
        <message>
            <source>Letters without accents, digits, '-', '_' or '.', at most 32 characters.</source>
            <translation>Chữ cái không dấu, chữ số, '-', '_' hoặc '.', tối đa 32 ký tự.</translation>
        </message>
        <message>
            <source>The vault will be created in: {path}</source>
            <translation>Kho dữ liệu sẽ được tạo tại: {path}</translation>
        </message>
    </context>
    <context>
        <name>UnitsTab</name>
        <message>
            <source>This unit</source>
            <translation>Đơn vị này</translation>
        </message>
        <message>
            <source>This unit's fingerprint</source>
            <translation>Dấu vân tay của đơn vị này</translation>
        </message>
        <message>
            <source>Other units trust this unit from two things given separately: the card file, and this fingerprint on a printed, signed sheet. They type the fingerprint from the paper.</source>
            <translation>Đơn vị khác tin cậy đơn vị này dựa trên hai thứ trao riêng: tệp thẻ đơn vị, và dấu vân tay này trên bản in có chữ ký. Họ gõ dấu vân tay từ bản giấy.</translation>
        </message>
        <message>
            <source>&amp;Export the card…</source>
            <translation>&amp;Xuất thẻ…</translation>
        </message>
        <message>
            <source>Save this unit's public card (no secret in it) for another unit</source>
            <translation>Lưu thẻ công khai của đơn vị này (không chứa bí mật) để trao cho đơn vị khác</translation>
        </message>
        <message>
            <source>R&amp;otate keys…</source>
            <translation>Th&amp;ay khóa…</translation>
        </message>
        <message>
            <source>Make new keys for this unit; the new card is signed with the old key</source>
            <translation>Tạo khóa mới cho đơn vị này; thẻ mới được ký bằng khóa cũ</translation>
        </message>
        <message>
            <source>Pri&amp;nt the fingerprint sheet…</source>
            <translation>In &amp;phiếu dấu vân tay…</translation>
        </message>
        <message>
            <source>The signed paper other units check this unit's card against</source>
            <translation>Bản giấy có chữ ký để đơn vị khác đối chiếu thẻ của đơn vị này</translation>
        </message>
        <message>
            <source>Other units</source>
            <translation>Các đơn vị khác</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Dấu vân tay</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Từ ngày</translation>
        </message>
        <message>
            <source>Reason for revoking</source>
            <translation>Lý do thu hồi</translation>
        </message>
        <message>
            <source>Known units</source>
            <translation>Các đơn vị đã biết</translation>
        </message>
        <message>
            <source>&amp;Trust a unit…</source>
            <translation>&amp;Tin cậy một đơn vị…</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>T&amp;hu hồi…</translation>
        </message>
        <message>
            <source>Card version {n}</source>
            <translation>Thẻ phiên bản {n}</translation>
        </message>
        <message>
            <source>No other unit is known yet. Trust one from its card and the fingerprint on its printed sheet.</source>
            <translation>Chưa biết đơn vị nào khác. Hãy tin cậy một đơn vị từ thẻ của họ và dấu vân tay trên bản in của họ.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) known.</source>
            <translation>
                <numerusform>Đã biết %n đơn vị.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export this unit's card</source>
            <translation>Xuất thẻ của đơn vị này</translation>
        </message>
        <message>
            <source>The card was saved to {path}.

Give it to the other unit together with the printed sheet showing the fingerprint {fingerprint}; they compare the two before trusting this unit.</source>
            <translation>Đã lưu thẻ vào {path}.

Hãy trao thẻ cho đơn vị kia cùng bản in ghi dấu vân tay {fingerprint}; họ đối chiếu hai thứ trước khi tin cậy đơn vị này.</translation>
        </message>
        <message>
            <source>Card exported</source>
            <translation>Đã xuất thẻ</translation>
        </message>
        <message>
            <source>Fingerprint sheet of this unit</source>
            <translation>Phiếu dấu vân tay của đơn vị này</translation>
        </message>
        <message>
            <source>Rotate this unit's keys</source>
            <translation>Thay khóa của đơn vị này</translation>
        </message>
        <message>
            <source>New keys will be made for this unit. The new card is signed with the old key, so units that already trust this one accept it without a new paper check; bundles already on their way can still be opened here.

Afterwards, give the new card to every unit you exchange with, and print the new fingerprint for units that will trust you later.</source>
            <translation>Khóa mới sẽ được tạo cho đơn vị này. Thẻ mới được ký bằng khóa cũ, nên các đơn vị đang tin cậy đơn vị này chấp nhận nó mà không cần đối chiếu lại trên giấy; các gói tin đang trên đường vẫn mở được ở đây.

Sau đó, hãy trao thẻ mới cho mọi đơn vị có trao đổi, và in dấu vân tay mới cho các đơn vị sẽ tin cậy đơn vị này sau này.</translation>
        </message>
        <message>
            <source>&amp;Make new keys</source>
            <translation>&amp;Tạo khóa mới</translation>
        </message>
        <message>
            <source>Save the new card</source>
            <translation>Lưu thẻ mới</translation>
        </message>
        <message>
            <source>Card not saved</source>
            <translation>Chưa lưu được thẻ</translation>
        </message>
        <message>
            <source>The keys were changed, but the new card could not be saved ({reason}). Choose another place; without this card, units that trust this one must check the new fingerprint on paper.</source>
            <translation>Khóa đã được thay nhưng chưa lưu được thẻ mới ({reason}). Hãy chọn nơi khác; nếu không có thẻ này, các đơn vị đang tin cậy đơn vị này phải đối chiếu dấu vân tay mới trên giấy.</translation>
        </message>
        <message>
            <source>&amp;Choose another place…</source>
            <translation>&amp;Chọn nơi khác…</translation>
        </message>
        <message>
            <source>New keys are in use. The new card was saved to {path}.

New fingerprint:
{fingerprint}</source>
            <translation>Khóa mới đang được dùng. Thẻ mới đã lưu vào {path}.

Dấu vân tay mới:
{fingerprint}</translation>
        </message>
        <message>
            <source>Keys rotated</source>
            <translation>Đã thay khóa</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>User name</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Người dùng</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>T&amp;hêm người dùng…</translation>
        </message>
        <message>
            <source>Change r&amp;ole…</source>
            <translation>Đổi &amp;vai trò…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>Vô hiệu hó&amp;a</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Đặt lại mật khẩ&amp;u…</translation>
        </message>
        <message>
            <source>Also unlocks the account and enables it again if it was disabled.</source>
            <translation>Đồng thời mở khóa tài khoản và cho hoạt động trở lại nếu đang bị vô hiệu hóa.</translation>
        </message>
        <message>
            <source>U&amp;nlock</source>
            <translation>&amp;Mở khóa</translation>
        </message>
        <message>
            <source>Re&amp;call list…</source>
            <translation>Danh sách &amp;thu hồi…</translation>
        </message>
        <message>
            <source>What this user holds: cases, copies made, carriers out.</source>
            <translation>Những gì người dùng này đang giữ: vụ việc, bản sao đã làm, vật mang tin đang mang ra.</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Đã vô hiệu hóa</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>Đang bị khóa</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Đang hoạt động</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Đổi vai trò</translation>
        </message>
        <message>
            <source>New role of {user}:</source>
            <translation>Vai trò mới của {user}:</translation>
        </message>
        <message>
            <source>{user} is now {role}.</source>
            <translation>{user} hiện có vai trò {role}.</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>Vô hiệu hóa tài khoản</translation>
        </message>
        <message>
            <source>Disable the account {user}? The person can no longer log in; the history stays. Reset the password to enable the account again.</source>
            <translation>Vô hiệu hóa tài khoản {user}? Người này sẽ không thể đăng nhập nữa; lịch sử thao tác vẫn được giữ. Muốn cho tài khoản hoạt động lại thì đặt lại mật khẩu.</translation>
        </message>
        <message>
            <source>The account {user} was disabled.</source>
            <translation>Đã vô hiệu hóa tài khoản {user}.</translation>
        </message>
        <message>
            <source>{user} holds nothing to collect.</source>
            <translation>{user} không giữ gì cần thu hồi.</translation>
        </message>
        <message>
            <source>{user} was disabled — what to collect</source>
            <translation>Đã vô hiệu hóa {user} — những gì cần thu hồi</translation>
        </message>
        <message>
            <source>The password of {user} was reset.</source>
            <translation>Đã đặt lại mật khẩu của {user}.</translation>
        </message>
        <message>
            <source>The account {user} was unlocked.</source>
            <translation>Đã mở khóa tài khoản {user}.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Verify a printed document</source>
            <translation>Kiểm tra bản giấy</translation>
        </message>
        <message>
            <source>Type the check code printed beside the QR code at the foot of each page, e.g. "15-KL/TU 7K3M-Q9XZ-2F4A", or paste what a scanner read from the QR code. Case, spaces and the letters O/I/L for 0/1/1 do not matter.</source>
            <translation>Gõ mã kiểm tra in cạnh mã QR ở chân mỗi trang, ví dụ "15-KL/TU 7K3M-Q9XZ-2F4A", hoặc dán nội dung máy quét đọc được từ mã QR. Không phân biệt chữ hoa, chữ thường, dấu cách, và các chữ O/I/L được hiểu là 0/1/1.</translation>
        </message>
        <message>
            <source>Check code</source>
            <translation>Mã kiểm tra</translation>
        </message>
        <message>
            <source>Check &amp;code:</source>
            <translation>&amp;Mã kiểm tra:</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>&amp;Kiểm tra</translation>
        </message>
        <message>
            <source>Genuine: this document was issued here and is unchanged.</source>
            <translation>Đúng: văn bản này do đơn vị phát hành và không bị thay đổi.</translation>
        </message>
        <message>
            <source>Genuine signature of unit {unit}: its content is kept by that unit.</source>
            <translation>Chữ ký của đơn vị {unit} hợp lệ: nội dung văn bản do đơn vị đó lưu giữ.</translation>
        </message>
        <message>
            <source>Not found: no document issued here matches this code.</source>
            <translation>Không tìm thấy: không có văn bản nào do đơn vị phát hành khớp với mã này.</translation>
        </message>
        <message>
            <source>Altered: the stored document no longer matches its code.</source>
            <translation>Đã bị thay đổi: văn bản lưu giữ không còn khớp với mã của nó.</translation>
        </message>
        <message>
            <source>Signature wrong: this copy was not issued by the unit it names, or was changed.</source>
            <translation>Chữ ký sai: bản này không do đơn vị ghi trên đó phát hành, hoặc đã bị sửa.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Ngày phát hành</translation>
        </message>
        <message>
            <source>Copies issued</source>
            <translation>Số bản đã in</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Bản số</translation>
        </message>
        <message>
            <source>The code could not be read.</source>
            <translation>Không đọc được mã.</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>Version</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>Saved on</source>
            <translation>Lưu lúc</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Nội dung sửa đổi</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Các phiên bản</translation>
        </message>
        <message>
            <source>Select a version to see the dossier as it was then.</source>
            <translation>Chọn một phiên bản để xem hồ sơ như lúc đó.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Mục</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Khi đó</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Hiện nay</translation>
        </message>
        <message>
            <source>Fields of the selected version</source>
            <translation>Nội dung của phiên bản đang chọn</translation>
        </message>
        <message>
            <source>A new dossier has no history yet.</source>
            <translation>Hồ sơ mới chưa có lịch sử sửa đổi.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Tạo hồ sơ</translation>
        </message>
        <message>
            <source>{v} (current)</source>
            <translation>{v} (hiện hành)</translation>
        </message>
        <message>
            <source>Version {v}</source>
            <translation>Phiên bản {v}</translation>
        </message>
        <message>
            <source>Version {v} is the current one.</source>
            <translation>Phiên bản {v} là phiên bản hiện hành.</translation>
        </message>
        <message>
            <source>Version {v}, read-only; the {n} fields that differ from now are highlighted.</source>
            <translation>Phiên bản {v}, chỉ xem; {n} mục khác với hiện nay được tô màu.</translation>
        </message>
    </context>
    <context>
        <name>Wizards</name>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>Tiế&amp;p theo &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Areas</source>
            <translation>Khu vực chức năng</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Trang đầu</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Verification cases</source>
            <translation>Vụ việc thẩm tra</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Sổ đăng ký</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>Trao đổi USB</translation>
        </message>
        <message>
            <source>Secrets protection</source>
            <translation>Bảo vệ bí mật</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Quản trị</translation>
        </message>
    </context>
    <context>
        <name>WritePage</name>
        <message>
            <source>Writing the bundle</source>
            <translation>Đang ghi gói tin</translation>
        </message>
        <message>
            <source>&amp;Cancel writing</source>
            <translation>&amp;Dừng ghi</translation>
        </message>
        <message>
            <source>Encrypting and writing…</source>
            <translation>Đang mã hóa và ghi…</translation>
        </message>
        <message>
            <source>Reading the bundle back from the medium to check it…</source>
            <translation>Đang đọc lại gói tin từ thiết bị để kiểm tra…</translation>
        </message>
        <message>
            <source>Encrypting and writing: {done} of {total}</source>
            <translation>Đang mã hóa và ghi: {done} / {total}</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Đang dừng…</translation>
        </message>
        <message>
            <source>No bundle was made.</source>
            <translation>Không có gói tin nào được tạo.</translation>
        </message>
        <message>
            <source>Press Back to change the destination or the choices and try again.</source>
            <translation>Bấm Quay lại để đổi nơi ghi hoặc các lựa chọn rồi thử lại.</translation>
        </message>
    </context>
    <context>
        <name>YearlyTab</name>
        <message>
            <source>Yearly report</source>
            <translation>Báo cáo năm</translation>
        </message>
        <message>
            <source>Yearly report on the protection of state secrets</source>
            <translation>Báo cáo thống kê công tác bảo vệ bí mật nhà nước</translation>
        </message>
        <message>
            <source>Report year</source>
            <translation>Năm báo cáo</translation>
        </message>
        <message>
            <source>Report &amp;year:</source>
            <translation>&amp;Năm báo cáo:</translation>
        </message>
        <message>
            <source>&amp;Count again</source>
            <translation>Đếm &amp;lại</translation>
        </message>
        <message>
            <source>Export .&amp;xlsx…</source>
            <translation>Xuất .&amp;xlsx…</translation>
        </message>
        <message>
            <source>&amp;Print or save PDF…</source>
            <translation>&amp;In hoặc lưu PDF…</translation>
        </message>
        <message>
            <source>Counts by level</source>
            <translation>Số liệu theo độ mật</translation>
        </message>
        <message>
            <source>Counted in the data window of the chosen year: items at the level they hold now; cancelled register entries and cancelled incidents are not counted. The report holds only counts and is classified as shown in its stamp; every export is entered in the copying register.</source>
            <translation>Đếm trong kỳ số liệu của năm đã chọn, theo độ mật hiện tại của tài liệu; các mục sổ và vụ việc đã hủy không được tính. Báo cáo chỉ có số liệu và mang độ mật in trên dấu; mỗi lần xuất đều được ghi vào sổ sao chụp.</translation>
        </message>
        <message>
            <source>Data from {start} 00:00 to {end} 24:00</source>
            <translation>Số liệu từ 00 giờ ngày {start} đến 24 giờ ngày {end}</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Đang đếm…</translation>
        </message>
        <message>
            <source>Counting the year {year}</source>
            <translation>Đang đếm số liệu năm {year}</translation>
        </message>
        <message>
            <source>Counted {when}.</source>
            <translation>Đã đếm lúc {when}.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Cộng</translation>
        </message>
        <message>
            <source>Export the yearly report</source>
            <translation>Xuất báo cáo năm</translation>
        </message>
        <message>
            <source>The workbook is written unencrypted outside the vault; it is classified {level} and the export is entered in the copying register. Continue?</source>
            <translation>Tệp bảng tính được ghi ra ngoài kho, không mã hóa; tệp mang độ mật {level} và lần xuất được ghi vào sổ sao chụp. Tiếp tục?</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Xuất</translation>
        </message>
        <message>
            <source>Save the yearly report as</source>
            <translation>Lưu báo cáo năm thành</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Đang ghi {path}…</translation>
        </message>
        <message>
            <source>Exporting the yearly report</source>
            <translation>Đang xuất báo cáo năm</translation>
        </message>
        <message>
            <source>The report was saved to {path}; copying register entry {number}.</source>
            <translation>Đã lưu báo cáo vào {path}; sổ sao chụp số {number}.</translation>
        </message>
        <message>
            <source>Yearly report {year}</source>
            <translation>Báo cáo năm {year}</translation>
        </message>
    </context>
    <context>
        <name>_Page</name>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Đã hủy; không có gì thay đổi.</translation>
        </message>
    </context>
</TS>
