package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * One petition from the window to its conclusion in a real browser: the district clerk registers and
 * accepts it, the city's leader decides it, the petitioner's review and re-review follow with a
 * hearing, and the case ends concluded — each step through the case page's dialog, with its notice,
 * the diagram following the state and the timeline growing. A step missing its inputs is refused
 * in the dialog, naming them.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureInBrowserIT {

    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    private final StepDialog steps = new StepDialog(browser);

    @Test
    void aStepClickedAfterTheSessionEndedLeadsToSigningInAndBackToTheCase() {
        long id = Api.id(Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("会话过期后办理"))));
        browser.signIn(Api.CY_CLERK);
        String caseUrl = browser.base + "/app/cases/view.xhtml?id=" + id;
        browser.driver.get(caseUrl);
        WebElement accept = steps.button("accept");
        browser.signOut();
        // Not a click that does nothing: the sign-in page, then the case again.
        accept.click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(Api.CY_CLERK);
        browser.driver.findElement(By.id("j_password")).sendKeys(Api.passwordOf(Api.CY_CLERK));
        browser.driver.findElement(By.id("login")).click();
        browser.wait.until(ExpectedConditions.urlToBe(caseUrl));
        assertEquals("registered", steps.currentState(), "nothing was done while signed out");
    }

    @Test
    void aClerkTakesAPetitionFromTheDeskToAConclusion() {
        browser.signIn("cy.clerk");
        browser.click("menuRegister");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:save")));
        String subject = "拖欠工资从登记到终结 " + UUID.randomUUID().toString().substring(0, 8);
        browser.fillGeneralCase(subject, RECEIVED_ON);
        browser.click("register:save");
        browser.wait.until(ExpectedConditions.urlContains("/app/cases/view.xhtml"));
        String caseUrl = browser.driver.getCurrentUrl();
        assertEquals("registered", steps.currentState());
        assertTrue(browser.text("clocks").contains("登记后转送、交办或受理"), browser.text("clocks"));

        steps.take("accept");
        assertEquals("accepted", steps.currentState());
        assertTrue(browser.text("messages").contains("受理告知书"), browser.text("messages"));
        assertTrue(browser.text("clocks").contains("办理并出具处理意见"));
        browser.screenshot("case-procedure");

        browser.signOut();
        browser.signIn("qz.leader");
        browser.driver.get(caseUrl);
        steps.open("decide");
        steps.confirm();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stepForm"), "请填写处理结果"));
        assertTrue(browser.text("stepForm").contains("请填写理由或意见"), browser.text("stepForm"));
        browser.screenshot("step-dialog-refused");
        steps.pick("outcome", "不予支持");
        browser.type("stepForm:reason", "经核查，用工单位已于本月足额支付拖欠工资，信访人诉求已解决，不再支持其另行索赔的请求。");
        steps.confirmAndReload();
        assertEquals("decided", steps.currentState());

        steps.take("requestReview", "信访人不服处理意见，申请复查。");
        assertEquals("reviewing", steps.currentState());
        assertTrue(browser.text("caseUnit").contains("青州市信访局"), "a review goes to the body above: " + browser.text("caseUnit"));
        steps.take("decideReview", "不予支持", "复查认为原处理意见认定事实清楚，予以维持。");
        // A re-review goes to the body above the reviewer — in the demo tree the province's bureau, which
        // the city's leader does not see into: the province's leader takes it from there.
        steps.open("requestReReview");
        browser.type("stepForm:reason", "信访人不服复查意见，申请复核。");
        WebElement before = browser.driver.findElement(By.tagName("html"));
        steps.confirm();
        browser.awaitGone(before);
        browser.signOut();
        browser.signIn("sd.leader");
        browser.driver.get(caseUrl);
        assertTrue(browser.text("caseUnit").contains("山东省信访局"), "a re-review goes to the body above: " + browser.text("caseUnit"));
        steps.take("openHearing", "争议较大，组织听证。");
        assertEquals("hearing", steps.currentState());
        assertTrue(browser.text("clocks").contains("中止计时"), browser.text("clocks"));
        steps.take("closeHearing");
        steps.take("decideReReview", "不予支持", "复核维持复查意见，本信访事项终结。");

        assertEquals("concluded", steps.currentState());
        assertTrue(browser.text("procedure").contains("您目前没有可办理的步骤"));
        List<String> timeline = browser.driver.findElements(By.cssSelector("#timeline li")).stream()
                .map(li -> li.getAttribute("data-transition")).toList();
        assertEquals(List.of("decideReReview", "closeHearing", "openHearing", "requestReReview", "decideReview", "requestReview",
                "decide", "accept", "register"), timeline);
        browser.screenshot("case-concluded");
    }
}
