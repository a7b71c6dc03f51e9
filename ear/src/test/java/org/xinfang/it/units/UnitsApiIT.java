package org.xinfang.it.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.ADMIN;
import static org.xinfang.it.api.Api.CY_CLERK;
import static org.xinfang.it.api.Api.CY_LEADER;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * An administrator runs the organisation tree over the API: creates units, renames one, moves one with
 * its subtree — whose paths are all rewritten, so that a case in the moved subtree is seen by its own
 * clerk and by the new parent's people, and no longer by the old parent's. Bad input is refused field
 * by field with nothing saved (a short name another unit has too: case numbers are built from it), a
 * stale version answers 409, and only administrators may do any of it.
 * Every unit here is the test's own (new roots), so the demo city stays as other tests expect it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitsApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aMovedUnitTakesItsSubtreeAndItsCasesToTheNewParent() {
        JsonObject oldParent = Api.newUnit(null, "旧上级市", "CITY", "general");
        JsonObject newParent = Api.newUnit(null, "新上级市", "CITY", "general");
        JsonObject district = Api.newUnit(id(oldParent), "移动区", "COUNTY", "general");
        JsonObject township = Api.newUnit(id(district), "随迁镇", "TOWNSHIP", "general");
        assertEquals(district.getString("path") + id(township) + "/", township.getString("path"));
        assertEquals(2, township.getInt("depth"));
        assertEquals(oldParent.getString("name"), district.getString("parentName"));

        String clerk = Api.newPerson(id(township), "CLERK");
        String districtLeader = Api.newPerson(id(district), "LEADER");
        String oldLeader = Api.newPerson(id(oldParent), "LEADER");
        String newLeader = Api.newPerson(id(newParent), "LEADER");
        String subject = Api.uniqueSubject("随单位迁移");
        long caseId = Api.register(clerk, Api.newCase(subject)).getJsonNumber("id").longValue();
        assertEquals(1, Api.countMatching(oldLeader, subject), "the old parent does not see its township's case before the move");
        assertEquals(0, Api.countMatching(newLeader, subject));

        Answer moved = move(id(district), version(district), id(newParent));
        assertEquals(200, moved.status(), moved::toString);
        String districtPath = newParent.getString("path") + id(district) + "/";
        assertEquals(districtPath, moved.json().getString("path"));
        assertEquals(newParent.getString("name"), moved.json().getString("parentName"));
        assertTrue(version(moved.json()) > version(district), "the move did not count as a change of the unit");
        JsonObject townshipNow = Api.get(ADMIN, "/admin/units/" + id(township)).json();
        assertEquals(districtPath + id(township) + "/", townshipNow.getString("path"), "the subtree's paths were not rewritten");
        assertEquals(2, townshipNow.getInt("depth"));
        assertTrue(Api.get(ADMIN, "/admin/units").array().getValuesAs(JsonObject.class).stream()
                .noneMatch(u -> u.getString("path").startsWith(district.getString("path"))), "a unit kept its old path");

        assertEquals(1, Api.countMatching(clerk, subject), "the township's clerk lost sight of their own case");
        assertEquals(1, Api.countMatching(districtLeader, subject));
        assertEquals(1, Api.countMatching(newLeader, subject), "the new parent does not see the moved subtree's case");
        assertEquals(200, Api.get(newLeader, "/cases/" + caseId).status());
        assertEquals(0, Api.countMatching(oldLeader, subject), "the old parent still sees the moved subtree's case");
        assertEquals(404, Api.get(oldLeader, "/cases/" + caseId).status());
    }

    @Test
    void aRenamingChangesTheNamesAndAStaleVersionChangesNothing() {
        JsonObject unit = Api.newUnit(null, "改名前", "COUNTY", "general");
        String shortName = "改名区" + UUID.randomUUID().toString().substring(0, 8);
        Answer renamed = Api.put(ADMIN, "/admin/units/" + id(unit), Json.createObjectBuilder().add("version", version(unit))
                .add("name", "  改名后的区信访局 ").add("shortName", shortName).add("sealText", "改名后的区信访局（印）").build());
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("改名后的区信访局", renamed.json().getString("name"), "the name was not stripped");
        assertEquals(shortName, renamed.json().getString("shortName"));
        assertEquals("改名后的区信访局（印）", renamed.json().getString("sealText"));
        assertEquals(unit.getString("code"), renamed.json().getString("code"), "the code changed");

        Answer stale = Api.put(ADMIN, "/admin/units/" + id(unit), Json.createObjectBuilder().add("version", version(unit))
                .add("name", "覆盖他人修改").add("shortName", "覆盖").build());
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("conflict", stale.json().getString("error"));
        assertTrue(stale.json().getString("message").contains("改名后的区信访局"), stale::toString);
        JsonObject other = Api.newUnit(null, "别处", "CITY", "general");
        Answer staleMove = move(id(unit), version(unit), id(other));
        assertEquals(409, staleMove.status(), staleMove::toString);
        JsonObject now = Api.get(ADMIN, "/admin/units/" + id(unit)).json();
        assertEquals("改名后的区信访局", now.getString("name"), "a stale renaming was saved");
        assertEquals(unit.getString("path"), now.getString("path"), "a stale move was saved");

        Answer blankSeal = Api.put(ADMIN, "/admin/units/" + id(unit), Json.createObjectBuilder().add("version", version(now))
                .add("name", "改名后的区信访局").add("shortName", shortName).add("sealText", " ").build());
        assertEquals("改名后的区信访局", blankSeal.json().getString("sealText"), "a blank seal text does not fall back to the name");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        JsonObject parent = Api.newUnit(null, "校验上级", "CITY", "general");
        JsonObject child = Api.newUnit(id(parent), "校验下级", "COUNTY", "general");
        String code = "it-bad-" + UUID.randomUUID().toString().substring(0, 8);

        Answer noName = create(unit(code).remove("name"));
        assertEquals(400, noName.status(), noName::toString);
        assertEquals(List.of("name"), noName.fieldsNamed(), noName::toString);
        assertEquals("请填写单位名称。", noName.messageFor("name"));
        Answer nameAsList = create(unit(code).add("name", Json.createArrayBuilder()));
        assertEquals(List.of("name"), nameAsList.fieldsNamed(), nameAsList::toString);
        assertEquals("单位名称须为文本", nameAsList.messageFor("name"), "a unit's name, not a person's (姓名)");
        assertTrue(nameAsList.json().getString("message").contains("未保存任何内容"), "a refused write says nothing was saved: " + nameAsList);
        Answer taken = create(unit(code).add("code", parent.getString("code")));
        assertEquals(List.of("code"), taken.fieldsNamed(), taken::toString);
        assertTrue(taken.messageFor("code").contains(parent.getString("code")), taken::toString);
        Answer shortNameTaken = create(unit(code).add("shortName", " " + parent.getString("shortName") + " "));
        assertEquals(400, shortNameTaken.status(), shortNameTaken::toString);
        assertEquals(List.of("shortName"), shortNameTaken.fieldsNamed(), shortNameTaken::toString);
        assertTrue(shortNameTaken.messageFor("shortName").contains(parent.getString("shortName"))
                && shortNameTaken.messageFor("shortName").contains(parent.getString("name")), "the refusal does not name the unit that has it: " + shortNameTaken);
        Answer castle = create(unit(code).add("agencyType", "castle"));
        assertEquals(List.of("agencyType"), castle.fieldsNamed(), castle::toString);
        assertTrue(castle.messageFor("agencyType").contains("castle") && castle.messageFor("agencyType").contains("general"),
                "the refusal does not list the agency types there are: " + castle);
        Answer everything = create(Json.createObjectBuilder().add("parentId", 987654321).add("code", "不可以").add("name", "")
                .add("shortName", "简称太长了简称太长了简称太长了简称太长了简").add("agencyType", "").add("sealText", "印".repeat(101)));
        assertEquals(List.of("code", "name", "shortName", "level", "agencyType", "sealText", "parentId"), everything.fieldsNamed(), everything::toString);
        assertTrue(everything.messageFor("parentId").contains("987654321"), everything::toString);
        Answer badLevel = create(unit(code).add("level", "KINGDOM"));
        assertEquals(List.of("level"), badLevel.fieldsNamed(), badLevel::toString);
        Answer notAnId = create(unit(code).add("parentId", "上面"));
        assertEquals(List.of("parentId"), notAnId.fieldsNamed(), notAnId::toString);
        assertTrue(Api.get(ADMIN, "/admin/units").array().getValuesAs(JsonObject.class).stream().noneMatch(u -> u.getString("code").equals(code)),
                "a refused unit was saved");

        Answer underOwnChild = move(id(parent), version(parent), id(child));
        assertEquals(400, underOwnChild.status(), underOwnChild::toString);
        assertEquals(List.of("parentId"), underOwnChild.fieldsNamed());
        assertTrue(underOwnChild.messageFor("parentId").contains(child.getString("name")), underOwnChild::toString);
        assertEquals(List.of("parentId"), move(id(parent), version(parent), id(parent)).fieldsNamed(), "a unit moved under itself");
        assertEquals(List.of("parentId"), move(id(child), version(child), id(parent)).fieldsNamed(), "a move to where it is was taken");
        Answer noParent = Api.post(ADMIN, "/admin/units/" + id(child) + "/move", Json.createObjectBuilder().add("version", version(child)).build());
        assertEquals(List.of("parentId"), noParent.fieldsNamed(), noParent::toString);
        Answer noVersion = Api.post(ADMIN, "/admin/units/" + id(child) + "/move", Json.createObjectBuilder().add("parentId", id(parent)).build());
        assertEquals(List.of("version"), noVersion.fieldsNamed(), noVersion::toString);
        Answer blankName = Api.put(ADMIN, "/admin/units/" + id(child), Json.createObjectBuilder().add("version", version(child))
                .add("name", " ").add("shortName", "简称太长了简称太长了简称太长了简称太长了简").build());
        assertEquals(List.of("name", "shortName"), blankName.fieldsNamed(), blankName::toString);
        Answer takenByParent = Api.put(ADMIN, "/admin/units/" + id(child), Json.createObjectBuilder().add("version", version(child))
                .add("name", "校验下级").add("shortName", parent.getString("shortName")).build());
        assertEquals(400, takenByParent.status(), takenByParent::toString);
        assertEquals(List.of("shortName"), takenByParent.fieldsNamed(), takenByParent::toString);
        assertTrue(takenByParent.messageFor("shortName").contains(parent.getString("name")), takenByParent::toString);
        JsonObject childNow = Api.get(ADMIN, "/admin/units/" + id(child)).json();
        assertEquals(child.getString("shortName"), childNow.getString("shortName"), "a short name another unit has was saved");
        assertEquals(version(child), version(childNow), "a refused renaming touched the unit");
        assertEquals(404, move(987654321L, 0, id(parent)).status());
        JsonObject unchanged = Api.get(ADMIN, "/admin/units/" + id(parent)).json();
        assertEquals(parent.getString("path"), unchanged.getString("path"));
        assertEquals(version(parent), version(unchanged), "a refused change touched the unit");
    }

    @Test
    void onlyAdministratorsManageUnits() {
        JsonObject unit = Api.newUnit(null, "权限", "CITY", "general");
        for (String user : List.of(CY_CLERK, CY_LEADER)) {
            String code = "it-no-" + UUID.randomUUID().toString().substring(0, 8);
            for (Answer refused : List.of(Api.get(user, "/admin/units"), Api.get(user, "/admin/units/" + id(unit)),
                    Api.get(user, "/admin/units/agency-types"), Api.post(user, "/admin/units", unit(code).build()),
                    Api.put(user, "/admin/units/" + id(unit), Json.createObjectBuilder().add("version", version(unit)).add("name", "越权")
                            .add("shortName", "越权").build()),
                    Api.post(user, "/admin/units/" + id(unit) + "/move", Json.createObjectBuilder().add("version", version(unit))
                            .add("parentId", 1).build()))) {
                assertEquals(403, refused.status(), user + ": " + refused);
                assertEquals("forbidden", refused.json().getString("error"));
            }
            assertTrue(Api.get(ADMIN, "/admin/units").array().getValuesAs(JsonObject.class).stream().noneMatch(u -> u.getString("code").equals(code)),
                    user + " created a unit");
        }
        JsonObject now = Api.get(ADMIN, "/admin/units/" + id(unit)).json();
        assertEquals(unit.getString("name"), now.getString("name"));
        List<String> types = Api.get(ADMIN, "/admin/units/agency-types").array().getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("id")).toList();
        assertEquals("general", types.get(0), types::toString);
        assertFalse(types.contains("castle"));
    }

    private static long id(JsonObject unit) {
        return unit.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject unit) {
        return unit.getJsonNumber("version").longValue();
    }

    private static JsonObjectBuilder unit(String code) {
        return Json.createObjectBuilder().add("code", code).add("name", "校验单位").add("shortName", "校验").add("level", "COUNTY")
                .add("agencyType", "general");
    }

    private static Answer create(JsonObjectBuilder body) {
        return Api.post(ADMIN, "/admin/units", body.build());
    }

    private static Answer move(long unitId, long version, long parentId) {
        return Api.post(ADMIN, "/admin/units/" + unitId + "/move", Json.createObjectBuilder().add("version", version).add("parentId", parentId).build());
    }
}
