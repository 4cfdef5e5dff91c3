package nl.opleidingsklimaat.survey.report;

import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's charts (JFreeChart): theme means against institution and region, and each item's answers. */
final class ReportCharts {
    /** Programme, institution, region: dark to light, told apart also in grey print. */
    private static final List<Color> COMPARISON =
            List.of(new Color(0x00567d), new Color(0x6fa8c8), new Color(0xbdbdbd));
    /** Answer values low to high in one hue, so that no colour says "good" or "bad" for a reversed item. */
    private static final List<Color> VALUES = List.of(
            new Color(0xdeebf7), new Color(0x9ecae1), new Color(0x6baed6), new Color(0x3182bd), new Color(0x08519c));

    private static final Font LABEL = new Font("SansSerif", Font.PLAIN, 9);

    private ReportCharts() {}

    /** Per theme the programme's mean next to the institution's and the region's (1-5; only where there is one). */
    static JFreeChart themeComparison(List<ReportView.DomainResult> domains) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportView.DomainResult domain : domains) {
            String name = domain.name() + (domain.lowerIsBetter() ? " (lager is beter)" : "");
            add(data, domain.mean(), "Opleiding", name);
            add(data, domain.institutionMean(), "Instelling", name);
            add(data, domain.regionMean(), "Regio", name);
        }
        JFreeChart chart = ChartFactory.createBarChart(
                null, null, "Gemiddelde (1-5)", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = plain(chart);
        oneToFive(plot);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int series = 0; series < COMPARISON.size(); series++) {
            renderer.setSeriesPaint(series, COMPARISON.get(series));
        }
        renderer.setItemMargin(0.05);
        return chart;
    }

    /**
     * Each item's answers as one bar of 100%, split by answer value 1 to 5; the legend names the values, the report's
     * text says what they mean per scale.
     */
    static JFreeChart distribution(List<ReportView.ItemResult> items) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int value = 1; value <= 5; value++) {
            for (ReportView.ItemResult item : items) {
                long count =
                        item.distribution() == null ? 0 : item.distribution().getOrDefault(value, 0L);
                data.addValue(count, "antwoord " + value, item.item());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(
                null, null, "Aandeel van de antwoorden", data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = plain(chart);
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setRenderAsPercentages(true);
        for (int series = 0; series < VALUES.size(); series++) {
            renderer.setSeriesPaint(series, VALUES.get(series));
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(NumberFormat.getPercentInstance(PdfPages.DUTCH));
        range.setUpperBound(1.0);
        return chart;
    }

    /** Per programme its theme means, side by side (the COC's overview). */
    static JFreeChart programmes(InstitutionOverview overview) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (InstitutionOverview.ProgrammeLine line : overview.programmes()) {
            for (int d = 0; d < overview.domainNames().size(); d++) {
                add(data, line.domainMeans().get(d), overview.domainNames().get(d), line.programmeCode());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(
                null, null, "Gemiddelde (1-5)", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = plain(chart);
        oneToFive(plot);
        if (overview.programmes().size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int series = 0; series < overview.domainNames().size(); series++) {
            renderer.setSeriesPaint(series, COMPARISON.get(series % COMPARISON.size()));
        }
        return chart;
    }

    private static void add(DefaultCategoryDataset data, BigDecimal value, String series, String category) {
        data.addValue(value, series, category);
    }

    private static void oneToFive(CategoryPlot plot) {
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(1, 5);
        range.setTickUnit(new NumberTickUnit(1));
    }

    /** White, flat bars, small labels: the chart reads like the text around it. */
    private static CategoryPlot plain(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xcccccc));
        plot.setOutlineVisible(false);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(LABEL);
        domain.setMaximumCategoryLabelLines(3);
        plot.getRangeAxis().setTickLabelFont(LABEL);
        plot.getRangeAxis().setLabelFont(LABEL);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL);
            legend.setFrame(BlockBorder.NONE);
        }
        return chart.getCategoryPlot();
    }
}
