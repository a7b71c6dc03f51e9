package org.xinfang.web.interfaces.web.reception;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.Guesses;
import org.xinfang.core.application.reception.ReceptionApplications;
import org.xinfang.core.domain.model.reception.Appointment;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.PublicVisitor;

/**
 * The public page's online application (网上预约申请) and its lookup, without sign-in: the petitioner
 * chooses a unit that publishes sessions (and, if they like, a session), writes who they are and
 * what it is about, and gets the application's number; with that number and the same phone they
 * see its status, and once booked the date and place — nothing of anybody else.
 */
@Named
@RequestScoped
public class OnlineApplication {

    /** Where the lookup's refusals show: next to its button. */
    private static final String LOOKUP_ANSWER = "lookup:find";

    @Inject
    private ReceptionApplications applications;

    @Inject
    private UiMessages messages;

    @Inject
    private LocaleSwitch localeSwitch;

    @Inject
    private Labels labels;

    private Long unitId;
    private Long preferredSlotId;
    private final PetitionerForm petitioner = new PetitionerForm();
    private String appliedNumber;

    private String lookupNumber;
    private String lookupPhone;
    private ReceptionApplications.PublicStatus found;
    private boolean lookedUp;

    private List<ReceptionApplications.PublicUnit> units;

    public List<SelectItem> getUnits() {
        return publicUnits().stream().map(u -> new SelectItem(u.id(), u.name())).toList();
    }

    /** Every coming session, named with its unit so one list serves whichever unit is chosen. */
    public List<SelectItem> getSessions() {
        Map<Long, String> names = publicUnits().stream()
                .collect(Collectors.toMap(ReceptionApplications.PublicUnit::id, ReceptionApplications.PublicUnit::name));
        return applications.publicChoices(null).stream().map(c -> new SelectItem(c.slotId(), names.getOrDefault(c.unitId(), "") + " · "
                + c.date() + " " + c.startsAt() + "–" + c.endsAt() + " · " + c.leader() + " · " + c.place())).toList();
    }

    public void apply() {
        try {
            Appointment saved = applications.applyOnline(localeSwitch.getLocale(), unitId, preferredSlotId, petitioner.toInput());
            appliedNumber = saved.getNumber();
            messages.info(null, messages.text("reception.online.applied", appliedNumber));
        } catch (InvalidInputException e) {
            ReceptionRefusals.show(messages, e);
        }
    }

    public void lookup() {
        lookedUp = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            found = applications.publicStatus(lookupNumber, lookupPhone,
                    PublicVisitor.address(), localeSwitch.getLocale()).orElse(null);
            if (found == null) {
                messages.error(LOOKUP_ANSWER, messages.text("reception.online.notFound"));
            }
        } catch (Guesses.TooMany refused) {
            found = null;
            messages.error(LOOKUP_ANSWER, refused.getMessage());
        }
    }

    public String statusLabel() {
        return found == null ? "" : labels.label(found.status());
    }

    private List<ReceptionApplications.PublicUnit> publicUnits() {
        if (units == null) {
            units = applications.publicUnits();
        }
        return units;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getPreferredSlotId() {
        return preferredSlotId;
    }

    public void setPreferredSlotId(Long preferredSlotId) {
        this.preferredSlotId = preferredSlotId;
    }

    public PetitionerForm getPetitioner() {
        return petitioner;
    }

    public String getAppliedNumber() {
        return appliedNumber;
    }

    public String getLookupNumber() {
        return lookupNumber;
    }

    public void setLookupNumber(String lookupNumber) {
        this.lookupNumber = lookupNumber;
    }

    public String getLookupPhone() {
        return lookupPhone;
    }

    public void setLookupPhone(String lookupPhone) {
        this.lookupPhone = lookupPhone;
    }

    public ReceptionApplications.PublicStatus getFound() {
        return found;
    }

    public boolean isLookedUp() {
        return lookedUp;
    }
}
