package nl.opleidingsklimaat.survey.report;

import static nl.opleidingsklimaat.survey.report.PdfPages.add;
import static nl.opleidingsklimaat.survey.report.PdfPages.cell;
import static nl.opleidingsklimaat.survey.report.PdfPages.paragraph;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/** The COC's overview of its institution's programmes as a PDF: response and theme means per programme. */
final class InstitutionOverviewPdf {
    private InstitutionOverviewPdf() {}

    static byte[] write(InstitutionOverview overview) {
        String title = "Overzicht opleidingen " + overview.institutionCode();
        return PdfPages.write(title, (pdf, writer) -> {
            writer.setPageEvent(new PageFooter(
                    "Opleidingsklimaat · " + overview.campaignName() + " · " + overview.institutionCode()));
            add(pdf, paragraph(title, PdfPages.TITLE, 0));
            add(
                    pdf,
                    paragraph(
                            overview.campaignName() + " · " + overview.regionCode() + " · voor de COC",
                            PdfPages.SMALL,
                            0));
            add(
                    pdf,
                    paragraph(
                            "Alle opleidingen van de instelling, ook die onder de drempel van " + overview.threshold()
                                    + " respondenten: hun cijfers zijn alleen voor de COC en de onderwijsadviseur en"
                                    + " gaan niet naar de opleiding. Gemiddelden op een schaal van 1 tot 5. Onder een"
                                    + " opleiding staan de thema's van eerdere jaren waarin haar rapportage is"
                                    + " vrijgegeven.",
                            PdfPages.TEXT,
                            4));
            add(pdf, PdfPages.chart(pdf, writer, ReportCharts.programmes(overview), 240));
            List<Float> widths = new ArrayList<>(List.of(1.3f, 1.1f, 0.5f, 0.9f));
            overview.domainNames().forEach(name -> widths.add(1.7f));
            float[] columns = new float[widths.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = widths.get(i);
            }
            PdfPTable table = PdfPages.table(columns);
            List<String> headings = new ArrayList<>(List.of("Opleiding", "Status", "n", "Respons"));
            headings.addAll(overview.domainNames());
            PdfPages.header(table, headings.toArray(String[]::new));
            for (InstitutionOverview.ProgrammeLine line : overview.programmes()) {
                table.addCell(cell(line.programmeCode(), PdfPages.TEXT));
                table.addCell(cell(
                        line.status() == ReportStatus.RELEASED ? "vrijgegeven" : "onder de drempel", PdfPages.TEXT));
                table.addCell(cell(line.respondents() + "/" + line.invited(), PdfPages.TEXT));
                table.addCell(cell(PdfPages.percent(line.responseRate()), PdfPages.TEXT));
                line.domainMeans().forEach(mean -> table.addCell(cell(PdfPages.number(mean), PdfPages.TEXT)));
                if (line.earlierYears().stream().anyMatch(scores -> !scores.isEmpty())) {
                    PdfPCell label = cell("eerdere jaren", PdfPages.SMALL);
                    label.setColspan(4);
                    table.addCell(label);
                    line.earlierYears()
                            .forEach(scores -> table.addCell(cell(ReportPdf.earlierYears(scores), PdfPages.SMALL)));
                }
            }
            add(pdf, table);
        });
    }
}
