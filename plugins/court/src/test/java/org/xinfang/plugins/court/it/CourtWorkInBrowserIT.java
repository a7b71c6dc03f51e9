package org.xinfang.plugins.court.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
 * The demo court's leader at work in a real browser: the Friday reception day lists a marked matter
 * with the vice-president in charge of its division (the demo's setting), the matter's page shows the
 * other matters of its lawsuit, and the reception held and a post-judgment answer are recorded there —
 * a record missing what was said is refused at the form. The screenshots illustrate the guide's chapter 4.
 */
@ExtendWith(ArquillianExtension.class)
public class CourtWorkInBrowserIT {

    /** The demo's matter about this judgment (韩素芳's fourth visit): the lawsuit panel shows it. */
    private static final String DEMO_LAWSUIT = "（2023）青07民终1876号";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void theCourtLeaderReceivesAMarkedMatterOnTheReceptionDayAndAnswersAfterJudgment() {
        // Received eight days ago: the page fills in last Friday as the reception day, which must come after it.
        JsonObject matter = Api.register("zy.court_reception", Api.newCase(Api.uniqueSubject("上访老户再次来访要求院领导接待"))
                .add("receivedOn", Api.today().minusDays(8).toString())
                .add("form", Api.courtForm(DEMO_LAWSUIT).add("tribunal", "民事审判第一庭").add("presidingJudge", "周明远")
                        .add("repeatVisit", true).add("longStandingPetitioner", true)));
        String number = matter.getString("number");

        browser.signIn("zy.court_leader");
        browser.driver.get(browser.base + "/plugins/court/reception-day.xhtml");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("court_day_form:court_day_items"), number));
        String agenda = browser.text("court_day_form:court_day_items");
        assertTrue(agenda.contains("王建国（分管民事副院长）"), agenda);
        assertTrue(agenda.contains("重复访、上访老户"), agenda);
        assertTrue(browser.text("court_divisions").contains("行政审判庭"), "the divisions' vice-presidents are listed");
        browser.screenshot("court-reception-day");
        browser.typeDate("court_day_form:court_day_input", "2026-02-30");
        browser.click("court_day_form:court_day_show");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("court_day_form:court_day_message"), "不是有效的日期"));

        browser.driver.findElement(By.linkText(number)).click();
        browser.awaitCasePage();
        assertEquals("重复访、上访老户", browser.text("court_view_markers"));
        assertTrue(browser.text("court_lawsuit").contains("二审"), "the demo's matter about the same judgment, with its stage");
        assertEquals("王建国（分管民事副院长）", browser.driver.findElement(By.id("court_reception_form:court_reception_vicePresident"))
                .getAttribute("value"), "the vice-president in charge is filled in");

        browser.type("court_reception_form:court_reception_divisionHead", "刘庭长");
        browser.type("court_reception_form:court_reception_statement", "信访人认为二审未采信付款收据，第五次来访，要求院领导亲自接待。");
        browser.type("court_reception_form:court_reception_decision", "承办法官当面释明证据认定理由；坚持认为判决错误的，引导其依法申请再审。");
        browser.click("court_reception_form:court_reception_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("court_receptions"), "刘庭长"));
        assertTrue(browser.text("court_reception_form:court_reception_messages").contains("已记录院长接待"));

        browser.click("court_reception_form:court_reception_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("court_reception_form:court_reception_messages"),
                "信访人反映的问题不能为空"));
        browser.screenshot("court-reception-record");

        browser.type("court_answer_form:court_answer_question", "二审为何不采信我提交的付款收据？");
        browser.type("court_answer_form:court_answer_answer", "收据无对方签章且与银行流水不符，二审判决第二部分已说明不予采信的理由。");
        browser.click("court_answer_form:court_answer_save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("court_answers"), "付款收据"));
        assertTrue(browser.text("court_answers").contains("周明远"), "the judge who tried it answered");
        browser.screenshot("court-judgment-answer");
    }
}
