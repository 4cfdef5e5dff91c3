package nl.opleidingsklimaat.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Fault 5: a second instance of every service (other port, same database and broker), the load spread over both.
 * The relays must share the outbox without publishing a row twice, each group must have members of both instances
 * (one per poll loop: quality-framework-service runs three) that split the partitions, and every effect must happen once.
 */
public final class ScaleOutFault {
    private ScaleOutFault() {}

    public static Ledger.Verdict run(BenchPlatform platform, NationalRegion region, double rate) throws Exception {
        Ledger.Verdict verdict = new Ledger.Verdict("5. two instances of every service under load");
        Ledger ledger = new Ledger(platform);
        platform.scaleOut();
        Map<String, Double> publishedBefore = relayCounts(platform);
        int seconds = 40;
        Workload load = Workload.prepare(platform, region, "F5", (int) (rate * seconds) + 20)
                .start(rate, seconds);
        List<String> groups = new ArrayList<>();
        boolean split = true;
        try (Admin admin = ledger.admin()) {
            for (PackagedService service : PackagedService.values()) {
                String group = service.module();
                try {
                    ConsumerGroupDescription description = Api.eventually(
                            group + " with members of 2 instances splitting the partitions",
                            Duration.ofSeconds(60),
                            () -> {
                                try {
                                    return admin.describeConsumerGroups(List.of(group))
                                            .all()
                                            .get()
                                            .get(group);
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            },
                            d -> splits(d, Ledger.SUBSCRIPTIONS.get(service).size() * 3));
                    groups.add(group + " " + describe(description));
                } catch (IllegalStateException e) {
                    split = false;
                    groups.add(group + " NOT split: " + e.getMessage());
                }
            }
        }
        Api.sleep(seconds * 500L);
        load.closeCampaign();
        load.await();
        ledger.awaitSettled(Duration.ofMinutes(5));
        Map<String, Double> publishedAfter = relayCounts(platform);
        List<String> relays = new ArrayList<>();
        publishedAfter.forEach((instance, n) ->
                relays.add(instance + " " + Math.round(n - publishedBefore.getOrDefault(instance, 0.0))));
        boolean shared = relays.stream()
                .filter(r -> r.startsWith("quality-framework-service"))
                .noneMatch(r -> r.endsWith(" 0"));
        Map<UUID, Integer> onTopics = ledger.idsOnAllTopics();
        // ids a killed relay sent again in fault 2 are that fault's finding, not this one's
        long twice = onTopics.entrySet().stream()
                .filter(e -> e.getValue() > 1 && !Workload.RESENT_AFTER_KILL.contains(e.getKey()))
                .count();
        long published = 0;
        for (PackagedService service : PackagedService.values()) {
            published += platform.scalar(service, "SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL");
        }
        verdict.count("groups: " + String.join(", ", groups));
        verdict.count("events published per relay instance in this fault: " + String.join(", ", relays));
        verdict.count(
                "all topics: %d distinct CloudEvent ids, %d outbox rows published (all services, whole run), %d ids twice"
                        .formatted(onTopics.size(), published, twice));
        verdict.check(split, "a consumer group did not have members of 2 instances splitting its partitions");
        verdict.check(shared, "the quality-framework-service relays did not share the work");
        verdict.check(twice == 0, twice + " CloudEvent ids on a topic twice (whole run)");
        verdict.check(
                published == onTopics.size(),
                "outbox rows published " + published + " != distinct ids on the topics " + onTopics.size());
        load.verify(verdict, onTopics);
        return verdict;
    }

    static boolean splits(ConsumerGroupDescription description, int partitions) {
        if (instancesOf(description) != 2) {
            return false;
        }
        Set<TopicPartition> seen = new HashSet<>();
        int total = 0;
        for (MemberDescription member : description.members()) {
            Set<TopicPartition> assigned = member.assignment().topicPartitions();
            if (assigned.isEmpty()) {
                return false;
            }
            total += assigned.size();
            seen.addAll(assigned);
        }
        return total == seen.size();
    }

    static String describe(ConsumerGroupDescription description) {
        List<String> members = new ArrayList<>();
        for (MemberDescription member : description.members()) {
            members.add(String.valueOf(member.assignment().topicPartitions().size()));
        }
        return "%d members of %d instances (%s partitions)"
                .formatted(members.size(), instancesOf(description), String.join("+", members));
    }

    /** The client id carries the process id, so an instance's poll loops share it. */
    private static long instancesOf(ConsumerGroupDescription description) {
        return description.members().stream()
                .map(MemberDescription::clientId)
                .distinct()
                .count();
    }

    /** platform.outbox.published per instance, from its metrics endpoint (NaN when not exposed). */
    static Map<String, Double> relayCounts(BenchPlatform platform) {
        Map<String, Double> counts = new java.util.TreeMap<>();
        for (PackagedService service : PackagedService.values()) {
            List<ServiceProcess> instances = platform.instances(service);
            for (int i = 0; i < instances.size(); i++) {
                Api.Reply metrics = Api.get(instances.get(i).url() + "/q/metrics", null);
                double value = Double.NaN;
                for (String line : metrics.body().asText().split("\n")) {
                    if (line.startsWith("platform_outbox_published_total")) {
                        value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
                counts.put(service.module() + "#" + i, value);
            }
        }
        return counts;
    }
}
