package nl.opleidingsklimaat.quality.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The shipped Kwaliteitskader cluster 2 (bijlage 1, reference/003) is complete. The expected counts below were
 * counted by hand in the document: per actor and domain, {tasks, evidence examples}.
 */
@QuarkusTest
class KwaliteitskaderMatrixTest {
    static final List<String> DOMAINS = List.of(
            "organisatie-en-ontwikkeling", "opleidingsklimaat", "professionalisering", "competentieontwikkeling");

    static final Map<String, int[][]> COUNTS_FROM_THE_DOCUMENT = Map.of(
            "aios", new int[][] {{2, 4}, {3, 4}, {2, 1}, {4, 1}},
            "opleider-en-opleidingsgroep", new int[][] {{6, 5}, {4, 2}, {2, 2}, {4, 7}},
            "coc", new int[][] {{2, 12}, {4, 5}, {2, 3}, {3, 2}},
            "raad-van-bestuur", new int[][] {{6, 9}, {1, 2}, {2, 3}, {3, 3}},
            "cluster", new int[][] {{4, 7}, {1, 3}, {2, 4}, {2, 8}},
            "oor", new int[][] {{5, 8}, {3, 3}, {2, 1}, {4, 3}});

    static String shippedFrameworkId() {
        return given().auth()
                .oauth2(TestTokens.resident("r-1", "ANY"))
                .queryParam("code", "KWALITEITSKADER-CLUSTER-2")
                .get("/api/frameworks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.version == '1' }.id");
    }

    @Test
    void everyCellOfTheAppendixIsThereWithTheDocumentsCounts() {
        JsonPath matrix = given().auth()
                .oauth2(TestTokens.coc("LUMC"))
                .get("/api/frameworks/" + shippedFrameworkId() + "/matrix")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(matrix.getList("domains.code")).containsExactlyElementsOf(DOMAINS);
        assertThat(matrix.getList("actors.code"))
                .containsExactly("aios", "opleider-en-opleidingsgroep", "coc", "raad-van-bestuur", "cluster", "oor");
        int tasks = 0;
        int examples = 0;
        for (var expected : COUNTS_FROM_THE_DOCUMENT.entrySet()) {
            for (int d = 0; d < DOMAINS.size(); d++) {
                String cell = "actors.find { it.code == '" + expected.getKey() + "' }.cells[" + d + "]";
                assertThat(matrix.getString(cell + ".domainCode")).isEqualTo(DOMAINS.get(d));
                assertThat(matrix.getList(cell + ".tasks"))
                        .as("tasks of %s / %s", expected.getKey(), DOMAINS.get(d))
                        .hasSize(expected.getValue()[d][0]);
                assertThat(matrix.getList(cell + ".evidenceExamples"))
                        .as("examples of %s / %s", expected.getKey(), DOMAINS.get(d))
                        .hasSize(expected.getValue()[d][1]);
                tasks += expected.getValue()[d][0];
                examples += expected.getValue()[d][1];
            }
        }
        assertThat(tasks).isEqualTo(73);
        assertThat(examples).isEqualTo(102);
        assertThat(matrix.getString("framework.source")).contains("Kwaliteitskader cluster 2, Bijlage 1");
        assertThat(matrix.getString("framework.version")).isEqualTo("1");
    }

    @Test
    void everyActorHasItsRoleStatementInTheOriginalDutch() {
        JsonPath details = given().auth()
                .oauth2(TestTokens.referenceData())
                .get("/api/frameworks/" + shippedFrameworkId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(details.getList("actors.role", String.class))
                .containsExactly(
                        "Draagt individueel en in groepsverband bij aan een goede opleiding en aan optimalisering van het opleidingsklimaat.",
                        "zorgt voor een gedeelde visie op opleiden, waarbij aios worden opgeleid tot bevlogen professionals die het beoefenen van "
                                + "de state of art geneeskunde combineren met het zijn van een goede professional, life long learner en goede communicator.",
                        "Bewaakt en bevordert continu de kwaliteit en innovatie van de medisch-specialistische vervolopleidingen binnen de instelling.",
                        "Ontwikkelt en draagt de instellingsbrede visie op opleiden uit, creëert hiervoor de randvoorwaarden en voert deze in concreet beleid uit",
                        "Faciliteert, borgt en vormt een inhoudelijk samenhangende opleiding voor het betreffende specialisme.",
                        "Faciliteert de instelling- en opleiding-overstijgende aspecten van opleiden.");
        assertThat(details.getList("actors.name"))
                .containsExactly("aios", "opleider en opleidingsgroep", "COC", "Raad van Bestuur", "cluster", "OOR");
    }

    @Test
    void readsPerActorAndPerDomainWithTheOriginalTexts() {
        String id = shippedFrameworkId();
        given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/frameworks/" + id + "/actors/raad-van-bestuur")
                .then()
                .statusCode(200)
                .body(
                        "actor.cells[1].tasks.text",
                        contains("bewaakt en stimuleert een goed opleidingsklimaat binnen de instelling."))
                .body("actor.cells[0].evidenceExamples", hasSize(9));
        given().auth()
                .oauth2(TestTokens.director("ANY"))
                .get("/api/frameworks/" + id + "/domains/opleidingsklimaat")
                .then()
                .statusCode(200)
                .body("cells", hasSize(6))
                .body(
                        "cells.find { it.actorCode == 'cluster' }.evidenceExamples[1].text",
                        equalTo("informatie bijhouden over:"))
                .body(
                        "cells.find { it.actorCode == 'cluster' }.evidenceExamples[1].details",
                        contains("dienstenstructuur", "supervisie", "inwerken van nieuwe aios"));
        given().auth()
                .oauth2(TestTokens.referenceData())
                .get("/api/frameworks/" + id + "/actors/ziekenhuis")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.referenceData())
                .get("/api/frameworks/" + id + "/domains/nonsense")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.referenceData())
                .get("/api/frameworks/not-a-uuid")
                .then()
                .statusCode(404);
        given().get("/api/frameworks/" + id + "/matrix").then().statusCode(401);
    }
}
