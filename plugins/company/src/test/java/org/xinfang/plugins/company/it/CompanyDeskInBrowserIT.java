package org.xinfang.plugins.company.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.ui.Browser;
import org.xinfang.it.ui.StepDialog;

/**
 * The company's two levels in a real browser, with a company of the test's own: the desk registers a
 * complaint with its chain of responsibility, tries to send it to a unit that is not one of its
 * workshops (refused, naming it), sends it to the workshop; the workshop's head finds it in the list and
 * answers it; the desk still sees it, answered.
 */
@ExtendWith(ArquillianExtension.class)
public class CompanyDeskInBrowserIT {

    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    private final StepDialog steps = new StepDialog(browser);

    @Test
    void theDeskSendsAComplaintDownAndTheWorkshopHeadAnswersIt() {
        CompanyDeskApiIT.Company co = CompanyDeskApiIT.Company.create();
        String subject = "加班费按基本工资计发 " + UUID.randomUUID().toString().substring(0, 8);

        browser.signIn(co.desk());
        browser.openRegistration();
        browser.fillGeneralCase(subject, RECEIVED_ON);
        browser.type("register:company_workshop", "装配车间");
        browser.choose("register:company_complaintType", "加班");
        browser.type("register:company_employeeNumber", "ZP20190417");
        // Ticking 匿名 erases the number typed and disables the field; unticking opens it again, empty.
        tickAnonymous();
        WebElement number = browser.driver.findElement(By.id("register:company_employeeNumber"));
        assertEquals("", number.getAttribute("value"));
        assertFalse(number.isEnabled(), "an anonymous complaint takes no employee number");
        tickAnonymous();
        assertTrue(browser.driver.findElement(By.id("register:company_employeeNumber")).isEnabled());
        browser.type("register:company_employeeNumber", "ZP20190417");
        browser.type("register:company_firstResponsible", "高建国");
        browser.type("register:company_directResponsible", "刘振华");
        browser.type("register:company_specificResponsible", "王立新");
        browser.type("register:company_specificResponsibleSecond", "陈志强");
        browser.screenshot("company-register-chain");
        browser.saveRegistration();
        browser.awaitCasePage();
        String caseUrl = browser.driver.getCurrentUrl();
        assertEquals("高建国", browser.text("company_view_firstResponsible"));
        assertEquals("陈志强", browser.text("company_view_specificResponsibleSecond"));

        steps.open("sendToWorkshop");
        // Only this company's workshops are offered: any other unit would be refused (CompanyDeskApiIT).
        assertEquals(Set.of("", String.valueOf(co.assembly()), String.valueOf(co.casting())),
                Set.copyOf(browser.menuValues("stepForm:targetUnitId")));
        browser.chooseValue("stepForm:targetUnitId", String.valueOf(co.assembly()));
        steps.confirmAndReload();
        assertEquals("workshop_handling", steps.currentState());
        assertTrue(browser.text("clocks").contains("车间办理期限"), browser.text("clocks"));
        browser.screenshot("company-sent-down");

        browser.type("company_chain_form:company_chain_specificResponsible", "");
        browser.click("company_chain_form:company_chain_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("company_chain_form"), "责任链不能缺少：具体责任人"));
        browser.screenshot("company-chain-refused");
        browser.type("company_chain_form:company_chain_specificResponsible", "王立新");
        browser.type("company_chain_form:company_chain_specificResponsibleSecond", "赵卫国");
        browser.click("company_chain_form:company_chain_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("company_view_specificResponsibleSecond"), "赵卫国"));
        assertTrue(browser.text("messages").contains("已保存责任链"), browser.text("messages"));

        browser.signOut();
        browser.signIn(co.assemblyHead());
        browser.type("cases:text", subject);
        browser.click("cases:search");
        browser.waitForAjax();
        assertEquals("1", browser.text("cases:total"), "the workshop head finds the matter sent down in the list");
        browser.driver.findElement(By.cssSelector("[id='cases:table'] a.xf-case-link")).click();
        browser.wait.until(ExpectedConditions.urlContains("/app/cases/view.xhtml"));
        steps.open("resolveInWorkshop");
        browser.driver.findElement(By.xpath("//*[@id='stepForm:outcome']//label[normalize-space()='支持']")).click();
        browser.type("stepForm:reason", "经核对考勤，车间已按合同工资补发3至5月加班费差额，并调整班次保证休息日补休。");
        steps.confirmAndReload();
        assertEquals("decided", steps.currentState());
        browser.screenshot("company-workshop-answered");

        browser.signOut();
        browser.signIn(co.desk());
        browser.driver.get(caseUrl);
        assertEquals("decided", steps.currentState());
        assertTrue(browser.text("timeline").contains("车间办结答复"), browser.text("timeline"));
    }

    /** Clicks the 匿名 box as a user does and waits for the number field's re-render. */
    private void tickAnonymous() {
        browser.driver.findElement(By.cssSelector("[id='register:company_anonymous'] .ui-chkbox-box")).click();
        browser.waitForAjax();
    }
}
