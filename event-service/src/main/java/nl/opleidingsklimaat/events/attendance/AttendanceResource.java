package nl.opleidingsklimaat.events.attendance;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventService;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training-events/{eventId}")
@Authenticated
@Tag(
        name = "Attendance and accreditation",
        description = "Check-in and check-out, closing an event, attendance lists and certificates")
public class AttendanceResource {
    @Inject
    AttendanceService attendance;

    @Inject
    TrainingEventService events;

    @POST
    @Path("/completion")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Close a held event",
            description =
                    "On or after the event's day the organiser marks it held. Every checked-in attendee "
                            + "earns the points of the teaching time between check-in and check-out (breaks and intermezzi excluded, rounded down to half hours; no "
                            + "check-out counts until the end) and AttendanceConfirmed is published for them on training-events.v1 (opaque reference, no name).")
    @APIResponse(
            responseCode = "200",
            description = "The held event",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TrainingEventView.class)))
    @APIResponse(responseCode = "409", description = "Not published (a draft, cancelled or already held)")
    @APIResponse(responseCode = "422", description = "The event's day has not come yet")
    public TrainingEventView complete(@PathParam("eventId") UUID eventId) {
        attendance.complete(eventId);
        return events.get(eventId);
    }

    @GET
    @Path("/attendance-list")
    @Produces("text/csv")
    @Operation(
            summary = "Attendance list for the accreditation body (CSV)",
            description =
                    "Checked-in attendees of a held event with name, BIG "
                            + "number, points earned, where they attended (on-site or online; of an event over more than one day, on the first day they came) and the dates they attended (days, separated by spaces). Organisers only; every download is audited.")
    @APIResponse(
            responseCode = "200",
            description = "CSV with a header line",
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "list",
                                            value =
                                                    "name,bigNumber,points,attendance,days\n\"Dr. A. de Vries\",19012345601,3.0,on-site,2026-11-12\n")))
    @APIResponse(responseCode = "409", description = "The event has not been held yet")
    public Response attendanceList(@PathParam("eventId") UUID eventId) {
        String csv = AttendanceListCsv.write(attendance.attendanceList(eventId));
        return Response.ok(csv, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"attendance-" + eventId + ".csv\"")
                .build();
    }

    @GET
    @Path("/register-list")
    @Produces("text/csv")
    @Operation(
            summary = "Register list for the accreditation register (CSV)",
            description =
                    "The attendance of a held event in the form an accreditation register takes: event (id), date, "
                            + "activity (the event's title), bigNumber, name, points. One line per attendee who asked for accreditation "
                            + "per day attended (one line for a one-day event) with the points earned that day, the accredited figure "
                            + "included; days without points are left out. Organisers only (a machine gets its own participants); "
                            + "every download is audited.")
    @APIResponse(
            responseCode = "200",
            description = "CSV with a header line",
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "two-day congress",
                                            value =
                                                    "event,date,activity,bigNumber,name,points\n"
                                                            + "6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33,2027-05-15,\"Congres: Samen leren wat werkt\",19012345601,\"Dr. A. de Vries\",5.0\n"
                                                            + "6f1c1d6e-2b7a-4d0e-9a51-6c9f0e1b2a33,2027-05-16,\"Congres: Samen leren wat werkt\",19012345601,\"Dr. A. de Vries\",3.0\n")))
    @APIResponse(responseCode = "403", description = "Not an organiser of the event")
    @APIResponse(responseCode = "404", description = "No such event, or out of a machine's scope")
    @APIResponse(responseCode = "409", description = "The event has not been held yet")
    public Response registerList(@PathParam("eventId") UUID eventId) {
        String csv = AttendanceListCsv.writeRegister(attendance.registerList(eventId));
        return Response.ok(csv, "text/csv")
                .header("Content-Disposition", "attachment; filename=\"register-" + eventId + ".csv\"")
                .build();
    }
}
