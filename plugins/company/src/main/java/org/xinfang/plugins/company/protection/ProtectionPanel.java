package org.xinfang.plugins.company.protection;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.xinfang.api.port.Callers;
import org.xinfang.api.port.Organisation;
import org.xinfang.plugins.company.CompanyLabels;
import org.xinfang.api.plugin.Refusal;

/**
 * The protection panel on a company matter's page, for the company's desk and leaders only: the flag
 * and its reason, the scheduled checks with where they stand, the checks recorded, and the forms to
 * flag, record a check and (a leader) clear. A refusal shows at the field it names; nothing saved.
 */
@Named
@ViewScoped
public class ProtectionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The panel's forms on the case page (protection-panel.xhtml). */
    static final String FLAG_FORM = "company_protection_flag";
    static final String CHECK_FORM = "company_protection_check";
    static final String CLEAR_FORM = "company_protection_clear";

    /**
     * The flash entry that carries what was saved across the redirect, shown in the panel (a Faces
     * message would also show in the page's other message lists).
     */
    private static final String SAVED = "companyProtectionSaved";

    @Inject
    Callers callers;

    @Inject
    Protections protections;

    @Inject
    CompanyLabels labels;

    @Inject
    Clock clock;

    @Inject
    Organisation organisation;

    private Long loadedFor;
    private boolean mayRead;
    private boolean mayClear;
    private ProtectionView view;

    private String reason;
    private LocalDate since;
    private LocalDate checkedOn;
    private String checkedBy;
    private Finding finding;
    /** The names of the aspects ticked (a checkbox list posts strings). */
    private List<String> aspects = new ArrayList<>();
    private String actionTaken;
    private String note;
    private String clearReason;

    /** A colleague as the page names them: by name, not by their sign-in (which says nothing to a reader). */
    public String nameOf(String username) {
        return username == null ? null : organisation.grantsOf(username).stream().findFirst()
                .map(Organisation.Member::displayName).orElse(username);
    }

    /** Whether the signed-in user reads this matter's protection; loads it once per matter. */
    public boolean mayRead(Long caseId) {
        if (caseId == null) {
            return false;
        }
        if (!caseId.equals(loadedFor)) {
            loadedFor = caseId;
            mayRead = protections.mayRead(callers.current(), caseId);
            mayClear = mayRead && protections.mayClear(callers.current(), caseId);
            view = mayRead ? protections.of(callers.current(), caseId) : null;
            checkedOn = LocalDate.now(clock);
            checkedBy = callers.current().displayName();
        }
        return mayRead;
    }

    public String flag(Long caseId) {
        return saved(caseId, FLAG_FORM, () -> protections.flag(callers.current(), caseId, reason, since), "company.protection.flagged");
    }

    public String record(Long caseId) {
        return saved(caseId, CHECK_FORM, () -> protections.record(callers.current(), caseId, new CheckInput(checkedOn, checkedBy, finding,
                aspects.stream().map(Aspect::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Aspect.class))), actionTaken, note)), "company.protection.checked");
    }

    public String clear(Long caseId) {
        return saved(caseId, CLEAR_FORM, () -> protections.clear(callers.current(), caseId, clearReason), "company.protection.cleared");
    }

    /**
     * Runs a change; on success back to the case page by a redirect with what was saved, so that
     * reloading the page shows it again instead of sending the form a second time (a second check
     * recorded). A refusal stays on the page at the fields it names.
     */
    private String saved(Long caseId, String form, Supplier<ProtectionView> change, String savedKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.get();
        } catch (Refusal refused) {
            if (refused.fields().isEmpty()) {
                faces.addMessage(form, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            } else {
                refused.fields().forEach(f -> faces.addMessage(form + ":" + form + "_" + f.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
            }
            faces.validationFailed();
            return null;
        }
        faces.getExternalContext().getFlash().put(SAVED, labels.getMsg().getString(savedKey));
        return "/app/cases/view.xhtml?faces-redirect=true&id=" + caseId;
    }

    /** What the change before the redirect saved, shown once in the panel; null otherwise. */
    public String getSaved() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(SAVED);
    }

    public ProtectionView getView() {
        return view;
    }

    public boolean isMayClear() {
        return mayClear;
    }

    public Finding[] getFindings() {
        return Finding.values();
    }

    public Aspect[] getAspectChoices() {
        return Aspect.values();
    }

    /** The labels of a check's aspects, joined. */
    public String aspectsOf(ProtectionView.CheckView check) {
        return String.join("、", check.aspects().stream().map(labels::label).toList());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public void setCheckedBy(String checkedBy) {
        this.checkedBy = checkedBy;
    }

    public Finding getFinding() {
        return finding;
    }

    public void setFinding(Finding finding) {
        this.finding = finding;
    }

    public List<String> getAspects() {
        return aspects;
    }

    public void setAspects(List<String> aspects) {
        this.aspects = aspects == null ? new ArrayList<>() : new ArrayList<>(aspects);
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getClearReason() {
        return clearReason;
    }

    public void setClearReason(String clearReason) {
        this.clearReason = clearReason;
    }
}
