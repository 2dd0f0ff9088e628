<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActionPanel</name>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Checklist progress:</source>
            <translation>Checklist progress:</translation>
        </message>
        <message>
            <source>%v of %m</source>
            <translation>%v of %m</translation>
        </message>
        <message>
            <source>The proposal waits for the leadership's decision.</source>
            <translation>The proposal waits for the leadership's decision.</translation>
        </message>
        <message>
            <source>This case has been corrected by case no. {n}.</source>
            <translation>This case has been corrected by case no. {n}.</translation>
        </message>
        <message>
            <source>Your role cannot change this case.</source>
            <translation>Your role cannot change this case.</translation>
        </message>
        <message numerus="yes">
            <source>%n required item(s) still open: complete them before the appraisal.</source>
            <translation>
                <numerusform>%n required item still open: complete them before the appraisal.</numerusform>
                <numerusform>%n required items still open: complete them before the appraisal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Approve the proposal to issue the conclusion, or return it with reasons.</source>
            <translation>Approve the proposal to issue the conclusion, or return it with reasons.</translation>
        </message>
        <message>
            <source>Propose the conclusion with its reasons and the issues found.</source>
            <translation>Propose the conclusion with its reasons and the issues found.</translation>
        </message>
        <message>
            <source>The case is suspended; reopen it to continue.</source>
            <translation>The case is suspended; reopen it to continue.</translation>
        </message>
        <message>
            <source>The conclusion is final; a correction opens a new version of the case.</source>
            <translation>The conclusion is final; a correction opens a new version of the case.</translation>
        </message>
        <message>
            <source>Move the case on when this stage is complete.</source>
            <translation>Move the case on when this stage is complete.</translation>
        </message>
    </context>
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
        <name>AttachmentViewer</name>
        <message>
            <source>{title} — attachment</source>
            <translation>{title} — attachment</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>&amp;Previous page</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>&amp;Next page</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>HoSo cannot show {kind} files. Export a copy to open it in another program.</source>
            <translation>HoSo cannot show {kind} files. Export a copy to open it in another program.</translation>
        </message>
        <message>
            <source>This image cannot be shown: the file may be damaged or of an unsupported kind. Export a copy to open it in another program.</source>
            <translation>This image cannot be shown: the file may be damaged or of an unsupported kind. Export a copy to open it in another program.</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsTab</name>
        <message>
            <source>Save the new dossier first; files can be attached to it afterwards.</source>
            <translation>Save the new dossier first; files can be attached to it afterwards.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Secrecy</source>
            <translation>Secrecy</translation>
        </message>
        <message>
            <source>Added on</source>
            <translation>Added on</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>&amp;Add file…</source>
            <translation>&amp;Add file…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>E&amp;xport a copy…</source>
            <translation>E&amp;xport a copy…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>No file is attached yet — press “Add file…” to attach a scanned document.</source>
            <translation>No file is attached yet — press “Add file…” to attach a scanned document.</translation>
        </message>
        <message>
            <source>No file is attached to this dossier.</source>
            <translation>No file is attached to this dossier.</translation>
        </message>
        <message>
            <source>Attach a file to the dossier</source>
            <translation>Attach a file to the dossier</translation>
        </message>
        <message>
            <source>Adding {file} to the dossier…</source>
            <translation>Adding {file} to the dossier…</translation>
        </message>
        <message>
            <source>{file} was attached.</source>
            <translation>{file} was attached.</translation>
        </message>
        <message>
            <source>Cancelled: nothing was attached.</source>
            <translation>Cancelled: nothing was attached.</translation>
        </message>
        <message>
            <source>Export a copy</source>
            <translation>Export a copy</translation>
        </message>
        <message>
            <source>The copy of “{file}” leaves the vault unencrypted. It is recorded in the copy register with its secrecy level ({level}); keep and destroy it as the rules for classified documents require.</source>
            <translation>The copy of “{file}” leaves the vault unencrypted. It is recorded in the copy register with its secrecy level ({level}); keep and destroy it as the rules for classified documents require.</translation>
        </message>
        <message>
            <source>&amp;Export the copy</source>
            <translation>&amp;Export the copy</translation>
        </message>
        <message>
            <source>The copy was written to {path} and entered in the copy register.</source>
            <translation>The copy was written to {path} and entered in the copy register.</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Remove attachment</translation>
        </message>
        <message>
            <source>Remove “{file}” from this dossier? The record stays in the audit log.</source>
            <translation>Remove “{file}” from this dossier? The record stays in the audit log.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
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
        <name>CarrierPage</name>
        <message>
            <source>Carrier and summary</source>
            <translation>Carrier and summary</translation>
        </message>
        <message>
            <source>The stick is a registered secret carrier: its label goes into the outgoing register.</source>
            <translation>The stick is a registered secret carrier: its label goes into the outgoing register.</translation>
        </message>
        <message>
            <source>e.g. the stick's registered number, USB-07</source>
            <translation>e.g. the stick's registered number, USB-07</translation>
        </message>
        <message>
            <source>Carrier &amp;label:</source>
            <translation>Carrier &amp;label:</translation>
        </message>
        <message>
            <source>&amp;Write the bundle</source>
            <translation>&amp;Write the bundle</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>included</source>
            <translation>included</translation>
        </message>
        <message>
            <source>not included</source>
            <translation>not included</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Sent to</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Written to</source>
            <translation>Written to</translation>
        </message>
        <message>
            <source>{label} was destroyed: it cannot carry anything. Choose another carrier.</source>
            <translation>{label} was destroyed: it cannot carry anything. Choose another carrier.</translation>
        </message>
        <message>
            <source>Registered carrier {label}: the bundle is added to what its current taking-out carries.</source>
            <translation>Registered carrier {label}: the bundle is added to what its current taking-out carries.</translation>
        </message>
        <message>
            <source>This USB stick is not a registered carrier: you will be asked to register it first.</source>
            <translation>This USB stick is not a registered carrier: you will be asked to register it first.</translation>
        </message>
        <message>
            <source>This USB stick is registered as {label}: use that label.</source>
            <translation>This USB stick is registered as {label}: use that label.</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <source>Register the carrier first</source>
            <translation>Register the carrier first</translation>
        </message>
        <message>
            <source>This removable medium is not a registered carrier. A USB stick that carries secrets must be registered before it is used.

Register it now as {label} (serial: {serial})?</source>
            <translation>This removable medium is not a registered carrier. A USB stick that carries secrets must be registered before it is used.

Register it now as {label} (serial: {serial})?</translation>
        </message>
        <message>
            <source>&amp;Register and continue</source>
            <translation>&amp;Register and continue</translation>
        </message>
    </context>
    <context>
        <name>CarriersTab</name>
        <message>
            <source>Carriers</source>
            <translation>Carriers</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>Serial</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Out with</source>
            <translation>Out with</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>Permit</translation>
        </message>
        <message>
            <source>Out since</source>
            <translation>Out since</translation>
        </message>
        <message>
            <source>Carried</source>
            <translation>Carried</translation>
        </message>
        <message>
            <source>Only carriers &amp;out</source>
            <translation>Only carriers &amp;out</translation>
        </message>
        <message>
            <source>&amp;Register a carrier…</source>
            <translation>&amp;Register a carrier…</translation>
        </message>
        <message>
            <source>&amp;Take out…</source>
            <translation>&amp;Take out…</translation>
        </message>
        <message>
            <source>Record its re&amp;turn</source>
            <translation>Record its re&amp;turn</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>Destroyed</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>In the safe</source>
            <translation>In the safe</translation>
        </message>
        <message>
            <source>{count} carrier(s) registered, {out} out.</source>
            <translation>{count} carrier(s) registered, {out} out.</translation>
        </message>
        <message>
            <source>Record the return</source>
            <translation>Record the return</translation>
        </message>
        <message>
            <source>Record that {label} came back from {user} and is in the safe again?</source>
            <translation>Record that {label} came back from {user} and is in the safe again?</translation>
        </message>
        <message>
            <source>&amp;Record the return</source>
            <translation>&amp;Record the return</translation>
        </message>
        <message>
            <source>{label} is back in the safe.</source>
            <translation>{label} is back in the safe.</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>Start c&amp;ollecting documents</source>
            <translation>Start c&amp;ollecting documents</translation>
        </message>
        <message>
            <source>Start &amp;verifying</source>
            <translation>Start &amp;verifying</translation>
        </message>
        <message>
            <source>Start appr&amp;aisal</source>
            <translation>Start appr&amp;aisal</translation>
        </message>
        <message>
            <source>&amp;Propose the conclusion…</source>
            <translation>&amp;Propose the conclusion…</translation>
        </message>
        <message>
            <source>Appro&amp;ve…</source>
            <translation>Appro&amp;ve…</translation>
        </message>
        <message>
            <source>Ret&amp;urn with reasons…</source>
            <translation>Ret&amp;urn with reasons…</translation>
        </message>
        <message>
            <source>Arc&amp;hive</source>
            <translation>Arc&amp;hive</translation>
        </message>
        <message>
            <source>&amp;Suspend…</source>
            <translation>&amp;Suspend…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>Re&amp;open…</translation>
        </message>
        <message>
            <source>Co&amp;rrect…</source>
            <translation>Co&amp;rrect…</translation>
        </message>
    </context>
    <context>
        <name>CaseFormsBox</name>
        <message>
            <source>Printed forms</source>
            <translation>Printed forms</translation>
        </message>
        <message>
            <source>Print the &amp;conclusion…</source>
            <translation>Print the &amp;conclusion…</translation>
        </message>
        <message>
            <source>Print the verification &amp;report…</source>
            <translation>Print the verification &amp;report…</translation>
        </message>
        <message>
            <source>Print the &amp;appraisal submission…</source>
            <translation>Print the &amp;appraisal submission…</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Pr&amp;int…</translation>
        </message>
        <message>
            <source>Preview first; every printed or saved copy is numbered and registered.</source>
            <translation>Preview first; every printed or saved copy is numbered and registered.</translation>
        </message>
        <message>
            <source>Conclusion — case no. {n}</source>
            <translation>Conclusion — case no. {n}</translation>
        </message>
        <message>
            <source>Verification report — case no. {n}</source>
            <translation>Verification report — case no. {n}</translation>
        </message>
        <message>
            <source>Appraisal submission — case no. {n}</source>
            <translation>Appraisal submission — case no. {n}</translation>
        </message>
    </context>
    <context>
        <name>CaseLabels</name>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Collecting documents</source>
            <translation>Collecting documents</translation>
        </message>
        <message>
            <source>Verifying</source>
            <translation>Verifying</translation>
        </message>
        <message>
            <source>Appraising</source>
            <translation>Appraising</translation>
        </message>
        <message>
            <source>Awaiting decision</source>
            <translation>Awaiting decision</translation>
        </message>
        <message>
            <source>Concluded</source>
            <translation>Concluded</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspended</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Case opened</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Checklist item</translation>
        </message>
        <message>
            <source>Evidence attached</source>
            <translation>Evidence attached</translation>
        </message>
        <message>
            <source>Request sent</source>
            <translation>Request sent</translation>
        </message>
        <message>
            <source>Reply recorded</source>
            <translation>Reply recorded</translation>
        </message>
        <message>
            <source>Collecting started</source>
            <translation>Collecting started</translation>
        </message>
        <message>
            <source>Verification started</source>
            <translation>Verification started</translation>
        </message>
        <message>
            <source>Appraisal started</source>
            <translation>Appraisal started</translation>
        </message>
        <message>
            <source>Conclusion proposed</source>
            <translation>Conclusion proposed</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Correction opened</source>
            <translation>Correction opened</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>Received from another unit</source>
            <translation>Received from another unit</translation>
        </message>
        <message>
            <source>Exchange conflict</source>
            <translation>Exchange conflict</translation>
        </message>
        <message>
            <source>No. {n}</source>
            <translation>No. {n}</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>{person} — {state}
No. {n} · {purpose} · due {due}</source>
            <translation>{person} — {state}
No. {n} · {purpose} · due {due}</translation>
        </message>
    </context>
    <context>
        <name>CaseListModel</name>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>Requesting unit</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n day(s)</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
    </context>
    <context>
        <name>CasePrompts</name>
        <message>
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</source>
            <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>CaseWindow</name>
        <message>
            <source>Case no. {n}</source>
            <translation>Case no. {n}</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>State:</source>
            <translation>State:</translation>
        </message>
        <message>
            <source>Due date:</source>
            <translation>Due date:</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>Received on:</translation>
        </message>
        <message>
            <source>Officer:</source>
            <translation>Officer:</translation>
        </message>
        <message>
            <source>Requesting unit:</source>
            <translation>Requesting unit:</translation>
        </message>
        <message>
            <source>Target post:</source>
            <translation>Target post:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Checklist</translation>
        </message>
        <message>
            <source>Verification re&amp;quests</source>
            <translation>Verification re&amp;quests</translation>
        </message>
        <message>
            <source>Time&amp;line</source>
            <translation>Time&amp;line</translation>
        </message>
        <message>
            <source>Case no. {n} — {person}</source>
            <translation>Case no. {n} — {person}</translation>
        </message>
        <message>
            <source>{purpose} · case no. {n}</source>
            <translation>{purpose} · case no. {n}</translation>
        </message>
        <message>
            <source>Verification re&amp;quests ({n})</source>
            <translation>Verification re&amp;quests ({n})</translation>
        </message>
        <message>
            <source>(from: {state})</source>
            <translation>(from: {state})</translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>overdue by %n day</numerusform>
                <numerusform>overdue by %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>due soon</source>
            <translation>due soon</translation>
        </message>
        <message>
            <source>version {v}</source>
            <translation>version {v}</translation>
        </message>
        <message>
            <source>This case is {state}: it is read-only. A correction opens a new version.</source>
            <translation>This case is {state}: it is read-only. A correction opens a new version.</translation>
        </message>
        <message>
            <source>It has been corrected by case no. {n}.</source>
            <translation>It has been corrected by case no. {n}.</translation>
        </message>
        <message>
            <source>This case is suspended: nothing can be changed until it is reopened.</source>
            <translation>This case is suspended: nothing can be changed until it is reopened.</translation>
        </message>
        <message>
            <source>You can read this case; your role does not work on cases.</source>
            <translation>You can read this case; your role does not work on cases.</translation>
        </message>
        <message>
            <source>This case corrects case no. {n}.</source>
            <translation>This case corrects case no. {n}.</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <source>Proposed conclusion</source>
            <translation>Proposed conclusion</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Limit</translation>
        </message>
        <message>
            <source>Issues</source>
            <translation>Issues</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Approved by {user} on {date}; valid until {until}.</source>
            <translation>Approved by {user} on {date}; valid until {until}.</translation>
        </message>
        <message>
            <source>Returned by {user}</source>
            <translation>Returned by {user}</translation>
        </message>
        <message>
            <source>Correct the conclusion</source>
            <translation>Correct the conclusion</translation>
        </message>
        <message>
            <source>A concluded case never changes. The correction is a new case that starts at the appraisal with this case's checklist results; say why it is needed.</source>
            <translation>A concluded case never changes. The correction is a new case that starts at the appraisal with this case's checklist results; say why it is needed.</translation>
        </message>
        <message>
            <source>&amp;Reason for the correction:</source>
            <translation>&amp;Reason for the correction:</translation>
        </message>
        <message>
            <source>Open the &amp;correction</source>
            <translation>Open the &amp;correction</translation>
        </message>
        <message>
            <source>Approve the conclusion</source>
            <translation>Approve the conclusion</translation>
        </message>
        <message>
            <source>Approving issues the conclusion; it cannot be changed afterwards.</source>
            <translation>Approving issues the conclusion; it cannot be changed afterwards.</translation>
        </message>
        <message>
            <source>Decision &amp;note (optional):</source>
            <translation>Decision &amp;note (optional):</translation>
        </message>
        <message>
            <source>Appro&amp;ve</source>
            <translation>Appro&amp;ve</translation>
        </message>
        <message>
            <source>Return the proposal</source>
            <translation>Return the proposal</translation>
        </message>
        <message>
            <source>Suspend the case</source>
            <translation>Suspend the case</translation>
        </message>
        <message>
            <source>Reopen the case</source>
            <translation>Reopen the case</translation>
        </message>
        <message>
            <source>The case goes back to appraisal; the officer sees your reasons.</source>
            <translation>The case goes back to appraisal; the officer sees your reasons.</translation>
        </message>
        <message>
            <source>Nothing can be changed while the case is suspended.</source>
            <translation>Nothing can be changed while the case is suspended.</translation>
        </message>
        <message>
            <source>The case goes back to the stage where it was suspended.</source>
            <translation>The case goes back to the stage where it was suspended.</translation>
        </message>
        <message>
            <source>&amp;Reasons:</source>
            <translation>&amp;Reasons:</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>Verification cases</source>
            <translation>Verification cases</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>All purposes</source>
            <translation>All purposes</translation>
        </message>
        <message>
            <source>&amp;My cases only</source>
            <translation>&amp;My cases only</translation>
        </message>
        <message>
            <source>O&amp;verdue only</source>
            <translation>O&amp;verdue only</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;New case…</translation>
        </message>
        <message>
            <source>Open a verification case for a person (Ctrl+N)</source>
            <translation>Open a verification case for a person (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Open case</translation>
        </message>
        <message>
            <source>Open the selected case (Enter)</source>
            <translation>Open the selected case (Enter)</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;State:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>Showing the first {shown} of {total} cases; narrow the filters to see the rest.</source>
            <translation>Showing the first {shown} of {total} cases; narrow the filters to see the rest.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln case(s)</source>
            <translation>
                <numerusform>%Ln case</numerusform>
                <numerusform>%Ln cases</numerusform>
            </translation>
        </message>
        <message>
            <source>No case matches the filters.</source>
            <translation>No case matches the filters.</translation>
        </message>
        <message>
            <source>No verification cases yet. Choose “New case…” to open one for a person.</source>
            <translation>No verification cases yet. Choose “New case…” to open one for a person.</translation>
        </message>
        <message>
            <source>No verification cases yet.</source>
            <translation>No verification cases yet.</translation>
        </message>
    </context>
    <context>
        <name>CasesTab</name>
        <message>
            <source>This person has no verification case yet. Open one from the Verification cases area.</source>
            <translation>This person has no verification case yet. Open one from the Verification cases area.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Cases of this person</source>
            <translation>Cases of this person</translation>
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
        <name>ChecklistPanel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Guidance for the selected item</source>
            <translation>Guidance for the selected item</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Done</translation>
        </message>
        <message>
            <source>In pro&amp;gress</source>
            <translation>In pro&amp;gress</translation>
        </message>
        <message>
            <source>&amp;Failed…</source>
            <translation>&amp;Failed…</translation>
        </message>
        <message>
            <source>&amp;Not applicable…</source>
            <translation>&amp;Not applicable…</translation>
        </message>
        <message>
            <source>A&amp;ttach evidence…</source>
            <translation>A&amp;ttach evidence…</translation>
        </message>
        <message>
            <source>Shortcut in the checklist: {key}</source>
            <translation>Shortcut in the checklist: {key}</translation>
        </message>
        <message>
            <source>needed</source>
            <translation>needed</translation>
        </message>
        <message>
            <source>&lt;b&gt;Next step:&lt;/b&gt; {code} — {title}</source>
            <translation>&lt;b&gt;Next step:&lt;/b&gt; {code} — {title}</translation>
        </message>
        <message>
            <source>Every item of the checklist has been dealt with.</source>
            <translation>Every item of the checklist has been dealt with.</translation>
        </message>
        <message>
            <source>{done} of {total} items dealt with; {open} required still open. Drop a scanned file on an item to attach it as evidence.</source>
            <translation>{done} of {total} items dealt with; {open} required still open. Drop a scanned file on an item to attach it as evidence.</translation>
        </message>
        <message>
            <source>{done} of {total} items dealt with; {open} required still open.</source>
            <translation>{done} of {total} items dealt with; {open} required still open.</translation>
        </message>
        <message>
            <source>(by {user}, {time})</source>
            <translation>(by {user}, {time})</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>evidence required</source>
            <translation>evidence required</translation>
        </message>
        <message>
            <source>Evidence is required for this item: attach the scanned document.</source>
            <translation>Evidence is required for this item: attach the scanned document.</translation>
        </message>
        <message>
            <source>Your role may not complete this item.</source>
            <translation>Your role may not complete this item.</translation>
        </message>
        <message>
            <source>Item not met</source>
            <translation>Item not met</translation>
        </message>
        <message>
            <source>Record what was found: the item is not met.</source>
            <translation>Record what was found: the item is not met.</translation>
        </message>
        <message>
            <source>&amp;What was found:</source>
            <translation>&amp;What was found:</translation>
        </message>
        <message>
            <source>Item not applicable</source>
            <translation>Item not applicable</translation>
        </message>
        <message>
            <source>Record why this item does not apply to this case.</source>
            <translation>Record why this item does not apply to this case.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Evidence for {code}</source>
            <translation>Evidence for {code}</translation>
        </message>
        <message>
            <source>Attaching evidence to {code}</source>
            <translation>Attaching evidence to {code}</translation>
        </message>
    </context>
    <context>
        <name>CompliancePage</name>
        <message>
            <source>Secrets protection</source>
            <translation>Secrets protection</translation>
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
        <name>ConflictLabels</name>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Awaiting a decision</source>
            <translation>Awaiting a decision</translation>
        </message>
        <message>
            <source>Took theirs</source>
            <translation>Took theirs</translation>
        </message>
        <message>
            <source>Kept ours</source>
            <translation>Kept ours</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Replaced by a newer version</source>
            <translation>Replaced by a newer version</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>Requesting unit</translation>
        </message>
        <message>
            <source>Post considered</source>
            <translation>Post considered</translation>
        </message>
        <message>
            <source>Officer in charge</source>
            <translation>Officer in charge</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Suspended while</source>
            <translation>Suspended while</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Limitation</source>
            <translation>Limitation</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <source>Issues found</source>
            <translation>Issues found</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Proposed by</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>Decision note</source>
            <translation>Decision note</translation>
        </message>
        <message>
            <source>Concluded on</source>
            <translation>Concluded on</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Secrecy level</source>
            <translation>Secrecy level</translation>
        </message>
        <message>
            <source>Checklist version</source>
            <translation>Checklist version</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Verification requests</source>
            <translation>Verification requests</translation>
        </message>
        <message>
            <source>reply {date}: {finding}</source>
            <translation>reply {date}: {finding}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsTab</name>
        <message>
            <source>A conflict is a dossier or case that was changed both here and at the sending unit since they last exchanged it. Nothing was overwritten: compare the two versions and decide which one stands. The other version is kept (a dossier's in its history), never thrown away.</source>
            <translation>A conflict is a dossier or case that was changed both here and at the sending unit since they last exchanged it. Nothing was overwritten: compare the two versions and decide which one stands. The other version is kept (a dossier's in its history), never thrown away.</translation>
        </message>
        <message>
            <source>Show &amp;resolved conflicts too</source>
            <translation>Show &amp;resolved conflicts too</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>From unit</source>
            <translation>From unit</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>Bundle</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>No conflict awaits a decision.</source>
            <translation>No conflict awaits a decision.</translation>
        </message>
        <message>
            <source>Select a conflict to compare the two versions.</source>
            <translation>Select a conflict to compare the two versions.</translation>
        </message>
        <message>
            <source>Only the fields that &amp;differ</source>
            <translation>Only the fields that &amp;differ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>This unit's version</source>
            <translation>This unit's version</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Their version</translation>
        </message>
        <message>
            <source>The two versions side by side</source>
            <translation>The two versions side by side</translation>
        </message>
        <message>
            <source>&amp;Keep ours…</source>
            <translation>&amp;Keep ours…</translation>
        </message>
        <message>
            <source>This unit's version stands; theirs is kept for reference</source>
            <translation>This unit's version stands; theirs is kept for reference</translation>
        </message>
        <message>
            <source>&amp;Take theirs…</source>
            <translation>&amp;Take theirs…</translation>
        </message>
        <message>
            <source>Their version replaces ours; ours is kept for reference</source>
            <translation>Their version replaces ours; ours is kept for reference</translation>
        </message>
        <message>
            <source>&amp;Merge the ticked fields…</source>
            <translation>&amp;Merge the ticked fields…</translation>
        </message>
        <message>
            <source>A new version: this unit's dossier with the ticked fields taken from theirs</source>
            <translation>A new version: this unit's dossier with the ticked fields taken from theirs</translation>
        </message>
        <message>
            <source>For a dossier you may also tick, in their column, the fields to take from their version (Space ticks the selected one) and merge.</source>
            <translation>For a dossier you may also tick, in their column, the fields to take from their version (Space ticks the selected one) and merge.</translation>
        </message>
        <message>
            <source>Deciding a conflict is done by an officer or the administrator.</source>
            <translation>Deciding a conflict is done by an officer or the administrator.</translation>
        </message>
        <message>
            <source>No. {sequence}</source>
            <translation>No. {sequence}</translation>
        </message>
        <message>
            <source>(incoming register {number})</source>
            <translation>(incoming register {number})</translation>
        </message>
        <message>
            <source>No conflict so far.</source>
            <translation>No conflict so far.</translation>
        </message>
        <message>
            <source>{person} — {purpose}</source>
            <translation>{person} — {purpose}</translation>
        </message>
        <message>
            <source>This unit's version then</source>
            <translation>This unit's version then</translation>
        </message>
        <message>
            <source>Version from {unit}</source>
            <translation>Version from {unit}</translation>
        </message>
        <message>
            <source>Ticked: this field is taken from their version in a merge</source>
            <translation>Ticked: this field is taken from their version in a merge</translation>
        </message>
        <message>
            <source>Changed both here and at {unit} since the last exchange: {n} field(s) differ (highlighted).</source>
            <translation>Changed both here and at {unit} since the last exchange: {n} field(s) differ (highlighted).</translation>
        </message>
        <message>
            <source>Decided on {date} by {user}: {decision}. Both versions are kept.</source>
            <translation>Decided on {date} by {user}: {decision}. Both versions are kept.</translation>
        </message>
        <message>
            <source>Taken from theirs: {fields}.</source>
            <translation>Taken from theirs: {fields}.</translation>
        </message>
        <message>
            <source>{unit} later sent a newer version of this record; this one was settled with it on {date}. Their version shown here stays kept.</source>
            <translation>{unit} later sent a newer version of this record; this one was settled with it on {date}. Their version shown here stays kept.</translation>
        </message>
        <message>
            <source>This unit's version is no longer in the vault.</source>
            <translation>This unit's version is no longer in the vault.</translation>
        </message>
        <message>
            <source>Take their version</source>
            <translation>Take their version</translation>
        </message>
        <message>
            <source>&amp;Take theirs</source>
            <translation>&amp;Take theirs</translation>
        </message>
        <message>
            <source>Replace this unit's version of {record} with the one from {unit}?</source>
            <translation>Replace this unit's version of {record} with the one from {unit}?</translation>
        </message>
        <message>
            <source>Keep our version</source>
            <translation>Keep our version</translation>
        </message>
        <message>
            <source>&amp;Keep ours</source>
            <translation>&amp;Keep ours</translation>
        </message>
        <message>
            <source>Keep this unit's version of {record} and set aside the one from {unit}?</source>
            <translation>Keep this unit's version of {record} and set aside the one from {unit}?</translation>
        </message>
        <message>
            <source>Both versions stay in the dossier's history (tab Changes), where they can be compared at any time.</source>
            <translation>Both versions stay in the dossier's history (tab Changes), where they can be compared at any time.</translation>
        </message>
        <message>
            <source>The other version stays with this conflict (Show resolved conflicts too) and the decision is written in the case's timeline.</source>
            <translation>The other version stays with this conflict (Show resolved conflicts too) and the decision is written in the case's timeline.</translation>
        </message>
        <message>
            <source>Make a new version of {record}: this unit's dossier with these fields taken from {unit}: {fields}?</source>
            <translation>Make a new version of {record}: this unit's dossier with these fields taken from {unit}: {fields}?</translation>
        </message>
        <message>
            <source>Merge the two versions</source>
            <translation>Merge the two versions</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
    </context>
    <context>
        <name>ContentPage</name>
        <message>
            <source>What to send</source>
            <translation>What to send</translation>
        </message>
        <message>
            <source>Find people and add their dossiers, or one of their cases (a case takes its person's dossier with it).</source>
            <translation>Find people and add their dossiers, or one of their cases (a case takes its person's dossier with it).</translation>
        </message>
        <message>
            <source>Name, CCCD or unit — marks optional</source>
            <translation>Name, CCCD or unit — marks optional</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>People found</translation>
        </message>
        <message>
            <source>Cases of this person</source>
            <translation>Cases of this person</translation>
        </message>
        <message>
            <source>To send</source>
            <translation>To send</translation>
        </message>
        <message>
            <source>Add the &amp;dossier →</source>
            <translation>Add the &amp;dossier →</translation>
        </message>
        <message>
            <source>Add the ca&amp;se →</source>
            <translation>Add the ca&amp;se →</translation>
        </message>
        <message>
            <source>&amp;People found:</source>
            <translation>&amp;People found:</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>With &amp;attachments (scans and documents of these dossiers)</source>
            <translation>With &amp;attachments (scans and documents of these dossiers)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <source>&amp;Cases of this person:</source>
            <translation>&amp;Cases of this person:</translation>
        </message>
        <message>
            <source>&amp;To send:</source>
            <translation>&amp;To send:</translation>
        </message>
        <message>
            <source>Nobody found: check the spelling.</source>
            <translation>Nobody found: check the spelling.</translation>
        </message>
        <message>
            <source>No case for this person.</source>
            <translation>No case for this person.</translation>
        </message>
        <message>
            <source>Dossier: {name}</source>
            <translation>Dossier: {name}</translation>
        </message>
        <message>
            <source>Case: {case} — {name}</source>
            <translation>Case: {case} — {name}</translation>
        </message>
    </context>
    <context>
        <name>Controller</name>
        <message>
            <source>HoSo — network connection</source>
            <translation>HoSo — network connection</translation>
        </message>
        <message>
            <source>This computer is connected to a network ({names}). A computer that holds state secrets must not be networked: unplug the network cable, switch off Wi-Fi and Bluetooth, or disable these adapters.</source>
            <translation>This computer is connected to a network ({names}). A computer that holds state secrets must not be networked: unplug the network cable, switch off Wi-Fi and Bluetooth, or disable these adapters.</translation>
        </message>
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
        <name>DecideDialog</name>
        <message>
            <source>Decision on proposal {number}</source>
            <translation>Decision on proposal {number}</translation>
        </message>
        <message>
            <source>&amp;Record the decision</source>
            <translation>&amp;Record the decision</translation>
        </message>
        <message>
            <source>Record the written decision that allows this destruction ({count} item(s)).</source>
            <translation>Record the written decision that allows this destruction ({count} item(s)).</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>Decision &amp;number:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <translation>Decision &amp;date:</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Decided &amp;by:</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Extend the protection term</source>
            <translation>Extend the protection term</translation>
        </message>
        <message>
            <source>Adjust the secrecy level</source>
            <translation>Adjust the secrecy level</translation>
        </message>
        <message>
            <source>Declassify</source>
            <translation>Declassify</translation>
        </message>
        <message>
            <source>{label} — {level}, protected until {end}</source>
            <translation>{label} — {level}, protected until {end}</translation>
        </message>
        <message>
            <source>&amp;New end date:</source>
            <translation>&amp;New end date:</translation>
        </message>
        <message>
            <source>Extend by &amp;years:</source>
            <translation>Extend by &amp;years:</translation>
        </message>
        <message>
            <source>Each extension is at most the base term of the level ({years} years) and must be decided at least the notice period before the term ends.</source>
            <translation>Each extension is at most the base term of the level ({years} years) and must be decided at least the notice period before the term ends.</translation>
        </message>
        <message>
            <source>New &amp;level:</source>
            <translation>New &amp;level:</translation>
        </message>
        <message>
            <source>e.g. 12-QĐ/TU</source>
            <translation>e.g. 12-QĐ/TU</translation>
        </message>
        <message>
            <source>e.g. Standing Committee of the Provincial Party Committee</source>
            <translation>e.g. Standing Committee of the Provincial Party Committee</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>Decision &amp;number:</translation>
        </message>
        <message>
            <source>Decision &amp;date:</source>
            <translation>Decision &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Authority:</source>
            <translation>&amp;Authority:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Record the decision</source>
            <translation>&amp;Record the decision</translation>
        </message>
        <message>
            <source>Enter the decision number and the authority that decided.</source>
            <translation>Enter the decision number and the authority that decided.</translation>
        </message>
    </context>
    <context>
        <name>DestinationPage</name>
        <message>
            <source>Where to write the bundle</source>
            <translation>Where to write the bundle</translation>
        </message>
        <message>
            <source>Choose the USB stick that will carry it. Writing anywhere else needs a confirmation.</source>
            <translation>Choose the USB stick that will carry it. Writing anywhere else needs a confirmation.</translation>
        </message>
        <message>
            <source>Choose the folder for the bundle</source>
            <translation>Choose the folder for the bundle</translation>
        </message>
        <message>
            <source>This folder is not a USB stick: you will be asked to confirm before the bundle is written there.</source>
            <translation>This folder is not a USB stick: you will be asked to confirm before the bundle is written there.</translation>
        </message>
        <message>
            <source>Not a removable medium</source>
            <translation>Not a removable medium</translation>
        </message>
        <message>
            <source>{path} is not on a USB stick. A bundle is a secret carrier: written to this computer's disk or a network folder it must be registered, moved to the stick and deleted like any secret document.

Write it there anyway?</source>
            <translation>{path} is not on a USB stick. A bundle is a secret carrier: written to this computer's disk or a network folder it must be registered, moved to the stick and deleted like any secret document.

Write it there anyway?</translation>
        </message>
        <message>
            <source>&amp;Write there</source>
            <translation>&amp;Write there</translation>
        </message>
    </context>
    <context>
        <name>DestructionTab</name>
        <message>
            <source>Destruction</source>
            <translation>Destruction</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Number and symbol</source>
            <translation>Number and symbol</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Abstract</translation>
        </message>
        <message>
            <source>Destruction procedures</source>
            <translation>Destruction procedures</translation>
        </message>
        <message>
            <source>Items of the procedure</source>
            <translation>Items of the procedure</translation>
        </message>
        <message>
            <source>&amp;Propose…</source>
            <translation>&amp;Propose…</translation>
        </message>
        <message>
            <source>&amp;Decide…</source>
            <translation>&amp;Decide…</translation>
        </message>
        <message>
            <source>Carry &amp;out the destruction…</source>
            <translation>Carry &amp;out the destruction…</translation>
        </message>
        <message>
            <source>Print the &amp;record…</source>
            <translation>Print the &amp;record…</translation>
        </message>
        <message>
            <source>&amp;Withdraw the proposal…</source>
            <translation>&amp;Withdraw the proposal…</translation>
        </message>
        <message>
            <source>Council: {members}. Method: {method}.</source>
            <translation>Council: {members}. Method: {method}.</translation>
        </message>
        <message>
            <source>Compact the vault again…</source>
            <translation>Compact the vault again…</translation>
        </message>
        <message>
            <source>Carry out the destruction</source>
            <translation>Carry out the destruction</translation>
        </message>
        <message>
            <source>Destroy the {count} item(s) of proposal {number} under decision {decision}?

{data} of them are removed from the vault for good: the dossiers with their relatives, versions, attachments and cases. Only the register entries remain. This cannot be undone; backups made earlier still hold the data and must be destroyed the same way.</source>
            <translation>Destroy the {count} item(s) of proposal {number} under decision {decision}?

{data} of them are removed from the vault for good: the dossiers with their relatives, versions, attachments and cases. Only the register entries remain. This cannot be undone; backups made earlier still hold the data and must be destroyed the same way.</translation>
        </message>
        <message>
            <source>&amp;Destroy</source>
            <translation>&amp;Destroy</translation>
        </message>
        <message>
            <source>Destroying</source>
            <translation>Destroying</translation>
        </message>
        <message>
            <source>Destroyed: {persons} dossier(s), {cases} case(s), {attachments} attachment(s). The vault was compacted. Print the record for the council to sign.</source>
            <translation>Destroyed: {persons} dossier(s), {cases} case(s), {attachments} attachment(s). The vault was compacted. Print the record for the council to sign.</translation>
        </message>
        <message>
            <source>Destruction record {number}</source>
            <translation>Destruction record {number}</translation>
        </message>
        <message>
            <source>Withdraw the proposal</source>
            <translation>Withdraw the proposal</translation>
        </message>
        <message>
            <source>Why is proposal {number} withdrawn?</source>
            <translation>Why is proposal {number} withdrawn?</translation>
        </message>
        <message>
            <source>Proposal {number} was withdrawn.</source>
            <translation>Proposal {number} was withdrawn.</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>An unexpected error occurred; the operation was not completed. Please try again; if it happens again, tell your administrator.</source>
            <translation>An unexpected error occurred; the operation was not completed. Please try again; if it happens again, tell your administrator.</translation>
        </message>
        <message>
            <source>An unexpected error occurred; the operation was not completed and nothing was lost. Please tell your administrator; the details (without any dossier data) are in the log file:
%1</source>
            <translation>An unexpected error occurred; the operation was not completed and nothing was lost. Please tell your administrator; the details (without any dossier data) are in the log file:
%1</translation>
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
        <name>DossierEditor</name>
        <message>
            <source>Read-only: your role may view dossiers but not change them.</source>
            <translation>Read-only: your role may view dossiers but not change them.</translation>
        </message>
        <message>
            <source>&amp;Identity</source>
            <translation>&amp;Identity</translation>
        </message>
        <message>
            <source>&amp;Family</source>
            <translation>&amp;Family</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;History</translation>
        </message>
        <message>
            <source>F&amp;oreign relations</source>
            <translation>F&amp;oreign relations</translation>
        </message>
        <message>
            <source>&amp;Attachments</source>
            <translation>&amp;Attachments</translation>
        </message>
        <message>
            <source>Ca&amp;ses</source>
            <translation>Ca&amp;ses</translation>
        </message>
        <message>
            <source>Chan&amp;ges</source>
            <translation>Chan&amp;ges</translation>
        </message>
        <message>
            <source>Find &amp;duplicates…</source>
            <translation>Find &amp;duplicates…</translation>
        </message>
        <message>
            <source>Look for other dossiers of the same person and merge them into this one.</source>
            <translation>Look for other dossiers of the same person and merge them into this one.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Print the co&amp;ver sheet…</source>
            <translation>Print the co&amp;ver sheet…</translation>
        </message>
        <message>
            <source>Secrecy histor&amp;y…</source>
            <translation>Secrecy histor&amp;y…</translation>
        </message>
        <message>
            <source>The dossier's secrecy level, protection term and every decision about them.</source>
            <translation>The dossier's secrecy level, protection term and every decision about them.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save ({keys})</source>
            <translation>Save ({keys})</translation>
        </message>
        <message>
            <source>Dossier cover — {name}</source>
            <translation>Dossier cover — {name}</translation>
        </message>
        <message>
            <source>New dossier</source>
            <translation>New dossier</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Not saved yet</translation>
        </message>
        <message>
            <source>Dossier no. {id} · version {v} · saved {when} by {user}</source>
            <translation>Dossier no. {id} · version {v} · saved {when} by {user}</translation>
        </message>
        <message>
            <source>{name} — dossier</source>
            <translation>{name} — dossier</translation>
        </message>
        <message>
            <source>Correct the marked fields before saving: {fields}.</source>
            <translation>Correct the marked fields before saving: {fields}.</translation>
        </message>
        <message>
            <source>The CCCD number does not match the date of birth or sex. If it is right, give the reason for accepting it, then save again.</source>
            <translation>The CCCD number does not match the date of birth or sex. If it is right, give the reason for accepting it, then save again.</translation>
        </message>
        <message>
            <source>The new dossier was not saved.</source>
            <translation>The new dossier was not saved.</translation>
        </message>
        <message>
            <source>Lowering the secrecy level ({old} → {new}) needs a decision of the competent authority, recorded by a leader. Set the level back to {old} to save your other changes.</source>
            <translation>Lowering the secrecy level ({old} → {new}) needs a decision of the competent authority, recorded by a leader. Set the level back to {old} to save your other changes.</translation>
        </message>
        <message>
            <source>Not saved: the new secrecy level needs to be recorded.</source>
            <translation>Not saved: the new secrecy level needs to be recorded.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <source>Saved as version {v}.</source>
            <translation>Saved as version {v}.</translation>
        </message>
        <message>
            <source>Looking for other dossiers of the same person…</source>
            <translation>Looking for other dossiers of the same person…</translation>
        </message>
        <message>
            <source>Save or discard your changes before merging.</source>
            <translation>Save or discard your changes before merging.</translation>
        </message>
        <message>
            <source>Merge dossiers</source>
            <translation>Merge dossiers</translation>
        </message>
        <message>
            <source>Merge the dossier of {other} (no. {drop}) into this one (no. {keep})? The other dossier disappears from the list; its data, relatives, history and attachments are added to this one. Both histories are kept in the audit log.</source>
            <translation>Merge the dossier of {other} (no. {drop}) into this one (no. {keep})? The other dossier disappears from the list; its data, relatives, history and attachments are added to this one. Both histories are kept in the audit log.</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>Merging…</translation>
        </message>
        <message>
            <source>Dossier no. {drop} was merged into this one.</source>
            <translation>Dossier no. {drop} was merged into this one.</translation>
        </message>
    </context>
    <context>
        <name>DossierFields</name>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Other names</source>
            <translation>Other names</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Ethnicity</source>
            <translation>Ethnicity</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>Nationality</translation>
        </message>
        <message>
            <source>Religion</source>
            <translation>Religion</translation>
        </message>
        <message>
            <source>Religious office</source>
            <translation>Religious office</translation>
        </message>
        <message>
            <source>Place of birth</source>
            <translation>Place of birth</translation>
        </message>
        <message>
            <source>Hometown</source>
            <translation>Hometown</translation>
        </message>
        <message>
            <source>Permanent residence</source>
            <translation>Permanent residence</translation>
        </message>
        <message>
            <source>Current residence</source>
            <translation>Current residence</translation>
        </message>
        <message>
            <source>CCCD/CMND number</source>
            <translation>CCCD/CMND number</translation>
        </message>
        <message>
            <source>Reason for accepting the number</source>
            <translation>Reason for accepting the number</translation>
        </message>
        <message>
            <source>Party card number</source>
            <translation>Party card number</translation>
        </message>
        <message>
            <source>Joined the Party</source>
            <translation>Joined the Party</translation>
        </message>
        <message>
            <source>Official member since</source>
            <translation>Official member since</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>General education</source>
            <translation>General education</translation>
        </message>
        <message>
            <source>Specialism</source>
            <translation>Specialism</translation>
        </message>
        <message>
            <source>Political theory</source>
            <translation>Political theory</translation>
        </message>
        <message>
            <source>Secrecy level</source>
            <translation>Secrecy level</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Relatives</source>
            <translation>Relatives</translation>
        </message>
        <message>
            <source>Work history</source>
            <translation>Work history</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Stays abroad</source>
            <translation>Stays abroad</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Awards</translation>
        </message>
        <message>
            <source>Discipline</source>
            <translation>Discipline</translation>
        </message>
        <message>
            <source>Historical particulars</source>
            <translation>Historical particulars</translation>
        </message>
        <message>
            <source>Foreign relations</source>
            <translation>Foreign relations</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>DossierLevelDialog</name>
        <message>
            <source>Lower the secrecy level</source>
            <translation>Lower the secrecy level</translation>
        </message>
        <message>
            <source>Raise the secrecy level</source>
            <translation>Raise the secrecy level</translation>
        </message>
        <message>
            <source>Dossier of {name}: {old} → {new}.</source>
            <translation>Dossier of {name}: {old} → {new}.</translation>
        </message>
        <message>
            <source>Lowering or removing the level needs a decision of the competent authority. The decision is recorded in the dossier's secrecy history.</source>
            <translation>Lowering or removing the level needs a decision of the competent authority. The decision is recorded in the dossier's secrecy history.</translation>
        </message>
        <message>
            <source>Raising the level is recorded in the dossier's secrecy history, with your name and the reason. If a written decision ordered it, enter the decision too.</source>
            <translation>Raising the level is recorded in the dossier's secrecy history, with your name and the reason. If a written decision ordered it, enter the decision too.</translation>
        </message>
        <message>
            <source>Ordered by a written &amp;decision</source>
            <translation>Ordered by a written &amp;decision</translation>
        </message>
        <message>
            <source>e.g. 12-QĐ/TU</source>
            <translation>e.g. 12-QĐ/TU</translation>
        </message>
        <message>
            <source>e.g. Standing Committee of the Provincial Party Committee</source>
            <translation>e.g. Standing Committee of the Provincial Party Committee</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Reason (optional):</source>
            <translation>&amp;Reason (optional):</translation>
        </message>
        <message>
            <source>Decision &amp;number:</source>
            <translation>Decision &amp;number:</translation>
        </message>
        <message>
            <source>Decision da&amp;te:</source>
            <translation>Decision da&amp;te:</translation>
        </message>
        <message>
            <source>&amp;Authority:</source>
            <translation>&amp;Authority:</translation>
        </message>
        <message>
            <source>Record and &amp;save</source>
            <translation>Record and &amp;save</translation>
        </message>
        <message>
            <source>Give the reason for raising the level.</source>
            <translation>Give the reason for raising the level.</translation>
        </message>
        <message>
            <source>Enter the decision number and the authority that decided.</source>
            <translation>Enter the decision number and the authority that decided.</translation>
        </message>
    </context>
    <context>
        <name>DossiersPage</name>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Name, CCCD, party card, hometown or unit — marks optional (Ctrl+F)</source>
            <translation>Name, CCCD, party card, hometown or unit — marks optional (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search dossiers</source>
            <translation>Search dossiers</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>Se&amp;crecy:</source>
            <translation>Se&amp;crecy:</translation>
        </message>
        <message>
            <source>Any case state</source>
            <translation>Any case state</translation>
        </message>
        <message>
            <source>Has a case in this state</source>
            <translation>Has a case in this state</translation>
        </message>
        <message>
            <source>Cas&amp;e:</source>
            <translation>Cas&amp;e:</translation>
        </message>
        <message>
            <source>With relatives &amp;abroad</source>
            <translation>With relatives &amp;abroad</translation>
        </message>
        <message>
            <source>&amp;New dossier</source>
            <translation>&amp;New dossier</translation>
        </message>
        <message>
            <source>Create a dossier (Ctrl+N)</source>
            <translation>Create a dossier (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open the selected dossier (Enter)</source>
            <translation>Open the selected dossier (Enter)</translation>
        </message>
        <message>
            <source>&amp;Import from Excel…</source>
            <translation>&amp;Import from Excel…</translation>
        </message>
        <message>
            <source>Create or update dossiers from a spreadsheet, after a preview</source>
            <translation>Create or update dossiers from a spreadsheet, after a preview</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xport to Excel…</translation>
        </message>
        <message>
            <source>Write the dossiers of the current list to an .xlsx file</source>
            <translation>Write the dossiers of the current list to an .xlsx file</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>New dossier</source>
            <translation>New dossier</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>More than {n} dossiers; counting…</source>
            <translation>More than {n} dossiers; counting…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln dossier(s) found</source>
            <translation>
                <numerusform>%Ln dossier found</numerusform>
                <numerusform>%Ln dossiers found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln dossier(s) in the vault</source>
            <translation>
                <numerusform>%Ln dossier in the vault</numerusform>
                <numerusform>%Ln dossiers in the vault</numerusform>
            </translation>
        </message>
        <message>
            <source>No dossier matches the search and filters.</source>
            <translation>No dossier matches the search and filters.</translation>
        </message>
        <message>
            <source>No dossiers yet — import a list from Excel or create a new one</source>
            <translation>No dossiers yet — import a list from Excel or create a new one</translation>
        </message>
        <message>
            <source>No dossiers yet. An officer creates them or imports a list from Excel.</source>
            <translation>No dossiers yet. An officer creates them or imports a list from Excel.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Possible duplicates</translation>
        </message>
        <message>
            <source>The vault already holds dossiers that may be the same person. Open one of them instead, or save the new dossier anyway if it is a different person.</source>
            <translation>The vault already holds dossiers that may be the same person. Open one of them instead, or save the new dossier anyway if it is a different person.</translation>
        </message>
        <message>
            <source>These dossiers may be the same person as this one. Merging moves the other dossier into this one: empty fields are filled from it, its relatives, history and attachments are added, and both histories are kept.</source>
            <translation>These dossiers may be the same person as this one. Merging moves the other dossier into this one: empty fields are filled from it, its relatives, history and attachments are added, and both histories are kept.</translation>
        </message>
        <message>
            <source>No other dossier looks like the same person.</source>
            <translation>No other dossier looks like the same person.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>CCCD/CMND</source>
            <translation>CCCD/CMND</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>Why it may be the same person</translation>
        </message>
        <message>
            <source>&amp;Open the existing dossier</source>
            <translation>&amp;Open the existing dossier</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Save &amp;anyway</source>
            <translation>Save &amp;anyway</translation>
        </message>
        <message>
            <source>&amp;Merge into this dossier…</source>
            <translation>&amp;Merge into this dossier…</translation>
        </message>
    </context>
    <context>
        <name>ExcelExport</name>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>The dossiers of the current list{search} will be written to an Excel file. The file leaves the vault UNENCRYPTED: it is entered in the copy register and must be kept and destroyed like any secret document. Continue?</source>
            <translation>The dossiers of the current list{search} will be written to an Excel file. The file leaves the vault UNENCRYPTED: it is entered in the copy register and must be kept and destroyed like any secret document. Continue?</translation>
        </message>
        <message>
            <source> (search “{q}”)</source>
            <translation> (search “{q}”)</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>{n} dossier(s) exported to {path} (copy register no. {number}).</source>
            <translation>{n} dossier(s) exported to {path} (copy register no. {number}).</translation>
        </message>
        <message>
            <source>Exporting to Excel</source>
            <translation>Exporting to Excel</translation>
        </message>
    </context>
    <context>
        <name>ExcelPrompts</name>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
            <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ExchangeLabels</name>
        <message>
            <source>New dossier</source>
            <translation>New dossier</translation>
        </message>
        <message>
            <source>Already identical here</source>
            <translation>Already identical here</translation>
        </message>
        <message>
            <source>Will be updated</source>
            <translation>Will be updated</translation>
        </message>
        <message>
            <source>Ours is newer: kept</source>
            <translation>Ours is newer: kept</translation>
        </message>
        <message>
            <source>Conflict: kept for review</source>
            <translation>Conflict: kept for review</translation>
        </message>
        <message>
            <source>Trusted</source>
            <translation>Trusted</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Dossiers and cases</source>
            <translation>Dossiers and cases</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
    </context>
    <context>
        <name>ExchangePage</name>
        <message>
            <source>USB exchange</source>
            <translation>USB exchange</translation>
        </message>
        <message>
            <source>&amp;Units</source>
            <translation>&amp;Units</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <source>&amp;Receive</source>
            <translation>&amp;Receive</translation>
        </message>
        <message>
            <source>Sending and receiving bundles is done by a clerk or the administrator.</source>
            <translation>Sending and receiving bundles is done by a clerk or the administrator.</translation>
        </message>
        <message>
            <source>C&amp;onflicts ({n})</source>
            <translation>C&amp;onflicts ({n})</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>C&amp;onflicts</translation>
        </message>
        <message>
            <source>{n} record(s) changed on both sides await a decision</source>
            <translation>{n} record(s) changed on both sides await a decision</translation>
        </message>
        <message>
            <source>Records changed both here and at another unit</source>
            <translation>Records changed both here and at another unit</translation>
        </message>
        <message>
            <source>USB exchange ({n})</source>
            <translation>USB exchange ({n})</translation>
        </message>
    </context>
    <context>
        <name>ExchangePrompts</name>
        <message>
            <source>Choose the unit card</source>
            <translation>Choose the unit card</translation>
        </message>
        <message>
            <source>HoSo unit cards (*.hosocard *.card *.json);;All files (*)</source>
            <translation>HoSo unit cards (*.hosocard *.card *.json);;All files (*)</translation>
        </message>
        <message>
            <source>HoSo unit cards (*.hosocard)</source>
            <translation>HoSo unit cards (*.hosocard)</translation>
        </message>
        <message>
            <source>Choose the bundle</source>
            <translation>Choose the bundle</translation>
        </message>
        <message>
            <source>HoSo bundles (*.hoso);;All files (*)</source>
            <translation>HoSo bundles (*.hoso);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>FamilyTab</name>
        <message>
            <source>Grandparents, parents or the person who raised them, parents-in-law, spouse, siblings and children. “To verify” follows the rule for admission; the officer may override it for one relative.</source>
            <translation>Grandparents, parents or the person who raised them, parents-in-law, spouse, siblings and children. “To verify” follows the rule for admission; the officer may override it for one relative.</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>Residence</translation>
        </message>
        <message>
            <source>Abroad</source>
            <translation>Abroad</translation>
        </message>
        <message>
            <source>Party member</source>
            <translation>Party member</translation>
        </message>
        <message>
            <source>To verify</source>
            <translation>To verify</translation>
        </message>
        <message>
            <source>Relatives</source>
            <translation>Relatives</translation>
        </message>
        <message>
            <source>&amp;Add relative…</source>
            <translation>&amp;Add relative…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>(set by the officer)</source>
            <translation>(set by the officer)</translation>
        </message>
        <message>
            <source>{n} relatives, {v} to verify</source>
            <translation>{n} relatives, {v} to verify</translation>
        </message>
        <message>
            <source>No relative is recorded in this dossier.</source>
            <translation>No relative is recorded in this dossier.</translation>
        </message>
        <message>
            <source>No relative recorded yet — press “Add relative…” to record the parents, spouse, siblings and children.</source>
            <translation>No relative recorded yet — press “Add relative…” to record the parents, spouse, siblings and children.</translation>
        </message>
        <message>
            <source>&amp;View…</source>
            <translation>&amp;View…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the spreadsheet</source>
            <translation>Choose the spreadsheet</translation>
        </message>
        <message>
            <source>A list of party members as .xlsx, .xlsm, .xls or .ods. Nothing is written to the vault until you press Import on the preview page.</source>
            <translation>A list of party members as .xlsx, .xlsm, .xls or .ods. Nothing is written to the vault until you press Import on the preview page.</translation>
        </message>
        <message>
            <source>Spreadsheet file</source>
            <translation>Spreadsheet file</translation>
        </message>
        <message>
            <source>Path of the spreadsheet</source>
            <translation>Path of the spreadsheet</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Br&amp;owse…</source>
            <translation>Br&amp;owse…</translation>
        </message>
        <message>
            <source>Choose the spreadsheet to import</source>
            <translation>Choose the spreadsheet to import</translation>
        </message>
        <message>
            <source>Reading the spreadsheet</source>
            <translation>Reading the spreadsheet</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>HoSo — first start</source>
            <translation>HoSo — first start</translation>
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
        <name>ForeignTab</name>
        <message>
            <source>Foreign relations (nationality, marriage, links with foreign organisations)</source>
            <translation>Foreign relations (nationality, marriage, links with foreign organisations)</translation>
        </message>
        <message>
            <source>Relatives abroad</source>
            <translation>Relatives abroad</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relation</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Residence</source>
            <translation>Residence</translation>
        </message>
        <message>
            <source>{n} relatives live abroad: they are confirmed through the Party committee for members abroad (Đảng ủy Ngoài nước) and, if in doubt, the security agency.</source>
            <translation>{n} relatives live abroad: they are confirmed through the Party committee for members abroad (Đảng ủy Ngoài nước) and, if in doubt, the security agency.</translation>
        </message>
        <message>
            <source>No relative is recorded as living abroad.</source>
            <translation>No relative is recorded as living abroad.</translation>
        </message>
        <message>
            <source>The person has {n} stays abroad recorded in the History tab.</source>
            <translation>The person has {n} stays abroad recorded in the History tab.</translation>
        </message>
    </context>
    <context>
        <name>FormPrompts</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>HoSo — user guide</source>
            <translation>HoSo — user guide</translation>
        </message>
        <message>
            <source>Contents of the guide</source>
            <translation>Contents of the guide</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>Guide text</translation>
        </message>
        <message>
            <source>The user guide was not found ({path}). Reinstall HoSo or tell your administrator.</source>
            <translation>The user guide was not found ({path}). Reinstall HoSo or tell your administrator.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Secrecy history</source>
            <translation>Secrecy history</translation>
        </message>
        <message>
            <source>This item is no longer in the vault; its decisions are kept.</source>
            <translation>This item is no longer in the vault; its decisions are kept.</translation>
        </message>
        <message>
            <source>{label}: not classified.</source>
            <translation>{label}: not classified.</translation>
        </message>
        <message>
            <source>{label}: {level} since {on} (set by {by}), protected until {end}.</source>
            <translation>{label}: {level} since {on} (set by {by}), protected until {end}.</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Level before</source>
            <translation>Level before</translation>
        </message>
        <message>
            <source>Level after</source>
            <translation>Level after</translation>
        </message>
        <message>
            <source>End before</source>
            <translation>End before</translation>
        </message>
        <message>
            <source>End after</source>
            <translation>End after</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Authority</source>
            <translation>Authority</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Term stated</source>
            <translation>Term stated</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extension</translation>
        </message>
        <message>
            <source>Level adjusted</source>
            <translation>Level adjusted</translation>
        </message>
        <message>
            <source>Declassified</source>
            <translation>Declassified</translation>
        </message>
        <message>
            <source>(automatic)</source>
            <translation>(automatic)</translation>
        </message>
        <message>
            <source>No decision has been recorded: the level and term are those set when the item was made.</source>
            <translation>No decision has been recorded: the level and term are those set when the item was made.</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
    </context>
    <context>
        <name>IdentityTab</name>
        <message>
            <source>Full &amp;name:</source>
            <translation>Full &amp;name:</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Date of &amp;birth:</translation>
        </message>
        <message>
            <source>Se&amp;x:</source>
            <translation>Se&amp;x:</translation>
        </message>
        <message>
            <source>&amp;CCCD/CMND number:</source>
            <translation>&amp;CCCD/CMND number:</translation>
        </message>
        <message>
            <source>Uni&amp;t:</source>
            <translation>Uni&amp;t:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <source>Secrecy &amp;level:</source>
            <translation>Secrecy &amp;level:</translation>
        </message>
        <message>
            <source>Home&amp;town:</source>
            <translation>Home&amp;town:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Places</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Party</translation>
        </message>
        <message>
            <source>Work and education</source>
            <translation>Work and education</translation>
        </message>
        <message>
            <source>Classification and notes</source>
            <translation>Classification and notes</translation>
        </message>
        <message>
            <source>Why this number is right although it does not match</source>
            <translation>Why this number is right although it does not match</translation>
        </message>
        <message>
            <source>✓ Consistent with the date of birth and sex.</source>
            <translation>✓ Consistent with the date of birth and sex.</translation>
        </message>
        <message>
            <source>The number does not match: give the reason for accepting it before saving.</source>
            <translation>The number does not match: give the reason for accepting it before saving.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import from Excel</source>
            <translation>Import from Excel</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Checking the rows</source>
            <translation>Checking the rows</translation>
        </message>
    </context>
    <context>
        <name>IncidentReportDialog</name>
        <message>
            <source>Immediate report of incident {number}/{year}</source>
            <translation>Immediate report of incident {number}/{year}</translation>
        </message>
        <message>
            <source>{kind} discovered on {when}: {what}</source>
            <translation>{kind} discovered on {when}: {what}</translation>
        </message>
        <message>
            <source>e.g. 3-BC/BTCTU</source>
            <translation>e.g. 3-BC/BTCTU</translation>
        </message>
        <message>
            <source>The report &amp;was made</source>
            <translation>The report &amp;was made</translation>
        </message>
        <message>
            <source>Report &amp;number:</source>
            <translation>Report &amp;number:</translation>
        </message>
        <message>
            <source>Report da&amp;te:</source>
            <translation>Report da&amp;te:</translation>
        </message>
        <message>
            <source>Reported &amp;to:</source>
            <translation>Reported &amp;to:</translation>
        </message>
        <message>
            <source>&amp;Measures taken:</source>
            <translation>&amp;Measures taken:</translation>
        </message>
        <message>
            <source>&amp;Save the report</source>
            <translation>&amp;Save the report</translation>
        </message>
    </context>
    <context>
        <name>IncidentsTab</name>
        <message>
            <source>Losses and leaks</source>
            <translation>Losses and leaks</translation>
        </message>
        <message>
            <source>Record a loss or leak</source>
            <translation>Record a loss or leak</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Leak</source>
            <translation>Leak</translation>
        </message>
        <message>
            <source>Number, symbol, copy number and abstract of each item, or the carrier</source>
            <translation>Number, symbol, copy number and abstract of each item, or the carrier</translation>
        </message>
        <message>
            <source>Reported at once</source>
            <translation>Reported at once</translation>
        </message>
        <message>
            <source>e.g. 3-BC/BTCTU</source>
            <translation>e.g. 3-BC/BTCTU</translation>
        </message>
        <message>
            <source>&amp;Record the incident</source>
            <translation>&amp;Record the incident</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Level:</source>
            <translation>&amp;Level:</translation>
        </message>
        <message>
            <source>&amp;Discovered at:</source>
            <translation>&amp;Discovered at:</translation>
        </message>
        <message>
            <source>Discovered &amp;by:</source>
            <translation>Discovered &amp;by:</translation>
        </message>
        <message>
            <source>&amp;What was lost or leaked:</source>
            <translation>&amp;What was lost or leaked:</translation>
        </message>
        <message>
            <source>&amp;How it happened:</source>
            <translation>&amp;How it happened:</translation>
        </message>
        <message>
            <source>Report &amp;number:</source>
            <translation>Report &amp;number:</translation>
        </message>
        <message>
            <source>Report da&amp;te:</source>
            <translation>Report da&amp;te:</translation>
        </message>
        <message>
            <source>Reported &amp;to:</source>
            <translation>Reported &amp;to:</translation>
        </message>
        <message>
            <source>&amp;Measures taken:</source>
            <translation>&amp;Measures taken:</translation>
        </message>
        <message>
            <source>Recorded incidents</source>
            <translation>Recorded incidents</translation>
        </message>
        <message>
            <source>Ca&amp;ncel the selected entry…</source>
            <translation>Ca&amp;ncel the selected entry…</translation>
        </message>
        <message>
            <source>Immediate re&amp;port…</source>
            <translation>Immediate re&amp;port…</translation>
        </message>
        <message>
            <source>Fill in or correct the immediate report and the measures of the selected entry.</source>
            <translation>Fill in or correct the immediate report and the measures of the selected entry.</translation>
        </message>
        <message>
            <source>Only the clerk keeping the registers or an administrator may record incidents.</source>
            <translation>Only the clerk keeping the registers or an administrator may record incidents.</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Discovered</source>
            <translation>Discovered</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Discovered by</source>
            <translation>Discovered by</translation>
        </message>
        <message>
            <source>Immediate report</source>
            <translation>Immediate report</translation>
        </message>
        <message>
            <source>Measures</source>
            <translation>Measures</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>not reported</source>
            <translation>not reported</translation>
        </message>
        <message>
            <source>cancelled: {reason}</source>
            <translation>cancelled: {reason}</translation>
        </message>
        <message>
            <source>{n} incident(s) recorded, {c} cancelled</source>
            <translation>{n} incident(s) recorded, {c} cancelled</translation>
        </message>
        <message>
            <source>No incident recorded.</source>
            <translation>No incident recorded.</translation>
        </message>
        <message>
            <source>Recorded incident {number}/{year}.</source>
            <translation>Recorded incident {number}/{year}.</translation>
        </message>
        <message>
            <source>Select an entry in the list first.</source>
            <translation>Select an entry in the list first.</translation>
        </message>
        <message>
            <source>This entry is cancelled; its report can no longer be changed.</source>
            <translation>This entry is cancelled; its report can no longer be changed.</translation>
        </message>
        <message>
            <source>The immediate report of entry {number}/{year} was saved.</source>
            <translation>The immediate report of entry {number}/{year} was saved.</translation>
        </message>
        <message>
            <source>This entry is already cancelled.</source>
            <translation>This entry is already cancelled.</translation>
        </message>
        <message>
            <source>Cancel an entry</source>
            <translation>Cancel an entry</translation>
        </message>
        <message>
            <source>Why is entry {number}/{year} cancelled?</source>
            <translation>Why is entry {number}/{year} cancelled?</translation>
        </message>
        <message>
            <source>Entry {number}/{year} stays in the list, marked cancelled, and is no longer counted in the yearly report. Cancel it?</source>
            <translation>Entry {number}/{year} stays in the list, marked cancelled, and is no longer counted in the yearly report. Cancel it?</translation>
        </message>
        <message>
            <source>Cancel the &amp;entry</source>
            <translation>Cancel the &amp;entry</translation>
        </message>
        <message>
            <source>Entry {number}/{year} was cancelled.</source>
            <translation>Entry {number}/{year} was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>IssuePanel</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Save as P&amp;DF…</translation>
        </message>
        <message>
            <source>given when first printed</source>
            <translation>given when first printed</translation>
        </message>
        <message>
            <source>none (not a numbered document)</source>
            <translation>none (not a numbered document)</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Secrecy</source>
            <translation>Secrecy</translation>
        </message>
        <message>
            <source>Pages per copy</source>
            <translation>Pages per copy</translation>
        </message>
        <message>
            <source>Printing again</source>
            <translation>Printing again</translation>
        </message>
        <message>
            <source>a reprint of the issued document, with the same number and content</source>
            <translation>a reprint of the issued document, with the same number and content</translation>
        </message>
        <message numerus="yes">
            <source>Printing or saving makes %n copy(ies), each numbered, and enters them in the copying register. This preview is not a copy.</source>
            <translation>
                <numerusform>Printing or saving makes %n copy, each numbered, and enters them in the copying register. This preview is not a copy.</numerusform>
                <numerusform>Printing or saving makes %n copies, each numbered, and enters them in the copying register. This preview is not a copy.</numerusform>
            </translation>
        </message>
        <message>
            <source>Document {number} has been printed before: say why it is printed again.</source>
            <translation>Document {number} has been printed before: say why it is printed again.</translation>
        </message>
        <message numerus="yes">
            <source>%n copy(ies) of this document will be made and entered in the copying register.</source>
            <translation>
                <numerusform>%n copy of this document will be made and entered in the copying register.</numerusform>
                <numerusform>%n copies of this document will be made and entered in the copying register.</numerusform>
            </translation>
        </message>
        <message>
            <source>This is a reprint of {number}; reason: {reason}</source>
            <translation>This is a reprint of {number}; reason: {reason}</translation>
        </message>
        <message>
            <source>Make registered copies?</source>
            <translation>Make registered copies?</translation>
        </message>
        <message>
            <source>&amp;Make the copies</source>
            <translation>&amp;Make the copies</translation>
        </message>
        <message>
            <source>Print {title}</source>
            <translation>Print {title}</translation>
        </message>
        <message>
            <source>They are printed as one job on {printer}, each copy with its own number; the printer's copy count is set to 1.</source>
            <translation>They are printed as one job on {printer}, each copy with its own number; the printer's copy count is set to 1.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>the printer</translation>
        </message>
        <message>
            <source>(The print dialog asked for {n}: the number of copies is set in this window.)</source>
            <translation>(The print dialog asked for {n}: the number of copies is set in this window.)</translation>
        </message>
        <message>
            <source>Printing page {n} of {total}…</source>
            <translation>Printing page {n} of {total}…</translation>
        </message>
        <message>
            <source>the printer refused the job or reported an error</source>
            <translation>the printer refused the job or reported an error</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>Save the copies as PDF</source>
            <translation>Save the copies as PDF</translation>
        </message>
        <message>
            <source>They are saved in one PDF file, {path}. The file is a state-secret carrier like paper: keep it only where such documents may be kept.</source>
            <translation>They are saved in one PDF file, {path}. The file is a state-secret carrier like paper: keep it only where such documents may be kept.</translation>
        </message>
        <message>
            <source>Copies made</source>
            <translation>Copies made</translation>
        </message>
        <message>
            <source>Copy {n} of {total}</source>
            <translation>Copy {n} of {total}</translation>
        </message>
        <message>
            <source>Copies {first}–{last} of {total}</source>
            <translation>Copies {first}–{last} of {total}</translation>
        </message>
        <message>
            <source>of document {number} (check code {code})</source>
            <translation>of document {number} (check code {code})</translation>
        </message>
        <message>
            <source>were saved to {path}.</source>
            <translation>were saved to {path}.</translation>
        </message>
        <message>
            <source>were sent to the printer ({pages} pages).</source>
            <translation>were sent to the printer ({pages} pages).</translation>
        </message>
        <message>
            <source>They are entered in the copying register as no. {n}/{year}.</source>
            <translation>They are entered in the copying register as no. {n}/{year}.</translation>
        </message>
        <message>
            <source>Copies {first}–{last} were issued and entered in the copying register as no. {n}/{year}, but printing failed ({detail}). Record what happened to them; printing again is a reprint.</source>
            <translation>Copies {first}–{last} were issued and entered in the copying register as no. {n}/{year}, but printing failed ({detail}). Record what happened to them; printing again is a reprint.</translation>
        </message>
        <message>
            <source>HoSo — printing</source>
            <translation>HoSo — printing</translation>
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
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Destroyed</source>
            <translation>Destroyed</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Printed copy</source>
            <translation>Printed copy</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>Paper document</source>
            <translation>Paper document</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Leak</source>
            <translation>Leak</translation>
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
            <source>Backup failed</source>
            <translation>Backup failed</translation>
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
            <source>Demo dossiers added</source>
            <translation>Demo dossiers added</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>Logged out</translation>
        </message>
        <message>
            <source>Screen locked</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <source>Program closed</source>
            <translation>Program closed</translation>
        </message>
        <message>
            <source>Closed for a restore</source>
            <translation>Closed for a restore</translation>
        </message>
        <message>
            <source>Dossier created</source>
            <translation>Dossier created</translation>
        </message>
        <message>
            <source>Dossier updated</source>
            <translation>Dossier updated</translation>
        </message>
        <message>
            <source>Dossier viewed</source>
            <translation>Dossier viewed</translation>
        </message>
        <message>
            <source>Dossiers merged</source>
            <translation>Dossiers merged</translation>
        </message>
        <message>
            <source>Dossier list exported</source>
            <translation>Dossier list exported</translation>
        </message>
        <message>
            <source>Attachment added</source>
            <translation>Attachment added</translation>
        </message>
        <message>
            <source>Attachment viewed</source>
            <translation>Attachment viewed</translation>
        </message>
        <message>
            <source>Attachment exported</source>
            <translation>Attachment exported</translation>
        </message>
        <message>
            <source>Attachment removed</source>
            <translation>Attachment removed</translation>
        </message>
        <message>
            <source>Excel file imported</source>
            <translation>Excel file imported</translation>
        </message>
        <message>
            <source>Excel import report written</source>
            <translation>Excel import report written</translation>
        </message>
        <message>
            <source>Column mapping saved</source>
            <translation>Column mapping saved</translation>
        </message>
        <message>
            <source>Column mapping deleted</source>
            <translation>Column mapping deleted</translation>
        </message>
        <message>
            <source>Checklist template imported</source>
            <translation>Checklist template imported</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Case opened</translation>
        </message>
        <message>
            <source>Correcting case opened</source>
            <translation>Correcting case opened</translation>
        </message>
        <message>
            <source>Case: collecting started</source>
            <translation>Case: collecting started</translation>
        </message>
        <message>
            <source>Case: verification started</source>
            <translation>Case: verification started</translation>
        </message>
        <message>
            <source>Case: appraisal started</source>
            <translation>Case: appraisal started</translation>
        </message>
        <message>
            <source>Case: conclusion proposed</source>
            <translation>Case: conclusion proposed</translation>
        </message>
        <message>
            <source>Case: approved</source>
            <translation>Case: approved</translation>
        </message>
        <message>
            <source>Case: returned</source>
            <translation>Case: returned</translation>
        </message>
        <message>
            <source>Case: archived</source>
            <translation>Case: archived</translation>
        </message>
        <message>
            <source>Case: suspended</source>
            <translation>Case: suspended</translation>
        </message>
        <message>
            <source>Case: reopened</source>
            <translation>Case: reopened</translation>
        </message>
        <message>
            <source>Checklist item updated</source>
            <translation>Checklist item updated</translation>
        </message>
        <message>
            <source>Evidence attached</source>
            <translation>Evidence attached</translation>
        </message>
        <message>
            <source>Verification request sent</source>
            <translation>Verification request sent</translation>
        </message>
        <message>
            <source>Reply recorded</source>
            <translation>Reply recorded</translation>
        </message>
        <message>
            <source>Case report exported</source>
            <translation>Case report exported</translation>
        </message>
        <message>
            <source>Form previewed</source>
            <translation>Form previewed</translation>
        </message>
        <message>
            <source>Form printed</source>
            <translation>Form printed</translation>
        </message>
        <message>
            <source>Form reprinted</source>
            <translation>Form reprinted</translation>
        </message>
        <message>
            <source>Paper copy checked</source>
            <translation>Paper copy checked</translation>
        </message>
        <message>
            <source>Form template imported</source>
            <translation>Form template imported</translation>
        </message>
        <message>
            <source>Unit card exported</source>
            <translation>Unit card exported</translation>
        </message>
        <message>
            <source>Unit details changed</source>
            <translation>Unit details changed</translation>
        </message>
        <message>
            <source>Unit's new keys accepted</source>
            <translation>Unit's new keys accepted</translation>
        </message>
        <message>
            <source>Unit trusted</source>
            <translation>Unit trusted</translation>
        </message>
        <message>
            <source>Unit trust revoked</source>
            <translation>Unit trust revoked</translation>
        </message>
        <message>
            <source>Own unit keys replaced</source>
            <translation>Own unit keys replaced</translation>
        </message>
        <message>
            <source>Bundle sent</source>
            <translation>Bundle sent</translation>
        </message>
        <message>
            <source>Bundle refused</source>
            <translation>Bundle refused</translation>
        </message>
        <message>
            <source>Bundle received</source>
            <translation>Bundle received</translation>
        </message>
        <message>
            <source>Receipt written</source>
            <translation>Receipt written</translation>
        </message>
        <message>
            <source>Bundle removed from the medium</source>
            <translation>Bundle removed from the medium</translation>
        </message>
        <message>
            <source>Exchange conflict viewed</source>
            <translation>Exchange conflict viewed</translation>
        </message>
        <message>
            <source>Exchange conflict resolved</source>
            <translation>Exchange conflict resolved</translation>
        </message>
        <message>
            <source>Register entry added by hand</source>
            <translation>Register entry added by hand</translation>
        </message>
        <message>
            <source>Register entry numbered</source>
            <translation>Register entry numbered</translation>
        </message>
        <message>
            <source>Register entry cancelled</source>
            <translation>Register entry cancelled</translation>
        </message>
        <message>
            <source>Register entry corrected</source>
            <translation>Register entry corrected</translation>
        </message>
        <message>
            <source>Abstract authorised</source>
            <translation>Abstract authorised</translation>
        </message>
        <message>
            <source>Register volume closed</source>
            <translation>Register volume closed</translation>
        </message>
        <message>
            <source>Hand-over recorded</source>
            <translation>Hand-over recorded</translation>
        </message>
        <message>
            <source>Protection terms changed</source>
            <translation>Protection terms changed</translation>
        </message>
        <message>
            <source>Protection term extended</source>
            <translation>Protection term extended</translation>
        </message>
        <message>
            <source>Shorter protection term set</source>
            <translation>Shorter protection term set</translation>
        </message>
        <message>
            <source>Secrecy level adjusted</source>
            <translation>Secrecy level adjusted</translation>
        </message>
        <message>
            <source>Declassified</source>
            <translation>Declassified</translation>
        </message>
        <message>
            <source>Expired items declassified</source>
            <translation>Expired items declassified</translation>
        </message>
        <message>
            <source>Carrier registered</source>
            <translation>Carrier registered</translation>
        </message>
        <message>
            <source>Carrier taken out</source>
            <translation>Carrier taken out</translation>
        </message>
        <message>
            <source>Carrier returned</source>
            <translation>Carrier returned</translation>
        </message>
        <message>
            <source>Destruction proposed</source>
            <translation>Destruction proposed</translation>
        </message>
        <message>
            <source>Destruction decided</source>
            <translation>Destruction decided</translation>
        </message>
        <message>
            <source>Destruction proposal cancelled</source>
            <translation>Destruction proposal cancelled</translation>
        </message>
        <message>
            <source>Destruction carried out</source>
            <translation>Destruction carried out</translation>
        </message>
        <message>
            <source>Item destroyed</source>
            <translation>Item destroyed</translation>
        </message>
        <message>
            <source>Loss or leak recorded</source>
            <translation>Loss or leak recorded</translation>
        </message>
        <message>
            <source>Incident report updated</source>
            <translation>Incident report updated</translation>
        </message>
        <message>
            <source>Incident entry cancelled</source>
            <translation>Incident entry cancelled</translation>
        </message>
        <message>
            <source>Yearly report exported</source>
            <translation>Yearly report exported</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Session ended</translation>
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
        <message>
            <source>dossier</source>
            <translation>dossier</translation>
        </message>
        <message>
            <source>dossier list</source>
            <translation>dossier list</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>attachment</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>verification request</source>
            <translation>verification request</translation>
        </message>
        <message>
            <source>checklist template</source>
            <translation>checklist template</translation>
        </message>
        <message>
            <source>printed form</source>
            <translation>printed form</translation>
        </message>
        <message>
            <source>form template</source>
            <translation>form template</translation>
        </message>
        <message>
            <source>issued document</source>
            <translation>issued document</translation>
        </message>
        <message>
            <source>printed copy</source>
            <translation>printed copy</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copy</translation>
        </message>
        <message>
            <source>Excel file</source>
            <translation>Excel file</translation>
        </message>
        <message>
            <source>column mapping</source>
            <translation>column mapping</translation>
        </message>
        <message>
            <source>report</source>
            <translation>report</translation>
        </message>
        <message>
            <source>yearly report</source>
            <translation>yearly report</translation>
        </message>
        <message>
            <source>bundle</source>
            <translation>bundle</translation>
        </message>
        <message>
            <source>sent bundle</source>
            <translation>sent bundle</translation>
        </message>
        <message>
            <source>received bundle</source>
            <translation>received bundle</translation>
        </message>
        <message>
            <source>register</source>
            <translation>register</translation>
        </message>
        <message>
            <source>secrecy</source>
            <translation>secrecy</translation>
        </message>
        <message>
            <source>carrier</source>
            <translation>carrier</translation>
        </message>
        <message>
            <source>destruction</source>
            <translation>destruction</translation>
        </message>
        <message>
            <source>incident</source>
            <translation>incident</translation>
        </message>
        <message>
            <source>paper document</source>
            <translation>paper document</translation>
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
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Theme</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Follow the &amp;system</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Light</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dark</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;User guide for this screen</source>
            <translation>&amp;User guide for this screen</translation>
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
        <message numerus="yes">
            <source>Declassified automatically at the end of the protection term: %n item(s).</source>
            <translation>
                <numerusform>Declassified automatically at the end of the protection term: %n item.</numerusform>
                <numerusform>Declassified automatically at the end of the protection term: %n items.</numerusform>
            </translation>
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
        <name>MappingPage</name>
        <message>
            <source>Columns</source>
            <translation>Columns</translation>
        </message>
        <message>
            <source>Choose what each column of the spreadsheet holds; ignored columns are not imported.</source>
            <translation>Choose what each column of the spreadsheet holds; ignored columns are not imported.</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Profile name</translation>
        </message>
        <message>
            <source>Leave empty not to save</source>
            <translation>Leave empty not to save</translation>
        </message>
        <message>
            <source>Save this mapping as &amp;profile:</source>
            <translation>Save this mapping as &amp;profile:</translation>
        </message>
        <message>
            <source>Filled in from the saved profile “{name}”.</source>
            <translation>Filled in from the saved profile “{name}”.</translation>
        </message>
        <message>
            <source>Suggested from the column headers (known synonyms).</source>
            <translation>Suggested from the column headers (known synonyms).</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Sample values</source>
            <translation>Sample values</translation>
        </message>
        <message>
            <source>Dossier field</source>
            <translation>Dossier field</translation>
        </message>
        <message>
            <source>(no header)</source>
            <translation>(no header)</translation>
        </message>
        <message>
            <source>(ignore)</source>
            <translation>(ignore)</translation>
        </message>
        <message>
            <source>Field of column {letter} “{header}”</source>
            <translation>Field of column {letter} “{header}”</translation>
        </message>
    </context>
    <context>
        <name>MediaList</name>
        <message>
            <source>Media</source>
            <translation>Media</translation>
        </message>
        <message>
            <source>Look again for USB sticks (after inserting one)</source>
            <translation>Look again for USB sticks (after inserting one)</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Other fo&amp;lder…</source>
            <translation>Other fo&amp;lder…</translation>
        </message>
        <message>
            <source>{label}  ({path}) — {free} free of {total}</source>
            <translation>{label}  ({path}) — {free} free of {total}</translation>
        </message>
        <message>
            <source>Folder: {path}</source>
            <translation>Folder: {path}</translation>
        </message>
        <message>
            <source>No USB stick found. Insert one and press Refresh, or choose another folder.</source>
            <translation>No USB stick found. Insert one and press Refresh, or choose another folder.</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New verification case</source>
            <translation>New verification case</translation>
        </message>
        <message>
            <source>Find the person whose political standard is to be verified, then choose the purpose. The checklist comes from the purpose's current template.</source>
            <translation>Find the person whose political standard is to be verified, then choose the purpose. The checklist comes from the purpose's current template.</translation>
        </message>
        <message>
            <source>Name, CCCD or unit — marks optional</source>
            <translation>Name, CCCD or unit — marks optional</translation>
        </message>
        <message>
            <source>People found</source>
            <translation>People found</translation>
        </message>
        <message>
            <source>No person chosen yet.</source>
            <translation>No person chosen yet.</translation>
        </message>
        <message>
            <source>The body that asked for the verification</source>
            <translation>The body that asked for the verification</translation>
        </message>
        <message>
            <source>The post, function or list the person is considered for</source>
            <translation>The post, function or list the person is considered for</translation>
        </message>
        <message>
            <source>&amp;Find the person:</source>
            <translation>&amp;Find the person:</translation>
        </message>
        <message>
            <source>&amp;Results:</source>
            <translation>&amp;Results:</translation>
        </message>
        <message>
            <source>Chosen:</source>
            <translation>Chosen:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>Requesting &amp;unit:</source>
            <translation>Requesting &amp;unit:</translation>
        </message>
        <message>
            <source>&amp;Target post:</source>
            <translation>&amp;Target post:</translation>
        </message>
        <message>
            <source>&amp;Due date:</source>
            <translation>&amp;Due date:</translation>
        </message>
        <message>
            <source>&amp;Open the case</source>
            <translation>&amp;Open the case</translation>
        </message>
        <message>
            <source>Nobody found: check the spelling, or create the dossier first.</source>
            <translation>Nobody found: check the spelling, or create the dossier first.</translation>
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
        <name>PageView</name>
        <message>
            <source>Page preview</source>
            <translation>Page preview</translation>
        </message>
    </context>
    <context>
        <name>PartialDateEdit</name>
        <message>
            <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
            <translation>dd/mm/yyyy, mm/yyyy or yyyy</translation>
        </message>
    </context>
    <context>
        <name>PeriodTable</name>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Country</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Course, qualification</source>
            <translation>Course, qualification</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>Award</translation>
        </message>
        <message>
            <source>Discipline and reason</source>
            <translation>Discipline and reason</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Dates as dd/mm/yyyy, mm/yyyy or yyyy; leave “To” empty for “until now”.</source>
            <translation>Dates as dd/mm/yyyy, mm/yyyy or yyyy; leave “To” empty for “until now”.</translation>
        </message>
        <message>
            <source>&amp;Add row</source>
            <translation>&amp;Add row</translation>
        </message>
        <message>
            <source>&amp;Remove row</source>
            <translation>&amp;Remove row</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <translation>row {row}: {message}</translation>
        </message>
    </context>
    <context>
        <name>PersonListModel</name>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Hometown</source>
            <translation>Hometown</translation>
        </message>
        <message>
            <source>CCCD/CMND</source>
            <translation>CCCD/CMND</translation>
        </message>
        <message>
            <source>Secrecy</source>
            <translation>Secrecy</translation>
        </message>
        <message>
            <source>{name} — has relatives abroad</source>
            <translation>{name} — has relatives abroad</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>Update</translation>
        </message>
        <message>
            <source>Already there, unchanged</source>
            <translation>Already there, unchanged</translation>
        </message>
        <message>
            <source>Repeated in the file</source>
            <translation>Repeated in the file</translation>
        </message>
        <message>
            <source>Review (possible match)</source>
            <translation>Review (possible match)</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Import action</source>
            <translation>Import action</translation>
        </message>
        <message>
            <source>Dossier no. {id}: {changes}</source>
            <translation>Dossier no. {id}: {changes}</translation>
        </message>
        <message>
            <source>{name} ({birth}, dossier no. {id})</source>
            <translation>{name} ({birth}, dossier no. {id})</translation>
        </message>
        <message>
            <source>Create (near match)</source>
            <translation>Create (near match)</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>Previous page (Page Up)</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>Next page (Page Down)</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+minus)</source>
            <translation>Zoom out (Ctrl+minus)</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl+plus)</source>
            <translation>Zoom in (Ctrl+plus)</translation>
        </message>
        <message>
            <source>Fit &amp;width</source>
            <translation>Fit &amp;width</translation>
        </message>
        <message>
            <source>&amp;True size</source>
            <translation>&amp;True size</translation>
        </message>
        <message>
            <source>100 %: the page as large as on paper (Ctrl+0)</source>
            <translation>100 %: the page as large as on paper (Ctrl+0)</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Page {n} of {total}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>What the import will do with each row. Nothing has been written yet.</source>
            <translation>What the import will do with each row. Nothing has been written yet.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Show rows</source>
            <translation>Show rows</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Rows of the file</translation>
        </message>
        <message>
            <source>Also &amp;create the near matches shown for review (as new dossiers)</source>
            <translation>Also &amp;create the near matches shown for review (as new dossiers)</translation>
        </message>
        <message>
            <source>&amp;Accept CCCD warnings (birth year or sex not matching the number)</source>
            <translation>&amp;Accept CCCD warnings (birth year or sex not matching the number)</translation>
        </message>
        <message>
            <source>Save &amp;error report…</source>
            <translation>Save &amp;error report…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{rows}&lt;/b&gt; rows read — create: &lt;b&gt;{create}&lt;/b&gt;, update: &lt;b&gt;{update}&lt;/b&gt;, repeated or unchanged: &lt;b&gt;{dup}&lt;/b&gt;, review: &lt;b&gt;{review}&lt;/b&gt;, errors: &lt;b&gt;{error}&lt;/b&gt;</source>
            <translation>&lt;b&gt;{rows}&lt;/b&gt; rows read — create: &lt;b&gt;{create}&lt;/b&gt;, update: &lt;b&gt;{update}&lt;/b&gt;, repeated or unchanged: &lt;b&gt;{dup}&lt;/b&gt;, review: &lt;b&gt;{review}&lt;/b&gt;, errors: &lt;b&gt;{error}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>All rows ({n})</source>
            <translation>All rows ({n})</translation>
        </message>
        <message>
            <source>Save the error report</source>
            <translation>Save the error report</translation>
        </message>
        <message>
            <source>Writing the error report</source>
            <translation>Writing the error report</translation>
        </message>
        <message>
            <source>The error report was saved to {path}. It holds personnel data and was entered in the copy register.</source>
            <translation>The error report was saved to {path}. It holds personnel data and was entered in the copy register.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
    </context>
    <context>
        <name>PrintOptions</name>
        <message>
            <source>Number of copies</source>
            <translation>Number of copies</translation>
        </message>
        <message>
            <source>Each copy is printed with its own number (Bản số x/y) and entered in the copying register</source>
            <translation>Each copy is printed with its own number (Bản số x/y) and entered in the copying register</translation>
        </message>
        <message>
            <source>e.g. a copy for the dossier kept by the unit</source>
            <translation>e.g. a copy for the dossier kept by the unit</translation>
        </message>
        <message>
            <source>Reason for the reprint</source>
            <translation>Reason for the reprint</translation>
        </message>
        <message>
            <source>&amp;Reason for the reprint:</source>
            <translation>&amp;Reason for the reprint:</translation>
        </message>
        <message>
            <source>To be re&amp;turned by:</source>
            <translation>To be re&amp;turned by:</translation>
        </message>
        <message>
            <source>Prints "TÀI LIỆU THU HỒI" with the date by which the copies must come back</source>
            <translation>Prints "TÀI LIỆU THU HỒI" with the date by which the copies must come back</translation>
        </message>
        <message>
            <source>Return date</source>
            <translation>Return date</translation>
        </message>
        <message>
            <source>Only the na&amp;med person may open the envelope</source>
            <translation>Only the na&amp;med person may open the envelope</translation>
        </message>
        <message>
            <source>&amp;Copies:</source>
            <translation>&amp;Copies:</translation>
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
        <name>Prompts</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The dossier of {name} has unsaved changes. Save them?</source>
            <translation>The dossier of {name} has unsaved changes. Save them?</translation>
        </message>
        <message>
            <source>the new person</source>
            <translation>the new person</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Discard changes</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Keep editing</translation>
        </message>
        <message>
            <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</source>
            <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>ProposeDialog</name>
        <message>
            <source>Propose the conclusion</source>
            <translation>Propose the conclusion</translation>
        </message>
        <message>
            <source>The proposal goes to the leadership for decision. An outcome that is not a plain "meets the standard" names the issues found, from the catalogue.</source>
            <translation>The proposal goes to the leadership for decision. An outcome that is not a plain "meets the standard" names the issues found, from the catalogue.</translation>
        </message>
        <message>
            <source>The grounds of the proposal: what was verified and what it showed</source>
            <translation>The grounds of the proposal: what was verified and what it showed</translation>
        </message>
        <message>
            <source>e.g. not to be placed in key or secret posts</source>
            <translation>e.g. not to be placed in key or secret posts</translation>
        </message>
        <message>
            <source>political history</source>
            <translation>political history</translation>
        </message>
        <message>
            <source>current politics</source>
            <translation>current politics</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>the person</translation>
        </message>
        <message>
            <source>a relative</source>
            <translation>a relative</translation>
        </message>
        <message>
            <source>Kind: {kind}; concerns {subject}</source>
            <translation>Kind: {kind}; concerns {subject}</translation>
        </message>
        <message>
            <source>foreign element</source>
            <translation>foreign element</translation>
        </message>
        <message>
            <source>&amp;Limit:</source>
            <translation>&amp;Limit:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>&amp;Reasons:</source>
            <translation>&amp;Reasons:</translation>
        </message>
        <message>
            <source>&amp;Issues found:</source>
            <translation>&amp;Issues found:</translation>
        </message>
        <message>
            <source>&amp;Propose</source>
            <translation>&amp;Propose</translation>
        </message>
        <message>
            <source>Propose a destruction</source>
            <translation>Propose a destruction</translation>
        </message>
        <message>
            <source>List what is to be destroyed. Dossiers, attachments and cases are removed from the vault when the destruction is carried out; printed copies, carriers and paper documents are destroyed by hand and recorded. A leader decides before anything is destroyed.</source>
            <translation>List what is to be destroyed. Dossiers, attachments and cases are removed from the vault when the destruction is carried out; printed copies, carriers and paper documents are destroyed by hand and recorded. A leader decides before anything is destroyed.</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>&amp;Add item</translation>
        </message>
        <message>
            <source>Re&amp;move item</source>
            <translation>Re&amp;move item</translation>
        </message>
        <message>
            <source>Items to destroy</source>
            <translation>Items to destroy</translation>
        </message>
        <message>
            <source>One member per line: full name | post</source>
            <translation>One member per line: full name | post</translation>
        </message>
        <message>
            <source>e.g. removed from the vault; paper burnt; USB stick crushed</source>
            <translation>e.g. removed from the vault; paper burnt; USB stick crushed</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;What:</translation>
        </message>
        <message>
            <source>A&amp;bstract (paper; optional otherwise):</source>
            <translation>A&amp;bstract (paper; optional otherwise):</translation>
        </message>
        <message>
            <source>&amp;Items:</source>
            <translation>&amp;Items:</translation>
        </message>
        <message>
            <source>&amp;Council:</source>
            <translation>&amp;Council:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Method:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Dossier (number)</source>
            <translation>Dossier (number)</translation>
        </message>
        <message>
            <source>Attachment (number)</source>
            <translation>Attachment (number)</translation>
        </message>
        <message>
            <source>Case (number)</source>
            <translation>Case (number)</translation>
        </message>
        <message>
            <source>Printed copy (document number, copy)</source>
            <translation>Printed copy (document number, copy)</translation>
        </message>
        <message>
            <source>Exported copy (copying-register entry)</source>
            <translation>Exported copy (copying-register entry)</translation>
        </message>
        <message>
            <source>Carrier (label)</source>
            <translation>Carrier (label)</translation>
        </message>
        <message>
            <source>Paper document (number and symbol, copy)</source>
            <translation>Paper document (number and symbol, copy)</translation>
        </message>
        <message>
            <source>number and symbol</source>
            <translation>number and symbol</translation>
        </message>
        <message>
            <source>label</source>
            <translation>label</translation>
        </message>
        <message>
            <source>number</source>
            <translation>number</translation>
        </message>
        <message>
            <source>copy no.</source>
            <translation>copy no.</translation>
        </message>
        <message>
            <source>Type the number or label of the item first.</source>
            <translation>Type the number or label of the item first.</translation>
        </message>
        <message>
            <source>copy {n}</source>
            <translation>copy {n}</translation>
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
        <name>RecallDialog</name>
        <message>
            <source>Recall: what {user} holds</source>
            <translation>Recall: what {user} holds</translation>
        </message>
        <message>
            <source>Collect these before {user} leaves: hand the cases to another officer, take back the copies (or have them destroyed and recorded) and the carriers.</source>
            <translation>Collect these before {user} leaves: hand the cases to another officer, take back the copies (or have them destroyed and recorded) and the carriers.</translation>
        </message>
        <message>
            <source>{user} holds nothing to collect.</source>
            <translation>{user} holds nothing to collect.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>What the user holds</source>
            <translation>What the user holds</translation>
        </message>
        <message>
            <source>Cases assigned ({n})</source>
            <translation>Cases assigned ({n})</translation>
        </message>
        <message>
            <source>Case {id}</source>
            <translation>Case {id}</translation>
        </message>
        <message>
            <source>Copies made ({n})</source>
            <translation>Copies made ({n})</translation>
        </message>
        <message>
            <source>copies {numbers}</source>
            <translation>copies {numbers}</translation>
        </message>
        <message>
            <source>{n} copy(ies), {where}</source>
            <translation>{n} copy(ies), {where}</translation>
        </message>
        <message>
            <source>Carriers out ({n})</source>
            <translation>Carriers out ({n})</translation>
        </message>
        <message>
            <source>permit {no}; {content}</source>
            <translation>permit {no}; {content}</translation>
        </message>
        <message>
            <source>&amp;Print the list…</source>
            <translation>&amp;Print the list…</translation>
        </message>
        <message>
            <source>Preview, then print or save the recall list for signatures; each copy is numbered and entered in the copying register.</source>
            <translation>Preview, then print or save the recall list for signatures; each copy is numbered and entered in the copying register.</translation>
        </message>
        <message>
            <source>Recall list of {user}</source>
            <translation>Recall list of {user}</translation>
        </message>
    </context>
    <context>
        <name>ReceiveTab</name>
        <message>
            <source>Where the bundles are</source>
            <translation>Where the bundles are</translation>
        </message>
        <message>
            <source>Choose the folder with the bundles</source>
            <translation>Choose the folder with the bundles</translation>
        </message>
        <message>
            <source>Bundles found</source>
            <translation>Bundles found</translation>
        </message>
        <message>
            <source>&amp;Bundles found:</source>
            <translation>&amp;Bundles found:</translation>
        </message>
        <message>
            <source>Bundle (read without any key)</source>
            <translation>Bundle (read without any key)</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Level:</translation>
        </message>
        <message>
            <source>Sequence number:</source>
            <translation>Sequence number:</translation>
        </message>
        <message>
            <source>Made on:</source>
            <translation>Made on:</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Size:</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <source>Check the bundle and show what the import would do; nothing is changed</source>
            <translation>Check the bundle and show what the import would do; nothing is changed</translation>
        </message>
        <message>
            <source>&amp;Cancel import</source>
            <translation>&amp;Cancel import</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Record in the bundle</source>
            <translation>Record in the bundle</translation>
        </message>
        <message>
            <source>This bundle was made by this unit, for {to}: it is opened there, not here. Hand the medium over to that unit.</source>
            <translation>This bundle was made by this unit, for {to}: it is opened there, not here. Hand the medium over to that unit.</translation>
        </message>
        <message>
            <source>Changed both here and at the sending unit since the last exchange: both versions are kept and an officer decides in the Conflicts tab</source>
            <translation>Changed both here and at the sending unit since the last exchange: both versions are kept and an officer decides in the Conflicts tab</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>New case</translation>
        </message>
        <message>
            <source>New attachment</source>
            <translation>New attachment</translation>
        </message>
        <message>
            <source>Already here</source>
            <translation>Already here</translation>
        </message>
        <message>
            <source>Not carried in this bundle</source>
            <translation>Not carried in this bundle</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Cases: {new} new, {updated} to update, {same} unchanged, {kept} where ours is newer.</source>
            <translation>Cases: {new} new, {updated} to update, {same} unchanged, {kept} where ours is newer.</translation>
        </message>
        <message>
            <source>{n} record(s) ({persons} dossier(s), {cases} case(s)) changed both here and at the sending unit since the last exchange: they will be kept for review in the Conflicts tab and nothing of ours will be overwritten.</source>
            <translation>{n} record(s) ({persons} dossier(s), {cases} case(s)) changed both here and at the sending unit since the last exchange: they will be kept for review in the Conflicts tab and nothing of ours will be overwritten.</translation>
        </message>
        <message>
            <source>{n} attachment(s) are listed but their files were not sent in this bundle.</source>
            <translation>{n} attachment(s) are listed but their files were not sent in this bundle.</translation>
        </message>
        <message>
            <source>What the import does</source>
            <translation>What the import does</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Open a f&amp;ile…</source>
            <translation>Open a f&amp;ile…</translation>
        </message>
        <message>
            <source>I&amp;mport</source>
            <translation>I&amp;mport</translation>
        </message>
        <message>
            <source>&amp;Delete the bundle from the medium…</source>
            <translation>&amp;Delete the bundle from the medium…</translation>
        </message>
        <message>
            <source>Open the &amp;conflicts to decide them</source>
            <translation>Open the &amp;conflicts to decide them</translation>
        </message>
        <message>
            <source>No bundle here.</source>
            <translation>No bundle here.</translation>
        </message>
        <message>
            <source>{file} — unreadable</source>
            <translation>{file} — unreadable</translation>
        </message>
        <message>
            <source>{file} — made here, for {to}</source>
            <translation>{file} — made here, for {to}</translation>
        </message>
        <message>
            <source>{file} — {kind} from {sender}, {level}</source>
            <translation>{file} — {kind} from {sender}, {level}</translation>
        </message>
        <message>
            <source>(not trusted here)</source>
            <translation>(not trusted here)</translation>
        </message>
        <message>
            <source>Case: {purpose}</source>
            <translation>Case: {purpose}</translation>
        </message>
        <message>
            <source>Attachment: {title}</source>
            <translation>Attachment: {title}</translation>
        </message>
        <message>
            <source>A receipt from {sender}: importing it records that the bundle sent from here was delivered.</source>
            <translation>A receipt from {sender}: importing it records that the bundle sent from here was delivered.</translation>
        </message>
        <message>
            <source>It is for {file}, outgoing register number {number}.</source>
            <translation>It is for {file}, outgoing register number {number}.</translation>
        </message>
        <message>
            <source>That bundle is already marked delivered.</source>
            <translation>That bundle is already marked delivered.</translation>
        </message>
        <message>
            <source>The bundle is authentic and addressed to this unit. It holds {persons} dossier(s), {cases} case(s) and {attachments} attachment(s).</source>
            <translation>The bundle is authentic and addressed to this unit. It holds {persons} dossier(s), {cases} case(s) and {attachments} attachment(s).</translation>
        </message>
        <message>
            <source>The receipt from {sender} was recorded: the outgoing register now shows the delivery.</source>
            <translation>The receipt from {sender} was recorded: the outgoing register now shows the delivery.</translation>
        </message>
        <message>
            <source>Imported from {sender}: {created} new dossier(s), {updated} updated, {unchanged} unchanged; {cases_new} new case(s), {cases_updated} updated.</source>
            <translation>Imported from {sender}: {created} new dossier(s), {updated} updated, {unchanged} unchanged; {cases_new} new case(s), {cases_updated} updated.</translation>
        </message>
        <message>
            <source>{n} record(s) conflict with ours: they are kept for review and nothing of ours was overwritten.</source>
            <translation>{n} record(s) conflict with ours: they are kept for review and nothing of ours was overwritten.</translation>
        </message>
        <message>
            <source>They are listed in the Conflicts tab, where an officer compares the two versions side by side and decides which one stands.</source>
            <translation>They are listed in the Conflicts tab, where an officer compares the two versions side by side and decides which one stands.</translation>
        </message>
        <message>
            <source>Incoming register number: {number}.</source>
            <translation>Incoming register number: {number}.</translation>
        </message>
        <message>
            <source>A signed receipt for {sender} was written next to the bundle: {path}. Carry it back to that unit on the stick: importing it there records the delivery.</source>
            <translation>A signed receipt for {sender} was written next to the bundle: {path}. Carry it back to that unit on the stick: importing it there records the delivery.</translation>
        </message>
        <message>
            <source>The receipt could not be written to the medium (full or write-protected?). The import stands; tell the sending unit the delivery by the usual hand-over record.</source>
            <translation>The receipt could not be written to the medium (full or write-protected?). The import stands; tell the sending unit the delivery by the usual hand-over record.</translation>
        </message>
        <message>
            <source>Remove the bundle</source>
            <translation>Remove the bundle</translation>
        </message>
        <message>
            <source>Delete {file} from the medium? It has been imported. Deleting a file from a USB stick does not reliably erase flash memory.</source>
            <translation>Delete {file} from the medium? It has been imported. Deleting a file from a USB stick does not reliably erase flash memory.</translation>
        </message>
        <message>
            <source>&amp;Delete the file</source>
            <translation>&amp;Delete the file</translation>
        </message>
        <message>
            <source>Only destroying the stick makes sure the data cannot be recovered.</source>
            <translation>Only destroying the stick makes sure the data cannot be recovered.</translation>
        </message>
        <message>
            <source>{path} (removed)</source>
            <translation>{path} (removed)</translation>
        </message>
        <message>
            <source>Bundle removed</source>
            <translation>Bundle removed</translation>
        </message>
    </context>
    <context>
        <name>RecipientsPage</name>
        <message>
            <source>To which units</source>
            <translation>To which units</translation>
        </message>
        <message>
            <source>Only trusted units are listed: the bundle can be opened by them alone.</source>
            <translation>Only trusted units are listed: the bundle can be opened by them alone.</translation>
        </message>
        <message>
            <source>Trusted units</source>
            <translation>Trusted units</translation>
        </message>
        <message>
            <source>Check one or more units (Space checks the highlighted one).</source>
            <translation>Check one or more units (Space checks the highlighted one).</translation>
        </message>
        <message>
            <source>No unit is trusted yet. Trust the receiving unit first in the Units tab, from its card and the fingerprint on its printed sheet.</source>
            <translation>No unit is trusted yet. Trust the receiving unit first in the Units tab, from its card and the fingerprint on its printed sheet.</translation>
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
        <name>RegisterCarrierDialog</name>
        <message>
            <source>Register a carrier</source>
            <translation>Register a carrier</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>Write the label on the stick itself. The serial is read from the device when it is plugged in; it lets the program recognise the stick later.</source>
            <translation>Write the label on the stick itself. The serial is read from the device when it is plugged in; it lets the program recognise the stick later.</translation>
        </message>
        <message>
            <source>(type the serial by hand)</source>
            <translation>(type the serial by hand)</translation>
        </message>
        <message>
            <source>USB stick &amp;plugged in:</source>
            <translation>USB stick &amp;plugged in:</translation>
        </message>
        <message>
            <source>&amp;Label:</source>
            <translation>&amp;Label:</translation>
        </message>
        <message>
            <source>&amp;Serial:</source>
            <translation>&amp;Serial:</translation>
        </message>
        <message>
            <source>L&amp;evel marked:</source>
            <translation>L&amp;evel marked:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes:</translation>
        </message>
    </context>
    <context>
        <name>RegisterColumns</name>
        <message>
            <source>(not recorded: top secret)</source>
            <translation>(not recorded: top secret)</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialogs</name>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <source>Top secret: abstract authorised by</source>
            <translation>Top secret: abstract authorised by</translation>
        </message>
        <message>
            <source>Name and post</source>
            <translation>Name and post</translation>
        </message>
        <message>
            <source>Top secret: written authorisation</source>
            <translation>Top secret: written authorisation</translation>
        </message>
        <message>
            <source>Number and date of the writing</source>
            <translation>Number and date of the writing</translation>
        </message>
        <message>
            <source>New entry: {book}</source>
            <translation>New entry: {book}</translation>
        </message>
        <message>
            <source>For a paper document that never passed through HoSo. The number is given when the entry is made; for Top secret the abstract stays empty unless you record who authorised it.</source>
            <translation>For a paper document that never passed through HoSo. The number is given when the entry is made; for Top secret the abstract stays empty unless you record who authorised it.</translation>
        </message>
        <message>
            <source>&amp;Enter in the register</source>
            <translation>&amp;Enter in the register</translation>
        </message>
        <message>
            <source>Cancel entry {number}</source>
            <translation>Cancel entry {number}</translation>
        </message>
        <message>
            <source>A cancelled entry keeps its number and stays in the book, marked CANCELLED with the reason.</source>
            <translation>A cancelled entry keeps its number and stays in the book, marked CANCELLED with the reason.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Cancel the &amp;entry</source>
            <translation>Cancel the &amp;entry</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>Correct entry {number}</source>
            <translation>Correct entry {number}</translation>
        </message>
        <message>
            <source>The old value is kept and shown beside the new one, with the reason.</source>
            <translation>The old value is kept and shown beside the new one, with the reason.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>&amp;Correct</source>
            <translation>&amp;Correct</translation>
        </message>
        <message>
            <source>Authorise the abstract of entry {number}</source>
            <translation>Authorise the abstract of entry {number}</translation>
        </message>
        <message>
            <source>A Top secret entry holds an abstract only with a recorded authorisation.</source>
            <translation>A Top secret entry holds an abstract only with a recorded authorisation.</translation>
        </message>
        <message>
            <source>Authorised by</source>
            <translation>Authorised by</translation>
        </message>
        <message>
            <source>Written authorisation</source>
            <translation>Written authorisation</translation>
        </message>
        <message>
            <source>Abstract</source>
            <translation>Abstract</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <source>Hand-over slip for {number}</source>
            <translation>Hand-over slip for {number}</translation>
        </message>
        <message>
            <source>The hand-over is entered in the hand-over register; the slip is then shown for printing and signing by both.</source>
            <translation>The hand-over is entered in the hand-over register; the slip is then shown for printing and signing by both.</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>Handed over by</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Received by</translation>
        </message>
        <message>
            <source>Full name of the person taking it</source>
            <translation>Full name of the person taking it</translation>
        </message>
        <message>
            <source>Copy numbers</source>
            <translation>Copy numbers</translation>
        </message>
        <message>
            <source>&amp;Enter and preview the slip</source>
            <translation>&amp;Enter and preview the slip</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <source>Register entries</source>
            <translation>Register entries</translation>
        </message>
        <message>
            <source>Any words, marks optional: a unit, a number, a file…</source>
            <translation>Any words, marks optional: a unit, a number, a file…</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Show one volume of the book, or every volume</source>
            <translation>Show one volume of the book, or every volume</translation>
        </message>
        <message>
            <source>All volumes</source>
            <translation>All volumes</translation>
        </message>
        <message>
            <source>Volume {n} (closed)</source>
            <translation>Volume {n} (closed)</translation>
        </message>
        <message>
            <source>Volume {n} (open)</source>
            <translation>Volume {n} (open)</translation>
        </message>
        <message>
            <source>No entries yet.</source>
            <translation>No entries yet.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry(ies)</source>
            <translation>
                <numerusform>%Ln entry</numerusform>
                <numerusform>%Ln entries</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} entries</source>
            <translation>{shown} of {total} entries</translation>
        </message>
    </context>
    <context>
        <name>RegistersPage</name>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>The books are kept by the actions themselves: sending and receiving bundles, exporting and printing. Numbers run per year and are never reused. Every printed form and printed book is entered in the copying register.</source>
            <translation>The books are kept by the actions themselves: sending and receiving bundles, exporting and printing. Numbers run per year and are never reused. Every printed form and printed book is entered in the copying register.</translation>
        </message>
        <message>
            <source>Paper documents are entered by hand; a mistake is cancelled or corrected with a reason, never erased. A closed volume takes no more entries: the next entry opens the next volume.</source>
            <translation>Paper documents are entered by hand; a mistake is cancelled or corrected with a reason, never erased. A closed volume takes no more entries: the next entry opens the next volume.</translation>
        </message>
        <message>
            <source>&amp;Print this book…</source>
            <translation>&amp;Print this book…</translation>
        </message>
        <message>
            <source>Preview and print the book shown, every entry of every year</source>
            <translation>Preview and print the book shown, every entry of every year</translation>
        </message>
        <message>
            <source>&amp;Verify a printed document…</source>
            <translation>&amp;Verify a printed document…</translation>
        </message>
        <message>
            <source>Check a paper copy from the code printed beside its QR code</source>
            <translation>Check a paper copy from the code printed beside its QR code</translation>
        </message>
        <message>
            <source>&amp;Outgoing</source>
            <translation>&amp;Outgoing</translation>
        </message>
        <message>
            <source>&amp;Incoming</source>
            <translation>&amp;Incoming</translation>
        </message>
        <message>
            <source>&amp;Hand-over</source>
            <translation>&amp;Hand-over</translation>
        </message>
        <message>
            <source>&amp;Copies and prints</source>
            <translation>&amp;Copies and prints</translation>
        </message>
        <message>
            <source>Carriers (&amp;USB)</source>
            <translation>Carriers (&amp;USB)</translation>
        </message>
        <message>
            <source>&amp;Destruction</source>
            <translation>&amp;Destruction</translation>
        </message>
        <message>
            <source>&amp;New entry…</source>
            <translation>&amp;New entry…</translation>
        </message>
        <message>
            <source>Enter a paper document by hand in the book shown</source>
            <translation>Enter a paper document by hand in the book shown</translation>
        </message>
        <message>
            <source>Cance&amp;l entry…</source>
            <translation>Cance&amp;l entry…</translation>
        </message>
        <message>
            <source>Cancel the selected entry, with a reason; it stays in the book</source>
            <translation>Cancel the selected entry, with a reason; it stays in the book</translation>
        </message>
        <message>
            <source>Co&amp;rrect…</source>
            <translation>Co&amp;rrect…</translation>
        </message>
        <message>
            <source>Correct one column of the selected entry; the old value stays visible</source>
            <translation>Correct one column of the selected entry; the old value stays visible</translation>
        </message>
        <message>
            <source>&amp;Authorise abstract…</source>
            <translation>&amp;Authorise abstract…</translation>
        </message>
        <message>
            <source>Top secret: record who authorised the abstract, and enter it</source>
            <translation>Top secret: record who authorised the abstract, and enter it</translation>
        </message>
        <message>
            <source>Clos&amp;e volume…</source>
            <translation>Clos&amp;e volume…</translation>
        </message>
        <message>
            <source>Close the open volume of this book for signature and binding</source>
            <translation>Close the open volume of this book for signature and binding</translation>
        </message>
        <message>
            <source>Hand-over &amp;slip…</source>
            <translation>Hand-over &amp;slip…</translation>
        </message>
        <message>
            <source>Enter the hand-over of the selected sent bundle and print the slip for signatures</source>
            <translation>Enter the hand-over of the selected sent bundle and print the slip for signatures</translation>
        </message>
        <message>
            <source>Select an entry of the book first.</source>
            <translation>Select an entry of the book first.</translation>
        </message>
        <message>
            <source>Hand-over slip {number}</source>
            <translation>Hand-over slip {number}</translation>
        </message>
        <message>
            <source>Close the volume</source>
            <translation>Close the volume</translation>
        </message>
        <message>
            <source>Close volume {n} of "{book}"? No entry, cancellation or correction can be made in it afterwards; the next entry opens volume {next}. Then print the volume for signature and binding.</source>
            <translation>Close volume {n} of "{book}"? No entry, cancellation or correction can be made in it afterwards; the next entry opens volume {next}. Then print the volume for signature and binding.</translation>
        </message>
        <message>
            <source>Volume {n} is closed. Print it with "Print this book" (that volume is now shown) for signature and binding.</source>
            <translation>Volume {n} is closed. Print it with "Print this book" (that volume is now shown) for signature and binding.</translation>
        </message>
        <message>
            <source>{book}, volume {n}</source>
            <translation>{book}, volume {n}</translation>
        </message>
        <message>
            <source>Register: {book}</source>
            <translation>Register: {book}</translation>
        </message>
    </context>
    <context>
        <name>RelativeDialog</name>
        <message>
            <source>Add relative</source>
            <translation>Add relative</translation>
        </message>
        <message>
            <source>Relative</source>
            <translation>Relative</translation>
        </message>
        <message>
            <source>Edit relative</source>
            <translation>Edit relative</translation>
        </message>
        <message>
            <source>Lives &amp;abroad</source>
            <translation>Lives &amp;abroad</translation>
        </message>
        <message>
            <source>Party &amp;member (fully declared)</source>
            <translation>Party &amp;member (fully declared)</translation>
        </message>
        <message>
            <source>As the rule says</source>
            <translation>As the rule says</translation>
        </message>
        <message>
            <source>Must be verified</source>
            <translation>Must be verified</translation>
        </message>
        <message>
            <source>Need not be verified</source>
            <translation>Need not be verified</translation>
        </message>
        <message>
            <source>&amp;Relation:</source>
            <translation>&amp;Relation:</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>Full &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Born:</source>
            <translation>&amp;Born:</translation>
        </message>
        <message>
            <source>&amp;Occupation:</source>
            <translation>&amp;Occupation:</translation>
        </message>
        <message>
            <source>Re&amp;sidence:</source>
            <translation>Re&amp;sidence:</translation>
        </message>
        <message>
            <source>Nationa&amp;lity:</source>
            <translation>Nationa&amp;lity:</translation>
        </message>
        <message>
            <source>&amp;Political history:</source>
            <translation>&amp;Political history:</translation>
        </message>
        <message>
            <source>Attitude to law and policy:</source>
            <translation>Attitude to law and policy:</translation>
        </message>
        <message>
            <source>Criminal record:</source>
            <translation>Criminal record:</translation>
        </message>
        <message>
            <source>Class background:</source>
            <translation>Class background:</translation>
        </message>
        <message>
            <source>Religion:</source>
            <translation>Religion:</translation>
        </message>
        <message>
            <source>&amp;Verification:</source>
            <translation>&amp;Verification:</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>By the rule: must be verified</source>
            <translation>By the rule: must be verified</translation>
        </message>
        <message>
            <source>By the rule: need not be verified</source>
            <translation>By the rule: need not be verified</translation>
        </message>
    </context>
    <context>
        <name>ReplyDialog</name>
        <message>
            <source>Record the reply</source>
            <translation>Record the reply</translation>
        </message>
        <message>
            <source>Reply of {recipient} to request {number} sent on {sent}.</source>
            <translation>Reply of {recipient} to request {number} sent on {sent}.</translation>
        </message>
        <message>
            <source>What the reply establishes, in the words of the letter</source>
            <translation>What the reply establishes, in the words of the letter</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>&amp;Received on:</translation>
        </message>
        <message>
            <source>&amp;Finding:</source>
            <translation>&amp;Finding:</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>F&amp;rom:</source>
            <translation>F&amp;rom:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>Received from</translation>
        </message>
        <message>
            <source>Received until</source>
            <translation>Received until</translation>
        </message>
        <message>
            <source>All purposes</source>
            <translation>All purposes</translation>
        </message>
        <message>
            <source>All requesting units</source>
            <translation>All requesting units</translation>
        </message>
        <message>
            <source>&amp;Export .xlsx…</source>
            <translation>&amp;Export .xlsx…</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Cases received</source>
            <translation>Cases received</translation>
        </message>
        <message>
            <source>Concluded</source>
            <translation>Concluded</translation>
        </message>
        <message>
            <source>Days to conclusion, mean</source>
            <translation>Days to conclusion, mean</translation>
        </message>
        <message>
            <source>Days to conclusion, median</source>
            <translation>Days to conclusion, median</translation>
        </message>
        <message>
            <source>Overdue now</source>
            <translation>Overdue now</translation>
        </message>
        <message>
            <source>Purpo&amp;se</source>
            <translation>Purpo&amp;se</translation>
        </message>
        <message>
            <source>St&amp;ate</source>
            <translation>St&amp;ate</translation>
        </message>
        <message>
            <source>Out&amp;come</source>
            <translation>Out&amp;come</translation>
        </message>
        <message>
            <source>O&amp;verdue</source>
            <translation>O&amp;verdue</translation>
        </message>
        <message>
            <source>Re&amp;questing unit</source>
            <translation>Re&amp;questing unit</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Month</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <source>Requesting u&amp;nit:</source>
            <translation>Requesting u&amp;nit:</translation>
        </message>
        <message>
            <source>Dates are those on which cases were received; a corrected case counts once, in its correction.</source>
            <translation>Dates are those on which cases were received; a corrected case counts once, in its correction.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>(not stated)</source>
            <translation>(not stated)</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Requesting unit</source>
            <translation>Requesting unit</translation>
        </message>
        <message>
            <source>Month received</source>
            <translation>Month received</translation>
        </message>
        <message>
            <source>O&amp;verdue ({n})</source>
            <translation>O&amp;verdue ({n})</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>Case no.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Days late</source>
            <translation>Days late</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Cases by {what}</source>
            <translation>Cases by {what}</translation>
        </message>
        <message>
            <source>No cases in this selection.</source>
            <translation>No cases in this selection.</translation>
        </message>
        <message>
            <source>Export the report</source>
            <translation>Export the report</translation>
        </message>
        <message>
            <source>The workbook is written unencrypted outside the vault and names the persons of overdue cases. The export is entered in the copy register. Continue?</source>
            <translation>The workbook is written unencrypted outside the vault and names the persons of overdue cases. The export is entered in the copy register. Continue?</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Save the report as</source>
            <translation>Save the report as</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Writing {path}…</translation>
        </message>
        <message>
            <source>The report was saved to {path} and entered in the copy register.</source>
            <translation>The report was saved to {path} and entered in the copy register.</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Send a verification request</source>
            <translation>Send a verification request</translation>
        </message>
        <message>
            <source>Record the official letter asking another body to verify: who, its number and symbol, the date sent and the deadline for the reply.</source>
            <translation>Record the official letter asking another body to verify: who, its number and symbol, the date sent and the deadline for the reply.</translation>
        </message>
        <message>
            <source>e.g. Commune police, Party committee of the place of origin</source>
            <translation>e.g. Commune police, Party committee of the place of origin</translation>
        </message>
        <message>
            <source>e.g. 125-CV/BTC</source>
            <translation>e.g. 125-CV/BTC</translation>
        </message>
        <message>
            <source>(not linked to an item)</source>
            <translation>(not linked to an item)</translation>
        </message>
        <message>
            <source>&amp;Recipient:</source>
            <translation>&amp;Recipient:</translation>
        </message>
        <message>
            <source>&amp;Number/symbol:</source>
            <translation>&amp;Number/symbol:</translation>
        </message>
        <message>
            <source>&amp;Sent on:</source>
            <translation>&amp;Sent on:</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Deadline:</translation>
        </message>
        <message>
            <source>Checklist &amp;item:</source>
            <translation>Checklist &amp;item:</translation>
        </message>
    </context>
    <context>
        <name>RequestsPanel</name>
        <message>
            <source>Recipient</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <source>Number/symbol</source>
            <translation>Number/symbol</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Reply on</source>
            <translation>Reply on</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <source>Verification requests</source>
            <translation>Verification requests</translation>
        </message>
        <message>
            <source>No verification request has been sent for this case yet.</source>
            <translation>No verification request has been sent for this case yet.</translation>
        </message>
        <message>
            <source>Send a &amp;request…</source>
            <translation>Send a &amp;request…</translation>
        </message>
        <message>
            <source>Record the repl&amp;y…</source>
            <translation>Record the repl&amp;y…</translation>
        </message>
        <message>
            <source>Print the l&amp;etter…</source>
            <translation>Print the l&amp;etter…</translation>
        </message>
        <message>
            <source>Preview and print the request letter with its reply slip</source>
            <translation>Preview and print the request letter with its reply slip</translation>
        </message>
        <message>
            <source>No reply and the deadline has passed</source>
            <translation>No reply and the deadline has passed</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) sent</source>
            <translation>
                <numerusform>%n request sent</numerusform>
                <numerusform>%n requests sent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n waiting for a reply</source>
            <translation>
                <numerusform>%n waiting for a reply</numerusform>
                <numerusform>%n waiting for a reply</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Request letter to {recipient}</source>
            <translation>Request letter to {recipient}</translation>
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
        <name>ResultPage</name>
        <message>
            <source>The bundle is written and checked</source>
            <translation>The bundle is written and checked</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Outgoing register number</source>
            <translation>Outgoing register number</translation>
        </message>
        <message>
            <source>Bundle sequence number</source>
            <translation>Bundle sequence number</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>{persons} dossier(s), {cases} case(s), {attachments} attachment(s)</source>
            <translation>{persons} dossier(s), {cases} case(s), {attachments} attachment(s)</translation>
        </message>
        <message>
            <source>The stick now carries a secret at level {level}: mark it, record its taking-out in the carrier register and have the taking-out permitted in writing.</source>
            <translation>The stick now carries a secret at level {level}: mark it, record its taking-out in the carrier register and have the taking-out permitted in writing.</translation>
        </message>
        <message>
            <source>Hand it over in person and have the hand-over signed.</source>
            <translation>Hand it over in person and have the hand-over signed.</translation>
        </message>
        <message>
            <source>The receiving unit imports the bundle and writes a receipt next to it on the stick. When the stick comes back, import that receipt in the Receive tab: the outgoing register then shows the delivery.</source>
            <translation>The receiving unit imports the bundle and writes a receipt next to it on the stick. When the stick comes back, import that receipt in the Receive tab: the outgoing register then shows the delivery.</translation>
        </message>
        <message>
            <source>Only the addressed units can open the bundle, but deleting it from a stick does not reliably erase flash memory: only destroying the medium does.</source>
            <translation>Only the addressed units can open the bundle, but deleting it from a stick does not reliably erase flash memory: only destroying the medium does.</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>New dossiers created: {n}</source>
            <translation>New dossiers created: {n}</translation>
        </message>
        <message>
            <source> (numbers {a}–{b})</source>
            <translation> (numbers {a}–{b})</translation>
        </message>
        <message>
            <source>Dossiers updated (previous versions kept): {n}</source>
            <translation>Dossiers updated (previous versions kept): {n}</translation>
        </message>
        <message>
            <source>Rows repeated in the file or already in the vault: {n}</source>
            <translation>Rows repeated in the file or already in the vault: {n}</translation>
        </message>
        <message>
            <source>Near matches not imported (check them in the list): {n}</source>
            <translation>Near matches not imported (check them in the list): {n}</translation>
        </message>
        <message>
            <source>Rows with errors, not imported: {n}</source>
            <translation>Rows with errors, not imported: {n}</translation>
        </message>
        <message>
            <source>Column mapping saved as profile “{name}”.</source>
            <translation>Column mapping saved as profile “{name}”.</translation>
        </message>
    </context>
    <context>
        <name>RevokeDialog</name>
        <message>
            <source>Revoke trust in {code}</source>
            <translation>Revoke trust in {code}</translation>
        </message>
        <message>
            <source>From now on, bundles from {code} — {name} are refused and nothing can be sent to it. The revocation is recorded in the audit log and cannot be undone here; trusting the unit again needs a new card checked on paper.</source>
            <translation>From now on, bundles from {code} — {name} are refused and nothing can be sent to it. The revocation is recorded in the audit log and cannot be undone here; trusting the unit again needs a new card checked on paper.</translation>
        </message>
        <message>
            <source>e.g. the unit's key was lost; the unit was merged</source>
            <translation>e.g. the unit's key was lost; the unit was merged</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Re&amp;voke</source>
            <translation>Re&amp;voke</translation>
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
        <name>SecrecyPage</name>
        <message>
            <source>Secrecy level of the bundle</source>
            <translation>Secrecy level of the bundle</translation>
        </message>
        <message>
            <source>A bundle takes the highest level of what it holds; it may be marked higher, never lower.</source>
            <translation>A bundle takes the highest level of what it holds; it may be marked higher, never lower.</translation>
        </message>
        <message>
            <source>Checking the levels of what is inside…</source>
            <translation>Checking the levels of what is inside…</translation>
        </message>
        <message>
            <source>The most secret item inside is at level {level}. Lower levels are not available.</source>
            <translation>The most secret item inside is at level {level}. Lower levels are not available.</translation>
        </message>
    </context>
    <context>
        <name>SendTab</name>
        <message>
            <source>A bundle carries dossiers and cases to trusted units, encrypted so that only they can open it and signed by this unit. The wizard asks what to send, to whom, the level, the USB stick and its label, then writes and checks the bundle and records it in the outgoing register.</source>
            <translation>A bundle carries dossiers and cases to trusted units, encrypted so that only they can open it and signed by this unit. The wizard asks what to send, to whom, the level, the USB stick and its label, then writes and checks the bundle and records it in the outgoing register.</translation>
        </message>
        <message>
            <source>&amp;Prepare a bundle…</source>
            <translation>&amp;Prepare a bundle…</translation>
        </message>
        <message>
            <source>Sent so far (the outgoing register; a delivered bundle shows the receiver's receipt):</source>
            <translation>Sent so far (the outgoing register; a delivered bundle shows the receiver's receipt):</translation>
        </message>
    </context>
    <context>
        <name>SendWizard</name>
        <message>
            <source>Send dossiers and cases</source>
            <translation>Send dossiers and cases</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
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
        <name>StartPage</name>
        <message>
            <source>Good day, {name}</source>
            <translation>Good day, {name}</translation>
        </message>
        <message>
            <source>Open the Verification &amp;cases area</source>
            <translation>Open the Verification &amp;cases area</translation>
        </message>
        <message>
            <source>My open cases</source>
            <translation>My open cases</translation>
        </message>
        <message>
            <source>Overdue cases</source>
            <translation>Overdue cases</translation>
        </message>
        <message>
            <source>Awaiting my decision</source>
            <translation>Awaiting my decision</translation>
        </message>
        <message>
            <source>Recently received</source>
            <translation>Recently received</translation>
        </message>
        <message>
            <source>&amp;My open cases ({n})</source>
            <translation>&amp;My open cases ({n})</translation>
        </message>
        <message>
            <source>O&amp;verdue cases ({n})</source>
            <translation>O&amp;verdue cases ({n})</translation>
        </message>
        <message>
            <source>&amp;Recently received, not yet started ({n})</source>
            <translation>&amp;Recently received, not yet started ({n})</translation>
        </message>
        <message>
            <source>No open case is assigned to you.</source>
            <translation>No open case is assigned to you.</translation>
        </message>
        <message>
            <source>No case is overdue.</source>
            <translation>No case is overdue.</translation>
        </message>
        <message>
            <source>No case is waiting to be started.</source>
            <translation>No case is waiting to be started.</translation>
        </message>
        <message>
            <source>&amp;Awaiting my decision ({n})</source>
            <translation>&amp;Awaiting my decision ({n})</translation>
        </message>
        <message>
            <source>No proposal is waiting for a decision.</source>
            <translation>No proposal is waiting for a decision.</translation>
        </message>
        <message numerus="yes">
            <source>%n open case(s) assigned to you</source>
            <translation>
                <numerusform>%n open case assigned to you</numerusform>
                <numerusform>%n open cases assigned to you</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n awaiting your decision</source>
            <translation>
                <numerusform>%n awaiting your decision</numerusform>
                <numerusform>%n awaiting your decision</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no verification cases yet. Open the Verification cases area and choose “New case…” to start one for a person whose dossier is in the vault.</source>
            <translation>There are no verification cases yet. Open the Verification cases area and choose “New case…” to start one for a person whose dossier is in the vault.</translation>
        </message>
        <message>
            <source>There are no verification cases yet. Officers open them in the Verification cases area.</source>
            <translation>There are no verification cases yet. Officers open them in the Verification cases area.</translation>
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
        <name>TablePage</name>
        <message>
            <source>Sheet and header</source>
            <translation>Sheet and header</translation>
        </message>
        <message>
            <source>Check the sheet, the row holding the column headers and the last row of data.</source>
            <translation>Check the sheet, the row holding the column headers and the last row of data.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Header row</source>
            <translation>Header row</translation>
        </message>
        <message>
            <source>Last data row</source>
            <translation>Last data row</translation>
        </message>
        <message>
            <source>First rows of the sheet</source>
            <translation>First rows of the sheet</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Sheet:</translation>
        </message>
        <message>
            <source>&amp;Header row:</source>
            <translation>&amp;Header row:</translation>
        </message>
        <message>
            <source>&amp;Last data row:</source>
            <translation>&amp;Last data row:</translation>
        </message>
        <message>
            <source>{name} ({n} rows)</source>
            <translation>{name} ({n} rows)</translation>
        </message>
        <message>
            <source>(hidden)</source>
            <translation>(hidden)</translation>
        </message>
        <message>
            <source>Detected: headers on row {h}, data on rows {a}–{b}.</source>
            <translation>Detected: headers on row {h}, data on rows {a}–{b}.</translation>
        </message>
        <message>
            <source>No header row was found: choose it.</source>
            <translation>No header row was found: choose it.</translation>
        </message>
        <message>
            <source>Reading the sheet</source>
            <translation>Reading the sheet</translation>
        </message>
        <message>
            <source>the last data row is above the header row</source>
            <translation>the last data row is above the header row</translation>
        </message>
    </context>
    <context>
        <name>TakeOutDialog</name>
        <message>
            <source>Take out {label}</source>
            <translation>Take out {label}</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <source>A secret carrier leaves the office only with a written permission. Record it here; the entry goes into the carrier register.</source>
            <translation>A secret carrier leaves the office only with a written permission. Record it here; the entry goes into the carrier register.</translation>
        </message>
        <message>
            <source>user name or full name</source>
            <translation>user name or full name</translation>
        </message>
        <message>
            <source>&amp;Taken by:</source>
            <translation>&amp;Taken by:</translation>
        </message>
        <message>
            <source>Permit &amp;number:</source>
            <translation>Permit &amp;number:</translation>
        </message>
        <message>
            <source>Permit &amp;date:</source>
            <translation>Permit &amp;date:</translation>
        </message>
        <message>
            <source>Permitted &amp;by:</source>
            <translation>Permitted &amp;by:</translation>
        </message>
        <message>
            <source>&amp;Content, purpose:</source>
            <translation>&amp;Content, purpose:</translation>
        </message>
    </context>
    <context>
        <name>TermsTab</name>
        <message>
            <source>Protection terms</source>
            <translation>Protection terms</translation>
        </message>
        <message>
            <source>Every dossier, attachment, case, printed form and bundle is protected from the day its level was set: Mật {mat} years, Tối mật {toi} years, Tuyệt mật {tuyet} years, unless a decision states otherwise. An extension must be decided at least {notice} days before the term ends. At the end of the term the item is declassified automatically. ({basis})</source>
            <translation>Every dossier, attachment, case, printed form and bundle is protected from the day its level was set: Mật {mat} years, Tối mật {toi} years, Tuyệt mật {tuyet} years, unless a decision states otherwise. An extension must be decided at least {notice} days before the term ends. At the end of the term the item is declassified automatically. ({basis})</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Terms ending &amp;within:</source>
            <translation>Terms ending &amp;within:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Level set on</source>
            <translation>Level set on</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Set by</translation>
        </message>
        <message>
            <source>Term ends</source>
            <translation>Term ends</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Items whose protection term ends soon</source>
            <translation>Items whose protection term ends soon</translation>
        </message>
        <message>
            <source>&amp;Extend…</source>
            <translation>&amp;Extend…</translation>
        </message>
        <message>
            <source>Adjust &amp;level…</source>
            <translation>Adjust &amp;level…</translation>
        </message>
        <message>
            <source>&amp;Declassify…</source>
            <translation>&amp;Declassify…</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>&amp;History…</translation>
        </message>
        <message>
            <source>Declassify &amp;expired now</source>
            <translation>Declassify &amp;expired now</translation>
        </message>
        <message>
            <source>Declassify every item whose term has ended (this also happens at each login)</source>
            <translation>Declassify every item whose term has ended (this also happens at each login)</translation>
        </message>
        <message>
            <source>Dossier</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Printed form</source>
            <translation>Printed form</translation>
        </message>
        <message>
            <source>Sent bundle</source>
            <translation>Sent bundle</translation>
        </message>
        <message>
            <source>Received bundle</source>
            <translation>Received bundle</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>ended %n day(s) ago</source>
            <translation>
                <numerusform>ended %n day ago</numerusform>
                <numerusform>ended %n days ago</numerusform>
            </translation>
        </message>
        <message>
            <source>No protection term ends within {days} days. Items appear here when their term is about to end, so that an extension can be decided in time; items whose term has ended are declassified automatically.</source>
            <translation>No protection term ends within {days} days. Items appear here when their term is about to end, so that an extension can be decided in time; items whose term has ended are declassified automatically.</translation>
        </message>
        <message>
            <source>first {n} items shown</source>
            <translation>first {n} items shown</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln item</numerusform>
                <numerusform>%Ln items</numerusform>
            </translation>
        </message>
        <message>
            <source>Extend the protection of {label} ({until})?</source>
            <translation>Extend the protection of {label} ({until})?</translation>
        </message>
        <message>
            <source>Change the level of {label} to {level}? What holds it is raised with it.</source>
            <translation>Change the level of {label} to {level}? What holds it is raised with it.</translation>
        </message>
        <message>
            <source>Declassify {label}? It will no longer be protected as a state secret.</source>
            <translation>Declassify {label}? It will no longer be protected as a state secret.</translation>
        </message>
        <message>
            <source>{n} more years</source>
            <translation>{n} more years</translation>
        </message>
        <message>
            <source>Decision {number} of {date} by {authority}.</source>
            <translation>Decision {number} of {date} by {authority}.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) declassified at the end of their term.</source>
            <translation>
                <numerusform>%n item declassified at the end of their term.</numerusform>
                <numerusform>%n items declassified at the end of their term.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePanel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Trust a unit</source>
            <translation>Trust a unit</translation>
        </message>
        <message>
            <source>Load the card file the other unit gave you, then type the fingerprint from the sheet that unit printed and signed. The fingerprint inside the file is not shown: a file can be swapped on the way, the paper cannot.</source>
            <translation>Load the card file the other unit gave you, then type the fingerprint from the sheet that unit printed and signed. The fingerprint inside the file is not shown: a file can be swapped on the way, the paper cannot.</translation>
        </message>
        <message>
            <source>No card chosen.</source>
            <translation>No card chosen.</translation>
        </message>
        <message>
            <source>&amp;Choose the card file…</source>
            <translation>&amp;Choose the card file…</translation>
        </message>
        <message>
            <source>Fingerprint from the paper</source>
            <translation>Fingerprint from the paper</translation>
        </message>
        <message>
            <source>Card file:</source>
            <translation>Card file:</translation>
        </message>
        <message>
            <source>Unit on the card:</source>
            <translation>Unit on the card:</translation>
        </message>
        <message>
            <source>&amp;Fingerprint from the paper:</source>
            <translation>&amp;Fingerprint from the paper:</translation>
        </message>
        <message>
            <source>&amp;Trust the unit</source>
            <translation>&amp;Trust the unit</translation>
        </message>
        <message>
            <source>the file is far too large for a unit card</source>
            <translation>the file is far too large for a unit card</translation>
        </message>
        <message>
            <source>The fingerprint matches the card. Unit {code} — {name} is now trusted: bundles can be sent to it and received from it.</source>
            <translation>The fingerprint matches the card. Unit {code} — {name} is now trusted: bundles can be sent to it and received from it.</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
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
        <name>UnitsTab</name>
        <message>
            <source>This unit</source>
            <translation>This unit</translation>
        </message>
        <message>
            <source>This unit's fingerprint</source>
            <translation>This unit's fingerprint</translation>
        </message>
        <message>
            <source>Other units trust this unit from two things given separately: the card file, and this fingerprint on a printed, signed sheet. They type the fingerprint from the paper.</source>
            <translation>Other units trust this unit from two things given separately: the card file, and this fingerprint on a printed, signed sheet. They type the fingerprint from the paper.</translation>
        </message>
        <message>
            <source>&amp;Export the card…</source>
            <translation>&amp;Export the card…</translation>
        </message>
        <message>
            <source>Save this unit's public card (no secret in it) for another unit</source>
            <translation>Save this unit's public card (no secret in it) for another unit</translation>
        </message>
        <message>
            <source>R&amp;otate keys…</source>
            <translation>R&amp;otate keys…</translation>
        </message>
        <message>
            <source>Make new keys for this unit; the new card is signed with the old key</source>
            <translation>Make new keys for this unit; the new card is signed with the old key</translation>
        </message>
        <message>
            <source>Pri&amp;nt the fingerprint sheet…</source>
            <translation>Pri&amp;nt the fingerprint sheet…</translation>
        </message>
        <message>
            <source>The signed paper other units check this unit's card against</source>
            <translation>The signed paper other units check this unit's card against</translation>
        </message>
        <message>
            <source>Other units</source>
            <translation>Other units</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Reason for revoking</source>
            <translation>Reason for revoking</translation>
        </message>
        <message>
            <source>Known units</source>
            <translation>Known units</translation>
        </message>
        <message>
            <source>&amp;Trust a unit…</source>
            <translation>&amp;Trust a unit…</translation>
        </message>
        <message>
            <source>Re&amp;voke…</source>
            <translation>Re&amp;voke…</translation>
        </message>
        <message>
            <source>Card version {n}</source>
            <translation>Card version {n}</translation>
        </message>
        <message>
            <source>No other unit is known yet. Trust one from its card and the fingerprint on its printed sheet.</source>
            <translation>No other unit is known yet. Trust one from its card and the fingerprint on its printed sheet.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) known.</source>
            <translation>
                <numerusform>%n unit known.</numerusform>
                <numerusform>%n units known.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export this unit's card</source>
            <translation>Export this unit's card</translation>
        </message>
        <message>
            <source>The card was saved to {path}.

Give it to the other unit together with the printed sheet showing the fingerprint {fingerprint}; they compare the two before trusting this unit.</source>
            <translation>The card was saved to {path}.

Give it to the other unit together with the printed sheet showing the fingerprint {fingerprint}; they compare the two before trusting this unit.</translation>
        </message>
        <message>
            <source>Card exported</source>
            <translation>Card exported</translation>
        </message>
        <message>
            <source>Fingerprint sheet of this unit</source>
            <translation>Fingerprint sheet of this unit</translation>
        </message>
        <message>
            <source>Rotate this unit's keys</source>
            <translation>Rotate this unit's keys</translation>
        </message>
        <message>
            <source>New keys will be made for this unit. The new card is signed with the old key, so units that already trust this one accept it without a new paper check; bundles already on their way can still be opened here.

Afterwards, give the new card to every unit you exchange with, and print the new fingerprint for units that will trust you later.</source>
            <translation>New keys will be made for this unit. The new card is signed with the old key, so units that already trust this one accept it without a new paper check; bundles already on their way can still be opened here.

Afterwards, give the new card to every unit you exchange with, and print the new fingerprint for units that will trust you later.</translation>
        </message>
        <message>
            <source>&amp;Make new keys</source>
            <translation>&amp;Make new keys</translation>
        </message>
        <message>
            <source>Save the new card</source>
            <translation>Save the new card</translation>
        </message>
        <message>
            <source>Card not saved</source>
            <translation>Card not saved</translation>
        </message>
        <message>
            <source>The keys were changed, but the new card could not be saved ({reason}). Choose another place; without this card, units that trust this one must check the new fingerprint on paper.</source>
            <translation>The keys were changed, but the new card could not be saved ({reason}). Choose another place; without this card, units that trust this one must check the new fingerprint on paper.</translation>
        </message>
        <message>
            <source>&amp;Choose another place…</source>
            <translation>&amp;Choose another place…</translation>
        </message>
        <message>
            <source>New keys are in use. The new card was saved to {path}.

New fingerprint:
{fingerprint}</source>
            <translation>New keys are in use. The new card was saved to {path}.

New fingerprint:
{fingerprint}</translation>
        </message>
        <message>
            <source>Keys rotated</source>
            <translation>Keys rotated</translation>
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
            <source>Re&amp;call list…</source>
            <translation>Re&amp;call list…</translation>
        </message>
        <message>
            <source>What this user holds: cases, copies made, carriers out.</source>
            <translation>What this user holds: cases, copies made, carriers out.</translation>
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
            <source>{user} holds nothing to collect.</source>
            <translation>{user} holds nothing to collect.</translation>
        </message>
        <message>
            <source>{user} was disabled — what to collect</source>
            <translation>{user} was disabled — what to collect</translation>
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
        <name>VerifyDialog</name>
        <message>
            <source>Verify a printed document</source>
            <translation>Verify a printed document</translation>
        </message>
        <message>
            <source>Type the check code printed beside the QR code at the foot of each page, e.g. "15-KL/TU 7K3M-Q9XZ-2F4A", or paste what a scanner read from the QR code. Case, spaces and the letters O/I/L for 0/1/1 do not matter.</source>
            <translation>Type the check code printed beside the QR code at the foot of each page, e.g. "15-KL/TU 7K3M-Q9XZ-2F4A", or paste what a scanner read from the QR code. Case, spaces and the letters O/I/L for 0/1/1 do not matter.</translation>
        </message>
        <message>
            <source>Check code</source>
            <translation>Check code</translation>
        </message>
        <message>
            <source>Check &amp;code:</source>
            <translation>Check &amp;code:</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>C&amp;heck</translation>
        </message>
        <message>
            <source>Genuine: this document was issued here and is unchanged.</source>
            <translation>Genuine: this document was issued here and is unchanged.</translation>
        </message>
        <message>
            <source>Genuine signature of unit {unit}: its content is kept by that unit.</source>
            <translation>Genuine signature of unit {unit}: its content is kept by that unit.</translation>
        </message>
        <message>
            <source>Not found: no document issued here matches this code.</source>
            <translation>Not found: no document issued here matches this code.</translation>
        </message>
        <message>
            <source>Altered: the stored document no longer matches its code.</source>
            <translation>Altered: the stored document no longer matches its code.</translation>
        </message>
        <message>
            <source>Signature wrong: this copy was not issued by the unit it names, or was changed.</source>
            <translation>Signature wrong: this copy was not issued by the unit it names, or was changed.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Copies issued</source>
            <translation>Copies issued</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>The code could not be read.</source>
            <translation>The code could not be read.</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Saved on</source>
            <translation>Saved on</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Select a version to see the dossier as it was then.</source>
            <translation>Select a version to see the dossier as it was then.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Then</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Fields of the selected version</source>
            <translation>Fields of the selected version</translation>
        </message>
        <message>
            <source>A new dossier has no history yet.</source>
            <translation>A new dossier has no history yet.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>{v} (current)</source>
            <translation>{v} (current)</translation>
        </message>
        <message>
            <source>Version {v}</source>
            <translation>Version {v}</translation>
        </message>
        <message>
            <source>Version {v} is the current one.</source>
            <translation>Version {v} is the current one.</translation>
        </message>
        <message>
            <source>Version {v}, read-only; the {n} fields that differ from now are highlighted.</source>
            <translation>Version {v}, read-only; the {n} fields that differ from now are highlighted.</translation>
        </message>
    </context>
    <context>
        <name>Wizards</name>
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
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Areas</source>
            <translation>Areas</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Verification cases</source>
            <translation>Verification cases</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>USB exchange</source>
            <translation>USB exchange</translation>
        </message>
        <message>
            <source>Secrets protection</source>
            <translation>Secrets protection</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
    </context>
    <context>
        <name>WritePage</name>
        <message>
            <source>Writing the bundle</source>
            <translation>Writing the bundle</translation>
        </message>
        <message>
            <source>&amp;Cancel writing</source>
            <translation>&amp;Cancel writing</translation>
        </message>
        <message>
            <source>Encrypting and writing…</source>
            <translation>Encrypting and writing…</translation>
        </message>
        <message>
            <source>Reading the bundle back from the medium to check it…</source>
            <translation>Reading the bundle back from the medium to check it…</translation>
        </message>
        <message>
            <source>Encrypting and writing: {done} of {total}</source>
            <translation>Encrypting and writing: {done} of {total}</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>No bundle was made.</source>
            <translation>No bundle was made.</translation>
        </message>
        <message>
            <source>Press Back to change the destination or the choices and try again.</source>
            <translation>Press Back to change the destination or the choices and try again.</translation>
        </message>
    </context>
    <context>
        <name>YearlyTab</name>
        <message>
            <source>Yearly report</source>
            <translation>Yearly report</translation>
        </message>
        <message>
            <source>Yearly report on the protection of state secrets</source>
            <translation>Yearly report on the protection of state secrets</translation>
        </message>
        <message>
            <source>Report year</source>
            <translation>Report year</translation>
        </message>
        <message>
            <source>Report &amp;year:</source>
            <translation>Report &amp;year:</translation>
        </message>
        <message>
            <source>&amp;Count again</source>
            <translation>&amp;Count again</translation>
        </message>
        <message>
            <source>Export .&amp;xlsx…</source>
            <translation>Export .&amp;xlsx…</translation>
        </message>
        <message>
            <source>&amp;Print or save PDF…</source>
            <translation>&amp;Print or save PDF…</translation>
        </message>
        <message>
            <source>Counts by level</source>
            <translation>Counts by level</translation>
        </message>
        <message>
            <source>Counted in the data window of the chosen year: items at the level they hold now; cancelled register entries and cancelled incidents are not counted. The report holds only counts and is classified as shown in its stamp; every export is entered in the copying register.</source>
            <translation>Counted in the data window of the chosen year: items at the level they hold now; cancelled register entries and cancelled incidents are not counted. The report holds only counts and is classified as shown in its stamp; every export is entered in the copying register.</translation>
        </message>
        <message>
            <source>Data from {start} 00:00 to {end} 24:00</source>
            <translation>Data from {start} 00:00 to {end} 24:00</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>Counting the year {year}</source>
            <translation>Counting the year {year}</translation>
        </message>
        <message>
            <source>Counted {when}.</source>
            <translation>Counted {when}.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Export the yearly report</source>
            <translation>Export the yearly report</translation>
        </message>
        <message>
            <source>The workbook is written unencrypted outside the vault; it is classified {level} and the export is entered in the copying register. Continue?</source>
            <translation>The workbook is written unencrypted outside the vault; it is classified {level} and the export is entered in the copying register. Continue?</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Save the yearly report as</source>
            <translation>Save the yearly report as</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Writing {path}…</translation>
        </message>
        <message>
            <source>Exporting the yearly report</source>
            <translation>Exporting the yearly report</translation>
        </message>
        <message>
            <source>The report was saved to {path}; copying register entry {number}.</source>
            <translation>The report was saved to {path}; copying register entry {number}.</translation>
        </message>
        <message>
            <source>Yearly report {year}</source>
            <translation>Yearly report {year}</translation>
        </message>
    </context>
    <context>
        <name>_Page</name>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Cancelled; nothing was changed.</translation>
        </message>
    </context>
</TS>
