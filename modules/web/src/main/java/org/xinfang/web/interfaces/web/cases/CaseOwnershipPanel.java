package org.xinfang.web.interfaces.web.cases;

import org.xinfang.core.domain.model.ownership.OwnershipDuty;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.documents.CaseFiles;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.DefaultStreamedContent;
import java.util.Map;
import java.util.EnumMap;
import java.io.ByteArrayInputStream;
import jakarta.faces.model.SelectItem;
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
import org.xinfang.web.interfaces.web.People;
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

    @Inject
    private transient CaseFiles files;

    @Inject
    private transient People people;

    private Long caseId;
    private transient List<CaseOwnership> rows;
    /** Whom the form offers, read once per view. */
    private transient CaseOwnerships.Choices choices;
    private String leaderUsername;
    private String handlerUsername;
    private String task;
    private LocalDate dueOn;
    private final Map<OwnershipDuty, String> dutyNotes = new EnumMap<>(OwnershipDuty.class);
    private String workingGroup;
    private String plan;

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

    /** The leaders the user may name, by their names; the user first chosen when among them. */
    public List<SelectItem> getLeaders() {
        return items(choices().leaders());
    }

    /** The people who may handle the case, by their names. */
    public List<SelectItem> getHandlers() {
        return items(choices().handlers());
    }

    private CaseOwnerships.Choices choices() {
        if (choices == null) {
            try {
                choices = caseId == null ? new CaseOwnerships.Choices(List.of(), List.of()) : ownerships.choices(webCaller.get(), caseId);
            } catch (CaseNotFoundException notVisible) {
                choices = new CaseOwnerships.Choices(List.of(), List.of());
            }
        }
        return choices;
    }

    private static List<SelectItem> items(List<CaseOwnerships.Person> people) {
        return people.stream().map(p -> new SelectItem(p.username(), p.displayName())).toList();
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
            messages.info(null, messages.text("ownership.taken", people.name(taken.getLeaderUsername()), taken.getDueOn()));
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
        } catch (InvalidInputException | NotPermittedException | IllegalTransitionException e) {
            refused(e);
        }
    }

    /** Records one of the four duties with the note typed in its row. */
    public void tick(OwnershipDuty duty) {
        try {
            ownerships.tick(webCaller.get(), caseId, duty, dutyNotes.get(duty));
            messages.info(null, messages.text("ownership.ticked", messages.textOr("ownership.duty." + duty.name(), duty.name())));
            dutyNotes.remove(duty);
            rows = null;
        } catch (InvalidInputException | NotPermittedException e) {
            refused(e);
        }
    }

    public void savePlan() {
        try {
            ownerships.plan(webCaller.get(), caseId, workingGroup, plan);
            messages.info(null, messages.text("ownership.planned"));
            rows = null;
        } catch (InvalidInputException | NotPermittedException e) {
            refused(e);
        }
    }

    /** 一案一卡 as a PDF to print. */
    public StreamedContent card() {
        byte[] pdf = files.card(webCaller.get(), caseId);
        return DefaultStreamedContent.builder().name("一案一卡-" + caseId + ".pdf").contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    /** The complete case file (卷宗) as a ZIP. */
    public StreamedContent bundle() {
        CaseFiles.Bundle bundle = files.bundle(webCaller.get(), caseId);
        return DefaultStreamedContent.builder().name(bundle.fileName()).contentType("application/zip")
                .contentLength((long) bundle.zip().length).stream(() -> new ByteArrayInputStream(bundle.zip())).build();
    }

    /** The open ownership, or null. */
    public CaseOwnership getOpenOne() {
        return getRows().stream().filter(o -> o.getStatus() == OwnershipStatus.OPEN).findFirst().orElse(null);
    }

    public List<OwnershipDuty> getDuties() {
        return List.of(OwnershipDuty.values());
    }

    public Map<OwnershipDuty, String> getDutyNotes() {
        return dutyNotes;
    }

    public String getWorkingGroup() {
        CaseOwnership open = workingGroup == null ? getOpenOne() : null;
        return open != null ? open.getWorkingGroup() : workingGroup;
    }

    public void setWorkingGroup(String workingGroup) {
        this.workingGroup = workingGroup;
    }

    public String getPlan() {
        CaseOwnership open = plan == null ? getOpenOne() : null;
        return open != null ? open.getResolutionPlan() : plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
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
            choices = null;
        }
    }

    /** The leader chosen; until one is, the user when they may take it themselves (the server's default too). */
    public String getLeaderUsername() {
        if (leaderUsername == null) {
            String me = webCaller.get().username();
            return choices().leaders().stream().anyMatch(p -> p.username().equals(me)) ? me : null;
        }
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
