-- 004: the actor base that learns from text. Each row says that articles
-- published between first_seen and last_seen (YYYY-MM-DD) gave the person
-- whose folded name is `name` a title (`role`, "President") and an actor
-- code, in their own words ("Russian President Vladimir Putin"). Ingest
-- extends the range and counts the articles; Store.Lookup reads it back
-- for the actors stage. `surname` is the name's last word (particles such
-- as al- are separate words once folded), for lookups by surname alone.
-- The rows of earlier databases are filled in from their entities (Go
-- step of this migration, see backfillActorBase).
--
-- entities.actor_source keeps dateline.Actor.Source ("text", "base",
-- "dictionary"); NULL for entities stored before it existed.

ALTER TABLE entities ADD COLUMN actor_source TEXT;

CREATE TABLE actor_roles (
    name       TEXT NOT NULL,
    surname    TEXT NOT NULL,
    display    TEXT NOT NULL,             -- the name as last written
    code       TEXT NOT NULL,
    country    TEXT NOT NULL,
    sector     TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    articles   INTEGER NOT NULL,
    PRIMARY KEY (name, code, role)
) WITHOUT ROWID;
CREATE INDEX actor_roles_surname ON actor_roles (surname);
