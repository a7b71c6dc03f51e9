package org.xinfang.plugins.court;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
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
import org.xinfang.it.ui.Browser;

/**
 * A court leader records a 联席会议 with the district in a real browser: choosing the kind brings up the
 * outside bodies (参加单位), which it refuses to save without; saved, the meeting is listed under its
 * kind with the bodies, the court's matter linked and the decision to follow up.
 */
@ExtendWith(ArquillianExtension.class)
public class CourtJointMeetingInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @RegisterExtension
    final Browser browser = Browser.open();

    @Test
    void aCourtLeaderRecordsAJointMeetingWithTheDistrictLinkedToAMatter() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        JsonObject matter = Api.register(Api.ZY_CLERK, Api.newCase("五七集团198名职工追索拖欠三金 " + tag)
                .add("form", Api.courtForm("（2024）青07破3号")));
        browser.signIn("zy.court_leader");
        browser.click("menuMeetings");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetings:save")));
        assertTrue(browser.driver.findElements(By.id("meetings:outsideBodies")).isEmpty(), "the analysis meeting records no outside bodies");

        browser.choose("meetings:kind", "联席会议");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meetings:outsideBodies")));
        browser.type("meetings:attendees", "区委书记、区长、区委政法委书记，本院院长、分管副院长 " + tag);
        browser.type("meetings:situation", "五七集团198名职工起诉未获受理，拟到市里集体上访，须区委、区政府统筹解决。");
        browser.type("meetings:caseIds", String.valueOf(Api.id(matter)));
        browser.type("meetings:decisions:0:decision", "区政府牵头成立职工安置工作组，核查三金欠缴情况");
        browser.type("meetings:decisions:0:responsible", "朝阳区常务副区长");
        browser.typeDate("meetings:decisions:0:dueOn_input", Api.today().plusDays(10));
        browser.click("meetings:save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings:growl_container"), "联席会议须写明参加单位"));

        browser.type("meetings:outsideBodies", "中共朝阳区委、朝阳区人民政府、青州市中级人民法院");
        browser.screenshot("meetings-court-joint-form");
        browser.click("meetings:save");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings:growl_container"), "已记录联席会议"));

        assertTrue(browser.menuValues("meetings:filterKind").contains("court.joint"), "the court's own kind is offered");
        assertFalse(browser.menuValues("meetings:filterKind").contains("company.leaders"), "no other agency's kind is offered to the court");
        browser.choose("meetings:filterKind", "联席会议");
        WebElement unfiltered = browser.driver.findElement(By.id("meetings:list"));
        browser.click("meetings:filter");
        browser.awaitGone(unfiltered);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings:list"), tag));
        String listed = browser.text("meetings:list");
        assertTrue(listed.contains("联席会议") && listed.contains("参加单位：中共朝阳区委、朝阳区人民政府、青州市中级人民法院"), listed);
        assertTrue(listed.contains(matter.getString("number")) && listed.contains("区政府牵头成立职工安置工作组"), listed);
        browser.screenshot("meetings-court-joint");
    }
}
