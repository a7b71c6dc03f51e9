package org.xinfang.core.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xinfang.api.model.Channel;
import org.xinfang.api.model.PartyRole;
import org.xinfang.api.plugin.AgencyPlugin;
import org.xinfang.api.plugin.CaseFormData;
import org.xinfang.core.application.Caller;
import org.xinfang.core.application.CaseForms;
import org.xinfang.core.application.CaseService;
import org.xinfang.core.application.PluginRegistry;
import org.xinfang.core.domain.model.cases.Case;
import org.xinfang.core.domain.model.cases.Party;
import org.xinfang.core.domain.model.unit.OrgUnit;
import org.xinfang.core.domain.model.user.CoreRoles;

/**
 * The sample cases of {@code demo/cases.json}, registered through the same use case a clerk uses, so
 * that demo cases obey every rule real ones do (numbers, validation, audit).
 */
@ApplicationScoped
public class DemoCases {

    @Inject
    private CaseService cases;

    @Inject
    private CaseForms forms;

    @Inject
    private PluginRegistry plugins;

    @Inject
    private Clock clock;

    /** Registers the cases whose unit was seeded; returns how many. */
    int seed(Map<String, OrgUnit> unitsByKey) {
        int count = 0;
        for (JsonValue value : DemoData.read("demo/cases.json").getJsonArray("cases")) {
            JsonObject c = value.asJsonObject();
            OrgUnit unit = unitsByKey.get(c.getString("unit"));
            if (unit == null) {
                continue;
            }
            Caller clerk = new Caller(c.getString("unit") + ".clerk", "demo",
                    List.of(new Caller.Grant(CoreRoles.CLERK, unit.getId(), unit.getPath(), unit.getAgencyType())), Locale.SIMPLIFIED_CHINESE);
            Optional<AgencyPlugin> plugin = plugins.find(unit.getAgencyType());
            CaseFormData form = plugin.map(p -> forms.fromJson(p, c.getJsonObject("form"), Locale.SIMPLIFIED_CHINESE)).orElse(null);
            cases.register(clerk, unit.getId(), draft(c), form);
            count++;
        }
        return count;
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
