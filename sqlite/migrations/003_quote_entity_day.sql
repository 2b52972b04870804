-- 003: quotes and entities carry their article's publication date (day),
-- so that listing them newest first walks an index instead of sorting.

ALTER TABLE quotes ADD COLUMN day TEXT NOT NULL DEFAULT '';
UPDATE quotes SET day = COALESCE((SELECT a.published FROM articles a WHERE a.pk = quotes.article), '');
CREATE INDEX quotes_day ON quotes (day DESC, article DESC, ord);

ALTER TABLE entities ADD COLUMN day TEXT NOT NULL DEFAULT '';
UPDATE entities SET day = COALESCE((SELECT a.published FROM articles a WHERE a.pk = entities.article), '');
CREATE INDEX entities_day ON entities (day DESC, article DESC, ord);
