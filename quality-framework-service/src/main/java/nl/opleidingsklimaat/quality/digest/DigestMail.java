package nl.opleidingsklimaat.quality.digest;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The digest one owner gets, in Dutch. */
public record DigestMail(String to, String institutionName, List<DigestLine> lines) {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    public String subject() {
        return "Verbeteracties over de einddatum - " + institutionName;
    }

    public String body() {
        StringBuilder text = new StringBuilder();
        text.append("Beste collega,\n\n");
        text.append(
                lines.size() == 1
                        ? "De einddatum van de volgende verbeteractie waarvan u eigenaar bent, is verstreken:\n\n"
                        : "De einddatum van de volgende " + lines.size()
                                + " verbeteracties waarvan u eigenaar bent, is verstreken:\n\n");
        for (DigestLine line : lines) {
            text.append("- ")
                    .append(line.what())
                    .append("\n  verbeterplan: ")
                    .append(line.planTitle())
                    .append(" (")
                    .append(line.subjectCode())
                    .append(")\n  einddatum: ")
                    .append(DATE.format(line.dueDate()))
                    .append(", ")
                    .append(line.daysOverdue())
                    .append(line.daysOverdue() == 1 ? " dag" : " dagen")
                    .append(" over tijd\n");
        }
        text.append("\nWerk de status bij in het verbeterplan, of spreek een nieuwe einddatum af met de opleider en"
                + " de onderwijskundig adviseur.\n\n");
        text.append("Dit overzicht krijgt u wekelijks zolang er acties over de einddatum zijn. De COC van "
                + institutionName + " kan het uitzetten.\n");
        return text.toString();
    }
}
