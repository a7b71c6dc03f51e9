package org.xinfang.core.application.notice;

import java.time.LocalDate;
import java.util.Objects;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.Outcome;

/**
 * Everything a written notice says, gathered by the engine from the case and the step that produces
 * it. The renderer turns it into the notice's text (a template per kind) and a PDF.
 *
 * @param number         the notice's own number, e.g. {@code 朝阳信访受〔2026〕3号}
 * @param issuedOn       the date printed above the seal
 * @param unitName       the issuing unit's name (letterhead)
 * @param sealText       the text in the seal (the unit's name unless set otherwise)
 * @param addressee      whom it is written to: the petitioner, or the receiving body of a 转送/交办函
 * @param caseNumber     the case's number
 * @param subject        the matter, in a line
 * @param summary        what the petitioner asked (the case's content), for letters to another body
 * @param receivedOn     when the matter was received
 * @param reason         the step's reason or opinion, as written by the person who took it
 * @param outcome        a decision's outcome (支持/解释说明/不予支持), or null
 * @param legalRoute     the legal route a declined litigation matter is steered to, or null
 * @param targetUnitName the body a matter is forwarded or assigned to, or null
 * @param dueDate        a report-back date (交办) or the new due date (延期), or null
 * @param extensionDays  days of an extension, or null
 * @param concludedCaseNumber the concluded case a repeated filing refers to, or null
 * @param reviewBodyName the body to ask for a review or re-review, or null when none lies above
 * @param reviewWindowDays days the petitioner has to ask for that review
 * @param reviewDueOn    the last day to ask for that review, as the window's clock stood when the notice
 *                       was issued (so that re-rendering the facts gives the same bytes), or null
 */
public record NoticeFacts(NoticeKind kind, String number, LocalDate issuedOn, String unitName, String sealText,
                          String addressee, String caseNumber, String subject, String summary, LocalDate receivedOn,
                          String reason, Outcome outcome, LegalRoute legalRoute, String targetUnitName, LocalDate dueDate,
                          Integer extensionDays, String concludedCaseNumber, String reviewBodyName, int reviewWindowDays,
                          LocalDate reviewDueOn) {

    public NoticeFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(sealText, "sealText");
        Objects.requireNonNull(caseNumber, "caseNumber");
    }

    /** The facts of a notice that names no last day for a review: every kind but the two opinions that open one. */
    public NoticeFacts(NoticeKind kind, String number, LocalDate issuedOn, String unitName, String sealText,
                       String addressee, String caseNumber, String subject, String summary, LocalDate receivedOn,
                       String reason, Outcome outcome, LegalRoute legalRoute, String targetUnitName, LocalDate dueDate,
                       Integer extensionDays, String concludedCaseNumber, String reviewBodyName, int reviewWindowDays) {
        this(kind, number, issuedOn, unitName, sealText, addressee, caseNumber, subject, summary, receivedOn, reason, outcome,
                legalRoute, targetUnitName, dueDate, extensionDays, concludedCaseNumber, reviewBodyName, reviewWindowDays, null);
    }
}
