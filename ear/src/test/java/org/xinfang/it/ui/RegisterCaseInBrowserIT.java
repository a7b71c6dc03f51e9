package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xinfang.it.Deployments;

/**
 * A clerk registers a case in a real browser (headless Chromium) against the deployed EAR: a missing
 * field, or a date that does not exist (2026-02-30), is named next to the field and nothing is saved;
 * a complete form saves and the case shows up, its identity number masked, on its page and in the list.
 * The page switches to English on request.
 * (A plugin's own fields are its own tests' subject, e.g. the court plugin's CourtCaseInBrowserIT.)
 *
 * <p>With {@code -Dxinfang.screenshots} the Chinese pages are saved to {@code docs/guide/img/} for
 * the user guide.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterCaseInBrowserIT {

    /**
     * Two days ago in China: in the past in every zone, so this test does not depend on the hour it
     * runs at. Where "today" falls is ValidationClockIT's subject.
     */
    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.laptop();
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        wait = browser.wait;
    }

    @Test
    void missingSubjectIsNamedAtTheFieldAndSavesNothingThenTheCompleteCaseIsRegisteredAndListed() {
        signIn("cy.clerk");
        long before = listTotal();

        openRegistration();
        String subject = "拖欠农民工工资三个月未发 " + UUID.randomUUID().toString().substring(0, 8);
        fillGeneralCase(subject);
        screenshot("case-register");
        type("register:subject", "");
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:subjectMsg"), "事由不能为空"));
        assertTrue(browser.driver.getCurrentUrl().contains("register.xhtml"), "a refused case stays on the form");
        assertEquals("王建国", browser.driver.findElement(By.id("register:parties:0:name")).getAttribute("value"),
                "what the clerk typed is kept");
        screenshot("case-register-invalid");
        browser.click("menuCases");
        assertEquals(before, listTotal(), "the refused case was not saved");

        openRegistration();
        fillGeneralCase(subject);
        save();
        awaitCasePage();
        String number = text("caseNumber");
        assertTrue(number.matches("朝信〔\\d{4}〕第\\d{5}号"), number);
        assertTrue(text("messages").contains("已登记，编号 " + number), text("messages"));
        assertEquals(subject, text("caseSubject"));
        assertEquals("来访", text("caseChannel"));
        assertEquals("劳动社保", text("caseCategory"));
        assertEquals(RECEIVED_ON.toString(), text("caseReceivedOn"));
        assertEquals("110105********1232", text("parties:0:idNumber"), "identity numbers are shown masked");
        assertEquals("138****1234", text("parties:0:phone"), "phone numbers are shown masked");
        assertFalse(browser.driver.getPageSource().contains("110105199001011232"), "the full identity number never reaches the page");
        assertTrue(text("history").contains("登记"), "the registration is in the case's history");
        screenshot("case-view");

        browser.click("menuCases");
        assertEquals(before + 1, listTotal(), "exactly one case was saved");
        type("cases:text", number);
        browser.driver.findElement(By.id("cases:search")).click();
        browser.waitForAjax();
        List<WebElement> links = browser.driver.findElements(By.cssSelector("[id='cases:table'] a.xf-case-link"));
        assertEquals(List.of(number), links.stream().map(WebElement::getText).toList());
        assertEquals("1", text("cases:total"));
    }

    @Test
    void aDateThatDoesNotExistTypedByHandIsRefusedNamingTheFieldAndSavesNothing() {
        signIn("cy.clerk");
        long before = listTotal();

        openRegistration();
        fillGeneralCase("二月三十日收到的来信 " + UUID.randomUUID().toString().substring(0, 8));
        browser.typeDate("register:receivedOn_input", "2026-02-30");
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:receivedOnMsg"), "不是有效的日期"));
        assertTrue(text("register:receivedOnMsg").contains("收到日期"), text("register:receivedOnMsg"));
        assertTrue(browser.driver.getCurrentUrl().contains("register.xhtml"), "a refused case stays on the form");
        browser.click("menuCases");
        assertEquals(before, listTotal(), "a case was registered with a date nobody entered");
    }

    @Test
    void englishSwitchShowsEnglishLabelsAndMessagesUntilSwitchedBack() {
        signIn("cy.clerk");
        browser.driver.findElement(By.id("topbar:langEn")).click();
        wait.until(ExpectedConditions.textToBe(By.id("menuCases"), "Cases"));
        assertEquals("Register a case", text("menuRegister"));
        assertTrue(browser.driver.findElement(By.cssSelector("[id='cases:table'] thead")).getText().contains("Received on"));

        browser.driver.findElement(By.id("menuRegister")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:save")));
        assertEquals("Register", browser.driver.findElement(By.id("register:save")).getText());
        assertTrue(browser.driver.findElement(By.cssSelector("label[for='register:subject']")).getText().startsWith("Subject"));
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:subjectMsg"), "Subject is required"));

        browser.driver.findElement(By.id("topbar:langZh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("menuCases"), "案件列表"));
        assertEquals("登记", browser.driver.findElement(By.id("register:save")).getText());
    }

    private void signIn(String username) {
        browser.signIn(username);
    }

    private long listTotal() {
        return Long.parseLong(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases:total"))).getText().trim());
    }

    private void openRegistration() {
        browser.openRegistration();
    }

    private void fillGeneralCase(String subject) {
        browser.fillGeneralCase(subject, RECEIVED_ON);
    }

    private void save() {
        browser.saveRegistration();
    }

    private void awaitCasePage() {
        browser.awaitCasePage();
    }

    private void type(String id, String value) {
        browser.type(id, value);
    }

    private String text(String id) {
        return browser.text(id);
    }

    private void choose(String menuId, String label) {
        browser.choose(menuId, label);
    }

    private String selectedLabel(String menuId) {
        return browser.selectedLabel(menuId);
    }

    private void screenshot(String name) {
        browser.screenshot(name);
    }
}
