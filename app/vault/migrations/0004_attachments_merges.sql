-- Attachments stored encrypted inside the vault (chunked, deduplicated by
-- SHA-256), and the copying register's first columns.
CREATE TABLE blobs(
    id     INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size   INTEGER NOT NULL
);

CREATE TABLE blob_chunks(
    blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    data    BLOB NOT NULL,
    PRIMARY KEY (blob_id, seq)
) WITHOUT ROWID;

CREATE TABLE attachments(
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES persons(id),
    blob_id    INTEGER NOT NULL REFERENCES blobs(id),
    filename   TEXT NOT NULL,
    kind       TEXT NOT NULL,            -- pdf, jpeg, png, tiff, docx
    title      TEXT NOT NULL DEFAULT '',
    secrecy    INTEGER NOT NULL DEFAULT 1,
    added_at   REAL NOT NULL,
    added_by   TEXT NOT NULL,
    removed_at REAL,                      -- hidden from the dossier, never erased
    removed_by TEXT
);
CREATE INDEX attachments_by_person ON attachments(person_id);
CREATE INDEX attachments_by_blob ON attachments(blob_id);

-- Sổ quản lý sao, chụp: every copy that leaves the vault (exports, prints).
CREATE TABLE copy_register(
    id          INTEGER PRIMARY KEY,
    year        INTEGER NOT NULL,
    number      INTEGER NOT NULL,         -- running number within the year
    made_at     REAL NOT NULL,
    made_by     TEXT NOT NULL,
    kind        TEXT NOT NULL,            -- attachment_export, print, ...
    object_kind TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    secrecy     INTEGER NOT NULL,
    copies      INTEGER NOT NULL DEFAULT 1,
    destination TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    UNIQUE (year, number)
);
