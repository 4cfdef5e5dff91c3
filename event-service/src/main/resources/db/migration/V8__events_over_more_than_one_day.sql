-- An event over more than one day (a two-day congress): the first day stays in event_date, start_time, end_time and
-- programme (so every rule about "the event's day" reads the first day), the days after it are further_days, each
-- with its own date, session and programme. Events from before are one-day events.
ALTER TABLE training_event ADD COLUMN further_days jsonb NOT NULL DEFAULT '[]';

-- An attendee checks in per day: the first day in checked_in_at, checked_out_at and attended_as as before, the days
-- after it in later_days (date, check-in, check-out, where). Registrations from before have no later days.
ALTER TABLE registration ADD COLUMN later_days jsonb NOT NULL DEFAULT '[]';
