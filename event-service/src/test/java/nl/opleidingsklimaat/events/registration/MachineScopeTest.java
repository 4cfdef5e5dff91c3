package nl.opleidingsklimaat.events.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.events.Fixtures;
import nl.opleidingsklimaat.events.Fixtures.Organisation;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Issue 13, attack 4: a machine token acts only within the scope claims it carries, and a token without any sees nothing. */
@QuarkusTest
class MachineScopeTest {

    /** Institution B's held event with four evaluated attendees, and a draft; what another institution's system must not read. */
    record Other(Organisation org, String heldEvent, String registration, String draft) {}

    @Test
    void aSystemScopedToOneInstitutionReadsNothingOfAnotherInstitutionsEvent() {
        Organisation a = Fixtures.organisation();
        Other b = otherInstitutionsEvent();
        String systemOfA = TestTokens.systemOfInstitution(a.institution());

        notFound(systemOfA, "/api/training-events/{id}/attendance-list", b.heldEvent());
        notFound(systemOfA, "/api/training-events/{id}/registrations", b.heldEvent());
        notFound(systemOfA, "/api/registrations/{id}", b.registration());
        notFound(systemOfA, "/api/registrations/{id}/certificate", b.registration());
        notFound(systemOfA, "/api/registrations/{id}/workshops", b.registration());
        notFound(systemOfA, "/api/training-events/{id}/evaluation", b.heldEvent());
        notFound(systemOfA, "/api/training-events/{id}", b.draft());
        given().auth()
                .oauth2(systemOfA)
                .get("/api/training-events?status=draft&size=200")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(b.draft())));

        // what is public stays public: B's held event itself (no people in it)
        given().auth()
                .oauth2(systemOfA)
                .get("/api/training-events/{id}", b.heldEvent())
                .then()
                .statusCode(200);
        // and A's system organises A's own events, drafts included
        String ownDraft =
                Fixtures.create(systemOfA, Fixtures.event(a, Fixtures.today().plusDays(30), 20));
        given().auth()
                .oauth2(systemOfA)
                .get("/api/training-events?status=draft&size=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(ownDraft));
        given().auth()
                .oauth2(b.org().coc())
                .get("/api/training-events/{id}", ownDraft)
                .then()
                .statusCode(404);
    }

    @Test
    void aSystemWithoutAnyScopeSeesNothing() {
        Other b = otherInstitutionsEvent();
        String unscoped = TestTokens.system();

        notFound(unscoped, "/api/training-events/{id}/attendance-list", b.heldEvent());
        notFound(unscoped, "/api/training-events/{id}/registrations", b.heldEvent());
        notFound(unscoped, "/api/registrations/{id}", b.registration());
        notFound(unscoped, "/api/registrations/{id}/certificate", b.registration());
        notFound(unscoped, "/api/training-events/{id}/evaluation", b.heldEvent());
        notFound(unscoped, "/api/training-events/{id}", b.draft());
        notFound(unscoped, "/api/training-events/{id}", b.heldEvent());
        given().auth()
                .oauth2(unscoped)
                .get("/api/training-events?size=200")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));

        String published = Fixtures.publishedEvent(b.org(), Fixtures.today().plusDays(20), 10);
        Map<String, Object> someone = Fixtures.registration(b.org(), "Iemand");
        someone.put("personReference", "emp-unscoped");
        given().auth()
                .oauth2(unscoped)
                .contentType(ContentType.JSON)
                .body(someone)
                .post("/api/training-events/{id}/registrations", published)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSystemSeesOnlyItsOwnParticipantsEvenAtAnEventItOrganises() {
        Organisation a = Fixtures.organisation();
        Organisation b = Fixtures.organisation();
        String eventOfA = Fixtures.publishedEvent(a, Fixtures.today(), 10);
        String ownParticipant = Fixtures.register(
                a.resident("own-" + a.institution()), eventOfA, Fixtures.registration(a, "Eigen Deelnemer"));
        String guestToken = b.resident("guest-" + b.institution());
        String guest = Fixtures.register(guestToken, eventOfA, Fixtures.registration(b, "Gast Uit B"));
        Fixtures.checkIn(a, ownParticipant);
        Fixtures.checkIn(a, guest);
        Fixtures.complete(a, eventOfA);
        String systemOfA = TestTokens.systemOfInstitution(a.institution());
        String systemOfB = TestTokens.systemOfInstitution(b.institution());

        given().auth()
                .oauth2(systemOfA)
                .get("/api/training-events/{id}/registrations", eventOfA)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.name", containsInAnyOrder("Eigen Deelnemer"));
        String csv = given().auth()
                .oauth2(systemOfA)
                .get("/api/training-events/{id}/attendance-list", eventOfA)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(csv)
                .contains("Eigen Deelnemer")
                .doesNotContain("Gast Uit B");
        given().auth()
                .oauth2(systemOfA)
                .get("/api/registrations/{id}", ownParticipant)
                .then()
                .statusCode(200);
        notFound(systemOfA, "/api/registrations/{id}", guest);
        notFound(systemOfA, "/api/registrations/{id}/certificate", guest);

        // B's system may follow its own participant at A's event, but not manage the event
        given().auth()
                .oauth2(systemOfB)
                .get("/api/registrations/{id}", guest)
                .then()
                .statusCode(200)
                .body("name", equalTo("Gast Uit B"));
        given().auth()
                .oauth2(systemOfB)
                .get("/api/registrations/{id}/certificate", guest)
                .then()
                .statusCode(200);
        notFound(systemOfB, "/api/training-events/{id}/registrations", eventOfA);
        // the human organiser still sees everyone
        given().auth()
                .oauth2(a.coc())
                .get("/api/training-events/{id}/registrations", eventOfA)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void aSystemRegistersOnlyParticipantsOfItsOwnScope() {
        Organisation a = Fixtures.organisation();
        Organisation b = Fixtures.organisation();
        String eventOfB = Fixtures.publishedEvent(b, Fixtures.today().plusDays(20), 10);
        String systemOfA = TestTokens.systemOfInstitution(a.institution());

        Map<String, Object> ofB = Fixtures.registration(b, "Medewerker B");
        ofB.put("personReference", "emp-b-1");
        given().auth()
                .oauth2(systemOfA)
                .contentType(ContentType.JSON)
                .body(ofB)
                .post("/api/training-events/{id}/registrations", eventOfB)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("programmeCode"));
        given().auth()
                .oauth2(b.coc())
                .get("/api/training-events/{id}/registrations", eventOfB)
                .then()
                .body("totalItems", equalTo(0));

        Map<String, Object> ofA = Fixtures.registration(a, "Medewerker A");
        ofA.put("personReference", "emp-a-1");
        String registration = given().auth()
                .oauth2(systemOfA)
                .contentType(ContentType.JSON)
                .body(ofA)
                .post("/api/training-events/{id}/registrations", eventOfB)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(systemOfA)
                .get("/api/registrations/{id}", registration)
                .then()
                .statusCode(200);
        // the event's organiser, a person, sees every registration of their event
        given().auth()
                .oauth2(b.coc())
                .get("/api/training-events/{id}/registrations", eventOfB)
                .then()
                .body("items.institutionCode", everyItem(equalTo(a.institution())));
    }

    private static Other otherInstitutionsEvent() {
        Organisation b = Fixtures.organisation();
        String held = Fixtures.publishedEvent(b, Fixtures.today(), 10);
        List<String> attendees = new ArrayList<>();
        String first = null;
        for (int i = 0; i < 4; i++) {
            String token = b.resident("scope-" + i + "-" + b.institution());
            String registration = Fixtures.register(token, held, Fixtures.registration(b, "Deelnemer " + i));
            Fixtures.checkIn(b, registration);
            attendees.add(token);
            first = first == null ? registration : first;
        }
        Fixtures.complete(b, held);
        attendees.forEach(token -> Fixtures.evaluate(token, held, 4, 4, null));
        given().auth()
                .oauth2(b.coc())
                .get("/api/training-events/{id}/evaluation", held)
                .then()
                .statusCode(200)
                .body("shown", equalTo(true));
        String draft =
                Fixtures.create(b.coc(), Fixtures.event(b, Fixtures.today().plusDays(40), 20));
        return new Other(b, held, first, draft);
    }

    private static void notFound(String token, String path, String id) {
        given().auth().oauth2(token).get(path, id).then().statusCode(404).contentType("application/problem+json");
    }
}
