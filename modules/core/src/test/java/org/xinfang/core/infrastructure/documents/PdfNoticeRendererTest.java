package org.xinfang.core.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.core.application.notice.NoticeFacts;
import org.xinfang.core.application.notice.NoticeSamples;

class PdfNoticeRendererTest {

    private final PdfNoticeRenderer renderer = new PdfNoticeRenderer();

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with line breaks removed, since the layout wraps sentences wherever the measure ends. */
    private static String flat(byte[] pdf) throws IOException {
        return text(pdf).replaceAll("— \\d+ —", "").replaceAll("\\R", "");
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void everyKindComesBackWithTitleNumberAddresseeAndSignature() throws IOException {
        Path samples = Path.of("target", "notice-samples");
        Files.createDirectories(samples);
        NoticeFacts[] all = NoticeSamples.all();
        for (int i = 0; i < all.length; i++) {
            NoticeFacts facts = all[i];
            byte[] pdf = renderer.render(facts);
            // Kept for looking at (pdftoppm -png): the layout and the seal are judged by eye.
            Files.write(samples.resolve("%d-%s.pdf".formatted(i + 1, facts.kind().name().toLowerCase())), pdf);
            String text = flat(pdf);
            assertTrue(text.startsWith("%s%s%s".formatted(facts.unitName(), facts.kind().label().zh(), facts.number())),
                    text);
            String addressee = facts.addressee() != null ? facts.addressee() : facts.targetUnitName();
            assertTrue(text.contains(addressee + "："), text);
            assertTrue(text.contains(NoticeSamples.CASE), text);
            assertTrue(text.endsWith(facts.unitName() + "二〇二六年十一月二十三日"), text);
            assertFalse(text.contains("null"), text);
            assertFalse(text.contains("〓"), text);
        }
    }

    @Test
    void declineCarriesTheReasonAndTheLegalRoute() throws IOException {
        String text = flat(renderer.render(NoticeSamples.declineLitigation()));
        assertTrue(text.contains("不予受理告知书"), text);
        assertTrue(text.contains("不予受理的理由：您与用人单位之间因解除劳动合同产生的经济补偿争议属于劳动争议。"), text);
        assertTrue(text.contains("依照《信访工作条例》第三十一条的规定"), text);
        assertTrue(text.contains("请您依法向北京市朝阳区劳动人事争议仲裁委员会申请仲裁。"), text);
    }

    @Test
    void repeatedFilingNamesTheConcludedCase() throws IOException {
        String text = flat(renderer.render(NoticeSamples.declineRepeated()));
        assertTrue(text.contains("原信访事项编号：XF-2024-000087"), text);
        assertTrue(text.contains("不再受理"), text);
    }

    @Test
    void extensionAndAssignmentCarryTheirDates() throws IOException {
        String extension = flat(renderer.render(NoticeSamples.extension()));
        assertTrue(extension.contains("办理期限延长30日，延长后的办理期限至2027年2月21日。"), extension);
        assertTrue(extension.contains("延期理由：涉及多家分包单位"), extension);
        String assignment = flat(renderer.render(NoticeSamples.assignment()));
        assertTrue(assignment.contains("请于2026年12月23日前将办理结果报送本机关，并提交办结报告。"), assignment);
    }

    @Test
    void decisionsCarryOutcomeAndReviewRight() throws IOException {
        String decision = flat(renderer.render(NoticeSamples.decision()));
        assertTrue(decision.contains("对您的信访请求予以支持。"), decision);
        assertTrue(decision.contains("30日内向北京市人力资源和社会保障局申请复查，申请复查的截止日期为2026年12月23日。"), decision);
        String review = flat(renderer.render(NoticeSamples.review()));
        assertTrue(review.contains("对您的信访请求不予支持。"), review);
        assertTrue(review.contains("30日内向北京市人民政府申请复核，申请复核的截止日期为2026年12月23日。"), review);
        String reReview = flat(renderer.render(NoticeSamples.reReview()));
        assertTrue(reReview.contains("作出上述解释说明。"), reReview);
        assertTrue(reReview.contains("该信访事项已终结。"), reReview);
    }

    @Test
    void lessCommonCharactersInNamesComeBackIntact() throws IOException {
        assertTrue(text(renderer.render(NoticeSamples.acceptance())).contains("王喆："));
        assertTrue(text(renderer.render(NoticeSamples.declineLitigation())).contains("李堃："));
        assertTrue(text(renderer.render(NoticeSamples.declineRepeated())).contains("赵昇："));
        // 䶮 (U+4DAE) lies in CJK Extension A, which the bundled font covers.
        NoticeFacts rare = NoticeSamples.edit(NoticeSamples.acceptance(), e -> e.addressee = "刘䶮");
        assertTrue(text(renderer.render(rare)).contains("刘䶮："));
    }

    @Test
    void aCharacterNoFontHasIsMarkedNotFatal() throws IOException {
        // 𠀀 (U+20000) lies in CJK Extension B, beyond the bundled font.
        NoticeFacts beyond = NoticeSamples.edit(NoticeSamples.acceptance(), e -> e.addressee = "张𠀀");
        assertTrue(text(renderer.render(beyond)).contains("张〓："));
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(NoticeSamples.decision()))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts.add(font.getName());
                }
            }
            assertTrue(fonts.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+DroidSansFallback.*")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+LiberationSans.*")), fonts.toString());
        }
    }

    @Test
    void theSubsetKeepsTheFileSmall() {
        byte[] pdf = renderer.render(NoticeSamples.decision());
        assertTrue(pdf.length < 200_000, "PDF of " + pdf.length + " bytes");
    }

    @Test
    void renderingTwiceGivesTheSameDocument() throws IOException {
        for (NoticeFacts facts : NoticeSamples.all()) {
            byte[] first = renderer.render(facts);
            byte[] second = renderer.render(facts);
            assertEquals(text(first), text(second));
            assertArrayEquals(first, second, facts.kind().name());
        }
    }

    @Test
    void documentDatesAreTheIssueDate() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(NoticeSamples.acceptance()))) {
            Calendar created = document.getDocumentInformation().getCreationDate();
            assertEquals(LocalDate.of(2026, 11, 23), created.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate());
            assertEquals(created, document.getDocumentInformation().getModificationDate());
            assertEquals("受理告知书 朝人社信受〔2026〕3号", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aLongReasonFlowsOntoFurtherPagesWithPageNumbers() throws IOException {
        StringBuilder reason = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            reason.append("第").append(i).append("项：经核查工资发放记录、考勤记录和分包合同，该公司确有未按约定支付劳动报酬的情形，")
                    .append("本局已依法责令限期支付。\n");
        }
        NoticeFacts longer = NoticeSamples.edit(NoticeSamples.decision(), e -> e.reason = reason.toString());
        byte[] pdf = renderer.render(longer);
        assertTrue(pages(pdf) >= 3, "pages: " + pages(pdf));
        String text = flat(pdf);
        assertTrue(text.contains("第1项：") && text.contains("第40项："), text);
        assertTrue(text(pdf).contains("— 2 —"), text);
        assertTrue(text.endsWith("二〇二六年十一月二十三日"), text);
        Files.createDirectories(Path.of("target", "notice-samples"));
        Files.write(Path.of("target", "notice-samples", "decision-long.pdf"), pdf);
    }

    @ParameterizedTest
    @EnumSource(NoticeKind.class)
    void missingOptionalFactsPrintNoNull(NoticeKind kind) throws IOException {
        String text = flat(renderer.render(NoticeSamples.bare(kind)));
        assertFalse(text.contains("null"), text);
        assertTrue(text.contains(kind.label().zh()), text);
    }

    @Test
    void linesBreakAnywhereButNotBeforeClosingPunctuationNorInsideAWord() {
        // Every character 1 wide, lines 5 wide.
        int[] text = "一二三四五，六七八九十AB12三".codePoints().toArray();
        List<PdfNoticeRenderer.Line> lines = PdfNoticeRenderer.wrap(text, 5, 5, c -> 1);
        List<String> set = lines.stream().map(l -> new String(l.characters(), 0, l.characters().length)).toList();
        assertEquals(List.of("一二三四五，", "六七八九十", "AB12三"), set);
        assertTrue(lines.get(0).justified());
        assertFalse(lines.get(2).justified());
        int[] opening = "一二三四（五）".codePoints().toArray();
        List<String> moved = PdfNoticeRenderer.wrap(opening, 5, 5, c -> 1).stream()
                .map(l -> new String(l.characters(), 0, l.characters().length)).toList();
        assertEquals(List.of("一二三四", "（五）"), moved);
    }
}
