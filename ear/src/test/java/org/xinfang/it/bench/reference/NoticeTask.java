package org.xinfang.it.bench.reference;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.flowable.common.engine.api.delegate.Expression;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.xinfang.api.model.NoticeKind;
import org.xinfang.api.model.Outcome;
import org.xinfang.core.application.notice.NoticeFacts;
import org.xinfang.core.infrastructure.documents.PdfNoticeRenderer;

/**
 * The reference procedure's notice: renders the same notice xinfang issues for the step, with xinfang's
 * own renderer and font, and keeps its PDF and SHA-256 as process variables in the same transaction
 * (xinfang keeps both in its documents table).
 */
public class NoticeTask implements JavaDelegate {

    private static final PdfNoticeRenderer RENDERER = new PdfNoticeRenderer();
    private static final String UNIT = "基准测试区信访局";

    /** ACCEPTANCE or DECISION, from the BPMN's field. */
    private Expression kind;

    @Override
    public void execute(DelegateExecution execution) {
        NoticeKind noticeKind = NoticeKind.valueOf((String) kind.getValue(execution));
        String caseNumber = (String) execution.getVariable("caseNumber");
        LocalDate today = LocalDate.now();
        boolean decision = noticeKind == NoticeKind.DECISION;
        NoticeFacts facts = new NoticeFacts(noticeKind,
                "基准" + (decision ? "处" : "受") + "〔" + today.getYear() + "〕" + execution.getVariable("serial") + "号",
                today, UNIT, UNIT, (String) execution.getVariable("petitioner"), caseNumber,
                (String) execution.getVariable("subject"), (String) execution.getVariable("content"), today,
                decision ? (String) execution.getVariable("reason") : null, decision ? Outcome.SUPPORT : null, null, null,
                decision ? null : today.plusDays(60), null, null, decision ? "上一级信访局" : null, 30);
        byte[] pdf = RENDERER.render(facts);
        execution.setVariable(noticeKind.name() + "_pdf", pdf);
        execution.setVariable(noticeKind.name() + "_sha256", sha256(pdf));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
