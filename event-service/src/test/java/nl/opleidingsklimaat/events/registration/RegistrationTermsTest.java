package nl.opleidingsklimaat.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.events.trainingevent.TrainingEvent;
import org.junit.jupiter.api.Test;

/** The terms of a published event are held in memory between registrations; what changes them must still count. */
@QuarkusTest
class RegistrationTermsTest {

    @Test
    void eachChangeOfTheEventIsSeenByTheNextRegistration() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 10);
        Fixtures.register(org.resident("early-" + org.institution()), eventId, Fixtures.registration(org, "Vroeg"));

        Map<String, Object> forCocs = Fixtures.event(org, Fixtures.today().plusDays(20), 10);
        forCocs.put("targetRoles", List.of("coc"));
        forCocs.put("programme", Fixtures.referenceProgramme());
        given().auth()
                .oauth2(org.coc())
                .contentType(ContentType.JSON)
                .body(forCocs)
                .put("/api/training-events/{id}", eventId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(org.resident("late-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(Fixtures.registration(org, "Laat"))
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("role"));

        given().auth()
                .oauth2(org.coc())
                .post("/api/training-events/{id}/cancellation", eventId)
                .then()
                .statusCode(200);
        Map<String, Object> coc = Fixtures.registration(org, "COC-lid");
        coc.put("role", "coc");
        given().auth()
                .oauth2(org.resident("coc-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(coc)
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(409)
                .body("detail", containsString("cancelled"));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(1));
    }

    @Test
    void aRoleChangedBehindThisInstancesBackIsRefusedUnderTheLock() {
        Organisation org = Fixtures.organisation();
        String eventId = Fixtures.publishedEvent(org, Fixtures.today().plusDays(20), 10);
        Fixtures.register(org.resident("first-" + org.institution()), eventId, Fixtures.registration(org, "Eerste"));

        // as another instance of the service would: this instance hears nothing of the change
        QuarkusTransaction.requiringNew()
                .run(() -> TrainingEvent.getEntityManager()
                        .createNativeQuery("UPDATE training_event SET target_roles = '[\"coc\"]' WHERE id = ?1")
                        .setParameter(1, UUID.fromString(eventId))
                        .executeUpdate());

        given().auth()
                .oauth2(org.resident("second-" + org.institution()))
                .contentType(ContentType.JSON)
                .body(Fixtures.registration(org, "Tweede"))
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("role"));
        given().auth()
                .oauth2(org.coc())
                .get("/api/training-events/{id}", eventId)
                .then()
                .body("seatsTaken", equalTo(1));
    }

    @Test
    void aDraftStaysHiddenFromOthersAndCanBeRegisteredForOnceItIsPublished() {
        Organisation org = Fixtures.organisation();
        String eventId =
                Fixtures.create(org.coc(), Fixtures.event(org, Fixtures.today().plusDays(20), 10));
        Fixtures.setProgramme(org.coc(), eventId, Fixtures.referenceProgramme());
        String resident = org.resident("patient-" + org.institution());
        given().auth()
                .oauth2(resident)
                .contentType(ContentType.JSON)
                .body(Fixtures.registration(org, "Geduldig"))
                .post("/api/training-events/{id}/registrations", eventId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        Fixtures.publish(org.coc(), eventId);
        Fixtures.register(resident, eventId, Fixtures.registration(org, "Geduldig"));
    }
}
