package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.xinfang.it.Deployments;

/**
 * Applications in a real browser: a petitioner applies on the public page without signing in and
 * looks the application up; the clerk finds it on the applications desk, puts it on the leader's
 * plan, schedules it to a session with free places, and the written notice is offered to print.
 *
 * <p>With {@code -Dxinfang.screenshots} the pages are saved to {@code docs/guide/img/} for the guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionApplicationsInBrowserIT {

    private static final String CLERK = "cy.clerk";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser chromium = Browser.open();

    @Test
    void aPetitionerAppliesOnlineAndTheClerkPlansAndSchedulesIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String leader = "韦" + tag;
        String phone = "1370000" + tag.replaceAll("[^0-9]", "8").substring(0, 4);
        long unit = clerkUnit();
        LocalDate start = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
        while (start.getDayOfWeek().getValue() > 5) {
            start = start.plusDays(1);
        }
        HttpResponse<String> rule = asClerk("/reception/units/" + unit + "/rules", Json.createObjectBuilder().add("leaderName", leader)
                .add("leaderTitle", "副区长").add("place", "区信访接待中心三号接待室").add("capacity", 4).add("startsAt", "09:00")
                .add("endsAt", "11:30").add("recurrence", "WEEKLY").add("weekday", start.getDayOfWeek().name())
                .add("startsOn", start.toString()).add("endsOn", start.plusWeeks(3).toString()).build().toString());
        assertEquals(201, rule.statusCode(), rule.body());

        chromium.driver.get(chromium.base + "/public/reception.xhtml");
        new Select(chromium.driver.findElement(By.id("apply:unit"))).selectByValue(String.valueOf(unit));
        chromium.type("apply:petitionerName", "蓝" + tag);
        chromium.type("apply:phone", phone);
        chromium.type("apply:matter", "小区电梯长期停运，物业不予维修。");
        chromium.type("apply:headCount", "2");
        chromium.screenshot("reception-online-apply");
        chromium.click("apply:submit");
        String number = chromium.text("appliedNumber");
        assertTrue(number.contains("访约〔"), number);
        assertTrue(chromium.driver.findElements(By.id("apply:submit")).isEmpty(), "the form gives way to the number: no second application");

        chromium.type("lookup:number", number);
        chromium.type("lookup:lookupPhone", phone);
        chromium.click("lookup:find");
        assertEquals("已申请，待分类", chromium.text("statusLabel"));
        chromium.screenshot("reception-online-lookup");

        chromium.signIn(CLERK);
        chromium.driver.get(chromium.base + "/app/reception/applications.xhtml");
        chromium.click(buttonInRowOf(number, "choose"));
        chromium.waitForAjax();
        chromium.screenshot("reception-applications-classify");
        chromium.click("desk:classify");
        chromium.waitForAjax();
        assertTrue(chromium.text("desk:messages").contains("列入领导接访计划"), chromium.text("desk:messages"));

        chromium.choose("desk:status", "已列入领导接访计划，待排期");
        chromium.click("desk:show");
        chromium.waitForAjax();
        chromium.click(buttonInRowOf(number, "choose"));
        chromium.waitForAjax();
        List<WebElement> sessions = new Select(chromium.driver.findElement(By.id("desk:slot_input"))).getOptions();
        String label = sessions.stream().map(o -> o.getAttribute("textContent")).filter(t -> t.contains(leader)).findFirst()
                .orElseThrow(() -> new AssertionError("no session of " + leader + " offered"));
        chromium.choose("desk:slot", label);
        chromium.click("desk:schedule");
        chromium.waitForAjax();
        assertTrue(chromium.text("desk:messages").contains("接访通知书已生成"), chromium.text("desk:messages"));

        chromium.choose("desk:status", "已预约");
        chromium.click("desk:show");
        chromium.waitForAjax();
        WebElement notice = chromium.driver.findElement(By.id(buttonInRowOf(number, "notice")));
        assertTrue(notice.getAttribute("href").endsWith("/notice"), notice.getAttribute("href"));
        chromium.screenshot("reception-applications-booked");
    }

    /**
     * The id of the element {@code id} in the applications table's row that shows {@code number}. A
     * reflowing table's cell also holds its column's title (shown on a phone), so the cell contains the
     * number rather than equals it.
     */
    private String buttonInRowOf(String number, String id) {
        WebElement row = chromium.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody[@id='desk:applications_data']/tr[td[contains(normalize-space(.), '" + number + "')]]")));
        return row.findElement(By.cssSelector("[id$=':" + id + "']")).getAttribute("id");
    }

    private static long clerkUnit() throws Exception {
        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/v1/me"))
                .header("Authorization", basic()).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = Json.createReader(new StringReader(me.body())).readObject();
        return json.getJsonArray("grants").getJsonObject(0).getJsonNumber("unitId").longValue();
    }

    private static HttpResponse<String> asClerk(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/v1" + path))
                .header("Authorization", basic()).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((CLERK + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
