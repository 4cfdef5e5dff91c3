package nl.opleidingsklimaat.survey.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jfree.chart.JFreeChart;

/** The typography and building blocks the report PDFs share: Dutch number format, headings, tables, vector charts. */
final class PdfPages {
    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, new Color(0x00, 0x56, 0x7d));
    static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x1b, 0x1b, 0x1b));
    static final Font THEME = new Font(Font.HELVETICA, 11, Font.BOLD, new Color(0x00, 0x56, 0x7d));
    static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL, new Color(0x1b, 0x1b, 0x1b));
    static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x4a, 0x4a, 0x4a));
    static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0x1b, 0x1b, 0x1b));
    private static final Font COLUMN = new Font(Font.HELVETICA, 9, Font.BOLD, new Color(0x1b, 0x1b, 0x1b));
    private static final Color RULE = new Color(0x76, 0x76, 0x76);

    private PdfPages() {}

    /** An A4 document written by {@code content}, with the given title in its properties. */
    static byte[] write(String title, BiConsumer<Document, PdfWriter> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(title);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("nl-NL"));
            document.addCreator("Opleidingsklimaat");
            document.open();
            content.accept(document, writer);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write " + title, e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static Paragraph paragraph(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** A chart drawn as vectors into the PDF (sharp at any zoom, its labels real text), full text width. */
    static Image chart(Document document, PdfWriter writer, JFreeChart chart, float height) {
        float width = document.right() - document.left();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        graphics.dispose();
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        return table;
    }

    static void header(PdfPTable table, String... headings) {
        for (String heading : headings) {
            table.addCell(cell(heading, COLUMN));
        }
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    /** "4,21" (Dutch), or a dash where there is no figure. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** "75%" from a rate of 0.750. */
    static String percent(BigDecimal rate) {
        return rate == null ? "–" : NumberFormat.getPercentInstance(DUTCH).format(rate);
    }

    static Chunk space() {
        return Chunk.NEWLINE;
    }
}
