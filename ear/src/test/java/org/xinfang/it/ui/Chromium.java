package org.xinfang.it.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/** The installed headless Chromium for the browser tests, with a fresh profile under target/. */
final class Chromium {

    private Chromium() {
    }

    static WebDriver start() throws IOException {
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
}
