package org.xinfang.core.infrastructure.documents;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The unit's round seal, drawn in red over the signature the way a stamp lands: a ring, a
 * five-pointed star in the centre and the seal's words along the upper arc. The words are drawn as
 * outlines, not text, so they do not mix into the notice's text when it is copied or searched.
 */
final class Seal {

    /** 40 mm across, the size of an organ's official seal. */
    static final float DIAMETER = 40 * 72 / 25.4f;

    private static final float[] RED = {0.85f, 0.09f, 0.09f};
    private static final double LONGEST_ARC = Math.toRadians(235);
    private static final double SHORTEST_ARC = Math.toRadians(150);

    private Seal() {
    }

    static void draw(PDPageContentStream page, DocumentFonts fonts, String text, float centreX, float centreY)
            throws IOException {
        float radius = DIAMETER / 2;
        float ring = radius * 0.06f;
        page.saveGraphicsState();
        PDExtendedGraphicsState ink = new PDExtendedGraphicsState();
        ink.setNonStrokingAlphaConstant(0.88f);
        ink.setStrokingAlphaConstant(0.88f);
        ink.setBlendMode(BlendMode.MULTIPLY);
        page.setGraphicsStateParameters(ink);
        page.setStrokingColor(RED[0], RED[1], RED[2]);
        page.setNonStrokingColor(RED[0], RED[1], RED[2]);

        page.setLineWidth(ring);
        circle(page, centreX, centreY, radius - ring / 2);
        page.stroke();

        star(page, centreX, centreY, radius * 0.34f);
        page.fill();

        words(page, fonts, text, centreX, centreY, radius - ring);
        page.restoreGraphicsState();
    }

    private static void circle(PDPageContentStream page, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        page.moveTo(x + r, y);
        page.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        page.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        page.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        page.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        page.closePath();
    }

    private static void star(PDPageContentStream page, float x, float y, float outer) throws IOException {
        float inner = outer * 0.382f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float r = i % 2 == 0 ? outer : inner;
            float px = x + (float) (r * Math.cos(angle));
            float py = y + (float) (r * Math.sin(angle));
            if (i == 0) {
                page.moveTo(px, py);
            } else {
                page.lineTo(px, py);
            }
        }
        page.closePath();
    }

    /** The words clockwise along the upper arc, each upright towards the rim, centred on the top. */
    private static void words(PDPageContentStream page, DocumentFonts fonts, String text, float x, float y,
                              float inside) throws IOException {
        int[] characters = text.codePoints().filter(c -> !Character.isWhitespace(c)).map(fonts::printable).toArray();
        if (characters.length == 0) {
            return;
        }
        // Long names keep their height and are condensed to fit the arc, as seal engravers do.
        float size = inside * 0.30f;
        double pathRadius = inside - size * 0.62;
        double step = size * 1.08 / pathRadius;
        double condense = 0.92;
        if (step * characters.length > LONGEST_ARC) {
            step = LONGEST_ARC / characters.length;
            condense = Math.max(0.5, step * pathRadius / (size * 1.08) * 0.92);
        } else if (step * characters.length < SHORTEST_ARC) {
            step = Math.min(SHORTEST_ARC / characters.length, step * 1.6);
        }
        double start = Math.PI / 2 + step * characters.length / 2;
        for (int i = 0; i < characters.length; i++) {
            double angle = start - (i + 0.5) * step;
            AffineTransform place = AffineTransform.getTranslateInstance(x + pathRadius * Math.cos(angle),
                    y + pathRadius * Math.sin(angle));
            place.rotate(angle - Math.PI / 2);
            place.scale(size * condense, size);
            GeneralPath glyph = fonts.outline(characters[i]);
            glyph.transform(place);
            fill(page, glyph);
        }
    }

    private static void fill(PDPageContentStream page, GeneralPath path) throws IOException {
        float[] c = new float[6];
        float lastX = 0;
        float lastY = 0;
        float startX = 0;
        float startY = 0;
        boolean any = false;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    page.moveTo(c[0], c[1]);
                    startX = c[0];
                    startY = c[1];
                    lastX = c[0];
                    lastY = c[1];
                    any = true;
                }
                case PathIterator.SEG_LINETO -> {
                    page.lineTo(c[0], c[1]);
                    lastX = c[0];
                    lastY = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // A quadratic segment as the cubic PDF knows: control points two thirds towards the quadratic one.
                    page.curveTo(lastX + 2f / 3 * (c[0] - lastX), lastY + 2f / 3 * (c[1] - lastY),
                            c[2] + 2f / 3 * (c[0] - c[2]), c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    lastX = c[2];
                    lastY = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    page.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    lastX = c[4];
                    lastY = c[5];
                }
                default -> {
                    page.closePath();
                    lastX = startX;
                    lastY = startY;
                }
            }
        }
        if (any) {
            page.fill();
        }
    }
}
