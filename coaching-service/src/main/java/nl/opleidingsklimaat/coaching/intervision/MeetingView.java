package nl.opleidingsklimaat.coaching.intervision;

import java.time.OffsetDateTime;
import java.util.UUID;

public record MeetingView(UUID id, UUID groupId, OffsetDateTime startsAt, String topic, long present, long absent) {}
