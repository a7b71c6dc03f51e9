package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xinfang.it.Deployments;

/**
 * The administrator's calendar and settings pages in a real browser: the shipped year is listed and
 * marked in the month view, a bad import file is refused with its lines listed and a good one loads,
 * a day is added and removed, and an out-of-range setting is refused by name.
 *
 * <p>With {@code -Dxinfang.screenshots} the pages are saved to {@code docs/guide/img/} for the guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarAdminInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser chromium = Browser.open();
    private WebDriver browser;
    private WebDriverWait wait;
    private Path target;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = chromium.driver;
        wait = chromium.wait;
        target = Files.createDirectories(Path.of("target"));
    }

    @Test
    void theAdministratorSeesTheShippedYearRefusesABadFileLoadsAGoodOneAndEditsADay() throws IOException {
        signInAt("/app/admin/calendar.xhtml");
        showYear("2026");
        assertTrue(text("calendar:days").contains("国庆节"), text("calendar:days"));
        assertTrue(text("calendar:counts").contains("放假 33"), text("calendar:counts"));
        assertFalse(browser.findElements(By.cssSelector("td.xf-cal-holiday[title^='2026-10-01']")).isEmpty(), "10-01 marked as a holiday");
        assertFalse(browser.findElements(By.cssSelector("td.xf-cal-workday[title^='2026-02-14']")).isEmpty(), "02-14 marked as worked");
        screenshot("admin-calendar");

        showYear("2093");
        upload("date,type,name\n2093-02-30,HOLIDAY,春节\n2093-03-02,WORKDAY,春节\n2093-03-07,WORKDAY\n");
        String refused = text("calendar:refused");
        assertTrue(refused.contains("第 2 行（2093-02-30,HOLIDAY,春节）"), refused);
        assertTrue(refused.contains("第 3 行") && refused.contains("周六或周日"), refused);
        assertTrue(refused.contains("第 4 行") && refused.contains("三列"), refused);
        assertTrue(text("calendar:messages").contains("2093 年的日历未作任何修改"), text("calendar:messages"));
        screenshot("admin-calendar-refused");

        upload("2093-01-01,HOLIDAY,元旦\n2093-01-03,WORKDAY,元旦\n");
        assertTrue(text("calendar:messages").contains("已导入 2093 年：放假 1 天，调休上班 1 天"), text("calendar:messages"));
        assertTrue(text("calendar:days").contains("2093-01-03"), text("calendar:days"));

        type("calendar:newDate_input", "2093-03-02");
        type("calendar:newName", "测试假日");
        browser.findElement(By.id("calendar:saveDay")).click();
        waitForAjax();
        assertTrue(text("calendar:messages").contains("已保存：2093-03-02"), text("calendar:messages"));
        assertTrue(text("calendar:days").contains("测试假日"), text("calendar:days"));

        WebElement row = browser.findElement(By.xpath("//*[@id='calendar:days']//tr[.//text()[contains(., '测试假日')]]"));
        row.findElement(By.cssSelector("button[id$=':remove']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitForAjax();
        assertTrue(text("calendar:messages").contains("已删除：2093-03-02"), text("calendar:messages"));
        assertFalse(text("calendar:days").contains("测试假日"), text("calendar:days"));
    }

    @Test
    void anOutOfRangeSettingIsRefusedByNameAndNothingIsSaved() {
        signInAt("/app/admin/settings.xhtml");
        By handling = By.xpath("//tr[.//code[text()='clock.general.handling.days']]//input");
        By review = By.xpath("//tr[.//code[text()='clock.general.review.days']]//input");
        wait.until(ExpectedConditions.presenceOfElementLocated(handling));
        assertEquals("60", browser.findElement(handling).getAttribute("value"));
        screenshot("admin-settings");

        replace(handling, "400");
        replace(review, "31");
        browser.findElement(By.id("settings:save")).click();
        waitForAjax();
        String messages = text("settings:messages");
        assertTrue(messages.contains("办理并出具处理意见") && messages.contains("1 到 365"), messages);
        assertTrue(messages.contains("均未保存"), messages);

        browser.get(Deployments.baseUrl() + "/app/admin/settings.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(review));
        assertEquals("30", browser.findElement(review).getAttribute("value"), "the valid change beside the refused one was not saved either");
    }

    @Test
    void theAdministratorVerifiesTheAuditLogAndSealsACheckpoint() {
        signInAt("/app/admin/audit.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("auditForm:verify"))).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:auditMessages"), "审计日志完好"));
        assertTrue(text("auditForm:verifications").contains("完好") && text("auditForm:verifications").contains("系统管理员"),
                text("auditForm:verifications"));
        screenshot("admin-audit");
        String before = text("auditForm:checkpoint");
        browser.findElement(By.id("auditForm:seal")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:auditMessages"), "已封存第"));
        assertNotEquals(before, text("auditForm:checkpoint"), "the latest checkpoint is the new one");
    }

    private void signInAt(String page) {
        browser.get(Deployments.baseUrl() + page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys("admin");
        browser.findElement(By.id("j_password")).sendKeys("Xinfang@2026");
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menuCalendar")));
    }

    private void showYear(String year) {
        type("calendar:year", year);
        browser.findElement(By.id("calendar:show")).click();
        waitForAjax();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:yearTitle"), year));
    }

    /** Chooses a file with {@code content} and imports it (a full page post). */
    private void upload(String content) throws IOException {
        Path file = Files.createTempFile(target, "calendar-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        WebElement button = browser.findElement(By.id("calendar:import"));
        button.click();
        chromium.awaitGone(button);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calendar:days")));
    }

    private void type(String id, String value) {
        replace(By.id(id), value);
    }

    private void replace(By field, String value) {
        WebElement input = browser.findElement(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    private void waitForAjax() {
        chromium.waitForAjax();
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }
}
