package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;

/**
 * The staff pages on a phone held upright (390×844): every page a clerk, a leader and the administrator
 * reach from their menu, and a case's page, fits the width (nothing scrolls sideways); the menu stays
 * folded until its button opens it, by touch or keyboard, and its links work; a clerk registers a case
 * on the phone. On a laptop (1366 px) the menu is shown and the button is not.
 *
 * <p>With {@code -Dxinfang.screenshots} the case list on the phone is saved for the user guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneLayoutInBrowserIT {

    private static final LocalDate RECEIVED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void everyPageOfAClerkFitsAPhoneAndTheClerkRegistersACaseOnIt() {
        try (Browser phone = Browser.phone()) {
            phone.signIn("cy.clerk");
            phone.screenshot("phone-list");
            everyPageFits(phone);

            openMenuByTouch(phone);
            phone.openRegistration();
            phone.assertFitsWidth();
            String subject = "手机登记：拖欠工资 " + UUID.randomUUID().toString().substring(0, 8);
            phone.fillGeneralCase(subject, RECEIVED_ON);
            phone.assertFitsWidth();
            phone.saveRegistration();
            phone.awaitCasePage();
            phone.assertFitsWidth();
            assertTrue(phone.driver.findElement(By.tagName("main")).getText().contains(subject),
                    "the new case's page names its subject");
        }
    }

    @Test
    void everyPageOfALeaderFitsAPhone() {
        try (Browser phone = Browser.phone()) {
            phone.signIn("cy.leader");
            everyPageFits(phone);
        }
    }

    @Test
    void everyPageOfTheAdministratorFitsAPhone() {
        try (Browser phone = Browser.phone()) {
            phone.signIn("admin");
            everyPageFits(phone);
        }
    }

    @Test
    void onALaptopTheMenuIsShownAndNoButtonFoldsIt() {
        try (Browser laptop = Browser.laptop()) {
            laptop.signIn("cy.clerk");
            assertTrue(laptop.driver.findElement(By.id("menu")).isDisplayed(), "the menu on a laptop");
            assertFalse(laptop.driver.findElement(By.id("menuButton")).isDisplayed(), "the menu button on a laptop");
            laptop.click("menuInbox");
            laptop.wait.until(ExpectedConditions.urlContains("/app/supervision/inbox.xhtml"));
            laptop.assertFitsWidth();
        }
    }

    /**
     * Opens every page of the signed-in user's menu and the first case of the list, each checked for
     * width; then the folded menu, opened by keyboard, closed by Escape, and by touch, whose link works.
     */
    private static void everyPageFits(Browser phone) {
        phone.assertFitsWidth();
        List<String> pages = new ArrayList<>(hrefs(phone, "#menu a"));
        pages.addAll(hrefs(phone, "a.xf-case-link").stream().limit(1).toList());
        assertTrue(pages.size() > 10, "the menu offers the staff pages: " + pages);
        for (String page : pages) {
            phone.driver.get(page);
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.xf-content")));
            phone.assertFitsWidth();
            assertMenuFolded(phone);
        }

        WebElement button = phone.driver.findElement(By.id("menuButton"));
        button.sendKeys(Keys.ENTER);
        assertMenuOpen(phone);
        assertEquals(phone.driver.findElement(By.cssSelector("#menu a")), phone.driver.switchTo().activeElement(),
                "the menu's first link has the focus once the keyboard opened it");
        phone.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertMenuFolded(phone);
        assertEquals(button, phone.driver.switchTo().activeElement(), "Escape gives the focus back to the menu button");

        openMenuByTouch(phone);
        phone.click("menuInbox");
        phone.wait.until(ExpectedConditions.urlContains("/app/supervision/inbox.xhtml"));
        assertMenuFolded(phone);
    }

    private static void openMenuByTouch(Browser phone) {
        assertMenuFolded(phone);
        phone.click("menuButton");
        assertMenuOpen(phone);
    }

    private static void assertMenuFolded(Browser phone) {
        assertTrue(phone.driver.findElement(By.id("menuButton")).isDisplayed(), "the menu button on " + phone.driver.getCurrentUrl());
        assertEquals("false", phone.driver.findElement(By.id("menuButton")).getAttribute("aria-expanded"));
        assertFalse(phone.driver.findElement(By.id("menu")).isDisplayed(), "the folded menu on " + phone.driver.getCurrentUrl());
    }

    private static void assertMenuOpen(Browser phone) {
        phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu")));
        assertEquals("true", phone.driver.findElement(By.id("menuButton")).getAttribute("aria-expanded"));
        phone.assertFitsWidth();
    }

    @SuppressWarnings("unchecked")
    private static List<String> hrefs(Browser browser, String selector) {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), function (a) { return a.href; });", selector);
    }
}
