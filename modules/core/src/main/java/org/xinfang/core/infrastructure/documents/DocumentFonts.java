package org.xinfang.core.infrastructure.documents;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
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
 *
 * <p>Parsing the 4 MB Chinese font took half of a notice's time, and letting PDFBox subset it the
 * other half (it first lists the widths of all 50,000 glyphs, then cuts them down on save). So the
 * parsed fonts are kept on a shelf and reused, one set per rendering thread (a parsed font reads
 * its tables through one shared stream and is not safe to share between threads), and a document's
 * subsets are cut here from the characters it shows, tagged by those characters as PDF subsets are,
 * and embedded whole: the same text always gives the same bytes.
 */
final class DocumentFonts implements Closeable {

    static final String CJK_RESOURCE = "/fonts/DroidSansFallbackFull.ttf";
    static final String LATIN_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final int MISSING = 0x3013;

    /**
     * The tables a subset keeps: those PDFBox keeps in its own subsets, and the character map and names the
     * embedding reads. Not GSUB: copied whole it made every line of text a pass of substitution rules
     * (a fifth of a notice's time) that change nothing in Chinese nor in plain Latin text.
     */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2", "post");

    private final Parsed parsed;
    private PDType0Font cjk;
    private PDType0Font latin;

    private DocumentFonts(Parsed parsed) {
        this.parsed = parsed;
    }

    /** A set of parsed fonts for one document, from the shelf when one is idle; {@link #close} puts it back. */
    static DocumentFonts open() {
        Parsed idle = Shelf.IDLE.poll();
        return new DocumentFonts(idle != null ? idle : Parsed.fromClassPath());
    }

    /** The character itself when one of the fonts has it, else 〓. */
    int printable(int codePoint) {
        return parsed.cjkMap.getGlyphId(codePoint) > 0 || parsed.latinMap.getGlyphId(codePoint) > 0 ? codePoint : MISSING;
    }

    /**
     * Embeds in the document the two subsets that hold these printable characters; once, before any
     * text is shown.
     */
    void embed(PDDocument document, Collection<int[]> runs) throws IOException {
        SortedSet<Integer> inCjk = new TreeSet<>();
        SortedSet<Integer> inLatin = new TreeSet<>();
        for (int[] run : runs) {
            for (int c : run) {
                (parsed.inCjk(c) ? inCjk : inLatin).add(c);
            }
        }
        cjk = inCjk.isEmpty() ? null : subset(document, parsed.cjkFont, inCjk);
        latin = inLatin.isEmpty() ? null : subset(document, parsed.latinFont, inLatin);
    }

    /** The embedded font a printable character is set in. */
    PDFont fontFor(int codePoint) {
        PDFont font = parsed.inCjk(codePoint) ? cjk : latin;
        if (font == null) {
            throw new IllegalStateException("character U+" + Integer.toHexString(codePoint) + " was not embedded");
        }
        return font;
    }

    /** The advance of a printable character at the given size, in points. */
    float width(int codePoint, float size) {
        try {
            TrueTypeFont font = parsed.fontOf(codePoint);
            return font.getAdvanceWidth(parsed.glyphOf(codePoint)) * size / font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A printable character's outline in em units (1 = the font size), y up, centred on its box; for the seal. */
    GeneralPath outline(int codePoint) {
        try {
            TrueTypeFont font = parsed.fontOf(codePoint);
            GlyphData glyph = font.getGlyph().getGlyph(parsed.glyphOf(codePoint));
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

    /** Puts the parsed fonts back on the shelf, or lets them go when the shelf is full. */
    @Override
    public void close() {
        if (Shelf.IDLE.size() < Shelf.CAPACITY) {
            Shelf.IDLE.offer(parsed);
        }
    }

    /**
     * The glyphs of these characters cut from the font, named with the six-letter tag PDF gives a subset
     * (ISO 32000-1, 9.6.4) — here a digest of the characters, so that the same text keeps its bytes.
     */
    private static PDType0Font subset(PDDocument document, TrueTypeFont font, SortedSet<Integer> characters)
            throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(font, KEPT_TABLES);
        subsetter.addAll(characters);
        subsetter.setPrefix(tag(characters));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        subsetter.writeToStream(bytes);
        TrueTypeFont cut = new TTFParser().parse(new RandomAccessReadBuffer(bytes.toByteArray()));
        return PDType0Font.load(document, cut, false);
    }

    private static String tag(SortedSet<Integer> characters) {
        long hash = 1125899906842597L;
        for (int c : characters) {
            hash = 31 * hash + c;
        }
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    /** The two fonts parsed, with their character maps. */
    private static final class Parsed {
        final TrueTypeFont cjkFont;
        final TrueTypeFont latinFont;
        final CmapLookup cjkMap;
        final CmapLookup latinMap;

        private Parsed() throws IOException {
            cjkFont = new TTFParser().parse(new RandomAccessReadBuffer(Bytes.CJK));
            latinFont = new TTFParser().parse(new RandomAccessReadBuffer(Bytes.LATIN));
            cjkMap = cjkFont.getUnicodeCmapLookup();
            latinMap = latinFont.getUnicodeCmapLookup();
        }

        static Parsed fromClassPath() {
            try {
                return new Parsed();
            } catch (IOException e) {
                throw new UncheckedIOException("无法读取内置字体 / cannot read the bundled fonts", e);
            }
        }

        boolean inCjk(int codePoint) {
            return cjkMap.getGlyphId(codePoint) > 0;
        }

        /** The font a printable character is set in, and its glyph there. */
        TrueTypeFont fontOf(int codePoint) {
            return inCjk(codePoint) ? cjkFont : latinFont;
        }

        int glyphOf(int codePoint) {
            int cjkGlyph = cjkMap.getGlyphId(codePoint);
            return cjkGlyph > 0 ? cjkGlyph : latinMap.getGlyphId(codePoint);
        }
    }

    /** Parsed font sets not in use; at most one per core is kept, the rest of a burst is parsed and let go. */
    private static final class Shelf {
        static final int CAPACITY = Math.max(2, Runtime.getRuntime().availableProcessors());
        static final Queue<Parsed> IDLE = new ConcurrentLinkedQueue<>();
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
