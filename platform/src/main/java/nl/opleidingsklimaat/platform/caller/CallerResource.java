package nl.opleidingsklimaat.platform.caller;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every service answers "who am I and what may I see", so a Swagger UI user can check a token first. */
@Path("/api/me")
@Tag(name = "Caller", description = "The identity and scope of the token you are using")
public class CallerResource {

    @Schema(name = "Caller")
    public record Caller(
            @Schema(example = "dev-coc") String reference,
            @Schema(example = "[\"coc\"]") Set<String> roles,
            @Schema(example = "[]") Set<String> programmes,
            @Schema(example = "[\"LUMC\"]") Set<String> institutions,
            @Schema(example = "OOR-LEIDEN") String region) {}

    @Inject
    CallerScope caller;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Who am I",
            description = "The roles and scope claims (programmes, institutions, region) of the bearer token, "
                    + "as this service reads them. Use it to check a token before trying other endpoints.")
    @APIResponse(
            responseCode = "200",
            description = "The caller",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Caller.class),
                            examples =
                                    @ExampleObject(
                                            name = "COC member",
                                            value =
                                                    "{\"reference\":\"dev-coc\",\"roles\":[\"coc\"],\"institutions\":[\"LUMC\"]}")))
    @APIResponse(
            responseCode = "401",
            description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Caller me() {
        Set<String> roles = new TreeSet<>();
        for (String role : Roles.ALL) {
            if (caller.hasRole(role)) {
                roles.add(role);
            }
        }
        return new Caller(
                caller.personReference().orElse(null),
                roles,
                new TreeSet<>(caller.programmes()),
                new TreeSet<>(caller.institutions()),
                caller.region().orElse(null));
    }
}
