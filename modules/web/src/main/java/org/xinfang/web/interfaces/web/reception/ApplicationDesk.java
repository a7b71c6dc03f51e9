package org.xinfang.web.interfaces.web.reception;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.EditConflictException;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.procedure.IllegalTransitionException;
import org.xinfang.core.application.reception.ClassificationInput;
import org.xinfang.core.application.reception.Reception;
import org.xinfang.core.application.reception.ReceptionApplications;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.core.domain.model.reception.AppointmentStatus;
import org.xinfang.core.domain.model.reception.Classification;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The applications desk (接访申请): a unit's applications by status; the clerk registers one that
 * comes to the window, classifies an applied one (a department, a leader's plan, or declined with
 * guidance to the legal route), schedules a planned one to a session with free places, cancels one,
 * and prints a booked one's written notice. The services check roles, states and versions again.
 */
@Named
@ViewScoped
public class ApplicationDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ReceptionApplications applications;

    @Inject
    private transient Reception reception;

    @Inject
    private transient CallerUnits callerUnits;

    @Inject
    private transient WebCaller webCaller;

    @Inject
    private transient UiMessages messages;

    @Inject
    private transient Labels labels;

    private Long unitId;
    private AppointmentStatus status = AppointmentStatus.APPLIED;
    private transient List<Appointment> list;

    private PetitionerForm petitioner = new PetitionerForm();

    // the chosen application and what is decided on it
    private Long chosenId;
    private long chosenVersion;
    private Classification classification = Classification.LEADER_PLAN;
    private String department;
    private String guidance;
    private LegalRoute legalRoute;
    private Long slotId;

    @PostConstruct
    void init() {
        List<SelectItem> units = getUnits();
        unitId = units.isEmpty() ? null : (Long) units.get(0).getValue();
    }

    /** The units whose desk the user keeps. */
    public List<SelectItem> getUnits() {
        return callerUnits.forRegistration(webCaller.get()).stream()
                .filter(u -> reception.mayManage(webCaller.get(), u))
                .map(u -> new SelectItem(u.getId(), "\u3000".repeat(Math.max(0, u.getDepth())) + u.getName())).toList();
    }

    public List<SelectItem> getStatuses() {
        return Arrays.stream(AppointmentStatus.values()).map(s -> new SelectItem(s, labels.label(s))).toList();
    }

    public List<SelectItem> getClassifications() {
        return Arrays.stream(Classification.values()).map(c -> new SelectItem(c, labels.label(c))).toList();
    }

    public List<Appointment> getApplications() {
        if (list == null) {
            list = unitId == null ? List.of() : applications.applications(webCaller.get(), unitId, status);
        }
        return list;
    }

    /** The unit's coming sessions that still have a free place, to schedule the chosen application on. */
    public List<SelectItem> getFreeSlots() {
        if (unitId == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(Clocks.statutoryClock());
        return reception.slots(webCaller.get(), unitId, today, today.plusWeeks(Reception.PUBLIC_WEEKS)).stream()
                .filter(v -> v.free() > 0)
                .map(v -> new SelectItem(v.slot().getId(), v.slot().getDate() + " " + v.slot().getStartsAt() + "–" + v.slot().getEndsAt()
                        + " " + v.slot().getRule().getLeaderTitle() + v.slot().getRule().getLeaderName() + " · "
                        + messages.text("reception.desk.freePlaces", v.free()))).toList();
    }

    public boolean isSmsAvailable() {
        return applications.smsAvailable();
    }

    public void show() {
        list = null;
        chosenId = null;
    }

    public void choose(Appointment a) {
        chosenId = a.getId();
        chosenVersion = a.getVersion();
        classification = Classification.LEADER_PLAN;
        department = null;
        guidance = null;
        legalRoute = null;
        slotId = a.getPreferredSlot() == null ? null : a.getPreferredSlot().getId();
    }

    public Appointment getChosen() {
        return chosenId == null ? null : getApplications().stream().filter(a -> a.getId().equals(chosenId)).findFirst()
                .orElseGet(() -> applications.application(webCaller.get(), chosenId));
    }

    public void register() {
        try {
            Appointment saved = applications.applyAtDesk(webCaller.get(), unitId, null, petitioner.toInput());
            messages.info(null, messages.text("reception.desk.registered", saved.getNumber()));
            petitioner = new PetitionerForm();
            status = AppointmentStatus.APPLIED;
            list = null;
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    public void classify() {
        try {
            Appointment a = applications.classify(webCaller.get(), chosenId, chosenVersion,
                    new ClassificationInput(classification, department, guidance, legalRoute));
            messages.info(null, messages.text("reception.desk.classified", a.getNumber(), labels.label(a.getStatus())));
            chosenId = null;
            list = null;
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    public void schedule() {
        try {
            Appointment a = applications.schedule(webCaller.get(), chosenId, slotId);
            messages.info(null, messages.text("reception.desk.scheduled", a.getNumber(), a.getSlot().getDate(), a.getSlot().getStartsAt()));
            chosenId = null;
            list = null;
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    public void cancel(Long id) {
        try {
            Appointment a = reception.cancel(webCaller.get(), id);
            messages.info(null, messages.text("reception.desk.cancelled", a.getNumber()));
            chosenId = null;
            list = null;
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** A refusal shown on the page, the list read again (a conflict means it changed); anything unexpected goes on. */
    private void refused(RuntimeException e) {
        if (e instanceof InvalidInputException || e instanceof EditConflictException || e instanceof IllegalTransitionException
                || e instanceof NotPermittedException) {
            ReceptionRefusals.show(messages, e);
            list = null;
        } else {
            throw e;
        }
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public void setStatus(AppointmentStatus status) {
        this.status = status;
    }

    public PetitionerForm getPetitioner() {
        return petitioner;
    }

    public Long getChosenId() {
        return chosenId;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public LegalRoute getLegalRoute() {
        return legalRoute;
    }

    public void setLegalRoute(LegalRoute legalRoute) {
        this.legalRoute = legalRoute;
    }

    public Long getSlotId() {
        return slotId;
    }

    public void setSlotId(Long slotId) {
        this.slotId = slotId;
    }
}
