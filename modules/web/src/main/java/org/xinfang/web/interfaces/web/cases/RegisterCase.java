package org.xinfang.web.interfaces.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.procedure.GeneralProcedure;
import org.xinfang.core.application.cases.CaseDetails;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.kernel.CallerUnits;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * Registering a case (登记): the core fields, the parties, the unit it is registered in and, when that
 * unit's agency has a plugin, the plugin's own form. The page validates each field as it is bound
 * (Bean Validation on the entities); the service validates everything again and saves all or nothing.
 */
@Named
@ViewScoped
public class RegisterCase implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ajax sources that only add or remove a party row; they must not be blocked by half-filled rows. */
    private static final Pattern ROW_EDIT_SOURCE = Pattern.compile("register:(addParty|parties:\\d+:removeParty)");

    /** A unit offered in the unit menu (in tree order; full names say where each one sits). */
    public record UnitChoice(Long id, String label, String agencyType) implements Serializable {
    }

    @Inject
    private CaseService cases;

    @Inject
    private CallerUnits callerUnits;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    @Inject
    private Labels labels;

    @Inject
    private Clock clock;

    @Inject
    private OrgUnitRepository orgUnits;

    private List<UnitChoice> units;
    private Long unitId;
    /** The body the matter concerns (被反映单位/属地), optional: it tells whether the filing skips levels. */
    private Long concernedUnitId;
    // The draft entities are not Serializable; the view state lives on the server and this app is
    // not distributable, so they never need to be written out.
    private Case draft;
    private List<Party> parties;
    private CaseFormData form;

    @PostConstruct
    void start() {
        Caller caller = webCaller.get();
        units = callerUnits.forRegistration(caller).stream()
                .map(u -> new UnitChoice(u.getId(), u.getName(), u.getAgencyType()))
                .toList();
        unitId = units.stream().map(UnitChoice::id).filter(id -> id.equals(caller.homeUnitId())).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0).id());
        draft = new Case();
        draft.setReceivedOn(LocalDate.now(clock));
        parties = new ArrayList<>();
        parties.add(new Party(PartyRole.PETITIONER, null, null, null, null));
        newForm();
    }

    /** The unit changed: its agency's form replaces the previous one (a court form has no place in a bureau). */
    public void unitChanged() {
        newForm();
    }

    private void newForm() {
        form = plugin().map(p -> p.caseForm().newForm()).orElse(null);
    }

    private Optional<AgencyPlugin> plugin() {
        return selectedUnit().flatMap(u -> plugins.find(u.agencyType()));
    }

    private Optional<UnitChoice> selectedUnit() {
        return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
    }

    public void addParty() {
        parties.add(new Party(PartyRole.PETITIONER, null, null, null, null));
    }

    public void removeParty(int index) {
        if (parties.size() > 1 && index >= 0 && index < parties.size()) {
            parties.remove(index);
        }
    }

    /**
     * True while the request only adds or removes a party row: the rows' values are kept but not
     * validated yet, so that a clerk can add the second petitioner before naming the first.
     */
    public boolean isEditingRows() {
        String source = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        return source != null && ROW_EDIT_SOURCE.matcher(source).matches();
    }

    /**
     * Registers the case. The service gets a fresh copy of the draft, so a refused attempt leaves
     * nothing behind in what the clerk typed and the next attempt starts clean.
     */
    public String save() {
        Case toRegister = new Case();
        toRegister.setChannel(draft.getChannel());
        toRegister.setSubject(trim(draft.getSubject()));
        toRegister.setContent(trim(draft.getContent()));
        toRegister.setCategory(trim(draft.getCategory()));
        toRegister.setReceivedOn(draft.getReceivedOn());
        toRegister.setHeadCount(draft.getHeadCount());
        toRegister.setConcernedUnit(concernedUnitId == null ? null : orgUnits.find(concernedUnitId).orElse(null));
        for (Party row : parties) {
            toRegister.addParty(new Party(row.getRole(), trim(row.getName()), trim(row.getIdNumber()), trim(row.getPhone()), trim(row.getAddress())));
        }
        try {
            CaseDetails saved = cases.register(webCaller.get(), unitId, toRegister, form);
            messages.infoAfterRedirect(messages.text("register.saved", saved.caseFile().getNumber()));
            Case repeated = saved.caseFile().getRepeatOf();
            if (repeated != null) {
                messages.warnAfterRedirect(messages.text(GeneralProcedure.CONCLUDED.equals(repeated.getStatus())
                        ? "register.repeatOfConcluded" : "register.repeatOf", repeated.getNumber()));
            }
            if (saved.caseFile().isAboveCompetentLevel()) {
                messages.warnAfterRedirect(messages.text("register.aboveLevel", saved.caseFile().getConcernedUnit().getName()));
            }
            return "/app/cases/view.xhtml?faces-redirect=true&id=" + saved.caseFile().getId();
        } catch (InvalidInputException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ProblemTargets targets = new ProblemTargets(faces, "register");
            refused.problems().forEach(p -> messages.error(targets.clientIdOf(p.field()), p.message()));
            faces.validationFailed();
            return null;
        } catch (NotPermittedException refused) {
            messages.error(null, refused.getMessage());
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Every unit, in tree order and indented, for the body the matter concerns. */
    public List<SelectItem> getConcernedUnits() {
        return labels.unitChoices();
    }

    public Long getConcernedUnitId() {
        return concernedUnitId;
    }

    public void setConcernedUnitId(Long concernedUnitId) {
        this.concernedUnitId = concernedUnitId;
    }

    /** Whether the caller may register anywhere; the page shows a notice instead of the form if not. */
    public boolean isPermitted() {
        return !units.isEmpty();
    }

    /** The plugin's editor fragment for the chosen unit, or null for a petition bureau. */
    public String getFormEditor() {
        return form == null ? null : plugin().map(p -> p.caseForm().editor()).orElse(null);
    }

    /** The chosen unit's agency, as the heading of the plugin's fields. */
    public String getAgencyLabel() {
        return selectedUnit().map(u -> labels.agency(u.agencyType())).orElse("");
    }

    public List<UnitChoice> getUnits() {
        return units;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Case getDraft() {
        return draft;
    }

    public List<Party> getParties() {
        return parties;
    }

    public CaseFormData getForm() {
        return form;
    }

    /** The latest date a case can have been received: today, in the application's zone. */
    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
