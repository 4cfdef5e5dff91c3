package nl.opleidingsklimaat.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.opleidingsklimaat.contracts.Topics;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;
import nl.opleidingsklimaat.testsupport.TestTokens;

/**
 * The counted load of one fault: programmes registered one by one in quality-framework-service (each a
 * ProgrammeRegistered outbox row, applied to the programme replicas of the three other services) and answers to an
 * open campaign of its own; optionally a second campaign, answered beforehand and closed during the fault (its
 * ReportReleased/ReportWithheld events are applied by quality-framework-service and coaching-service).
 */
public final class Workload {
    static final String REPORT_TYPES =
            "('" + SurveyEvents.REPORT_RELEASED.name() + "','" + SurveyEvents.REPORT_WITHHELD.name() + "')";

    private final BenchPlatform platform;
    private final Ledger ledger;
    private final String prefix;
    private final SurveyCampaign answered;
    private final SurveyCampaign closing;
    private CountedLoad registrations;
    private CountedLoad answers;

    private Workload(BenchPlatform platform, String prefix, SurveyCampaign answered, SurveyCampaign closing) {
        this.platform = platform;
        this.ledger = new Ledger(platform);
        this.prefix = prefix;
        this.answered = answered;
        this.closing = closing;
    }

    /** Opens the fault's campaigns: one with {@code links} invitations for the load, one to close (answered in part now). */
    public static Workload prepare(BenchPlatform platform, NationalRegion region, String prefix, int links) {
        Map<String, Integer> invites = new LinkedHashMap<>();
        region.programmes()
                .forEach(p -> invites.put(p, links / region.programmes().size() + 1));
        SurveyCampaign answered = SurveyCampaign.open(platform, prefix + " load", invites);
        Map<String, Integer> small = new LinkedHashMap<>();
        region.programmes().forEach(p -> small.put(p, 6));
        SurveyCampaign closing = SurveyCampaign.open(platform, prefix + " closing", small);
        // some programmes reach the threshold of 4 (released), the others stay below (withheld)
        int i = 0;
        for (SurveyCampaign.Link link : closing.links()) {
            int n = i++ % 6;
            if (n < (region.programmes().indexOf(link.programme()) % 2 == 0 ? 5 : 2)) {
                Api.send(closing.answer(link, n)).expect(200);
            }
        }
        return new Workload(platform, prefix, answered, closing);
    }

    /** Offers {@code rate} registrations/s and {@code rate} answers/s for {@code seconds}, spread over every instance. */
    public Workload start(double rate, int seconds) {
        String system = TestTokens.systemOfRegion(NationalRegion.REGION);
        Supplier<List<ServiceProcess>> quality = () -> platform.instances(PackagedService.QUALITY);
        Supplier<List<ServiceProcess>> survey = () -> platform.instances(PackagedService.SURVEY);
        long total = (long) (rate * seconds);
        registrations = CountedLoad.start(prefix + "-registrations", rate, total, i -> {
            List<ServiceProcess> instances = quality.get();
            String code = prefix + "-P%05d".formatted(i);
            String body = """
                    {"code": "%s", "name": "Opleiding %s", "specialtyCode": "BS01", "institutionCode": "BI001", "directorReference": "director-%s"}""".formatted(code, code, i);
            return new CountedLoad.Keyed(
                    code,
                    Api.request(instances.get((int) (i % instances.size())).url() + "/api/programmes", system)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build());
        });
        answers = CountedLoad.start(prefix + "-answers", rate, total, i -> {
            List<ServiceProcess> instances = survey.get();
            return answered.nextAnswer(
                    instances.get((int) (i % instances.size())).url());
        });
        return this;
    }

    public void closeCampaign() {
        closing.close();
    }

    public void await() {
        registrations.await();
        answers.await();
    }

    /** Compares accepted, stored, published, on the topic and applied downstream; adds counts and failures to the verdict. */
    public void verify(Ledger.Verdict verdict, Map<UUID, Integer> onTopics) {
        verify(verdict, onTopics, false);
    }

    /**
     * Ids of events a relay sent again because it was killed after Kafka accepted them and before it could mark
     * them published. The outbox is at-least-once by nature (no transaction spans PostgreSQL and Kafka); the inbox
     * makes the second copy harmless. Later checks of the whole topic leave these ids out.
     */
    static final Set<UUID> RESENT_AFTER_KILL = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public void verify(Ledger.Verdict verdict, Map<UUID, Integer> onTopics, boolean publisherKilled) {
        CountedLoad.Tally reg = registrations.tally();
        CountedLoad.Tally ans = answers.tally();
        System.out.println("  " + prefix + " registrations: " + reg.summary());
        System.out.println("  " + prefix + " answers:       " + ans.summary());

        // programmes: accepted ⊆ stored ⊆ accepted ∪ ambiguous
        Set<String> stored = new HashSet<>(ledger.strings(
                PackagedService.QUALITY, "SELECT code FROM programme WHERE code LIKE ?", prefix + "-P%"));
        Set<String> lost = new HashSet<>(reg.accepted);
        lost.removeAll(stored);
        Set<String> unexplained = new HashSet<>(stored);
        unexplained.removeAll(reg.accepted);
        long storedOfAmbiguous =
                unexplained.stream().filter(reg.ambiguous::contains).count();
        unexplained.removeAll(reg.ambiguous);
        List<UUID> events = ledger.uuids(
                PackagedService.QUALITY,
                "SELECT id FROM outbox_event WHERE event_type = ? AND record_key LIKE ?",
                QualityEvents.PROGRAMME_REGISTERED.name(),
                "programme/" + prefix + "-P%");
        long published = platform.scalar(
                PackagedService.QUALITY,
                "SELECT count(*) FROM outbox_event WHERE event_type = ? AND record_key LIKE ? AND published_at IS NOT NULL",
                QualityEvents.PROGRAMME_REGISTERED.name(),
                "programme/" + prefix + "-P%");
        long onTopic = events.stream().filter(onTopics::containsKey).count();
        long doubled =
                events.stream().filter(id -> onTopics.getOrDefault(id, 0) > 1).count();
        StringBuilder applied = new StringBuilder();
        boolean allApplied = true;
        for (PackagedService replica :
                List.of(PackagedService.SURVEY, PackagedService.COACHING, PackagedService.EVENTS)) {
            long rows = platform.scalar(
                    replica, "SELECT count(*) FROM programme_replica WHERE code LIKE ?", prefix + "-P%");
            long inboxed = ledger.inboxed(replica, events);
            applied.append(" %s %d/%d".formatted(replica.name().toLowerCase(), rows, inboxed));
            allApplied &= rows == stored.size() && inboxed == events.size();
        }
        verdict.count(
                "programmes: accepted %d (+%d of %d ambiguous stored), stored %d, outbox %d, published %d, on topic %d (%d twice), replica/inbox%s"
                        .formatted(
                                reg.accepted.size(),
                                storedOfAmbiguous,
                                reg.ambiguous.size(),
                                stored.size(),
                                events.size(),
                                published,
                                onTopic,
                                doubled,
                                applied));
        verdict.check(lost.isEmpty(), lost.size() + " accepted programmes not stored");
        verdict.check(unexplained.isEmpty(), unexplained.size() + " programmes stored that were never accepted");
        verdict.check(
                events.size() == stored.size(),
                "outbox rows " + events.size() + " != stored programmes " + stored.size());
        verdict.check(published == events.size(), (events.size() - published) + " programme events never published");
        verdict.check(
                onTopic == events.size(), (events.size() - onTopic) + " programme events missing on " + Topics.QUALITY);
        if (publisherKilled) {
            events.stream().filter(id -> onTopics.getOrDefault(id, 0) > 1).forEach(RESENT_AFTER_KILL::add);
            verdict.count(
                    "programme events sent again after the kill: " + doubled + " (applied once, see the inbox counts)");
        } else {
            verdict.check(doubled == 0, doubled + " programme events published twice");
        }
        verdict.check(allApplied, "programme events not applied exactly once in every replica:" + applied);
        verdict.check(reg.accepted.size() > 0, "no programme accepted at all");

        // answers: sealed ballots until the campaign closes, so compare counts: accepted <= stored <= accepted +
        // ambiguous
        long responses = platform.scalar(
                PackagedService.SURVEY,
                "SELECT count(*) FROM sealed_ballot WHERE box = ?",
                "campaign/" + answered.id());
        verdict.count("answers: accepted %d, ambiguous %d, stored %d"
                .formatted(ans.accepted.size(), ans.ambiguous.size(), responses));
        verdict.check(
                responses >= ans.accepted.size(), (ans.accepted.size() - responses) + " accepted answers not stored");
        verdict.check(
                responses <= ans.accepted.size() + ans.ambiguous.size(),
                "more answers stored than accepted (+ambiguous)");

        // reports of the campaign closed during the fault
        UUID campaign = UUID.fromString(closing.id());
        long programmesReported = platform.scalar(
                PackagedService.SURVEY, "SELECT count(*) FROM programme_report WHERE campaign_id = ?", campaign);
        List<UUID> reports = ledger.uuids(
                PackagedService.SURVEY,
                "SELECT id FROM outbox_event WHERE event_type IN " + REPORT_TYPES + " AND envelope LIKE ?",
                "%" + closing.id() + "%");
        List<UUID> released = ledger.uuids(
                PackagedService.SURVEY,
                "SELECT id FROM outbox_event WHERE event_type = ? AND envelope LIKE ?",
                SurveyEvents.REPORT_RELEASED.name(),
                "%" + closing.id() + "%");
        long reportsPublished = platform.scalar(
                PackagedService.SURVEY,
                "SELECT count(*) FROM outbox_event WHERE event_type IN " + REPORT_TYPES
                        + " AND envelope LIKE ? AND published_at IS NOT NULL",
                "%" + closing.id() + "%");
        long reportsOnTopic = reports.stream().filter(onTopics::containsKey).count();
        long reportsDoubled =
                reports.stream().filter(id -> onTopics.getOrDefault(id, 0) > 1).count();
        long outcomes = platform.scalar(
                PackagedService.QUALITY, "SELECT count(*) FROM report_outcome WHERE campaign_id = ?", campaign);
        long qualityInbox = ledger.inboxed(PackagedService.QUALITY, reports);
        long coachingInbox = ledger.inboxed(PackagedService.COACHING, released);
        verdict.count(
                "reports: %d programmes, outbox %d (%d released), published %d, on topic %d (%d twice), quality inbox %d / report_outcome %d, coaching inbox %d"
                        .formatted(
                                programmesReported,
                                reports.size(),
                                released.size(),
                                reportsPublished,
                                reportsOnTopic,
                                reportsDoubled,
                                qualityInbox,
                                outcomes,
                                coachingInbox));
        verdict.check(
                reports.size() == programmesReported && programmesReported > 0,
                "report events " + reports.size() + " != programme reports " + programmesReported);
        verdict.check(
                reportsPublished == reports.size() && reportsOnTopic == reports.size(),
                "report events not all published");
        if (publisherKilled) {
            reports.stream().filter(id -> onTopics.getOrDefault(id, 0) > 1).forEach(RESENT_AFTER_KILL::add);
            verdict.count("report events sent again after the kill: " + reportsDoubled
                    + " (applied once, see the inbox counts)");
        } else {
            verdict.check(reportsDoubled == 0, reportsDoubled + " report events published twice");
        }
        verdict.check(
                qualityInbox == reports.size() && outcomes == reports.size(),
                "report events not applied once by quality-framework-service");
        verdict.check(coachingInbox == released.size(), "ReportReleased not applied once by coaching-service");
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
