package nl.opleidingsklimaat.events.mail;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invitation's own time zone, built from Java's rules, puts a summer and a winter afternoon at the right instant. */
class CalendarInvitationTest {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void summerAndWinterTimesInAmsterdamReadBackAsTheRightInstants() {
        assertThat(start(LocalDateTime.of(2026, 7, 2, 13, 0)))
                .isEqualTo(Date.from(Instant.parse("2026-07-02T11:00:00Z")));
        assertThat(start(LocalDateTime.of(2026, 12, 3, 13, 0)))
                .isEqualTo(Date.from(Instant.parse("2026-12-03T12:00:00Z")));
        // around the changes (biweekly's reader is off on the day of a change itself, so the day after)
        assertThat(start(LocalDateTime.of(2026, 10, 24, 13, 0)))
                .isEqualTo(Date.from(Instant.parse("2026-10-24T11:00:00Z")));
        assertThat(start(LocalDateTime.of(2026, 10, 26, 13, 0)))
                .isEqualTo(Date.from(Instant.parse("2026-10-26T12:00:00Z")));
        assertThat(start(LocalDateTime.of(2027, 3, 29, 13, 0)))
                .isEqualTo(Date.from(Instant.parse("2027-03-29T11:00:00Z")));
    }

    @Test
    void theTimeZoneIsWrittenAsCalendarsWriteIt() {
        String ics = invitation(LocalDateTime.of(2026, 12, 3, 13, 0));
        assertThat(ics)
                .contains("BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                        + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT")
                .contains("BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                        + "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD");
    }

    @Test
    void anOnlineEventCarriesItsLinkAsLocationAndUrl() {
        String ics = CalendarInvitation.ics(
                "registration-1@opleidingsklimaat.nl",
                "Webinar feedback geven",
                List.of(new CalendarSession(
                        LocalDateTime.of(2026, 12, 3, 19, 0), LocalDateTime.of(2026, 12, 3, 20, 30))),
                AMSTERDAM,
                "https://meet.example.nl/abc",
                "https://meet.example.nl/abc",
                "Ziekenhuis X",
                "no-reply@opleidingsklimaat.nl",
                "Workshop, georganiseerd door Ziekenhuis X");
        VEvent event = Biweekly.parse(ics).first().getEvents().get(0);
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.nl/abc");
        assertThat(event.getUrl().getValue()).isEqualTo("https://meet.example.nl/abc");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("no-reply@opleidingsklimaat.nl");
        assertThat(ics).contains("DTEND;TZID=Europe/Amsterdam:20261203T203000");
    }

    @Test
    void anEventOverTwoDaysIsOneCalendarEventPerDayWithoutTheNightBetween() {
        String ics = CalendarInvitation.ics(
                "registration-2@opleidingsklimaat.nl",
                "Congres Opleiden in de regio",
                List.of(
                        new CalendarSession(LocalDateTime.of(2027, 5, 15, 9, 30), LocalDateTime.of(2027, 5, 15, 17, 0)),
                        new CalendarSession(LocalDateTime.of(2027, 5, 16, 9, 0), LocalDateTime.of(2027, 5, 16, 13, 0))),
                AMSTERDAM,
                "Congrescentrum",
                null,
                "OOR Rijndelta",
                "no-reply@opleidingsklimaat.nl",
                "Congres");
        List<VEvent> days = Biweekly.parse(ics).first().getEvents();
        assertThat(days).hasSize(2);
        assertThat(days.get(0).getSummary().getValue()).isEqualTo("Congres Opleiden in de regio (dag 1)");
        assertThat(days.get(1).getDateStart().getValue()).isEqualTo(Date.from(Instant.parse("2027-05-16T07:00:00Z")));
        assertThat(days.get(1).getDateEnd().getValue()).isEqualTo(Date.from(Instant.parse("2027-05-16T11:00:00Z")));
        assertThat(days.stream().map(d -> d.getUid().getValue()))
                .containsExactly("registration-2@opleidingsklimaat.nl", "registration-2-day2@opleidingsklimaat.nl");
    }

    private static Date start(LocalDateTime start) {
        // parsed with the VTIMEZONE the invitation carries, not with Java's zone
        return Biweekly.parse(invitation(start))
                .first()
                .getEvents()
                .get(0)
                .getDateStart()
                .getValue();
    }

    private static String invitation(LocalDateTime start) {
        return CalendarInvitation.ics(
                "registration-1@opleidingsklimaat.nl",
                "Verdiepingsdag",
                List.of(new CalendarSession(start, start.plusHours(4))),
                AMSTERDAM,
                "Onderwijscentrum",
                null,
                "Ziekenhuis X",
                "no-reply@opleidingsklimaat.nl",
                "Verdiepingsdag");
    }
}
