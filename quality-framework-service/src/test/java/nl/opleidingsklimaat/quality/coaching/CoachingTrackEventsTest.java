package nl.opleidingsklimaat.quality.coaching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.contracts.coaching.CoachingEvents;
import nl.opleidingsklimaat.contracts.coaching.TrackCompleted;
import nl.opleidingsklimaat.contracts.coaching.TrackStarted;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestEvents;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** TrackStarted and TrackCompleted, as the dashboards count them. */
@QuarkusTest
class CoachingTrackEventsTest {
    static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void coachingTracksAreCountedPerProgrammeWithoutNames() {
        Fixtures.Organisation org = Fixtures.organisation();
        UUID track = UUID.randomUUID();
        CloudEvent<TrackStarted> started = TestEvents.publish(
                CoachingEvents.TRACK_STARTED,
                Subjects.programme(org.programme()),
                new TrackStarted(track, org.programme(), org.institution(), "challenge-and-support", 0));
        TestEvents.publish(
                CoachingEvents.TRACK_COMPLETED,
                Subjects.programme(org.programme()),
                new TrackCompleted(track, org.programme(), org.institution(), "challenge-and-support", 6));
        TestEvents.publish(Topics.COACHING, started);
        for (int i = 0; i < 4; i++) {
            TestEvents.publish(
                    CoachingEvents.TRACK_STARTED,
                    Subjects.programme(org.programme()),
                    new TrackStarted(UUID.randomUUID(), org.programme(), org.institution(), "intervision", 0));
        }

        // the redelivered start does not reopen the completed track; one completed track is fewer than 4: not shown
        await().atMost(BOUND)
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.coc(org.institution()))
                        .get("/api/dashboards/institutions/" + org.institution())
                        .then()
                        .body("programmes[0].coaching.started", equalTo(4))
                        .body("programmes[0].coaching.completed", equalTo(null)));
    }
}
