package org.xinfang.core.application.documents;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.xinfang.core.domain.model.document.ScanType;

/**
 * The words of a stored file, for the full-text search: a PDF's text layer (every notice, and a typed
 * letter saved as PDF). A picture has none — reading a photographed letter would take OCR, which the
 * installation does not run — and neither has a PDF that will not open; both are stored all the same.
 */
final class DocumentWords {

    private static final Logger LOG = Logger.getLogger(DocumentWords.class.getName());

    private DocumentWords() {
    }

    static String of(String contentType, byte[] content) {
        if (!ScanType.PDF.contentType().equals(contentType)) {
            return "";
        }
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(pdf).strip();
        } catch (IOException unreadable) {
            LOG.log(Level.FINE, "A PDF without readable text is stored unsearched", unreadable);
            return "";
        }
    }
}
