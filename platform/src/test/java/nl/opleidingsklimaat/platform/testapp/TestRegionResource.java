package nl.opleidingsklimaat.platform.testapp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.opleidingsklimaat.contracts.Subjects;
import nl.opleidingsklimaat.contracts.quality.QualityEvents;
import nl.opleidingsklimaat.contracts.quality.RegionRegistered;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.conditional.Conditional;
import nl.opleidingsklimaat.platform.conditional.Preconditions;
import nl.opleidingsklimaat.platform.idempotency.Idempotency;
import nl.opleidingsklimaat.platform.outbox.Outbox;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.security.CallerScope;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** A tiny feature of the test application: register a region, which records RegionRegistered in the outbox. */
@Path("/api/test-regions")
public class TestRegionResource {
    public record RegisterRegion(
            @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,20}") String code,
            @NotBlank String name) {}

    @Inject
    Outbox outbox;

    @Inject
    CallerScope caller;

    @Inject
    AuditLog audit;

    @POST
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Transactional
    public Response register(@Valid RegisterRegion request) {
        if (TestRegion.findById(request.code()) != null) {
            throw ProblemException.conflict("Region %s exists", request.code());
        }
        TestRegion region = new TestRegion();
        region.code = request.code();
        region.name = request.name();
        region.persist();
        outbox.record(
                QualityEvents.REGION_REGISTERED,
                Subjects.region(region.code),
                new RegionRegistered(region.code, region.name, true));
        return Response.created(URI.create("/api/test-regions/" + region.code)).build();
    }

    public enum RegionKind {
        OOR,
        CLUSTER,
        @com.fasterxml.jackson.annotation.JsonProperty("training-region")
        TRAINING_REGION
    }

    @GET
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    public java.util.List<String> list(
            @jakarta.ws.rs.QueryParam("kind") RegionKind kind,
            @jakarta.ws.rs.QueryParam("since") java.time.LocalDate since,
            @jakarta.ws.rs.QueryParam("campaign") java.util.UUID campaign) {
        return java.util.List.of(String.valueOf(kind), String.valueOf(since), String.valueOf(campaign));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    public RegisterRegion get(@PathParam("code") String code) {
        TestRegion region = TestRegion.findById(code);
        if (region == null || !caller.maySeeRegion(code)) {
            throw ProblemException.notFound("Region %s not found", code);
        }
        audit.record("read", "test-region", code);
        return new RegisterRegion(region.code, region.name);
    }

    public record RenameRegion(@NotBlank String name) {}

    @Inject
    Preconditions preconditions;

    /** Renames a region; the caller must say which version it renames (If-Match), as the plan actions do. */
    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Transactional
    @Extension(name = Conditional.IF_MATCH, value = Conditional.REQUIRED)
    public RegisterRegion rename(@PathParam("code") String code, @Valid RenameRegion request) {
        TestRegion region = TestRegion.findById(code, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (region == null || !caller.maySeeRegion(code)) {
            throw ProblemException.notFound("Region %s not found", code);
        }
        preconditions.requireIfMatch(() -> new RegisterRegion(region.code, region.name));
        region.name = request.name();
        return new RegisterRegion(region.code, region.name);
    }

    /** Counts regions without changing anything: a POST marked to keep no Idempotency-Key record. */
    @POST
    @Path("/count")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    @Extension(name = Idempotency.EXTENSION, value = Idempotency.NONE)
    public long count() {
        return TestRegion.count();
    }

    @GET
    @Path("/paged")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.SYSTEM})
    public java.util.List<String> paged(@jakarta.ws.rs.BeanParam @Valid PageRequest page) {
        return TestRegion.<TestRegion>findAll().page(page.page, page.size).list().stream()
                .map(r -> r.code)
                .toList();
    }
}
