package org.xinfang.core.application.ports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Documents;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.documents.Attachments;
import org.xinfang.core.application.documents.CaseDocuments;
import org.xinfang.core.application.documents.Notices;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Messages;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.notice.NoticeRenderer;
import org.xinfang.core.application.notice.NoticeText;
import org.xinfang.core.application.notice.NoticeTexts;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.CaseRepository;
import org.xinfang.core.domain.model.document.CaseDocument;
import org.xinfang.core.domain.model.document.DocumentKind;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;

/**
 * A plugin's written documents, set like the core's notices (letterhead, number, seal, the bundled
 * font) and numbered in the case unit's own series for the year, one series per short name.
 */
@ApplicationScoped
public class DocumentsAdapter implements Documents {

    /** The number_counter column's width less the prefix that keeps plugin series apart from the core's. */
    private static final int MAX_SERIES = 24;

    @Inject
    private CaseRepository cases;

    @Inject
    private Notices notices;

    @Inject
    private NoticeRenderer renderer;

    @Inject
    private CaseDocuments documents;

    @Inject
    private Attachments attachments;

    @Inject
    private OrgUnitRepository units;

    @Inject
    private Clock clock;

    @Override
    @Transactional
    public Issued issue(Caller caller, long caseId, Draft draft) {
        checkSeries(caller, draft.series());
        Case c = cases.find(caseId, caller.visibility()).orElseThrow(() -> new CaseNotFoundException(caseId));
        OrgUnit unit = c.getUnit();
        LocalDate today = LocalDate.now(clock);
        String number = notices.number(unit, today.getYear(), "doc:" + draft.series(), draft.series());
        NoticeText text = new NoticeText(unit.getName(), draft.title(), number, draft.addressee(), draft.paragraphs(),
                NoticeTexts.chineseDate(today), unit.getSealText());
        byte[] pdf = renderer.render(text, today, c.getNumber());
        String fileName = draft.title() + "-" + number + ".pdf";
        CaseDocument stored = documents.store(c, DocumentKind.NOTICE, null, number, draft.title(), fileName,
                "application/pdf", pdf, null, caller.username());
        return new Issued(stored.getId(), number, fileName);
    }

    @Override
    @Transactional
    public String numberForUnit(Caller caller, long unitId, String series, LocalDate on) {
        checkSeries(caller, series);
        return notices.number(unitOf(caller, unitId), on.getYear(), "doc:" + series, series);
    }

    @Override
    @Transactional
    public byte[] renderForUnit(Caller caller, long unitId, Draft draft, String number, LocalDate on) {
        OrgUnit unit = unitOf(caller, unitId);
        NoticeText text = new NoticeText(unit.getName(), draft.title(), number, draft.addressee(), draft.paragraphs(),
                NoticeTexts.chineseDate(on), unit.getSealText());
        // The reference recorded in the PDF: the unit and the number, as a case document records its case's number.
        return renderer.render(text, on, unit.getName() + " " + number);
    }

    /** A unit the caller is staff of or above, else not found (as a case out of sight is). */
    private OrgUnit unitOf(Caller caller, long unitId) {
        return units.find(unitId).filter(u -> caller.visibility().sees(u.getPath()))
                .orElseThrow(() -> new RecordNotFoundException(Messages.get(caller.locale(), "reception.unit.notFound")));
    }

    private static void checkSeries(Caller caller, String series) {
        if (series == null || series.isBlank() || series.length() > MAX_SERIES) {
            throw InvalidInputException.of("series", Messages.get(caller.locale(), "document.series.invalid", MAX_SERIES));
        }
    }

    @Override
    @Transactional
    public long attach(Caller caller, long caseId, String fileName, String title, byte[] content, boolean identifying) {
        return attachments.add(caller, caseId, fileName, title, content, identifying).getId();
    }
}
