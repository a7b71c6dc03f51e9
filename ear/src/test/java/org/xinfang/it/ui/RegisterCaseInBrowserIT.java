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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xinfang.it.Deployments;

/**
 * A clerk registers a case in a real browser (headless Chromium) against the deployed EAR: a missing
 * field is named next to the field and nothing is saved; a complete form saves and the case shows up,
 * its identity number masked, on its page and in the list. The page switches to English on request,
 * and a court clerk fills the court plugin's own fields.
 *
 * <p>With {@code -Dxinfang.screenshots} the Chinese pages are saved to {@code docs/guide/img/} for
 * the user guide.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterCaseInBrowserIT {

    private static final String PASSWORD = "Xinfang@2026";

    /**
     * Two days ago in China: in the past in every zone, so this test does not depend on the hour it
     * runs at. Where "today" falls is ValidationClockIT's subject.
     */
    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    private WebDriver browser;
    private WebDriverWait wait;
    private final String base = Deployments.baseUrl();

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
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
        assertTrue(browser.getCurrentUrl().contains("register.xhtml"), "a refused case stays on the form");
        assertEquals("王建国", browser.findElement(By.id("register:parties:0:name")).getAttribute("value"),
                "what the clerk typed is kept");
        screenshot("case-register-invalid");
        browser.findElement(By.id("menuCases")).click();
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
        assertEquals("110105********1234", text("parties:0:idNumber"), "identity numbers are shown masked");
        assertEquals("138****1234", text("parties:0:phone"), "phone numbers are shown masked");
        assertFalse(browser.getPageSource().contains("110105199001011234"), "the full identity number never reaches the page");
        assertTrue(text("history").contains("登记"), "the registration is in the case's history");
        screenshot("case-view");

        browser.findElement(By.id("menuCases")).click();
        assertEquals(before + 1, listTotal(), "exactly one case was saved");
        screenshot("case-list");
        type("cases:text", number);
        browser.findElement(By.id("cases:search")).click();
        waitForAjax();
        List<WebElement> links = browser.findElements(By.cssSelector("[id='cases:table'] a.xf-case-link"));
        assertEquals(List.of(number), links.stream().map(WebElement::getText).toList());
        assertEquals("1", text("cases:total"));
    }

    @Test
    void englishSwitchShowsEnglishLabelsAndMessagesUntilSwitchedBack() {
        signIn("cy.clerk");
        browser.findElement(By.id("topbar:langEn")).click();
        wait.until(ExpectedConditions.textToBe(By.id("menuCases"), "Cases"));
        assertEquals("Register a case", text("menuRegister"));
        assertTrue(browser.findElement(By.cssSelector("[id='cases:table'] thead")).getText().contains("Received on"));

        browser.findElement(By.id("menuRegister")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:save")));
        assertEquals("Register", browser.findElement(By.id("register:save")).getText());
        assertTrue(browser.findElement(By.cssSelector("label[for='register:subject']")).getText().startsWith("Subject"));
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:subjectMsg"), "Subject is required"));

        browser.findElement(By.id("topbar:langZh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("menuCases"), "案件列表"));
        assertEquals("登记", browser.findElement(By.id("register:save")).getText());
    }

    @Test
    void courtClerkRegistersWithTheCourtsOwnFields() {
        signIn("zy.clerk");
        openRegistration();
        assertTrue(selectedLabel("register:unit").contains("中级人民法院"), "a clerk registers in their own unit by default");
        fillGeneralCase("对一审判决不服反复来访 " + UUID.randomUUID().toString().substring(0, 8));
        type("register:court_originalCaseNumber", "（2024）京0105民初1234号");
        choose("register:court_stage", "一审");
        type("register:court_tribunal", "民事审判第一庭");
        type("register:court_presidingJudge", "张法官");
        screenshot("case-register-court");
        type("register:court_originalCaseNumber", "");
        save();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:pluginForm"), "原审案号不能为空"));

        type("register:court_originalCaseNumber", "（2024）京0105民初1234号");
        save();
        awaitCasePage();
        assertTrue(text("caseNumber").startsWith("青中法〔"), text("caseNumber"));
        assertEquals("（2024）京0105民初1234号", text("court_view_originalCaseNumber"));
        assertEquals("一审", text("court_view_stage"));
        assertEquals("民事审判第一庭", text("court_view_tribunal"));
        assertEquals("是", text("court_view_litigationRelated"));
    }

    private void signIn(String username) {
        browser.get(base + "/app/cases/list.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases:table")));
    }

    private long listTotal() {
        return Long.parseLong(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases:total"))).getText().trim());
    }

    private void openRegistration() {
        browser.findElement(By.id("menuRegister")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:save")));
    }

    /** The core fields and one petitioner. */
    private void fillGeneralCase(String subject) {
        choose("register:channel", "来访");
        type("register:subject", subject);
        type("register:content", "信访人反映其在某建筑工地务工，工资已拖欠三个月，多次讨要未果，请求督促支付。");
        pickSuggestion("register:category", "劳动社保");
        type("register:headCount", "1");
        type("register:parties:0:name", "王建国");
        type("register:parties:0:idNumber", "110105199001011234");
        type("register:parties:0:phone", "13800001234");
        type("register:parties:0:address", "青州市朝阳区建设路12号");
        type("register:receivedOn_input", RECEIVED_ON.toString());
    }

    private void save() {
        browser.findElement(By.id("register:save")).click();
        waitForAjax();
    }

    /** Waits for the case page after a save; if the form is still there, fails with what it says. */
    private void awaitCasePage() {
        try {
            wait.until(ExpectedConditions.urlContains("/app/cases/view.xhtml"));
        } catch (TimeoutException refused) {
            throw new AssertionError("The case was not registered; the form says: "
                    + browser.findElement(By.id("register")).getText().replace('\n', ' '), refused);
        }
    }

    /** Replaces what the field holds, as a user does (a date picker refills itself on clear()). */
    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    private String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    /**
     * Picks {@code label} from a PrimeFaces select menu the way a user does: open it, wait until the
     * panel has finished opening (a click during the animation is lost), click the item, and check
     * that the choice took.
     */
    private void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        String panelSettled = "var p = jQuery(document.getElementById(arguments[0]));"
                + " return p.is(':visible') && !p.is(':animated');";
        WebDriverWait briefly = new WebDriverWait(browser, Duration.ofSeconds(3));
        for (int attempt = 0; attempt < 3 && !label.equals(selectedLabel(menuId)); attempt++) {
            if (!browser.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                browser.findElement(By.id(menuId)).click();
            }
            wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(panelSettled, menuId + "_panel"));
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                briefly.until(driver -> label.equals(selectedLabel(menuId)));
            } catch (TimeoutException lostClick) {
                // The next attempt opens the menu again if it closed, or clicks the item again if not.
            }
        }
        assertEquals(label, selectedLabel(menuId));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    private String selectedLabel(String menuId) {
        return new Select(browser.findElement(By.id(menuId + "_input"))).getFirstSelectedOption().getText();
    }

    /** Types into a PrimeFaces autocomplete and picks the matching suggestion, which closes the panel. */
    private void pickSuggestion(String id, String value) {
        type(id + "_input", value);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li[data-item-label='" + value + "']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    private void waitForAjax() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    /** The whole page, for the user guide; only when asked for, so ordinary runs leave docs/ alone. */
    private void screenshot(String name) {
        if (System.getProperty("xinfang.screenshots") == null) {
            return;
        }
        waitForAjax();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Dimension window = browser.manage().window().getSize();
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        try {
            // The window includes the browser's own bars; leave room so the page's foot is in the picture.
            browser.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), height + 200)));
            Path dir = Files.createDirectories(Path.of("..", "docs", "guide", "img"));
            Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }
}
