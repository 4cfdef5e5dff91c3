package nl.opleidingsklimaat.survey.report;

import static nl.opleidingsklimaat.survey.report.PdfPages.add;
import static nl.opleidingsklimaat.survey.report.PdfPages.cell;
import static nl.opleidingsklimaat.survey.report.PdfPages.number;
import static nl.opleidingsklimaat.survey.report.PdfPages.paragraph;

import com.lowagie.text.Document;
import com.lowagie.text.ListItem;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.opleidingsklimaat.survey.instrument.Scale;

/**
 * A programme's report as a PDF for the programme director and the COC, in Dutch: the figures the caller may see (the
 * same {@link ReportView} as the JSON), theme means against the institution and the region, each item's answers, the
 * strengths and attention points, and the open answers.
 */
final class ReportPdf {
    private ReportPdf() {}

    static byte[] write(ReportDocument document) {
        ReportView report = document.report();
        String title = "Rapportage " + report.programmeCode();
        return PdfPages.write(title, (pdf, writer) -> {
            writer.setPageEvent(
                    new PageFooter("Opleidingsklimaat · " + report.campaignName() + " · " + report.programmeCode()));
            add(pdf, paragraph(title, PdfPages.TITLE, 0));
            add(
                    pdf,
                    paragraph(
                            report.campaignName() + " · " + report.institutionCode() + " · " + report.regionCode()
                                    + " · vragenlijst " + report.instrumentCode() + " versie "
                                    + report.instrumentVersion(),
                            PdfPages.SMALL,
                            0));
            facts(pdf, report);
            themes(pdf, writer, report);
            points(pdf, "Sterke punten", report.strengths());
            points(pdf, "Aandachtspunten", report.attentionPoints());
            items(pdf, writer, report);
            openAnswers(pdf, document);
        });
    }

    private static void facts(Document pdf, ReportView report) {
        PdfPTable table = PdfPages.table(1, 1, 1, 1, 1);
        PdfPages.header(table, "Uitgenodigd", "Respondenten", "Respons", "Drempel", "Status");
        table.addCell(cell(String.valueOf(report.invited()), PdfPages.TEXT));
        table.addCell(cell(String.valueOf(report.respondents()), PdfPages.TEXT));
        table.addCell(cell(PdfPages.percent(report.responseRate()), PdfPages.TEXT));
        table.addCell(cell(report.threshold() + " respondenten", PdfPages.TEXT));
        table.addCell(
                cell(report.status() == ReportStatus.RELEASED ? "vrijgegeven" : "niet vrijgegeven", PdfPages.TEXT));
        add(pdf, table);
        if (report.status() == ReportStatus.WITHHELD) {
            add(
                    pdf,
                    paragraph(
                            "Niet vrijgegeven aan de opleiding: minder dan " + report.threshold()
                                    + " aios hebben geantwoord. Deze cijfers zijn alleen voor de COC en de"
                                    + " onderwijsadviseur van de regio.",
                            PdfPages.BOLD,
                            2));
        }
        add(
                pdf,
                paragraph(
                        report.scoring() + " Cijfers over minder dan " + report.threshold()
                                + " antwoorden worden niet getoond (anonimiteitsdrempel).",
                        PdfPages.SMALL,
                        0));
    }

    private static void themes(Document pdf, PdfWriter writer, ReportView report) {
        List<ReportView.DomainResult> scored =
                report.domains().stream().filter(d -> d.mean() != null).toList();
        add(pdf, paragraph("Thema's", PdfPages.HEADING, 10));
        if (scored.isEmpty()) {
            add(pdf, paragraph("Geen thema met genoeg antwoorden om te tonen.", PdfPages.TEXT, 0));
            return;
        }
        add(pdf, PdfPages.chart(pdf, writer, ReportCharts.themeComparison(scored), 200));
        boolean earlier = scored.stream().anyMatch(d -> !d.earlierYears().isEmpty());
        PdfPTable table = earlier ? PdfPages.table(2.6f, 1.3f, 1.3f, 1.3f, 2.0f) : PdfPages.table(3, 1.4f, 1.4f, 1.4f);
        if (earlier) {
            PdfPages.header(table, "Thema", "Opleiding (n)", "Instelling (n)", "Regio (n)", "Opleiding eerdere jaren");
        } else {
            PdfPages.header(table, "Thema", "Opleiding (n)", "Instelling (n)", "Regio (n)");
        }
        for (ReportView.DomainResult domain : scored) {
            table.addCell(cell(domain.name() + (domain.lowerIsBetter() ? " (lager is beter)" : ""), PdfPages.TEXT));
            table.addCell(cell(withCount(domain.mean(), domain.respondents()), PdfPages.TEXT));
            table.addCell(cell(withCount(domain.institutionMean(), domain.institutionRespondents()), PdfPages.TEXT));
            table.addCell(cell(withCount(domain.regionMean(), domain.regionRespondents()), PdfPages.TEXT));
            if (earlier) {
                table.addCell(cell(earlierYears(domain.earlierYears()), PdfPages.TEXT));
            }
        }
        add(pdf, table);
        if (earlier) {
            add(
                    pdf,
                    paragraph(
                            "Eerdere jaren: de campagnes waaruit deze is voortgekomen, alleen jaren waarin de"
                                    + " rapportage van de opleiding is vrijgegeven; een thema dat toen niet bestond"
                                    + " heeft geen eerder cijfer.",
                            PdfPages.SMALL,
                            0));
        }
    }

    /** "2026: 3,80 (5)" per earlier year, newest first; a dash for a theme without one. */
    static String earlierYears(List<EarlierYearScore> scores) {
        if (scores.isEmpty()) {
            return "–";
        }
        StringBuilder text = new StringBuilder();
        for (EarlierYearScore score : scores) {
            text.append(text.isEmpty() ? "" : "\n")
                    .append(score.year())
                    .append(": ")
                    .append(withCount(score.mean(), score.respondents()));
        }
        return text.toString();
    }

    private static void points(Document pdf, String heading, List<String> points) {
        add(pdf, paragraph(heading, PdfPages.HEADING, 8));
        if (points == null || points.isEmpty()) {
            add(pdf, paragraph("Geen.", PdfPages.TEXT, 0));
            return;
        }
        com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
        points.forEach(point -> list.add(new ListItem(point, PdfPages.TEXT)));
        add(pdf, list);
    }

    private static void items(Document pdf, PdfWriter writer, ReportView report) {
        add(pdf, paragraph("Antwoorden per item", PdfPages.HEADING, 10));
        for (ReportView.DomainResult domain : report.domains()) {
            List<ReportView.ItemResult> items = report.items().stream()
                    .filter(i -> i.domain().equals(domain.domain()))
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            add(pdf, paragraph(domain.name(), PdfPages.BOLD, 8));
            List<ReportView.ItemResult> charted = items.stream()
                    .filter(i -> !i.suppressed() && Scale.valueOf(i.scale()).scored())
                    .toList();
            if (!charted.isEmpty()) {
                add(pdf, PdfPages.chart(pdf, writer, ReportCharts.distribution(charted), 40 + 22 * charted.size()));
                add(pdf, paragraph(scaleLegend(charted), PdfPages.SMALL, 0));
            }
            PdfPTable table = PdfPages.table(0.9f, 4.0f, 0.5f, 0.7f, 1.1f, 0.6f);
            PdfPages.header(table, "Item", "Stelling", "n", "n.v.t.", "Gemiddelde", "sd");
            for (ReportView.ItemResult item : items) {
                table.addCell(cell(item.item(), PdfPages.TEXT));
                table.addCell(cell(
                        item.text() + (item.higherIsBetter() ? "" : " (omgekeerd: lager is beter)"), PdfPages.TEXT));
                if (item.suppressed()) {
                    PdfPCell hidden =
                            cell("minder dan " + report.threshold() + " antwoorden: niet getoond", PdfPages.SMALL);
                    hidden.setColspan(4);
                    table.addCell(hidden);
                } else {
                    table.addCell(cell(String.valueOf(item.n()), PdfPages.TEXT));
                    table.addCell(cell(String.valueOf(item.notApplicable()), PdfPages.TEXT));
                    table.addCell(cell(number(item.mean()), PdfPages.TEXT));
                    table.addCell(cell(number(item.standardDeviation()), PdfPages.TEXT));
                }
            }
            add(pdf, table);
        }
    }

    /** What the values 1-5 mean on each scale shown. */
    private static String scaleLegend(List<ReportView.ItemResult> items) {
        Set<Scale> scales = new LinkedHashSet<>();
        items.forEach(i -> scales.add(Scale.valueOf(i.scale())));
        StringBuilder legend = new StringBuilder();
        for (Scale scale : scales) {
            List<String> labels = scale.labels();
            legend.append(legend.isEmpty() ? "" : "; ");
            for (int i = 0; i < labels.size(); i++) {
                legend.append(i == 0 ? "" : ", ")
                        .append(scale.min() + i)
                        .append(" = ")
                        .append(labels.get(i));
            }
        }
        return legend.toString();
    }

    private static void openAnswers(Document pdf, ReportDocument document) {
        add(pdf, paragraph("Open antwoorden", PdfPages.HEADING, 10));
        if (document.openAnswersNotice() != null) {
            add(pdf, paragraph(document.openAnswersNotice(), PdfPages.TEXT, 0));
            return;
        }
        String theme = null;
        for (ReportDocument.OpenQuestion question : document.openQuestions()) {
            if (!question.domain().equals(theme)) {
                theme = question.domain();
                add(pdf, paragraph("Thema " + question.domainName(), PdfPages.THEME, 8));
            }
            add(pdf, paragraph(question.text(), PdfPages.BOLD, 6));
            if (question.answers().isEmpty()) {
                add(pdf, paragraph("Geen antwoorden.", PdfPages.TEXT, 0));
                continue;
            }
            com.lowagie.text.List list = new com.lowagie.text.List(false, 12);
            question.answers().forEach(answer -> list.add(new ListItem(answer, PdfPages.TEXT)));
            add(pdf, list);
        }
    }

    private static String withCount(BigDecimal mean, Integer respondents) {
        return mean == null ? "–" : number(mean) + " (" + respondents + ")";
    }
}
