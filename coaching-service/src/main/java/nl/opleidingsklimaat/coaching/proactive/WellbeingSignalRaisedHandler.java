package nl.opleidingsklimaat.coaching.proactive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.opleidingsklimaat.contracts.CloudEvent;
import nl.opleidingsklimaat.contracts.EventType;
import nl.opleidingsklimaat.contracts.survey.SurveyEvents;
import nl.opleidingsklimaat.contracts.survey.WellbeingSignalRaised;
import nl.opleidingsklimaat.platform.consumer.IntegrationEventHandler;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;

/** A wellbeing signal (e.g. burnout indicators above a rule) puts the programme on the proactive list, if it can be genuine. */
@ApplicationScoped
public class WellbeingSignalRaisedHandler implements IntegrationEventHandler<WellbeingSignalRaised> {
    @Inject
    ProactiveList list;

    @Override
    public EventType<WellbeingSignalRaised> eventType() {
        return SurveyEvents.WELLBEING_SIGNAL_RAISED;
    }

    @Override
    public void handle(CloudEvent<WellbeingSignalRaised> event) {
        WellbeingSignalRaised signal = event.data();
        ReplicatedProgramme programme = list.requireKnown(event, signal.programmeCode(), signal.institutionCode());
        list.flag(
                programme.code,
                programme.institutionCode,
                programme.regionCode,
                signal.campaignId(),
                "wellbeing: " + signal.indicator() + " = " + signal.value().toPlainString() + " (" + signal.rule()
                        + ")");
    }
}
