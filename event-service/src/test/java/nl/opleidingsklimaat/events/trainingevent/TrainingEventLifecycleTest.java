package nl.opleidingsklimaat.events.trainingevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The life cycle of a training event (draft, published, held; cancelled before it is held), without a database. */
class TrainingEventLifecycleTest {
    static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Test
    void aDraftWithAProgrammeIsPublishedBeforeItsDay() {
        TrainingEvent event = event(TrainingEventStatus.DRAFT);

        event.publish(DAY.minusDays(1));

        assertThat(event.status).isEqualTo(TrainingEventStatus.PUBLISHED);
    }

    @Test
    void aDraftIsPublishedOnItsOwnDay() {
        TrainingEvent event = event(TrainingEventStatus.DRAFT);

        event.publish(DAY);

        assertThat(event.status).isEqualTo(TrainingEventStatus.PUBLISHED);
    }

    @Test
    void onlyADraftIsPublished() {
        for (TrainingEventStatus status :
                List.of(TrainingEventStatus.PUBLISHED, TrainingEventStatus.CANCELLED, TrainingEventStatus.HELD)) {
            TrainingEvent event = event(status);
            assertProblem(() -> event.publish(DAY), ProblemType.CONFLICT, "only a draft can be published");
            assertThat(event.status).isEqualTo(status);
        }
    }

    @Test
    void aDraftWithoutProgrammeIsNotPublished() {
        TrainingEvent event = event(TrainingEventStatus.DRAFT);
        event.programme.clear();

        assertProblem(() -> event.publish(DAY), ProblemType.UNPROCESSABLE, "has no programme yet");
        assertThat(event.status).isEqualTo(TrainingEventStatus.DRAFT);
    }

    @Test
    void aDraftWhoseDayHasPassedIsNotPublished() {
        TrainingEvent event = event(TrainingEventStatus.DRAFT);

        assertProblem(() -> event.publish(DAY.plusDays(1)), ProblemType.UNPROCESSABLE, "which has passed");
        assertThat(event.status).isEqualTo(TrainingEventStatus.DRAFT);
    }

    @Test
    void aPublishedEventIsHeldOnOrAfterItsDay() {
        TrainingEvent onTheDay = event(TrainingEventStatus.PUBLISHED);
        onTheDay.complete(DAY);
        TrainingEvent later = event(TrainingEventStatus.PUBLISHED);
        later.complete(DAY.plusDays(3));

        assertThat(onTheDay.status).isEqualTo(TrainingEventStatus.HELD);
        assertThat(later.status).isEqualTo(TrainingEventStatus.HELD);
    }

    @Test
    void aPublishedEventIsNotHeldBeforeItsDay() {
        TrainingEvent event = event(TrainingEventStatus.PUBLISHED);

        assertProblem(() -> event.complete(DAY.minusDays(1)), ProblemType.UNPROCESSABLE, "on or after that day");
        assertThat(event.status).isEqualTo(TrainingEventStatus.PUBLISHED);
    }

    @Test
    void onlyAPublishedEventIsHeld() {
        for (TrainingEventStatus status :
                List.of(TrainingEventStatus.DRAFT, TrainingEventStatus.CANCELLED, TrainingEventStatus.HELD)) {
            TrainingEvent event = event(status);
            assertProblem(() -> event.complete(DAY), ProblemType.CONFLICT, "only a published event can be held");
        }
    }

    @Test
    void aDraftOrPublishedEventIsCancelled() {
        for (TrainingEventStatus status : List.of(TrainingEventStatus.DRAFT, TrainingEventStatus.PUBLISHED)) {
            TrainingEvent event = event(status);
            event.cancel();
            assertThat(event.status).isEqualTo(TrainingEventStatus.CANCELLED);
        }
    }

    @Test
    void aHeldOrCancelledEventIsNotCancelled() {
        for (TrainingEventStatus status : List.of(TrainingEventStatus.HELD, TrainingEventStatus.CANCELLED)) {
            TrainingEvent event = event(status);
            assertProblem(
                    event::cancel,
                    ProblemType.CONFLICT,
                    "is already " + status.name().toLowerCase());
            assertThat(event.status).isEqualTo(status);
        }
    }

    @Test
    void onlyADraftOrPublishedEventChanges() {
        event(TrainingEventStatus.DRAFT).requireChangeable();
        event(TrainingEventStatus.PUBLISHED).requireChangeable();
        for (TrainingEventStatus status : List.of(TrainingEventStatus.HELD, TrainingEventStatus.CANCELLED)) {
            assertProblem(() -> event(status).requireChangeable(), ProblemType.CONFLICT, "can no longer be changed");
        }
    }

    @Test
    void aProgrammeThatFillsTheSessionReplacesTheOldOne() {
        TrainingEvent event = event(TrainingEventStatus.PUBLISHED);
        List<ProgrammeItem> items = List.of(
                item("Opening", 60, ItemFormat.PLENARY),
                item("Pauze", 30, ItemFormat.BREAK),
                item("Workshop", 90, ItemFormat.BREAKOUT));

        event.replaceProgramme(items);

        assertThat(event.programme).containsExactlyElementsOf(items);
        assertThat(event.schedule())
                .extracting(ScheduledItem::start)
                .containsExactly(LocalTime.of(13, 0), LocalTime.of(14, 0), LocalTime.of(14, 30));
    }

    @Test
    void aProgrammeThatOverrunsTheSessionIsRejectedItemByItem() {
        TrainingEvent event = event(TrainingEventStatus.DRAFT);
        List<ProgrammeItem> before = List.copyOf(event.programme);

        ProblemException problem = catchThrowableOfType(
                () -> event.replaceProgramme(
                        List.of(item("Opening", 120, ItemFormat.PLENARY), item("Workshop", 120, ItemFormat.BREAKOUT))),
                ProblemException.class);

        assertThat(problem.type()).isEqualTo(ProblemType.UNPROCESSABLE);
        assertThat(problem.violations()).isNotEmpty();
        assertThat(event.programme).isEqualTo(before);
    }

    @Test
    void aProgrammeThatLeavesTimeUnfilledIsRejected() {
        TrainingEvent event = event(TrainingEventStatus.DRAFT);

        assertProblem(
                () -> event.replaceProgramme(List.of(item("Opening", 60, ItemFormat.PLENARY))),
                ProblemType.UNPROCESSABLE,
                "");
    }

    @Test
    void aHeldEventKeepsItsProgramme() {
        TrainingEvent event = event(TrainingEventStatus.HELD);

        assertProblem(
                () -> event.replaceProgramme(List.of(item("Alles", 180, ItemFormat.PLENARY))),
                ProblemType.CONFLICT,
                "can no longer be changed");
    }

    @Test
    void theOrganiserNeverChanges() {
        TrainingEvent ofInstitution = event(TrainingEventStatus.DRAFT);
        ofInstitution.requireSameOrganiser("HOSP", "OOR");
        ofInstitution.requireSameOrganiser("HOSP", null);
        assertProblem(() -> ofInstitution.requireSameOrganiser("OTHER", "OOR"), ProblemType.VALIDATION, "");
        assertProblem(() -> ofInstitution.requireSameOrganiser(null, "OOR"), ProblemType.VALIDATION, "");

        TrainingEvent ofRegion = event(TrainingEventStatus.DRAFT);
        ofRegion.organiserInstitutionCode = null;
        ofRegion.requireSameOrganiser(null, "OOR");
        assertProblem(() -> ofRegion.requireSameOrganiser(null, "NOORD"), ProblemType.VALIDATION, "");
    }

    @Test
    void theCapacityNeverDropsBelowTheSeatsTaken() {
        TrainingEvent.requireRoomFor(AttendanceMode.ON_SITE, 10, 10);
        TrainingEvent.requireRoomFor(AttendanceMode.ON_SITE, 10, 0);
        assertProblem(
                () -> TrainingEvent.requireRoomFor(AttendanceMode.ONLINE, 9, 10),
                ProblemType.CONFLICT,
                "Capacity 9 online is below the 10 seats already taken online");
    }

    @Test
    void aHybridEventSplitsItsPlacesAndTheOthersHaveOneWay() {
        TrainingEvent hybrid = new TrainingEvent();
        hybrid.mode = EventMode.HYBRID;
        hybrid.capacity = 200;
        hybrid.onlineCapacity = 125;
        assertThat(hybrid.places(AttendanceMode.ON_SITE)).isEqualTo(75);
        assertThat(hybrid.places(AttendanceMode.ONLINE)).isEqualTo(125);

        TrainingEvent online = new TrainingEvent();
        online.mode = EventMode.ONLINE;
        online.capacity = 150;
        assertThat(online.places(AttendanceMode.ONLINE)).isEqualTo(150);
        assertThat(online.places(AttendanceMode.ON_SITE)).isZero();
        assertThat(EventMode.ONLINE.defaultAttendance()).isEqualTo(AttendanceMode.ONLINE);
        assertThat(EventMode.HYBRID.defaultAttendance()).isEqualTo(AttendanceMode.ON_SITE);
        assertThat(EventMode.ON_SITE.offers(AttendanceMode.ONLINE)).isFalse();
    }

    @Test
    void takeHomeMessagesAreAddedToPublishedOrHeldEvents() {
        TrainingEvent published = event(TrainingEventStatus.PUBLISHED);
        published.addTakeHomeMessage("Eerste");
        published.addTakeHomeMessage("Tweede");
        TrainingEvent held = event(TrainingEventStatus.HELD);
        held.addTakeHomeMessage("Na afloop");

        assertThat(published.takeHomeMessages).containsExactly("Eerste", "Tweede");
        assertThat(held.takeHomeMessages).containsExactly("Na afloop");
        for (TrainingEventStatus status : List.of(TrainingEventStatus.DRAFT, TrainingEventStatus.CANCELLED)) {
            assertProblem(
                    () -> event(status).addTakeHomeMessage("Te vroeg of te laat"),
                    ProblemType.CONFLICT,
                    "published or held events");
        }
    }

    /** An event of 13:00-16:00 whose programme fills the session. */
    static TrainingEvent event(TrainingEventStatus status) {
        TrainingEvent event = new TrainingEvent();
        event.id = UUID.randomUUID();
        event.status = status;
        event.organiserInstitutionCode = "HOSP";
        event.organiserRegionCode = "OOR";
        event.date = DAY;
        event.startTime = LocalTime.of(13, 0);
        event.endTime = LocalTime.of(16, 0);
        event.capacity = 10;
        event.programme.add(item("Alles", 180, ItemFormat.PLENARY));
        return event;
    }

    static ProgrammeItem item(String title, int minutes, ItemFormat format) {
        return new ProgrammeItem(title, minutes, null, format, null, null, null, null);
    }

    private static void assertProblem(Runnable action, ProblemType type, String detail) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.type()).isEqualTo(type))
                .hasMessageContaining(detail);
    }
}
