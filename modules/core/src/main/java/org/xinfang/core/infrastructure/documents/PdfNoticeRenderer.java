package org.xinfang.core.infrastructure.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.IntToDoubleFunction;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.xinfang.core.application.notice.NoticeFacts;
import org.xinfang.core.application.notice.NoticeRenderer;
import org.xinfang.core.application.notice.NoticeText;
import org.xinfang.core.application.notice.NoticeTexts;

/**
 * Sets a notice on A4 the way official letters are laid out (GB/T 9704 proportions): the unit's
 * name and the title centred, the number under them, the addressee, the body in 16-point type with
 * two-character first-line indents, justified, and the signature with the date in Chinese numerals
 * at the bottom right under the red seal. Lines break anywhere between Chinese characters but not
 * inside a Latin word, and closing punctuation never starts a line. The same facts always give the
 * same bytes: dates come from the issue date and the document id from the text.
 */
@ApplicationScoped
public class PdfNoticeRenderer implements NoticeRenderer {

    static final float MM = 72 / 25.4f;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 28 * MM;
    static final float RIGHT = PAGE.getWidth() - 26 * MM;
    static final float TOP = PAGE.getHeight() - 37 * MM;
    static final float BOTTOM = 35 * MM;
    static final float BODY = 16;
    static final float LEADING = 29;
    static final float TITLE = 22;
    static final float HEAD = 18;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final String NO_LINE_START = "，。、；：？！）」』】〕》〉”’…—·%,.;:?!)]}";
    private static final String NO_LINE_END = "（「『【〔《〈“‘([{";

    @Override
    public byte[] render(NoticeFacts facts) {
        return render(NoticeTexts.of(facts), facts.issuedOn(), facts.caseNumber());
    }

    @Override
    public byte[] render(NoticeText text, LocalDate issuedOn, String reference) {
        return render(text, issuedOn.atStartOfDay(BEIJING).toInstant().toEpochMilli(), reference);
    }

    byte[] render(NoticeText text, long issuedAtMillis, String caseNumber) {
        try (PDDocument document = new PDDocument(); DocumentFonts fonts = DocumentFonts.open()) {
            Composer composer = new Composer(document, fonts);
            composer.compose(text);
            describe(document, text, issuedAtMillis, caseNumber);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("无法生成文书PDF / cannot render the notice as PDF: " + text.number(), e);
        }
    }

    private static void describe(PDDocument document, NoticeText text, long issuedAtMillis, String caseNumber) {
        GregorianCalendar issued = new GregorianCalendar(TimeZone.getTimeZone(BEIJING));
        issued.setTimeInMillis(issuedAtMillis);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(text.title() + " " + text.number());
        info.setAuthor(text.unitName());
        info.setSubject(caseNumber);
        info.setCreator("xinfang");
        info.setProducer("xinfang (Apache PDFBox)");
        info.setCreationDate(issued);
        info.setModificationDate(issued);
        document.getDocumentCatalog().setLanguage("zh-CN");
        // Without an id of our own PDFBox makes one from the clock; this one is a digest of the wording.
        byte[] id = Arrays.copyOf(sha256(text.plainText() + '\n' + caseNumber + '\n' + issuedAtMillis), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().setDocumentID(ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line as set: its characters, their natural width, and whether it is stretched to the full measure. */
    record Line(int[] characters, float width, boolean justified) {
    }

    /** Breaks a paragraph into lines of at most {@code measure} points ({@code firstMeasure} for the first). */
    static List<Line> wrap(int[] characters, float firstMeasure, float measure, IntToDoubleFunction width) {
        List<Line> lines = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        float currentWidth = 0;
        float available = firstMeasure;
        int i = 0;
        while (i < characters.length) {
            int end = i + 1;
            if (isWordCharacter(characters[i])) {
                while (end < characters.length && isWordCharacter(characters[end])) {
                    end++;
                }
            }
            float tokenWidth = 0;
            for (int k = i; k < end; k++) {
                tokenWidth += (float) width.applyAsDouble(characters[k]);
            }
            boolean single = end == i + 1;
            if (current.isEmpty() && single && characters[i] == ' ') {
                i = end;
                continue;
            }
            if (currentWidth + tokenWidth <= available + 0.01f) {
                currentWidth += add(current, characters, i, end, width);
            } else if (single && !current.isEmpty() && NO_LINE_START.indexOf(characters[i]) >= 0) {
                // Closing punctuation stays with the line before it; justification squeezes the line back in.
                add(current, characters, i, end, width);
                lines.add(line(current, width, true));
                current = new ArrayList<>();
                currentWidth = 0;
                available = measure;
            } else if (tokenWidth > measure) {
                for (int k = i; k < end; k++) {
                    float w = (float) width.applyAsDouble(characters[k]);
                    if (currentWidth + w > available + 0.01f && !current.isEmpty()) {
                        lines.add(line(current, width, true));
                        current = new ArrayList<>();
                        currentWidth = 0;
                        available = measure;
                    }
                    current.add(characters[k]);
                    currentWidth += w;
                }
            } else {
                List<Integer> carried = new ArrayList<>();
                if (current.size() > 1 && NO_LINE_END.indexOf(current.get(current.size() - 1)) >= 0) {
                    carried.add(current.remove(current.size() - 1));
                }
                lines.add(line(current, width, true));
                current = carried;
                currentWidth = 0;
                for (int c : current) {
                    currentWidth += (float) width.applyAsDouble(c);
                }
                available = measure;
                currentWidth += add(current, characters, i, end, width);
            }
            i = end;
        }
        if (!current.isEmpty()) {
            lines.add(line(current, width, false));
        }
        return lines;
    }

    private static float add(List<Integer> line, int[] characters, int from, int to,
                             IntToDoubleFunction width) {
        float added = 0;
        for (int k = from; k < to; k++) {
            line.add(characters[k]);
            added += (float) width.applyAsDouble(characters[k]);
        }
        return added;
    }

    private static Line line(List<Integer> characters, IntToDoubleFunction width, boolean justified) {
        int end = characters.size();
        while (end > 0 && characters.get(end - 1) == ' ') {
            end--;
        }
        int[] set = characters.subList(0, end).stream().mapToInt(Integer::intValue).toArray();
        float total = 0;
        for (int c : set) {
            total += (float) width.applyAsDouble(c);
        }
        return new Line(set, total, justified);
    }

    private static boolean isWordCharacter(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || "-._/:%#@&".indexOf(c) >= 0);
    }

    /** A run of text placed on a page. */
    record Placed(int page, float x, float y, int[] characters, float size, float spacing, boolean bold) {
    }

    /** Where everything goes: the text runs by page, and the seal's page and centre. */
    record Plan(List<Placed> runs, int pages, int sealPage, float sealX, float sealY, boolean signatureFits,
                int bodyLines) {
    }

    /** Lays a notice out, then draws it. */
    private static final class Composer {
        private final PDDocument document;
        private final DocumentFonts fonts;

        Composer(PDDocument document, DocumentFonts fonts) {
            this.document = document;
            this.fonts = fonts;
        }

        void compose(NoticeText text) throws IOException {
            Plan plan = layout(text, -1);
            if (!plan.signatureFits()) {
                // The seal is never left alone on a page: the last two lines of the body go over with it.
                plan = layout(text, Math.max(0, plan.bodyLines() - 2));
            }
            draw(text, plan);
        }

        /** The layout, breaking the page before body line {@code breakBefore} (none when negative). */
        private Plan layout(NoticeText text, int breakBefore) {
            List<Placed> runs = new ArrayList<>();
            int page = 0;
            float baseline = TOP - HEAD;
            runs.add(centred(page, text.unitName(), HEAD, baseline, false));
            baseline -= TITLE + 20;
            runs.add(centred(page, text.title(), TITLE, baseline, true));
            baseline -= BODY + 18;
            runs.add(centred(page, text.number(), BODY, baseline, false));
            baseline -= LEADING + 18;

            List<String> paragraphs = new ArrayList<>();
            List<Float> indents = new ArrayList<>();
            if (text.addressee() != null) {
                paragraphs.add(text.addressee() + "：");
                indents.add(0f);
            }
            for (String paragraph : text.paragraphs()) {
                paragraphs.add(paragraph);
                indents.add(2 * BODY);
            }
            int bodyLine = 0;
            for (int p = 0; p < paragraphs.size(); p++) {
                float indent = indents.get(p);
                List<Line> lines = wrap(printable(paragraphs.get(p)), RIGHT - LEFT - indent, RIGHT - LEFT,
                        c -> fonts.width(c, BODY));
                for (int n = 0; n < lines.size(); n++) {
                    if (baseline < BOTTOM || bodyLine == breakBefore) {
                        page++;
                        baseline = TOP - BODY;
                    }
                    Line line = lines.get(n);
                    float x = LEFT + (n == 0 ? indent : 0);
                    float spacing = 0;
                    if (line.justified() && line.characters().length > 1) {
                        spacing = (RIGHT - x - line.width()) / (line.characters().length - 1);
                        if (spacing > BODY / 2) {
                            spacing = 0;
                        }
                    }
                    runs.add(new Placed(page, x, baseline, line.characters(), BODY, spacing, false));
                    baseline -= LEADING;
                    bodyLine++;
                }
            }

            // The unit's name centred over the date, the date four characters in from the right edge, the seal
            // over both with its top within a line of the text and the two lines in its lower half.
            float radius = Seal.DIAMETER / 2;
            float centreY = baseline + LEADING - LEADING * 0.6f - radius;
            boolean fits = centreY - radius >= BOTTOM - LEADING;
            if (!fits && breakBefore >= 0) {
                page++;
                centreY = TOP - radius;
                fits = true;
            }
            float unitBaseline = centreY - radius * 0.08f;
            int[] date = printable(text.signatureDate());
            int[] unit = printable(text.unitName());
            float dateWidth = width(date, BODY);
            float unitWidth = width(unit, BODY);
            float dateX = RIGHT - 4 * BODY - dateWidth;
            float centreX = dateX + dateWidth / 2;
            float unitX = Math.max(LEFT, Math.min(centreX - unitWidth / 2, RIGHT - unitWidth));
            runs.add(new Placed(page, unitX, unitBaseline, unit, BODY, 0, false));
            runs.add(new Placed(page, dateX, unitBaseline - LEADING, date, BODY, 0, false));
            return new Plan(runs, page + 1, page, centreX, centreY, fits, bodyLine);
        }

        private Placed centred(int page, String text, float size, float baseline, boolean bold) {
            int[] characters = printable(text);
            float x = Math.max(LEFT, (PAGE.getWidth() - width(characters, size)) / 2);
            return new Placed(page, x, baseline, characters, size, 0, bold);
        }

        private void draw(NoticeText text, Plan plan) throws IOException {
            List<Placed> runs = new ArrayList<>(plan.runs());
            if (plan.pages() > 1) {
                // Page numbers as official documents have them, — 1 —, under the text.
                for (int n = 0; n < plan.pages(); n++) {
                    int[] number = printable("— " + (n + 1) + " —");
                    float size = 14;
                    runs.add(new Placed(n, (PAGE.getWidth() - width(number, size)) / 2, BOTTOM - 7 * MM - size,
                            number, size, 0, false));
                }
            }
            fonts.embed(document, runs.stream().map(Placed::characters).toList());
            for (int n = 0; n < plan.pages(); n++) {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Placed run : runs) {
                        if (run.page() == n) {
                            show(content, run);
                        }
                    }
                    if (plan.sealPage() == n) {
                        Seal.draw(content, fonts, text.sealText(), plan.sealX(), plan.sealY());
                    }
                }
            }
        }

        private int[] printable(String text) {
            return text.codePoints().map(c -> Character.isISOControl(c) || Character.isWhitespace(c) && c != 0x3000 ? ' ' : c)
                    .map(fonts::printable).toArray();
        }

        private float width(int[] characters, float size) {
            float width = 0;
            for (int c : characters) {
                width += fonts.width(c, size);
            }
            return width;
        }

        /** Sets a run at its baseline, switching between the two fonts where the text does. */
        private void show(PDPageContentStream content, Placed run) throws IOException {
            int[] characters = run.characters();
            content.beginText();
            if (run.bold()) {
                // Synthetic bold for the title: the outline stroked as well as filled.
                content.setRenderingMode(RenderingMode.FILL_STROKE);
                content.setLineWidth(run.size() * 0.03f);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.setCharacterSpacing(run.spacing());
            content.newLineAtOffset(run.x(), run.y());
            int start = 0;
            while (start < characters.length) {
                PDFont font = fonts.fontFor(characters[start]);
                int end = start + 1;
                while (end < characters.length && fonts.fontFor(characters[end]) == font) {
                    end++;
                }
                content.setFont(font, run.size());
                content.showText(new String(characters, start, end - start));
                start = end;
            }
            content.endText();
        }
    }
}
