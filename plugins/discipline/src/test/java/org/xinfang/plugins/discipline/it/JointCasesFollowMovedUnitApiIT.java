package org.xinfang.plugins.discipline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
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
 * A committee that runs joint investigations is moved, with its township office, under another
 * commission by the administrator: the joint case the township reported stays visible to the
 * committee's leader and to the township's clerk (the paths the plugin stores were rewritten with the
 * tree's), becomes visible to the new commission and no longer to the old one. Built on the test's own
 * units, so the demo committee's register stays as the other tests expect it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class JointCasesFollowMovedUnitApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aMovedCommitteeKeepsItsJointCasesInSightOfItsOwnPeopleAndItsNewSuperiors() {
        long oldCommission = id(Api.newUnit(null, "原上级纪委", "CITY", "discipline"));
        long newCommission = id(Api.newUnit(null, "新上级纪委", "CITY", "discipline"));
        JsonObject committee = Api.newUnit(oldCommission, "随迁区纪委", "COUNTY", "discipline");
        long township = id(Api.newUnit(id(committee), "随迁镇纪委", "TOWNSHIP", "discipline"));
        String clerk = Api.newPerson(township, "DISCIPLINE_CLERK");
        String leader = Api.newPerson(id(committee), "DISCIPLINE_LEADER");
        String oldLeader = Api.newPerson(oldCommission, "DISCIPLINE_LEADER");
        String newLeader = Api.newPerson(newCommission, "DISCIPLINE_LEADER");

        long caseId = Api.register(clerk, Api.newCase(Api.uniqueSubject("联查随单位迁移")).add("form", Api.disciplineForm()))
                .getJsonNumber("id").longValue();
        Answer registered = Api.post(clerk, "/discipline/joint/cases", Json.createObjectBuilder().add("committeeUnitId", id(committee))
                .add("caseId", caseId).add("round", "MONTHLY").add("period", JointApiIT.LAST_YEAR + "-12").build());
        assertEquals(201, registered.status(), registered::toString);
        String jointCase = "/discipline/joint/cases/" + registered.json().getJsonNumber("id").longValue();
        for (String sees : List.of(clerk, leader, oldLeader)) {
            assertEquals(200, Api.get(sees, jointCase).status(), sees + " does not see the joint case before the move");
        }
        assertEquals(404, Api.get(newLeader, jointCase).status());

        Answer moved = Api.post(Api.ADMIN, "/admin/units/" + id(committee) + "/move", Json.createObjectBuilder()
                .add("version", committee.getJsonNumber("version").longValue()).add("parentId", newCommission).build());
        assertEquals(200, moved.status(), moved::toString);

        assertEquals(200, Api.get(leader, jointCase).status(), "the committee's leader lost its own joint case: its path was not rewritten");
        assertEquals(200, Api.get(clerk, jointCase).status(), "the township's clerk lost the case it reported: its path was not rewritten");
        assertEquals(200, Api.get(newLeader, jointCase).status(), "the new commission does not see the moved committee's joint case");
        assertEquals(404, Api.get(oldLeader, jointCase).status(), "the old commission still sees the moved committee's joint case");
        Answer register = Api.get(leader, "/discipline/joint/committees/" + id(committee) + "/cases?year=" + JointApiIT.LAST_YEAR);
        assertEquals(200, register.status(), register::toString);
        assertTrue(register.array().getValuesAs(JsonObject.class).stream().anyMatch(j -> j.getJsonNumber("caseId").longValue() == caseId),
                "the committee's register lost the case: " + register);
    }

    private static long id(JsonObject unit) {
        return unit.getJsonNumber("id").longValue();
    }
}
