-- Dossiers: persons, relatives, earlier versions, and the search index.
CREATE TABLE persons(
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,      -- stable across units (bundles)
    full_name          TEXT NOT NULL,
    sort_key           TEXT NOT NULL,             -- Vietnamese order, given name first
    sort_rank          INTEGER,                   -- place in that order, with gaps (rowid in the search indexes)
    name_fold          TEXT NOT NULL,             -- folded words of the name (duplicates)
    name_words         TEXT NOT NULL,             -- folded words of name and other names
    search_text        TEXT NOT NULL,             -- folded words of everything searchable
    other_names        TEXT NOT NULL DEFAULT '',
    birth_date         TEXT,                      -- partial ISO: 1985 / 1985-03 / 1985-03-12
    sex                TEXT NOT NULL DEFAULT '',
    ethnicity          TEXT NOT NULL DEFAULT '',
    nationality        TEXT NOT NULL DEFAULT '',
    religion           TEXT NOT NULL DEFAULT '',
    religious_office   TEXT NOT NULL DEFAULT '',
    birth_place        TEXT NOT NULL DEFAULT '',
    hometown           TEXT NOT NULL DEFAULT '',
    permanent_address  TEXT NOT NULL DEFAULT '',
    current_address    TEXT NOT NULL DEFAULT '',
    id_number          TEXT NOT NULL DEFAULT '',
    id_override_reason TEXT NOT NULL DEFAULT '',
    party_card         TEXT NOT NULL DEFAULT '',
    party_joined       TEXT,
    party_official     TEXT,
    unit               TEXT NOT NULL DEFAULT '',
    position           TEXT NOT NULL DEFAULT '',
    education_general  TEXT NOT NULL DEFAULT '',
    specialism         TEXT NOT NULL DEFAULT '',
    political_theory   TEXT NOT NULL DEFAULT '',
    secrecy            INTEGER NOT NULL DEFAULT 1,
    notes              TEXT NOT NULL DEFAULT '',
    details            TEXT NOT NULL DEFAULT '{}', -- history sections as JSON
    has_abroad         INTEGER NOT NULL DEFAULT 0,
    merged_into        INTEGER REFERENCES persons(id), -- set when merged into another dossier
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         REAL NOT NULL,
    created_by         TEXT NOT NULL,
    updated_at         REAL NOT NULL,
    updated_by         TEXT NOT NULL
);
-- Partial indexes on the live (not merged-away) persons: the list pages and
-- counts read them alone, never the table, which keeps a million-row list fast.
CREATE INDEX persons_by_sort ON persons(sort_key, id) WHERE merged_into IS NULL;
CREATE INDEX persons_live ON persons(merged_into) WHERE merged_into IS NULL;
CREATE INDEX persons_by_rank ON persons(sort_rank);
CREATE INDEX persons_by_id_number ON persons(id_number) WHERE id_number != '';
CREATE INDEX persons_by_name_birth ON persons(name_fold, birth_date);
CREATE INDEX persons_by_unit ON persons(unit, sort_key);
CREATE INDEX persons_by_secrecy ON persons(secrecy);

CREATE TABLE relatives(
    id                   INTEGER PRIMARY KEY,
    person_id            INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    position             INTEGER NOT NULL,
    relation             TEXT NOT NULL,
    full_name            TEXT NOT NULL,
    birth_date           TEXT,
    occupation           TEXT NOT NULL DEFAULT '',
    residence            TEXT NOT NULL DEFAULT '',
    abroad               INTEGER NOT NULL DEFAULT 0,
    nationality          TEXT NOT NULL DEFAULT '',
    political_history    TEXT NOT NULL DEFAULT '',
    attitude             TEXT NOT NULL DEFAULT '',
    criminal_record      TEXT NOT NULL DEFAULT '',
    class_background     TEXT NOT NULL DEFAULT '',
    religion             TEXT NOT NULL DEFAULT '',
    is_party_member      INTEGER NOT NULL DEFAULT 0,
    must_verify_override INTEGER,
    notes                TEXT NOT NULL DEFAULT ''
);
CREATE INDEX relatives_by_person ON relatives(person_id, position);

-- Every earlier state of a dossier, whole, so any version can be shown again.
CREATE TABLE person_versions(
    person_id  INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    changed_at REAL NOT NULL,           -- when this version was replaced
    changed_by TEXT NOT NULL,           -- who replaced it
    summary    TEXT NOT NULL,           -- which fields changed (names, never values)
    snapshot   TEXT NOT NULL,           -- the dossier as it was (JSON)
    PRIMARY KEY (person_id, version)
) WITHOUT ROWID;

-- Search indexes, contentless (the words are in persons) with rowid = persons.sort_rank,
-- so that matches come out in Vietnamese order (see app/store/person_index.py):
-- names alone (a query is first matched against names), and everything
-- searchable (name, other names, ID numbers, party card, hometown, unit).
CREATE VIRTUAL TABLE person_name_fts USING fts5(
    words, content = '', contentless_delete = 1, detail = none, prefix = '2 3', tokenize = 'unicode61'
);
CREATE VIRTUAL TABLE person_fts USING fts5(
    words, content = '', contentless_delete = 1, detail = none, prefix = '2 3', tokenize = 'unicode61'
);

-- The indexes' vocabularies: a word still being typed is expanded to the few
-- whole words it can become, which FTS5 merges lazily in rank order (a bare
-- prefix query would first gather every match of a common surname).
CREATE VIRTUAL TABLE person_name_vocab USING fts5vocab(person_name_fts, 'row');
CREATE VIRTUAL TABLE person_vocab USING fts5vocab(person_fts, 'row');
