package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;

/**
 * Correcting a case on its page: before any notice everything is open; once the acceptance notice is served
 * the subject it states is read-only with the notice named, while the category stays correctable; a declined
 * case shows no form, only why — a correction is a new step.
 */
@ExtendWith(ArquillianExtension.class)
class CorrectionInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void whatAServedNoticeStatesIsReadOnlyAndADeclinedCaseIsNotEdited() {
        JsonObject registered = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("页面更正")));
        long id = registered.getJsonNumber("id").longValue();
        browser.signIn(Api.CY_CLERK);
        openCase(id);
        assertNull(browser.driver.findElement(By.id("correct:subject")).getAttribute("readonly"), "no notice yet: the subject is open");

        step(id, Json.createObjectBuilder().add("transition", "accept"));
        openCase(id);
        WebElement subject = browser.driver.findElement(By.id("correct:subject"));
        assertNotNull(subject.getAttribute("readonly"), "the acceptance notice states the subject");
        assertTrue(browser.text("correct:subjectFixed").contains("受理告知书"), browser.text("correct:subjectFixed"));
        assertTrue(browser.text("correct:subjectFixed").contains("新的步骤"), browser.text("correct:subjectFixed"));
        assertNull(browser.driver.findElement(By.id("correct:content")).getAttribute("readonly"), "no notice to the petitioner quotes the content");
        browser.screenshot("case-correction-after-notice");

        browser.type("correct:category_input", "城乡建设");
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.click("correct:save");
        browser.awaitGone(page);
        // The saved message shows on the page the save redirected to (waited for: it may render after the form).
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已保存更正"));
        JsonObject stored = Api.get(Api.CY_CLERK, "/cases/" + id).json();
        assertEquals("城乡建设", stored.getString("category"));
        assertEquals(registered.getString("subject"), stored.getString("subject"));

        JsonObject other = Api.register(Api.CY_CLERK, Api.newCase(Api.uniqueSubject("页面更正不予受理")));
        long declined = other.getJsonNumber("id").longValue();
        step(declined, Json.createObjectBuilder().add("transition", "decline").add("reason", "不属于信访事项受理范围。"));
        openCase(declined);
        assertTrue(browser.text("correctClosed").contains("不予受理") && browser.text("correctClosed").contains("新的步骤"),
                browser.text("correctClosed"));
        assertTrue(browser.driver.findElements(By.id("correct:save")).isEmpty(), "no form on a declined case");
    }

    private void openCase(long id) {
        browser.driver.get(browser.base + "/app/cases/view.xhtml?id=" + id);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correction")));
    }

    private static void step(long id, jakarta.json.JsonObjectBuilder body) {
        long version = Api.get(Api.CY_CLERK, "/cases/" + id).json().getJsonNumber("version").longValue();
        Api.Answer taken = Api.post(Api.CY_CLERK, "/cases/" + id + "/procedure/steps", body.add("version", version).build());
        assertEquals(200, taken.status(), taken::toString);
    }
}
