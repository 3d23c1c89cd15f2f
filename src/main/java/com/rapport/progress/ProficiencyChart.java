package com.rapport.progress;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

import com.rapport.scenario.Criterion;

/** Draws proficiency per criterion over time as an SVG line chart, on the server (JFreeChart with JFreeSVG). */
public final class ProficiencyChart {

    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
            new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2),
            new Color(0x17becf)};

    private ProficiencyChart() {
    }

    /**
     * @param trend the proficiency after each attempt, oldest first
     * @param label each criterion's name as the page shows it
     */
    public static String svg(List<Standing.TrendPoint> trend, Function<Criterion, String> label, String title,
            String timeAxis, String valueAxis, int width, int height) {
        var data = new TimeSeriesCollection();
        for (Criterion c : Criterion.values()) {
            var series = new TimeSeries(label.apply(c));
            for (Standing.TrendPoint p : trend) {
                Double value = p.proficiency().get(c);
                if (value != null) {
                    series.addOrUpdate(new Millisecond(Date.from(p.at())), value);
                }
            }
            if (!series.isEmpty()) {
                data.addSeries(series);
            }
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(title, timeAxis, valueAxis, data, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        var renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, colourOf(data.getSeries(i).getKey(), label));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        var g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(null, true, null, null, null);
    }

    private static Color colourOf(Comparable<?> key, Function<Criterion, String> label) {
        for (Criterion c : Criterion.values()) {
            if (label.apply(c).equals(key)) {
                return COLOURS[c.ordinal() % COLOURS.length];
            }
        }
        return Color.GRAY;
    }
}
