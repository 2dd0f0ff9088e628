-- Verification cases: the case, its checklist instance, verification requests,
-- evidence links, the timeline, and imported checklist template versions.
CREATE TABLE checklist_templates(
    code        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    source      TEXT NOT NULL,            -- the TOML text as imported
    imported_at REAL NOT NULL,
    imported_by TEXT NOT NULL,
    PRIMARY KEY (code, version)
) WITHOUT ROWID;

CREATE TABLE cases(
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    person_id        INTEGER NOT NULL REFERENCES persons(id),
    purpose          TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    template_source  TEXT NOT NULL,        -- the template this case started with
    requesting_unit  TEXT NOT NULL DEFAULT '',
    target_post      TEXT NOT NULL DEFAULT '',
    officer          TEXT NOT NULL,
    received_on      TEXT NOT NULL,        -- ISO date
    due_on           TEXT NOT NULL,        -- ISO date
    state            TEXT NOT NULL,
    suspended_from   TEXT,                 -- the state to go back to on reopening
    outcome          TEXT,
    outcome_limit    TEXT NOT NULL DEFAULT '',
    proposal         TEXT NOT NULL DEFAULT '',
    issue_codes      TEXT NOT NULL DEFAULT '[]',
    proposed_by      TEXT,
    decided_by       TEXT,
    decision_note    TEXT NOT NULL DEFAULT '',
    concluded_on     TEXT,
    valid_until      TEXT,
    corrects_case_id INTEGER REFERENCES cases(id),
    corrected_by_id  INTEGER REFERENCES cases(id),
    secrecy          INTEGER NOT NULL DEFAULT 1,
    created_at       REAL NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       REAL NOT NULL
);
CREATE INDEX cases_by_person ON cases(person_id);
CREATE INDEX cases_by_state ON cases(state, due_on);
CREATE INDEX cases_by_officer ON cases(officer, state);

CREATE TABLE case_items(
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases(id),
    position          INTEGER NOT NULL,
    code              TEXT NOT NULL,        -- item code, "-n" appended per relative
    template_code     TEXT NOT NULL,
    title             TEXT NOT NULL,
    guidance          TEXT NOT NULL,
    required          INTEGER NOT NULL,
    evidence_required INTEGER NOT NULL,
    roles             TEXT NOT NULL,        -- JSON list of role codes
    legal_basis       TEXT NOT NULL,
    relative_id       INTEGER,
    status            TEXT NOT NULL DEFAULT 'not_started',
    note              TEXT NOT NULL DEFAULT '',
    updated_at        REAL,
    updated_by        TEXT,
    UNIQUE (case_id, code)
);

CREATE TABLE item_evidence(
    item_id       INTEGER NOT NULL REFERENCES case_items(id),
    attachment_id INTEGER NOT NULL REFERENCES attachments(id),
    added_at      REAL NOT NULL,
    added_by      TEXT NOT NULL,
    PRIMARY KEY (item_id, attachment_id)
) WITHOUT ROWID;

CREATE TABLE verification_requests(
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    item_id       INTEGER REFERENCES case_items(id),
    recipient     TEXT NOT NULL,           -- body asked to verify
    number_symbol TEXT NOT NULL DEFAULT '',
    sent_on       TEXT NOT NULL,
    deadline      TEXT NOT NULL,
    reply_on      TEXT,
    finding       TEXT NOT NULL DEFAULT '',
    created_by    TEXT NOT NULL
);
CREATE INDEX requests_by_case ON verification_requests(case_id);
CREATE INDEX requests_open ON verification_requests(deadline) WHERE reply_on IS NULL;

-- The case timeline: who did what when (the audit trail holds the same, chained).
CREATE TABLE case_events(
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    ts      REAL NOT NULL,
    user    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_by_case ON case_events(case_id, ts);
