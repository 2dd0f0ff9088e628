-- Registers as books: volumes that can be closed, corrections kept beside the
-- entry (old -> new, reason), who cancelled, hand-made entries, and the
-- authorisation that lets a Tuyệt mật entry carry its abstract.
-- A register's name is registers.register, or 'copy' for copy_register.
CREATE TABLE register_volumes(
    id         INTEGER PRIMARY KEY,
    register   TEXT NOT NULL,
    volume     INTEGER NOT NULL,          -- 1, 2, ... per register, never reused
    opened_at  REAL NOT NULL,
    opened_by  TEXT NOT NULL,
    closed_at  REAL,                      -- NULL while open: entries go into the open volume
    closed_by  TEXT NOT NULL DEFAULT '',
    close_note TEXT NOT NULL DEFAULT '',
    UNIQUE (register, volume)
);

ALTER TABLE registers ADD COLUMN volume INTEGER NOT NULL DEFAULT 1;
ALTER TABLE registers ADD COLUMN cancelled_at REAL;
ALTER TABLE registers ADD COLUMN cancelled_by TEXT NOT NULL DEFAULT '';
ALTER TABLE registers ADD COLUMN manual INTEGER NOT NULL DEFAULT 0;       -- 1: entered by hand (a paper document)
CREATE INDEX registers_by_volume ON registers(register, volume);

ALTER TABLE copy_register ADD COLUMN volume INTEGER NOT NULL DEFAULT 1;
ALTER TABLE copy_register ADD COLUMN status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled'));
ALTER TABLE copy_register ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE copy_register ADD COLUMN cancelled_at REAL;
ALTER TABLE copy_register ADD COLUMN cancelled_by TEXT NOT NULL DEFAULT '';
ALTER TABLE copy_register ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';   -- extra columns of a hand-made entry (JSON)
ALTER TABLE copy_register ADD COLUMN manual INTEGER NOT NULL DEFAULT 0;

-- The books already kept before this version are volume 1, open.
INSERT INTO register_volumes(register, volume, opened_at, opened_by)
    SELECT register, 1, min(created_at), 'hoso' FROM registers GROUP BY register;
INSERT INTO register_volumes(register, volume, opened_at, opened_by)
    SELECT 'copy', 1, (SELECT min(made_at) FROM copy_register), 'hoso' WHERE EXISTS (SELECT 1 FROM copy_register);

-- A correction never overwrites silently: the old value stays here.
CREATE TABLE register_corrections(
    id        INTEGER PRIMARY KEY,
    register  TEXT NOT NULL,              -- 'copy' -> copy_register.id, else registers.id
    entry_id  INTEGER NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    reason    TEXT NOT NULL,
    made_by   TEXT NOT NULL,
    made_at   REAL NOT NULL
);
CREATE INDEX register_corrections_by_entry ON register_corrections(register, entry_id);

-- Tuyệt mật: the register holds an abstract only when someone authorised it.
CREATE TABLE register_authorisations(
    entry_id      INTEGER PRIMARY KEY REFERENCES registers(id),
    authorised_by TEXT NOT NULL,          -- who authorised (name, post)
    decision      TEXT NOT NULL,          -- the written authorisation (number, date)
    recorded_by   TEXT NOT NULL,
    recorded_at   REAL NOT NULL
);
