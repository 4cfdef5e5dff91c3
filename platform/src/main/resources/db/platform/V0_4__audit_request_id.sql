-- The service's own id of the request that read or changed something (the log lines carry it too). correlation_id
-- stays as the caller sent it: context, not evidence.
ALTER TABLE audit_entry ADD COLUMN request_id text;
COMMENT ON COLUMN audit_entry.correlation_id IS 'as sent by the caller (X-Correlation-Id), untrusted';
COMMENT ON COLUMN audit_entry.request_id IS 'the service''s own request id, in its log lines too';
