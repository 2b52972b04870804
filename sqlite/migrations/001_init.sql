-- 001: articles and what was extracted from them.
-- Offsets (start, end) count Unicode code points into articles.text, end
-- exclusive. Each record keeps its article-local id (e1, q1, ev1, ...) and
-- its position (ord) so that an article reads back exactly as ingested.

CREATE TABLE articles (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    url         TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    published   TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD or ''
    language    TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,       -- hex sha256 of text
    ingested_at TEXT NOT NULL               -- RFC 3339, UTC
);
CREATE INDEX articles_published ON articles (published, pk);

CREATE TABLE entities (
    pk            INTEGER PRIMARY KEY,
    article       INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    id            TEXT NOT NULL,
    name          TEXT NOT NULL,
    type          TEXT NOT NULL,
    value         TEXT NOT NULL DEFAULT '',
    -- actor: NULL actor_code means no actor
    actor_code    TEXT,
    actor_country TEXT,
    actor_sector  TEXT,
    actor_role    TEXT,
    -- geo: NULL geo_name means no geo
    geo_name      TEXT,
    geo_country   TEXT,
    geo_admin1    TEXT,
    geo_lat       REAL,
    geo_lon       REAL,
    geo_geonameid INTEGER,
    geo_feature   TEXT,
    UNIQUE (article, ord)
);
CREATE INDEX entities_article_id ON entities (article, id);
CREATE INDEX entities_type ON entities (type);
CREATE INDEX entities_actor_code ON entities (actor_code);
CREATE INDEX entities_actor_country ON entities (actor_country);

CREATE TABLE entity_mentions (
    entity INTEGER NOT NULL REFERENCES entities (pk) ON DELETE CASCADE,
    ord    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    text   TEXT NOT NULL,
    value  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (entity, ord)
) WITHOUT ROWID;

CREATE TABLE quotes (
    pk               INTEGER PRIMARY KEY,
    article          INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    ord              INTEGER NOT NULL,
    id               TEXT NOT NULL,
    text             TEXT NOT NULL,
    start            INTEGER NOT NULL,
    "end"            INTEGER NOT NULL,
    direct           INTEGER NOT NULL,
    cue              TEXT NOT NULL DEFAULT '',
    -- speaker: NULL speaker_name means no speaker
    speaker_entity   TEXT,
    speaker_name     TEXT,
    speaker_code     TEXT,
    speaker_start    INTEGER,
    speaker_end      INTEGER,
    -- addressee: NULL addressee_name means none
    addressee_entity TEXT,
    addressee_name   TEXT,
    UNIQUE (article, ord)
);
CREATE INDEX quotes_speaker_code ON quotes (speaker_code);

CREATE TABLE events (
    pk            INTEGER PRIMARY KEY,
    article       INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    id            TEXT NOT NULL,
    date          TEXT NOT NULL DEFAULT '',
    event         TEXT NOT NULL,
    mode          TEXT NOT NULL DEFAULT '',
    context       TEXT,                 -- JSON array, NULL when absent
    event_text    TEXT NOT NULL DEFAULT '',
    sentence      INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    cameo         TEXT NOT NULL DEFAULT '',
    quad_class    INTEGER NOT NULL DEFAULT 0,
    goldstein     REAL NOT NULL DEFAULT 0,
    aux_mode      TEXT,                 -- NULL: a plain factual event
    confidence    REAL NOT NULL DEFAULT 0,
    -- event_loc: NULL loc_name means none
    loc_name      TEXT,
    loc_country   TEXT,
    loc_lat       REAL,
    loc_lon       REAL,
    loc_geonameid INTEGER,
    UNIQUE (article, ord)
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_event ON events (event);

-- Participants: role is 'actor' or 'recipient'.
CREATE TABLE event_actors (
    event   INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    ord     INTEGER NOT NULL,
    name    TEXT NOT NULL,
    code    TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    sector  TEXT NOT NULL DEFAULT '',
    entity  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event, role, ord)
) WITHOUT ROWID;
CREATE INDEX event_actors_code ON event_actors (code);
CREATE INDEX event_actors_country ON event_actors (country);

CREATE TABLE event_mentions (
    event      INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    sentence   INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    event_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event, ord)
) WITHOUT ROWID;

-- Full text. The rowid of each row is the pk of the record it indexes.
-- events_fts: the event's sentence (text_info) and its trigger texts;
-- quotes_fts: the quote's words; entities_fts: the name and mention texts;
-- articles_fts: title and text.
CREATE VIRTUAL TABLE events_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE entities_fts USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
    DELETE FROM events_fts WHERE rowid = old.pk;
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.pk;
END;
CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN
    DELETE FROM entities_fts WHERE rowid = old.pk;
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.pk;
END;
