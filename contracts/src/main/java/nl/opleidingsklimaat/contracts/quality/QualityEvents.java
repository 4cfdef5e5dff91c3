package nl.opleidingsklimaat.contracts.quality;

import java.util.List;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.Topics;

/** Events published by quality-framework-service on {@code quality.v1}. */
public final class QualityEvents {
    private static final String PREFIX = "nl.opleidingsklimaat.quality.";

    public static final EventType<RegionRegistered> REGION_REGISTERED =
            new EventType<>(PREFIX + "region-registered.v1", Topics.QUALITY, RegionRegistered.class);
    public static final EventType<InstitutionRegistered> INSTITUTION_REGISTERED =
            new EventType<>(PREFIX + "institution-registered.v1", Topics.QUALITY, InstitutionRegistered.class);
    public static final EventType<ProgrammeRegistered> PROGRAMME_REGISTERED =
            new EventType<>(PREFIX + "programme-registered.v1", Topics.QUALITY, ProgrammeRegistered.class);
    public static final EventType<ProgrammeUpdated> PROGRAMME_UPDATED =
            new EventType<>(PREFIX + "programme-updated.v1", Topics.QUALITY, ProgrammeUpdated.class);
    public static final EventType<ImprovementPlanOpened> IMPROVEMENT_PLAN_OPENED =
            new EventType<>(PREFIX + "improvement-plan-opened.v1", Topics.QUALITY, ImprovementPlanOpened.class);
    public static final EventType<ImprovementPlanClosed> IMPROVEMENT_PLAN_CLOSED =
            new EventType<>(PREFIX + "improvement-plan-closed.v1", Topics.QUALITY, ImprovementPlanClosed.class);

    public static final List<EventType<?>> ALL = List.of(
            REGION_REGISTERED,
            INSTITUTION_REGISTERED,
            PROGRAMME_REGISTERED,
            PROGRAMME_UPDATED,
            IMPROVEMENT_PLAN_OPENED,
            IMPROVEMENT_PLAN_CLOSED);

    private QualityEvents() {}
}
