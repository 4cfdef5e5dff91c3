package nl.opleidingsklimaat.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.opleidingsklimaat.localstack.DevToken;

/** Bearer tokens signed with the dev key, as a caller with a role and scope would present them. */
public final class TestTokens {
    private TestTokens() {}

    /** A machine token without any scope claim: it sees nothing (no machine token is platform-wide). */
    public static String system() {
        return DevToken.mint(Set.of("system"), List.of(), List.of(), null, "test-system", Duration.ofHours(1));
    }

    /** Keeps the national reference data (framework, instruments, specialties, regions); reads no figures or people. */
    public static String referenceData() {
        return DevToken.mint(
                Set.of("reference-data"), List.of(), List.of(), null, "test-reference-data", Duration.ofHours(1));
    }

    /** A regional system's machine token limited to its region. */
    public static String systemOfRegion(String region) {
        return DevToken.mint(
                Set.of("system"), List.of(), List.of(), region, "test-system-" + region, Duration.ofHours(1));
    }

    /** A machine token limited to the given programmes. */
    public static String systemOfProgrammes(String... programmes) {
        return DevToken.mint(
                Set.of("system"), List.of(programmes), List.of(), null, "test-system-programmes", Duration.ofHours(1));
    }

    /** A hospital system's machine token limited to its institution's data. */
    public static String systemOfInstitution(String institution) {
        return DevToken.mint(
                Set.of("system"),
                List.of(),
                List.of(institution),
                null,
                "test-system-" + institution,
                Duration.ofHours(1));
    }

    public static String coordinator(String region) {
        return DevToken.mint(
                Set.of("region-coordinator"), List.of(), List.of(), region, "test-coordinator", Duration.ofHours(1));
    }

    public static String advisor(String region) {
        return DevToken.mint(
                Set.of("education-advisor"), List.of(), List.of(), region, "test-advisor", Duration.ofHours(1));
    }

    public static String coc(String institution) {
        return DevToken.mint(
                Set.of("coc"), List.of(), List.of(institution), null, "test-coc-" + institution, Duration.ofHours(1));
    }

    public static String board(String institution) {
        return DevToken.mint(
                Set.of("board"),
                List.of(),
                List.of(institution),
                null,
                "test-board-" + institution,
                Duration.ofHours(1));
    }

    public static String director(String... programmes) {
        return DevToken.mint(
                Set.of("programme-director"),
                List.of(programmes),
                List.of(),
                null,
                "test-director",
                Duration.ofHours(1));
    }

    public static String resident(String subject, String programme) {
        return DevToken.mint(Set.of("resident"), List.of(programme), List.of(), null, subject, Duration.ofHours(1));
    }

    public static String coach(String subject) {
        return DevToken.mint(Set.of("coach"), List.of(), List.of(), null, subject, Duration.ofHours(1));
    }

    public static String expired() {
        return DevToken.mint(Set.of("system"), List.of(), List.of(), null, "test-expired", Duration.ofSeconds(-600));
    }

    public static String withRoles(String subject, String... roles) {
        return DevToken.mint(Set.of(roles), List.of(), List.of(), null, subject, Duration.ofHours(1));
    }
}
