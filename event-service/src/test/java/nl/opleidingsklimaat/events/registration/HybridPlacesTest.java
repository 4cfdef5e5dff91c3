package nl.opleidingsklimaat.events.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import org.junit.jupiter.api.Test;

/** Hybrid events: on-site and online places each with their own capacity, waiting list and check-in. */
@QuarkusTest
class HybridPlacesTest {

    @Test
    void aHybridSymposiumOf200With75OnSiteIsAcceptedAndMoreThan75OnSiteIsNot() {
        Organisation org = Fixtures.organisation();
        String id = Fixtures.create(org.coc(), hybrid(org, Fixtures.today().plusDays(30), 200, 125));
        event(org, id)
                .body("capacity", equalTo(200))
                .body("onlineCapacity", equalTo(125))
                .body("places.attendance", equalTo(List.of("on-site", "online")))
                .body("places.capacity", equalTo(List.of(75, 125)))
                .body("places.seatsTaken", equalTo(List.of(0, 0)));

        // 200 with 100 online leaves 100 in the room; 200 with nothing online (the old request shape) all 200
        post(org, hybrid(org, Fixtures.today().plusDays(30), 200, 100))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("onlineCapacity"))
                .body("violations.message", hasItem(containsString("100 of the 200 places are on site")));
        post(org, hybrid(org, Fixtures.today().plusDays(30), 200, null))
                .statusCode(422)
                .body("violations.field", hasItem("capacity"));

        // the old request shape of a hybrid event keeps working: all its places are on site
        String old = Fixtures.create(org.coc(), hybrid(org, Fixtures.today().plusDays(30), 50, null));
        event(org, old).body("onlineCapacity", equalTo(0)).body("places.capacity", equalTo(List.of(50, 0)));
        assertThat(eventsOf(org)).isEqualTo(2);
    }

    @Test
    void theSeventySixthOnSiteRegistrationWaitsWhileOnlinePlacesAreStillOpen() {
        Organisation org = Fixtures.organisation();
        String id = published(org, hybrid(org, Fixtures.today().plusDays(30), 200, 125));
        for (int i = 1; i <= 75; i++) {
            register(org, id, "room-" + i, "on-site").statusCode(201).body("status", equalTo("registered"));
        }
        register(org, id, "room-76", "on-site")
                .statusCode(201)
                .body("status", equalTo("waitlisted"))
                .body("attendance", equalTo("on-site"))
                .body("waitingListPosition", equalTo(1));
        register(org, id, "screen-1", "online")
                .statusCode(201)
                .body("status", equalTo("registered"))
                .body("attendance", equalTo("online"));

        event(org, id)
                .body("seatsTaken", equalTo(76))
                .body("waiting", equalTo(1))
                .body("places.seatsTaken", equalTo(List.of(75, 1)))
                .body("places.waiting", equalTo(List.of(1, 0)));
    }

    @Test
    void anOnSiteCancellationOffersTheOnSiteWaiterNotTheOnlineOne() {
        Organisation org = Fixtures.organisation();
        // 2 on site, 1 online
        String id = published(org, hybrid(org, Fixtures.today().plusDays(30), 3, 1));
        String roomA = registered(org, id, "room-a", "on-site");
        registered(org, id, "room-b", "on-site");
        String screenA = registered(org, id, "screen-a", "online");
        // the online waiter is first in time, the on-site waiter second
        String screenWaiter = register(org, id, "screen-b", "online")
                .statusCode(201)
                .body("status", equalTo("waitlisted"))
                .body("waitingListPosition", equalTo(1))
                .extract()
                .path("id");
        String roomWaiter = register(org, id, "room-c", "on-site")
                .statusCode(201)
                .body("status", equalTo("waitlisted"))
                .body("waitingListPosition", equalTo(1))
                .extract()
                .path("id");

        cancel(org, roomA);
        registration(org, roomWaiter).body("status", equalTo("offered"));
        registration(org, screenWaiter).body("status", equalTo("waitlisted")).body("waitingListPosition", equalTo(1));

        cancel(org, screenA);
        registration(org, screenWaiter).body("status", equalTo("offered"));

        // the online places cannot drop below the seats taken online, nor can the event stop being hybrid
        Map<String, Object> fewer = hybrid(org, Fixtures.today().plusDays(30), 3, 0);
        fewer.put("title", "Minder online");
        replace(org, id, fewer).statusCode(409).contentType("application/problem+json");
        Map<String, Object> onSite = Fixtures.event(org, Fixtures.today().plusDays(30), 3);
        replace(org, id, onSite).statusCode(409);
        event(org, id)
                .body("mode", equalTo("hybrid"))
                .body("title", equalTo("Opleidingssymposium " + org.region()))
                .body("places.capacity", equalTo(List.of(2, 1)));
    }

    @Test
    void placesAndWaysTheEventDoesNotOfferAreRefusedAndChangeNothing() {
        Organisation org = Fixtures.organisation();
        Map<String, Object> onSite = Fixtures.event(org, Fixtures.today().plusDays(30), 40);
        onSite.put("onlineCapacity", 10);
        post(org, onSite)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("onlineCapacity"));
        post(org, hybrid(org, Fixtures.today().plusDays(30), 40, 40))
                .statusCode(422)
                .body("violations.field", hasItem("onlineCapacity"));
        assertThat(eventsOf(org)).isZero();

        onSite.remove("onlineCapacity");
        String id = Fixtures.create(org.coc(), onSite);
        Fixtures.setProgramme(org.coc(), id, Fixtures.referenceProgramme());
        Fixtures.publish(org.coc(), id);
        onSite.put("onlineCapacity", 10);
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(onSite)
                .put("/api/training-events/{id}", id)
                .then()
                .statusCode(422)
                .body("violations.field", hasItem("onlineCapacity"));
        event(org, id).body("onlineCapacity", nullValue()).body("places.attendance", equalTo(List.of("on-site")));

        register(org, id, "screen", "online")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("attendance"))
                .body("violations.message", hasItem(containsString("no online places")));
        register(org, id, "garden", "in-the-garden").statusCode(400).contentType("application/problem+json");
        event(org, id).body("seatsTaken", equalTo(0)).body("waiting", equalTo(0));

        // a registration that does not say takes part the event's one way
        register(org, id, "room", null).statusCode(201).body("attendance", equalTo("on-site"));
    }

    @Test
    void checkInRecordsWhereSomeoneAttendedAndTheAttendanceListSaysIt() throws Exception {
        Organisation org = Fixtures.organisation();
        String id = published(org, hybrid(org, Fixtures.today(), 10, 5));
        String room = registered(org, id, "room", "on-site");
        String screen = registered(org, id, "screen", "online");
        String switched = registered(org, id, "switched", "on-site");

        checkIn(org, room, Map.of("time", "13:00")).statusCode(200).body("attendedAs", equalTo("on-site"));
        checkIn(org, screen, Map.of("time", "13:00")).statusCode(200).body("attendedAs", equalTo("online"));
        // registered for the room, followed online on the day
        checkIn(org, switched, Map.of("time", "13:05", "attendance", "online"))
                .statusCode(200)
                .body("attendance", equalTo("on-site"))
                .body("attendedAs", equalTo("online"));

        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/completion", id)
                .then()
                .statusCode(200);
        String csv = given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}/attendance-list", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<Map<String, String>> rows = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(csv)
                .readAll();
        assertThat(rows)
                .extracting(r -> r.get("name") + ":" + r.get("attendance"))
                .containsExactlyInAnyOrder("room:on-site", "screen:online", "switched:online");
    }

    @Test
    void checkInAtAWayTheEventDoesNotOfferIsRefusedAndRecordsNothing() {
        Organisation org = Fixtures.organisation();
        String id = Fixtures.publishedEvent(org, Fixtures.today(), 10);
        String room = registered(org, id, "room", null);
        checkIn(org, room, Map.of("time", "13:00", "attendance", "online"))
                .statusCode(422)
                .contentType("application/problem+json");
        registration(org, room).body("checkedInAt", nullValue()).body("attendedAs", nullValue());
    }

    private static Map<String, Object> hybrid(Organisation org, LocalDate date, int capacity, Integer online) {
        Map<String, Object> body = Fixtures.event(org, date, capacity);
        body.put("title", "Opleidingssymposium " + org.region());
        body.put("mode", "hybrid");
        body.put("onlineLink", "https://meet.example.org/symposium");
        if (online != null) {
            body.put("onlineCapacity", online);
        }
        return body;
    }

    private static String published(Organisation org, Map<String, Object> body) {
        String id = Fixtures.create(org.coc(), body);
        Fixtures.setProgramme(org.coc(), id, Fixtures.referenceProgramme());
        Fixtures.publish(org.coc(), id);
        return id;
    }

    private static ValidatableResponse post(Organisation org, Map<String, Object> body) {
        return given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events")
                .then();
    }

    private static ValidatableResponse replace(Organisation org, String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/training-events/{id}", id)
                .then();
    }

    private static ValidatableResponse event(Organisation org, String id) {
        return given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", id)
                .then()
                .statusCode(200);
    }

    /** Stored events of the organisation (the list also holds other organisers' published events). */
    private static long eventsOf(Organisation org) {
        return QuarkusTransaction.requiringNew()
                .call(() -> TrainingEvent.count("organiserInstitutionCode", org.institution()));
    }

    private static ValidatableResponse register(Organisation org, String eventId, String who, String attendance) {
        Map<String, Object> body = Fixtures.registration(org, who);
        if (attendance != null) {
            body.put("attendance", attendance);
        }
        return given().auth()
                .oauth2(org.resident(who + "-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/training-events/{id}/registrations", eventId)
                .then();
    }

    private static String registered(Organisation org, String eventId, String who, String attendance) {
        return register(org, eventId, who, attendance)
                .statusCode(201)
                .body("status", equalTo("registered"))
                .extract()
                .path("id");
    }

    private static ValidatableResponse registration(Organisation org, String id) {
        return given().auth()
                .oauth2(org.coc())
                .get("/api/registrations/{id}", id)
                .then()
                .statusCode(200);
    }

    private static void cancel(Organisation org, String id) {
        given().auth()
                .oauth2(org.coc())
                .post("/api/registrations/{id}/cancellation", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("cancelled"));
    }

    private static ValidatableResponse checkIn(Organisation org, String id, Map<String, String> body) {
        return given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/registrations/{id}/check-in", id)
                .then();
    }
}
