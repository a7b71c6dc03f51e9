package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The bureau produces a quarter's analysis in a real browser: the head opens last year's fourth quarter
 * (the demo's year), reads its figures — counted from the matters, 答复率 100% — writes the bureau's
 * notes, issues it and gets its number; and a matter's page names its first receiver.
 */
@ExtendWith(ArquillianExtension.class)
public class PersonnelQuarterlyAnalysisInBrowserIT {

    private static final String FORM = "personnel_quarters:personnel_quarters_";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void theHeadWritesTheNotesAndIssuesLastYearsFourthQuarter() {
        int lastYear = Api.today().getYear() - 1;
        browser.signIn("rs.personnel_head");
        browser.driver.get(browser.base + "/plugins/personnel/quarters.xhtml");
        browser.type(FORM + "year_input", String.valueOf(lastYear));
        browser.choose(FORM + "quarter", "第四季度");
        browser.click(FORM + "show");
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.textToBe(By.id(FORM + "label"), lastYear + "年第四季度"));
        assertEquals("26", browser.text(FORM + "letters"), "the demo year's fourth quarter: 26 letters");
        assertEquals("5", browser.text(FORM + "visits"));
        assertEquals("100.0%", browser.text(FORM + "answerRate"));
        assertTrue(browser.text("personnel_quarters:personnel_quarters_year_rows").contains(lastYear + "年第一季度"),
                "the year's four quarters side by side");

        browser.type(FORM + "notes", "四季度工资福利类来信增多，主要涉及绩效工资发放；已会同财政部门督促落实。\n明年一季度开展退休待遇政策宣讲。");
        browser.click(FORM + "save");
        browser.waitForAjax();
        assertTrue(browser.text(FORM + "messages").contains("已保存"), browser.text(FORM + "messages"));
        browser.screenshot("personnel-quarterly-analysis");

        browser.click(FORM + "issue");
        browser.click("personnel_quarters:" + "personnel_quarters_confirm_yes");
        browser.waitForAjax();
        assertTrue(browser.text(FORM + "issued").contains("信析"), browser.text(FORM + "issued"));
        assertTrue(browser.driver.findElements(By.id(FORM + "save")).isEmpty(), "the notes are closed once issued");
        browser.screenshot("personnel-quarterly-analysis-issued");
    }

    @Test
    void aMattersPageNamesItsFirstReceiver() {
        long id = Api.id(PersonnelFirstReceiverApiIT.registered(PersonnelFirstReceiverApiIT.CLERK, "VISIT", 2, "WAGES_WELFARE"));
        browser.signIn(PersonnelFirstReceiverApiIT.CLERK);
        browser.driver.get(browser.base + "/app/cases/view.xhtml?id=" + id);
        assertTrue(browser.text("personnel_first_receiver").contains("信访登记"), browser.text("personnel_first_receiver"));
        browser.chooseValue("personnel_first_form:personnel_first_choice", PersonnelFirstReceiverApiIT.SECTION);
        browser.click("personnel_first_form:personnel_first_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("personnel_first_receiver"), "承办科室"));
        browser.screenshot("personnel-first-receiver");
    }
}
