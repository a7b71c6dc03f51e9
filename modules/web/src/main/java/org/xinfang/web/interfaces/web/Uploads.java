package org.xinfang.web.interfaces.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.xinfang.core.application.receipt.Receipts;

/** A file sent with a page's form (h:inputFile), as the use cases take it. */
public final class Uploads {

    private Uploads() {
    }

    /** The file as material for a receipt or the portal, or null when none was chosen. */
    public static Receipts.EvidenceFile evidence(Part part) {
        return part == null || part.getSize() == 0 ? null : new Receipts.EvidenceFile(fileName(part), bytes(part));
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName();
        // Old browsers send the whole path of the file on the sender's computer.
        return name == null ? null : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
