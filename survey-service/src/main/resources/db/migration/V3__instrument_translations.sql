-- The resident's pages are Dutch unless English is asked for: an instrument version may carry its texts (name,
-- description, help, domains, items, advice) in other languages, by language tag. Part of the published version, so
-- never changed afterwards either; a version without them is shown in Dutch.
ALTER TABLE instrument ADD COLUMN translations jsonb NOT NULL DEFAULT '{}'::jsonb;
