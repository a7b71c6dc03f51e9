package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.xinfang.it.api.Api;

/**
 * The staff pages on a phone held upright (390×844): every page a clerk, a leader and the administrator
 * reach from their menu, and a case's page, fits the width (nothing scrolls sideways); the menu stays
 * folded until its button opens it, by touch or keyboard, and its links work; a clerk registers a case
 * on the phone. On a laptop (1366 px) the menu is shown and the button is not. Tables of a case's page
 * keep their column titles on a phone; a unit's long name in a menu widens no page.
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

    @Test
    void theCaseInChargeAndItsFourDutiesKeepTheirColumnLabelsOnAPhone() {
        JsonObject district = Api.newUnit(Api.unitId("青州市信访局"), "手机包案区信访局", "COUNTY", "general");
        String clerk = Api.newPerson(Api.id(district), "CLERK", "冯丽娟");
        String leader = Api.newPerson(Api.id(district), "LEADER", "曹建军");
        String handler = Api.newPerson(Api.id(district), "HANDLER", "邓晓光");
        long matter = Api.id(Api.register(clerk, Api.newCase(Api.uniqueSubject("手机包案"))));
        Api.Answer owned = Api.post(leader, "/cases/" + matter + "/ownership", Json.createObjectBuilder().add("handlerUsername", handler)
                .add("task", "约见信访人").add("dueOn", Api.today().plusDays(14).toString()).build());
        assertEquals(201, owned.status(), owned.toString());

        try (Browser phone = Browser.phone()) {
            phone.signIn(leader);
            phone.driver.get(phone.base + "/app/cases/view.xhtml?id=" + matter);
            phone.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ownershipForm:duties")));
            phone.assertFitsWidth();
            assertEquals(List.of("包案领导 曹建军", "承办人 邓晓光"), cells(phone, "ownershipForm:ownerships").subList(0, 2),
                    "each cell of the 包案 under its column's title");
            assertTrue(cells(phone, "ownershipForm:duties").get(0).startsWith("职责 "), "the 四包 too: " + cells(phone, "ownershipForm:duties"));
        }
    }

    @Test
    void aUnitsLongNameInAMenuNeverWidensThePage() {
        // With the tag newUnit adds, 40 characters (the walk-through's 39 laid the registration page out at 735 px).
        JsonObject longer = Api.newUnit(Api.unitId("青州市信访局"), "青州市朝阳区人民政府信访局网上信访事项受理与办理综合服务指导中心", "COUNTY", "general");
        try (Browser phone = Browser.phone()) {
            phone.signIn(Api.newPerson(Api.id(longer), "CLERK"));
            openMenuByTouch(phone);
            phone.openRegistration();
            phone.assertFitsWidth();
            phone.click("register:concernedUnit");
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:concernedUnit_panel")));
            phone.assertFitsWidth();
        }
        // The longest a unit's name may be, 100 characters, on a laptop.
        JsonObject longest = Api.newUnit(Api.unitId("青州市信访局"), "青州市朝阳区人民政府信访局".repeat(8).substring(0, 92), "COUNTY", "general");
        try (Browser laptop = Browser.laptop()) {
            laptop.signIn(Api.newPerson(Api.id(longest), "CLERK"));
            laptop.openRegistration();
            laptop.assertFitsWidth();
        }
    }

    /** The text of each cell of a table's first row, as a phone shows it: the column's title, then the value. */
    @SuppressWarnings("unchecked")
    private static List<String> cells(Browser phone, String tableId) {
        return (List<String>) ((JavascriptExecutor) phone.driver).executeScript(
                "return Array.from(document.getElementById(arguments[0]).querySelectorAll('tbody > tr:first-child > td'),"
                        + " function (td) {"
                        + "   var title = td.querySelector('.ui-column-title');"
                        + "   var shown = title && getComputedStyle(title).display !== 'none' ? title.innerText : '';"
                        + "   var value = title ? td.innerText.replace(title.innerText, '') : td.innerText;"
                        + "   return (shown + ' ' + value).replace(/\\s+/g, ' ').trim(); });", tableId);
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
