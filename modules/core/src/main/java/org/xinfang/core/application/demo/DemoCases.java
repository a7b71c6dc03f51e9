package org.xinfang.core.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xinfang.api.caller.Caller;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.LegalRoute;
import org.xinfang.api.model.Outcome;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.model.Rating;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.api.procedure.EffectiveProcedure;
import org.xinfang.core.application.cases.CaseForms;
import org.xinfang.core.application.cases.CaseService;
import org.xinfang.core.application.plugins.PluginRegistry;
import org.xinfang.core.application.kernel.CallerDirectory;
import org.xinfang.core.application.procedure.ProcedureEngine;
import org.xinfang.core.application.procedure.Procedures;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.procedure.StepFacts;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The sample cases of {@code demo/cases.json}, registered through the same use case a clerk uses, so
 * that demo cases obey every rule real ones do (numbers, validation, audit).
 */
@ApplicationScoped
public class DemoCases {

    @Inject
    private DemoFiles files;

    @Inject
    private CaseService cases;

    @Inject
    private CaseForms forms;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private Clock clock;

    @Inject
    private ProcedureEngine engine;

    @Inject
    private Procedures procedures;

    @Inject
    private CallerDirectory directory;

    /** Registers the cases whose unit was seeded; returns how many. */
    int seed(Map<String, OrgUnit> unitsByKey) {
        int count = 0;
        for (JsonObject c : files.items("cases", "cases")) {
            OrgUnit unit = unitsByKey.get(c.getString("unit"));
            if (unit == null) {
                continue;
            }
            Caller clerk = new Caller(c.getString("unit") + ".clerk", "demo",
                    List.of(new Caller.Grant(CoreRoles.CLERK, unit.getId(), unit.getPath(), unit.getAgencyType())), Locale.SIMPLIFIED_CHINESE);
            Optional<AgencyPlugin> plugin = plugins.find(unit.getAgencyType());
            CaseFormData form = plugin.map(p -> forms.fromJson(p, c.getJsonObject("form"), Locale.SIMPLIFIED_CHINESE)).orElse(null);
            Case registered = cases.register(clerk, unit.getId(), draft(c), form).caseFile();
            takeSteps(registered, c.getString("unit"), unit, unitsByKey, c.getJsonArray("steps"));
            count++;
        }
        return count;
    }

    /**
     * Moves a demo case on through its procedure, as its unit's staff would: each step through the
     * engine, with its notice, taken by the demo account of the unit whose role the step names (the
     * history and the notices show a person one can sign in as).
     */
    private void takeSteps(Case registered, String unitKey, OrgUnit unit, Map<String, OrgUnit> unitsByKey, JsonArray steps) {
        if (steps == null) {
            return;
        }
        EffectiveProcedure procedure = procedures.of(unit.getAgencyType());
        long version = registered.getVersion();
        for (JsonValue value : steps) {
            JsonObject step = value.asJsonObject();
            OrgUnit target = step.containsKey("target") ? unitsByKey.get(step.getString("target")) : null;
            StepFacts facts = new StepFacts(step.getString("reason", null), target == null ? null : target.getId(),
                    step.containsKey("dueInDays") ? LocalDate.now(clock).plusDays(step.getInt("dueInDays")) : null,
                    step.containsKey("outcome") ? Outcome.valueOf(step.getString("outcome")) : null,
                    step.containsKey("legalRoute") ? LegalRoute.valueOf(step.getString("legalRoute")) : null,
                    step.containsKey("extensionDays") ? step.getInt("extensionDays") : null,
                    step.containsKey("rating") ? Rating.valueOf(step.getString("rating")) : null);
            Caller staff = directory.forUsername(unitKey + "." + roleFor(procedure, step.getString("step"), unit)
                    .toLowerCase(Locale.ROOT), Locale.SIMPLIFIED_CHINESE);
            version = engine.take(staff, registered.getId(), version, step.getString("step"), facts).caseFile().getVersion();
        }
    }

    /**
     * The role of the unit's demo account to take {@code step}: one the step names, else a role of the
     * unit's agency acting as one it names; the core roles first, as every unit has their accounts.
     */
    private String roleFor(EffectiveProcedure procedure, String step, OrgUnit unit) {
        Set<String> named = procedure.transition(step).orElseThrow(() -> new IllegalStateException("demo step " + step)).roles();
        List<String> held = new ArrayList<>(List.of(CoreRoles.CLERK, CoreRoles.HANDLER, CoreRoles.LEADER));
        plugins.find(unit.getAgencyType()).ifPresent(p -> p.agencyType().roles().forEach(r -> held.add(r.name())));
        return held.stream().filter(named::contains).findFirst()
                .or(() -> held.stream().filter(r -> named.contains(procedures.actsAs(r))).findFirst())
                .orElseThrow(() -> new IllegalStateException("no demo account of " + unit.getCode() + " may take " + step));
    }

    private Case draft(JsonObject c) {
        Case draft = new Case();
        draft.setChannel(Channel.valueOf(c.getString("channel")));
        draft.setSubject(c.getString("subject"));
        draft.setContent(c.getString("content"));
        draft.setCategory(c.getString("category"));
        draft.setReceivedOn(LocalDate.now(clock).minusDays(c.getInt("daysAgo", 0)));
        draft.setHeadCount(c.getInt("headCount", 1));
        for (JsonValue p : c.getJsonArray("parties")) {
            JsonObject party = p.asJsonObject();
            draft.addParty(new Party(PartyRole.valueOf(party.getString("role")), party.getString("name"),
                    party.getString("idNumber", null), party.getString("phone", null), party.getString("address", null)));
        }
        return draft;
    }
}
