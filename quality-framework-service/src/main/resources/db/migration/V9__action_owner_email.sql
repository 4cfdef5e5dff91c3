-- Where the owner of an improvement action gets the weekly digest of overdue actions (optional: no address, no mail).
ALTER TABLE plan_action ADD COLUMN owner_email text;
