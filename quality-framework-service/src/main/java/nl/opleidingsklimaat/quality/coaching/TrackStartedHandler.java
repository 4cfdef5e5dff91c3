package nl.opleidingsklimaat.quality.coaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.coaching.CoachingEvents;
import nl.opleidingsklimaat.contracts.coaching.TrackStarted;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;

/** Counts coaching uptake per programme and institution; no names. */
@ApplicationScoped
public class TrackStartedHandler implements IntegrationEventHandler<TrackStarted> {

    @Inject
    CoachingTracks tracks;

    @Override
    public EventType<TrackStarted> eventType() {
        return CoachingEvents.TRACK_STARTED;
    }

    @Override
    public void handle(CloudEvent<TrackStarted> event) {
        TrackStarted track = event.data();
        tracks.apply(
                track.trackId(),
                track.programmeCode(),
                track.institutionCode(),
                track.offerType(),
                track.sessionsHeld(),
                CoachingTrack.STARTED);
    }
}
