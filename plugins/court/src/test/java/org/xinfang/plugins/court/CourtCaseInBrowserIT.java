package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.xinfang.it.ui.Browser;

/**
 * A court clerk registers a case in a real browser with the court's own fields (the original case
 * number, stage, tribunal, judge): a missing one is named at its field, the saved case shows them.
 */
@ExtendWith(ArquillianExtension.class)
public class CourtCaseInBrowserIT {

    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void courtClerkRegistersWithTheCourtsOwnFields() {
        browser.signIn("zy.clerk");
        browser.openRegistration();
        assertTrue(browser.selectedLabel("register:unit").contains("中级人民法院"), "a clerk registers in their own unit by default");
        browser.fillGeneralCase("对一审判决不服反复来访 " + UUID.randomUUID().toString().substring(0, 8), RECEIVED_ON);
        browser.type("register:court_originalCaseNumber", "（2024）京0105民初1234号");
        browser.choose("register:court_stage", "一审");
        browser.type("register:court_tribunal", "民事审判第一庭");
        browser.type("register:court_presidingJudge", "张法官");
        browser.screenshot("case-register-court");
        browser.type("register:court_originalCaseNumber", "");
        browser.saveRegistration();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:pluginForm"), "原审案号不能为空"));

        browser.type("register:court_originalCaseNumber", "（2024）京0105民初1234号");
        browser.saveRegistration();
        browser.awaitCasePage();
        assertTrue(browser.text("caseNumber").startsWith("青中法〔"), browser.text("caseNumber"));
        assertEquals("（2024）京0105民初1234号", browser.text("court_view_originalCaseNumber"));
        assertEquals("一审", browser.text("court_view_stage"));
        assertEquals("民事审判第一庭", browser.text("court_view_tribunal"));
        assertEquals("是", browser.text("court_view_litigationRelated"));
    }
}
