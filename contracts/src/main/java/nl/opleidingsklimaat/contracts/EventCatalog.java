package nl.opleidingsklimaat.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.opleidingsklimaat.contracts.coaching.CoachingEvents;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.contracts.trainingevents.TrainingEventEvents;

/** Every integration event type of the platform, looked up by its CloudEvents {@code type}. */
public final class EventCatalog {
    public static final List<EventType<?>> ALL = Stream.of(
                    QualityEvents.ALL, SurveyEvents.ALL, CoachingEvents.ALL, TrainingEventEvents.ALL)
            .flatMap(List::stream)
            .toList();

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalog() {}

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
