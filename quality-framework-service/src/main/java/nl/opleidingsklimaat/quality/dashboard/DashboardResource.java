package nl.opleidingsklimaat.quality.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.opleidingsklimaat.platform.paging.PageRequest;
import nl.opleidingsklimaat.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/dashboards")
@Tag(name = "Dashboards", description = "The aggregated APIs COC and region dashboards are built on")
public class DashboardResource {
    static final String INSTITUTION_EXAMPLE = """
            {"institutionCode": "LUMC", "name": "Leids Universitair Medisch Centrum", "regionCode": "OOR-LEIDEN", "programmesTotal": 1, "page": 0, "size": 50,
             "programmes": [{"programmeCode": "LUMC-INT", "name": "Interne geneeskunde LUMC", "active": true,
               "latestReport": {"state": "RELEASED", "campaignId": "5f0c2a9e-1d1b-4b7a-9f6e-2a0c4e9d7b31", "instrumentCode": "OPLEIDINGSMONITOR",
                                "invited": 12, "respondents": 9, "responseRate": 0.75, "threshold": null, "domainScores": [{"domain": "supervision", "mean": 3.9, "respondents": 9}], "note": null},
               "improvementPlan": {"planId": "9b2e6d1a-6f0e-4c55-8d7e-3f8a1c2b4d5e", "state": "DO", "cycle": "2026", "openActions": 3, "overdueActions": 1},
               "overdueActions": 1, "coaching": {"started": 5, "completed": null, "note": "fewer than 4 tracks, or a figure that would reveal such a count: not shown"},
               "professionalisation": {"attendances": 9, "supervisorPoints": 12.0, "totalPoints": 22.0, "note": null},
               "coverage": {"assessmentId": "0d6c8a34-98d3-4f7b-a5b8-6a2a0e1f9c20", "year": 2026, "tasks": 27, "met": 6, "percentMet": 22}}]}""";
    static final String REGION_EXAMPLE = """
            {"regionCode": "OOR-LEIDEN", "name": "OOR Leiden", "institutionsTotal": 1, "page": 0, "size": 50,
             "institutions": [{"institutionCode": "LUMC", "name": "Leids Universitair Medisch Centrum", "programmes": 2, "reportsReleased": 1,
               "reportsWithheld": 1, "programmesWithoutReport": 0, "openPlans": 1, "overdueActions": 1,
               "coaching": {"started": 5, "completed": null, "note": "fewer than 4 tracks, or a figure that would reveal such a count: not shown"},
               "supervisorPoints": 12.0, "averagePercentMet": 22}],
             "gapsTotal": 2, "gaps": [{"kind": "REPORT_WITHHELD", "institutionCode": "LUMC", "programmeCode": "LUMC-CHI", "detail": "fewer than 4 respondents, threshold 4"},
               {"kind": "OVERDUE_ACTIONS", "institutionCode": "LUMC", "programmeCode": "LUMC-INT", "detail": "1 overdue actions"}]}""";

    @Inject
    DashboardService dashboards;

    @GET
    @Path("/institutions/{code}")
    @RolesAllowed({Roles.COC, Roles.BOARD, Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    @Operation(
            summary = "COC dashboard of an institution",
            description =
                    "Per programme (paged): the latest report status (released, withheld or none; invited, respondents and response rate; domain scores only when released), the improvement plan's state with open and overdue actions, coaching uptake counts, professionalisation points of the supervisors, and framework coverage of the latest assessment. A report's figures only for callers whose role is among the report's audiences (as survey-service decides); no figure from 1 to 3 people (null, with a note saying why). For the institution's COC and board, the region's coordinators and advisors and system clients scoped to them; every read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard",
            content =
                    @Content(
                            schema = @Schema(implementation = InstitutionDashboard.class),
                            examples = @ExampleObject(name = "dashboard", value = INSTITUTION_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Role has no dashboard")
    @APIResponse(responseCode = "404", description = "Institution absent or out of scope")
    public InstitutionDashboard institution(@PathParam("code") String code, @BeanParam @Valid PageRequest page) {
        return dashboards.institution(code, page);
    }

    @GET
    @Path("/regions/{code}")
    @RolesAllowed({Roles.REGION_COORDINATOR, Roles.EDUCATION_ADVISOR, Roles.SYSTEM})
    @Operation(
            summary = "Region dashboard",
            description =
                    "Per institution (paged): programmes, released and withheld reports, programmes without a report, open plans, overdue actions, coaching uptake, supervisors' professionalisation points and average coverage; and the region's gaps (withheld or missing reports, released reports without a plan, overdue actions, open OOR tasks), at most 200 with their total. An institution's coaching counts and supervisors' points are null when they come from 1 to 3 people or when, minus its programmes' shown figures, they would give back a hidden one. For the region's coordinators and advisors and system clients scoped to the region; every read is audited.")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard",
            content =
                    @Content(
                            schema = @Schema(implementation = RegionDashboard.class),
                            examples = @ExampleObject(name = "dashboard", value = REGION_EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Role has no region dashboard")
    @APIResponse(responseCode = "404", description = "Region absent or out of scope")
    public RegionDashboard region(@PathParam("code") String code, @BeanParam @Valid PageRequest page) {
        return dashboards.region(code, page);
    }
}
