-- The foundation: settings, the unit's own identity, users, the audit chain.
CREATE TABLE settings(
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE unit(
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    code              TEXT NOT NULL,
    name              TEXT NOT NULL,
    signing_private   BLOB NOT NULL,
    kem               TEXT NOT NULL,
    receiving_private BLOB NOT NULL,
    created_at        REAL NOT NULL
);

CREATE TABLE users(
    id                  INTEGER PRIMARY KEY,
    username            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name           TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL CHECK (role IN ('admin', 'leader', 'officer', 'clerk')),
    active              INTEGER NOT NULL DEFAULT 1,
    created_at          REAL NOT NULL,
    password_changed_at REAL
);

CREATE TABLE audit(
    seq         INTEGER PRIMARY KEY,
    ts          REAL NOT NULL,
    username    TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_kind TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);

-- The last entry, so that removing entries from the end is detected too.
CREATE TABLE audit_head(
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
);
