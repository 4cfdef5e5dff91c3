package nl.opleidingsklimaat.bench;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.TestTokens;

/**
 * Target 4: 2,000 residents, each with their own token, register within the same instant for an online symposium of
 * 150 seats (on site, the platform allows at most 75). All 2,000 requests are offered at once (open loop; latency counted from that instant). Afterwards the
 * stored state must hold exactly 150 registered and 1,850 on the waiting list.
 */
public final class RegistrationBurstBench {
    public static final int SEATS = 150;
    public static final int RESIDENTS = 2000;

    public record Outcome(
            FixedRateLoad.Result burst, long registered, long waitlisted, long distinctWaitingPositions) {}

    private RegistrationBurstBench() {}

    public static Outcome run(BenchPlatform platform, NationalRegion region) {
        String events = platform.url(PackagedService.EVENTS);
        String institution = region.institutions().get(0);
        String coc = TestTokens.coc(institution);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30);
        String event = Api.post(
                        events + "/api/training-events",
                        coc,
                        Map.ofEntries(
                                Map.entry("kind", "symposium"),
                                Map.entry("title", "Landelijk symposium opleidingsklimaat"),
                                Map.entry("organiserInstitutionCode", institution),
                                Map.entry("targetRoles", List.of("resident")),
                                Map.entry("date", day.toString()),
                                Map.entry("startTime", "13:00"),
                                Map.entry("endTime", "14:00"),
                                Map.entry("mode", "online"),
                                Map.entry("onlineLink", "https://webinar.example.org/symposium"),
                                Map.entry("capacity", SEATS),
                                Map.entry(
                                        "programme",
                                        List.of(Map.of("title", "Plenair", "minutes", 60, "format", "plenary")))))
                .expect(201)
                .text("id");
        Api.post(events + "/api/training-events/" + event + "/publication", coc, null)
                .expect(200);

        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            String programme = region.programmes().get(i % region.programmes().size());
            String resident = "bench-resident-" + i;
            requests.add(Api.request(
                            events + "/api/training-events/" + event + "/registrations",
                            TestTokens.resident(resident, programme))
                    .header("Content-Type", "application/json")
                    .POST(Api.json(Map.of(
                            "name",
                            "Aios " + i,
                            "role",
                            "resident",
                            "programmeCode",
                            programme,
                            "accreditationWanted",
                            false)))
                    .build());
        }
        FixedRateLoad.Result burst = new FixedRateLoad().run(1_000_000, RESIDENTS, i -> requests.get((int) i));
        UUID id = UUID.fromString(event);
        long registered = platform.scalar(
                PackagedService.EVENTS,
                "SELECT count(*) FROM registration WHERE event_id = ? AND lower(status) = 'registered'",
                id);
        long waitlisted = platform.scalar(
                PackagedService.EVENTS,
                "SELECT count(*) FROM registration WHERE event_id = ? AND lower(status) = 'waitlisted'",
                id);
        long positions = platform.scalar(
                PackagedService.EVENTS,
                "SELECT count(DISTINCT (waiting_since, id)) FROM registration WHERE event_id = ? AND lower(status) = 'waitlisted'",
                id);
        return new Outcome(burst, registered, waitlisted, positions);
    }
}
