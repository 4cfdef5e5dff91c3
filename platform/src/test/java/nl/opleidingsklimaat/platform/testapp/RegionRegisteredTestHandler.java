package nl.opleidingsklimaat.platform.testapp;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.contracts.quality.RegionRegistered;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;

/**
 * Records every region it is handed; a region named "explode" makes it fail every time (a poison event). It also
 * remembers the names of each run of events it was handed at once, so tests can see a poll's events arrive together.
 */
@ApplicationScoped
public class RegionRegisteredTestHandler implements IntegrationEventHandler<RegionRegistered> {
    public static final List<List<String>> RUNS = new CopyOnWriteArrayList<>();

    @Override
    public EventType<RegionRegistered> eventType() {
        return QualityEvents.REGION_REGISTERED;
    }

    @Override
    public void handle(CloudEvent<RegionRegistered> event) {
        if ("explode".equals(event.data().name())) {
            throw new IllegalStateException(
                    "this handler cannot digest " + event.data().code());
        }
        Panache.getEntityManager()
                .createNativeQuery("INSERT INTO test_region_seen (code, name) VALUES (?1, ?2)")
                .setParameter(1, event.data().code())
                .setParameter(2, event.data().name())
                .executeUpdate();
    }

    @Override
    public void handleAll(List<CloudEvent<RegionRegistered>> events) {
        RUNS.add(events.stream().map(event -> event.data().name()).toList());
        IntegrationEventHandler.super.handleAll(events);
    }
}
