package org.xinfang.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.xinfang.it.deploy.InServer;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.core.application.notice.NoticeFacts;
import org.xinfang.core.application.notice.NoticeRenderer;
import org.xinfang.core.infrastructure.documents.PdfNoticeRenderer;

/**
 * Inside the server, the notice port resolves to the PDF renderer, which finds the bundled font on
 * the deployment's class path and sets Chinese that reads back intact.
 */
@ExtendWith(ArquillianExtension.class)
@InServer
class NoticeRendererIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    NoticeRenderer renderer;

    @Test
    void theServerRendersANoticeInTheBundledFont() throws IOException {
        assertTrue(renderer instanceof PdfNoticeRenderer || renderer.getClass().getSuperclass() == PdfNoticeRenderer.class,
                renderer.getClass().getName());
        NoticeFacts facts = new NoticeFacts(NoticeKind.DECLINE, "朝信不受〔2026〕1号", LocalDate.of(2026, 11, 23),
                "北京市朝阳区信访办公室", "北京市朝阳区信访办公室", "李堃", "XF-2026-000001", "劳动争议", null,
                LocalDate.of(2026, 11, 9), "属于劳动争议", null, LegalRoute.ARBITRATION, null, null, null, null, null, 30);
        byte[] pdf = renderer.render(facts);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\R", "");
            assertTrue(text.contains("不予受理告知书"), text);
            assertTrue(text.contains("李堃："), text);
            assertTrue(text.contains("请您依法向有管辖权的仲裁机构申请仲裁。"), text);
            assertEquals(1, document.getNumberOfPages());
        }
    }
}
