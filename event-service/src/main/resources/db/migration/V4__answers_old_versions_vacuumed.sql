-- The row versions V3 replaced still sit in the tables' pages (with their old xmin and order) until vacuumed; VACUUM
-- FULL rewrites both tables without them. It cannot run in a transaction, so it has a migration of its own.
VACUUM FULL evaluation_answer;
VACUUM FULL poll_answer;
