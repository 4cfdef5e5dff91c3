package nl.opleidingsklimaat.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.InstitutionRegistered;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.contracts.quality.RegionRegistered;
import org.junit.jupiter.api.Test;

class HandlerRunTest {
    private final Recording<RegionRegistered> regions = new Recording<>(QualityEvents.REGION_REGISTERED);
    private final Recording<InstitutionRegistered> institutions = new Recording<>(QualityEvents.INSTITUTION_REGISTERED);

    @Test
    void eachHandlerGetsItsEventsOfThePollInOneRunInTheirOrder() {
        List<Delivery<?>> poll = List.of(region("A"), region("B"), institution("X"), region("C"), institution("Y"));

        List<HandlerRun<?>> runs = HandlerRun.of(poll);
        runs.forEach(HandlerRun::apply);

        assertThat(runs).extracting(run -> run.events().size()).containsExactly(3, 2);
        assertThat(regions.handedOver).containsExactly(List.of("A", "B", "C"));
        assertThat(institutions.handedOver).containsExactly(List.of("X", "Y"));
    }

    @Test
    void whenASubjectHasEventsForTwoHandlersThePollIsSplitWhereTheHandlerChanges() {
        List<Delivery<?>> poll = List.of(region("A"), region("B"), institution("X", Subjects.region("B")), region("C"));

        List<HandlerRun<?>> runs = HandlerRun.of(poll);
        runs.forEach(HandlerRun::apply);

        assertThat(runs).extracting(run -> run.events().size()).containsExactly(2, 1, 1);
        assertThat(regions.handedOver).containsExactly(List.of("A", "B"), List.of("C"));
        assertThat(institutions.handedOver).containsExactly(List.of("B"));
    }

    @Test
    void aPollWithoutEventsHasNoRuns() {
        assertThat(HandlerRun.of(List.of())).isEmpty();
    }

    private Delivery<RegionRegistered> region(String code) {
        return new Delivery<>(
                null,
                CloudEvent.of(
                        QualityEvents.REGION_REGISTERED,
                        "/test",
                        Subjects.region(code),
                        new RegionRegistered(code, code, true),
                        OffsetDateTime.now()),
                regions);
    }

    private Delivery<InstitutionRegistered> institution(String code) {
        return institution(code, Subjects.institution(code));
    }

    private Delivery<InstitutionRegistered> institution(String code, String subject) {
        return new Delivery<>(
                null,
                CloudEvent.of(
                        QualityEvents.INSTITUTION_REGISTERED,
                        "/test",
                        subject,
                        new InstitutionRegistered(code, code, "OOR", true),
                        OffsetDateTime.now()),
                institutions);
    }

    /** Remembers the subjects of each list it is handed. */
    private static final class Recording<T> implements IntegrationEventHandler<T> {
        private final EventType<T> type;
        private final List<List<String>> handedOver = new ArrayList<>();

        Recording(EventType<T> type) {
            this.type = type;
        }

        @Override
        public EventType<T> eventType() {
            return type;
        }

        @Override
        public void handle(CloudEvent<T> event) {
            throw new AssertionError("a run is handed over whole");
        }

        @Override
        public void handleAll(List<CloudEvent<T>> events) {
            handedOver.add(events.stream()
                    .map(event -> event.subject().substring(event.subject().indexOf('/') + 1))
                    .toList());
        }
    }
}
