package org.xinfang.it.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case page's procedure panel as a person uses it: a step's button opens its dialog, the person
 * picks an outcome and writes a reason, confirms, and the page reloads with the new state. One copy
 * for every browser test that takes steps, the core's and the plugins'.
 */
public final class StepDialog {

    /** Inputs at most this long are an outcome's label (支持, 不予支持); longer ones are a reason. */
    private static final int LONGEST_LABEL = 6;

    private final Browser browser;

    public StepDialog(Browser browser) {
        this.browser = browser;
    }

    /** Takes a step: the dialog's choices (an outcome's label) and text (a reason) in the order given. */
    public void take(String step, String... inputs) {
        open(step);
        for (String input : inputs) {
            if (input.length() <= LONGEST_LABEL) {
                pick("outcome", input);
            } else {
                browser.type("stepForm:reason", input);
            }
        }
        confirmAndReload();
    }

    /** Opens the step's dialog from its button (which must be enabled). */
    public void open(String step) {
        button(step).click();
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stepForm:confirm")));
    }

    /** The step's button in the procedure panel, once it is there and enabled. */
    public WebElement button(String step) {
        return browser.wait.until(ExpectedConditions.elementToBeClickable(stepButton(step)));
    }

    /** The step's button as it stands, enabled or not. */
    public WebElement present(String step) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(stepButton(step)));
    }

    /** Chooses the radio option labelled {@code label} of the dialog's group {@code radio}. */
    public void pick(String radio, String label) {
        browser.driver.findElement(By.xpath("//*[@id='stepForm:" + radio + "']//label[normalize-space()='" + label + "']")).click();
    }

    /** Confirms the dialog, leaving the page as the answer left it (a refusal keeps the dialog open). */
    public void confirm() {
        browser.click("stepForm:confirm");
        browser.waitForAjax();
    }

    /** Confirms and waits for the case page to reload; a refusal fails with the dialog's text. */
    public void confirmAndReload() {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        confirm();
        try {
            browser.awaitGone(page);
        } catch (TimeoutException refused) {
            throw new AssertionError("The step was refused: " + browser.driver.findElement(By.id("stepForm")).getText(), refused);
        }
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.xf-diagram")));
    }

    /** The state the procedure diagram highlights. */
    public String currentState() {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.xf-diagram g.xf-node-current")))
                .getAttribute("data-state");
    }

    private static By stepButton(String step) {
        return By.cssSelector("button[data-step='" + step + "']");
    }
}
