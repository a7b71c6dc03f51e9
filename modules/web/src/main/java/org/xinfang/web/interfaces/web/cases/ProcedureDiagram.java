package org.xinfang.web.interfaces.web.cases;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.api.procedure.StateDeclaration;
import org.xinfang.api.procedure.TransitionDeclaration;

/**
 * Draws a procedure as an SVG picture: states in columns by how many steps they lie from
 * registration, arrows for the transitions, the current state filled and the states the case has
 * passed through tinted. Plain SVG, so it prints and needs no script.
 */
public final class ProcedureDiagram {

    private static final int BOX_W = 128;
    private static final int BOX_H = 34;
    private static final int COL_GAP = 44;
    private static final int ROW_GAP = 18;
    private static final int MARGIN = 12;

    private ProcedureDiagram() {
    }

    /** The SVG markup of {@code procedure} with {@code current} highlighted and {@code visited} tinted. */
    public static String svg(EffectiveProcedure procedure, String current, Set<String> visited, Locale locale) {
        Map<String, Integer> column = columns(procedure);
        Map<Integer, List<String>> byColumn = new LinkedHashMap<>();
        for (StateDeclaration s : procedure.states()) {
            byColumn.computeIfAbsent(column.get(s.name()), k -> new ArrayList<>()).add(s.name());
        }
        Map<String, int[]> at = new HashMap<>();
        int rows = byColumn.values().stream().mapToInt(List::size).max().orElse(1);
        int columns = byColumn.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        byColumn.forEach((col, names) -> {
            for (int row = 0; row < names.size(); row++) {
                at.put(names.get(row), new int[] {MARGIN + col * (BOX_W + COL_GAP), MARGIN + row * (BOX_H + ROW_GAP)});
            }
        });
        int width = MARGIN * 2 + columns * BOX_W + (columns - 1) * COL_GAP;
        int height = MARGIN * 2 + rows * BOX_H + (rows - 1) * ROW_GAP;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"xf-diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\"><title>").append(escape(procedure.name().in(locale))).append("</title>")
                .append("<defs><marker id=\"xf-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8a94a6\"/></marker></defs>");
        for (TransitionDeclaration t : procedure.transitions()) {
            for (String from : t.from()) {
                if (!from.equals(t.to())) {
                    edge(svg, at.get(from), at.get(t.to()), t.label().in(locale));
                }
            }
        }
        for (StateDeclaration s : procedure.states()) {
            int[] p = at.get(s.name());
            String css = s.name().equals(current) ? "xf-node xf-node-current" : visited.contains(s.name()) ? "xf-node xf-node-visited" : "xf-node";
            if (s.terminal()) {
                css += " xf-node-terminal";
            }
            svg.append("<g class=\"").append(css).append("\" data-state=\"").append(escape(s.name())).append("\">")
                    .append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(BOX_W)
                    .append("\" height=\"").append(BOX_H).append("\" rx=\"").append(s.terminal() ? 17 : 6).append("\"/>")
                    .append("<text x=\"").append(p[0] + BOX_W / 2).append("\" y=\"").append(p[1] + BOX_H / 2 + 5)
                    .append("\" text-anchor=\"middle\">").append(escape(s.label().in(locale))).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Each state's column: its distance in steps from registration (breadth first), so the picture
     * reads left to right in the order a matter moves; unreachable states go last.
     */
    static Map<String, Integer> columns(EffectiveProcedure procedure) {
        Map<String, Integer> column = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        column.put(GeneralProcedure.REGISTERED, 0);
        queue.add(GeneralProcedure.REGISTERED);
        while (!queue.isEmpty()) {
            String state = queue.poll();
            for (TransitionDeclaration t : procedure.from(state)) {
                if (!column.containsKey(t.to())) {
                    column.put(t.to(), column.get(state) + 1);
                    queue.add(t.to());
                }
            }
        }
        int last = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        procedure.states().forEach(s -> column.putIfAbsent(s.name(), last));
        return column;
    }

    private static void edge(StringBuilder svg, int[] from, int[] to, String label) {
        boolean forward = to[0] > from[0];
        int x1 = forward ? from[0] + BOX_W : from[0] + BOX_W / 2;
        int y1 = forward ? from[1] + BOX_H / 2 : from[1] + (to[1] >= from[1] ? BOX_H : 0);
        int x2 = forward ? to[0] : to[0] + BOX_W / 2;
        int y2 = forward ? to[1] + BOX_H / 2 : to[1] + (to[1] > from[1] ? 0 : BOX_H);
        if (forward) {
            int mid = (x1 + x2) / 2;
            svg.append("<path class=\"xf-edge\" d=\"M").append(x1).append(',').append(y1).append(" C").append(mid).append(',').append(y1)
                    .append(' ').append(mid).append(',').append(y2).append(' ').append(x2).append(',').append(y2).append('"');
        } else {
            // A step back or within a column: an arc above (or below) the boxes, so it does not cross them.
            int bend = (y1 <= y2 ? Math.min(y1, y2) - 24 : Math.max(y1, y2) + 24);
            svg.append("<path class=\"xf-edge xf-edge-back\" d=\"M").append(x1).append(',').append(y1).append(" C").append(x1).append(',')
                    .append(bend).append(' ').append(x2).append(',').append(bend).append(' ').append(x2).append(',').append(y2).append('"');
        }
        svg.append(" marker-end=\"url(#xf-arrow)\"><title>").append(escape(label)).append("</title></path>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
