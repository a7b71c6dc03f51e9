package org.xinfang.web.interfaces.web.cases;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.api.procedure.ProcedureLayout;
import org.xinfang.api.procedure.StateDeclaration;

/**
 * Draws a procedure as an SVG picture where {@link ProcedureLayout} puts its states: arrows for the
 * transitions (steps back dashed, as return arcs), the current state filled and the states the case
 * has passed through tinted, labels in the reader's language. The picture carries its natural size and
 * a viewBox, and the stylesheet lets it shrink to its container (never grow), so it fits from a phone
 * to a wide screen. Plain SVG, so it prints and needs no script.
 */
public final class ProcedureDiagram {

    /** How far a return arc swings out beside the boxes it joins. */
    private static final int SWING = 34;
    /** How far an arc keeps its direction through a bend before it curves. */
    private static final int BEND = 18;
    private static final int LINE_HEIGHT = 15;

    private ProcedureDiagram() {
    }

    /** The SVG markup of {@code procedure} with {@code current} highlighted and {@code visited} tinted. */
    public static String svg(EffectiveProcedure procedure, String current, Set<String> visited, Locale locale) {
        ProcedureLayout layout = ProcedureLayout.of(procedure, locale);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"xf-diagram ")
                .append(layout.topDown() ? "xf-diagram-down" : "xf-diagram-across").append("\" role=\"img\" viewBox=\"0 0 ")
                .append(layout.width()).append(' ').append(layout.height()).append("\" width=\"").append(layout.width())
                .append("\" height=\"").append(layout.height()).append("\" preserveAspectRatio=\"xMidYMin meet\"><title>")
                .append(escape(procedure.name().in(locale))).append("</title>")
                .append("<defs><marker id=\"xf-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8a94a6\"/></marker></defs>");
        for (ProcedureLayout.Route route : layout.routes()) {
            String label = procedure.transition(route.transition()).map(t -> t.label().in(locale)).orElse(route.transition());
            svg.append("<path class=\"xf-edge").append(route.back() ? " xf-edge-back" : "").append("\" data-transition=\"")
                    .append(escape(route.transition())).append("\" d=\"")
                    .append(route.back() ? returnArc(route.points(), layout.topDown()) : forward(route.points(), layout.topDown()))
                    .append("\" marker-end=\"url(#xf-arrow)\"><title>").append(escape(label)).append("</title></path>");
        }
        for (StateDeclaration s : procedure.states()) {
            ProcedureLayout.Box box = layout.box(s.name());
            String css = s.name().equals(current) ? "xf-node xf-node-current" : visited.contains(s.name()) ? "xf-node xf-node-visited" : "xf-node";
            if (s.terminal()) {
                css += " xf-node-terminal";
            }
            svg.append("<g class=\"").append(css).append("\" data-state=\"").append(escape(s.name())).append("\">")
                    .append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(box.width())
                    .append("\" height=\"").append(box.height()).append("\" rx=\"").append(s.terminal() ? box.height() / 2 : 6).append("\"/>");
            List<String> lines = box.lines();
            int first = box.y() + box.height() / 2 - (lines.size() - 1) * LINE_HEIGHT / 2 + 4;
            for (int i = 0; i < lines.size(); i++) {
                svg.append("<text x=\"").append(box.x() + box.width() / 2).append("\" y=\"").append(first + i * LINE_HEIGHT)
                        .append("\" text-anchor=\"middle\">").append(escape(lines.get(i))).append("</text>");
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** A forward arrow: smooth bends through its points, leaving and reaching each along the flow. */
    private static String forward(List<int[]> points, boolean topDown) {
        StringBuilder d = new StringBuilder("M").append(xy(points.get(0)));
        for (int i = 1; i < points.size(); i++) {
            int[] p = points.get(i - 1);
            int[] q = points.get(i);
            int[] c1 = topDown ? new int[] {p[0], (p[1] + q[1]) / 2} : new int[] {(p[0] + q[0]) / 2, p[1]};
            int[] c2 = topDown ? new int[] {q[0], (p[1] + q[1]) / 2} : new int[] {(p[0] + q[0]) / 2, q[1]};
            d.append(" C").append(xy(c1)).append(' ').append(xy(c2)).append(' ').append(xy(q));
        }
        return d.toString();
    }

    /**
     * A step back: out of the side of its box, swinging beside the picture's flow, through the room the
     * layout kept for it, into the side of the earlier state.
     */
    private static String returnArc(List<int[]> points, boolean topDown) {
        int[] start = points.get(0);
        int[] end = points.get(points.size() - 1);
        int[] out = topDown ? new int[] {start[0] + SWING, start[1]} : new int[] {start[0], start[1] + SWING};
        int[] in = topDown ? new int[] {end[0] + SWING, end[1]} : new int[] {end[0], end[1] + SWING};
        StringBuilder d = new StringBuilder("M").append(xy(start));
        if (points.size() == 2) {
            return d.append(" C").append(xy(out)).append(' ').append(xy(in)).append(' ').append(xy(end)).toString();
        }
        int[] first = points.get(1);
        int[] last = points.get(points.size() - 2);
        // Upwards (top down) or leftwards (across) through the kept room.
        int[] arrive = topDown ? new int[] {first[0], first[1] + BEND} : new int[] {first[0] + BEND, first[1]};
        int[] leave = topDown ? new int[] {last[0], last[1] - BEND} : new int[] {last[0] - BEND, last[1]};
        d.append(" C").append(xy(out)).append(' ').append(xy(arrive)).append(' ').append(xy(first));
        for (int i = 2; i < points.size() - 1; i++) {
            d.append(" L").append(xy(points.get(i)));
        }
        return d.append(" C").append(xy(leave)).append(' ').append(xy(in)).append(' ').append(xy(end)).toString();
    }

    private static String xy(int[] p) {
        return p[0] + "," + p[1];
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
