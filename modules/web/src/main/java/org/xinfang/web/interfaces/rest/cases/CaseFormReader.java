package org.xinfang.web.interfaces.rest.cases;

import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.web.interfaces.rest.JsonBody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.application.cases.CaseForms;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.unit.OrgUnitRepository;
import org.xinfang.web.interfaces.rest.ApiMessages;

/** Reads the agency form of a case registered over the API, for every resource that registers one. */
@ApplicationScoped
public class CaseFormReader {

    @Inject
    OrgUnitRepository units;

    @Inject
    PluginRegistry plugins;

    @Inject
    CaseForms forms;

    /**
     * The core fields of a case as a body carries them (channel, subject, content, category, receivedOn,
     * concernedUnitId, headCount, parties), each wrong type or unknown unit recorded on {@code json} by
     * its field; the caller refuses them all at once ({@link JsonBody#refuseIfProblems()}).
     */
    public Case draft(JsonBody json, Locale locale) {
        Case draft = new Case();
        draft.setChannel(json.choice("channel", Channel.class));
        draft.setSubject(json.text("subject"));
        draft.setContent(json.text("content"));
        draft.setCategory(json.text("category"));
        draft.setReceivedOn(json.date("receivedOn"));
        Long concernedUnitId = json.whole("concernedUnitId");
        if (concernedUnitId != null) {
            units.find(concernedUnitId).ifPresentOrElse(draft::setConcernedUnit,
                    () -> json.refuse("concernedUnitId", ApiMessages.get(locale, "unit.unknown", String.valueOf(concernedUnitId))));
        }
        Integer headCount = json.smallWhole("headCount");
        if (headCount != null) {
            draft.setHeadCount(headCount);
        }
        for (JsonBody party : json.objects("parties")) {
            draft.addParty(new Party(party.choice("role", PartyRole.class), party.text("name"), party.text("idNumber"),
                    party.text("phone"), party.text("address")));
        }
        return draft;
    }

    /**
     * The plugin form of the unit the case goes to, read for that unit's agency type. Left to the use
     * case (null) when the unit is unknown or outside the caller's units, so that it answers with its
     * own refusal and the form's fields reveal nothing about a unit the caller cannot see.
     */
    public CaseFormData read(Caller caller, Long unitId, JsonObject formJson) {
        Long target = unitId != null ? unitId : caller.homeUnitId();
        Optional<OrgUnit> unit = target == null ? Optional.empty() : units.find(target);
        if (unit.isEmpty() || !caller.visibility().sees(unit.get().getPath())) {
            return null;
        }
        return read(plugins.find(unit.get().getAgencyType()), unit.get().getName(), formJson, null, caller.locale());
    }

    /**
     * The form of {@code plugin} (none: the core's general procedure) in {@code formJson}, every field
     * it cannot read named at once, and any field outside {@code fillable} (null: all the form's) refused
     * by name rather than quietly set; a form for a unit without a plugin is refused as not used there.
     */
    public CaseFormData read(Optional<AgencyPlugin> plugin, String unitName, JsonObject formJson, List<String> fillable, Locale locale) {
        if (plugin.isEmpty()) {
            if (formJson != null && !formJson.isEmpty()) {
                throw InvalidInputException.of("form", ApiMessages.get(locale, "form.notUsed", unitName));
            }
            return null;
        }
        if (formJson != null) {
            List<FieldProblem> problems = new ArrayList<>();
            if (fillable != null) {
                formJson.keySet().stream().filter(f -> !fillable.contains(f)).sorted().forEach(f -> problems.add(new FieldProblem("form." + f,
                        ApiMessages.get(locale, "portal.form.notPublic", f, String.join(", ", fillable)))));
            }
            problems.addAll(FormFields.unreadable(forms, plugin.get(), formJson, locale));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        return forms.fromJson(plugin.get(), formJson, locale);
    }
}
