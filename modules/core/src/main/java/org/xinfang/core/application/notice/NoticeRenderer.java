package org.xinfang.core.application.notice;

import java.time.LocalDate;

/**
 * Turns a notice's facts into a PDF: the kind's template filled in, Chinese set in the bundled
 * font, the unit's letterhead and seal. Rendering the same facts again gives the same text.
 */
public interface NoticeRenderer {

    /** The PDF's bytes. */
    byte[] render(NoticeFacts facts);

    /**
     * The PDF of a notice worded elsewhere (the reception notice of an appointment, which has no
     * case), set the same way; {@code reference} is recorded as the document's subject and, with the
     * wording and the date, makes its id, so the same input gives the same bytes.
     */
    byte[] render(NoticeText text, LocalDate issuedOn, String reference);
}
