package nl.opleidingsklimaat.events.attendance;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A certificate of attendance as a PDF: who, which event, when, how many hours, points and competences. */
public record Certificate(
        String participant,
        String eventTitle,
        String eventKind,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String attendedHours,
        BigDecimal points,
        List<String> competences,
        List<String> competenceProfileItems) {

    public byte[] toPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 12);
        document.add(new Paragraph("Certificate of attendance", title));
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph("Participant: " + participant, body));
        document.add(new Paragraph("Event: " + eventTitle + " (" + eventKind + ")", body));
        document.add(new Paragraph("Date: " + date + ", " + start + "-" + end, body));
        document.add(new Paragraph("Teaching hours attended: " + attendedHours, body));
        document.add(new Paragraph("Accreditation points: " + points.toPlainString(), body));
        document.add(new Paragraph("Competences: " + String.join(", ", competences), body));
        if (!competenceProfileItems.isEmpty()) {
            document.add(new Paragraph("Competence-profile items: " + String.join(", ", competenceProfileItems), body));
        }
        document.close();
        return out.toByteArray();
    }
}
