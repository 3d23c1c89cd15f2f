package com.rapport.scenario;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;


/**
 * A scenario's branch map as SVG, laid out on the server by ELK's layered algorithm: nodes top to bottom, an arrow
 * per choice or intent, endings coloured by outcome, and nodes no path reaches drawn dashed in red.
 */
public final class BranchMap {

    private static final double WIDTH = 170;
    private static final double HEIGHT = 40;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private BranchMap() {
    }

    public static String svg(Scenario scenario, Set<String> reachable) {
        return svg(scenario, reachable, java.util.List.of());
    }

    /**
     * The branch map with one path through it drawn in bold: the moments an attempt went through, in order, and
     * the ending it reached.
     */
    public static String svg(Scenario scenario, Set<String> reachable, java.util.List<String> path) {
        var onPath = new java.util.HashSet<>(path);
        var steps = new java.util.HashSet<String>();
        for (int i = 0; i + 1 < path.size(); i++) {
            steps.add(path.get(i) + "\u0000" + path.get(i + 1));
        }
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 30.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        Map<String, ElkNode> boxes = new HashMap<>();
        scenario.nodes().keySet().forEach(id -> boxes.put(id, box(graph, id)));
        scenario.endings().keySet().forEach(id -> boxes.put(id, box(graph, id)));
        scenario.nodes().forEach((id, node) -> {
            for (String target : node.targets()) {
                ElkNode to = boxes.get(target);
                if (to != null) {
                    ElkGraphUtil.createSimpleEdge(boxes.get(id), to);
                }
            }
        });
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                + " viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\""
                + " aria-label=\"Branch map of %s\">", graph.getWidth() + 20, graph.getHeight() + 20,
                graph.getWidth() + 20, graph.getHeight() + 20, escape(scenario.title())));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\""
                + " markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
                + " fill=\"#666\"/></marker></defs><g transform=\"translate(10,10)\">");
        var idOf = new HashMap<ElkNode, String>();
        boxes.forEach((id, box) -> idOf.put(box, id));
        for (ElkEdge edge : graph.getContainedEdges()) {
            String from = idOf.get(org.eclipse.elk.graph.util.ElkGraphUtil.connectableShapeToNode(edge.getSources().getFirst()));
            String to = idOf.get(org.eclipse.elk.graph.util.ElkGraphUtil.connectableShapeToNode(edge.getTargets().getFirst()));
            boolean taken = steps.contains(from + "\u0000" + to);
            for (ElkEdgeSection section : edge.getSections()) {
                svg.append(String.format(Locale.ROOT, "<polyline class=\"%s\" fill=\"none\" stroke=\"%s\""
                        + " stroke-width=\"%s\" marker-end=\"url(#arrow)\" points=\"%.1f,%.1f",
                        taken ? "path-step" : "edge", taken ? "#e65100" : "#888", taken ? "3" : "1.2",
                        section.getStartX(), section.getStartY()));
                section.getBendPoints().forEach(b -> svg.append(String.format(Locale.ROOT, " %.1f,%.1f", b.getX(),
                        b.getY())));
                svg.append(String.format(Locale.ROOT, " %.1f,%.1f\"/>", section.getEndX(), section.getEndY()));
            }
        }
        // the start first, then the moments and endings as the file lists them: the order of the text alternative
        var inOrder = new java.util.LinkedHashSet<String>();
        inOrder.add(scenario.start());
        inOrder.addAll(scenario.nodes().keySet());
        inOrder.addAll(scenario.endings().keySet());
        inOrder.forEach(id -> {
            ElkNode box = boxes.get(id);
            if (box == null) {
                return;
            }
            Ending ending = scenario.endings().get(id);
            Node node = scenario.nodes().get(id);
            boolean unreachable = !reachable.contains(id);
            String fill = ending != null ? colour(ending.outcome()) : id.equals(scenario.start()) ? "#dbe9ff" : "#ffffff";
            String stroke = onPath.contains(id) ? "#e65100" : unreachable ? "#c62828" : ending != null ? "#555"
                    : "#3b6fb6";
            String kind = ending != null ? "ending " + ending.outcome().id() : node == null ? "" : about(scenario, node);
            svg.append(String.format(Locale.ROOT, "<g class=\"%s\"%s><title>%s%s%s</title>"
                    + "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.0f\" height=\"%.0f\" rx=\"%d\" fill=\"%s\" stroke=\"%s\""
                    + " stroke-width=\"%s\"%s/>",
                    (unreachable ? "unreachable" : ending != null ? "ending" : "node") + (onPath.contains(id)
                            ? " on-path" : ""), outline(scenario, id), escape(id),
                    kind.isEmpty() ? "" : " (" + kind + ")", unreachable ? " - no path reaches this" : "",
                    box.getX(), box.getY(), box.getWidth(), box.getHeight(), ending != null ? 14 : 4, fill, stroke,
                    onPath.contains(id) ? "3" : "1.5", unreachable ? " stroke-dasharray=\"5,3\"" : ""));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    box.getX() + box.getWidth() / 2, box.getY() + (kind.isEmpty() ? 25 : 18), escape(shorten(id))));
            if (!kind.isEmpty()) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\""
                        + " font-size=\"10\" fill=\"#555\">%s</text>", box.getX() + box.getWidth() / 2,
                        box.getY() + 32, escape(shorten(kind, 30))));
            }
            svg.append("</g>");
        });
        return svg.append("</g></svg>").toString();
    }

    /**
     * What the box is and where it leads, for the map's text alternative (base.ui.SvgView lists it): {@code
     * data-node}, {@code data-kind} (start, typed, jump, ending:outcome or empty) and {@code data-leads-to}, the
     * targets separated by tabs.
     */
    private static String outline(Scenario scenario, String id) {
        Ending ending = scenario.endings().get(id);
        Node node = scenario.nodes().get(id);
        String kind = ending != null ? "ending:" + ending.outcome().id() : id.equals(scenario.start()) ? "start"
                : node != null && node.allowsTyping() ? "typed" : node != null && node.isJump() ? "jump" : "";
        String targets = node == null ? "" : String.join("\t", new java.util.LinkedHashSet<>(node.targets()));
        return " data-node=\"" + escape(id) + "\" data-kind=\"" + kind + "\" data-leads-to=\"" + escape(targets)
                + "\"";
    }

    private static ElkNode box(ElkNode graph, String id) {
        ElkNode node = ElkGraphUtil.createNode(graph);
        node.setIdentifier(id);
        node.setDimensions(WIDTH, HEIGHT);
        return node;
    }

    /** Endings by outcome: green resolved, amber escalated, grey unresolved, orange complaint, red privacy breach. */
    static String colour(Outcome outcome) {
        return switch (outcome) {
            case RESOLVED -> "#c8e6c9";
            case ESCALATED -> "#fff3c4";
            case UNRESOLVED -> "#e0e0e0";
            case COMPLAINT -> "#ffd8b0";
            case PRIVACY_BREACH -> "#ffcdd2";
        };
    }

    private static String shorten(String id) {
        return shorten(id, 24);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /**
     * What a node's box says under its id: typed reply or jump, who speaks when the scene has more than one voice
     * ("Ana / Nurse Kim"), and a reply timer's seconds.
     */
    static String about(Scenario scenario, Node node) {
        var parts = new java.util.ArrayList<String>();
        if (node.isJump()) {
            parts.add("jump");
        }
        if (scenario.hasSeveralVoices() && !node.isJump()) {
            parts.add(String.join(" / ", scenario.speakersAt(node)));
        }
        if (node.allowsTyping()) {
            parts.add("typed reply");
        }
        if (node.replyTimer() != null) {
            parts.add("timer " + node.replyTimer().seconds() + " s");
        }
        return String.join(" · ", parts);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
