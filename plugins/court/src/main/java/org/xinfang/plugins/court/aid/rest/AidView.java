package org.xinfang.plugins.court.aid.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.xinfang.plugins.court.aid.JudicialAid;

/** An application for judicial aid as the API shows it: each step's facts, null until the step is taken; labels in the caller's language. */
public record AidView(long id, long caseId, long version, String state, String stateLabel, String applicant, String reason,
                      BigDecimal amountAsked, LocalDate appliedOn, String recordedBy, String source, String sourceLabel,
                      BigDecimal amountGranted, LocalDate decidedOn, String decidedBy, String decisionNote, LocalDate paidOn,
                      BigDecimal amountPaid, String paidBy, String paymentNote, LocalDate receivedOn, String receiptNote,
                      Long receiptDocumentId) {

    static AidView of(JudicialAid a, Locale locale) {
        return new AidView(a.getId(), a.getCaseId(), a.getVersion(), a.getState().name(), a.getState().label().in(locale),
                a.getApplicant(), a.getReason(), a.getAmountAsked(), a.getAppliedOn(), a.getRecordedBy(),
                a.getSource() == null ? null : a.getSource().name(), a.getSource() == null ? null : a.getSource().label().in(locale),
                a.getAmountGranted(), a.getDecidedOn(), a.getDecidedBy(), a.getDecisionNote(), a.getPaidOn(), a.getAmountPaid(),
                a.getPaidBy(), a.getPaymentNote(), a.getReceivedOn(), a.getReceiptNote(), a.getReceiptDocumentId());
    }
}
