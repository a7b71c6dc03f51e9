package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * Headless Chromium driven as a user drives the pages: sign in, type, pick from PrimeFaces menus,
 * wait for Ajax, and (with {@code -Dxinfang.screenshots}) save whole pages for the user guide.
 * One per test; {@link #close()} when done. Closing keeps Chromium for the next test, emptied of
 * everything the pages kept (cookies, storage, the phone's emulation): starting one takes about two
 * seconds on two cores, and the suite opens some sixty. What it keeps is the HTTP cache of the static
 * files, as a person's browser does between visits.
 */
public final class Browser implements AutoCloseable, AfterEachCallback {

    public static final String PASSWORD = "Xinfang@2026";
    /** How long a page may take: generous, as a loaded CI machine renders a page in seconds, not milliseconds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * How often a wait looks again: Selenium's default of half a second made each wait for an answer
     * that came at once, or nearly, cost a quarter of a second on average, hundreds of times a suite.
     */
    private static final Duration POLL = Duration.ofMillis(50);

    public final WebDriver driver;
    public final WebDriverWait wait;
    public final String base = Deployments.baseUrl();

    /** Chromium put away by the last {@link #close()}, for the next browser the suite opens. */
    private static WebDriver idle;

    private Browser(WebDriver driver) {
        this.driver = driver;
        wait = new WebDriverWait(driver, PATIENCE, POLL);
        // A condition read while the page is being replaced (a save's redirect, an ajax re-render) meets an
        // element that has just left the document — stale, or "Node … does not belong to the document"
        // from Chromium's inspector: looked at again on the new page. A condition that keeps failing still
        // ends in the wait's timeout, with the last of these as its cause.
        wait.ignoring(WebDriverException.class);
    }

    private static WebDriver launch() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        // Selenium Manager must not try to download a browser or driver: both are installed.
        System.setProperty("SE_OFFLINE", "true");
        Path target = Files.createDirectories(Path.of("target"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(target, "chromium-").toAbsolutePath());
        // The console is kept, so a test can see what the page's Content-Security-Policy blocked.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // Nothing typed in one test is offered back in the next: no autofill, no saved passwords.
        options.setExperimentalOption("prefs", Map.of("autofill.profile_enabled", false, "autofill.credit_card_enabled", false,
                "credentials_enable_service", false, "profile.password_manager_enabled", false));
        WebDriver driver = new ChromeDriver(options);
        driver.manage().window().setSize(WINDOW);
        return driver;
    }

    private static final Dimension WINDOW = new Dimension(1400, 1000);

    /**
     * A browser for one test, closed after it: {@code @RegisterExtension final Browser browser =
     * Browser.open();} in a test class gives each test method its own Chromium.
     */
    public static Browser open() {
        WebDriver kept = takeIdle();
        if (kept != null) {
            return new Browser(kept);
        }
        try {
            return new Browser(launch());
        } catch (IOException e) {
            throw new UncheckedIOException("Chromium's profile folder cannot be made under target/", e);
        }
    }

    private static synchronized WebDriver takeIdle() {
        WebDriver kept = idle;
        idle = null;
        return kept;
    }

    /** Keeps {@code driver} for the next test; quits it when one is kept already. Chromium kept at the end of the run is quit then. */
    private static void putAway(WebDriver driver) {
        synchronized (Browser.class) {
            if (idle == null) {
                if (!shutdownHookAdded) {
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        WebDriver last = takeIdle();
                        if (last != null) {
                            last.quit();
                        }
                    }, "quit-kept-chromium"));
                    shutdownHookAdded = true;
                }
                idle = driver;
                return;
            }
        }
        driver.quit();
    }

    private static boolean shutdownHookAdded;

    /** A browser the width of a laptop's screen, 1366×900: the narrowest desk the staff pages are laid out for. */
    public static Browser laptop() {
        Browser browser = open();
        browser.emulate(1366, 900, false);
        return browser;
    }

    /** A browser the size of a phone held upright ({@link #asPhone()}). */
    public static Browser phone() {
        Browser browser = open();
        browser.asPhone();
        return browser;
    }

    /** Makes this browser the size of a phone held upright, 390×844 CSS pixels with touch, as Chromium's device mode shows one. */
    public void asPhone() {
        emulate(390, 844, true);
    }

    /**
     * Gives the page a viewport of exactly this size through the DevTools protocol: a headless window's
     * size also counts its (absent) frame, and only the emulation makes the page see a phone.
     */
    public void emulate(int width, int height, boolean mobile) {
        ((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** The viewport's width in CSS pixels, as the page sees it. */
    public long viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
    }

    /**
     * Fails when the page is wider than its viewport: on a phone that is the sideways scroll that hides
     * half a form. Names the widest elements that stick out, so the failure says what to fix.
     */
    public void assertFitsWidth() {
        waitForAjax();
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "var w = document.documentElement.clientWidth;"
                        + "if (document.documentElement.scrollWidth <= w + 1) return null;"
                        + "var out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.right > w + 1 && r.width > 0 && getComputedStyle(e).visibility !== 'hidden') {"
                        + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right));"
                        + "  }"
                        + "});"
                        + "return 'page ' + document.documentElement.scrollWidth + 'px wide in a ' + w + 'px viewport: ' + out.slice(0, 8).join(', ');");
        if (overflow != null) {
            throw new AssertionError(driver.getCurrentUrl() + ": " + overflow);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /**
     * Fails when a page broke its own Content-Security-Policy since the last look: a blocked script is a
     * feature that silently does nothing, so every test checks it when it closes its browser.
     */
    public void assertNothingBlocked() {
        List<String> blocked = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
        if (!blocked.isEmpty()) {
            throw new AssertionError("the page broke its Content-Security-Policy: " + blocked);
        }
    }

    /**
     * Ends the test's browsing, failing if a page broke its Content-Security-Policy on the way: leaves
     * the pages, forgets every cookie and what the site stored, and takes off the emulation, then keeps
     * Chromium for the next test. One that cannot be emptied (a second window, a page that hangs) is quit.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            assertNothingBlocked();
        } finally {
            emptyAndPutAway();
        }
    }

    /** Closed once: the Chromium it put away may be another test's by a second close. */
    private boolean closed;

    private void emptyAndPutAway() {
        try {
            if (driver.getWindowHandles().size() != 1) {
                throw new IllegalStateException("more than one window open");
            }
            driver.get("about:blank");
            HasCdp cdp = (HasCdp) driver;
            cdp.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            cdp.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base.replaceFirst("^(https?://[^/]+).*$", "$1"),
                    "storageTypes", "all"));
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(WINDOW);
            driver.manage().logs().get(LogType.BROWSER);
        } catch (RuntimeException cannotEmpty) {
            driver.quit();
            return;
        }
        putAway(driver);
    }

    /** Signs in through the login form and lands on the case list. */
    public void signIn(String username) {
        driver.get(base + "/app/cases/list.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(Api.passwordOf(username));
        driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases:table")));
    }

    /** Ends the session, so the next {@link #signIn} is another user. */
    public void signOut() {
        driver.manage().deleteAllCookies();
    }

    public void click(String id) {
        // A panel still fading out (a date picker closed by Escape) takes the click meant for what lies
        // under it: clicked again once it has gone.
        new WebDriverWait(driver, PATIENCE, POLL).ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
                    return true;
                });
    }

    /** Replaces what the field holds, as a user does (a date picker refills itself on clear()). */
    public void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    /**
     * Types a date into a PrimeFaces date picker as a user does and checks it took: on a busy machine
     * the picker's panel, opening as the field gets focus, can swallow the keys typed meanwhile. What
     * the form submits is the field's text, so when typing lost it the text is set directly; then the
     * panel is closed.
     */
    public void typeDate(String id, java.time.LocalDate date) {
        typeDate(id, date.toString());
    }

    /**
     * Closes the date picker's panel as a click elsewhere on the page does, when Escape left it open:
     * open, it covers what lies under it (a button the test clicks next).
     */
    private void closePanel(String inputId) {
        By panel = By.id((inputId.endsWith("_input") ? inputId.substring(0, inputId.length() - "_input".length()) : inputId) + "_panel");
        try {
            // Escape closes it with a fade, mostly.
            new WebDriverWait(driver, Duration.ofSeconds(2), POLL).until(ExpectedConditions.invisibilityOfElementLocated(panel));
            return;
        } catch (TimeoutException stillOpen) {
            // It opened after the Escape (a busy machine), or Escape does not reach it: clicked away below.
        }
        List<WebElement> open = driver.findElements(panel);
        if (!open.isEmpty() && open.get(0).isDisplayed()) {
            // A title is a place to click that does nothing else: an open dialog's, which lies above the page, or the page's.
            Stream.of(By.cssSelector(".ui-dialog-title"), By.tagName("h1")).flatMap(title -> driver.findElements(title).stream())
                    .filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
        }
    }

    /** Types {@code text} into a date picker as {@link #typeDate(String, java.time.LocalDate)} does, a date that does not exist included. */
    public void typeDate(String id, String text) {
        type(id, text);
        if (!text.equals(driver.findElement(By.id(id)).getAttribute("value"))) {
            ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, text);
        }
        driver.findElement(By.id(id)).sendKeys(Keys.ESCAPE);
        closePanel(id);
        String shown = driver.findElement(By.id(id)).getAttribute("value");
        if (!text.equals(shown)) {
            throw new AssertionError("The date picker " + id + " did not take " + text + ": it shows '" + shown + "'");
        }
    }

    /**
     * The element's text once it is there; an ajax update that replaces the element between finding and
     * reading it (a re-render still arriving) is read again rather than taken for a failure.
     */
    public String text(String id) {
        return wait.until(page -> page.findElement(By.id(id)).getText());
    }

    /**
     * Picks {@code label} from a PrimeFaces select menu the way a user does: open it, wait until the
     * panel has finished opening (a click during the animation is lost), click the item, and check
     * that the choice took.
     */
    public void choose(String menuId, String label) {
        chooseItem(menuId, By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"),
                () -> label.equals(selectedLabel(menuId)));
        assertEquals(label, selectedLabel(menuId));
    }

    /**
     * Picks the option whose value is {@code value} (a unit's id, where two units may share a name)
     * the same way: its item sits at the option's place in the menu.
     */
    public void chooseValue(String menuId, String value) {
        List<String> values = menuValues(menuId);
        int index = values.indexOf(value);
        assertTrue(index >= 0, value + " is among the options of " + menuId + ": " + values);
        chooseItem(menuId, By.cssSelector("[id='" + menuId + "_items'] li:nth-child(" + (index + 1) + ")"),
                () -> value.equals(selectedValue(menuId)));
        assertEquals(value, selectedValue(menuId));
    }

    /** The values of a menu's options, in order, the empty "please choose" included. */
    public List<String> menuValues(String menuId) {
        return new Select(driver.findElement(By.id(menuId + "_input"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    private void chooseItem(String menuId, By item, BooleanSupplier choiceTook) {
        // A menu whose choice updates its own form by ajax is replaced while it is read: not yet, then.
        BooleanSupplier took = () -> {
            try {
                return choiceTook.getAsBoolean();
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        };
        String panelSettled = "var p = jQuery(document.getElementById(arguments[0]));"
                + " return p.is(':visible') && !p.is(':animated');";
        WebDriverWait briefly = new WebDriverWait(driver, Duration.ofSeconds(3), POLL);
        for (int attempt = 0; attempt < 3 && !took.getAsBoolean(); attempt++) {
            if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                driver.findElement(By.id(menuId)).click();
            }
            wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(panelSettled, menuId + "_panel"));
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                briefly.until(driver -> took.getAsBoolean());
            } catch (TimeoutException lostClick) {
                // The next attempt opens the menu again if it closed, or clicks the item again if not.
            }
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
        waitForAjax();
    }

    private String selectedValue(String menuId) {
        return new Select(driver.findElement(By.id(menuId + "_input"))).getFirstSelectedOption().getAttribute("value");
    }

    public String selectedLabel(String menuId) {
        return new Select(driver.findElement(By.id(menuId + "_input"))).getFirstSelectedOption().getText();
    }

    /** Types into a PrimeFaces autocomplete and picks the matching suggestion, which closes the panel. */
    public void pickSuggestion(String id, String value) {
        type(id + "_input", value);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_panel'] li[data-item-label='" + value + "']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    }

    /**
     * Waits until the page has replaced {@code element} (a full post or an update). Chromium reports a
     * replaced node either as stale or as "does not belong to the document", which Selenium's own
     * staleness check does not take for gone; both are gone here.
     */
    public void awaitGone(WebElement element) {
        wait.until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return true;
            }
        });
    }

    public void waitForAjax() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    /** The whole page, for the user guide; only when asked for, so ordinary runs leave docs/ alone. */
    public void screenshot(String name) {
        if (System.getProperty("xinfang.screenshots") == null) {
            return;
        }
        waitForAjax();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Dimension window = driver.manage().window().getSize();
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        try {
            // The window includes the browser's own bars; leave room so the page's foot is in the picture.
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(window.getHeight(), height + 200)));
            Path dir = Files.createDirectories(Path.of("..", "docs", "guide", "img"));
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save the screenshot " + name, e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** Fills the registration form's core fields and one petitioner, as a clerk at the window does. */
    /** Opens the registration form from the menu. */
    public void openRegistration() {
        driver.findElement(By.id("menuRegister")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register:save")));
    }

    /** Saves the registration form and waits for its answer. */
    public void saveRegistration() {
        driver.findElement(By.id("register:save")).click();
        waitForAjax();
    }

    /** Waits for the case page after a save; if the form is still there, fails with what it says. */
    public void awaitCasePage() {
        try {
            wait.until(ExpectedConditions.urlContains("/app/cases/view.xhtml"));
        } catch (TimeoutException refused) {
            throw new AssertionError("The case was not registered; the form says: "
                    + driver.findElement(By.id("register")).getText().replace('\n', ' '), refused);
        }
    }

    public void fillGeneralCase(String subject, java.time.LocalDate receivedOn) {
        choose("register:channel", "来访");
        type("register:subject", subject);
        type("register:content", "信访人反映其在某建筑工地务工，工资已拖欠三个月，多次讨要未果，请求督促支付。");
        pickSuggestion("register:category", "劳动社保");
        type("register:headCount", "1");
        type("register:parties:0:name", "王建国");
        type("register:parties:0:idNumber", "110105199001011232");
        type("register:parties:0:phone", "13800001234");
        type("register:parties:0:address", "青州市朝阳区建设路12号");
        typeDate("register:receivedOn_input", receivedOn);
    }
}
