package org.xinfang.plugins.discipline.joint.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo year and the demo cases agree: each report of the year is a demo case of the plugin,
 * held by the unit that registers it, with the accused on its form; a selected report has a category.
 */
class SeedYearTest {

    @Test
    void everyReportOfTheYearIsADemoCaseOfTheUnitThatRegistersIt() throws IOException {
        Map<String, JsonObject> bySubject = new HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/discipline/cases.json")) {
            assertNotNull(in, "demo/discipline/cases.json");
            try (JsonReader reader = Json.createReader(in)) {
                reader.readObject().getJsonArray("cases").forEach(c -> bySubject.put(c.asJsonObject().getString("subject"), c.asJsonObject()));
            }
        }
        for (SeedYear.Report report : SeedYear.REPORTS) {
            JsonObject c = bySubject.get(report.subject());
            assertNotNull(c, report.subject());
            assertEquals(report.reporter(), c.getString("unit"), report.subject());
            assertFalse(c.getJsonObject("form").getString("subjectName").isBlank(), report.subject());
            assertTrue(!report.selected() || !report.eligibility().isEmpty(), "a selected report needs a category: " + report.subject());
        }
    }

    @Test
    void aTeamNeverTakesACaseOfItsOwnMembersRegion() {
        for (SeedYear.Report report : SeedYear.REPORTS) {
            if (report.selected()) {
                SeedYear.TeamPlan team = SeedYear.TEAMS.get(report.team() - 1);
                team.members().forEach(m -> assertFalse(m[1].equals(report.region()), team.name() + " " + report.subject()));
            }
        }
    }
}
