-- Exchange between units: the units we know, the bundles we sent and received,
-- conflicts awaiting an officer, and the outgoing/incoming registers.
ALTER TABLE unit ADD COLUMN level TEXT NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN parent_code TEXT NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN card_version INTEGER NOT NULL DEFAULT 1;

-- Our own earlier keys, so bundles addressed to them still open after a rotation.
CREATE TABLE own_key_history(
    card_version      INTEGER PRIMARY KEY,
    signing_private   BLOB NOT NULL,
    kem               TEXT NOT NULL,
    receiving_private BLOB NOT NULL,
    fingerprint       TEXT NOT NULL,
    retired_at        REAL NOT NULL
);

CREATE TABLE units(
    id               INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    level            TEXT NOT NULL DEFAULT '',
    parent_code      TEXT NOT NULL DEFAULT '',
    signing_public   BLOB NOT NULL,
    kem              TEXT NOT NULL,
    receiving_public BLOB NOT NULL,
    fingerprint      TEXT NOT NULL,
    card_version     INTEGER NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('trusted', 'revoked')),
    trusted_at       REAL NOT NULL,
    trusted_by       TEXT NOT NULL,
    revoked_at       REAL,
    revoked_by       TEXT,
    revoke_reason    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE outgoing_bundles(
    id           INTEGER PRIMARY KEY,
    bundle_id    TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    sequence     INTEGER NOT NULL,
    recipients   TEXT NOT NULL,        -- JSON list of unit codes
    secrecy      INTEGER NOT NULL,
    persons      INTEGER NOT NULL,
    cases        INTEGER NOT NULL,
    attachments  INTEGER NOT NULL,
    bytes        INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    created_at   REAL NOT NULL,
    created_by   TEXT NOT NULL,
    register_id  INTEGER,
    delivered_at REAL,
    delivered_by TEXT                  -- the recipient unit whose receipt came back
);

CREATE TABLE incoming_bundles(
    id          INTEGER PRIMARY KEY,
    bundle_id   TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    sender_code TEXT NOT NULL,
    sequence    INTEGER NOT NULL,
    secrecy     INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    received_at REAL NOT NULL,
    received_by TEXT NOT NULL,
    persons     INTEGER NOT NULL DEFAULT 0,
    cases       INTEGER NOT NULL DEFAULT 0,
    conflicts   INTEGER NOT NULL DEFAULT 0,
    register_id INTEGER
);
CREATE INDEX incoming_by_sender ON incoming_bundles(sender_code, kind, sequence);

-- What we last exchanged of each record with each unit: tells "changed on
-- both sides since" apart from "changed over there only".
CREATE TABLE sync_marks(
    uid           TEXT NOT NULL,
    unit_code     TEXT NOT NULL,
    local_version INTEGER NOT NULL,
    remote_hash   TEXT NOT NULL,
    PRIMARY KEY (uid, unit_code)
) WITHOUT ROWID;

CREATE TABLE exchange_conflicts(
    id          INTEGER PRIMARY KEY,
    bundle_id   TEXT NOT NULL,
    sender_code TEXT NOT NULL,
    kind        TEXT NOT NULL,         -- person | case
    uid         TEXT NOT NULL,
    local_id    INTEGER,
    incoming    TEXT NOT NULL,         -- the record as it came (JSON), kept whatever is decided
    reason      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'took_incoming', 'kept_local')),
    resolved_at REAL,
    resolved_by TEXT
);

-- Registers as numbered books (numbers per register and year, never reused).
CREATE TABLE registers(
    id            INTEGER PRIMARY KEY,
    register      TEXT NOT NULL,       -- outgoing | incoming | ...
    year          INTEGER NOT NULL,
    number        INTEGER NOT NULL,
    created_at    REAL NOT NULL,
    created_by    TEXT NOT NULL,
    secrecy       INTEGER NOT NULL,
    fields        TEXT NOT NULL,       -- the register's columns as JSON (columns are data)
    object_kind   TEXT NOT NULL DEFAULT '',
    object_id     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (register, year, number)
);
