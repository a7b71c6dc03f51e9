package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;

/**
 * A leader's reception at the district desk in a real browser: the clerk publishes a weekly rule,
 * finds its session on the month calendar, books a petitioner on it, edits the rule, and records the
 * reception from the booking, registering its case; a booking with too many representatives is
 * refused by name; the public page shows the session without the booking.
 *
 * <p>With {@code -Dxinfang.screenshots} the pages are saved to {@code docs/guide/img/} for the guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser chromium = Browser.open();

    @Test
    void theClerkPublishesARuleBooksOnTheCalendarEditsTheRuleAndRecordsTheReception() {
        String leader = "郭" + UUID.randomUUID().toString().substring(0, 4);
        String petitioner = "宋" + UUID.randomUUID().toString().substring(0, 4);
        chromium.signIn("cy.clerk");
        chromium.click("menuReception");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rota:leaderName")));

        chromium.type("rota:leaderName", leader);
        chromium.type("rota:leaderTitle", "副区长");
        chromium.type("rota:responsibilities", "分管住建、信访");
        chromium.type("rota:place", "区信访接待中心一号接待室");
        chromium.type("rota:topics", "物业管理、拆迁安置");
        chromium.type("rota:capacity_input", "3");
        chromium.typeDate("rota:startsOn_input", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1));
        chromium.click("rota:addRule");
        chromium.waitForAjax();
        assertTrue(chromium.text("rota:messages").contains("排班已保存"), chromium.text("rota:messages"));
        assertTrue(chromium.text("rota:rules").contains(leader), chromium.text("rota:rules"));

        chromium.driver.findElement(By.xpath("//*[@id='rota:display']//*[text()='日历']")).click();
        chromium.waitForAjax();
        WebElement session = sessionOnCalendar(leader);
        assertTrue(session.getText().contains("已约 0/3"), session.getText());
        chromium.screenshot("reception-calendar");
        session.click();
        chromium.waitForAjax();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rota:petitionerName")));

        chromium.type("rota:petitionerName", petitioner);
        chromium.type("rota:phone", "13912340000");
        chromium.type("rota:matter", "小区物业违规收取停车费");
        chromium.type("rota:headCount_input", "6");
        chromium.click("rota:book");
        chromium.waitForAjax();
        assertTrue(chromium.text("rota:messages").contains("代表不超过 5 人"), chromium.text("rota:messages"));

        chromium.type("rota:headCount_input", "2");
        chromium.click("rota:book");
        chromium.waitForAjax();
        assertTrue(chromium.text("rota:messages").contains("已为 " + petitioner + " 登记预约"), chromium.text("rota:messages"));
        assertTrue(chromium.text("rota:appointments").contains("139****0000"), chromium.text("rota:appointments"));
        chromium.screenshot("reception-rota");

        WebElement rule = chromium.driver.findElement(By.xpath("//*[@id='rota:rules']//tr[.//text()[contains(., '" + leader + "')]]"));
        rule.findElement(By.cssSelector("button[id$=':edit']")).click();
        chromium.waitForAjax();
        chromium.type("rota:capacity_input", "5");
        chromium.click("rota:addRule");
        chromium.waitForAjax();
        assertTrue(chromium.text("rota:messages").contains("排班已修改"), chromium.text("rota:messages"));
        assertTrue(sessionOnCalendar(leader).getText().contains("已约 1/5"), "the calendar shows the new capacity");

        // The leader received them: the booking's link opens the reception record filled in from it.
        WebElement booking = chromium.driver.findElement(By.xpath("//*[@id='rota:appointments']//tr[.//text()[contains(., '" + petitioner + "')]]"));
        booking.findElement(By.cssSelector("a[id$=':record']")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visits:fromAppointment")));
        assertTrue(chromium.driver.findElement(By.id("visits:people:0:personName")).getAttribute("value").equals(petitioner),
                "the petitioner comes from the booking");
        chromium.choose("visits:leader", "朝信领导（cy.leader）");
        assertTrue(chromium.driver.findElement(By.cssSelector("[id='visits:createCase'] .ui-chkbox-box")).getAttribute("class").contains("ui-state-active"),
                "a booking without a case registers one with the record");
        chromium.type("visits:subject", "小区物业违规收取停车费");
        chromium.pickSuggestion("visits:category", "城乡建设");
        chromium.type("visits:instruction", "请区住建局核查收费依据，十个工作日内答复");
        chromium.choose("visits:outcome", "解释说明");
        chromium.click("visits:save");
        chromium.waitForAjax();
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits:growl_container"), "不能晚于今天"));
        // The session is days ahead; the leader received them today, before it.
        chromium.typeDate("visits:heldOn_input", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        chromium.click("visits:save");
        chromium.waitForAjax();
        String saved = chromium.text("visits:growl_container");
        assertTrue(saved.contains("接访记录已保存"), saved);
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits:list"), petitioner));

        chromium.driver.get(Deployments.baseUrl() + "/app/reception/rota.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rota:rules")));
        chromium.driver.findElement(By.xpath("//*[@id='rota:display']//*[text()='日历']")).click();
        chromium.waitForAjax();
        sessionOnCalendar(leader).click();
        chromium.waitForAjax();
        assertTrue(!chromium.text("rota:appointments").contains(petitioner), "received, the booking leaves the session's open bookings");

        chromium.driver.get(Deployments.baseUrl() + "/public/reception.xhtml");
        String published = chromium.driver.findElement(By.tagName("body")).getText();
        assertTrue(published.contains(leader) && published.contains("区信访接待中心一号接待室"), "the public page lists the session");
        assertTrue(!published.contains(petitioner) && !published.contains("0000"), "but never the booking");
    }

    /** The rule's first session on the month calendar, paging to the next month when it falls there. */
    private WebElement sessionOnCalendar(String leader) {
        By event = By.xpath("//*[@id='rota:calendar']//*[contains(@class, 'fc-event')][.//text()[contains(., '" + leader + "')]]");
        for (int page = 0; page < 2; page++) {
            List<WebElement> found = chromium.driver.findElements(event);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            chromium.driver.findElement(By.cssSelector("#rota\\:calendar .fc-next-button")).click();
            chromium.waitForAjax();
        }
        return chromium.wait.until(ExpectedConditions.elementToBeClickable(event));
    }
}
