package org.xinfang.core.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.event.DocumentIssued;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.supervision.Inbox;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.receipt.Receipt;

/**
 * Tells a petitioner who brought a matter online and gave a mail address that a written notice for them
 * was issued (ADR 0038): which notice, and where to fetch it. The mail carries no code and no PDF — the
 * notice is served when the petitioner fetches it on the portal, and a mail box is no place for the key
 * to the matter. Sent only once the step's transaction commits, through the same outgoing mail as the
 * supervision's messages; a mail that fails is logged, the notice waits on the portal all the same.
 */
@ApplicationScoped
public class NoticeMails {

    @PersistenceContext(unitName = "xinfang")
    private EntityManager em;

    @Inject
    private Event<Inbox.MailsOwed> owed;

    void issued(@Observes DocumentIssued issued) {
        CaseDocument notice = em.find(CaseDocument.class, issued.documentId());
        if (notice == null || notice.getNoticeKind() == null || !Portal.TO_PETITIONER.contains(notice.getNoticeKind())) {
            return;
        }
        Optional<String> address = em.createNamedQuery("Receipt.onlineOfCase", Receipt.class).setParameter("caseId", issued.caseId())
                .getResultStream().findFirst().map(Receipt::getEmail).filter(a -> a != null && !a.isBlank());
        Case c = em.find(Case.class, issued.caseId());
        if (address.isEmpty() || c == null) {
            return;
        }
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String kind = notice.getNoticeKind().label().in(zh);
        owed.fire(new Inbox.MailsOwed(List.of(new Inbox.Mail(address.get(),
                Messages.get(zh, "portal.mail.subject", c.getNumber(), kind),
                Messages.get(zh, "portal.mail.body", c.getUnit().getName(), c.getNumber(), kind, notice.getNumber() == null ? "" : notice.getNumber())))));
    }
}
