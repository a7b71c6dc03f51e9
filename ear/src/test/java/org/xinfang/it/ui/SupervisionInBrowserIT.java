package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * An overdue matter climbs the ladder in a real browser: the deadline watch urges it (催办) and tells
 * the handler in the inbox; the city's leader gives a 督办 with its numbered letter; the district's
 * handler answers in writing; only the city closes it, and the urging too once answered. A leader
 * above gives a case in charge (包案) to the district's leader, both chosen by their names.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisionInBrowserIT {

    /** Received twenty days ago: the fifteen days to forward, assign or accept are past. */
    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void anOverdueMatterIsUrgedSupervisedAnsweredInWritingAndClosedByTheUnitAbove() {
        browser.signIn("cy.clerk");
        browser.openRegistration();
        String subject = "超期未办的来访 " + UUID.randomUUID().toString().substring(0, 8);
        browser.fillGeneralCase(subject, RECEIVED_ON);
        browser.saveRegistration();
        browser.awaitCasePage();
        String caseUrl = browser.driver.getCurrentUrl();
        assertTrue(browser.text("clocks").contains("已超期"), browser.text("clocks"));

        Api.Answer scan = Api.post(Api.ADMIN, "/supervision/scan", jakarta.json.Json.createObjectBuilder().build());
        assertEquals(200, scan.status(), scan.toString());
        JsonObject report = scan.json();
        assertTrue(report.getBoolean("ran"), "the server's own node holds the watch: " + report);

        browser.signOut();
        browser.signIn("cy.handler");
        int unread = Integer.parseInt(browser.text("topbar:inboxUnread"));
        assertTrue(unread >= 2, "the bell counts the unread reminders");
        browser.click("topbar:inbox");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inboxForm:messages")));
        String inbox = browser.text("inboxForm:messages");
        assertTrue(inbox.contains("已超期") && inbox.contains(subject), inbox);
        assertTrue(inbox.contains("催办"), inbox);
        browser.screenshot("supervision-inbox");
        browser.click("inboxForm:messages:0:messageCase");
        browser.wait.until(ExpectedConditions.urlContains("/app/cases/view"));
        assertEquals(String.valueOf(unread - 1), browser.text("topbar:inboxUnread"), "a message whose case was opened counts as read");
        browser.driver.get(caseUrl);
        assertTrue(browser.text("supervisionForm:orders").contains("催办"), browser.text("supervisionForm:orders"));

        browser.signOut();
        browser.signIn("qz.leader");
        browser.driver.get(caseUrl);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supervisionForm:giveOrder")));
        browser.click("supervisionForm:giveOrder");
        browser.waitForAjax();
        assertTrue(browser.text("supervisionForm:supervisionMessages").contains("督办事由"), "the reason is required: "
                + browser.text("supervisionForm:supervisionMessages"));
        browser.type("supervisionForm:orderReasonInput", "此件已超期，群众反映强烈，请区信访局于期限内办结并书面报告。");
        browser.click("supervisionForm:giveOrder");
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("supervisionForm:orders"), "督办函"));
        String orders = browser.text("supervisionForm:orders");
        assertTrue(orders.matches("(?s).*督〔\\d{4}〕\\d+号.*"), orders);
        assertTrue(browser.driver.findElement(By.id("supervisionForm:orders:0:orderLetter")).getAttribute("href").contains("/app/documents/"));
        browser.screenshot("supervision-order-given");

        browser.signOut();
        browser.signIn("cy.handler");
        browser.driver.get(caseUrl);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supervisionForm:orders:0:answerText")));
        browser.type("supervisionForm:orders:0:answerText", "已约见信访人，督促用工单位于本周内支付拖欠工资，信访人表示认可。");
        browser.click("supervisionForm:orders:0:answerOrder");
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("supervisionForm:orders:0:orderStatus"), "已书面报告"));

        browser.signOut();
        browser.signIn("qz.leader");
        browser.driver.get(caseUrl);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supervisionForm:orders:0:closeOrder")));
        browser.click("supervisionForm:orders:0:closeOrder");
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("supervisionForm:orders:0:orderStatus"), "已办结"));
        browser.screenshot("supervision-order-closed");
    }

    @Test
    void aLeaderAboveGivesACaseInChargePickingTheLeaderAndTheHandlerByName() {
        JsonObject district = Api.newUnit(Api.unitId("青州市信访局"), "包案区信访局", "COUNTY", "general");
        String clerk = Api.newPerson(Api.id(district), "CLERK", "吴秀兰");
        String leader = Api.newPerson(Api.id(district), "LEADER", "郑国华");
        String handler = Api.newPerson(Api.id(district), "HANDLER", "何俊峰");
        long matter = Api.id(Api.register(clerk, Api.newCase(Api.uniqueSubject("包案选人"))));

        browser.signIn(Api.QZ_LEADER);
        browser.driver.get(browser.base + "/app/cases/view.xhtml?id=" + matter);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ownershipForm:ownLeader")));
        List<String> leaders = options("ownershipForm:ownLeader");
        List<String> handlers = options("ownershipForm:ownHandler");
        assertTrue(leaders.contains("郑国华") && leaders.contains(displayName(Api.QZ_LEADER)), "the district's leader and the city's: " + leaders);
        assertFalse(leaders.contains("何俊峰"), "a handler leads nothing: " + leaders);
        assertEquals(java.util.Set.of("吴秀兰", "郑国华", "何俊峰"), java.util.Set.copyOf(handlers.subList(1, 4)),
                "the district's people first, after 请选择: " + handlers);
        assertTrue(handlers.contains("吴秀兰") && handlers.contains(displayName(Api.QZ_LEADER)), handlers.toString());
        assertTrue(java.util.stream.Stream.of(leaders, handlers).flatMap(List::stream)
                .noneMatch(label -> label.contains(leader) || label.contains(handler) || label.contains(Api.QZ_LEADER)),
                "people by their names, not their user names: " + leaders + handlers);
        assertFalse(browser.text("ownershipForm").contains("用户名"), "nobody types a user name");

        browser.choose("ownershipForm:ownLeader", "郑国华");
        browser.choose("ownershipForm:ownHandler", "何俊峰");
        browser.type("ownershipForm:ownTask", "两周内约见信访人，化解拖欠工资纠纷。");
        browser.typeDate("ownershipForm:ownDue_input", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(14));
        browser.click("ownershipForm:takeOwnership");
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ownershipForm:ownerships"), "进行中"));
        String table = browser.text("ownershipForm:ownerships");
        assertTrue(table.contains("郑国华") && table.contains("何俊峰"), table);
        assertFalse(table.contains(leader) || table.contains(handler), "the 包案 by names, not user names: " + table);

        JsonObject taken = Api.get(Api.QZ_LEADER, "/cases/" + matter + "/ownership").array().getJsonObject(0);
        assertEquals(leader, taken.getString("leaderUsername"), "the API keeps the user names");
        assertEquals(handler, taken.getString("handlerUsername"));

        browser.type("ownershipForm:duties:0:dutyNote", "已约见信访人，调取工资发放记录。");
        browser.click("ownershipForm:duties:0:tickDuty");
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ownershipForm:duties:0:dutyDone")));
        assertTrue(browser.text("ownershipForm:duties:0:dutyDone").contains("（" + displayName(Api.QZ_LEADER) + "）"),
                browser.text("ownershipForm:duties:0:dutyDone"));
    }

    /** The labels of a select menu's options, as the page offers them. */
    private List<String> options(String menuId) {
        return new Select(browser.driver.findElement(By.id(menuId + "_input"))).getOptions().stream()
                .map(o -> o.getAttribute("textContent").strip()).toList();
    }

    private static String displayName(String user) {
        return Api.get(user, "/me").json().getString("displayName");
    }
}
