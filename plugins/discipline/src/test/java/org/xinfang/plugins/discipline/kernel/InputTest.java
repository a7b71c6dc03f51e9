package org.xinfang.plugins.discipline.kernel;

import org.xinfang.api.plugin.Refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.xinfang.plugins.discipline.joint.Eligibility;

/** A request body read field by field: every fault named at once, by the field's label, nothing taken half. */
class InputTest {

    @Test
    void everyFaultIsNamedInOneRefusal() {
        Input input = Input.parse("{\"caseId\":\"x\",\"moneyCollected\":-1,\"eligibility\":[\"URGENT\",\"NOPE\"],\"period\":\"2026-13\"}",
                Locale.SIMPLIFIED_CHINESE);
        input.id("caseId", true);
        input.amount("moneyCollected");
        input.choices("eligibility", Eligibility.class);
        input.month("period", true);
        input.text("proposal", 1000, true);
        Refusal refused = assertThrows(Refusal.class, input::refuseIfProblems);
        assertEquals(Refusal.Kind.INVALID, refused.kind());
        assertEquals(List.of("caseId", "moneyCollected", "eligibility", "period", "proposal"),
                refused.fields().stream().map(Refusal.Field::field).toList());
        assertEquals("信访件应为正整数编号", refused.fields().get(0).message());
        assertEquals("收缴违纪款应为不小于零、最多两位小数的金额（元）", refused.fields().get(1).message());
        assertEquals("拟办意见不能为空", refused.fields().get(4).message());
    }

    @Test
    void goodValuesAreRead() {
        Input input = Input.parse("{\"caseId\":7,\"moneyCollected\":\"83000.50\",\"approve\":true,\"period\":\"2026-03\"}", Locale.ENGLISH);
        assertEquals(7L, input.id("caseId", true));
        assertEquals(new BigDecimal("83000.50"), input.amount("moneyCollected"));
        assertEquals(true, input.flag("approve"));
        assertEquals("2026-03", input.month("period", true).toString());
        input.refuseIfProblems();
    }

    @Test
    void englishMessagesNameTheFieldToo() {
        Input input = Input.parse("{\"proposal\":\"" + "长".repeat(1001) + "\"}", Locale.ENGLISH);
        input.text("proposal", 1000, true);
        Refusal refused = assertThrows(Refusal.class, input::refuseIfProblems);
        assertEquals("Proposal may not exceed 1,000 characters", refused.fields().get(0).message());
    }

    @Test
    void aBodyThatIsNoJsonObjectIsRefused() {
        Refusal refused = assertThrows(Refusal.class, () -> Input.parse("[1,2]", Locale.SIMPLIFIED_CHINESE));
        assertEquals("请求内容不是JSON对象", refused.getMessage());
    }
}
