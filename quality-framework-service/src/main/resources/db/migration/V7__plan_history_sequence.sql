-- Plan history ids are handed out 50 at a time (Hibernate's pooled sequence), so new plans' entries are inserted in
-- batches; the history is read in order of its time, the id breaking ties within one transaction.
ALTER SEQUENCE plan_history_id_seq INCREMENT BY 50;
DROP INDEX plan_history_plan_idx;
CREATE INDEX plan_history_plan_idx ON plan_history (plan_id, at, id);
