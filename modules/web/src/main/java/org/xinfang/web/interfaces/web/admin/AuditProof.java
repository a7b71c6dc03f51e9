package org.xinfang.web.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.xinfang.core.application.audit.AuditAdministration;
import org.xinfang.core.domain.model.audit.AuditCheckpoint;
import org.xinfang.core.domain.model.audit.AuditVerification;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/** The administrator's audit page: verify the log now, seal a checkpoint now, and the recent results. */
@Named
@RequestScoped
public class AuditProof {

    @Inject
    private AuditAdministration audit;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    @Inject
    private Labels labels;

    private List<AuditVerification> recent;
    private AuditCheckpoint checkpoint;

    public List<AuditVerification> getRecent() {
        if (recent == null) {
            recent = audit.recent(webCaller.get());
        }
        return recent;
    }

    public AuditCheckpoint getCheckpoint() {
        if (checkpoint == null) {
            checkpoint = audit.latestCheckpoint(webCaller.get());
        }
        return checkpoint;
    }

    public void verify() {
        AuditVerification v = audit.verify(webCaller.get());
        if (v.isIntact()) {
            messages.info(null, messages.text("audit.verified.intact", v.getEventsChecked()));
        } else {
            messages.error(null, messages.text("audit.verified.broken", v.getFirstBadId(), labels.label(v.getProblem()), v.getDetail()));
        }
        recent = null;
    }

    public void seal() {
        checkpoint = audit.seal(webCaller.get());
        messages.info(null, messages.text("audit.sealed", checkpoint.getId()));
    }
}
