-- Incidents (loss or leak of secrets) for the yearly report: numbered per year
-- of discovery, never deleted; a mistaken entry is cancelled and stays visible.
CREATE TABLE incidents(
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL,        -- year of discovery (local time)
    number        INTEGER NOT NULL,        -- running number within that year
    kind          TEXT NOT NULL CHECK (kind IN ('loss', 'leak')),
    secrecy       INTEGER NOT NULL CHECK (secrecy BETWEEN 1 AND 3),  -- highest level of what was lost or leaked
    discovered_at REAL NOT NULL,           -- unix time the incident was discovered
    discovered_by TEXT NOT NULL,           -- who discovered it (a name, not necessarily a user)
    items         TEXT NOT NULL,           -- what was lost or leaked
    circumstances TEXT NOT NULL DEFAULT '',-- how it happened
    report_no     TEXT NOT NULL DEFAULT '',-- the immediate report: number and symbol,
    report_date   TEXT,                    -- its ISO date,
    reported_to   TEXT NOT NULL DEFAULT '',-- and to whom it went
    measures      TEXT NOT NULL DEFAULT '',-- measures taken
    created_at    REAL NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    REAL NOT NULL,
    updated_by    TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    UNIQUE (year, number)
);
CREATE INDEX incidents_by_time ON incidents(discovered_at);
