package org.xinfang.it.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test needs: the installed headless Chromium, a wait for PrimeFaces' ajax to
 * settle, and full-page screenshots for the user guide.
 */
final class Chromium {

    private Chromium() {
    }

    /** Headless Chromium through /usr/bin/chromedriver, with a fresh profile under {@code target/}. */
    static WebDriver open() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        // Selenium Manager must not try to download a browser or driver: both are installed.
        System.setProperty("SE_OFFLINE", "true");
        Path target = Files.createDirectories(Path.of("target"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(target, "chromium-").toAbsolutePath());
        WebDriver browser = new ChromeDriver(options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        return browser;
    }

    /** Until the page has loaded and no PrimeFaces or jQuery request is under way. */
    static void waitForAjax(WebDriverWait wait) {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    /**
     * The whole page as {@code docs/guide/img/<name>.png}, for the user guide; only with
     * {@code -Dxinfang.screenshots}, so ordinary runs leave docs/ alone.
     */
    static void screenshot(WebDriver browser, WebDriverWait wait, String name) {
        if (System.getProperty("xinfang.screenshots") == null) {
            return;
        }
        waitForAjax(wait);
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
