package nl.opleidingsklimaat.contracts.survey;

import java.util.List;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.Topics;

/** Events published by survey-service on {@code survey.v1}. */
public final class SurveyEvents {
    private static final String PREFIX = "nl.opleidingsklimaat.survey.";

    public static final EventType<CampaignOpened> CAMPAIGN_OPENED =
            new EventType<>(PREFIX + "campaign-opened.v1", Topics.SURVEY, CampaignOpened.class);
    public static final EventType<CampaignClosed> CAMPAIGN_CLOSED =
            new EventType<>(PREFIX + "campaign-closed.v1", Topics.SURVEY, CampaignClosed.class);
    public static final EventType<ReportReleased> REPORT_RELEASED =
            new EventType<>(PREFIX + "report-released.v1", Topics.SURVEY, ReportReleased.class);
    public static final EventType<ReportWithheld> REPORT_WITHHELD =
            new EventType<>(PREFIX + "report-withheld.v1", Topics.SURVEY, ReportWithheld.class);
    public static final EventType<WellbeingSignalRaised> WELLBEING_SIGNAL_RAISED =
            new EventType<>(PREFIX + "wellbeing-signal-raised.v1", Topics.SURVEY, WellbeingSignalRaised.class);

    public static final List<EventType<?>> ALL =
            List.of(CAMPAIGN_OPENED, CAMPAIGN_CLOSED, REPORT_RELEASED, REPORT_WITHHELD, WELLBEING_SIGNAL_RAISED);

    private SurveyEvents() {}
}
