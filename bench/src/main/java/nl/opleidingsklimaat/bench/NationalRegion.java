package nl.opleidingsklimaat.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.TestTokens;

/**
 * The organisation of a national run: one region with {@code institutions} x {@code programmesPerInstitution}
 * programmes, registered through quality-framework-service's structure import and awaited in the replicas of the
 * three other services (so the set-up itself crosses Kafka).
 */
public final class NationalRegion {
    public static final String REGION = "OOR-BENCH";
    private final List<String> programmes = new ArrayList<>();
    private final List<String> institutions = new ArrayList<>();

    private NationalRegion() {}

    public static NationalRegion register(BenchPlatform platform, int institutionCount, int programmesPerInstitution) {
        NationalRegion region = new NationalRegion();
        String system = TestTokens.systemOfRegion(REGION);
        String quality = platform.url(PackagedService.QUALITY);
        Api.post(quality + "/api/regions", TestTokens.referenceData(), Map.of("code", REGION, "name", "OOR Benchmark"))
                .expect(201);
        List<Map<String, Object>> specialties = new ArrayList<>();
        for (int s = 1; s <= programmesPerInstitution; s++) {
            specialties.add(Map.of("code", "BS%02d".formatted(s), "name", "Specialisme " + s));
        }
        List<Map<String, Object>> institutions = new ArrayList<>();
        List<Map<String, Object>> programmes = new ArrayList<>();
        for (int i = 1; i <= institutionCount; i++) {
            String institution = "BI%03d".formatted(i);
            region.institutions.add(institution);
            institutions.add(Map.of("code", institution, "name", "Ziekenhuis " + i));
            for (int s = 1; s <= programmesPerInstitution; s++) {
                String programme = institution + "-S%02d".formatted(s);
                region.programmes.add(programme);
                programmes.add(Map.of(
                        "code",
                        programme,
                        "name",
                        "Opleiding " + s + " van ziekenhuis " + i,
                        "specialtyCode",
                        "BS%02d".formatted(s),
                        "institutionCode",
                        institution,
                        "directorReference",
                        "director-" + programme.toLowerCase()));
            }
        }
        long t0 = System.nanoTime();
        Api.post(
                        quality + "/api/regions/" + REGION + "/structure-imports",
                        system,
                        Map.of("institutions", institutions, "specialties", specialties, "programmes", programmes))
                .expect(200);
        for (PackagedService replica :
                List.of(PackagedService.SURVEY, PackagedService.COACHING, PackagedService.EVENTS)) {
            Api.eventually(
                    replica.module() + " replica of " + REGION,
                    Duration.ofMinutes(3),
                    () -> platform.scalar(
                            replica, "SELECT count(*) FROM programme_replica WHERE region_code = ?", REGION),
                    count -> count == programmes.size());
        }
        System.out.printf(
                "registered %d programmes in %d institutions; in every replica after %.1f s%n",
                programmes.size(), institutionCount, (System.nanoTime() - t0) / 1e9);
        return region;
    }

    public List<String> programmes() {
        return programmes;
    }

    public List<String> institutions() {
        return institutions;
    }

    public static String institutionOf(String programme) {
        return programme.substring(0, programme.indexOf('-'));
    }
}
