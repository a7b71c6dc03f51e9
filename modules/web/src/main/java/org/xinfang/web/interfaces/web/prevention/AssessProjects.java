package org.xinfang.web.interfaces.web.prevention;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.core.application.export.PreventionExports;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.prevention.AssessmentInput;
import org.xinfang.core.application.prevention.PreventionDesk;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.application.prevention.RiskAssessments;
import org.xinfang.core.domain.model.prevention.RiskAssessment;
import org.xinfang.core.domain.model.prevention.RiskRating;
import org.xinfang.web.interfaces.web.Downloads;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * 信访稳定风险评估 for a unit's desk: the assessments of the units the user sees, by unit and period,
 * the form to record one, a follow-up note per row, closing, and the ledger as Excel. The service
 * checks everything again and names every refusal.
 */
@Named("assessProjects")
@ViewScoped
public class AssessProjects implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RiskAssessments assessments;

    @Inject
    private transient PreventionExports exports;

    @Inject
    private transient ListExports listExports;

    @Inject
    private transient PreventionDesk desk;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    private LedgerFilter filter;
    private transient List<RiskAssessment> list;

    // the form
    private Long unitId;
    private String projectName;
    private String projectOwner;
    private LocalDate plannedStart;
    private LocalDate assessedOn;
    private String risks;
    private RiskRating rating;
    private String conditions;

    /** The follow-up typed in each row, by assessment id. */
    private final Map<Long, String> followUpNotes = new HashMap<>();

    @PostConstruct
    void init() {
        List<SelectItem> units = getDeskUnits();
        unitId = units.isEmpty() ? null : (Long) units.get(0).getValue();
        LocalDate today = LocalDate.now(Clocks.statutoryClock());
        assessedOn = today;
        filter = new LedgerFilter(getSeenUnits(), today);
    }

    /** The units the user sees, to narrow the list and title the ledger. */
    public List<SelectItem> getSeenUnits() {
        return desk.seenUnits(webCaller.get()).stream().map(Labels::unitItem).toList();
    }

    /** The units the user records assessments in. */
    public List<SelectItem> getDeskUnits() {
        return assessments.deskUnits(webCaller.get()).stream().map(Labels::unitItem).toList();
    }

    public List<RiskAssessment> getList() {
        if (list == null) {
            try {
                list = assessments.list(webCaller.get(), filter.getUnitId(), filter.getFrom(), filter.getTo());
            } catch (InvalidInputException e) {
                PreventionRefusals.show(messages, e);
                list = List.of();
            }
        }
        return list;
    }

    public boolean mayChange(RiskAssessment a) {
        return assessments.mayChange(webCaller.get(), a);
    }

    public void search() {
        list = null;
    }

    public void record() {
        try {
            RiskAssessment saved = assessments.record(webCaller.get(), new AssessmentInput(unitId, projectName, projectOwner, plannedStart,
                    assessedOn, risks, rating, conditions));
            messages.info(null, messages.text("assessments.recorded", saved.getProjectName()));
            projectName = null;
            projectOwner = null;
            plannedStart = null;
            risks = null;
            rating = null;
            conditions = null;
            list = null;
        } catch (InvalidInputException | NotPermittedException e) {
            PreventionRefusals.show(messages, e);
        }
    }

    /** Records the follow-up typed in the assessment's row, dated today. */
    public void followUp(RiskAssessment a) {
        try {
            assessments.followUp(webCaller.get(), a.getId(), new RiskAssessments.FollowUpInput(LocalDate.now(Clocks.statutoryClock()),
                    followUpNotes.get(a.getId())));
            messages.info(null, messages.text("assessments.followedUp", a.getProjectName()));
            followUpNotes.remove(a.getId());
            list = null;
        } catch (InvalidInputException | NotPermittedException | IllegalTransitionException | RecordNotFoundException e) {
            PreventionRefusals.show(messages, e);
        }
    }

    public void close(RiskAssessment a) {
        try {
            assessments.close(webCaller.get(), a.getId(), new RiskAssessments.Closing(followUpNotes.get(a.getId())));
            messages.info(null, messages.text("assessments.closed", a.getProjectName()));
            followUpNotes.remove(a.getId());
            list = null;
        } catch (InvalidInputException | NotPermittedException | IllegalTransitionException | RecordNotFoundException e) {
            PreventionRefusals.show(messages, e);
        }
    }

    public StreamedContent export() {
        return Downloads.xlsx(exports.assessments(webCaller.get(), filter.getUnitId(), filter.getFrom(), filter.getTo()), listExports.fileName("risk-assessments"));
    }

    public Map<Long, String> getFollowUpNotes() {
        return followUpNotes;
    }

    public LedgerFilter getFilter() {
        return filter;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getProjectName() {
        return projectName;
    }

    public void setProjectName(String projectName) {
        this.projectName = projectName;
    }

    public String getProjectOwner() {
        return projectOwner;
    }

    public void setProjectOwner(String projectOwner) {
        this.projectOwner = projectOwner;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getRisks() {
        return risks;
    }

    public void setRisks(String risks) {
        this.risks = risks;
    }

    public RiskRating getRating() {
        return rating;
    }

    public void setRating(RiskRating rating) {
        this.rating = rating;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }
}
