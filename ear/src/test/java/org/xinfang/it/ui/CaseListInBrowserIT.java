package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * The case list as a clerk uses it: the subject readable from 1280 to 1920 px, the list filtered to
 * what is overdue and sorted by the next deadline, days labelled as working or calendar days, a filter
 * saved, applied from the drop-down and deleted; and the same list on a phone, reflowed to fit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseListInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    /** Two cases of this test's own: one received 40 days ago (its intake clock long overdue), one yesterday. */
    private static String twoCases() {
        String tag = Api.uniqueSubject("列表期限").substring(0, 18);
        LocalDate today = Api.today();
        Api.register(Api.CY_CLERK, Api.newCase(tag + " 逾期未受理的来访").add("receivedOn", today.minusDays(40).toString()));
        Api.register(Api.CY_CLERK, Api.newCase(tag + " 昨天收到的来访").add("receivedOn", today.minusDays(1).toString()));
        return tag;
    }

    @Test
    void aClerkFiltersTheOverdueSortsByDeadlineAndSavesTheFilter() {
        String tag = twoCases();
        long district = Api.get(Api.ADMIN, "/admin/units").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("name").equals("青州市朝阳区信访局")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String township = Api.newPerson(Api.newUnit(district, "朝阳区东关街道信访办公室", "TOWNSHIP", "general").getJsonNumber("id").longValue(), "CLERK");
        String longNumber = Api.register(township, Api.newCase(Api.uniqueSubject("长编号的街道来访"))).getString("number");
        try (Browser browser = Browser.laptop()) {
            browser.signIn(Api.CY_CLERK);
            for (int width : List.of(1280, 1366, 1920)) {
                browser.emulate(width, 900, false);
                browser.driver.navigate().refresh();
                browser.waitForAjax();
                long subject = Math.round(((Number) ((JavascriptExecutor) browser.driver).executeScript(
                        "return document.querySelector(\"th.xf-col-subject\").getBoundingClientRect().width")).doubleValue());
                assertTrue(subject >= 240, "at " + width + " px the subject column is " + subject + " px wide");
                assertTrue(browser.driver.getPageSource().contains(longNumber), "the newest matter is listed first: " + longNumber);
                Object cut = ((JavascriptExecutor) browser.driver).executeScript("return Array.from(document.querySelectorAll('td.xf-col-number'))"
                        + ".filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim()).join(', ')");
                assertEquals("", cut, "at " + width + " px no case number is cut off");
                browser.assertFitsWidth();
            }
            browser.emulate(1366, 900, false);

            browser.type("cases:text", tag);
            browser.choose("cases:due", "已超期");
            browser.click("cases:search");
            browser.waitForAjax();
            List<String> rows = rows(browser);
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).contains("逾期未受理的来访") && rows.get(0).contains("超期"), rows.get(0));

            browser.choose("cases:due", "全部");
            browser.click("cases:search");
            browser.waitForAjax();
            browser.click("cases:table:deadline");
            browser.waitForAjax();
            rows = rows(browser);
            assertEquals(2, rows.size(), rows.toString());
            assertTrue(rows.get(0).contains("逾期未受理的来访"), "the most pressing deadline first: " + rows);
            assertTrue(rows.get(1).matches("(?s).*剩 \\d+ (日|天|个工作日).*"), "the days left say what they count: " + rows.get(1));

            browser.click("cases:saveFilter");
            browser.waitForAjax();
            assertTrue(browser.text("cases:messages").contains("筛选名称") && browser.text("cases:messages").contains("起个名字"),
                    "a filter without a name is refused, naming the field: " + browser.text("cases:messages"));

            String name = "逾期 " + tag.substring(tag.length() - 6);
            browser.choose("cases:due", "已超期");
            browser.type("cases:filterName", name);
            browser.click("cases:saveFilter");
            browser.waitForAjax();
            assertTrue(browser.text("cases:messages").contains("已保存筛选“" + name + "”"), browser.text("cases:messages"));
            browser.type("cases:filterName", name);
            browser.click("cases:saveFilter");
            browser.waitForAjax();
            assertTrue(browser.text("cases:messages").contains("替换同名的“" + name + "”"), "saving under a used name says it replaces: "
                    + browser.text("cases:messages"));
            assertEquals(1, browser.driver.findElements(By.cssSelector("[id='cases:savedFilter_input'] option")).stream()
                    .filter(o -> name.equals(o.getAttribute("textContent").trim())).count(), "one filter of that name");

            // A new visit of the list starts unfiltered; the saved filter brings back the bar and the sort.
            browser.driver.get(browser.base + "/app/cases/list.xhtml");
            browser.waitForAjax();
            assertEquals("", browser.driver.findElement(By.id("cases:text")).getAttribute("value"), "the list opens without the filter");
            browser.choose("cases:savedFilter", name);
            browser.waitForAjax();
            rows = rows(browser);
            assertEquals(1, rows.size(), rows.toString());
            assertTrue(rows.get(0).contains("逾期未受理的来访"), rows.toString());
            assertEquals(tag, browser.driver.findElement(By.id("cases:text")).getAttribute("value"));
            assertEquals("已超期", browser.selectedLabel("cases:due"));

            browser.click("cases:deleteFilter");
            browser.waitForAjax();
            assertTrue(browser.text("cases:messages").contains("已删除筛选“" + name + "”"), browser.text("cases:messages"));
            assertTrue(browser.driver.findElements(By.cssSelector("[id='cases:savedFilter_items'] li[data-label='" + name + "']")).isEmpty(),
                    "the deleted filter left the drop-down");
            browser.screenshot("case-list");

            // The home page's "全部…" of its overdue panel opens the list so filtered.
            browser.driver.get(browser.base + "/app/cases/list.xhtml?due=overdue");
            browser.waitForAjax();
            assertEquals("已超期", browser.selectedLabel("cases:due"));
            rows = rows(browser);
            assertTrue(!rows.isEmpty() && rows.stream().allMatch(r -> r.contains("超期")), "only overdue cases: " + rows);
            assertTrue(rows.stream().anyMatch(r -> r.contains(tag)), "this test's overdue case among them: " + rows);
        }
    }

    @Test
    void theListReflowsOnAPhone() {
        String tag = twoCases();
        try (Browser browser = Browser.phone()) {
            browser.signIn(Api.CY_CLERK);
            browser.type("cases:text", tag);
            browser.click("cases:search");
            browser.waitForAjax();
            assertEquals(2, rows(browser).size());
            browser.assertFitsWidth();
            WebElement link = browser.driver.findElement(By.cssSelector("[id='cases:table'] a.xf-case-link"));
            assertTrue(link.isDisplayed(), "the case number links to the case on a phone too");
        }
    }

    /** The table's rows as their text, the empty-list row not counted. */
    private static List<String> rows(Browser browser) {
        return browser.driver.findElements(By.cssSelector("[id='cases:table_data'] > tr[data-ri]")).stream().map(WebElement::getText).toList();
    }
}
