package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * The home page (工作台) shows a clerk's and a leader's day with real matters: one overdue (received
 * twenty days ago, the fifteen days to forward or accept are past), one due today (on a day off: the
 * next working day), one due within days, a 督办 from the city to answer, a 包案 of the leader — each
 * by its number, linked to its page, with counts; and the clerk of another district sees none of them.
 * At a laptop's width and a phone's, where the cards stand in one column and nothing sticks out; and the
 * same day over the API ({@code GET /api/v1/me/agenda}).
 *
 * <p>With {@code -Dxinfang.screenshots} the pages are saved to {@code docs/guide/img/} for the guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageInBrowserIT {

    private static JsonObject overdue;
    private static JsonObject dueToday;
    private static JsonObject dueSoon;
    private static JsonObject elsewhere;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @BeforeAll
    static void matters() {
        LocalDate today = Api.today();
        overdue = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("工作台超期来访")).add("receivedOn", today.minusDays(20).toString()));
        dueToday = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("工作台今日到期")).add("receivedOn", today.minusDays(15).toString()));
        dueSoon = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("工作台即将到期")).add("receivedOn", today.minusDays(13).toString()));
        elsewhere = Api.register(Api.DC_CLERK, Api.newCase(Api.uniqueSubject("工作台东城区超期")).add("receivedOn", today.minusDays(20).toString()));

        Api.Answer order = Api.post(Api.QZ_LEADER, "/cases/" + id(overdue) + "/supervision/orders",
                Json.createObjectBuilder().add("kind", "SUPERVISION").add("reason", "此件已超期，请朝阳区于期限内办结并书面报告。").build());
        assertEquals(201, order.status(), order.toString());
        Api.Answer owned = Api.post(Api.CY_LEADER, "/cases/" + id(dueSoon) + "/ownership", Json.createObjectBuilder()
                .add("handlerUsername", "cy.handler").add("task", "两周内化解工资纠纷").add("dueOn", today.plusDays(14).toString()).build());
        assertEquals(201, owned.status(), owned.toString());
    }

    @Test
    void aClerkSeesTheDaysMattersByNumberWithTheirDeadlinesAndOpensOne() {
        try (Browser browser = Browser.laptop()) {
            browser.signIn(Api.CY_CLERK);
            browser.driver.get(browser.base + "/");
            browser.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
            String greeting = browser.text("greeting");
            assertTrue(greeting.startsWith(display(Api.CY_CLERK) + "，今天是"), "the clerk is greeted by name: " + greeting);

            assertListed(browser, "overdue", overdue);
            assertTrue(browser.text("overdue").contains("超期"), "the days overdue are said: " + browser.text("overdue"));
            String fifteenDays = greeting.contains("（工作日）") ? "dueToday" : "dueSoon";
            assertListed(browser, fifteenDays, dueToday);
            assertListed(browser, "dueSoon", dueSoon);
            assertTrue(browser.text("dueSoon").contains("剩"), browser.text("dueSoon"));
            assertTrue(browser.text("dueSoon").contains("工作日"), "the soon window is counted in working days: " + browser.text("dueSoon"));
            assertTrue(count(browser, "waiting") >= 3, "the registered matters wait for the clerk's step: " + browser.text("waiting"));
            assertListed(browser, "orders", overdue);
            assertTrue(browser.text("orders").contains("督"), browser.text("orders"));
            assertTrue(browser.text("zeroReport").contains("青州市朝阳区信访局"), browser.text("zeroReport"));
            assertTrue(browser.driver.findElements(By.id("figures")).isEmpty(), "the figures are the leaders'");
            assertTrue(browser.driver.findElements(By.id("owned")).isEmpty(), "包案 is the leaders'");
            assertFalse(browser.driver.getPageSource().contains(elsewhere.getString("number")), "another district's matter is not here");
            browser.screenshot("home-clerk");

            browser.driver.findElement(By.cssSelector("#overdue a[href*='id=" + id(overdue) + "']")).click();
            browser.wait.until(ExpectedConditions.urlContains("/app/cases/view.xhtml"));
            assertTrue(browser.driver.getPageSource().contains(overdue.getString("number")));
            browser.click("menuHome");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
            browser.driver.findElement(By.cssSelector(".xf-brand")).click();
            browser.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        }
    }

    @Test
    void aLeaderAlsoSeesTheirOwnedCasesTheUnitsOverdueMattersAndTheFigures() {
        try (Browser browser = Browser.laptop()) {
            browser.signIn(Api.CY_LEADER);
            browser.driver.get(browser.base + "/app/home.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
            for (String figure : List.of("figureOpen", "figureOverdue", "figureConcluded", "figureReceived")) {
                assertTrue(browser.text(figure).matches("\\d+"), figure + ": " + browser.text(figure));
            }
            assertTrue(Long.parseLong(browser.text("figureOverdue")) >= 1, "the overdue matter counts");
            assertTrue(Long.parseLong(browser.text("figureReceived")) >= 0);
            assertListed(browser, "owned", dueSoon);
            assertListed(browser, "unitsOverdue", overdue);
            assertTrue(browser.text("unitsOverdue").contains("青州市朝阳区信访局"), "counted per unit: " + browser.text("unitsOverdue"));
            assertFalse(browser.driver.getPageSource().contains(elsewhere.getString("number")), "another district's matter is not here");
            // The leader's page is longer than a laptop's screen: the guide's picture shows all of it.
            browser.emulate(1366, 1700, false);
            browser.screenshot("home-leader");
        }
    }

    @Test
    void theClerkOfAnotherDistrictSeesOnlyTheirOwn() {
        try (Browser browser = Browser.laptop()) {
            browser.signIn(Api.DC_CLERK);
            browser.driver.get(browser.base + "/app/home.xhtml");
            assertListed(browser, "overdue", elsewhere);
            String page = browser.driver.getPageSource();
            for (JsonObject ours : List.of(overdue, dueToday, dueSoon)) {
                assertFalse(page.contains(ours.getString("number")), "朝阳区's " + ours.getString("number") + " is not shown to 东城区");
            }
        }
    }

    @Test
    void onAPhoneTheCardsStandInOneColumnAndNothingSticksOut() {
        for (String user : List.of(Api.CY_CLERK, Api.CY_LEADER)) {
            try (Browser browser = Browser.phone()) {
                browser.signIn(user);
                browser.driver.get(browser.base + "/app/home.xhtml");
                browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overdue")));
                assertEquals(390, browser.viewportWidth());
                WebElement first = browser.driver.findElement(By.id("overdue"));
                WebElement second = browser.driver.findElement(By.id("unread"));
                assertEquals(first.getLocation().getX(), second.getLocation().getX(), "one column: the cards start at the same left edge");
                assertListed(browser, "overdue", overdue);
                browser.assertFitsWidth();
            }
        }
    }

    @Test
    void theSameDayAnswersOverTheApiScopedToTheCaller() {
        Api.Answer clerk = Api.get(Api.CY_CLERK, "/me/agenda");
        assertEquals(200, clerk.status(), clerk.toString());
        JsonObject day = clerk.json();
        assertTrue(numbers(day.getJsonObject("overdue")).contains(overdue.getString("number")), day.toString());
        assertTrue(day.getJsonObject("overdue").getJsonArray("rows").getJsonObject(0).getJsonObject("nextDeadline").getJsonNumber("daysLeft")
                .longValue() < 0, "an overdue row says by how much");
        assertTrue(day.getJsonObject("orders").getJsonNumber("total").longValue() >= 1, day.getJsonObject("orders").toString());
        assertTrue(day.isNull("figures") && day.isNull("owned"), "the leaders' panels are null for a clerk");
        assertFalse(clerk.body().contains(elsewhere.getString("number")), "another district's matter is not in the clerk's day");

        JsonObject leader = Api.get(Api.CY_LEADER, "/me/agenda").json();
        assertTrue(leader.getJsonObject("figures").getJsonNumber("overdue").longValue() >= 1, leader.toString());
        assertTrue(numbers(leader.getJsonObject("unitsOverdue")).contains(overdue.getString("number")), leader.toString());
        assertTrue(leader.getJsonObject("owned").getJsonArray("rows").stream()
                .anyMatch(r -> r.asJsonObject().getString("caseNumber").equals(dueSoon.getString("number"))), leader.toString());

        Api.Answer other = Api.get(Api.DC_CLERK, "/me/agenda");
        assertEquals(200, other.status());
        for (JsonObject ours : List.of(overdue, dueToday, dueSoon)) {
            assertFalse(other.body().contains(ours.getString("number")), "朝阳区's matter is not in 东城区's day");
        }
        assertEquals(401, Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.url("/me/agenda"))).GET()).status(),
                "no day without signing in");
    }

    private static List<String> numbers(JsonObject panel) {
        return panel.getJsonArray("rows").stream().map(r -> r.asJsonObject().getString("number")).toList();
    }

    /** The panel lists the matter by its number, linked to its page, and counts at least one. */
    private static void assertListed(Browser browser, String panel, JsonObject matter) {
        String text = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(panel))).getText();
        assertTrue(text.contains(matter.getString("number")), panel + " lists " + matter.getString("number") + ": " + text);
        List<WebElement> links = browser.driver.findElements(By.cssSelector("#" + panel + " a[href*='/app/cases/view.xhtml?id=" + id(matter) + "']"));
        assertFalse(links.isEmpty(), panel + " links " + matter.getString("number") + " to its page");
        assertEquals(matter.getString("number"), links.get(0).getText());
        assertTrue(count(browser, panel) >= 1, panel + " counts it");
    }

    private static long count(Browser browser, String panel) {
        return Long.parseLong(browser.driver.findElement(By.cssSelector("#" + panel + " .xf-home-count")).getText().trim());
    }

    private static long id(JsonObject matter) {
        return matter.getJsonNumber("id").longValue();
    }

    private static String display(String user) {
        return Api.get(user, "/me").json().getString("displayName");
    }
}
