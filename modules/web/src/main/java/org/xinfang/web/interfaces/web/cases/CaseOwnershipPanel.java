package org.xinfang.web.interfaces.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.reception.CaseOwnerships;
import org.xinfang.core.application.reception.OwnershipInput;
import org.xinfang.core.domain.model.ownership.CaseOwnership;
import org.xinfang.core.domain.model.ownership.OwnershipStatus;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The 包案 panel of the case page: who owns the case, the task, handler and due date, and the form
 * for a leader to take it or close it. The page hands the case's id in ({@code <ui:param name="caseId">}).
 */
@Named("caseOwnership")
@ViewScoped
public class CaseOwnershipPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CaseOwnerships ownerships;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    private Long caseId;
    private transient List<CaseOwnership> rows;
    private String leaderUsername;
    private String handlerUsername;
    private String task;
    private LocalDate dueOn;

    public List<CaseOwnership> getRows() {
        if (rows == null) {
            try {
                rows = caseId == null ? List.of() : ownerships.of(webCaller.get(), caseId);
            } catch (CaseNotFoundException notVisible) {
                rows = List.of();
            }
        }
        return rows;
    }

    public boolean isOpen() {
        return getRows().stream().anyMatch(o -> o.getStatus() == OwnershipStatus.OPEN);
    }

    /** Whether an open ownership is past its due date. */
    public boolean overdue(CaseOwnership o) {
        return o.isOverdueOn(LocalDate.now(Clocks.statutoryClock()));
    }

    public void take() {
        try {
            CaseOwnership taken = ownerships.take(webCaller.get(), caseId, new OwnershipInput(leaderUsername, handlerUsername, task, dueOn));
            messages.info(null, messages.text("ownership.taken", taken.getLeaderUsername(), taken.getDueOn()));
            leaderUsername = null;
            handlerUsername = null;
            task = null;
            dueOn = null;
            rows = null;
        } catch (InvalidInputException | NotPermittedException e) {
            refused(e);
        }
    }

    public void close() {
        try {
            ownerships.close(webCaller.get(), caseId);
            messages.info(null, messages.text("ownership.closed"));
            rows = null;
        } catch (InvalidInputException | NotPermittedException e) {
            refused(e);
        }
    }

    private void refused(RuntimeException e) {
        messages.refused("visits.field.", e);
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        if (caseId != null && !caseId.equals(this.caseId)) {
            this.caseId = caseId;
            rows = null;
        }
    }

    public String getLeaderUsername() {
        return leaderUsername;
    }

    public void setLeaderUsername(String leaderUsername) {
        this.leaderUsername = leaderUsername;
    }

    public String getHandlerUsername() {
        return handlerUsername;
    }

    public void setHandlerUsername(String handlerUsername) {
        this.handlerUsername = handlerUsername;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
