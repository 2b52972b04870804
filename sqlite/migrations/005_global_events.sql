-- 005: cross-article deduplication. Events that report the same real
-- event (same PLOVER type and aux_mode, same unordered pair of participant
-- countries, same day, same event_loc geonameid or both without one) share
-- one global event, GDELT's GLOBALEVENTID. `key` is that identity; NULL
-- for an event that has no participants to compare and so merges with
-- nothing. added_at is when its first mention was stored (GDELT's
-- DATEADDED).
--
-- events.n_mentions is how many mentions the event has (at least 1);
-- articles.source_key is the outlet an article counts as for NumSources
-- (its source, else its URL's host, else the article itself). The Go step
-- of this migration (backfillGlobalEvents) fills them in for earlier
-- databases.

CREATE TABLE global_events (
    pk       INTEGER PRIMARY KEY,
    key      TEXT UNIQUE,
    day      TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX global_events_day ON global_events (day DESC, pk DESC);

ALTER TABLE events ADD COLUMN global INTEGER REFERENCES global_events (pk);
ALTER TABLE events ADD COLUMN n_mentions INTEGER NOT NULL DEFAULT 1;
CREATE INDEX events_global ON events (global);

ALTER TABLE articles ADD COLUMN source_key TEXT NOT NULL DEFAULT '';
