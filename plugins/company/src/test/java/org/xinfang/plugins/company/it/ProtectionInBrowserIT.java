package org.xinfang.plugins.company.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import org.xinfang.it.ui.Browser;

/**
 * Protection from retaliation in a real browser, with a company of the test's own: the desk flags a
 * matter received some months ago, finds its 3-month check due on the list of checks, records the
 * check (refused first without a finding) and sees it done on the matter's page.
 */
@ExtendWith(ArquillianExtension.class)
public class ProtectionInBrowserIT {

    private static final String FLAG = "company_protection_flag";
    private static final String CHECK = "company_protection_check";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void theDeskFlagsAMatterAndRecordsTheFollowUpCheckWhenItIsDue() {
        CompanyDeskApiIT.Company co = CompanyDeskApiIT.Company.create();
        long id = ProtectionApiIT.matter(co, 3);
        String number = Api.get(co.desk(), "/cases/" + id).json().getString("number");
        LocalDate since = Api.today().minusMonths(3).minusDays(2);

        browser.signIn(co.desk());
        browser.driver.get(Deployments.baseUrl() + "/app/cases/view.xhtml?id=" + id);
        assertEquals("未设打击报复保护", browser.text("company_protection_none"));
        browser.type(FLAG + ":" + FLAG + "_reason", "反映人反映车间主任克扣绩效，担心在岗位调整和年度考核中受到打击报复");
        browser.typeDate(FLAG + ":" + FLAG + "_since_input", since);
        browser.click(FLAG + ":" + FLAG + "_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("company_protection_status"), "保护中"));
        assertTrue(browser.text("company_protection_schedule").contains("已到期，待回访"), browser.text("company_protection_schedule"));
        String flaggedBy = Api.get(Api.ADMIN, "/admin/users/" + co.desk()).json().getString("displayName");
        assertTrue(browser.text("company_protection_reason").endsWith("（" + flaggedBy + "）"), "named as people know them: "
                + browser.text("company_protection_reason"));
        browser.screenshot("company-protection-flagged");

        browser.driver.get(Deployments.baseUrl() + "/plugins/company/protection.xhtml");
        String due = browser.text("company_protection_due");
        assertTrue(due.contains(number) && due.contains(since.plusMonths(3).toString()) && due.contains("已到期，待回访"), due);
        browser.screenshot("company-protection-due");

        browser.driver.findElement(By.linkText(number)).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(CHECK + ":" + CHECK + "_save")));
        browser.type(CHECK + ":" + CHECK + "_checkedBy", "公司工会 李红");
        browser.type(CHECK + ":" + CHECK + "_note", "与本人及班组长谈话，核对了工资条、岗位和季度考核结果");
        browser.click(CHECK + ":" + CHECK + "_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(CHECK), "请选择回访结论"));
        assertTrue(browser.text("company_protection_checks").contains("尚无回访记录"), "nothing saved");

        browser.driver.findElement(By.xpath("//*[@id='" + CHECK + ":" + CHECK + "_finding']//label[normalize-space()='未发现打击报复']")).click();
        browser.click(CHECK + ":" + CHECK + "_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("company_protection_saved"), "已保存回访记录"));
        String checks = browser.text("company_protection_checks");
        assertTrue(checks.contains("公司工会 李红") && checks.contains("未发现打击报复"), checks);
        String schedule = browser.text("company_protection_schedule");
        assertTrue(schedule.contains("已回访（" + Api.today() + "）"), schedule);
        assertFalse(schedule.contains("已到期，待回访"), schedule);
        browser.screenshot("company-protection-checked");

        // Saved by a redirect to the matter's own address: reloading reads it again, it records no second check.
        assertTrue(browser.driver.getCurrentUrl().contains("id="), browser.driver.getCurrentUrl());
        browser.driver.navigate().refresh();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("company_protection_checks")));
        assertEquals(1, browser.text("company_protection_checks").split("公司工会 李红", -1).length - 1, browser.text("company_protection_checks"));
        assertTrue(browser.driver.findElements(By.id("company_protection_saved")).isEmpty(), "said once, not again on reloading");
    }
}
