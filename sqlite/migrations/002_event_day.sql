-- 002: the day an event is filed under, for ordering and date filters
-- through an index: the event's own date (its first ten characters), or
-- its article's publication date when the event has none.

ALTER TABLE events ADD COLUMN day TEXT NOT NULL DEFAULT '';

UPDATE events SET day = COALESCE(NULLIF(substr(date, 1, 10), ''),
    (SELECT a.published FROM articles a WHERE a.pk = events.article), '');

CREATE INDEX events_day ON events (day DESC, article DESC, ord);
