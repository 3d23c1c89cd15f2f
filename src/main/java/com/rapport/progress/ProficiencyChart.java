package com.rapport.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.rapport.scenario.Criterion;

/**
 * Draws one criterion's proficiency over a trainee's attempts as a small SVG line chart, on the server: one per
 * criterion, side by side, reads better than eight lines in one chart. The 0-100 scale is the same in every chart,
 * with a faint line at 70 (the usual pass mark). Pure; escapes every text it draws.
 */
public final class ProficiencyChart {

    private static final int PAD = 6;

    private ProficiencyChart() {
    }

    /**
     * @param trend the proficiency after each counted attempt, oldest first
     * @param description what a screen reader says for the chart (e.g. "Empathy: from 40% to 72% over 9 attempts")
     */
    public static String small(List<Standing.TrendPoint> trend, Criterion criterion, String description, int width,
            int height) {
        var values = new ArrayList<Double>();
        for (Standing.TrendPoint p : trend) {
            Double v = p.proficiency().get(criterion);
            if (v != null) {
                values.add(v);
            }
        }
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" aria-label=\"").append(escape(description)).append("\"><title>").append(escape(description))
                .append("</title>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#f7f8fa\" rx=\"4\"/>");
        double mark = y(70, height);
        svg.append("<line x1=\"").append(PAD).append("\" x2=\"").append(width - PAD).append("\" y1=\"")
                .append(fmt(mark)).append("\" y2=\"").append(fmt(mark))
                .append("\" stroke=\"#9aa5b1\" stroke-dasharray=\"3 3\" stroke-width=\"1\"/>");
        if (!values.isEmpty()) {
            var points = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                double x = values.size() == 1 ? width / 2.0 : PAD + i * (width - 2.0 * PAD) / (values.size() - 1);
                points.append(fmt(x)).append(',').append(fmt(y(values.get(i), height))).append(' ');
            }
            svg.append("<polyline fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2\" stroke-linejoin=\"round\" ")
                    .append("points=\"").append(points.toString().strip()).append("\"/>");
            double last = values.getLast();
            double lastX = values.size() == 1 ? width / 2.0 : width - PAD;
            svg.append("<circle cx=\"").append(fmt(lastX)).append("\" cy=\"").append(fmt(y(last, height)))
                    .append("\" r=\"3.5\" fill=\"").append(last < 50 ? "#c01c28" : last < 70 ? "#b5651d" : "#26a269")
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double y(double value, int height) {
        return PAD + (100 - Math.max(0, Math.min(100, value))) * (height - 2.0 * PAD) / 100;
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
