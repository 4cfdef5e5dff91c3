package nl.opleidingsklimaat.platform.testapp;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import nl.opleidingsklimaat.platform.organisation.OrganisationDirectory;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;

@Path("/api/test-programmes")
public class TestProgrammeResource {
    public record ProgrammeView(String code, String name, String institutionCode, boolean active) {}

    @Inject
    OrganisationDirectory directory;

    @GET
    @Path("/{code}")
    @Authenticated
    public ProgrammeView get(@PathParam("code") String code) {
        ReplicatedProgramme programme = directory.visibleProgramme(code);
        return new ProgrammeView(programme.code, programme.name, programme.institutionCode, programme.active);
    }
}
