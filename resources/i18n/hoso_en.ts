<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;ole:</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>First administrator</source>
            <translation>First administrator</translation>
        </message>
        <message>
            <source>The administrator manages accounts, backups and settings. Choose a long password that nobody else knows; it protects every dossier in the vault.</source>
            <translation>The administrator manages accounts, backups and settings. Choose a long password that nobody else knows; it protects every dossier in the vault.</translation>
        </message>
        <message>
            <source>&amp;Create vault</source>
            <translation>&amp;Create vault</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
    </context>
    <context>
        <name>AdministrationPage</name>
        <message>
            <source>&amp;Users &amp;&amp; roles</source>
            <translation>&amp;Users &amp;&amp; roles</translation>
        </message>
        <message>
            <source>Change &amp;password</source>
            <translation>Change &amp;password</translation>
        </message>
        <message>
            <source>&amp;Backup &amp;&amp; restore</source>
            <translation>&amp;Backup &amp;&amp; restore</translation>
        </message>
        <message>
            <source>&amp;Audit log</source>
            <translation>&amp;Audit log</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Object</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <source>Filter by user, action or text</source>
            <translation>Filter by user, action or text</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>R&amp;efresh</translation>
        </message>
        <message>
            <source>&amp;Verify chain</source>
            <translation>&amp;Verify chain</translation>
        </message>
        <message>
            <source>Recompute the hash chain to detect entries altered, removed or reordered.</source>
            <translation>Recompute the hash chain to detect entries altered, removed or reordered.</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Showing the newest {n} entries; narrow the filter to see older ones.</source>
            <translation>Showing the newest {n} entries; narrow the filter to see older ones.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entries</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>The chain is intact: all {n} entries verified.</source>
            <translation>The chain is intact: all {n} entries verified.</translation>
        </message>
        <message>
            <source>The chain is broken at entry {seq} ({reason}). The log was altered outside HoSo; report this to the security officer.</source>
            <translation>The chain is broken at entry {seq} ({reason}). The log was altered outside HoSo; report this to the security officer.</translation>
        </message>
    </context>
    <context>
        <name>BackupTab</name>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>A backup is an encrypted, verified copy of the vault in a folder you choose, for example on a USB stick kept in the safe. It opens only with a password valid at backup time.</source>
            <translation>A backup is an encrypted, verified copy of the vault in a folder you choose, for example on a USB stick kept in the safe. It opens only with a password valid at backup time.</translation>
        </message>
        <message>
            <source>&amp;Back up to folder…</source>
            <translation>&amp;Back up to folder…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Restoring replaces the vault with a backup. The current data is moved aside, not deleted. You will be logged out.</source>
            <translation>Restoring replaces the vault with a backup. The current data is moved aside, not deleted. You will be logged out.</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>Choose the folder for the backup</source>
            <translation>Choose the folder for the backup</translation>
        </message>
        <message>
            <source>Backup written and verified: {path} ({size}, {entries} audit entries).</source>
            <translation>Backup written and verified: {path} ({size}, {entries} audit entries).</translation>
        </message>
        <message>
            <source>Choose the backup folder (hoso-backup-…)</source>
            <translation>Choose the backup folder (hoso-backup-…)</translation>
        </message>
        <message>
            <source>Restore from backup?</source>
            <translation>Restore from backup?</translation>
        </message>
        <message>
            <source>The vault will be replaced by the backup of unit {unit} made on {date}. Everything entered after that moment will no longer be visible (the current data is moved to the vault's backups folder). You will be logged out and must log in again.

Restore now?</source>
            <translation>The vault will be replaced by the backup of unit {unit} made on {date}. Everything entered after that moment will no longer be visible (the current data is moved to the vault's backups folder). You will be logged out and must log in again.

Restore now?</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordTab</name>
        <message>
            <source>Change your own password. Your data is not re-encrypted; only the key that opens it is wrapped again, so this takes a second.</source>
            <translation>Change your own password. Your data is not re-encrypted; only the key that opens it is wrapped again, so this takes a second.</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>C&amp;hange password</source>
            <translation>C&amp;hange password</translation>
        </message>
        <message>
            <source>Your password was changed. Use the new one from the next login on.</source>
            <translation>Your password was changed. Use the new one from the next login on.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmKeyPage</name>
        <message>
            <source>Check your copy</source>
            <translation>Check your copy</translation>
        </message>
        <message>
            <source>Type the two groups asked for from your written copy of the recovery key.</source>
            <translation>Type the two groups asked for from your written copy of the recovery key.</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>C&amp;heck</translation>
        </message>
        <message>
            <source>Group &amp;{n}:</source>
            <translation>Group &amp;{n}:</translation>
        </message>
        <message>
            <source>These groups do not match the recovery key. Check your written copy; use Back to see the key again.</source>
            <translation>These groups do not match the recovery key. Check your written copy; use Back to see the key again.</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>Demo vault with synthetic data: user {user}, password {password}</source>
            <translation>Demo vault with synthetic data: user {user}, password {password}</translation>
        </message>
        <message>
            <source>Creating the demo vault…</source>
            <translation>Creating the demo vault…</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <source>Creating the vault</source>
            <translation>Creating the vault</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Continue</translation>
        </message>
        <message>
            <source>Creating the encrypted vault and the unit's keys. HoSo first measures this computer's speed to make passwords hard to guess; this takes a few seconds.</source>
            <translation>Creating the encrypted vault and the unit's keys. HoSo first measures this computer's speed to make passwords hard to guess; this takes a few seconds.</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Try again</translation>
        </message>
        <message>
            <source>The vault was created.</source>
            <translation>The vault was created.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>An unexpected error occurred; the operation was not completed. Details were written to the log.</source>
            <translation>An unexpected error occurred; the operation was not completed. Details were written to the log.</translation>
        </message>
        <message>
            <source>HoSo — error</source>
            <translation>HoSo — error</translation>
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
            <translation>The vault is ready</translation>
        </message>
        <message>
            <source>Other units check this fingerprint before they trust your unit's public card. Note it in the handover record.</source>
            <translation>Other units check this fingerprint before they trust your unit's public card. Note it in the handover record.</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <source>Unit fingerprint:</source>
            <translation>Unit fingerprint:</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>HoSo — first start</source>
            <translation>HoSo — first start</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>&amp;Open HoSo</source>
            <translation>&amp;Open HoSo</translation>
        </message>
        <message>
            <source>Leave without confirming the recovery key?</source>
            <translation>Leave without confirming the recovery key?</translation>
        </message>
        <message>
            <source>The vault exists already. If you close now, the recovery key will never be shown again.</source>
            <translation>The vault exists already. If you close now, the recovery key will never be shown again.</translation>
        </message>
        <message>
            <source>&amp;Close anyway</source>
            <translation>&amp;Close anyway</translation>
        </message>
    </context>
    <context>
        <name>KeyGroupsView</name>
        <message>
            <source>Group {n}</source>
            <translation>Group {n}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Leader</source>
            <translation>Leader</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Vault created</source>
            <translation>Vault created</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>User added</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <source>Opened with the recovery key</source>
            <translation>Opened with the recovery key</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <source>Account unlocked</source>
            <translation>Account unlocked</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Account disabled</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Restored from backup</source>
            <translation>Restored from backup</translation>
        </message>
        <message>
            <source>Data structure upgraded</source>
            <translation>Data structure upgraded</translation>
        </message>
        <message>
            <source>Re-keying started</source>
            <translation>Re-keying started</translation>
        </message>
        <message>
            <source>Re-keying completed</source>
            <translation>Re-keying completed</translation>
        </message>
        <message>
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unit</translation>
        </message>
        <message>
            <source>vault</source>
            <translation>vault</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>settings</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>HoSo is locked</source>
            <translation>HoSo is locked</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Log &amp;out</translation>
        </message>
        <message>
            <source>The session of {user} was locked and the vault closed. Enter the password to continue.</source>
            <translation>The session of {user} was locked and the vault closed. Enter the password to continue.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>HoSo — log in</source>
            <translation>HoSo — log in</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Enter your user name and password to open the vault.</source>
            <translation>Enter your user name and password to open the vault.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Vault: {path}</source>
            <translation>Vault: {path}</translation>
        </message>
        <message>
            <source>Use &amp;recovery key…</source>
            <translation>Use &amp;recovery key…</translation>
        </message>
        <message>
            <source>The password was reset. Log in with the new password.</source>
            <translation>The password was reset. Log in with the new password.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>Log &amp;out</source>
            <translation>Log &amp;out</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About HoSo</source>
            <translation>&amp;About HoSo</translation>
        </message>
        <message>
            <source>HoSo — {unit}</source>
            <translation>HoSo — {unit}</translation>
        </message>
        <message>
            <source> [demo]</source>
            <translation> [demo]</translation>
        </message>
        <message>
            <source>User: {name} · {role}</source>
            <translation>User: {name} · {role}</translation>
        </message>
        <message>
            <source>Unit: {code} — {name}</source>
            <translation>Unit: {code} — {name}</translation>
        </message>
        <message>
            <source>Restoring the backup: checking every page and the audit chain, then putting it in place…</source>
            <translation>Restoring the backup: checking every page and the audit chain, then putting it in place…</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>The backup was restored.</translation>
        </message>
        <message>
            <source>The previous data was kept in {path}.</source>
            <translation>The previous data was kept in {path}.</translation>
        </message>
        <message>
            <source>Log in again.</source>
            <translation>Log in again.</translation>
        </message>
        <message>
            <source>The restore did not complete; the vault was not changed. {reason}</source>
            <translation>The restore did not complete; the vault was not changed. {reason}</translation>
        </message>
        <message>
            <source>HoSo {version}

Personnel dossiers and verification casework for offices without a network. Every byte is stored encrypted on this computer; nothing is sent anywhere.</source>
            <translation>HoSo {version}

Personnel dossiers and verification casework for offices without a network. Every byte is stored encrypted on this computer; nothing is sent anywhere.</translation>
        </message>
        <message>
            <source>About HoSo</source>
            <translation>About HoSo</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordFields</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>New &amp;password:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Strength:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>This area is not available yet: it will come in a later version of HoSo.</source>
            <translation>This area is not available yet: it will come in a later version of HoSo.</translation>
        </message>
    </context>
    <context>
        <name>ProgressJob</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Step up</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Step &amp;down</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Yes</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Retry</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abort</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copy &amp;Link Location</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Select All</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Use the recovery key</source>
            <translation>Use the recovery key</translation>
        </message>
        <message>
            <source>&amp;Reset password</source>
            <translation>&amp;Reset password</translation>
        </message>
        <message>
            <source>Type the recovery key from the sealed paper sheet. It lets you set a new password for one account and unlocks it; nothing else can be done with it here.</source>
            <translation>Type the recovery key from the sealed paper sheet. It lets you set a new password for one account and unlocks it; nothing else can be done with it here.</translation>
        </message>
        <message>
            <source>Recovery &amp;key:</source>
            <translation>Recovery &amp;key:</translation>
        </message>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Account:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <source>Recovery key</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <source>Write this key on paper now, or print it, and keep it sealed in the safe. If every administrator password is lost it is the only way back into the vault. HoSo will not show it again.</source>
            <translation>Write this key on paper now, or print it, and keep it sealed in the safe. If every administrator password is lost it is the only way back into the vault. HoSo will not show it again.</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Save as text file…</source>
            <translation>&amp;Save as text file…</translation>
        </message>
        <message>
            <source>I have &amp;written the recovery key down and will keep it in the safe</source>
            <translation>I have &amp;written the recovery key down and will keep it in the safe</translation>
        </message>
    </context>
    <context>
        <name>RecoverySheet</name>
        <message>
            <source>HoSo — vault recovery key</source>
            <translation>HoSo — vault recovery key</translation>
        </message>
        <message>
            <source>Unit: {code} — {name}</source>
            <translation>Unit: {code} — {name}</translation>
        </message>
        <message>
            <source>Unit fingerprint: {fp}</source>
            <translation>Unit fingerprint: {fp}</translation>
        </message>
        <message>
            <source>Keep this sheet sealed in the safe. Whoever holds it can reset any password of the vault.</source>
            <translation>Keep this sheet sealed in the safe. Whoever holds it can reset any password of the vault.</translation>
        </message>
        <message>
            <source>Print the recovery key</source>
            <translation>Print the recovery key</translation>
        </message>
        <message>
            <source>Save the recovery key as a file?</source>
            <translation>Save the recovery key as a file?</translation>
        </message>
        <message>
            <source>The file will hold the recovery key in clear text: anyone who reads it can reset every password of this vault. Save it only on a removable medium that goes into the safe, never on this computer's disk or a network folder, and prefer a paper copy.</source>
            <translation>The file will hold the recovery key in clear text: anyone who reads it can reset every password of this vault. Save it only on a removable medium that goes into the safe, never on this computer's disk or a network folder, and prefer a paper copy.</translation>
        </message>
        <message>
            <source>&amp;Save anyway</source>
            <translation>&amp;Save anyway</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Save the recovery key</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Reset</translation>
        </message>
        <message>
            <source>Set a new password for {user}. The account is also unlocked and, if it was disabled, enabled again. Hand the password over in person.</source>
            <translation>Set a new password for {user}. The account is also unlocked and, if it was disabled, enabled again. Hand the password over in person.</translation>
        </message>
    </context>
    <context>
        <name>RestoreCredentialsDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Enter an administrator account of the backup and the password that was valid when the backup was made.</source>
            <translation>Enter an administrator account of the backup and the password that was valid when the backup was made.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
    </context>
    <context>
        <name>SecrecyBanner</name>
        <message>
            <source>Secrecy level: {level}</source>
            <translation>Secrecy level: {level}</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after &amp;idle time:</source>
            <translation>Lock after &amp;idle time:</translation>
        </message>
        <message>
            <source>HoSo locks itself when nobody touches it for this long.</source>
            <translation>HoSo locks itself when nobody touches it for this long.</translation>
        </message>
        <message>
            <source>Vault &amp;secrecy level:</source>
            <translation>Vault &amp;secrecy level:</translation>
        </message>
        <message>
            <source>Shown in the banner; the highest level of the data kept here.</source>
            <translation>Shown in the banner; the highest level of the data kept here.</translation>
        </message>
        <message>
            <source>&amp;Wrong passwords before lock-out:</source>
            <translation>&amp;Wrong passwords before lock-out:</translation>
        </message>
        <message>
            <source>After this many wrong passwords an account is locked until an administrator unlocks it.</source>
            <translation>After this many wrong passwords an account is locked until an administrator unlocks it.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>Very weak</source>
            <translation>Very weak</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <source>Your unit</source>
            <translation>Your unit</translation>
        </message>
        <message>
            <source>This computer has no HoSo vault yet. The vault is an encrypted store that belongs to one unit; enter that unit's code and name.</source>
            <translation>This computer has no HoSo vault yet. The vault is an encrypted store that belongs to one unit; enter that unit's code and name.</translation>
        </message>
        <message>
            <source>e.g. BTC-HN</source>
            <translation>e.g. BTC-HN</translation>
        </message>
        <message>
            <source>e.g. Ban Tổ chức Thành ủy Hà Nội</source>
            <translation>e.g. Ban Tổ chức Thành ủy Hà Nội</translation>
        </message>
        <message>
            <source>Unit &amp;code:</source>
            <translation>Unit &amp;code:</translation>
        </message>
        <message>
            <source>Unit &amp;name:</source>
            <translation>Unit &amp;name:</translation>
        </message>
        <message>
            <source>Letters without accents, digits, '-', '_' or '.', at most 32 characters.</source>
            <translation>Letters without accents, digits, '-', '_' or '.', at most 32 characters.</translation>
        </message>
        <message>
            <source>The vault will be created in: {path}</source>
            <translation>The vault will be created in: {path}</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Add user…</translation>
        </message>
        <message>
            <source>Change r&amp;ole…</source>
            <translation>Change r&amp;ole…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <source>Also unlocks the account and enables it again if it was disabled.</source>
            <translation>Also unlocks the account and enables it again if it was disabled.</translation>
        </message>
        <message>
            <source>U&amp;nlock</source>
            <translation>U&amp;nlock</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>Locked out</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>New role of {user}:</source>
            <translation>New role of {user}:</translation>
        </message>
        <message>
            <source>{user} is now {role}.</source>
            <translation>{user} is now {role}.</translation>
        </message>
        <message>
            <source>Disable account</source>
            <translation>Disable account</translation>
        </message>
        <message>
            <source>Disable the account {user}? The person can no longer log in; the history stays. Reset the password to enable the account again.</source>
            <translation>Disable the account {user}? The person can no longer log in; the history stays. Reset the password to enable the account again.</translation>
        </message>
        <message>
            <source>The account {user} was disabled.</source>
            <translation>The account {user} was disabled.</translation>
        </message>
        <message>
            <source>The password of {user} was reset.</source>
            <translation>The password of {user} was reset.</translation>
        </message>
        <message>
            <source>The account {user} was unlocked.</source>
            <translation>The account {user} was unlocked.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Personnel dossiers: search, view and edit a person's record, relatives and foreign relations; import lists from Excel.</source>
            <translation>Personnel dossiers: search, view and edit a person's record, relatives and foreign relations; import lists from Excel.</translation>
        </message>
        <message>
            <source>Verification cases</source>
            <translation>Verification cases</translation>
        </message>
        <message>
            <source>Verification cases with their checklists, from opening to the signed conclusion.</source>
            <translation>Verification cases with their checklists, from opening to the signed conclusion.</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>Registers of documents sent, received and printed, with copy numbers.</source>
            <translation>Registers of documents sent, received and printed, with copy numbers.</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>USB exchange</translation>
        </message>
        <message>
            <source>Sealed, signed bundles exchanged with other units on USB sticks.</source>
            <translation>Sealed, signed bundles exchanged with other units on USB sticks.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Statistics and printed reports for the leadership.</source>
            <translation>Statistics and printed reports for the leadership.</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
    </context>
</TS>
