package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private static JsonObject below;

    /** The people of a district of the test's own, and the clerk of a neighbouring one. */
    private static String clerk;
    private static String leader;
    private static String neighbour;
    private static String districtName;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /**
     * Two districts of the test's own under the demo city, so that the panels' first rows are this
     * test's matters whatever the suite registered before it in the demo's districts.
     */
    @BeforeAll
    static void matters() {
        long city = Api.get(Api.ADMIN, "/admin/units").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("name").equals("青州市信访局")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject district = Api.newUnit(city, "工作台区信访局", "COUNTY", "general");
        districtName = district.getString("name");
        clerk = Api.newPerson(id(district), "CLERK", "林晓静");
        leader = Api.newPerson(id(district), "LEADER", "周文斌");
        String handler = Api.newPerson(id(district), "HANDLER", "陈立新");
        neighbour = Api.newPerson(id(Api.newUnit(city, "工作台邻区信访局", "COUNTY", "general")), "CLERK", "赵海燕");

        LocalDate today = Api.today();
        overdue = Api.register(clerk, Api.newCase(Api.uniqueSubject("工作台超期来访")).add("receivedOn", today.minusDays(20).toString()));
        dueToday = Api.register(clerk, Api.newCase(Api.uniqueSubject("工作台今日到期")).add("receivedOn", today.minusDays(15).toString()));
        dueSoon = Api.register(clerk, Api.newCase(Api.uniqueSubject("工作台即将到期")).add("receivedOn", today.minusDays(13).toString()));
        elsewhere = Api.register(neighbour, Api.newCase(Api.uniqueSubject("工作台邻区超期")).add("receivedOn", today.minusDays(20).toString()));
        String townshipClerk = Api.newPerson(id(Api.newUnit(id(district), "工作台镇信访办", "TOWNSHIP", "general")), "CLERK", "吴春梅");
        below = Api.register(townshipClerk, Api.newCase(Api.uniqueSubject("工作台下级镇超期")).add("receivedOn", today.minusDays(21).toString()));

        Api.Answer order = Api.post(Api.QZ_LEADER, "/cases/" + id(overdue) + "/supervision/orders",
                Json.createObjectBuilder().add("kind", "SUPERVISION").add("reason", "此件已超期，请于期限内办结并书面报告。").build());
        assertEquals(201, order.status(), order.toString());
        Api.Answer owned = Api.post(leader, "/cases/" + id(dueSoon) + "/ownership", Json.createObjectBuilder()
                .add("handlerUsername", handler).add("task", "两周内化解工资纠纷").add("dueOn", today.plusDays(14).toString()).build());
        assertEquals(201, owned.status(), owned.toString());
    }

    @Test
    void aClerkSeesTheDaysMattersByNumberWithTheirDeadlinesAndOpensOne() {
        try (Browser browser = Browser.laptop()) {
            browser.signIn(clerk);
            browser.driver.get(browser.base + "/");
            browser.wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
            String greeting = browser.text("greeting");
            assertTrue(greeting.startsWith(display(clerk) + "，今天是"), "the clerk is greeted by name: " + greeting);

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
            assertTrue(browser.text("zeroReport").contains(districtName), browser.text("zeroReport"));
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
            browser.signIn(leader);
            browser.driver.get(browser.base + "/app/home.xhtml");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
            for (String figure : List.of("figureOpen", "figureOverdue", "figureConcluded", "figureReceived")) {
                assertTrue(browser.text(figure).matches("\\d+"), figure + ": " + browser.text(figure));
            }
            assertTrue(Long.parseLong(browser.text("figureOverdue")) >= 1, "the overdue matter counts");
            assertTrue(Long.parseLong(browser.text("figureReceived")) >= 0);
            assertListed(browser, "owned", dueSoon);
            assertListed(browser, "unitsOverdue", overdue);
            assertTrue(browser.text("unitsOverdue").contains(districtName), "counted per unit: " + browser.text("unitsOverdue"));
            assertFalse(browser.driver.getPageSource().contains(elsewhere.getString("number")), "another district's matter is not here");
            // The leader's page is longer than a laptop's screen: the guide's picture shows all of it.
            browser.emulate(1366, 1700, false);
            browser.screenshot("home-leader");
        }
    }

    @Test
    void theClerkOfAnotherDistrictSeesOnlyTheirOwn() {
        try (Browser browser = Browser.laptop()) {
            browser.signIn(neighbour);
            browser.driver.get(browser.base + "/app/home.xhtml");
            assertListed(browser, "overdue", elsewhere);
            String page = browser.driver.getPageSource();
            for (JsonObject ours : List.of(overdue, dueToday, dueSoon)) {
                assertFalse(page.contains(ours.getString("number")), "the district's " + ours.getString("number") + " is not shown to its neighbour");
            }
        }
    }

    @Test
    void onAPhoneTheCardsStandInOneColumnAndNothingSticksOut() {
        for (String user : List.of(clerk, leader)) {
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
        Api.Answer clerks = Api.get(clerk, "/me/agenda");
        assertEquals(200, clerks.status(), clerks.toString());
        JsonObject day = clerks.json();
        assertTrue(numbers(day.getJsonObject("overdue")).contains(overdue.getString("number")), day.toString());
        assertTrue(day.getJsonObject("overdue").getJsonArray("rows").getJsonObject(0).getJsonObject("nextDeadline").getJsonNumber("daysLeft")
                .longValue() < 0, "an overdue row says by how much");
        assertTrue(day.getJsonObject("orders").getJsonNumber("total").longValue() >= 1, day.getJsonObject("orders").toString());
        assertTrue(day.isNull("figures") && day.isNull("owned"), "the leaders' panels are null for a clerk");
        assertFalse(clerks.body().contains(elsewhere.getString("number")), "another district's matter is not in the clerk's day");
        assertTrue(numbers(day.getJsonObject("overdue")).contains(below.getString("number")),
                "the district's clerk works on the township's matters too, as the list shows them: " + day);
        // Each panel counts what its 全部… opens: the same units, and both by the matter's next running deadline.
        Map<String, String> panels = Map.of("overdue", "overdue", "today", "dueToday", "soon", "dueSoon");
        panels.forEach((due, panel) -> assertEquals(
                Api.get(clerk, Api.casesWhere(Map.of("due", due))).json().getJsonNumber("total").longValue(),
                day.getJsonObject(panel).getJsonNumber("total").longValue(), panel + " counts what the list with due=" + due + " holds"));

        JsonObject leaders = Api.get(leader, "/me/agenda").json();
        assertTrue(leaders.getJsonObject("figures").getJsonNumber("overdue").longValue() >= 1, leaders.toString());
        assertTrue(numbers(leaders.getJsonObject("unitsOverdue")).contains(overdue.getString("number")), leaders.toString());
        assertTrue(leaders.getJsonObject("owned").getJsonArray("rows").stream()
                .anyMatch(r -> r.asJsonObject().getString("caseNumber").equals(dueSoon.getString("number"))), leaders.toString());

        Api.Answer other = Api.get(neighbour, "/me/agenda");
        assertEquals(200, other.status());
        for (JsonObject ours : List.of(overdue, dueToday, dueSoon)) {
            assertFalse(other.body().contains(ours.getString("number")), "the district's matter is not in its neighbour's day");
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
