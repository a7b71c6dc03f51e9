package org.xinfang.web.interfaces.web.reception;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.xinfang.core.application.Clocks;
import org.xinfang.core.application.InvalidInputException;
import org.xinfang.core.application.NotPermittedException;
import org.xinfang.core.application.Reception;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.Recurrence;
import org.xinfang.core.domain.model.reception.RotaPattern;
import org.xinfang.core.domain.model.reception.RotaRule;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.Labels;
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
    private String petitionerName;
    private String phone;
    private String email;
    private String matter;
    private Integer headCount = 1;
    private transient List<Appointment> appointments;

    @PostConstruct
    void init() {
        List<SelectItem> units = getUnits();
        unitId = units.isEmpty() ? null : (Long) units.get(0).getValue();
        startsOn = LocalDate.now(Clocks.statutoryClock());
        endsOn = startsOn.plusMonths(3);
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
        slotId = null;
        appointments = null;
    }

    public void addRule() {
        try {
            RotaRule rule = new RotaRule(leaderName, leaderTitle, responsibilities, leaderEmail, place, topics,
                    capacity == null ? 0 : capacity, time(startsAt), time(endsAt));
            Reception.SavedRule saved = reception.createRule(webCaller.get(), unitId, rule,
                    new RotaPattern(recurrence, weekday, startsOn, recurrence == Recurrence.ONCE ? startsOn : endsOn));
            messages.info(null, messages.text("reception.rule.saved", saved.dates().size()));
            slots = null;
        } catch (InvalidInputException | NotPermittedException e) {
            refused(e);
        }
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
            reception.book(webCaller.get(), slotId, new Appointment(petitionerName, phone, email, matter, headCount == null ? 1 : headCount));
            messages.info(null, messages.text("reception.booked", petitionerName));
            petitionerName = null;
            phone = null;
            email = null;
            matter = null;
            headCount = 1;
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
        } catch (InvalidInputException | NotPermittedException e) {
            refused(e);
        }
    }

    /** Each field the service named, with its label on the page; a refusal of the whole act as it is. */
    private void refused(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            invalid.problems().forEach(p -> messages.error(null, messages.textOr("reception.field." + p.field(), p.field()) + "：" + p.message()));
        } else {
            messages.error(null, e.getMessage());
        }
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

    public String getPetitionerName() {
        return petitionerName;
    }

    public void setPetitionerName(String petitionerName) {
        this.petitionerName = petitionerName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public Integer getHeadCount() {
        return headCount;
    }

    public void setHeadCount(Integer headCount) {
        this.headCount = headCount;
    }
}
