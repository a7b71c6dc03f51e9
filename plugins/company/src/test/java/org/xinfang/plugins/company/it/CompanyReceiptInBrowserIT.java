package org.xinfang.plugins.company.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
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
import org.xinfang.it.api.PublicReceipts;
import org.xinfang.it.ui.Browser;

/**
 * An anonymous hotline complaint in a real browser, with a company of the test's own: the desk creates
 * the receipt code on the complaint's page, reads it to the caller from the slip and answers in
 * writing; the caller, not signed in, types the code on the public page and reads the answer.
 */
@ExtendWith(ArquillianExtension.class)
public class CompanyReceiptInBrowserIT {

    private static final String ANSWER = "您反映的装配线防护罩缺失问题，公司安全科已核实，三日内全部补装，并对车间进行安全检查。";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void theDeskGivesTheCallerACodeAndThePublicPageShowsTheAnswer() {
        CompanyDeskApiIT.Company co = CompanyDeskApiIT.Company.create();
        long id = Api.id(Api.register(co.desk(), CompanyReceiptApiIT.hotlineCall(co, Api.uniqueSubject("热线匿名反映防护罩缺失"))));

        browser.signIn(co.desk());
        browser.driver.get(browser.base + "/app/cases/view.xhtml?id=" + id);
        browser.click("case_receipt_form:case_receipt_issue");
        String code = browser.text("case_receipt_code");
        assertTrue(code.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), code);
        assertTrue(browser.text("case_receipt_form:case_receipt_slip").contains("/public/receipt.xhtml"));
        browser.screenshot("company-receipt-slip");
        browser.type("case_receipt_form:case_receipt_answer", ANSWER);
        browser.click("case_receipt_form:case_receipt_send");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case_receipt_form:case_receipt_messages"), "已答复"));
        assertTrue(browser.driver.findElements(By.id("case_receipt_code")).isEmpty(), "the code is gone once the page moves on");
        browser.signOut();

        browser.driver.get(browser.base + "/public/receipt.xhtml");
        // Clicking 查询 with nothing typed asks for the code and is no guess: six times, more than the
        // five wrong codes an address may try, and the right code still opens.
        for (int i = 0; i < 6; i++) {
            browser.click("receipt_open:open");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receipt_messages"), "请输入回执码"));
        }
        browser.type("receipt_open:code", code);
        browser.click("receipt_open:open");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt_view")));
        assertTrue(browser.text("receipt_view").contains(ANSWER), browser.text("receipt_view"));
        browser.screenshot("company-receipt-public");

        // What the caller adds with the code is listed on the case as theirs, without the name they gave the file.
        Answer added = PublicReceipts.post("evidence", Json.createObjectBuilder().add("code", code).add("text", "补充：工资条见附件")
                .add("fileName", "张建华工资条.pdf").add("content", Base64.getEncoder().encodeToString(letterScan())).build().toString());
        assertEquals(201, added.status(), added::toString);
        browser.signIn(co.desk());
        browser.driver.get(browser.base + "/app/cases/view.xhtml?id=" + id);
        String documents = browser.text("documentsForm:documents");
        assertTrue(documents.contains("反映人补充材料") && documents.contains("匿名反映人"), documents);
        assertFalse(documents.contains("anonymous-reporter") || documents.contains("张建华"), documents);
    }

    private byte[] letterScan() {
        try (InputStream in = getClass().getResourceAsStream("/scans/letter.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
