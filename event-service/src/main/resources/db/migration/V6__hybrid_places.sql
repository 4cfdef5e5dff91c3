-- A hybrid event splits its places: capacity stays all places, online_capacity says how many of them are online (the
-- rest are on site). Events from before have none online, as their capacity was checked against the room's maximum.
ALTER TABLE training_event ADD COLUMN online_capacity integer CHECK (online_capacity >= 0 AND online_capacity < capacity);
UPDATE training_event SET online_capacity = 0 WHERE mode = 'HYBRID';

-- A registration takes part on site or online: its own places and its own waiting line. Registrations from before
-- take part the event's way, and at a hybrid event on site (where their places were counted).
ALTER TABLE registration ADD COLUMN attendance text;
UPDATE registration r SET attendance = CASE WHEN e.mode = 'ONLINE' THEN 'ONLINE' ELSE 'ON_SITE' END
    FROM training_event e WHERE e.id = r.event_id;
ALTER TABLE registration ALTER COLUMN attendance SET NOT NULL;
ALTER TABLE registration ADD CONSTRAINT registration_attendance CHECK (attendance IN ('ON_SITE', 'ONLINE'));

-- Where a checked-in participant attended; those checked in before attended as registered.
ALTER TABLE registration ADD COLUMN attended_as text CHECK (attended_as IN ('ON_SITE', 'ONLINE'));
UPDATE registration SET attended_as = attendance WHERE checked_in_at IS NOT NULL;
