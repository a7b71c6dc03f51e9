package org.xinfang.core.application.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepAuditDetailTest {

    @Test
    void aStepIsReadBackAsItWasWritten() {
        StepAuditDetail moved = new StepAuditDetail("forward", "registered", "forwarded", 3L, 5L, "不属本机关职权范围，转送 相关部门");
        assertEquals("forward registered→forwarded unit 3→5 不属本机关职权范围，转送 相关部门", moved.text());
        assertEquals(Optional.of(moved), StepAuditDetail.parse(moved.text()));
        assertTrue(moved.moved());

        StepAuditDetail plain = new StepAuditDetail("accept", "registered", "accepted", null, null, null);
        assertEquals("accept registered→accepted", plain.text());
        assertEquals(Optional.of(plain), StepAuditDetail.parse(plain.text()));
        assertFalse(plain.moved());
    }

    @Test
    void aLongReasonIsAbbreviatedAndTextsOfOtherEventsAreNotSteps() {
        String text = new StepAuditDetail("decide", "handling", "decided", null, null, "理".repeat(300)).text();
        assertEquals("decide handling→decided " + "理".repeat(200) + "…", text);
        assertEquals(Optional.empty(), StepAuditDetail.parse("青信受〔2026〕3号 受理告知书 sha256=ab12"));
        assertEquals(Optional.empty(), StepAuditDetail.parse(null));
    }
}
