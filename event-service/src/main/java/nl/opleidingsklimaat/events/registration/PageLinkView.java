package nl.opleidingsklimaat.events.registration;

import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PageLink",
        description = "The participant's personal link to their own pages: the registration (and an offered seat to "
                + "confirm), the evaluation and the certificate once the event is held. Shown once: only its hash is "
                + "kept, and a new link replaces it.")
public record PageLinkView(
        UUID registrationId,

        @Schema(
                description = "Open in a browser; keep it private like a password",
                example = "https://events.example.nl/registration/3q2-7wXbYk0E1m4tZ0PqGm9dQxW4sVbN8rLhKc2YfJw")
        URI url) {}
