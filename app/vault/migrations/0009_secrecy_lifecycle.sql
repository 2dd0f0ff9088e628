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

-- An item's lifecycle is derived from its own row (level, creation time ->
-- classified on, term by level). Only what a decision changed is kept here:
-- the date the level was set (after an adjustment) and the expiry date
-- (a shorter stated term, an extension). No row per item, so inserting
-- 100,000 persons writes nothing here.
CREATE TABLE secrecy_state(
    object_kind   TEXT NOT NULL,
    object_id     TEXT NOT NULL,
    classified_on TEXT NOT NULL,      -- ISO date the current level was set
    classified_by TEXT NOT NULL,
    expires_on    TEXT NOT NULL,      -- ISO date the protection term ends
    PRIMARY KEY (object_kind, object_id)
) WITHOUT ROWID;
CREATE INDEX secrecy_state_by_expiry ON secrecy_state(expires_on);

-- The warning list and the sweep read ranges of creation time per level.
-- persons(secrecy, created_at) also serves every query of persons_by_secrecy,
-- which it replaces (one index to maintain on a bulk import, not two).
DROP INDEX IF EXISTS persons_by_secrecy;
CREATE INDEX persons_by_secrecy_created ON persons(secrecy, created_at);
CREATE INDEX attachments_by_secrecy_added ON attachments(secrecy, added_at);
CREATE INDEX cases_by_secrecy_created ON cases(secrecy, created_at);
CREATE INDEX form_documents_by_secrecy_created ON form_documents(secrecy, created_at);
CREATE INDEX outgoing_bundles_by_secrecy_created ON outgoing_bundles(secrecy, created_at);
CREATE INDEX incoming_bundles_by_secrecy_received ON incoming_bundles(secrecy, received_at);
