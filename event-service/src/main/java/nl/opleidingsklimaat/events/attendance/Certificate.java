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
import nl.opleidingsklimaat.events.trainingevent.DutchText;
import nl.opleidingsklimaat.events.trainingevent.TrainingEventKind;

/**
 * A certificate of attendance as a PDF, in Dutch (the participants' and the accrediting bodies' language): who, which
 * event, when, how many teaching hours, points and competences. Of an event over more than one day it lists the days
 * attended ({@code attendedDays}: "vrijdag 14 mei 2027, 09:30-17:00 (3 punten)"), else the one date and session.
 */
public record Certificate(
        String participant,
        String eventTitle,
        TrainingEventKind eventKind,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        BigDecimal attendedHours,
        BigDecimal points,
        List<String> competences,
        List<String> competenceProfileItems,
        List<String> attendedDays) {

    /** The name a download is saved under: "bewijs-van-deelname-2026-06-09.pdf". */
    public String fileName() {
        return "bewijs-van-deelname-" + date + ".pdf";
    }

    public byte[] toPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.addTitle("Bewijs van deelname: " + eventTitle);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 12);
        document.add(new Paragraph("Bewijs van deelname", title));
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph("Deelnemer: " + participant, body));
        document.add(new Paragraph("Bijeenkomst: " + eventTitle + " (" + DutchText.kind(eventKind) + ")", body));
        if (attendedDays.isEmpty()) {
            document.add(new Paragraph("Datum: " + DutchText.date(date) + ", " + DutchText.times(start, end), body));
        } else {
            document.add(new Paragraph("Bijgewoonde dagen:", body));
            for (String day : attendedDays) {
                document.add(new Paragraph("- " + day, body));
            }
        }
        document.add(new Paragraph("Gevolgde onderwijsuren: " + DutchText.number(attendedHours), body));
        document.add(new Paragraph("Accreditatiepunten: " + DutchText.number(points), body));
        if (!competences.isEmpty()) {
            document.add(new Paragraph("Competenties: " + String.join(", ", competences), body));
        }
        if (!competenceProfileItems.isEmpty()) {
            document.add(new Paragraph(
                    "Onderdelen van het competentieprofiel: " + String.join(", ", competenceProfileItems), body));
        }
        document.close();
        return out.toByteArray();
    }
}
