package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * The full-text search as its users meet it (ADR 0041): a clerk finds a matter in the case list by the
 * petitioner's phone typed with dashes and by a fragment of what it says; the neighbouring district's
 * clerk finds nothing; an administrator rebuilds the index and watches it finish.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aClerkFindsAMatterByPhoneAndByWhatItSaysAndAnAdministratorRebuildsTheIndex() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String subject = "反映锦绣" + marker + "小区电梯长期停运";
        Api.register(Api.CY_CLERK, Json.createObjectBuilder()
                .add("channel", "VISIT").add("subject", subject)
                .add("content", "锦绣" + marker + "小区3号楼电梯停运两个月，物业以维修资金不足为由拒绝维修，老人上下楼困难。")
                .add("category", "城乡建设").add("receivedOn", Api.today().minusDays(1).toString()).add("headCount", 1)
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("role", "PETITIONER").add("name", "欧阳晓雯").add("phone", phone))));
        String dashed = phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);

        try (Browser browser = Browser.laptop()) {
            browser.signIn(Api.CY_CLERK);
            browser.driver.get(browser.base + "/app/cases/list.xhtml");
            for (String words : List.of(dashed, marker + " 维修资金不足")) {
                browser.type("cases:text", words);
                browser.click("cases:search");
                browser.waitForAjax();
                List<String> rows = rows(browser);
                assertEquals(1, rows.size(), words + ": " + rows);
                assertTrue(rows.get(0).contains(subject), rows.get(0));
            }
            browser.screenshot("search-list");
            browser.signOut();

            browser.signIn(Api.DC_CLERK);
            browser.driver.get(browser.base + "/app/cases/list.xhtml");
            browser.type("cases:text", dashed);
            browser.click("cases:search");
            browser.waitForAjax();
            assertEquals(List.of(), rows(browser), "the neighbouring district finds nothing");
            browser.signOut();

            browser.signIn(Api.ADMIN);
            browser.click("menuSearchIndex");
            browser.waitForAjax();
            assertTrue(browser.text("searchIndex:counts").matches("索引中 \\d+ 件，数据库中 \\d+ 件。"), browser.text("searchIndex:counts"));
            browser.click("searchIndex:rebuildButton");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            browser.waitForAjax();
            assertTrue(browser.text("searchIndex:messages").contains("已开始重建索引"), browser.text("searchIndex:messages"));
            // The page asks for progress every two seconds until the rebuild is done.
            new WebDriverWait(browser.driver, Duration.ofMinutes(3)).until(d -> browser.text("searchIndex:rebuild").startsWith("上次重建"));
            assertTrue(browser.text("searchIndex:rebuild").contains("admin"), browser.text("searchIndex:rebuild"));
            assertEquals("100%", browser.driver.findElement(By.cssSelector("[id='searchIndex:progress'] .ui-progressbar-label")).getText());
            String counts = browser.text("searchIndex:counts");
            String[] numbers = counts.replaceAll("[^0-9]+", " ").trim().split(" ");
            assertEquals(numbers[0], numbers[1], "every matter indexed: " + counts);
            browser.screenshot("search-index");
        }
    }

    private static List<String> rows(Browser browser) {
        return browser.driver.findElements(By.cssSelector("[id='cases:table_data'] > tr[data-ri]")).stream().map(WebElement::getText).toList();
    }
}
