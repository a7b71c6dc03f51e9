package org.xinfang.api.procedure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the states of a procedure go in its picture: a layered (Sugiyama) layout computed from the
 * declaration, so every procedure — the general one and each plugin's — draws itself without anyone
 * placing boxes by hand. Steps back (a returned matter, a hearing closed) are turned round for the
 * layering and drawn as return arcs; states take the longest path from registration as their layer;
 * a few barycentre sweeps order each layer so that arrows cross little; each state then moves towards
 * the middle of its neighbours without touching the next box. The picture runs top to bottom when it
 * would be too wide left to right. Pure arithmetic, the same answer for the same declaration, and
 * tested on every installed procedure (plugin test kit), so a new state cannot make boxes overlap.
 */
public final class ProcedureLayout {

    /**
     * The widest any picture may be: at 390 px it still shows its labels at about half their size. A
     * left-to-right picture wider than this is laid out top to bottom.
     */
    public static final int WIDEST = 760;

    private static final int MARGIN = 12;
    private static final int NODE_GAP = 22;
    private static final int LAYER_GAP = 40;
    private static final int DUMMY_SIZE = 6;
    private static final int LINE_HEIGHT = 15;
    private static final int PADDING = 10;
    private static final int ORDER_SWEEPS = 8;
    private static final int STRAIGHTEN_SWEEPS = 6;
    /** Labels longer than this (in half-width characters) are set on two lines. */
    private static final int LINE_CHARS = 18;

    /** A state's box, top-left corner and size, with its label set in lines. */
    public record Box(String state, int x, int y, int width, int height, List<String> lines) {

        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }
    }

    /** One arrow: through {@code points} from the first to the last; a step back is drawn as a return arc. */
    public record Route(String transition, String from, String to, boolean back, List<int[]> points) {
    }

    private final boolean topDown;
    private final int width;
    private final int height;
    private final Map<String, Box> boxes;
    private final List<Route> routes;

    private ProcedureLayout(boolean topDown, int width, int height, Map<String, Box> boxes, List<Route> routes) {
        this.topDown = topDown;
        this.width = width;
        this.height = height;
        this.boxes = boxes;
        this.routes = routes;
    }

    /** The layout of {@code procedure} with its labels in {@code locale}. */
    public static ProcedureLayout of(EffectiveProcedure procedure, Locale locale) {
        Graph graph = new Graph(procedure, locale);
        ProcedureLayout across = graph.place(false);
        return across.width <= WIDEST ? across : graph.place(true);
    }

    public boolean topDown() {
        return topDown;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The boxes in declaration order. */
    public List<Box> boxes() {
        return List.copyOf(boxes.values());
    }

    public Box box(String state) {
        return boxes.get(state);
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * What is wrong with the picture, empty when nothing: boxes that overlap, a box outside the
     * picture, a picture wider than {@link #WIDEST} (it would shrink past reading on a phone).
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<Box> all = boxes();
        for (int i = 0; i < all.size(); i++) {
            Box a = all.get(i);
            if (a.x() < 0 || a.y() < 0 || a.x() + a.width() > width || a.y() + a.height() > height) {
                problems.add(a.state() + " lies outside the picture");
            }
            for (int j = i + 1; j < all.size(); j++) {
                if (a.overlaps(all.get(j))) {
                    problems.add(a.state() + " overlaps " + all.get(j).state());
                }
            }
        }
        if (width > WIDEST) {
            problems.add("the picture is " + width + " px wide, more than " + WIDEST);
        }
        return problems;
    }

    /**
     * How wide a line of text is at the 12 px of the picture: full-width characters (Chinese) 12 px,
     * others about 6.6 px. The browser's metrics differ a little; the padding absorbs that.
     */
    static int textWidth(String text) {
        int halfWidths = 0;
        for (int i = 0; i < text.length(); i++) {
            halfWidths += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN
                    || text.charAt(i) >= '\u3000' && text.charAt(i) <= '\uffef' ? 2 : 1;
        }
        return (int) Math.ceil(halfWidths * 6.6);
    }

    /** A label on one line, or two when it is long: broken at the space nearest its middle. */
    static List<String> lines(String label) {
        int halfWidths = textWidth(label);
        if (halfWidths <= textWidth("x".repeat(LINE_CHARS))) {
            return List.of(label);
        }
        int middle = label.length() / 2;
        int best = -1;
        for (int i = 0; i < label.length(); i++) {
            if (label.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        if (best < 0) {
            int cut = label.indexOf('，') > 0 ? label.indexOf('，') + 1 : middle;
            return List.of(label.substring(0, cut), label.substring(cut));
        }
        return List.of(label.substring(0, best), label.substring(best + 1));
    }

    /** The procedure as a graph: its states, its transitions (one edge per source state) and the layering. */
    private static final class Graph {

        private final List<String> states = new ArrayList<>();
        private final Map<String, List<String>> labels = new HashMap<>();
        /** Each declared edge: transition, from, to. Steps that stay in their state are left out of the picture. */
        private final List<String[]> edges = new ArrayList<>();
        private final Set<Integer> backEdges = new HashSet<>();
        private final Map<String, Integer> layer = new HashMap<>();
        private final int boxWidth;
        private final int boxHeight;

        Graph(EffectiveProcedure procedure, Locale locale) {
            int widest = 0;
            int mostLines = 1;
            for (StateDeclaration s : procedure.states()) {
                states.add(s.name());
                List<String> set = lines(s.label().in(locale));
                labels.put(s.name(), set);
                mostLines = Math.max(mostLines, set.size());
                for (String line : set) {
                    widest = Math.max(widest, textWidth(line));
                }
            }
            boxWidth = Math.max(72, widest + 2 * PADDING);
            boxHeight = mostLines * LINE_HEIGHT + 2 * PADDING - 2;
            for (TransitionDeclaration t : procedure.transitions()) {
                for (String from : t.from()) {
                    if (!from.equals(t.to()) && labels.containsKey(from) && labels.containsKey(t.to())) {
                        edges.add(new String[] {t.name(), from, t.to()});
                    }
                }
            }
            findBackEdges();
            layer();
        }

        /**
         * The edges that close a cycle, found by a depth-first walk from registration (then from any
         * state it did not reach) in declaration order: an edge to a state still on the walk's path.
         */
        private void findBackEdges() {
            Map<String, Integer> mark = new HashMap<>();
            List<String> roots = new ArrayList<>();
            roots.add(GeneralProcedure.REGISTERED);
            roots.addAll(states);
            for (String root : roots) {
                if (labels.containsKey(root) && !mark.containsKey(root)) {
                    walk(root, mark);
                }
            }
        }

        private void walk(String state, Map<String, Integer> mark) {
            mark.put(state, 1);
            for (int i = 0; i < edges.size(); i++) {
                String[] e = edges.get(i);
                if (!e[1].equals(state)) {
                    continue;
                }
                Integer seen = mark.get(e[2]);
                if (seen == null) {
                    walk(e[2], mark);
                } else if (seen == 1) {
                    backEdges.add(i);
                }
            }
            mark.put(state, 2);
        }

        /** Longest-path layering over the edges with the back ones turned round. */
        private void layer() {
            boolean changed = true;
            states.forEach(s -> layer.put(s, 0));
            while (changed) {
                changed = false;
                for (int i = 0; i < edges.size(); i++) {
                    String[] e = edges.get(i);
                    String upper = backEdges.contains(i) ? e[2] : e[1];
                    String lower = backEdges.contains(i) ? e[1] : e[2];
                    if (layer.get(lower) < layer.get(upper) + 1) {
                        layer.put(lower, layer.get(upper) + 1);
                        changed = true;
                    }
                }
            }
        }

        ProcedureLayout place(boolean topDown) {
            // The layers with a dummy node wherever an edge passes a layer, so that long arrows get room.
            int layers = layer.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            List<List<String>> order = new ArrayList<>();
            for (int l = 0; l < layers; l++) {
                order.add(new ArrayList<>());
            }
            states.forEach(s -> order.get(layer.get(s)).add(s));
            Map<String, List<String>> up = new HashMap<>();
            Map<String, List<String>> down = new HashMap<>();
            List<List<String>> chains = new ArrayList<>();
            // Steps between the same two states (a decline from three places into one) share one way down.
            Map<String, List<String>> shared = new HashMap<>();
            for (int i = 0; i < edges.size(); i++) {
                String[] e = edges.get(i);
                boolean back = backEdges.contains(i);
                String upper = back ? e[2] : e[1];
                String lower = back ? e[1] : e[2];
                List<String> known = shared.get(upper + "\u0000" + lower);
                if (known != null) {
                    chains.add(known);
                    continue;
                }
                List<String> chain = new ArrayList<>();
                chain.add(upper);
                for (int l = layer.get(upper) + 1; l < layer.get(lower); l++) {
                    String dummy = "\u0000" + i + ":" + l;
                    order.get(l).add(dummy);
                    chain.add(dummy);
                }
                chain.add(lower);
                for (int k = 0; k + 1 < chain.size(); k++) {
                    down.computeIfAbsent(chain.get(k), x -> new ArrayList<>()).add(chain.get(k + 1));
                    up.computeIfAbsent(chain.get(k + 1), x -> new ArrayList<>()).add(chain.get(k));
                }
                shared.put(upper + "\u0000" + lower, chain);
                chains.add(chain);
            }
            orderLayers(order, up, down);

            int across = topDown ? boxWidth : boxHeight;
            int along = topDown ? boxHeight : boxWidth;
            Map<String, Double> centre = new HashMap<>();
            for (List<String> names : order) {
                double at = 0;
                for (String n : names) {
                    double size = size(n, across);
                    centre.put(n, at + size / 2);
                    at += size + NODE_GAP;
                }
            }
            for (int sweep = 0; sweep < STRAIGHTEN_SWEEPS; sweep++) {
                boolean downward = sweep % 2 == 0;
                for (int k = 0; k < layers; k++) {
                    List<String> names = order.get(downward ? k : layers - 1 - k);
                    straighten(names, downward ? up : down, centre, across);
                }
            }
            double least = centre.entrySet().stream().mapToDouble(e -> e.getValue() - size(e.getKey(), across) / 2).min().orElse(0);
            double most = centre.entrySet().stream().mapToDouble(e -> e.getValue() + size(e.getKey(), across) / 2).max().orElse(0);
            int spanAcross = (int) Math.ceil(most - least);

            Map<String, Box> boxes = new LinkedHashMap<>();
            Map<String, int[]> points = new HashMap<>();
            for (String s : states) {
                int a = (int) Math.round(centre.get(s) - least - across / 2.0) + MARGIN;
                int b = MARGIN + layer.get(s) * (along + LAYER_GAP);
                boxes.put(s, topDown ? new Box(s, a, b, boxWidth, boxHeight, labels.get(s))
                        : new Box(s, b, a, boxWidth, boxHeight, labels.get(s)));
            }
            centre.forEach((n, c) -> {
                if (n.charAt(0) == '\u0000') {
                    int a = (int) Math.round(c - least) + MARGIN;
                    int l = Integer.parseInt(n.substring(n.indexOf(':') + 1));
                    int b = MARGIN + l * (along + LAYER_GAP) + along / 2;
                    points.put(n, topDown ? new int[] {a, b} : new int[] {b, a});
                }
            });
            List<Route> routes = new ArrayList<>();
            for (int i = 0; i < edges.size(); i++) {
                String[] e = edges.get(i);
                boolean back = backEdges.contains(i);
                List<String> chain = new ArrayList<>(chains.get(i));
                if (back) {
                    java.util.Collections.reverse(chain);
                }
                List<int[]> path = new ArrayList<>();
                path.add(port(boxes.get(chain.get(0)), boxes.get(chain.get(chain.size() - 1)), topDown, back, true));
                for (int k = 1; k + 1 < chain.size(); k++) {
                    path.add(points.get(chain.get(k)));
                }
                path.add(port(boxes.get(chain.get(chain.size() - 1)), boxes.get(chain.get(0)), topDown, back, false));
                routes.add(new Route(e[0], e[1], e[2], back, List.copyOf(path)));
            }
            int spanAlong = layers * along + (layers - 1) * LAYER_GAP;
            int w = 2 * MARGIN + (topDown ? spanAcross : spanAlong);
            int h = 2 * MARGIN + (topDown ? spanAlong : spanAcross);
            return new ProcedureLayout(topDown, w, h, boxes, List.copyOf(routes));
        }

        private double size(String node, int across) {
            return node.charAt(0) == '\u0000' ? DUMMY_SIZE : across;
        }

        /**
         * Where an arrow leaves or reaches a box: forward arrows on the faces that look at the next
         * layer; return arcs on the far side, so they do not run over the forward ones.
         */
        private static int[] port(Box box, Box other, boolean topDown, boolean back, boolean leaving) {
            if (back) {
                return topDown ? new int[] {box.x() + box.width(), box.y() + box.height() / 2}
                        : new int[] {box.x() + box.width() / 2, box.y() + box.height()};
            }
            if (topDown) {
                return new int[] {box.x() + box.width() / 2, leaving ? box.y() + box.height() : box.y()};
            }
            return new int[] {leaving ? box.x() + box.width() : box.x(), box.y() + box.height() / 2};
        }

        /**
         * Barycentre ordering: each layer sorted by the mean position of its neighbours in the layer
         * before, sweeping down then up; the order with the fewest crossings seen is kept. Ties keep
         * their place, so the result depends on the declaration only.
         */
        private void orderLayers(List<List<String>> order, Map<String, List<String>> up, Map<String, List<String>> down) {
            List<List<String>> best = copy(order);
            int fewest = crossings(order, down);
            for (int sweep = 0; sweep < ORDER_SWEEPS && fewest > 0; sweep++) {
                boolean downward = sweep % 2 == 0;
                for (int k = 1; k < order.size(); k++) {
                    int l = downward ? k : order.size() - 1 - k;
                    List<String> fixed = order.get(downward ? l - 1 : l + 1);
                    sortByBarycentre(order.get(l), fixed, downward ? up : down);
                }
                int now = crossings(order, down);
                if (now < fewest) {
                    fewest = now;
                    best = copy(order);
                }
            }
            for (int l = 0; l < order.size(); l++) {
                order.set(l, best.get(l));
            }
        }

        private static void sortByBarycentre(List<String> layerNodes, List<String> fixed, Map<String, List<String>> neighbours) {
            Map<String, Double> key = new HashMap<>();
            for (int i = 0; i < layerNodes.size(); i++) {
                String n = layerNodes.get(i);
                List<String> ns = neighbours.getOrDefault(n, List.of()).stream().filter(fixed::contains).toList();
                key.put(n, ns.isEmpty() ? i : ns.stream().mapToInt(fixed::indexOf).average().orElse(i));
            }
            layerNodes.sort(Comparator.comparingDouble(key::get));
        }

        private static int crossings(List<List<String>> order, Map<String, List<String>> down) {
            int count = 0;
            for (int l = 0; l + 1 < order.size(); l++) {
                List<String> upper = order.get(l);
                List<String> lower = order.get(l + 1);
                List<int[]> pairs = new ArrayList<>();
                for (int i = 0; i < upper.size(); i++) {
                    for (String n : down.getOrDefault(upper.get(i), List.of())) {
                        int j = lower.indexOf(n);
                        if (j >= 0) {
                            pairs.add(new int[] {i, j});
                        }
                    }
                }
                for (int a = 0; a < pairs.size(); a++) {
                    for (int b = a + 1; b < pairs.size(); b++) {
                        if ((pairs.get(a)[0] - pairs.get(b)[0]) * (pairs.get(a)[1] - pairs.get(b)[1]) < 0) {
                            count++;
                        }
                    }
                }
            }
            return count;
        }

        private static List<List<String>> copy(List<List<String>> order) {
            return order.stream().map(l -> (List<String>) new ArrayList<>(l)).toList();
        }

        /**
         * Moves each node of a layer towards the mean of its neighbours in the layer just placed, then
         * pushes apart, in order, whatever came closer than the gap.
         */
        private void straighten(List<String> names, Map<String, List<String>> neighbours, Map<String, Double> centre, int across) {
            double[] wanted = new double[names.size()];
            for (int i = 0; i < names.size(); i++) {
                List<String> ns = neighbours.getOrDefault(names.get(i), List.of());
                wanted[i] = ns.isEmpty() ? centre.get(names.get(i)) : ns.stream().mapToDouble(centre::get).average().orElse(0);
            }
            double[] placed = wanted.clone();
            for (int i = 1; i < names.size(); i++) {
                double min = placed[i - 1] + (size(names.get(i - 1), across) + size(names.get(i), across)) / 2 + NODE_GAP;
                placed[i] = Math.max(placed[i], min);
            }
            // Pushed only rightwards, the layer drifts; shift it back so that it sits, on average, where its neighbours want it.
            double drift = 0;
            for (int i = 0; i < names.size(); i++) {
                drift += placed[i] - wanted[i];
            }
            drift /= Math.max(1, names.size());
            for (int i = 0; i < names.size(); i++) {
                centre.put(names.get(i), placed[i] - drift);
            }
        }
    }
}
