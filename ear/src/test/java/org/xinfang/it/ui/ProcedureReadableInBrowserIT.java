package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * The case page's procedure reads as a person reads it, on a laptop and on a phone: the diagram fits
 * its column (it shrinks, it is never cut off), its boxes are named in the page's language, the
 * history tells each step in words — who (by name), what, from which state to which, with the notice
 * it issued and a link to it — and nowhere on the page is a step's key or a checksum.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureReadableInBrowserIT {

    /** A checksum or any hash as it would leak into a page: 32 hex digits or more. */
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{32,}");
    /** A step's key in the log's form, {@code registered→accepted}. */
    private static final Pattern STEP_KEY = Pattern.compile("[a-z_]+→[a-z_]+");
    /** A number of days as the English page writes it: {@code 1 day}, {@code 15 working days}. */
    private static final Pattern DAYS = Pattern.compile("(-?\\d+) (?:working )?day(s?)\\b");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void onALaptopTheDiagramFitsAndTheHistoryReadsInWordsInChineseAndEnglish() {
        long id = acceptedCase("程序可读（笔记本）");
        try (Browser browser = Browser.laptop()) {
            browser.signIn(Api.CY_CLERK);
            openCase(browser, id);
            assertDiagramFits(browser);
            assertTrue(nodeLabels(browser).containsAll(List.of("已登记", "已受理", "办理中", "已终结")), nodeLabels(browser).toString());

            String clerk = browser.driver.findElement(By.cssSelector(".xf-user-name")).getText();
            assertFalse(clerk.isBlank() || clerk.equals(Api.CY_CLERK), "the top bar names the clerk: " + clerk);
            String accepted = newestStep(browser);
            assertTrue(accepted.contains(clerk + " 受理并书面告知：已登记 → 已受理"), accepted);
            assertTrue(Pattern.compile("（受理告知书 编号 \\S+〔\\d{4}〕\\d+号）").matcher(accepted).find(), accepted);
            WebElement notice = browser.driver.findElement(By.cssSelector("#timeline li:first-child .xf-timeline-notice a"));
            assertTrue(notice.getAttribute("href").contains("/app/documents/" + id + "/"), notice.getAttribute("href"));
            assertTrue(browser.text("history").contains("受理并书面告知：已登记 → 已受理"), browser.text("history"));
            assertNoKeysOrHashes(browser);

            browser.driver.findElement(By.id("topbar:langEn")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("menuCases"), "Cases"));
            openCase(browser, id);
            assertDiagramFits(browser);
            assertTrue(nodeLabels(browser).containsAll(List.of("Registered", "Accepted", "Handling", "Concluded")), nodeLabels(browser).toString());
            String inEnglish = newestStep(browser);
            assertTrue(inEnglish.contains(clerk + " Accept, with written notice: Registered → Accepted"), inEnglish);
            assertTrue(inEnglish.contains(" no. "), inEnglish);
            assertTrue(browser.text("history").contains("Accept, with written notice: Registered → Accepted"), browser.text("history"));
            assertTrue(browser.text("timeline").contains("Register: Registered"), browser.text("timeline"));
            String page = browser.driver.findElement(By.tagName("body")).getText();
            assertFalse(page.contains("Registered: Registered"), "the registration's step and state are not one label twice: " + page);
            assertDaysAgreeWithTheirNumber(browser.text("clocks"));
            assertNoKeysOrHashes(browser);
            browser.driver.findElement(By.id("topbar:langZh")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.id("menuCases"), "案件列表"));
        }
    }

    @Test
    void onAPhoneTheDiagramShrinksToItsColumnAndTheHistoryStillReads() {
        long id = acceptedCase("程序可读（手机）");
        try (Browser browser = Browser.phone()) {
            browser.signIn(Api.CY_CLERK);
            openCase(browser, id);
            assertDiagramFits(browser);
            double[] sizes = diagramSizes(browser);
            assertTrue(sizes[0] <= browser.viewportWidth(), "the diagram (" + sizes[0] + " px) within the phone's " + browser.viewportWidth() + " px");
            // It takes the whole column it is given (ProcedureLayout.WIDEST keeps that at least half its size on a phone's column).
            assertEquals(Math.min(sizes[1], sizes[2]), sizes[0], 1.0, "drawn at " + sizes[0] + " px in a column of " + sizes[1] + " px");
            assertTrue(newestStep(browser).contains("受理并书面告知：已登记 → 已受理"), newestStep(browser));
            assertNoKeysOrHashes(browser);
            // The procedure's own parts stay on the screen; the whole page's width (browser.assertFitsWidth())
            // belongs to the phone layout of issue 14 item 3, which the case facts above still break.
            assertEquals(List.of(), outsideTheScreen(browser, "#procedure, #timeline"));
        }
    }

    /** A case registered and accepted by the district's clerk through the API: a history with a notice. */
    private static long acceptedCase(String subject) {
        JsonObject registered = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject(subject)));
        long id = registered.getJsonNumber("id").longValue();
        Api.Answer accepted = Api.post(Api.CY_CLERK, "/cases/" + id + "/procedure/steps", Json.createObjectBuilder()
                .add("transition", "accept").add("version", registered.getJsonNumber("version").longValue()).build());
        assertEquals(200, accepted.status(), accepted::toString);
        return id;
    }

    private static void openCase(Browser browser, long id) {
        browser.driver.get(browser.base + "/app/cases/view.xhtml?id=" + id);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.xf-diagram g.xf-node-current")));
    }

    /** The diagram's drawn width, its container's width and its natural width (the viewBox), in CSS pixels. */
    private static double[] diagramSizes(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) ((JavascriptExecutor) browser.driver).executeScript(
                "var svg = document.querySelector('svg.xf-diagram');"
                        + "return [svg.getBoundingClientRect().width, svg.parentElement.getBoundingClientRect().width, svg.viewBox.baseVal.width];");
        return new double[] {sizes.get(0).doubleValue(), sizes.get(1).doubleValue(), sizes.get(2).doubleValue()};
    }

    private static void assertDiagramFits(Browser browser) {
        double[] sizes = diagramSizes(browser);
        assertTrue(sizes[0] > 0 && sizes[0] <= sizes[1] + 0.5, "the diagram (" + sizes[0] + " px) fits its container (" + sizes[1] + " px)");
        assertTrue(sizes[0] <= sizes[2] + 0.5, "the diagram never grows past its natural " + sizes[2] + " px: " + sizes[0]);
    }

    private static List<String> nodeLabels(Browser browser) {
        return browser.driver.findElements(By.cssSelector("svg.xf-diagram g.xf-node")).stream()
                .map(g -> String.join(" ", g.findElements(By.tagName("text")).stream().map(t -> t.getAttribute("textContent")).toList()))
                .toList();
    }

    /** The newest entry of the history, as one line of text. */
    private static String newestStep(Browser browser) {
        return browser.driver.findElement(By.cssSelector("#timeline li:first-child")).getText().replace('\n', ' ');
    }

    /** What of the given parts sticks out of the right edge of the viewport. */
    @SuppressWarnings("unchecked")
    private static List<String> outsideTheScreen(Browser browser, String parts) {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll(arguments[0]).forEach(function (p) {"
                        + "  [p].concat(Array.from(p.querySelectorAll('*'))).forEach(function (e) {"
                        + "    var r = e.getBoundingClientRect();"
                        + "    if (r.width > 0 && r.right > w + 1) { out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' right=' + Math.round(r.right)); }"
                        + "  });"
                        + "});"
                        + "return out.slice(0, 8);", parts);
    }

    /** Every "N days" in English says "day" for one and "days" for any other number, calendar or working days. */
    private static void assertDaysAgreeWithTheirNumber(String text) {
        Matcher days = DAYS.matcher(text);
        int found = 0;
        while (days.find()) {
            found++;
            assertEquals(Math.abs(Long.parseLong(days.group(1))) == 1, days.group(2).isEmpty(), "in: " + text);
        }
        assertTrue(found > 0, "the clocks count days: " + text);
    }

    private static void assertNoKeysOrHashes(Browser browser) {
        String page = browser.driver.findElement(By.tagName("body")).getText();
        Matcher hash = HASH.matcher(page);
        assertFalse(hash.find(), () -> "a hash on the page: " + page.substring(Math.max(0, hash.start() - 40), hash.end()));
        Matcher key = STEP_KEY.matcher(page);
        assertFalse(key.find(), "a step's key on the page: " + page);
        assertFalse(page.contains("sha256"), page);
    }
}
