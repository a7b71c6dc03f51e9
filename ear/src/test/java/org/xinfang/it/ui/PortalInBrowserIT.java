package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
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
import org.xinfang.it.SmsGateway;
import org.xinfang.it.api.Api;
import org.xinfang.it.api.Api.Answer;

/**
 * The petition portal on a phone (390 × 844, as the page sees it): a signed matter brought to a
 * district bureau with its phone confirmed by a texted code and a file, the clerk accepting it on the case page and the handler deciding, the petitioner following it with
 * the code and phone, fetching the decision, rating it and asking for review (an anonymous report is the
 * discipline plugin's PortalReportInBrowserIT). Every page fits the phone's width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PortalInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    private final StepDialog steps = new StepDialog(browser);

    @Test
    void aPetitionerBringsAMatterFollowsItRatesTheDecisionAndAsksForReview() {
        browser.asPhone();
        String subject = Api.uniqueSubject("反映小区供暖不达标");
        String phone = "139" + Api.digits(8);
        browser.driver.get(browser.base + "/public/petition.xhtml");
        browser.assertFitsWidth();
        browser.choose("petition:unit", "青州市朝阳区信访局");
        browser.choose("petition:category", "城乡建设");
        browser.type("petition:subject", subject);
        browser.type("petition:content", "小区冬季室温长期低于16度，多次向物业和供热公司反映无果，请求督促整改。");
        browser.type("petition:name", "王建国");
        browser.type("petition:phone", phone);
        String texted;
        try (SmsGateway sms = SmsGateway.start()) {
            browser.click("petition:sendCode");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("petition:phoneCodeMsg"), "已发送"));
            texted = sms.latestCodeTo(phone);
        }
        browser.type("petition:phoneCode", texted);
        browser.driver.findElement(By.id("petition:file")).sendKeys(scan("letter.pdf"));
        browser.screenshot("portal-petition");
        submit();
        String code = browser.text("receipt_code");
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), code);
        assertEquals(Api.today().plusDays(15).toString(), browser.text("receipt_due"));
        browser.assertFitsWidth();
        browser.screenshot("portal-receipt");
        // The code is shown once: switching the language shows the same receipt, not a fresh form.
        browser.click("publicbar:langEn");
        browser.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals(code, browser.text("receipt_code"), "the receipt stays in English");
        browser.click("publicbar:langZh");
        browser.wait.until(d -> d.findElement(By.tagName("html")).getAttribute("lang").startsWith("zh"));
        assertEquals(code, browser.text("receipt_code"));

        JsonObject registered = Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getJsonArray("items").getJsonObject(0);
        assertEquals("ONLINE", registered.getString("channel"));
        long id = registered.getJsonNumber("id").longValue();
        assertTrue(Api.get(Api.CY_CLERK, "/cases/" + id + "/documents").body().contains("letter.pdf"), "the file came with the petition");
        // The district's clerk accepts it on the case page, on a phone too.
        browser.signIn(Api.CY_CLERK);
        browser.driver.get(browser.base + "/app/cases/view.xhtml?id=" + id);
        steps.take("accept");
        assertEquals("accepted", steps.currentState());
        browser.signOut();
        step("cy.handler", id, "decide", "经核查，该小区供热不达标属实，已责令供热公司限期整改。");

        browser.driver.get(browser.base + "/public/follow.xhtml");
        browser.type("follow:code", code.toLowerCase().replace("-", " "));
        browser.type("follow:phone", phone);
        browser.click("follow:open");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matter_state")));
        assertEquals("已出具处理意见", browser.text("matter_state"));
        browser.click("publicbar:langEn");
        browser.wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertFalse(browser.text("matter_state").equals("已出具处理意见"), "the opened matter, named in English: " + browser.text("matter_state"));
        browser.click("publicbar:langZh");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matter_state"), "已出具处理意见"));
        assertTrue(browser.text("matter").contains("处理意见书"), browser.text("matter"));
        browser.assertFitsWidth();
        browser.screenshot("portal-follow");

        browser.click("notices:n:1:download");
        browser.click("rating:rate");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating:choiceMsg"), "请选择"));
        browser.driver.findElement(By.cssSelector("label[for='rating:choice:0']")).click();
        browser.click("rating:rate");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("followMessages"), "已收到您的评价"));
        assertTrue(browser.text("rating:given").contains("满意"), browser.text("rating"));
        assertTrue(browser.text("matter").contains("已获取"), "the decision fetched is shown served: " + browser.text("matter"));

        browser.type("review:reason", "整改后室温仍不达标，请求复查。");
        browser.screenshot("portal-review");
        browser.click("review:ask");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matter_state"), "复查中"));
        assertTrue(browser.text("matter").contains("青州市信访局"), browser.text("matter"));
        browser.assertFitsWidth();
    }

    @Test
    void onAPhoneEveryRefusalShowsAtItsFieldAtOnceAndNothingIsSaved() throws Exception {
        browser.asPhone();
        String subject = Api.uniqueSubject("拒绝逐项显示");
        java.nio.file.Path program = java.nio.file.Files.createTempFile("照片", ".pdf");
        java.nio.file.Files.write(program, "MZ\u0090\u0000 this is a program, not a scan".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        browser.driver.get(browser.base + "/public/petition.xhtml");
        browser.choose("petition:unit", "青州市朝阳区信访局");
        browser.choose("petition:category", "城乡建设");
        browser.type("petition:subject", subject);
        browser.type("petition:name", "李四");
        browser.type("petition:phone", "139" + Api.digits(8));
        browser.type("petition:email", "不是邮箱");
        browser.click("petition:addRepresentative");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("petition:representatives:0:representativeName")));
        browser.type("petition:representatives:0:representativeName", "王五");
        browser.driver.findElement(By.id("petition:file")).sendKeys(program.toAbsolutePath().toString());
        browser.click("petition:submit");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("petition:contentMsg"), "内容"));
        assertTrue(browser.text("petition:headCountMsg").contains("反映人数"), "the representatives against the head count, at the count: "
                + browser.text("petition:headCountMsg"));
        assertTrue(browser.text("petition:fileMsg").contains("照片"), "the file's refusal with the others: " + browser.text("petition:fileMsg"));
        assertTrue(browser.text("petition:emailMsg").contains("邮箱"), browser.text("petition:emailMsg"));
        browser.assertFitsWidth();
        // A good file with a refusal elsewhere: the browser will not send it again, and the page says so.
        browser.driver.findElement(By.id("petition:file")).sendKeys(scan("letter.pdf"));
        browser.click("petition:submit");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("petition:fileMsg"), "重新选择"));
        assertEquals(0, Api.get(Api.CY_CLERK, Api.casesWhere(Map.of("q", subject))).json().getInt("total"), "nothing saved");
    }

    @Test
    void aPetitionLeftOpenPastTheSessionStartsAgainOnThePortalNotAtTheStaffSignIn() {
        browser.asPhone();
        browser.driver.get(browser.base + "/public/petition.xhtml");
        browser.type("petition:subject", Api.uniqueSubject("会话过期"));
        browser.driver.manage().deleteAllCookies();
        browser.click("petition:submit");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("expired")));
        assertTrue(browser.driver.getCurrentUrl().contains("/public/petition.xhtml"), browser.driver.getCurrentUrl());
        assertTrue(browser.text("expired").contains("没有保存"), browser.text("expired"));
        assertTrue(browser.driver.findElements(By.id("petition:submit")).size() == 1, "the form, ready to fill in again");
    }

    /** Submits the petition and waits for its receipt; a refusal instead fails with what the page says. */
    private void submit() {
        browser.click("petition:submit");
        try {
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt_code")));
        } catch (org.openqa.selenium.TimeoutException noReceipt) {
            throw new AssertionError("no receipt; the page says: " + browser.driver.findElement(By.tagName("main")).getText(), noReceipt);
        }
    }

    /** A scan of the test's own resources, as a file on this machine for the browser's file input. */
    private static String scan(String name) {
        try {
            return java.nio.file.Path.of(PortalInBrowserIT.class.getResource("/scans/" + name).toURI()).toAbsolutePath().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void step(String user, long id, String transition, String reason) {
        long version = Api.get(user, "/cases/" + id).json().getJsonNumber("version").longValue();
        var step = Json.createObjectBuilder().add("transition", transition).add("version", version);
        if (reason != null) {
            step.add("outcome", "SUPPORT").add("reason", reason);
        }
        Answer taken = Api.post(user, "/cases/" + id + "/procedure/steps", step.build());
        assertEquals(200, taken.status(), taken::toString);
    }
}
