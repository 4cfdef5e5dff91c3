package nl.opleidingsklimaat.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.opleidingsklimaat.testsupport.PackagedService;
import nl.opleidingsklimaat.testsupport.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Fault 3: every consumer group set back to offset 0 of all its topics while the services are down, then started
 * again: once every group is back at the end, every table of every service must be exactly as before (row count and
 * md5 of all rows; only Flyway's history is left out).
 */
public final class ReplayFault {
    private ReplayFault() {}

    public static Ledger.Verdict run(BenchPlatform platform) throws Exception {
        Ledger.Verdict verdict = new Ledger.Verdict("3. every topic replayed from offset 0");
        Ledger ledger = new Ledger(platform);
        ledger.awaitSettled(Duration.ofMinutes(2));
        Map<PackagedService, Map<String, String>> before = new LinkedHashMap<>();
        for (PackagedService service : PackagedService.values()) {
            before.put(service, ledger.snapshot(service));
        }
        for (PackagedService service : PackagedService.values()) {
            platform.instances(service).forEach(ServiceProcess::close);
        }
        long replayed = 0;
        try (Admin admin = ledger.admin()) {
            for (PackagedService service : PackagedService.values()) {
                String group = service.module();
                Api.eventually(
                        group + " without members",
                        Duration.ofMinutes(1),
                        () -> {
                            try {
                                return admin.describeConsumerGroups(List.of(group))
                                        .all()
                                        .get()
                                        .get(group)
                                        .groupState();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        state -> state == GroupState.EMPTY || state == GroupState.DEAD);
                Map<TopicPartition, OffsetAndMetadata> toZero = new HashMap<>();
                for (var description : admin.describeTopics(Ledger.SUBSCRIPTIONS.get(service))
                        .allTopicNames()
                        .get()
                        .values()) {
                    description
                            .partitions()
                            .forEach(p -> toZero.put(
                                    new TopicPartition(description.name(), p.partition()), new OffsetAndMetadata(0)));
                }
                admin.alterConsumerGroupOffsets(group, toZero).all().get();
                replayed += ledger.lag(admin, service);
            }
        }
        System.out.printf("  offsets reset: %d records to replay%n", replayed);
        List<ServiceProcess> all = new ArrayList<>();
        for (PackagedService service : PackagedService.values()) {
            platform.instances(service).forEach(p -> all.add(p.restart()));
        }
        all.forEach(ServiceProcess::awaitReady);
        long t0 = System.nanoTime();
        ledger.awaitSettled(Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Api.sleep(2000);
        int tables = 0;
        List<String> changed = new ArrayList<>();
        for (PackagedService service : PackagedService.values()) {
            Map<String, String> after = ledger.snapshot(service);
            for (var entry : before.get(service).entrySet()) {
                tables++;
                if (!entry.getValue().equals(after.get(entry.getKey()))) {
                    changed.add(service.module() + "." + entry.getKey() + " " + entry.getValue() + " -> "
                            + after.get(entry.getKey()));
                }
            }
        }
        verdict.count(
                "%d records replayed into 4 groups, caught up in %.1f s; %d tables compared (count + md5 of all rows), %d changed"
                        .formatted(replayed, seconds, tables, changed.size()));
        verdict.check(replayed > 0, "nothing to replay");
        verdict.check(changed.isEmpty(), "changed: " + String.join(", ", changed));
        return verdict;
    }
}
