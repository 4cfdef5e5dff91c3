package nl.opleidingsklimaat.events.registration;

/** What a participant's own registration page shows (Dutch, for the template). */
public record RegistrationPageView(
        String name,
        String eventTitle,
        String eventKind,
        String theme,
        String date,
        String times,
        String place,
        String onlineLink,
        String status,
        Integer waitingListPosition,
        String offerExpires,
        boolean eventCancelled,
        boolean certificateAvailable,
        boolean evaluationOpen,
        String points) {

    public boolean registered() {
        return status.equals("registered");
    }

    public boolean waitlisted() {
        return status.equals("waitlisted");
    }

    public boolean offered() {
        return status.equals("offered");
    }

    public boolean ended() {
        return status.equals("cancelled") || status.equals("expired");
    }

    /** The status in a few Dutch words. */
    public String statusText() {
        return switch (status) {
            case "registered" -> "Je bent ingeschreven";
            case "waitlisted" -> "Je staat op de wachtlijst";
            case "offered" -> "Er is een plaats voor je vrij";
            case "expired" -> "Het aanbod van een plaats is verlopen";
            default -> "Je inschrijving is geannuleerd";
        };
    }
}
