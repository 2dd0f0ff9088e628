<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <name>AuditModel</name>
        <message>
            <source>No.</source>
            <translation>STT</translation>
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
        <name>Controller</name>
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
        <name>Dialogs</name>
        <message>
            <source>An unexpected error occurred; the operation was not completed. Details were written to the log.</source>
            <translation>Đã xảy ra lỗi ngoài dự kiến; thao tác chưa được thực hiện. Chi tiết đã được ghi vào nhật ký chương trình.</translation>
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
        <name>FirstStartWizard</name>
        <message>
            <source>HoSo — first start</source>
            <translation>HoSo — khởi động lần đầu</translation>
        </message>
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
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
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
        <name>PlaceholderPage</name>
        <message>
            <source>This area is not available yet: it will come in a later version of HoSo.</source>
            <translation>Chức năng này chưa có: sẽ được bổ sung trong phiên bản sau của HoSo.</translation>
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
        <name>SecrecyBanner</name>
        <message>
            <source>Secrecy level: {level}</source>
            <translation>Độ mật: {level}</translation>
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
            <source>The password of {user} was reset.</source>
            <translation>Đã đặt lại mật khẩu của {user}.</translation>
        </message>
        <message>
            <source>The account {user} was unlocked.</source>
            <translation>Đã mở khóa tài khoản {user}.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Areas</source>
            <translation>Khu vực chức năng</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Personnel dossiers: search, view and edit a person's record, relatives and foreign relations; import lists from Excel.</source>
            <translation>Hồ sơ cán bộ: tìm kiếm, xem và sửa lý lịch, thân nhân và quan hệ nước ngoài; nhập danh sách từ Excel.</translation>
        </message>
        <message>
            <source>Verification cases</source>
            <translation>Vụ việc thẩm tra</translation>
        </message>
        <message>
            <source>Verification cases with their checklists, from opening to the signed conclusion.</source>
            <translation>Các vụ việc thẩm tra cùng danh mục kiểm tra, từ khi mở đến khi có kết luận được ký.</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Sổ đăng ký</translation>
        </message>
        <message>
            <source>Registers of documents sent, received and printed, with copy numbers.</source>
            <translation>Sổ đăng ký tài liệu đi, đến và tài liệu in, kèm số bản.</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>Trao đổi USB</translation>
        </message>
        <message>
            <source>Sealed, signed bundles exchanged with other units on USB sticks.</source>
            <translation>Gói dữ liệu niêm phong, có chữ ký, trao đổi với đơn vị khác qua USB.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Statistics and printed reports for the leadership.</source>
            <translation>Thống kê và báo cáo in cho lãnh đạo.</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Quản trị</translation>
        </message>
    </context>
</TS>
