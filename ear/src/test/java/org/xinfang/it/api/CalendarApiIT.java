package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.ADMIN;
import static org.xinfang.it.api.Api.CY_CLERK;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api.Answer;

/**
 * The work calendar over HTTP: the shipped years are there after start, an administrator loads a year
 * from an import file and everyone reads it back, a bad file is refused line by line and changes
 * nothing, and only an administrator may load a year or touch the settings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarApiIT {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static Map<String, String> days(Answer year) {
        return year.json().getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(d -> d.getString("date"), d -> d.getString("type") + " " + d.getString("name")));
    }

    @Test
    void theShippedYearsArePresentAfterStart() {
        for (int[] expected : new int[][] {{2024, 28, 8}, {2025, 28, 5}, {2026, 33, 6}}) {
            Answer year = Api.get(CY_CLERK, "/calendar/" + expected[0]);
            assertEquals(200, year.status(), year::toString);
            assertEquals(expected[1], year.json().getInt("holidays"), year::toString);
            assertEquals(expected[2], year.json().getInt("workdays"), year::toString);
            assertTrue(year.json().getBoolean("loaded"), year::toString);
        }
        Answer unloaded = Api.get(CY_CLERK, "/calendar/2031");
        assertEquals(200, unloaded.status(), unloaded::toString);
        assertFalse(unloaded.json().getBoolean("loaded"), "a year nobody loaded says so: " + unloaded);
        assertEquals(0, unloaded.json().getJsonArray("days").size());
        Map<String, String> y2026 = days(Api.get(CY_CLERK, "/calendar/2026"));
        assertEquals("HOLIDAY 国庆节", y2026.get("2026-10-01"));
        assertEquals("WORKDAY 春节", y2026.get("2026-02-14"));
        assertEquals("放假", Api.get(CY_CLERK, "/calendar/2026").json().getJsonArray("days").getJsonObject(0).getString("typeLabel"));
    }

    @Test
    void anAdministratorImportsAYearAndEveryoneReadsItBackReplacedWhole() {
        Answer first = Api.putText(ADMIN, "/admin/calendar/2099", CSV,
                "# test year\ndate,type,name\n2099-01-01,HOLIDAY,元旦\n2099-01-02,HOLIDAY,元旦\n2099-01-03,WORKDAY,元旦\n");
        assertEquals(200, first.status(), first::toString);
        assertEquals(2, first.json().getInt("holidays"));

        Answer replaced = Api.putText(ADMIN, "/admin/calendar/2099", CSV, "2099-10-01,HOLIDAY,国庆节\n2099-10-10,WORKDAY,国庆节\n");
        assertEquals(200, replaced.status(), replaced::toString);

        Answer read = Api.get(CY_CLERK, "/calendar/2099");
        assertEquals(200, read.status(), read::toString);
        assertEquals(Map.of("2099-10-01", "HOLIDAY 国庆节", "2099-10-10", "WORKDAY 国庆节"), days(read),
                "the second file replaced the first whole");
    }

    @Test
    void aBadFileIsRefusedWithEveryBadLineNamedAndNothingChanges() {
        Answer good = Api.putText(ADMIN, "/admin/calendar/2097", CSV, "2097-01-01,HOLIDAY,元旦\n");
        assertEquals(200, good.status(), good::toString);

        Answer refused = Api.putText(ADMIN, "/admin/calendar/2097", CSV, String.join("\n",
                "date,type,name",
                "2097-05-01,HOLIDAY,劳动节",
                "2097-02-30,HOLIDAY,春节",
                "2096-12-31,HOLIDAY,元旦",
                "2097-05-01,HOLIDAY,劳动节",
                "2097-05-06,WORKDAY,劳动节",
                "2097-06-01,HOLIDAY"));

        assertEquals(400, refused.status(), refused::toString);
        assertEquals("invalid_input", refused.json().getString("error"));
        assertEquals(List.of("line.3", "line.4", "line.5", "line.6", "line.7"), refused.fieldsNamed());
        assertTrue(refused.messageFor("line.3").startsWith("第 3 行（2097-02-30,HOLIDAY,春节）："), refused::toString);
        assertTrue(refused.messageFor("line.6").contains("周六或周日"), refused::toString);
        assertEquals(Map.of("2097-01-01", "HOLIDAY 元旦"), days(Api.get(ADMIN, "/calendar/2097")), "nothing of the bad file was loaded");

        Answer english = Api.send(Api.request(ADMIN, "/admin/calendar/2097").header("Accept-Language", "en")
                .header("Content-Type", CSV).PUT(java.net.http.HttpRequest.BodyPublishers.ofString("2097-13-01,HOLIDAY,x")));
        assertTrue(english.messageFor("line.1").startsWith("Line 1 (2097-13-01,HOLIDAY,x): The date must be a real date"), english::toString);
    }

    @Test
    void aYearOutsideTheRangeOrAnEmptyFileIsRefused() {
        Answer farYear = Api.get(CY_CLERK, "/calendar/1999");
        assertEquals(400, farYear.status(), farYear::toString);
        assertEquals(List.of("year"), farYear.fieldsNamed());
        Answer empty = Api.putText(ADMIN, "/admin/calendar/2096", CSV, "date,type,name\n# nothing\n");
        assertEquals(400, empty.status(), empty::toString);
        assertEquals(List.of("file"), empty.fieldsNamed());
    }

    @Test
    void onlyAnAdministratorMayLoadAYearOrTouchTheSettings() {
        Answer importing = Api.putText(CY_CLERK, "/admin/calendar/2095", CSV, "2095-01-01,HOLIDAY,元旦\n");
        assertEquals(403, importing.status(), importing::toString);
        assertEquals("forbidden", importing.json().getString("error"));
        assertTrue(days(Api.get(CY_CLERK, "/calendar/2095")).isEmpty(), "the refused import stored nothing");

        Answer listing = Api.get(CY_CLERK, "/admin/settings");
        assertEquals(403, listing.status(), listing::toString);
        Answer changing = Api.put(CY_CLERK, "/admin/settings/clock.general.handling.days", Json.createObjectBuilder().add("value", 1).build());
        assertEquals(403, changing.status(), changing::toString);
    }

    @Test
    void theCatalogueListsEveryClockWithItsStatutoryDefaultAndRange() {
        Answer listed = Api.get(ADMIN, "/admin/settings");
        assertEquals(200, listed.status(), listed::toString);
        Map<String, JsonObject> byKey = listed.array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("key"), s -> s));
        JsonObject handling = byKey.get("clock.general.handling.days");
        assertEquals(60, handling.getInt("defaultValue"), listed::toString);
        assertEquals(1, handling.getInt("min"));
        assertEquals(365, handling.getInt("max"));
        assertEquals("日", handling.getString("unit"));
        assertTrue(handling.getString("label").startsWith("办理并出具处理意见"), handling::toString);
        assertEquals(30, byKey.get("clock.general.handling.maxExtensionDays").getInt("defaultValue"));
        assertEquals(0, byKey.get("clock.general.handling.maxExtensionDays").getInt("min"));
        assertEquals(5, byKey.get("clock.general.objection.days").getInt("defaultValue"));
        assertEquals("个工作日", byKey.get("clock.general.objection.days").getString("unit"));
        assertTrue(byKey.keySet().stream().noneMatch(k -> k.contains("reportBack")), "a given due date has no length to set");
        boolean discipline = Api.get(ADMIN, "/plugins").array().getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("id").equals("discipline"));
        if (discipline) {
            assertEquals(15, byKey.get("clock.discipline.intake.days").getInt("defaultValue"), byKey.keySet()::toString);
        }

        Answer outOfRange = Api.put(ADMIN, "/admin/settings/clock.general.handling.days", Json.createObjectBuilder().add("value", 400).build());
        assertEquals(400, outOfRange.status(), outOfRange::toString);
        assertEquals(List.of("clock.general.handling.days"), outOfRange.fieldsNamed());
        assertTrue(outOfRange.messageFor("clock.general.handling.days").contains("办理并出具处理意见"), outOfRange::toString);
        assertTrue(outOfRange.messageFor("clock.general.handling.days").contains("您填写的 400 未保存"), outOfRange::toString);
        Answer unknown = Api.put(ADMIN, "/admin/settings/no.such.setting", Json.createObjectBuilder().add("value", 1).build());
        assertEquals(400, unknown.status(), unknown::toString);
        Answer notANumber = Api.put(ADMIN, "/admin/settings/clock.general.handling.days", Json.createObjectBuilder().add("value", "sixty").build());
        assertEquals(List.of("value"), notANumber.fieldsNamed());
    }
}
