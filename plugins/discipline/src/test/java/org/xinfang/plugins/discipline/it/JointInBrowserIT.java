package org.xinfang.plugins.discipline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.ui.Browser;

/**
 * In a real Chromium: the office fills in the 拟办单 of a township's important report with two of the
 * eight categories, a clerk who tries to approve it is told that only a leader may, the leader approves
 * it and its number shows, gives it to a team — the team with a member from the report's township is
 * refused with the reason — and the figures page shows the demo year as the seed tells it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class JointInBrowserIT {

    private static final String FORM = "discipline_joint";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void theOfficeProposesTheLeaderApprovesAndTheFiguresAreTheSeeds() throws IOException {
        long committee = JointFiguresApiIT.cityCommittee(JointApiIT.LEADER);
        long caseId = JointApiIT.townshipReport("浏览器拟办");
        JsonObject registered = JointApiIT.registered(committee, caseId);
        String number = registered.getString("caseNumber");

        try (Browser browser = Browser.open()) {
            browser.signIn(JointApiIT.OFFICE);
            openLastYear(browser);
            browser.driver.findElement(rowButton(number, "discipline_joint_propose")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + ":discipline_joint_opinion")));
            checkCategory(browser, "基层纪检监察组织已作处理，信访人仍不服或出现重信重访的");
            checkCategory(browser, "基层纪检监察组织应回避或难以核实的问题");
            browser.type(FORM + ":discipline_joint_opinion", "基层已作处理，信访人仍不服，拟列为联查件");
            browser.screenshot("discipline-joint-proposal");
            browser.click(FORM + ":discipline_joint_submitProposal");
            browser.waitForAjax();
            assertTrue(browser.text(FORM + ":discipline_joint_messages").contains("拟办单已呈报领导审批"),
                    browser.text(FORM + ":discipline_joint_messages"));
            assertEquals("已拟办、待审批", rowText(browser, number, "discipline_joint_status"));

            browser.driver.findElement(rowButton(number, "discipline_joint_approve")).click();
            browser.waitForAjax();
            assertTrue(browser.text(FORM + ":discipline_joint_messages").contains("拟办单须由委领导审批"),
                    "a clerk is told why not: " + browser.text(FORM + ":discipline_joint_messages"));
            browser.signOut();

            browser.signIn(JointApiIT.LEADER);
            openLastYear(browser);
            browser.type(FORM + ":discipline_joint_note", "同意，交联查组交叉调查");
            browser.driver.findElement(rowButton(number, "discipline_joint_approve")).click();
            browser.waitForAjax();
            assertTrue(browser.text(FORM + ":discipline_joint_messages").contains("已同意列为联查件"),
                    browser.text(FORM + ":discipline_joint_messages"));
            assertEquals("确定为联查件", rowText(browser, number, "discipline_joint_status"));
            assertTrue(rowText(browser, number, "discipline_joint_form").contains("拟办〔"), "the form's number shows");

            // The report is 城关镇's: the first team has a member from there and is refused, the third takes it.
            String teamMenu = browser.driver.findElement(rowButton(number, "discipline_joint_teamChoice")).getAttribute("id");
            browser.choose(teamMenu, "第一联查组");
            browser.driver.findElement(rowButton(number, "discipline_joint_assign")).click();
            browser.waitForAjax();
            assertTrue(browser.text(FORM + ":discipline_joint_messages").contains("第一联查组的成员陈刚来自城关镇纪委"),
                    browser.text(FORM + ":discipline_joint_messages"));
            teamMenu = browser.driver.findElement(rowButton(number, "discipline_joint_teamChoice")).getAttribute("id");
            browser.choose(teamMenu, "第三联查组");
            browser.driver.findElement(rowButton(number, "discipline_joint_assign")).click();
            browser.waitForAjax();
            assertTrue(rowText(browser, number, "discipline_joint_team").contains("第三联查组"), "the team shows on the row");
            browser.screenshot("discipline-joint-desk");

            browser.driver.get(browser.base + "/plugins/discipline/joint-figures.xhtml");
            String row = "discipline_figures:discipline_figures_rows:0:";
            assertEquals("青州市纪委监委", browser.text(row + "discipline_figures_label"));
            assertEquals("12", browser.text(row + "discipline_figures_found"));
            assertEquals("5", browser.text(row + "discipline_figures_repeats"));
            assertEquals("9", browser.text(row + "discipline_figures_heads"));
            assertEquals("9", browser.text(row + "discipline_figures_selected"));
            assertEquals("4", browser.text(row + "discipline_figures_filed"));
            assertEquals("3", browser.text(row + "discipline_figures_concluded"));
            assertEquals("2", browser.text(row + "discipline_figures_verifying"));
            assertEquals("83,000", browser.text(row + "discipline_figures_money"));
            browser.screenshot("discipline-joint-figures");
        }
    }

    /** The desk showing last year's register, where this test works. */
    private static void openLastYear(Browser browser) {
        browser.driver.get(browser.base + "/plugins/discipline/joint.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(FORM + ":discipline_joint_year")));
        browser.type(FORM + ":discipline_joint_year", JointApiIT.LAST_YEAR);
        browser.click(FORM + ":discipline_joint_show");
        browser.waitForAjax();
    }

    /** A component in the register's row of the report numbered {@code number}. */
    private static By rowButton(String number, String id) {
        return By.xpath("//tr[.//span[contains(@id,'discipline_joint_number') and text()='" + number + "']]//*[contains(@id,':" + id + "')]");
    }

    private static String rowText(Browser browser, String number, String id) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(rowButton(number, id))).getText().strip();
    }

    private static void checkCategory(Browser browser, String label) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='discipline_joint:discipline_joint_categories']//label[text()='" + label + "']"))).click();
    }
}
