package org.xinfang.web.interfaces.rest.supervision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.xinfang.core.application.supervision.Referrals;
import org.xinfang.core.application.supervision.SupervisionOrders;
import org.xinfang.core.domain.model.supervision.CaseReferral;
import org.xinfang.core.domain.model.supervision.InboxMessage;
import org.xinfang.core.domain.model.supervision.SupervisionOrder;

/** The answers of the supervision API, as plain records. */
public final class SupervisionJson {

    private SupervisionJson() {
    }

    public record OrderJson(Long id, Long caseId, String kind, String number, String issuingUnit, Long issuingUnitId,
                            String targetUnit, Long targetUnitId, String reason, String dueOn, String status, boolean overdue,
                            String issuedBy, LocalDateTime issuedAt, String answer, String answeredBy, LocalDateTime answeredAt,
                            String closingNote, String closedBy, LocalDateTime closedAt, Long documentId, boolean mayAnswer, boolean mayClose) {

        static OrderJson of(SupervisionOrders.OrderView v) {
            return of(v.order(), v.overdue(), v.mayAnswer(), v.mayClose());
        }

        public static OrderJson of(SupervisionOrder o, boolean overdue, boolean mayAnswer, boolean mayClose) {
            return new OrderJson(o.getId(), o.getCaseId(), o.getKind().name(), o.getNumber(), o.getIssuingUnit().getName(),
                    o.getIssuingUnit().getId(), o.getTargetUnit().getName(), o.getTargetUnit().getId(), o.getReason(),
                    text(o.getDueOn()), o.getStatus().name(), overdue, o.getIssuedBy(), o.getIssuedAt(), o.getAnswer(),
                    o.getAnsweredBy(), o.getAnsweredAt(), o.getClosingNote(), o.getClosedBy(), o.getClosedAt(),
                    o.getDocumentId(), mayAnswer, mayClose);
        }
    }

    public record ReferralJson(Long id, Long caseId, String transition, String fromUnit, Long fromUnitId, String toUnit,
                               Long toUnitId, String referredBy, LocalDateTime referredAt, String reportDueOn, String status, boolean overdue,
                               String report, String reportedBy, LocalDateTime reportedAt, String returnReason, int returns,
                               String filingNote, String filedBy, LocalDateTime filedAt, boolean mayReport, boolean mayFile) {

        static ReferralJson of(Referrals.ReferralView v) {
            return of(v.referral(), v.overdue(), v.mayReport(), v.mayFile());
        }

        static ReferralJson of(CaseReferral r, boolean overdue, boolean mayReport, boolean mayFile) {
            return new ReferralJson(r.getId(), r.getCaseId(), r.getTransition(), r.getFromUnit().getName(), r.getFromUnit().getId(),
                    r.getToUnit().getName(), r.getToUnit().getId(), r.getReferredBy(), r.getReferredAt(), text(r.getReportDueOn()),
                    r.getStatus().name(), overdue, r.getReport(), r.getReportedBy(), r.getReportedAt(), r.getReturnReason(),
                    r.getReturns(), r.getFilingNote(), r.getFiledBy(), r.getFiledAt(), mayReport, mayFile);
        }
    }

    public record CaseSupervisionJson(java.util.List<OrderJson> orders, java.util.List<ReferralJson> referrals) {
    }

    /** A listed order as the board shows it to everyone: never its reason, answer or notes, nor links into the case. */
    public record ListedJson(String kind, String number, String caseNumber, String subject, String issuingUnit, String targetUnit,
                             String dueOn, String status, boolean overdue) {
        static ListedJson of(SupervisionOrders.Listed l) {
            SupervisionOrder o = l.order();
            return new ListedJson(o.getKind().name(), o.getNumber(), l.caseNumber(), l.subject(), o.getIssuingUnit().getName(),
                    o.getTargetUnit().getName(), text(o.getDueOn()), o.getStatus().name(), l.overdue());
        }
    }

    public record FollowedJson(ReferralJson referral, String caseNumber, String subject, String caseStatus) {
    }

    public record MessageJson(Long id, Long caseId, String kind, String title, String body, LocalDateTime createdAt,
                              LocalDateTime readAt) {
        public static MessageJson of(InboxMessage m) {
            return new MessageJson(m.getId(), m.getCaseId(), m.getKind().name(), m.getTitle(), m.getBody(), m.getCreatedAt(),
                    m.getReadAt());
        }
    }

    public record InboxJson(long unread, java.util.List<MessageJson> messages) {
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
