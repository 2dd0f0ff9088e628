-- Secrecy lifecycle: every decision on an item's level or term, kept forever.
-- (Further tables of the lifecycle follow below.)
CREATE TABLE secrecy_decisions(
    id            INTEGER PRIMARY KEY,
    object_kind   TEXT NOT NULL,      -- person | attachment | case | form_document | outgoing_bundle | incoming_bundle | paper
    object_id     TEXT NOT NULL,
    kind          TEXT NOT NULL,      -- classify | extend | adjust | declassify
    old_level     INTEGER,
    new_level     INTEGER,
    old_expires   TEXT,               -- ISO date
    new_expires   TEXT,
    decision_no   TEXT NOT NULL DEFAULT '',
    decision_date TEXT,               -- ISO date of the decision
    authority     TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    automatic     INTEGER NOT NULL DEFAULT 0,  -- 1: declassified at expiry by the application
    made_at       REAL NOT NULL,
    made_by       TEXT NOT NULL
);
CREATE INDEX secrecy_decisions_by_object ON secrecy_decisions(object_kind, object_id);
CREATE INDEX secrecy_decisions_by_time ON secrecy_decisions(made_at);
