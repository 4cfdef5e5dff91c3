package nl.opleidingsklimaat.events.poll;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.opleidingsklimaat.events.trainingevent.PageAddresses;
import nl.opleidingsklimaat.events.trainingevent.Pages;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The poll on a participant's phone and on the room's screen: join by code, answer through a plain form (no
 * JavaScript needed), and the results for the room once at least the minimum have been counted. Anonymous: no sign-in,
 * so a poll is answered once per browser (README, "Pages").
 */
@Path("/poll")
@Produces(MediaType.TEXT_HTML)
public class PollPage {
    /** A random id the browser keeps, so that it answers each poll once; no person behind it. */
    static final String BROWSER_COOKIE = "poll-browser";

    private static final Pattern BROWSER_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final int COOKIE_SECONDS = 24 * 60 * 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PollService polls;

    @Inject
    PageAddresses addresses;

    @CheckedTemplate(basePath = "poll")
    static class Templates {
        static native TemplateInstance join(String typed, boolean unknown);

        static native TemplateInstance question(PollQuestion question);

        static native TemplateInstance answered(PollView poll);

        static native TemplateInstance notOpen(PollView poll, boolean closed);

        static native TemplateInstance screen(PollScreen screen);
    }

    @GET
    @Operation(hidden = true)
    public Response join(@QueryParam("code") String typed) {
        if (typed == null) {
            return Pages.ok(Templates.join("", false));
        }
        Optional<PollView> poll = JoinCodes.read(typed).flatMap(polls::byJoinCode);
        if (poll.isEmpty()) {
            return Pages.html(404, Templates.join(typed, true)).build();
        }
        return Response.seeOther(URI.create("/poll/" + poll.get().joinCode())).build();
    }

    @GET
    @Path("/{code}")
    @Operation(hidden = true)
    public Response poll(
            @PathParam("code") String typed, @CookieParam(BROWSER_COOKIE) String browser, @Context UriInfo uri) {
        Optional<PollView> found = JoinCodes.read(typed).flatMap(polls::byJoinCode);
        if (found.isEmpty()) {
            return Pages.html(404, Templates.join(typed, true)).build();
        }
        PollView poll = found.get();
        if (!poll.joinCode().equals(typed)) {
            return Response.seeOther(URI.create("/poll/" + poll.joinCode())).build();
        }
        boolean known = isBrowserId(browser);
        TemplateInstance page;
        if (poll.status() != PollStatus.OPEN) {
            page = Templates.notOpen(poll, poll.status() == PollStatus.CLOSED);
        } else if (known && polls.answeredFromBrowser(poll.id(), browser)) {
            page = Templates.answered(poll);
        } else {
            page = Templates.question(PollQuestion.of(poll, null, null));
        }
        return Pages.html(200, page)
                .cookie(browserCookie(known ? browser : newBrowserId(), uri))
                .build();
    }

    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(
            @PathParam("code") String code,
            @CookieParam(BROWSER_COOKIE) String browser,
            @FormParam("option") String option,
            @FormParam("value") String value,
            @FormParam("text") String text,
            @Context UriInfo uri) {
        Optional<PollView> found = JoinCodes.read(code).flatMap(polls::byJoinCode);
        if (found.isEmpty()) {
            return Pages.html(404, Templates.join(code, true)).build();
        }
        PollView poll = found.get();
        String kept = switch (poll.type()) {
            case MULTIPLE_CHOICE -> option;
            case SCALE -> value;
            case WORD_CLOUD -> text;
        };
        if (!isBrowserId(browser)) {
            // the browser keeps no cookie (or a script posts): without one, nothing stops a second answer
            return refused(
                            poll,
                            kept,
                            "Je browser bewaart geen cookies van deze pagina. Die zijn nodig om te onthouden dat je "
                                    + "deze vraag hebt beantwoord; sta ze toe en verstuur opnieuw.")
                    .cookie(browserCookie(newBrowserId(), uri))
                    .build();
        }
        if (poll.status() != PollStatus.OPEN) {
            return Pages.html(409, Templates.notOpen(poll, poll.status() == PollStatus.CLOSED))
                    .build();
        }
        if (polls.answeredFromBrowser(poll.id(), browser)) {
            return Pages.html(409, Templates.answered(poll)).build();
        }
        Optional<PollAnswerRequest> request = request(poll, option, value, text);
        if (request.isEmpty()) {
            return refused(poll, kept, missing(poll)).build();
        }
        try {
            polls.answerFromBrowser(poll.joinCode(), browser, request.get());
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VALIDATION || e.type() == ProblemType.BAD_REQUEST) {
                return refused(poll, kept, missing(poll)).build();
            }
            // closed or answered a moment ago: the poll's page says which
        }
        return Response.seeOther(URI.create("/poll/" + poll.joinCode())).build();
    }

    @GET
    @Path("/{code}/results")
    @Operation(hidden = true)
    public Response screen(@PathParam("code") String code, @Context UriInfo uri) {
        Optional<PollView> poll = JoinCodes.read(code).flatMap(polls::byJoinCode);
        Optional<PollResults> results = poll.flatMap(p -> polls.resultsByJoinCode(p.joinCode()));
        if (poll.isEmpty() || results.isEmpty()) {
            return Pages.html(404, Templates.join(code, true)).build();
        }
        PollScreen screen = PollScreen.of(
                poll.get(),
                results.get(),
                addresses.of(uri, "/poll/" + poll.get().joinCode()),
                addresses.of(uri, "/poll"));
        return Pages.ok(Templates.screen(screen));
    }

    @GET
    @Path("/{code}/qr.png")
    @Produces("image/png")
    @Operation(hidden = true)
    public Response qrCode(@PathParam("code") String code, @Context UriInfo uri) {
        Optional<PollView> poll = JoinCodes.read(code).flatMap(polls::byJoinCode);
        if (poll.isEmpty()) {
            return Response.status(404)
                    .type(MediaType.TEXT_PLAIN)
                    .entity("No poll with this code")
                    .build();
        }
        URI join = addresses.of(uri, "/poll/" + poll.get().joinCode());
        return Response.ok(QrCodes.png(join.toString())).build();
    }

    /** The form's fields as the poll's answer; empty when the field the poll asks for was left empty or is no number. */
    private static Optional<PollAnswerRequest> request(PollView poll, String option, String value, String text) {
        return switch (poll.type()) {
            case MULTIPLE_CHOICE ->
                blank(option) ? Optional.empty() : Optional.of(new PollAnswerRequest(option, null, null));
            case SCALE -> {
                try {
                    yield blank(value)
                            ? Optional.empty()
                            : Optional.of(new PollAnswerRequest(null, Integer.valueOf(value.trim()), null));
                } catch (NumberFormatException e) {
                    yield Optional.empty();
                }
            }
            case WORD_CLOUD -> blank(text) ? Optional.empty() : Optional.of(new PollAnswerRequest(null, null, text));
        };
    }

    private static String missing(PollView poll) {
        return switch (poll.type()) {
            case MULTIPLE_CHOICE -> "Kies een van de antwoorden.";
            case SCALE -> "Kies een getal van " + poll.scaleMin() + " tot en met " + poll.scaleMax() + ".";
            case WORD_CLOUD ->
                "Typ een woord of korte zin van hoogstens " + PollService.MOST_WORD_CHARACTERS + " tekens.";
        };
    }

    private static Response.ResponseBuilder refused(PollView poll, String kept, String error) {
        return Pages.html(422, Templates.question(PollQuestion.of(poll, kept, error)));
    }

    private static boolean blank(String field) {
        return field == null || field.isBlank();
    }

    private static boolean isBrowserId(String browser) {
        return browser != null && BROWSER_ID.matcher(browser).matches();
    }

    private static String newBrowserId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static NewCookie browserCookie(String id, UriInfo uri) {
        return new NewCookie.Builder(BROWSER_COOKIE)
                .value(id)
                .path("/poll")
                .maxAge(COOKIE_SECONDS)
                .httpOnly(true)
                .secure("https".equals(uri.getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
