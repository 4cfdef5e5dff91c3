-- Supervisors (opleider / opleidingsgroep) are coached too: a track says whom it is for. Existing tracks are residents'.
ALTER TABLE coaching_track ADD COLUMN coachee text NOT NULL DEFAULT 'RESIDENT';
CREATE INDEX coaching_track_programme_coachee ON coaching_track (programme_code, coachee);
