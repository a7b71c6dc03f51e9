package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * The administrator creates a clerk on the accounts page; the clerk signs in with the first password
 * and meets only the password page until choosing their own, which a common password cannot be; then
 * the case list opens. A user signed in whose account an administrator disables, or whose password
 * they reset, meets the sign-in page at the next page.
 *
 * <p>With {@code -Dxinfang.screenshots} the pages are saved to {@code docs/guide/img/} for the guide.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsInBrowserIT {

    private static final String FIRST = "临时口令-Hw4#pz8Kd";

    @RegisterExtension
    final Browser chromium = Browser.laptop();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void aSignedInUserWhoIsDisabledOrWhosePasswordIsResetMeetsTheSignInPageAtTheNextPage() {
        long unit = Api.newUnit(null, "会话测试区", "COUNTY", "general").getJsonNumber("id").longValue();
        String disabled = Api.newPerson(unit, "CLERK");
        chromium.signIn(disabled);
        Answer off = Api.put(Api.ADMIN, "/admin/users/" + disabled + "/state", Json.createObjectBuilder().add("enabled", false).build());
        assertEquals(200, off.status(), off::toString);
        chromium.driver.get(chromium.base + "/app/cases/list.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
        assertTrue(chromium.driver.findElements(By.id("cases:table")).isEmpty(), "a disabled account's session went on");

        chromium.signOut();
        String reset = Api.newPerson(unit, "CLERK");
        chromium.signIn(reset);
        String temporary = "重置口令-" + UUID.randomUUID().toString().substring(0, 8);
        Answer issued = Api.put(Api.ADMIN, "/admin/users/" + reset + "/password", Json.createObjectBuilder().add("password", temporary).build());
        assertEquals(200, issued.status(), issued::toString);
        chromium.driver.get(chromium.base + "/app/cases/list.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(reset);
        assertTrue(chromium.driver.findElements(By.id("cases:table")).isEmpty(), "a session went on after its password was reset");
        chromium.driver.findElement(By.id("j_password")).sendKeys(temporary);
        chromium.driver.findElement(By.id("login")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password:newPassword")));
    }

    @Test
    void anAdministratorCreatesAClerkWhoMustChooseTheirOwnPasswordFirst() {
        String username = "cy.ui" + UUID.randomUUID().toString().substring(0, 6);
        chromium.signIn("admin");
        chromium.driver.get(chromium.base + "/app/admin/accounts.xhtml");
        chromium.type("accounts:username", username);
        chromium.type("accounts:displayName", "界面新建登记员");
        chromium.type("accounts:email", username + "@example.org");
        chromium.choose("accounts:unitId", "青州市朝阳区信访局");
        chromium.waitForAjax();
        chromium.choose("accounts:role", "登记员 (CLERK)");
        chromium.type("accounts:password", "123456789");
        chromium.click("accounts:createAccount");
        chromium.waitForAjax();
        assertTrue(chromium.text("accounts:messages").contains("密码"), "a common first password was taken: " + chromium.text("accounts:messages"));

        chromium.type("accounts:password", FIRST);
        chromium.click("accounts:createAccount");
        chromium.waitForAjax();
        assertTrue(chromium.text("accounts:messages").contains("已新建账号 " + username), chromium.text("accounts:messages"));
        assertTrue(chromium.text("accounts:table").contains("界面新建登记员"), chromium.text("accounts:table"));
        assertTrue(chromium.text("accounts:table").contains("须改密码"), chromium.text("accounts:table"));
        chromium.screenshot("admin-accounts");

        chromium.signOut();
        chromium.driver.get(chromium.base + "/app/cases/list.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("j_username"))).sendKeys(username);
        chromium.driver.findElement(By.id("j_password")).sendKeys(FIRST);
        chromium.driver.findElement(By.id("login")).click();
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password:newPassword")));
        chromium.driver.get(chromium.base + "/app/cases/list.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password:newPassword")));
        assertTrue(chromium.driver.getCurrentUrl().endsWith("/app/account/password.xhtml"), "another page opened before the password was changed");
        assertTrue(chromium.driver.findElements(By.id("menu")).isEmpty() && chromium.driver.findElements(By.id("menuButton")).isEmpty(),
                "the forced password change shows a menu of pages that would all lead back to it");
        chromium.screenshot("account-password");

        String own = "我自己的长密码-" + UUID.randomUUID().toString().substring(0, 6);
        chromium.type("password:currentPassword", FIRST);
        chromium.type("password:newPassword", own);
        chromium.type("password:repeated", own + "x");
        chromium.click("password:save");
        chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:repeatedMsg"), "不一致"));

        chromium.type("password:currentPassword", FIRST);
        chromium.type("password:newPassword", own);
        chromium.type("password:repeated", own);
        chromium.click("password:save");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cases:table")));
        assertEquals("界面新建登记员", chromium.text("topbar:userName"));
        chromium.driver.get(chromium.base + "/app/account/password.xhtml");
        chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password:newPassword")));
        assertTrue(!chromium.driver.findElements(By.id("menu")).isEmpty(), "a password changed by choice keeps the menu");
    }
}
