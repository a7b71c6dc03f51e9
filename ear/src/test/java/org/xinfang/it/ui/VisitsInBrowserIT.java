package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;

/**
 * The district clerk records a reception on the reception records page in a real browser: a record
 * without its leader is refused by name and nothing is listed; the complete one, registering its
 * case, is confirmed and listed, and the leader's page counts it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VisitsInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void aClerkRecordsAReceptionThatRegistersItsCase() {
        browser.signIn("cy.clerk");
        browser.click("menuVisits");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visits:save")));
        String request = "要求修复小区漏水的雨水管 " + UUID.randomUUID().toString().substring(0, 8);

        browser.type("visits:place", "区信访局接待大厅");
        browser.driver.findElement(By.cssSelector("[id='visits:createCase'] .ui-chkbox-box")).click();
        browser.type("visits:subject", "小区雨水管漏水");
        browser.pickSuggestion("visits:category", "城乡建设");
        browser.type("visits:people:0:personName", "郑阳");
        browser.type("visits:people:0:personPhone", "13522223333");
        browser.type("visits:request", request);
        browser.type("visits:instruction", "请区住建局三日内派人查看");
        browser.choose("visits:outcome", "解释说明");
        browser.click("visits:save");
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits:growl_container"), "接访领导"));
        assertFalse(browser.text("visits:list").contains(request), "the refused record was not saved");

        browser.choose("visits:leader", "朝信领导（cy.leader）");
        // The matter goes to a handler picked by name from the people who may take it, not typed as a user name.
        browser.choose("visits:outcome", "交办");
        browser.choose("visits:handler", "朝信承办人");
        browser.typeDate("visits:dueOn_input", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10));
        browser.click("visits:save");
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits:growl_container"), "接访记录已保存"));
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits:list"), request));
        assertTrue(browser.text("visits:list").contains("郑阳"), browser.text("visits:list"));
        assertFalse(browser.driver.findElements(By.cssSelector("[id='visits:handler_input'] option")).stream()
                .anyMatch(o -> o.getAttribute("textContent").contains("cy.")), "people are offered by their names");
        browser.screenshot("reception-visits");

        browser.signOut();
        browser.signIn("cy.leader");
        browser.click("menuLeader");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("leader:recent")));
        assertTrue(browser.text("leader:recent").contains(request), browser.text("leader:recent"));
        assertTrue(browser.driver.findElements(By.cssSelector(".ui-progressbar")).size() >= 4, "a progress bar per kind");
        browser.screenshot("reception-leader");
    }
}
