package org.xinfang.plugins.discipline.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.Map;
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
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;
import org.xinfang.it.ui.Browser;

/**
 * An anonymous report on the petition portal at a phone's width (390 × 844): the commission's form on the
 * page, no name or phone asked, the code given; the commission answers and the reporter reads it with the
 * code alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PortalReportInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    private void submit() {
        browser.click("petition:submit");
        try {
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt_code")));
        } catch (org.openqa.selenium.TimeoutException noReceipt) {
            throw new AssertionError("no receipt; the page says: " + browser.driver.findElement(By.tagName("main")).getText(), noReceipt);
        }
    }

    @Test
    void anAnonymousReportIsFollowedWithItsCodeAlone() {
        browser.asPhone();
        String subject = Api.uniqueSubject("匿名举报村主任侵占补偿款");
        browser.driver.get(browser.base + "/public/petition.xhtml");
        browser.choose("petition:unit", "城关镇纪委");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("petition:discipline_category")));
        assertTrue(browser.text("petition:identity").contains("匿名"), "a report is anonymous until signed: " + browser.text("petition:identity"));
        browser.choose("petition:category", "纪检监察");
        browser.type("petition:subject", subject);
        browser.type("petition:content", "某村主任侵占征地补偿款，村民多次反映无果。");
        browser.choose("petition:discipline_category", "检举");
        browser.type("petition:discipline_subjectName", "赵某");
        browser.type("petition:discipline_subjectUnit", "城关镇某村村民委员会");
        browser.type("petition:discipline_subjectPost", "村主任");
        browser.choose("petition:discipline_subjectRank", "村级");
        browser.assertFitsWidth();
        browser.screenshot("portal-report");
        submit();
        String code = browser.text("receipt_code");

        long id = Api.get(Api.JW_CG_CLERK, Api.casesWhere(Map.of("q", subject))).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Answer answered = Api.post(Api.JW_CG_CLERK, "/cases/" + id + "/receipt/answers",
                Json.createObjectBuilder().add("text", "您反映的问题已收悉，正在核实。").build());
        assertEquals(201, answered.status(), answered::toString);

        browser.driver.get(browser.base + "/public/follow.xhtml");
        browser.type("follow:code", code);
        browser.click("follow:open");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matter")));
        assertTrue(browser.text("matter").contains("您反映的问题已收悉，正在核实。"), browser.text("matter"));
        browser.assertFitsWidth();
        browser.screenshot("portal-report-follow");
    }

}
