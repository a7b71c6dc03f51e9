package org.xinfang.web.interfaces.web.reception;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.RotaRuleInput;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.ReceptionSlot;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The unit's reception rota for staff (接访排班): its sessions for the coming weeks, day by day, with
 * places booked; a leader or clerk adds a rota rule, books a petitioner on a session and cancels a
 * booking. The services check roles again and name every refusal.
 */
@Named
@ViewScoped
public class ReceptionRota implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Reception reception;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    @Inject
    private transient LocaleSwitch localeSwitch;

    private Long unitId;
    private int weeks = Reception.PUBLIC_WEEKS;
    private transient List<Reception.SlotView> slots;
    private transient List<Reception.RuleView> rules;
    /** "list" or "calendar": how the sessions are shown. */
    private String display = "list";
    private final SessionCalendar calendar = new SessionCalendar();

    // the rule being edited (null: the form adds a new rule) and the version it was read at
    private Long editingRuleId;
    private long editingVersion;

    // the rule form
    private String leaderName;
    private String leaderTitle;
    private String responsibilities;
    private String leaderEmail;
    private String place;
    private String topics;
    private Integer capacity = 10;
    private String startsAt = "09:00";
    private String endsAt = "11:30";
    private Recurrence recurrence = Recurrence.WEEKLY;
    private DayOfWeek weekday = DayOfWeek.MONDAY;
    private LocalDate startsOn;
    private LocalDate endsOn;

    // the booking form
    private Long slotId;
    private PetitionerForm petitioner = new PetitionerForm();
    private transient List<Appointment> appointments;

    @PostConstruct
    void init() {
        List<SelectItem> units = getUnits();
        unitId = units.isEmpty() ? null : (Long) units.get(0).getValue();
        newRule();
    }

    /** The units the user may keep a rota in. */
    public List<SelectItem> getUnits() {
        return reception.deskUnits(webCaller.get()).stream().map(Labels::unitItem).toList();
    }

    public List<Reception.SlotView> getSlots() {
        if (slots == null) {
            LocalDate today = LocalDate.now(Clocks.statutoryClock());
            slots = unitId == null ? List.of() : reception.slots(webCaller.get(), unitId, today, today.plusWeeks(weeks));
        }
        return slots;
    }

    public String weekdayOf(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, localeSwitch.getLocale());
    }

    public List<SelectItem> getRecurrences() {
        return Arrays.stream(Recurrence.values()).map(r -> new SelectItem(r, r.label().in(localeSwitch.getLocale()))).toList();
    }

    public List<SelectItem> getWeekdays() {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new SelectItem(d, d.getDisplayName(TextStyle.FULL, localeSwitch.getLocale()))).toList();
    }

    public void showUnit() {
        slots = null;
        rules = null;
        slotId = null;
        appointments = null;
        newRule();
    }

    /** The unit's rules in force, to edit or withdraw. */
    public List<Reception.RuleView> getRules() {
        if (rules == null) {
            rules = unitId == null ? List.of() : reception.rules(webCaller.get(), unitId);
        }
        return rules;
    }

    /** Adds the rule in the form, or saves the edit of the rule chosen for editing. */
    public void saveRule() {
        try {
            RotaRuleInput rule = new RotaRuleInput(leaderName, leaderTitle, place, responsibilities, topics, leaderEmail,
                    capacity == null ? 0 : capacity, time(startsAt), time(endsAt),
                    recurrence, weekday, startsOn, recurrence == Recurrence.ONCE ? startsOn : endsOn);
            if (editingRuleId == null) {
                Reception.SavedRule saved = reception.createRule(webCaller.get(), unitId, rule);
                messages.info(null, messages.text("reception.rule.saved", saved.dates().size()));
            } else {
                Reception.SavedRule saved = reception.updateRule(webCaller.get(), editingRuleId, editingVersion, rule);
                messages.info(null, messages.text("reception.rule.changed", saved.dates().size()));
                newRule();
            }
            slots = null;
            rules = null;
        } catch (InvalidInputException | NotPermittedException | EditConflictException e) {
            refused(e);
        }
    }

    /** Puts a rule in the form for editing. */
    public void edit(Reception.RuleView view) {
        RotaRule r = view.rule();
        editingRuleId = r.getId();
        editingVersion = r.getVersion();
        leaderName = r.getLeaderName();
        leaderTitle = r.getLeaderTitle();
        responsibilities = r.getResponsibilities();
        leaderEmail = r.getLeaderEmail();
        place = r.getPlace();
        topics = r.getTopics();
        capacity = r.getCapacity();
        startsAt = r.getStartsAt().toString();
        endsAt = r.getEndsAt().toString();
        recurrence = r.getRecurrence();
        weekday = r.getWeekday();
        startsOn = r.getStartsOn();
        endsOn = r.getEndsOn();
    }

    /** Empties the form for a new rule (and leaves editing). */
    public void newRule() {
        editingRuleId = null;
        leaderName = null;
        leaderTitle = null;
        responsibilities = null;
        leaderEmail = null;
        place = null;
        topics = null;
        capacity = 10;
        startsAt = "09:00";
        endsAt = "11:30";
        recurrence = Recurrence.WEEKLY;
        weekday = DayOfWeek.MONDAY;
        startsOn = LocalDate.now(Clocks.statutoryClock());
        endsOn = startsOn.plusMonths(3);
    }

    public void withdraw(Reception.RuleView view) {
        try {
            reception.withdrawRule(webCaller.get(), view.rule().getId(), view.rule().getVersion());
            messages.info(null, messages.text("reception.rule.withdrawnDone", view.rule().getLeaderName()));
            if (view.rule().getId().equals(editingRuleId)) {
                newRule();
            }
            slots = null;
            rules = null;
            slotId = null;
            appointments = null;
        } catch (InvalidInputException | NotPermittedException | EditConflictException e) {
            refused(e);
        }
    }

    /** How a rule receives, in words: 每周一 2026-11-30 至 2027-02-28. */
    public String patternOf(RotaRule r) {
        String day = r.getWeekday().getDisplayName(TextStyle.FULL, localeSwitch.getLocale());
        return switch (r.getRecurrence()) {
            case ONCE -> messages.text("reception.pattern.once", r.getStartsOn());
            case WEEKLY -> messages.text("reception.pattern.weekly", day, r.getStartsOn(), r.getEndsOn());
            case MONTHLY_FIRST -> messages.text("reception.pattern.monthlyFirst", day, r.getStartsOn(), r.getEndsOn());
        };
    }

    public SessionCalendar getCalendar() {
        return calendar;
    }

    /** A session chosen on the calendar: its bookings and the booking form open below. */
    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> event) {
        choose(event.getObject().getData());
    }

    /**
     * The sessions as a month calendar (p:schedule), loaded for the range the calendar shows: each
     * session with its leader and places booked; full ones marked.
     */
    public class SessionCalendar extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            if (unitId == null) {
                return;
            }
            for (Reception.SlotView v : reception.slots(webCaller.get(), unitId, start.toLocalDate(), end.toLocalDate())) {
                ReceptionSlot s = v.slot();
                addEvent(DefaultScheduleEvent.<Long>builder()
                        .id(String.valueOf(s.getId()))
                        .title(s.getRule().getLeaderTitle() + " " + s.getRule().getLeaderName() + " · "
                                + messages.text("reception.calendar.booked", v.booked(), s.getCapacity()))
                        .description(s.getRule().getPlace())
                        .startDate(s.getDate().atTime(s.getStartsAt()))
                        .endDate(s.getDate().atTime(s.getEndsAt()))
                        .styleClass(v.free() == 0 ? "xf-session-full" : "xf-session-free")
                        .data(s.getId())
                        .build());
            }
        }
    }

    public Long getEditingRuleId() {
        return editingRuleId;
    }

    public String getDisplay() {
        return display;
    }

    public void setDisplay(String display) {
        this.display = "calendar".equals(display) ? "calendar" : "list";
    }

    public void choose(Long slot) {
        slotId = slot;
        appointments = null;
    }

    public List<Appointment> getAppointments() {
        if (appointments == null) {
            appointments = slotId == null ? List.of() : reception.appointments(webCaller.get(), slotId);
        }
        return appointments;
    }

    public void book() {
        try {
            Appointment booked = reception.book(webCaller.get(), slotId, petitioner.toInput());
            messages.info(null, messages.text("reception.booked", booked.getPetitionerName()));
            petitioner = new PetitionerForm();
            slots = null;
            appointments = null;
        } catch (InvalidInputException | NotPermittedException e) {
            refused(e);
        }
    }

    public void cancel(Long appointmentId) {
        try {
            reception.cancel(webCaller.get(), appointmentId);
            messages.info(null, messages.text("reception.cancelled"));
            slots = null;
            appointments = null;
        } catch (InvalidInputException | NotPermittedException | IllegalTransitionException e) {
            refused(e);
        }
    }

    private void refused(RuntimeException e) {
        ReceptionRefusals.show(messages, e);
    }

    private static LocalTime time(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = Math.max(1, Math.min(weeks, 26));
    }

    public String getLeaderName() {
        return leaderName;
    }

    public void setLeaderName(String leaderName) {
        this.leaderName = leaderName;
    }

    public String getLeaderTitle() {
        return leaderTitle;
    }

    public void setLeaderTitle(String leaderTitle) {
        this.leaderTitle = leaderTitle;
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(String responsibilities) {
        this.responsibilities = responsibilities;
    }

    public String getLeaderEmail() {
        return leaderEmail;
    }

    public void setLeaderEmail(String leaderEmail) {
        this.leaderEmail = leaderEmail;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public Recurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(Recurrence recurrence) {
        this.recurrence = recurrence;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Long getSlotId() {
        return slotId;
    }

    public PetitionerForm getPetitioner() {
        return petitioner;
    }
}
