package org.xinfang.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;

/**
 * Keeping the rota over HTTP: the desk lists its rules, edits one with the version it read (a stale
 * version is 409), and withdraws it — refused while a coming session is booked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RotaRulesApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private static long unitOf(String user) {
        return Api.get(user, "/me").json().getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    private static JsonObjectBuilder rule(String leader, String weekday, int capacity, LocalDate from) {
        return Json.createObjectBuilder().add("leaderName", leader).add("leaderTitle", "区委常委").add("place", "区信访局三号接待室")
                .add("capacity", capacity).add("startsAt", "09:00").add("endsAt", "11:00").add("recurrence", "WEEKLY")
                .add("weekday", weekday).add("startsOn", from.toString()).add("endsOn", from.plusWeeks(4).toString());
    }

    @Test
    void theDeskEditsAndWithdrawsARuleWithTheVersionItRead() {
        String leader = "马" + UUID.randomUUID().toString().substring(0, 6);
        long unit = unitOf(Api.CY_CLERK);
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        Api.Answer created = Api.post(Api.CY_CLERK, "/reception/units/" + unit + "/rules", rule(leader, "MONDAY", 4, from).build());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();

        JsonObject listed = Api.get(Api.CY_CLERK, "/reception/units/" + unit + "/rules").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(leader, listed.getString("leaderName"));

        Api.Answer noVersion = Api.put(Api.CY_CLERK, "/reception/rules/" + id, rule(leader, "TUESDAY", 4, from).build());
        assertEquals(400, noVersion.status(), noVersion.toString());
        assertTrue(noVersion.fieldsNamed().contains("version"), noVersion.toString());

        Api.Answer edited = Api.put(Api.CY_CLERK, "/reception/rules/" + id, rule(leader, "TUESDAY", 6, from).add("version", version).build());
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("TUESDAY", edited.json().getString("weekday"));
        assertEquals(6, edited.json().getInt("capacity"));
        assertTrue(edited.json().getJsonNumber("version").longValue() > version);

        Api.Answer stale = Api.put(Api.CY_LEADER, "/reception/rules/" + id, rule(leader, "FRIDAY", 6, from).add("version", version).build());
        assertEquals(409, stale.status(), stale.toString());

        long slot = Api.get(Api.CY_CLERK, "/reception/units/" + unit + "/slots?from=" + from + "&to=" + from.plusWeeks(4)).array()
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getString("leaderName").equals(leader)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Answer booked = Api.post(Api.CY_CLERK, "/reception/slots/" + slot + "/appointments", Json.createObjectBuilder()
                .add("petitionerName", "钱" + leader).add("phone", "13300000001").add("matter", "供暖费").build());
        assertEquals(201, booked.status(), booked.toString());
        long current = edited.json().getJsonNumber("version").longValue();
        Api.Answer stillBooked = Api.send(Api.request(Api.CY_CLERK, "/reception/rules/" + id + "?version=" + current).DELETE());
        assertEquals(400, stillBooked.status(), stillBooked.toString());
        assertTrue(stillBooked.toString().contains("请先取消或改约"), stillBooked.toString());

        Api.send(Api.request(Api.CY_CLERK, "/reception/appointments/" + booked.json().getJsonNumber("id").longValue()).DELETE());
        Api.Answer withdrawn = Api.send(Api.request(Api.CY_CLERK, "/reception/rules/" + id + "?version=" + current).DELETE());
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertTrue(withdrawn.json().getBoolean("withdrawn"));
        assertFalse(Api.get(Api.CY_CLERK, "/reception/units/" + unit + "/rules").toString().contains(leader), "no longer in force");
        assertFalse(Api.get(Api.CY_CLERK, "/public/reception?weeks=6").toString().contains(leader), "nor on the public rota");
    }
}
