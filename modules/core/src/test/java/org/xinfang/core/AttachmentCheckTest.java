package org.xinfang.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.xinfang.core.application.documents.AttachmentCheck.Checked;
import org.xinfang.core.application.documents.AttachmentCheck;
import org.xinfang.core.application.documents.AttachmentRefusedException.Reason;
import org.xinfang.core.application.documents.AttachmentRefusedException;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.domain.model.document.FileNames;
import org.xinfang.core.domain.model.document.FileSizes;
import org.xinfang.core.domain.model.document.OtherContent;
import org.xinfang.core.domain.model.document.ScanType;

class AttachmentCheckTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void recognisesEveryScanTypeByItsBytes() {
        assertEquals(Optional.of(ScanType.PDF), ScanType.detect(SampleFiles.pdf()));
        assertEquals(Optional.of(ScanType.JPEG), ScanType.detect(SampleFiles.image("jpeg")));
        assertEquals(Optional.of(ScanType.PNG), ScanType.detect(SampleFiles.image("png")));
        assertEquals(Optional.of(ScanType.TIFF), ScanType.detect(SampleFiles.image("tiff")));
        assertEquals(Optional.of(ScanType.GIF), ScanType.detect(SampleFiles.image("gif")));
        assertEquals(Optional.of(ScanType.BMP), ScanType.detect(SampleFiles.image("bmp")));
    }

    @Test
    void textStartingWithBmIsNoBitmap() {
        byte[] text = "BM is how this note to the bureau begins, and nothing more".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Optional.empty(), ScanType.detect(text));
    }

    @Test
    void acceptsRealScansAndStoresTheTypeTheBytesAre() {
        Checked pdf = AttachmentCheck.check("来信原件.pdf", "  来信原件（第1页）  ", SampleFiles.pdf(), 20, ZH);
        assertEquals(new Checked("来信原件.pdf", "来信原件（第1页）", ScanType.PDF), pdf);
        assertEquals("image/jpeg", AttachmentCheck.check("现场照片.JPG", null, SampleFiles.image("jpeg"), 20, ZH).type().contentType());
        assertEquals(ScanType.PNG, AttachmentCheck.check("截图.png", "", SampleFiles.image("png"), 20, ZH).type());
    }

    @Test
    void titleDefaultsToTheFileName() {
        assertEquals("证据1.png", AttachmentCheck.check("证据1.png", "   ", SampleFiles.image("png"), 20, ZH).title());
    }

    @Test
    void renamedProgramIsRefusedSayingWhatItReallyIs() {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> AttachmentCheck.check("扫描件.pdf", null, SampleFiles.windowsProgram(), 20, ZH));
        assertEquals(Reason.NOT_A_SCAN, e.reason());
        assertEquals("file", only(e).field());
        assertEquals("“扫描件.pdf”实际是Windows 可执行程序，不是扫描件，未保存；只接受 PDF/JPEG/PNG/TIFF/GIF/BMP 文件。", only(e).message());
        assertEquals(only(e).message(), e.getMessage(), "a plugin shows the message as it is: no field name before it");
    }

    @Test
    void renamedZipIsRefusedInTheCallersLanguage() {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> AttachmentCheck.check("evidence.pdf", null, SampleFiles.zip(), 20, Locale.ENGLISH));
        assertEquals(Reason.NOT_A_SCAN, e.reason());
        assertTrue(only(e).message().startsWith("\"evidence.pdf\" is not a scan but a ZIP archive"), only(e).message());
    }

    @Test
    void unknownContentIsRefusedAsNoAcceptedType() {
        byte[] text = "只是一段文字，不是扫描件".getBytes(StandardCharsets.UTF_8);
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> AttachmentCheck.check("说明.pdf", null, text, 20, ZH));
        assertEquals(Reason.NOT_A_SCAN, e.reason());
        assertEquals("“说明.pdf”不是可接受的扫描件类型，未保存；只接受 PDF/JPEG/PNG/TIFF/GIF/BMP 文件。", only(e).message());
    }

    @Test
    void identifiesCommonNonScans() {
        assertEquals(Optional.of(OtherContent.WINDOWS_PROGRAM), OtherContent.identify(SampleFiles.windowsProgram()));
        assertEquals(Optional.of(OtherContent.ZIP), OtherContent.identify(SampleFiles.zip()));
        assertEquals(Optional.of(OtherContent.MARKUP), OtherContent.identify("\n <svg onload=\"x()\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(OtherContent.UNIX_PROGRAM), OtherContent.identify(new byte[] {0x7F, 'E', 'L', 'F', 2, 1}));
    }

    @Test
    void extensionThatDoesNotMatchTheContentIsRefused() {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> AttachmentCheck.check("照片.pdf", null, SampleFiles.image("png"), 20, ZH));
        assertEquals(Reason.INVALID, e.reason());
        assertEquals("文件名“照片.pdf”的扩展名 .pdf 与内容不符：内容是 PNG 文件，扩展名应为 .png。未保存。", only(e).message());
    }

    @Test
    void missingExtensionIsTakenFromTheContent() {
        assertEquals("scan.jpg", AttachmentCheck.check("scan", null, SampleFiles.image("jpeg"), 20, ZH).fileName());
    }

    @Test
    void emptyFileIsRefused() {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> AttachmentCheck.check("空.pdf", null, new byte[0], 20, ZH));
        assertEquals(Reason.INVALID, e.reason());
        assertEquals("文件是空的（0 字节），请重新选择扫描件。", only(e).message());
    }

    @Test
    void fileOneByteOverTheLimitIsRefusedAndOneAtTheLimitPasses() {
        byte[] atLimit = Arrays.copyOf(SampleFiles.pdf(), 1024 * 1024);
        assertEquals(ScanType.PDF, AttachmentCheck.check("a.pdf", null, atLimit, 1, ZH).type());
        byte[] over = Arrays.copyOf(SampleFiles.pdf(), 1024 * 1024 + 1);
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> AttachmentCheck.check("a.pdf", null, over, 1, ZH));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertEquals("文件超过 1 MB 的上限，未保存；请降低扫描分辨率或分成几份上传。", only(e).message());
    }

    @Test
    void titleOverTwoHundredCharactersIsRefusedWithTheFileProblemsTogether() {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> AttachmentCheck.check("照片.pdf", "证".repeat(201), SampleFiles.image("png"), 20, ZH));
        assertEquals(2, e.problems().size());
        assertEquals(new FieldProblem("title", "标题最多 200 个字，现有 201 个。"), e.problems().get(1));
    }

    @Test
    void fileNamesLoseTheirPathsAndUnsafeCharacters() {
        assertEquals("scan.pdf", FileNames.sanitise("C:\\Users\\王\\Desktop\\scan.pdf"));
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("a_b_.pdf", FileNames.sanitise("a<b>\u0000\u202e.pdf"));
        assertEquals("hidden.pdf", FileNames.sanitise("..hidden.pdf"));
        assertEquals("", FileNames.sanitise("  /  "));
    }

    @Test
    void longFileNamesAreCutKeepingTheExtension() {
        String cut = FileNames.sanitise("证".repeat(300) + ".jpeg");
        assertEquals(FileNames.MAX_LENGTH, cut.length());
        assertTrue(cut.endsWith("证.jpeg"));
    }

    @Test
    void sizesReadInKilobytesAndMegabytes() {
        assertEquals("512 B", FileSizes.format(512));
        assertEquals("1.5 KB", FileSizes.format(1536));
        assertEquals("20.0 MB", FileSizes.format(20L * 1024 * 1024));
    }

    private static FieldProblem only(AttachmentRefusedException e) {
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }
}
