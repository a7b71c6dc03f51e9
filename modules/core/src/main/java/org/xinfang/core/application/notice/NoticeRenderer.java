package org.xinfang.core.application.notice;

/**
 * Turns a notice's facts into a PDF: the kind's template filled in, Chinese set in the bundled
 * font, the unit's letterhead and seal. Rendering the same facts again gives the same text.
 */
public interface NoticeRenderer {

    /** The PDF's bytes. */
    byte[] render(NoticeFacts facts);
}
