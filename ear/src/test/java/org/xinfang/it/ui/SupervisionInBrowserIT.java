package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * An overdue matter climbs the ladder in a real browser: the deadline watch urges it (催办) and tells
 * the handler in the inbox; the city's leader gives a 督办 with its numbered letter; the district's
 * handler answers in writing; only the city closes it, and the urging too once answered.
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
}
