package nl.opleidingsklimaat.quality.framework;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ActorRow(
        String code,
        String name,
        String role,

        @Schema(
                description = "The heading of the tasks column, in the source's words",
                example = "Taken van de COC. Zij:")
        String tasksHeading,

        @Schema(
                description = "The heading of the examples column, in the source's words",
                example = "Voorbeelden waaruit dit kan blijken. U kunt:")
        String examplesHeading,

        List<CellView> cells) {}
