package org.xinfang.web.interfaces.web.prevention;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.primefaces.model.StreamedContent;
import org.xinfang.core.application.export.ListExports;
import org.xinfang.core.application.export.PreventionExports;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.prevention.AnalysisMeetings;
import org.xinfang.core.application.prevention.MeetingInput;
import org.xinfang.core.application.prevention.MeetingKinds;
import org.xinfang.core.application.prevention.PreventionDesk;
import org.xinfang.core.application.kernel.RecordNotFoundException;
import org.xinfang.core.domain.model.prevention.AnalysisMeeting;
import org.xinfang.core.domain.model.prevention.MeetingDecision;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.web.interfaces.web.Downloads;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * 信访形势分析研判例会 and the other meeting kinds open to the unit (a court's 联席会议, a company's
 * 碰头会) for a unit's desk: the form to record a meeting — its kind, attendees, the outside bodies
 * when the kind records them, the situation, the matters reviewed (case numbers as ids), its
 * decisions — with whether this month's monthly meetings were held; the meetings of a unit, month and
 * kind with the overdue decisions marked, a note per decision to record it done, and the decisions as
 * Excel. The service checks everything again and names every refusal.
 */
@Named("recordMeetings")
@ViewScoped
public class RecordMeetings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many decision rows the form offers; rows left empty are ignored. */
    static final int DECISION_ROWS = 5;

    @Inject
    private transient AnalysisMeetings meetings;

    @Inject
    private transient PreventionDesk desk;

    @Inject
    private transient PreventionExports exports;

    @Inject
    private transient ListExports listExports;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    @Inject
    private transient MeetingKinds meetingKinds;

    private LedgerFilter filter;
    private String filterMonth;
    private String filterKind;
    private transient List<AnalysisMeetings.MeetingView> list;
    private transient List<AnalysisMeetings.KindView> unitKinds;
    private transient List<SelectItem> filterKinds;

    // the form
    private Long unitId;
    private String kind = AnalysisMeeting.ANALYSIS_KIND;
    private String outsideBodies;
    private LocalDate meetingDate;
    private String month;
    private String attendees;
    private String situation;
    private String caseIds;
    private final List<DecisionRow> decisions = new ArrayList<>();

    /** The note typed for each decision, by decision id. */
    private final Map<Long, String> doneNotes = new HashMap<>();

    /** One decision's row on the form, a bean so that EL can write it. */
    public static final class DecisionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String decision;
        private String responsible;
        private LocalDate dueOn;

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = responsible;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }

        boolean isEmpty() {
            return (decision == null || decision.isBlank()) && (responsible == null || responsible.isBlank()) && dueOn == null;
        }
    }

    @PostConstruct
    void init() {
        List<SelectItem> units = getDeskUnits();
        unitId = units.isEmpty() ? null : (Long) units.get(0).getValue();
        LocalDate today = LocalDate.now(Clocks.statutoryClock());
        filter = new LedgerFilter(getSeenUnits(), today);
        meetingDate = today;
        month = YearMonth.from(today).minusMonths(1).toString();
        resetDecisions();
    }

    public List<SelectItem> getDeskUnits() {
        return meetings.deskUnits(webCaller.get()).stream().map(Labels::unitItem).toList();
    }

    /** The kinds the chosen unit records, with this month's state of the monthly ones. */
    public List<AnalysisMeetings.KindView> getUnitKinds() {
        if (unitKinds == null) {
            unitKinds = unitId == null ? List.of() : meetings.kinds(webCaller.get(), unitId);
        }
        return unitKinds;
    }

    public List<SelectItem> getKindItems() {
        return getUnitKinds().stream().map(k -> new SelectItem(k.kind().code(), k.kind().label().in(webCaller.get().locale()))).toList();
    }

    /** Whether the kind chosen on the form records outside bodies (参加单位). */
    public boolean isOutsideBodiesRecorded() {
        return getUnitKinds().stream().anyMatch(k -> k.kind().code().equals(kind) && k.kind().outsideBodies());
    }

    /** The kinds the units the caller sees record, for the list's filter. */
    public List<SelectItem> getFilterKinds() {
        if (filterKinds == null) {
            Set<String> agencies = desk.seenUnits(webCaller.get()).stream().map(OrgUnit::getAgencyType).collect(Collectors.toSet());
            filterKinds = meetingKinds.recordedByAny(agencies).stream()
                    .map(k -> new SelectItem(k.code(), k.label().in(webCaller.get().locale()))).toList();
        }
        return filterKinds;
    }

    /** The unit changed on the form: its kinds, and the analysis meeting chosen again when the kind is not among them. */
    public void unitChanged() {
        unitKinds = null;
        if (getUnitKinds().stream().noneMatch(k -> k.kind().code().equals(kind))) {
            kind = AnalysisMeeting.ANALYSIS_KIND;
        }
    }

    public List<SelectItem> getSeenUnits() {
        return desk.seenUnits(webCaller.get()).stream().map(Labels::unitItem).toList();
    }

    public List<AnalysisMeetings.MeetingView> getList() {
        if (list == null) {
            YearMonth chosen = parseMonth(filterMonth);
            if (filterMonth != null && !filterMonth.isBlank() && chosen == null) {
                messages.error(null, messages.text("meetings.month.invalid"));
                list = List.of();
            } else {
                list = meetings.list(webCaller.get(), filter.getUnitId(), chosen, chosenKind());
            }
        }
        return list;
    }

    public void search() {
        list = null;
    }

    public void record() {
        List<MeetingInput.DecisionInput> taken = decisions.stream().filter(d -> !d.isEmpty())
                .map(d -> new MeetingInput.DecisionInput(d.getDecision(), d.getResponsible(), d.getDueOn())).toList();
        List<Long> ids = new ArrayList<>();
        for (String part : caseIds == null ? new String[0] : caseIds.split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException notAnId) {
                messages.error(null, messages.text("prevention.field.caseIds") + "：" + messages.text("meetings.caseIds.invalid", part));
                return;
            }
        }
        YearMonth reviewed = parseMonth(month);
        if (month != null && !month.isBlank() && reviewed == null) {
            messages.error(null, messages.text("prevention.field.month") + "：" + messages.text("meetings.month.invalid"));
            return;
        }
        try {
            AnalysisMeeting saved = meetings.record(webCaller.get(), new MeetingInput(unitId, kind, meetingDate, reviewed, attendees,
                    isOutsideBodiesRecorded() ? outsideBodies : null, situation, ids, taken));
            messages.info(null, messages.text("meetings.recorded", meetingKinds.label(saved.getKind(), webCaller.get().locale()),
                    saved.getMonth().toString(), saved.getDecisions().size()));
            attendees = null;
            outsideBodies = null;
            unitKinds = null;
            situation = null;
            caseIds = null;
            resetDecisions();
            list = null;
        } catch (InvalidInputException | NotPermittedException e) {
            PreventionRefusals.show(messages, e, "meetings.field.");
        }
    }

    /** Records the decision done with the note typed in its row. */
    public void done(MeetingDecision d) {
        try {
            meetings.done(webCaller.get(), d.getId(), new AnalysisMeetings.Done(doneNotes.get(d.getId())));
            messages.info(null, messages.text("meetings.decisionDone"));
            doneNotes.remove(d.getId());
            list = null;
        } catch (InvalidInputException | NotPermittedException | IllegalTransitionException | RecordNotFoundException e) {
            PreventionRefusals.show(messages, e);
        }
    }

    public StreamedContent export() {
        return Downloads.xlsx(exports.decisions(webCaller.get(), filter.getUnitId(), filter.getFrom(), filter.getTo(),
                chosenKind()), listExports.fileName("meeting-decisions"));
    }

    /** The kind the list and the export are narrowed to; null for every kind. */
    private String chosenKind() {
        return filterKind == null || filterKind.isBlank() ? null : filterKind;
    }

    private void resetDecisions() {
        decisions.clear();
        IntStream.range(0, DECISION_ROWS).forEach(i -> decisions.add(new DecisionRow()));
    }

    private static YearMonth parseMonth(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<DecisionRow> getDecisions() {
        return decisions;
    }

    public Map<Long, String> getDoneNotes() {
        return doneNotes;
    }

    public LedgerFilter getFilter() {
        return filter;
    }

    public String getFilterMonth() {
        return filterMonth;
    }

    public void setFilterMonth(String filterMonth) {
        this.filterMonth = filterMonth;
    }

    public String getFilterKind() {
        return filterKind;
    }

    public void setFilterKind(String filterKind) {
        this.filterKind = filterKind;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOutsideBodies() {
        return outsideBodies;
    }

    public void setOutsideBodies(String outsideBodies) {
        this.outsideBodies = outsideBodies;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getCaseIds() {
        return caseIds;
    }

    public void setCaseIds(String caseIds) {
        this.caseIds = caseIds;
    }
}
