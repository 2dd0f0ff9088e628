-- Excel import: named column mappings, re-applied when the same header layout comes again.
CREATE TABLE excel_profiles(
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    header_key TEXT NOT NULL,          -- the folded header cells, as a JSON list
    mapping    TEXT NOT NULL,          -- {"column index": "field code"} as JSON
    created_at REAL NOT NULL,
    created_by TEXT NOT NULL,
    used_at    REAL
);
CREATE INDEX excel_profiles_by_key ON excel_profiles(header_key);
