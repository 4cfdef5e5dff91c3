package nl.opleidingsklimaat.quality.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.quality.Fixtures;
import nl.opleidingsklimaat.testsupport.TestTokens;
import nl.opleidingsklimaat.testsupport.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistryTest {

    @Test
    void registeringAnnouncesRegionInstitutionAndProgrammeOnTheQualityTopic() {
        Fixtures.Organisation org = Fixtures.organisation();

        var records = TopicReader.readAll(Topics.QUALITY, v -> v.contains(org.region()), Duration.ofSeconds(2));

        assertThat(records)
                .extracting(r -> r.key())
                .contains("region/" + org.region(), "institution/" + org.institution(), "programme/" + org.programme());
        assertThat(records)
                .filteredOn(r -> r.key().equals("programme/" + org.programme()))
                .singleElement()
                .satisfies(r -> assertThat(r.value())
                        .contains(
                                "programme-registered.v1",
                                "\"clusterCode\":\"" + org.cluster() + "\"",
                                "\"directorReference\":\"person-1\"",
                                "\"regionCode\":\"" + org.region() + "\""));
    }

    @Test
    void invalidCodeIsRejectedWithViolationAndNothingStored() {
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "lumc int", "name", "x"))
                .post("/api/regions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("code")));
        given().auth()
                .oauth2(TestTokens.referenceData())
                .get("/api/regions/lumc int")
                .then()
                .statusCode(404);
    }

    @Test
    void aTakenCodeIsAConflict() {
        Fixtures.Organisation org = Fixtures.organisation();
        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .contentType(ContentType.JSON)
                .body(Map.of("code", org.institution(), "name", "Dubbel", "regionCode", org.region()))
                .post("/api/institutions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void programmeWithClusterOfAnotherSpecialtyIsUnprocessable() {
        Fixtures.Organisation org = Fixtures.organisation();
        String otherSpecialty = Fixtures.unique("SPEC");
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(Map.of("code", otherSpecialty, "name", "Ander"))
                .post("/api/specialties")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        Fixtures.unique("PRG"),
                        "name",
                        "X",
                        "specialtyCode",
                        otherSpecialty,
                        "institutionCode",
                        org.institution(),
                        "clusterCode",
                        org.cluster()))
                .post("/api/programmes")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void coordinatorCannotRegisterInAnotherRegionAndSeesItAs404() {
        Fixtures.Organisation org = Fixtures.organisation();
        String foreignCoordinator = TestTokens.coordinator("OOR-ELSEWHERE");
        given().auth()
                .oauth2(foreignCoordinator)
                .contentType(ContentType.JSON)
                .body(Map.of("code", Fixtures.unique("INST"), "name", "X", "regionCode", org.region()))
                .post("/api/institutions")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(foreignCoordinator)
                .get("/api/programmes/" + org.programme())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(foreignCoordinator)
                .get("/api/institutions/" + org.institution())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coordinator(org.region()))
                .get("/api/programmes/" + org.programme())
                .then()
                .statusCode(200);
    }

    @Test
    void directorSeesOwnProgrammeOnlyAndCocOwnInstitutionOnly() {
        Fixtures.Organisation org = Fixtures.organisation();
        String other = Fixtures.programmeAt(org);
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .get("/api/programmes/" + org.programme())
                .then()
                .statusCode(200)
                .body("clusterCode", equalTo(org.cluster()));
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .get("/api/programmes/" + other)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .get("/api/programmes?regionCode=" + org.region())
                .then()
                .statusCode(200)
                .body("items.code", contains(org.programme()));
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/programmes?regionCode=" + org.region())
                .then()
                .statusCode(200)
                .body("items.code", hasItems(org.programme(), other));
        given().auth()
                .oauth2(TestTokens.coc("SOMEWHERE-ELSE"))
                .get("/api/programmes/" + org.programme())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.director(org.programme()))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "active", false))
                .put("/api/programmes/" + org.programme())
                .then()
                .statusCode(403);
    }

    @Test
    void deactivatingAProgrammePublishesTheWholeNewState() {
        Fixtures.Organisation org = Fixtures.organisation();
        given().auth()
                .oauth2(TestTokens.coordinator(org.region()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Nieuwe naam",
                        "clusterCode",
                        org.cluster(),
                        "directorReference",
                        "person-2",
                        "active",
                        false))
                .put("/api/programmes/" + org.programme())
                .then()
                .statusCode(200)
                .body("active", equalTo(false));

        var updates = TopicReader.readAll(
                Topics.QUALITY,
                v -> v.contains("programme-updated.v1") && v.contains(org.programme()),
                Duration.ofSeconds(2));
        assertThat(updates)
                .singleElement()
                .satisfies(r -> assertThat(r.value())
                        .contains(
                                "\"active\":false", "\"directorReference\":\"person-2\"", "\"name\":\"Nieuwe naam\""));
        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .get("/api/programmes/" + org.programme())
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
    }

    @Test
    void jsonImportCreatesTheWholeStructureAndAnnouncesIt() {
        String region = Fixtures.unique("OOR");
        given().auth()
                .oauth2(TestTokens.referenceData())
                .contentType(ContentType.JSON)
                .body(Map.of("code", region, "name", "OOR"))
                .post("/api/regions")
                .then()
                .statusCode(201);
        String inst = Fixtures.unique("INST");
        String spec = Fixtures.unique("SPEC");
        String cluster = Fixtures.unique("CL");
        String prog = Fixtures.unique("PRG");
        Map<String, Object> structure = Map.of(
                "institutions", java.util.List.of(Map.of("code", inst, "name", "Ziekenhuis")),
                "specialties", java.util.List.of(Map.of("code", spec, "name", "Interne geneeskunde")),
                "clusters", java.util.List.of(Map.of("code", cluster, "name", "Cluster", "specialtyCode", spec)),
                "programmes",
                        java.util.List.of(Map.of(
                                "code",
                                prog,
                                "name",
                                "Opleiding",
                                "specialtyCode",
                                spec,
                                "institutionCode",
                                inst,
                                "clusterCode",
                                cluster,
                                "directorReference",
                                "person-9")));

        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(structure)
                .post("/api/regions/" + region + "/structure-imports")
                .then()
                .statusCode(200)
                .body("created", equalTo(4))
                .body("updated", equalTo(0));
        given().auth()
                .oauth2(TestTokens.coordinator(region))
                .contentType(ContentType.JSON)
                .body(structure)
                .post("/api/regions/" + region + "/structure-imports")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(4));

        given().auth()
                .oauth2(TestTokens.systemOfRegion(region))
                .get("/api/programmes/" + prog)
                .then()
                .statusCode(200)
                .body("regionCode", equalTo(region))
                .body("clusterCode", equalTo(cluster));
        var records = TopicReader.readAll(
                Topics.QUALITY, v -> v.contains(prog) && v.contains("programme-registered"), Duration.ofSeconds(2));
        assertThat(records).hasSize(1);
    }

    @Test
    void importWithBadRowsListsEveryErrorAndStoresNothing() {
        Fixtures.Organisation org = Fixtures.organisation();
        String newInst = Fixtures.unique("INST");
        String csv = """
                kind,code,name,specialtyCode,institutionCode,clusterCode,directorReference
                institution,%s,Nieuw ziekenhuis,,,,
                programme,bad code,Opleiding,%s,%s,,
                programme,%s,Opleiding,NO-SUCH-SPEC,%s,,
                programme,%s,Opleiding,%s,NO-SUCH-INST,,
                """.formatted(
                        newInst,
                        org.specialty(),
                        newInst,
                        Fixtures.unique("PRG"),
                        newInst,
                        Fixtures.unique("PRG"),
                        org.specialty());

        given().auth()
                .oauth2(TestTokens.coordinator(org.region()))
                .contentType("text/csv")
                .body(csv)
                .post("/api/regions/" + org.region() + "/structure-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("rows[3].code", "rows[4].specialtyCode", "rows[5].institutionCode"))
                .body("violations.field", not(hasItem("rows[2].code")));
        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .get("/api/institutions/" + newInst)
                .then()
                .statusCode(404);
    }

    @Test
    void csvImportAddsProgrammesToAnExistingRegion() {
        Fixtures.Organisation org = Fixtures.organisation();
        String prog = Fixtures.unique("PRG");
        String csv = """
                kind,code,name,specialtyCode,institutionCode,clusterCode,directorReference
                programme,%s,Opleiding CSV,%s,%s,%s,person-3
                """.formatted(prog, org.specialty(), org.institution(), org.cluster());
        given().auth()
                .oauth2(TestTokens.coordinator(org.region()))
                .contentType("text/csv")
                .body(csv)
                .post("/api/regions/" + org.region() + "/structure-imports")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        given().auth()
                .oauth2(TestTokens.coc(org.institution()))
                .get("/api/programmes/" + prog)
                .then()
                .statusCode(200)
                .body("name", equalTo("Opleiding CSV"));
        given().auth()
                .oauth2(TestTokens.coordinator("OOR-ELSEWHERE"))
                .contentType("text/csv")
                .body(csv)
                .post("/api/regions/" + org.region() + "/structure-imports")
                .then()
                .statusCode(404);
    }

    @Test
    void unreadableCsvIsABadRequest() {
        Fixtures.Organisation org = Fixtures.organisation();
        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .contentType("text/csv")
                .body("kind,code,colour\ninstitution,X,red\n")
                .post("/api/regions/" + org.region() + "/structure-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void jsonImportNamesEveryBadRowAndStoresNothing() {
        Fixtures.Organisation org = Fixtures.organisation();
        String newInst = Fixtures.unique("INST");
        Map<String, Object> structure = Map.of(
                "institutions", java.util.List.of(Map.of("code", newInst, "name", "Nieuw")),
                "clusters",
                        java.util.List.of(Map.of(
                                "code", Fixtures.unique("CL"), "name", "Cluster", "specialtyCode", "NO-SUCH-SPEC")),
                "programmes",
                        java.util.List.of(
                                Map.of(
                                        "code",
                                        Fixtures.unique("PRG"),
                                        "name",
                                        "Opleiding",
                                        "specialtyCode",
                                        org.specialty(),
                                        "institutionCode",
                                        newInst),
                                Map.of(
                                        "code",
                                        org.programme(),
                                        "name",
                                        "Verhuisd",
                                        "specialtyCode",
                                        org.specialty(),
                                        "institutionCode",
                                        newInst)));
        given().auth()
                .oauth2(TestTokens.coordinator(org.region()))
                .contentType(ContentType.JSON)
                .body(structure)
                .post("/api/regions/" + org.region() + "/structure-imports")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("clusters[0].specialtyCode", "programmes[1].institutionCode"))
                .body("violations.field", not(hasItem("programmes[0].institutionCode")));
        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .get("/api/institutions/" + newInst)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.systemOfRegion(org.region()))
                .get("/api/programmes/" + org.programme())
                .then()
                .body("institutionCode", equalTo(org.institution()));
    }
}
