package org.xinfang.core.infrastructure.documents;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two fonts one PDF is set in, both embedded as subsets: Droid Sans Fallback (bundled under
 * {@code fonts/}) for Chinese, and Liberation Sans (shipped inside PDFBox) for the Latin letters and
 * digits Droid Sans Fallback lacks. Each character is set in the first of the two that has it; one
 * that neither has is set as 〓, the printer's mark for a missing character, so a rare character
 * never stops a notice from being issued.
 */
final class DocumentFonts implements Closeable {

    static final String CJK_RESOURCE = "/fonts/DroidSansFallbackFull.ttf";
    static final String LATIN_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final int MISSING = 0x3013;

    private final TrueTypeFont cjkFont;
    private final TrueTypeFont latinFont;
    private final CmapLookup cjkMap;
    private final CmapLookup latinMap;
    final PDType0Font cjk;
    final PDType0Font latin;

    private DocumentFonts(PDDocument document) throws IOException {
        cjkFont = new TTFParser().parse(new RandomAccessReadBuffer(Bytes.CJK));
        latinFont = new TTFParser().parse(new RandomAccessReadBuffer(Bytes.LATIN));
        cjkMap = cjkFont.getUnicodeCmapLookup();
        latinMap = latinFont.getUnicodeCmapLookup();
        cjk = PDType0Font.load(document, cjkFont, true);
        latin = PDType0Font.load(document, latinFont, true);
    }

    /** Both fonts, parsed afresh for this document (a parsed font is not safe to share between threads). */
    static DocumentFonts open(PDDocument document) {
        try {
            return new DocumentFonts(document);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取内置字体 / cannot read the bundled fonts", e);
        }
    }

    /** The character itself when one of the fonts has it, else 〓. */
    int printable(int codePoint) {
        return cjkMap.getGlyphId(codePoint) > 0 || latinMap.getGlyphId(codePoint) > 0 ? codePoint : MISSING;
    }

    /** The font a printable character is set in. */
    PDFont fontFor(int codePoint) {
        return cjkMap.getGlyphId(codePoint) > 0 ? cjk : latin;
    }

    /** The advance of a printable character at the given size, in points. */
    float width(int codePoint, float size) {
        try {
            boolean inCjk = cjkMap.getGlyphId(codePoint) > 0;
            TrueTypeFont font = inCjk ? cjkFont : latinFont;
            int glyph = (inCjk ? cjkMap : latinMap).getGlyphId(codePoint);
            return font.getAdvanceWidth(glyph) * size / font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printable character's outline in em units (1 = the font size), y up, centred on its box; for the seal. */
    GeneralPath outline(int codePoint) {
        try {
            boolean inCjk = cjkMap.getGlyphId(codePoint) > 0;
            TrueTypeFont font = inCjk ? cjkFont : latinFont;
            GlyphData glyph = font.getGlyph().getGlyph((inCjk ? cjkMap : latinMap).getGlyphId(codePoint));
            GeneralPath path = new GeneralPath();
            if (glyph == null) {
                return path;
            }
            path.append(glyph.getPath(), false);
            double scale = 1.0 / font.getUnitsPerEm();
            double centreX = (glyph.getXMinimum() + glyph.getXMaximum()) / 2.0;
            double centreY = (glyph.getYMinimum() + glyph.getYMaximum()) / 2.0;
            AffineTransform toEm = AffineTransform.getScaleInstance(scale, scale);
            toEm.translate(-centreX, -centreY);
            path.transform(toEm);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        cjkFont.close();
        latinFont.close();
    }

    /** The font files, read once from the class path and shared read-only. */
    private static final class Bytes {
        static final byte[] CJK = read(CJK_RESOURCE);
        static final byte[] LATIN = read(LATIN_RESOURCE);

        private static byte[] read(String resource) {
            try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("类路径上缺少字体 " + resource + " / font missing from the class path: "
                            + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取字体 " + resource + " / cannot read font " + resource, e);
            }
        }
    }
}
