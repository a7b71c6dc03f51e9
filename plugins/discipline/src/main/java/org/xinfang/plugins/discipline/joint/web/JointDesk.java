package org.xinfang.plugins.discipline.joint.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.CaseFacts;
import org.xinfang.api.port.CaseReader;
import org.xinfang.api.port.Callers;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.discipline.DisciplinePlugin;
import org.xinfang.plugins.discipline.joint.Eligibility;
import org.xinfang.plugins.discipline.joint.JointCase;
import org.xinfang.plugins.discipline.joint.JointStatus;
import org.xinfang.plugins.discipline.joint.ScreeningRound;
import org.xinfang.plugins.discipline.joint.application.Committees;
import org.xinfang.plugins.discipline.joint.application.Screening;
import org.xinfang.plugins.discipline.joint.application.Selection;
import org.xinfang.plugins.discipline.joint.application.Teams;
import org.xinfang.plugins.discipline.joint.Team;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.discipline.kernel.Roles;
import org.xinfang.plugins.discipline.kernel.Texts;

/**
 * The joint-investigation desk ({@code /plugins/discipline/joint.xhtml}): the year's register of
 * important reports, registering one, the office's 拟办单 with the eight categories, the leader's
 * decision, and the lower committees' monthly returns with the overdue ones flagged.
 */
@Named("jointDesk")
@ViewScoped
public class JointDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Callers callers;

    @Inject
    private transient Screening screening;

    @Inject
    private transient Selection selection;

    @Inject
    private transient Committees committees;

    @Inject
    private transient Teams teams;

    @Inject
    private transient CaseReader cases;

    @Inject
    private transient Organisation organisation;

    @Inject
    private transient Clock clock;

    private Long committeeId;
    private String committeeName;
    private String committeePath;
    private int year;
    /** Read again after a restore: rows and units are not serializable, and a reload sees others' changes. */
    private transient List<JointCase> rows;
    private transient List<Screening.UnitReturn> returns;

    private Long proposingId;
    private List<String> categories = new ArrayList<>();
    private String proposal;
    private String note;

    /** The team a leader picked for each selected row, by joint case id. */
    private final java.util.Map<Long, Long> teamChoice = new java.util.HashMap<>();
    private transient List<Team> teamList;

    private Long newCaseId;
    private Long newRegionId;
    private String newRound = ScreeningRound.MONTHLY.name();
    private boolean newRepeat;
    private boolean newHead;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
        CommitteeChoice.of(callers.current(), organisation).ifPresent(c -> {
            committeeId = c.id();
            committeeName = c.name();
            committeePath = c.path();
        });
        load();
    }

    private void load() {
        if (committeeId == null) {
            rows = List.of();
            returns = List.of();
            return;
        }
        Caller caller = callers.current();
        rows = screening.register(caller, committeeId, year);
        returns = Roles.inCommissionOver(caller, committeePath) ? screening.returns(caller, committeeId, java.time.YearMonth.now(clock).minusMonths(1))
                : List.of();
    }

    /** Shows the register of the year typed in. */
    public void show() {
        proposingId = null;
        load();
    }

    public void startProposal(JointCase row) {
        proposingId = row.getId();
        categories = row.getEligibility().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        proposal = null;
    }

    public void cancelProposal() {
        proposingId = null;
    }

    public void propose() {
        Caller caller = callers.current();
        Set<Eligibility> chosen = EnumSet.noneOf(Eligibility.class);
        categories.forEach(c -> chosen.add(Eligibility.valueOf(c)));
        if (proposal == null || proposal.isBlank()) {
            error(Texts.get(caller.locale(), "discipline.input.required", Texts.fieldLabel(caller.locale(), "proposal")));
            return;
        }
        if (act(() -> selection.propose(caller, proposingId, chosen, proposal.strip()), "discipline.joint.page.proposed")) {
            proposingId = null;
        }
    }

    public void approve(JointCase row) {
        Caller caller = callers.current();
        act(() -> selection.decide(caller, row.getId(), true, blankToNull(note)), "discipline.joint.page.approved");
    }

    public void reject(JointCase row) {
        Caller caller = callers.current();
        act(() -> selection.decide(caller, row.getId(), false, blankToNull(note)), "discipline.joint.page.rejected");
    }

    /** A leader gives a selected case to the team picked on its row; refused with the reason when the team may not take it. */
    public void assign(JointCase row) {
        Caller caller = callers.current();
        Long team = teamChoice.get(row.getId());
        if (team == null) {
            error(Texts.get(caller.locale(), "discipline.input.required", Texts.fieldLabel(caller.locale(), "teamId")));
            return;
        }
        act(() -> teams.assign(caller, row.getId(), team, null), "discipline.joint.page.assigned");
    }

    /** The committee's teams, for the staff of the committee itself (empty for a township). */
    public List<Team> getTeams() {
        if (teamList == null) {
            teamList = committeeId != null && Roles.inCommissionOver(callers.current(), committeePath)
                    ? teams.teams(callers.current(), committeeId) : List.of();
        }
        return teamList;
    }

    public List<SelectItem> getTeamItems() {
        return getTeams().stream().map(t -> new SelectItem(t.getId(), t.getName())).toList();
    }

    public String teamName(JointCase row) {
        return getTeams().stream().filter(t -> t.getId().equals(row.getTeamId())).map(Team::getName).findFirst().orElse("");
    }

    /** The members of a team, the leader first, each with the committee they come from. */
    public String teamMembers(Team team) {
        return team.everyone().stream().map(m -> m.getName() + "（" + m.getUnitName() + "）").collect(Collectors.joining("、"));
    }

    public boolean mayAssign(JointCase row) {
        return row.getStatus() == JointStatus.SELECTED && row.getTeamId() == null
                && Roles.holdsOver(callers.current(), row.getCommitteeUnitPath(), DisciplinePlugin.ROLE_LEADER);
    }

    public java.util.Map<Long, Long> getTeamChoice() {
        return teamChoice;
    }

    public void register() {
        Caller caller = callers.current();
        if (newCaseId == null) {
            error(Texts.get(caller.locale(), "discipline.input.required", Texts.fieldLabel(caller.locale(), "caseId")));
            return;
        }
        Long reporting = caller.grants().stream().filter(g -> DisciplinePlugin.ID.equals(g.agencyType())).map(Caller.Grant::unitId)
                .findFirst().orElse(null);
        if (act(() -> screening.register(caller, new Screening.Request(committeeId, reporting, newCaseId, newRegionId,
                ScreeningRound.valueOf(newRound), null, newRepeat, newHead, Set.of())), "discipline.joint.page.registered")) {
            newCaseId = null;
            newRepeat = false;
            newHead = false;
        }
    }

    private boolean act(Runnable useCase, String doneKey) {
        Caller caller = callers.current();
        try {
            useCase.run();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(caller.locale(), doneKey), null));
            load();
            return true;
        } catch (Refusal refused) {
            error(refused.getMessage());
            return false;
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The discipline reports the caller sees that are not on the register yet. */
    public List<SelectItem> getCandidates() {
        if (committeeId == null) {
            return List.of();
        }
        Set<Long> registered = getRows().stream().map(JointCase::getCaseId).collect(Collectors.toSet());
        List<SelectItem> items = new ArrayList<>();
        for (CaseFacts c : cases.ofAgency(callers.current(), DisciplinePlugin.ID, 200)) {
            if (!registered.contains(c.id())) {
                items.add(new SelectItem(c.id(), c.number() + " " + c.subject()));
            }
        }
        return items;
    }

    public List<SelectItem> getRegions() {
        return committeeId == null ? List.of() : committees.lowerCommittees(committeeId).stream()
                .map(u -> new SelectItem(u.id(), u.name())).toList();
    }

    public List<SelectItem> getEligibilityItems() {
        Caller caller = callers.current();
        return EnumSet.allOf(Eligibility.class).stream()
                .map(e -> new SelectItem(e.name(), Texts.get(caller.locale(), "discipline.joint.eligibility." + e.name()))).toList();
    }

    public List<SelectItem> getRounds() {
        Caller caller = callers.current();
        return EnumSet.allOf(ScreeningRound.class).stream()
                .map(r -> new SelectItem(r.name(), Texts.get(caller.locale(), "discipline.joint.round." + r.name()))).toList();
    }

    public String statusLabel(JointCase row) {
        return Texts.get(callers.current().locale(), "discipline.joint.status." + row.getStatus().name());
    }

    public String outcomeLabel(JointCase row) {
        return row.getOutcome() == null ? "" : Texts.get(callers.current().locale(), "discipline.joint.outcome." + row.getOutcome().name());
    }

    public boolean overdue(JointCase row) {
        return row.isOverdue(LocalDate.now(clock));
    }

    public boolean mayPropose(JointCase row) {
        return (row.getStatus() == JointStatus.REGISTERED || row.getStatus() == JointStatus.REJECTED)
                && Roles.holdsOver(callers.current(), row.getCommitteeUnitPath(), DisciplinePlugin.ROLE_CLERK);
    }

    /** Shown to everyone of the committee on a proposed row: a clerk who tries is told why not. */
    public boolean mayDecide(JointCase row) {
        return row.getStatus() == JointStatus.PROPOSED && Roles.inCommissionOver(callers.current(), row.getCommitteeUnitPath());
    }

    public String returnStatusLabel(Screening.UnitReturn r) {
        return Texts.get(callers.current().locale(), "discipline.joint.page.return." + r.status().name());
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<JointCase> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    public List<Screening.UnitReturn> getReturns() {
        if (returns == null) {
            load();
        }
        return returns;
    }

    public Long getProposingId() {
        return proposingId;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getNewCaseId() {
        return newCaseId;
    }

    public void setNewCaseId(Long newCaseId) {
        this.newCaseId = newCaseId;
    }

    public Long getNewRegionId() {
        return newRegionId;
    }

    public void setNewRegionId(Long newRegionId) {
        this.newRegionId = newRegionId;
    }

    public String getNewRound() {
        return newRound;
    }

    public void setNewRound(String newRound) {
        this.newRound = newRound;
    }

    public boolean isNewRepeat() {
        return newRepeat;
    }

    public void setNewRepeat(boolean newRepeat) {
        this.newRepeat = newRepeat;
    }

    public boolean isNewHead() {
        return newHead;
    }

    public void setNewHead(boolean newHead) {
        this.newHead = newHead;
    }
}
