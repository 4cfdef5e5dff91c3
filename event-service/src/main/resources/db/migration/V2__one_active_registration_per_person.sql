-- Statuses are stored as the enum's names (REGISTERED, CANCELLED, ...). V1's partial index excluded 'cancelled' and
-- 'expired' in lower case, so it also counted cancelled registrations and nobody could register again after
-- cancelling. The index now excludes the stored names.
DROP INDEX registration_one_active_per_person;
CREATE UNIQUE INDEX registration_one_active_per_person ON registration (event_id, person_reference)
    WHERE status NOT IN ('CANCELLED', 'EXPIRED');
