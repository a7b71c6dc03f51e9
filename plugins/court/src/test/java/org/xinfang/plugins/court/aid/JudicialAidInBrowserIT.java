package org.xinfang.plugins.court.aid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.xinfang.it.ui.Browser;

/**
 * Judicial aid in a real browser at the demo's intermediate court, on a case of the test's own: the
 * filing tribunal records the application (a zero amount is refused, named), the court leader approves
 * a staff donation, the tribunal records the payment and the petitioner's receipt with its scan; the
 * figures page counts it.
 */
@ExtendWith(ArquillianExtension.class)
public class JudicialAidInBrowserIT {

    private static final String RECEPTION = "zy.court_reception";
    private static final String LEADER = "zy.court_leader";
    /** Inputs of the first (only) application on the page. */
    private static final String FIRST = "court_aid_form:court_aid_list:0:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void theTribunalAndTheLeaderTakeAnApplicationToTheReceipt() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long caseId = Api.id(Api.register(RECEPTION, Api.newCase(Api.uniqueSubject("生活困难申请司法救助"))
                .add("unitId", Api.unitId("青州市中级人民法院")).add("form", Api.courtForm("（2023）青07民终1876号"))));
        String casePage = browser.base + "/app/cases/view.xhtml?id=" + caseId;

        browser.signIn(RECEPTION);
        browser.driver.get(casePage);
        browser.type("court_aid_form:court_aid_newApplicant", "王建国");
        browser.type("court_aid_form:court_aid_newReason", "因案致贫，租住房屋到期后无房居住，请求司法救助。");
        browser.type("court_aid_form:court_aid_newAmount", "0");
        browser.click("court_aid_form:court_aid_apply");
        awaitText("court_aid_form", "申请金额（元）须大于零");
        browser.type("court_aid_form:court_aid_newAmount", "5000");
        browser.typeDate("court_aid_form:court_aid_newAppliedOn_input", today);
        browser.screenshot("court-aid-apply");
        browser.click("court_aid_form:court_aid_apply");
        awaitText("court_aid", "已申请，待审批");
        assertTrue(browser.text("court_aid").contains("5,000.00"), browser.text("court_aid"));

        browser.signOut();
        browser.signIn(LEADER);
        browser.driver.get(casePage);
        browser.driver.findElement(By.xpath("//*[@id='" + FIRST + "court_aid_source']//label[normalize-space()='干警捐款']")).click();
        browser.type(FIRST + "court_aid_amountGranted", "4500");
        browser.type(FIRST + "court_aid_decisionNote", "院党组号召全院干警捐款，帮助解决住房问题。");
        browser.screenshot("court-aid-decide");
        browser.click(FIRST + "court_aid_approve");
        awaitText("court_aid", "已批准，待发放");

        browser.signOut();
        browser.signIn(RECEPTION);
        browser.driver.get(casePage);
        assertEquals("4500.00", browser.driver.findElement(By.id(FIRST + "court_aid_amountPaid")).getAttribute("value"),
                "the payment form offers the amount granted");
        browser.type(FIRST + "court_aid_paidBy", "立案庭王某");
        browser.click(FIRST + "court_aid_pay");
        awaitText("court_aid", "已发放，待签收");
        Path scan = Files.createTempFile("receipt", ".pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.type(FIRST + "court_aid_receiptNote", "本人当面签收，表示息诉罢访。");
        browser.driver.findElement(By.id(FIRST + "court_aid_scan")).sendKeys(scan.toAbsolutePath().toString());
        browser.click(FIRST + "court_aid_receive");
        awaitText("court_aid", "已签收");
        assertTrue(browser.text("court_aid").contains("司法救助款签收单"), browser.text("court_aid"));
        browser.screenshot("court-aid-received");
        // The case's audit names the plugin's actions by their labels, not their codes.
        browser.driver.navigate().refresh();
        browser.awaitCasePage();
        String history = browser.text("history");
        assertTrue(history.contains("登记司法救助申请") && history.contains("信访人签收司法救助款") && !history.contains("COURT_AID_"), history);

        browser.signOut();
        browser.signIn(LEADER);
        browser.driver.get(browser.base + "/plugins/court/aid-figures.xhtml");
        awaitText("court_aid_figures:court_aid_figures_rows", "干警捐款");
        browser.screenshot("court-aid-figures");
    }

    private void awaitText(String id, String text) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }
}
