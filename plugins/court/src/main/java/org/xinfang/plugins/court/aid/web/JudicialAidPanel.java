package org.xinfang.plugins.court.aid.web;

import org.xinfang.plugins.court.kernel.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.port.Callers;
import org.xinfang.api.plugin.Refusal;
import org.xinfang.plugins.court.aid.AidSource;
import org.xinfang.plugins.court.aid.JudicialAid;
import org.xinfang.plugins.court.aid.JudicialAids;

/**
 * The judicial-aid panel on a court case's page: the case's applications with each step's facts, and
 * for the court's staff the form of the step each application awaits — the leader's decision for a
 * court leader, the payment and the receipt for the staff — and a form for a new application. A
 * refusal is shown in the panel, nothing saved; a step done goes back to the case page with its message.
 */
@Named
@ViewScoped
public class JudicialAidPanel implements Serializable {

    /** The panel's form on the case page (aid-panel.xhtml). */
    private static final String FORM = "court_aid_form";

    private static final long serialVersionUID = 1L;

    /** What a person types for the step an application awaits (one per application on the page). */
    public static class StepInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private String source;
        private BigDecimal amount;
        private LocalDate date;
        private String by;
        private String note;
        private transient Part scan;

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getBy() {
            return by;
        }

        public void setBy(String by) {
            this.by = by;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public Part getScan() {
            return scan;
        }

        public void setScan(Part scan) {
            this.scan = scan;
        }
    }

    @Inject
    private transient Callers callers;

    @Inject
    private transient JudicialAids aids;

    @Inject
    private transient Clock clock;

    private Long loadedFor;
    private boolean mayRecord;
    private boolean mayDecide;
    private transient List<JudicialAid> applications;
    private final Map<Long, StepInput> inputs = new HashMap<>();
    private String applicant;
    private String reason;
    private BigDecimal amountAsked;
    private LocalDate appliedOn;

    /** Whether the panel shows: a court case the caller sees. Loads the applications and the caller's rights once. */
    public boolean shows(Long caseId) {
        if (caseId == null) {
            return false;
        }
        if (!caseId.equals(loadedFor) || applications == null) {
            loadedFor = caseId;
            Caller caller = callers.current();
            applications = aids.of(caller, caseId);
            mayRecord = aids.mayRecord(caller, caseId);
            mayDecide = aids.mayDecide(caller, caseId);
            appliedOn = appliedOn == null ? LocalDate.now(clock) : appliedOn;
            for (JudicialAid aid : applications) {
                StepInput input = inputs.computeIfAbsent(aid.getId(), id -> new StepInput());
                if (input.date == null) {
                    input.date = LocalDate.now(clock);
                }
                if (input.amount == null) {
                    input.amount = aid.getAmountGranted() != null ? aid.getAmountGranted() : aid.getAmountAsked();
                }
                if (input.by == null && aid.getAmountGranted() != null) {
                    input.by = caller.displayName();
                }
            }
        }
        return true;
    }

    public String apply(Long caseId) {
        return act(caseId, "court.aid.saved.applied",
                () -> aids.apply(callers.current(), caseId, new JudicialAids.Application(applicant, reason, amountAsked, appliedOn)));
    }

    public String approve(Long caseId, JudicialAid aid) {
        StepInput in = input(aid.getId());
        return act(caseId, "court.aid.saved.approved", () -> aids.decide(callers.current(), caseId, aid.getId(), aid.getVersion(),
                new JudicialAids.Decision(true, in.source == null ? null : AidSource.valueOf(in.source), in.amount, in.date, in.note)));
    }

    public String refuse(Long caseId, JudicialAid aid) {
        StepInput in = input(aid.getId());
        return act(caseId, "court.aid.saved.refused", () -> aids.decide(callers.current(), caseId, aid.getId(), aid.getVersion(),
                new JudicialAids.Decision(false, null, null, in.date, in.note)));
    }

    public String pay(Long caseId, JudicialAid aid) {
        StepInput in = input(aid.getId());
        return act(caseId, "court.aid.saved.paid", () -> aids.pay(callers.current(), caseId, aid.getId(), aid.getVersion(),
                new JudicialAids.Payment(in.date, in.amount, in.by, in.note)));
    }

    public String receive(Long caseId, JudicialAid aid) {
        StepInput in = input(aid.getId());
        return act(caseId, "court.aid.saved.received", () -> aids.acknowledge(callers.current(), caseId, aid.getId(), aid.getVersion(),
                new JudicialAids.Receipt(in.date, in.note, scan(in.scan))));
    }

    /** Takes a step; back to the case page with {@code savedKey}'s message, or the refusal shown in the panel. */
    private String act(Long caseId, String savedKey, Supplier<JudicialAid> step) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            step.get();
        } catch (Refusal refused) {
            return refused(faces, refused.fields().isEmpty() ? List.of(refused.getMessage())
                    : refused.fields().stream().map(Refusal.Field::message).toList());
        } catch (RuntimeException refusedByCore) {
            // The core's Documents port refuses a receipt's scan (not a scan, too large) with its own
            // exception, which a plugin cannot name; its message is written for the person uploading.
            return refused(faces, List.of(String.valueOf(refusedByCore.getMessage())));
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(callers.current().locale(), savedKey), null));
        return "/app/cases/view.xhtml?faces-redirect=true&id=" + caseId;
    }

    /** Shows the messages in the panel, beside the forms, and reloads the applications (one may have moved on meanwhile). */
    private String refused(FacesContext faces, List<String> messages) {
        messages.forEach(m -> faces.addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
        faces.validationFailed();
        applications = null;
        return null;
    }

    private static JudicialAids.Scan scan(Part part) {
        if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank())) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new JudicialAids.Scan(part.getSubmittedFileName(), in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("the uploaded receipt could not be read", e);
        }
    }

    public StepInput input(Long aidId) {
        return inputs.computeIfAbsent(aidId, id -> new StepInput());
    }

    /** The sources a leader chooses from, labelled in the caller's language. */
    public List<SelectItem> getSources() {
        return Arrays.stream(AidSource.values())
                .map(s -> new SelectItem(s.name(), s.label().in(callers.current().locale()))).toList();
    }

    public List<JudicialAid> getApplications() {
        return applications == null ? List.of() : applications;
    }

    public boolean isMayRecord() {
        return mayRecord;
    }

    public boolean isMayDecide() {
        return mayDecide;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BigDecimal getAmountAsked() {
        return amountAsked;
    }

    public void setAmountAsked(BigDecimal amountAsked) {
        this.amountAsked = amountAsked;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }
}
