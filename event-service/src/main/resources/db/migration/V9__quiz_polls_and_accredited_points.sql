-- A choice poll may be a quiz: its correct option(s), shown only once the poll is closed. Polls from before have none.
ALTER TABLE poll ADD COLUMN correct_options jsonb NOT NULL DEFAULT '[]';

-- The points the accreditation body accredits an event for, when it differs from the computed points, with its
-- mandatory reason, who set it and when. Events from before have none: their computed points stand.
ALTER TABLE training_event ADD COLUMN accredited_points numeric(4, 1) CHECK (accredited_points >= 0);
ALTER TABLE training_event ADD COLUMN accreditation_reason text;
ALTER TABLE training_event ADD COLUMN accredited_by text;
ALTER TABLE training_event ADD COLUMN accredited_at timestamptz;
ALTER TABLE training_event ADD CONSTRAINT training_event_accreditation_reason
    CHECK (accredited_points IS NULL OR accreditation_reason IS NOT NULL);
