-- Carriers (USB sticks), their uses, and destruction procedures.
-- A carrier is registered once (label, device serial where readable); each
-- taking-out is a use with its written permit, what it carried and its return.
CREATE TABLE carriers(
    id             INTEGER PRIMARY KEY,
    label          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    serial         TEXT NOT NULL DEFAULT '',    -- device serial, or volume serial / filesystem id, '' if unreadable
    kind           TEXT NOT NULL DEFAULT 'usb',
    secrecy        INTEGER NOT NULL DEFAULT 1,  -- the level it is marked with
    notes          TEXT NOT NULL DEFAULT '',
    registered_at  REAL NOT NULL,
    registered_by  TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'destroyed')),
    destroyed_at   REAL,
    destruction_id INTEGER                      -- the procedure that destroyed it
);
CREATE INDEX carriers_by_serial ON carriers(serial) WHERE serial != '';

CREATE TABLE carrier_uses(
    id          INTEGER PRIMARY KEY,
    carrier_id  INTEGER NOT NULL REFERENCES carriers(id),
    register_id INTEGER,                        -- its entry in the carrier register
    taken_by    TEXT NOT NULL,                  -- user name where the person has an account
    permit_no   TEXT NOT NULL,
    permit_date TEXT NOT NULL,                  -- ISO date of the written permission
    permit_by   TEXT NOT NULL,
    content     TEXT NOT NULL DEFAULT '',       -- what it carried (purpose, bundles written)
    out_at      REAL NOT NULL,
    out_by      TEXT NOT NULL,
    returned_at REAL,
    returned_to TEXT,
    notes       TEXT NOT NULL DEFAULT ''
);
-- A carrier is out at most once at a time.
CREATE UNIQUE INDEX carrier_uses_open ON carrier_uses(carrier_id) WHERE returned_at IS NULL;
CREATE INDEX carrier_uses_by_taker ON carrier_uses(taken_by, returned_at);
CREATE INDEX carrier_uses_by_carrier ON carrier_uses(carrier_id, out_at);

-- Destruction: proposed (items, council, method) -> decided -> executed.
-- The items' data leave the vault at execution; these rows and the
-- destruction register entries stay.
CREATE TABLE destructions(
    id            INTEGER PRIMARY KEY,
    state         TEXT NOT NULL CHECK (state IN ('proposed', 'decided', 'executed', 'cancelled')),
    reason        TEXT NOT NULL DEFAULT '',
    method        TEXT NOT NULL,
    council       TEXT NOT NULL,                -- JSON list of {"name", "post"}
    proposed_at   REAL NOT NULL,
    proposed_by   TEXT NOT NULL,
    decision_no   TEXT NOT NULL DEFAULT '',
    decision_date TEXT,                         -- ISO date
    authority     TEXT NOT NULL DEFAULT '',
    decided_at    REAL,
    decided_by    TEXT,
    executed_at   REAL,
    executed_by   TEXT,
    cancelled_at  REAL,
    cancelled_by  TEXT,
    cancel_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX destructions_by_state ON destructions(state);

CREATE TABLE destruction_items(
    id             INTEGER PRIMARY KEY,
    destruction_id INTEGER NOT NULL REFERENCES destructions(id),
    position       INTEGER NOT NULL,
    kind           TEXT NOT NULL,               -- person | attachment | case | form_copy | copy | carrier | paper
    object_id      TEXT NOT NULL DEFAULT '',
    number_symbol  TEXT NOT NULL DEFAULT '',
    copy_number    TEXT NOT NULL DEFAULT '',
    abstract       TEXT NOT NULL DEFAULT '',
    secrecy        INTEGER NOT NULL DEFAULT 1,
    register_id    INTEGER,                     -- its destruction register entry, once executed
    UNIQUE (destruction_id, position)
);
CREATE INDEX destruction_items_by_object ON destruction_items(kind, object_id);
