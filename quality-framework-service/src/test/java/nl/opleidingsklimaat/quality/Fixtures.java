package nl.opleidingsklimaat.quality;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.testsupport.TestTokens;

/** Builds registry fixtures through the API, with codes unique to each test (the app and database are shared). */
public final class Fixtures {
    private Fixtures() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** A region with one institution, a specialty, a cluster and one programme; returns their codes. */
    public record Organisation(String region, String institution, String specialty, String cluster, String programme) {}

    /**
     * Regions and specialties are national reference data (the reference-data keeper registers them); the region's
     * structure is registered by a regional system's machine token scoped to that region.
     */
    public static Organisation organisation() {
        String region = unique("OOR");
        String institution = unique("INST");
        String specialty = unique("SPEC");
        String cluster = unique("CL");
        String programme = unique("PRG");
        post(TestTokens.referenceData(), "/api/regions", Map.of("code", region, "name", "OOR " + region));
        post(
                TestTokens.referenceData(),
                "/api/specialties",
                Map.of("code", specialty, "name", "Specialisme " + specialty));
        String system = TestTokens.systemOfRegion(region);
        post(
                system,
                "/api/institutions",
                Map.of("code", institution, "name", "Ziekenhuis " + institution, "regionCode", region));
        post(
                system,
                "/api/clusters",
                Map.of(
                        "code",
                        cluster,
                        "name",
                        "Cluster " + cluster,
                        "regionCode",
                        region,
                        "specialtyCode",
                        specialty));
        post(
                system,
                "/api/programmes",
                Map.of(
                        "code",
                        programme,
                        "name",
                        "Opleiding " + programme,
                        "specialtyCode",
                        specialty,
                        "institutionCode",
                        institution,
                        "clusterCode",
                        cluster,
                        "directorReference",
                        "person-1"));
        return new Organisation(region, institution, specialty, cluster, programme);
    }

    public static String programmeAt(Organisation organisation) {
        String programme = unique("PRG");
        post(
                TestTokens.systemOfRegion(organisation.region()),
                "/api/programmes",
                Map.of(
                        "code",
                        programme,
                        "name",
                        "Opleiding " + programme,
                        "specialtyCode",
                        organisation.specialty(),
                        "institutionCode",
                        organisation.institution()));
        return programme;
    }

    public static String institutionIn(String region) {
        String institution = unique("INST");
        post(
                TestTokens.systemOfRegion(region),
                "/api/institutions",
                Map.of("code", institution, "name", "Ziekenhuis " + institution, "regionCode", region));
        return institution;
    }

    private static void post(String token, String path, Object body) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201);
    }
}
