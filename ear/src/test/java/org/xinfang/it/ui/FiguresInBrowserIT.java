package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinfang.it.api.Api.id;
import static org.xinfang.it.api.CaseSteps.none;
import static org.xinfang.it.api.CaseSteps.opinion;
import static org.xinfang.it.api.CaseSteps.taken;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * A city leader's dashboard in Chromium: the period chosen, the rates of the county below as cards
 * worked out by hand, the charts drawn, a card's figure opening the matters behind it with links to
 * them, the county's line in the table by unit; and the same page on a phone, fitting its width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aCityLeaderCountsThePeriodReadsTheChartsAndOpensTheMattersBehindAFigure() {
        JsonObject city = Api.newUnit(null, "看板测试市信访局", "CITY", "general");
        JsonObject county = Api.newUnit(id(city), "看板测试区信访局", "COUNTY", "general");
        String leader = Api.newPerson(id(city), "LEADER");
        String clerk = Api.newPerson(id(county), "CLERK");
        String countyLeader = Api.newPerson(id(county), "LEADER");
        LocalDate today = Api.today();
        JsonObject late = Api.register(clerk, Api.newCase(Api.uniqueSubject("看板逾期受理")).add("receivedOn", today.minusDays(25).toString()));
        taken(clerk, id(late), "accept", none());
        taken(countyLeader, id(late), "decide", opinion("SUPPORT", "经核查，诉求合理，予以支持。"));
        JsonObject onTime = Api.register(clerk, Api.newCase(Api.uniqueSubject("看板按时受理")));
        taken(clerk, id(onTime), "accept", none());

        try (Browser browser = Browser.laptop()) {
            browser.signIn(leader);
            browser.click("menuFigures");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("figures:show")));
            browser.typeDate("figures:from_input", today.minusDays(40));
            browser.typeDate("figures:to_input", today);
            browser.click("figures:show");
            browser.waitForAjax();

            assertTrue(browser.text("figures:scope").contains("共收到 2 件"), browser.text("figures:scope"));
            WebElement timely = card(browser, "及时受理率");
            assertEquals("50.0%", timely.findElement(By.className("xf-figure-percent")).getText());
            assertEquals("100.0%", card(browser, "按期办结率").findElement(By.className("xf-figure-percent")).getText());
            assertEquals("50.0%", card(browser, "办结率").findElement(By.className("xf-figure-percent")).getText());
            assertEquals("—", card(browser, "满意率").findElement(By.className("xf-figure-percent")).getText(), "nothing rated: nothing to divide");
            for (String chart : List.of("figures:trend", "figures:unitsChart", "figures:categories")) {
                assertEquals(1, browser.driver.findElements(By.cssSelector("[id='" + chart + "'] canvas")).size(), chart + " is drawn");
            }
            String units = browser.text("figures:byUnit");
            assertTrue(units.contains(county.getString("name")), units);
            String assessment = browser.text("figures:assessment");
            assertTrue(assessment.contains(county.getString("name")) && assessment.contains("及时受理与按期办结（30）"), assessment);
            assertTrue(browser.driver.findElements(By.id("figures:closeAssessment")).isEmpty(), "only an administrator closes a period");

            timely.findElement(By.className("xf-figure-all")).click();
            browser.waitForAjax();
            WebElement dialog = new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("behindDialog")));
            assertTrue(dialog.getText().contains("共 2 件"), dialog.getText());
            assertTrue(dialog.getText().contains(late.getString("number")) && dialog.getText().contains(onTime.getString("number")), dialog.getText());
            assertEquals(2, dialog.findElements(By.cssSelector("a.xf-case-link")).size());

            browser.driver.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
            browser.typeDate("figures:from_input", today);
            browser.typeDate("figures:to_input", today.minusDays(40));
            browser.click("figures:show");
            browser.waitForAjax();
            String refused = browser.text("figures:messages");
            assertTrue(refused.contains("晚于截止日期"), "the refusal is said at once: " + refused);
            assertEquals(refused.indexOf("晚于截止日期"), refused.lastIndexOf("晚于截止日期"), "once: " + refused);
            assertTrue(browser.driver.findElements(By.id("figures:scope")).isEmpty(), "and nothing is counted for it");

            browser.asPhone();
            browser.driver.navigate().refresh();
            browser.waitForAjax();
            browser.assertFitsWidth();
            browser.assertNothingBlocked();
        }
    }

    private static WebElement card(Browser browser, String rate) {
        return browser.driver.findElements(By.className("xf-figure-card")).stream()
                .filter(c -> c.findElement(By.className("xf-figure-name")).getText().equals(rate)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + rate));
    }
}
