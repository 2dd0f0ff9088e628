-- Printed forms: document numbers (per issuing body x type x committee term,
-- never reused), issued documents with their signed content, each print job
-- (copy numbers, who authorised it), and administrator-imported form templates.
CREATE TABLE form_counters(
    body     TEXT NOT NULL,              -- issuing body symbol, e.g. TU, BTCTU
    doc_type TEXT NOT NULL,              -- KL, TB, CV, BC, TTr, BB, QĐ
    term     TEXT NOT NULL,              -- committee term, e.g. 2025-2030
    last     INTEGER NOT NULL,           -- the last number issued
    PRIMARY KEY (body, doc_type, term)
) WITHOUT ROWID;

CREATE TABLE form_documents(
    id          INTEGER PRIMARY KEY,
    form        TEXT NOT NULL,           -- conclusion, request, report, appraisal, cover, book_*, fingerprint, recovery
    object_kind TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    body        TEXT,                    -- NULL for unnumbered forms
    doc_type    TEXT,
    term        TEXT,
    number      INTEGER,
    symbol      TEXT,                    -- "15-KL/TU"
    issued_on   TEXT NOT NULL,           -- ISO date
    secrecy     INTEGER NOT NULL,
    content     TEXT,                    -- canonical JSON of the document (NULL when it must not be kept)
    digest      TEXT NOT NULL DEFAULT '',-- hex SHA-256 of the content
    source      TEXT NOT NULL DEFAULT '',-- hex digest of the content before numbering (detects a changed case)
    copies      INTEGER NOT NULL DEFAULT 0,  -- copies made so far; a reprint continues from here
    created_at  REAL NOT NULL,
    created_by  TEXT NOT NULL,
    UNIQUE (body, doc_type, term, number)
);
CREATE INDEX form_documents_by_object ON form_documents(form, object_kind, object_id);
CREATE INDEX form_documents_by_symbol ON form_documents(symbol);

CREATE TABLE form_prints(
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES form_documents(id),
    first_copy    INTEGER NOT NULL,
    last_copy     INTEGER NOT NULL,
    made_at       REAL NOT NULL,
    made_by       TEXT NOT NULL,
    authorised_by TEXT NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    destination   TEXT NOT NULL DEFAULT '',
    copy_entry_id INTEGER REFERENCES copy_register(id)
);
CREATE INDEX form_prints_by_document ON form_prints(document_id);

CREATE TABLE form_templates(
    name        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    source      TEXT NOT NULL,
    imported_at REAL NOT NULL,
    imported_by TEXT NOT NULL,
    PRIMARY KEY (name, version)
) WITHOUT ROWID;
