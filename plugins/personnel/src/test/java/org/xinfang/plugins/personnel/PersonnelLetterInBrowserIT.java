package org.xinfang.plugins.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebElement;
import org.xinfang.it.Deployments;
import org.xinfang.it.ui.Browser;
import org.xinfang.it.ui.StepDialog;

/**
 * A letter to the head of the personnel bureau in a real browser, from the registering clerk to the
 * section's written answer: the clerk finds accepting blocked until the head has annotated it, the
 * deputy in charge adds an instruction, the clerk accepts it for the bureau's own section, and the
 * section's handler decides it — the matter never leaves the bureau.
 */
@ExtendWith(ArquillianExtension.class)
public class PersonnelLetterInBrowserIT {

    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    private final StepDialog steps = new StepDialog(browser);

    @Test
    void aLetterToTheHeadGoesThroughTheHeadTheDeputyAndTheSection() {
        browser.signIn("rs.personnel_clerk");
        browser.openRegistration();
        browser.fillGeneralCase("致局长信：退休费核定少计工龄 " + UUID.randomUUID().toString().substring(0, 8), RECEIVED_ON);
        browser.choose("register:personnel_businessCategory", "退休");
        browser.driver.findElement(org.openqa.selenium.By.cssSelector("[id='register:personnel_addressedToHead'] .ui-chkbox-box")).click();
        browser.saveRegistration();
        browser.awaitCasePage();
        String caseUrl = browser.driver.getCurrentUrl();
        assertEquals("工资福利科", browser.text("personnel_view_section"));
        assertEquals("是", browser.text("personnel_view_addressedToHead"));

        WebElement accept = steps.present("accept");
        assertFalse(accept.isEnabled(), "the clerk cannot accept a letter the head has not read");
        assertTrue(browser.text("procedure").contains("这是致局长信，须先由局长阅批"), browser.text("procedure"));
        browser.screenshot("personnel-letter-awaits-head");

        browser.signOut();
        browser.signIn("rs.personnel_head");
        browser.driver.get(caseUrl);
        steps.take("annotate", "请工资福利科核实视同缴费年限认定情况，15日内报分管领导。");
        assertEquals("annotated", steps.currentState());

        browser.signOut();
        browser.signIn("rs.personnel_deputy");
        browser.driver.get(caseUrl);
        steps.take("deputyInstruct", "同意局长批示，工资福利科抓紧核实办理。");
        assertEquals("deputy_instructed", steps.currentState());

        browser.signOut();
        browser.signIn("rs.personnel_clerk");
        browser.driver.get(caseUrl);
        steps.take("acceptForSection");
        assertEquals("accepted", steps.currentState());
        assertTrue(browser.text("messages").contains("受理告知书"), browser.text("messages"));
        assertTrue(browser.text("caseUnit").contains("青州市人事局"), "the matter stays at the bureau: " + browser.text("caseUnit"));
        browser.screenshot("personnel-accepted-for-section");

        browser.signOut();
        browser.signIn("rs.personnel_handler");
        browser.driver.get(caseUrl);
        steps.take("decide", "支持", "经核实，1981年至1984年乡农机站工作经历应认定为视同缴费年限，自下月起重新核定并补发。");
        assertEquals("decided", steps.currentState());
        assertTrue(browser.text("timeline").contains("分管领导阅示"), browser.text("timeline"));
    }
}
