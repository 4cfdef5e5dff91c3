package nl.opleidingsklimaat.survey.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/** "Opleidingsklimaat · campaign · programme · pagina 2" under every page of a report. */
final class PageFooter extends PdfPageEventHelper {
    private final String text;

    PageFooter(String text) {
        this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_CENTER,
                new Phrase(text + " · pagina " + writer.getPageNumber(), PdfPages.SMALL),
                (document.left() + document.right()) / 2,
                document.bottom() - 24,
                0);
    }
}
