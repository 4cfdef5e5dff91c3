package nl.opleidingsklimaat.quality.coaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.coaching.CoachingEvents;
import nl.opleidingsklimaat.contracts.coaching.TrackCompleted;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;

/** Counts completed coaching tracks per programme and institution; no names. */
@ApplicationScoped
public class TrackCompletedHandler implements IntegrationEventHandler<TrackCompleted> {

    @Inject
    CoachingTracks tracks;

    @Override
    public EventType<TrackCompleted> eventType() {
        return CoachingEvents.TRACK_COMPLETED;
    }

    @Override
    public void handle(CloudEvent<TrackCompleted> event) {
        TrackCompleted track = event.data();
        tracks.apply(
                track.trackId(),
                track.programmeCode(),
                track.institutionCode(),
                track.offerType(),
                track.sessionsHeld(),
                CoachingTrack.COMPLETED);
    }
}
