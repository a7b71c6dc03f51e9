package org.xinfang.plugins.company.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xinfang.core.application.procedure.Clocks;
import org.xinfang.core.application.supervision.DeadlineWatch;
import org.xinfang.it.Deployments;
import org.xinfang.it.deploy.InServer;
import org.xinfang.it.Race;
import org.xinfang.it.TestClocks;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * The workshop's days run out: the deadline watch sends the matter up to the company by itself, as a
 * step of the system's with the reason written out — once, even with two watches at once — and leaves
 * alone a matter still within its days or already resolved. The workshop clock is moved back in the
 * database, as the other clock tests do, instead of waiting ten working days.
 */
@ExtendWith(ArquillianExtension.class)
@InServer({CompanyDeskApiIT.class, TestClocks.class, Race.class, Api.class, Answer.class})
class WorkshopDeadlineIT {

    private static final String REASON = "车间10个工作日内未办结，自动报公司办理";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServer();
    }

    @Inject
    DeadlineWatch watch;

    @Inject
    TestClocks testClocks;

    private static LocalDate today() {
        return LocalDate.now(Clocks.statutoryClock());
    }

    private static List<JsonObject> escalations(String user, long id) {
        return CompanyDeskApiIT.procedure(user, id).getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("transition").equals("escalateToCompany")).toList();
    }

    private static long sentDown(CompanyDeskApiIT.Company co, String subject) {
        long id = co.complaint(Api.uniqueSubject(subject), CompanyDeskApiIT.chained());
        Answer sent = CompanyDeskApiIT.sendDown(co.desk(), id, co.assembly());
        assertEquals(200, sent.status(), sent::toString);
        return id;
    }

    @Test
    void aMatterTheWorkshopLeftUnresolvedGoesUpByItselfOnceEvenWithTwoWatchesAtOnce() throws Exception {
        CompanyDeskApiIT.Company co = CompanyDeskApiIT.Company.create();
        long overdue = sentDown(co, "车间逾期未办结");
        long withinDays = sentDown(co, "车间期限当天");
        long resolved = sentDown(co, "车间已办结");
        assertEquals(200, CompanyDeskApiIT.step(co.assemblyHead(), resolved, "resolveInWorkshop",
                Json.createObjectBuilder().add("outcome", "EXPLAIN").add("reason", "已向员工解释加班安排依据")).status());
        testClocks.dueDaysAgo(overdue, "workshop", 1);
        testClocks.dueDaysAgo(withinDays, "workshop", 0);

        Race.Outcome<DeadlineWatch.ScanReport> both = Race.atOnce(() -> watch.sweep(today()), () -> watch.sweep(today()));
        assertEquals(List.of(), both.lost());
        watch.sweep(today());

        List<JsonObject> steps = escalations(co.leader(), overdue);
        assertEquals(1, steps.size(), "escalated once: " + steps);
        JsonObject step = steps.get(0);
        assertEquals("system", step.getString("actor"));
        assertEquals(REASON, step.getString("reason"));
        assertEquals("workshop_handling", step.getString("from"));
        assertEquals("company_handling", step.getString("to"));
        JsonObject atCompany = Api.get(co.leader(), "/cases/" + overdue).json();
        assertEquals(co.company(), atCompany.getJsonNumber("unitId").longValue());
        assertEquals(404, Api.get(co.assemblyHead(), "/cases/" + overdue).status(), "the workshop no longer holds it");
        assertTrue(CompanyDeskApiIT.options(CompanyDeskApiIT.procedure(co.leader(), overdue)).contains("decideAtCompany"));

        assertEquals(List.of(), escalations(co.desk(), withinDays), "the last of its days is still the workshop's");
        assertEquals("workshop_handling", Api.get(co.assemblyHead(), "/cases/" + withinDays).json().getString("status"));
        assertEquals(List.of(), escalations(co.desk(), resolved), "a resolved matter stays resolved");
        assertEquals("decided", Api.get(co.desk(), "/cases/" + resolved).json().getString("status"));
    }
}
