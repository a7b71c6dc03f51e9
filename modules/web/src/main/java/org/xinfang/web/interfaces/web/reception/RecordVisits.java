package org.xinfang.web.interfaces.web.reception;

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
import java.util.List;
import java.util.stream.IntStream;
import org.xinfang.core.application.cases.CaseNotFoundException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.ReceptionVisits.NewCase;
import org.xinfang.core.application.reception.ReceptionVisits.VisitFilter;
import org.xinfang.core.application.reception.ReceptionVisits.VisitRequest;
import org.xinfang.core.application.reception.ReceptionVisits;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.visit.ReceptionVisit;
import org.xinfang.api.model.Rating;
import org.xinfang.core.domain.model.visit.VisitKind;
import org.xinfang.core.domain.model.visit.VisitOutcome;
import org.xinfang.core.domain.model.visit.VisitPerson;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * Reception records (接访记录) for the desk: the meetings of the units the user sees, filtered by
 * kind, month and leader, and the form to record one of each kind. Opened with
 * {@code ?appointment=ID} it fills in a reception from that booking; with {@code ?case=ID} it links
 * that case. The service checks everything again and names every refusal.
 */
@Named("recordVisits")
@ViewScoped
public class RecordVisits implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many people the form offers: the most representatives a collective visit may send. */
    static final int PERSON_ROWS = 5;

    @Inject
    private transient ReceptionVisits visits;

    @Inject
    private transient Reception reception;

    @Inject
    private transient WebCaller webCaller;

    /** The leaders to choose from, read once per view. */
    private transient List<SelectItem> leaders;

    /** The people the matter may be given to, for the unit they were read for. */
    private transient List<SelectItem> handlers;

    private transient Long handlersOf;

    @Inject
    private transient UiMessages messages;

    // the filters
    private VisitKind filterKind;
    private String filterMonth;
    private String filterLeader;
    private transient List<ReceptionVisit> list;

    // the form
    private Long appointment;
    private Long unitId;
    private VisitKind kind = VisitKind.RECEPTION;
    private String leaderUsername;
    private LocalDate heldOn;
    private String place;
    private Long caseId;
    private boolean createCase;
    private String subject;
    private String category;
    private Integer headCount = 1;
    private final List<PersonRow> people = new ArrayList<>();
    private String request;
    private String instruction;
    private VisitOutcome outcome;
    private String handlerUsername;
    private LocalDate dueOn;
    private Rating satisfaction;

    /** One person's row on the form, a bean so that EL can write it. */
    public static final class PersonRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String phone;
        private String idNumber;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }

        boolean isEmpty() {
            return blank(name) && blank(phone) && blank(idNumber);
        }
    }

    @PostConstruct
    void init() {
        List<SelectItem> units = getUnits();
        unitId = units.isEmpty() ? null : (Long) units.get(0).getValue();
        heldOn = LocalDate.now(Clocks.statutoryClock());
        resetPeople();
    }

    /** The view action: fills the form from {@code ?appointment=} (a booked reception), else links {@code ?case=}. */
    public void load() {
        if (appointment == null) {
            return;
        }
        try {
            Appointment a = visits.bookedAppointment(webCaller.get(), appointment);
            kind = VisitKind.RECEPTION;
            unitId = a.getUnitId();
            heldOn = a.getSlot().getDate();
            place = a.getSlot().getRule().getPlace();
            request = a.getMatter();
            headCount = a.getHeadCount();
            createCase = caseId == null;
            subject = a.getMatter().length() > 100 ? a.getMatter().substring(0, 100) : a.getMatter();
            people.get(0).setName(a.getPetitionerName());
            people.get(0).setPhone(a.getPhone());
        } catch (InvalidInputException e) {
            appointment = null;
            refused(e);
        }
    }

    /** The units whose desk the user keeps. */
    public List<SelectItem> getUnits() {
        return reception.deskUnits(webCaller.get()).stream().map(Labels::unitItem).toList();
    }

    /** The leaders of the units the user sees. */
    public List<SelectItem> getLeaders() {
        if (leaders == null) {
            leaders = visits.leaders(webCaller.get()).stream()
                    .map(l -> new SelectItem(l.username(), l.displayName() + "（" + l.username() + "）")).toList();
        }
        return leaders;
    }

    /** Whom the meeting's matter may be given to in the chosen unit, by their names (as the record accepts them). */
    public List<SelectItem> getHandlers() {
        if (unitId == null) {
            return List.of();
        }
        if (handlers == null || !unitId.equals(handlersOf)) {
            try {
                handlers = visits.handlers(webCaller.get(), unitId).stream().map(p -> new SelectItem(p.username(), p.displayName())).toList();
            } catch (NotPermittedException notTheirDesk) {
                handlers = List.of();
            }
            handlersOf = unitId;
        }
        return handlers;
    }

    public List<ReceptionVisit> getList() {
        if (list == null) {
            list = visits.list(webCaller.get(), new VisitFilter(null, filterKind, month(filterMonth), filterLeader), 200);
        }
        return list;
    }

    public void filter() {
        if (filterMonth != null && !filterMonth.isBlank() && month(filterMonth) == null) {
            messages.error(null, messages.text("visits.month.invalid"));
        }
        list = null;
    }

    public void record() {
        try {
            List<VisitPerson> named = people.stream().filter(p -> !p.isEmpty())
                    .map(p -> new VisitPerson(p.getName(), p.getPhone(), p.getIdNumber())).toList();
            NewCase newCase = createCase && caseId == null ? new NewCase(subject, category, null) : null;
            ReceptionVisit saved = visits.record(webCaller.get(), new VisitRequest(unitId, kind, leaderUsername, heldOn, place,
                    kind == VisitKind.RECEPTION ? appointment : null, caseId, newCase, headCount == null ? 0 : headCount, named,
                    request, instruction, kind == VisitKind.FOLLOW_UP ? null : outcome, handlerUsername, dueOn,
                    kind == VisitKind.FOLLOW_UP ? satisfaction : null));
            messages.info(null, messages.text("visits.recorded", saved.getKind().label().in(webCaller.get().locale()), saved.getId()));
            clearForm();
            list = null;
        } catch (InvalidInputException | NotPermittedException | CaseNotFoundException e) {
            refused(e);
        }
    }

    private void clearForm() {
        appointment = null;
        caseId = null;
        createCase = false;
        subject = null;
        category = null;
        headCount = 1;
        request = null;
        instruction = null;
        outcome = null;
        handlerUsername = null;
        dueOn = null;
        satisfaction = null;
        resetPeople();
    }

    private void resetPeople() {
        people.clear();
        IntStream.range(0, PERSON_ROWS).forEach(i -> people.add(new PersonRow()));
    }

    private void refused(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> messages.error(null,
                    messages.textOr("visits.field." + p.field().replaceAll("\\[\\d+]", ""), p.field()) + "：" + p.message()));
        } else if (e instanceof CaseNotFoundException) {
            messages.error(null, messages.text("visits.case.notFound", String.valueOf(caseId)));
        } else {
            messages.error(null, e.getMessage());
        }
    }

    private static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public VisitKind getFilterKind() {
        return filterKind;
    }

    public void setFilterKind(VisitKind filterKind) {
        this.filterKind = filterKind;
    }

    public String getFilterMonth() {
        return filterMonth;
    }

    public void setFilterMonth(String filterMonth) {
        this.filterMonth = filterMonth;
    }

    public String getFilterLeader() {
        return filterLeader;
    }

    public void setFilterLeader(String filterLeader) {
        this.filterLeader = filterLeader;
    }

    public Long getAppointment() {
        return appointment;
    }

    public void setAppointment(Long appointment) {
        this.appointment = appointment;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public VisitKind getKind() {
        return kind;
    }

    public void setKind(VisitKind kind) {
        this.kind = kind;
    }

    public String getLeaderUsername() {
        return leaderUsername;
    }

    public void setLeaderUsername(String leaderUsername) {
        this.leaderUsername = leaderUsername;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public boolean isCreateCase() {
        return createCase;
    }

    public void setCreateCase(boolean createCase) {
        this.createCase = createCase;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Integer getHeadCount() {
        return headCount;
    }

    public void setHeadCount(Integer headCount) {
        this.headCount = headCount;
    }

    public List<PersonRow> getPeople() {
        return people;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public VisitOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(VisitOutcome outcome) {
        this.outcome = outcome;
    }

    public String getHandlerUsername() {
        return handlerUsername;
    }

    public void setHandlerUsername(String handlerUsername) {
        this.handlerUsername = handlerUsername;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Rating getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Rating satisfaction) {
        this.satisfaction = satisfaction;
    }
}
