package org.xinfang.plugins.discipline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.ui.Browser;

/**
 * A signed report in a real browser, as the city discipline committee works it: the clerk registers
 * it (the reporter's name, ID number, phone and address typed in), and from then on the page shows
 * 举报人A; the clerk assigns it to the township committee; the identity keeper opens it, is refused a
 * reveal without a reason, then reveals with one and sees who reported; the committee's leader finds
 * that reveal — who, when, why, which case — in the reveal log, and still sees only the pseudonym.
 */
@ExtendWith(ArquillianExtension.class)
public class IdentityRevealInBrowserIT {

    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "上官实名" + marker.substring(0, 3);
    private final String idNumber = "330106198807071237";
    private final String phone = "139" + String.valueOf(Math.abs(marker.hashCode()) % 100_000_000 + 100_000_000).substring(1);
    private final String address = "城关镇举报路" + (Math.abs(marker.hashCode()) % 900 + 100) + "号";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void theKeeperRevealsASignedReportersIdentityWithAReasonAndTheLeaderReadsTheReveal() {
        browser.signIn("jw.discipline_clerk");
        browser.click("menuRegister");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:save")));
        browser.fillGeneralCase("反映城关镇副镇长李某收受礼金 " + marker, RECEIVED_ON);
        browser.choose("register:channel", "来信");
        browser.type("register:content", "本人" + name + "（电话" + phone + "）实名举报城关镇副镇长李某收受礼金。");
        browser.type("register:parties:0:name", name);
        browser.type("register:parties:0:idNumber", idNumber);
        browser.type("register:parties:0:phone", phone);
        browser.type("register:parties:0:address", address);
        browser.choose("register:discipline_category", "检举");
        browser.driver.findElement(By.cssSelector("[id='register:discipline_signed'] .ui-chkbox-box")).click();
        browser.type("register:discipline_subjectName", "李某");
        browser.type("register:discipline_subjectUnit", "城关镇人民政府");
        browser.choose("register:discipline_subjectRank", "乡科级");
        browser.click("register:save");
        browser.wait.until(ExpectedConditions.urlContains("/app/cases/view.xhtml"));
        String caseUrl = browser.driver.getCurrentUrl();
        String number = browser.text("caseNumber");

        assertEquals("举报人A", browser.text("parties:0:name"));
        assertEquals("", browser.text("parties:0:idNumber"));
        assertTrue(browser.text("caseContent").contains("本人举报人A（电话举报人A）"), browser.text("caseContent"));
        assertNotShown("the clerk's case page");
        assertTrue(browser.driver.findElements(By.id("revealOpen:revealButton")).isEmpty(), "the clerk may not reveal");
        browser.screenshot("identity-sealed");

        assign();
        assertTrue(browser.text("caseUnit").contains("城关镇纪委"), browser.text("caseUnit"));
        assertNotShown("after the assignment, with its 交办函");

        browser.signOut();
        browser.signIn("jw.discipline_identity_keeper");
        browser.driver.get(caseUrl);
        assertEquals("举报人A", browser.text("parties:0:name"));
        assertNotShown("the keeper's page before the reveal");
        browser.click("revealOpen:revealButton");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revealForm:revealConfirm")));
        browser.click("revealForm:revealConfirm");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("revealForm"), "请写明查看举报人身份的理由"));
        assertNotShown("a refused reveal");
        String reason = "需电话联系举报人核实收受礼金的时间地点";
        browser.type("revealForm:revealReason", reason);
        browser.screenshot("identity-reveal-dialog");
        browser.click("revealForm:revealConfirm");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("identityBlock"), name));
        assertEquals(name, browser.text("revealedParties:0:revealedName"));
        assertEquals(idNumber, browser.text("revealedParties:0:revealedIdNumber"));
        assertEquals(phone, browser.text("revealedParties:0:revealedPhone"));
        assertTrue(browser.text("messages").contains("已揭示举报人身份"), browser.text("messages"));
        assertTrue(browser.text("history").contains("揭示举报人身份"), "the reveal is in the case's audit trail");
        assertEquals("举报人A", browser.text("parties:0:name"), "the parties table keeps the pseudonym");
        browser.screenshot("identity-revealed");

        browser.signOut();
        browser.signIn("jw.discipline_leader");
        browser.click("menuReveals");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reveals")));
        WebElement row = browser.driver.findElements(By.cssSelector("[id='reveals'] tbody tr")).stream()
                .filter(tr -> tr.getText().contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no reveal of " + number + " in " + browser.text("reveals")));
        String keeper = Api.get("jw.discipline_identity_keeper", "/me").json().getString("displayName");
        assertTrue(row.getText().contains(keeper), "the keeper who revealed, by name: " + row.getText());
        assertTrue(row.getText().contains(reason), row.getText());
        assertTrue(row.getText().contains("青州市纪委监委"), row.getText());
        browser.screenshot("identity-reveal-log");
        row.findElement(By.linkText(number)).click();
        browser.wait.until(ExpectedConditions.urlContains("/app/cases/view.xhtml"));
        assertEquals("举报人A", browser.text("parties:0:name"));
        assertNotShown("the leader's case page");
        assertTrue(browser.driver.findElements(By.id("revealOpen:revealButton")).isEmpty(), "a leader may not reveal");

        browser.signOut();
        browser.signIn("jw.discipline_clerk");
        browser.driver.get(caseUrl);
        assertFalse(browser.text("history").contains("揭示举报人身份"), "the clerk's trail does not say who looked at the reporter");
        browser.driver.get(browser.base + "/app/identity/reveals.xhtml");
        assertTrue(browser.text("refusal").contains("只有密封举报人身份的机构的领导可以查看"), browser.text("refusal"));
        assertTrue(browser.driver.findElements(By.id("menuReveals")).isEmpty(), "no menu entry for a clerk");
    }

    /** The clerk assigns the report to the township committee, with a report-back date, in the step dialog. */
    private void assign() {
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-step='assign']"))).click();
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepForm:confirm")));
        // Two units may share a name in the tree: the township committee is picked by its id, at the
        // place its option has in the menu.
        String township = String.valueOf(Api.get("jw-cg.clerk", "/me").json().getJsonArray("grants").getJsonObject(0)
                .getJsonNumber("unitId").longValue());
        browser.chooseValue("stepForm:targetUnitId", township);
        assertTrue(browser.selectedLabel("stepForm:targetUnitId").endsWith("城关镇纪委"), browser.selectedLabel("stepForm:targetUnitId"));
        // The date picker's calendar opens as the field gets focus and, on a busy machine, swallows
        // keys typed meanwhile; what the form submits is the field's text, so it is set when typing lost it.
        String due = RECEIVED_ON.plusDays(30).toString();
        browser.type("stepForm:dueDate_input", due);
        if (!due.equals(fieldValue("stepForm:dueDate_input"))) {
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('stepForm:dueDate_input').value = arguments[0];", due);
        }
        assertEquals(due, fieldValue("stepForm:dueDate_input"));
        browser.driver.findElement(By.id("stepForm:dueDate_input")).sendKeys(Keys.ESCAPE);
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.click("stepForm:confirm");
        browser.waitForAjax();
        try {
            browser.awaitGone(page);
        } catch (org.openqa.selenium.TimeoutException refused) {
            throw new AssertionError("The assignment was refused: " + browser.driver.findElement(By.id("stepForm")).getText(), refused);
        }
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caseUnit")));
    }

    private String fieldValue(String id) {
        return browser.driver.findElement(By.id(id)).getAttribute("value");
    }

    private void assertNotShown(String where) {
        String page = browser.driver.getPageSource();
        for (String secret : List.of(name, idNumber, phone, address)) {
            assertFalse(page.contains(secret), where + " shows " + secret);
        }
    }
}
