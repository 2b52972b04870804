-- 002: the day an event is filed under, for ordering and date filters
-- through an index: the event's own date (its first ten characters) when
-- it is a calendar date, else (none, or an unresolved TIMEX value such as
-- XXXX-WXX-2) its article's publication date.

ALTER TABLE events ADD COLUMN day TEXT NOT NULL DEFAULT '';

UPDATE events SET day = CASE
    WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(date, 1, 10)
    ELSE COALESCE((SELECT a.published FROM articles a WHERE a.pk = events.article), '')
END;

CREATE INDEX events_day ON events (day DESC, article DESC, ord);
