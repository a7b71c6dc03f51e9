package org.xinfang.core.application.notice;

import java.util.List;
import java.util.Objects;

/**
 * A notice's wording, ready to be set on a page: what {@link NoticeTexts} makes of the facts.
 *
 * @param unitName      the issuing unit, printed above the title and in the signature
 * @param title         the kind's label, e.g. 受理告知书
 * @param number        the notice's number
 * @param addressee     the salutation line without its colon, or null when there is nobody to name
 * @param paragraphs    the body, one entry per paragraph, none blank
 * @param signatureDate the issue date written in Chinese numerals, e.g. 二〇二六年十一月二十三日
 * @param sealText      the words in the seal
 */
public record NoticeText(String unitName, String title, String number, String addressee, List<String> paragraphs,
                         String signatureDate, String sealText) {

    public NoticeText {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(number, "number");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(signatureDate, "signatureDate");
        Objects.requireNonNull(sealText, "sealText");
    }

    /** The whole wording as plain text, line by line, as a reader of the PDF would see it. */
    public String plainText() {
        StringBuilder text = new StringBuilder().append(unitName).append('\n').append(title).append('\n')
                .append(number).append('\n');
        if (addressee != null) {
            text.append(addressee).append('：').append('\n');
        }
        paragraphs.forEach(p -> text.append(p).append('\n'));
        return text.append(unitName).append('\n').append(signatureDate).append('\n').toString();
    }
}
