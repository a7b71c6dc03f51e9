package org.xinfang.it.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.xinfang.it.Deployments;

/**
 * The administrator runs the organisation tree on the units page, on a laptop and on a phone: a unit
 * without a name is refused naming the field, one complete is created under a parent picked by name,
 * refused a short name another unit has (case numbers are built from it), renamed, and moved under
 * another parent picked by name; the page never scrolls sideways.
 *
 * <p>With {@code -Dxinfang.screenshots} the laptop's page is saved to {@code docs/guide/img/admin-units.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitsInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.builtEar();
    }

    @Test
    void onALaptopAnAdministratorCreatesRenamesAndMovesAUnit() {
        try (Browser laptop = Browser.laptop()) {
            String name = createAndMove(laptop);
            laptop.type("units:newShortName", "朝信");
            laptop.click("units:renameUnit");
            laptop.waitForAjax();
            assertTrue(laptop.text("units:messages").contains("简称：简称“朝信”已由“青州市朝阳区信访局”使用"), laptop.text("units:messages"));
            assertFalse(laptop.driver.findElement(By.xpath("//tr[.//span[text()='" + name + "']]")).getText().contains("朝信"),
                    "the refused short name was saved");
            laptop.type("units:newShortName", "新" + name.substring(name.length() - 6));
            laptop.type("units:newName", name + "（新）");
            laptop.type("units:newSealText", "界面改名印章");
            laptop.click("units:renameUnit");
            laptop.waitForAjax();
            assertTrue(laptop.text("units:messages").contains("已保存“" + name + "（新）”的名称"), laptop.text("units:messages"));
            assertTrue(laptop.text("units:table").contains("界面改名印章"), "the table does not show the new seal text");
            laptop.assertFitsWidth();
            laptop.screenshot("admin-units");
        }
    }

    @Test
    void onAPhoneAnAdministratorCreatesAndMovesAUnitWithoutScrollingSideways() {
        try (Browser phone = Browser.phone()) {
            createAndMove(phone);
            phone.assertFitsWidth();
        }
    }

    /**
     * Creates a township under 朝阳区 (a nameless one refused first), then takes it from its row of the tree
     * and moves it under 东城区; returns its name.
     */
    private static String createAndMove(Browser browser) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "界面新建镇" + tag;
        browser.signIn("admin");
        browser.driver.get(browser.base + "/app/admin/units.xhtml");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("units:table")));
        browser.assertFitsWidth();

        browser.choose("units:parentId", "青州市朝阳区信访局");
        browser.type("units:code", "ui-" + tag);
        browser.type("units:shortName", "界面镇" + tag);
        browser.choose("units:level", "乡镇街道");
        browser.choose("units:agencyType", "信访部门");
        browser.click("units:createUnit");
        browser.waitForAjax();
        assertTrue(browser.text("units:messages").contains("单位名称：请填写单位名称"), browser.text("units:messages"));

        browser.type("units:name", name);
        browser.click("units:createUnit");
        browser.waitForAjax();
        assertTrue(browser.text("units:messages").contains("已新建单位“" + name + "”"), browser.text("units:messages"));
        assertTrue(browser.text("units:table").contains(name), "the new unit is not in the tree");

        browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//tr[.//span[text()='" + name + "']]//button[contains(@id, ':edit')]"))).click();
        browser.waitForAjax();
        assertEquals(name, browser.selectedLabel("units:chosenId"));
        assertEquals("现在的上级：青州市朝阳区信访局", browser.text("units:currentParent"));
        browser.choose("units:newParentId", "青州市东城区信访局");
        browser.click("units:moveUnit");
        browser.waitForAjax();
        assertTrue(browser.text("units:messages").contains("已移动“" + name + "”"), browser.text("units:messages"));
        assertEquals("现在的上级：青州市东城区信访局", browser.text("units:currentParent"));
        browser.assertFitsWidth();
        return name;
    }
}
