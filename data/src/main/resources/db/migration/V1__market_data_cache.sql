-- Daily bars per provider, one row per session; dates are ISO text so they sort as dates.
CREATE TABLE bars (
    provider TEXT    NOT NULL,
    ticker   TEXT    NOT NULL,
    session  TEXT    NOT NULL,
    open     REAL    NOT NULL,
    high     REAL    NOT NULL,
    low      REAL    NOT NULL,
    close    REAL    NOT NULL,
    volume   INTEGER NOT NULL,
    PRIMARY KEY (provider, ticker, session)
) WITHOUT ROWID;

-- Date ranges already asked of a provider, merged; a range with no bars (holidays, before a
-- listing) is known empty and not asked again.
CREATE TABLE fetched_ranges (
    provider  TEXT NOT NULL,
    ticker    TEXT NOT NULL,
    first_day TEXT NOT NULL,
    last_day  TEXT NOT NULL,
    PRIMARY KEY (provider, ticker, first_day)
) WITHOUT ROWID;

-- Answers to fundamentals, insider, news and market-cap requests, as JSON of the port's records.
CREATE TABLE answers (
    provider    TEXT NOT NULL,
    kind        TEXT NOT NULL,
    request_key TEXT NOT NULL,
    body        TEXT NOT NULL,
    fetched_at  TEXT NOT NULL,
    PRIMARY KEY (provider, kind, request_key)
) WITHOUT ROWID;
