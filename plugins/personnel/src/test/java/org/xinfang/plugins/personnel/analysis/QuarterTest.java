package org.xinfang.plugins.personnel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.xinfang.api.plugin.Refusal;

class QuarterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void readsTheWrittenQuarterAndItsDays() {
        Quarter q = Quarter.parse("2025-Q3", "quarter", TODAY);
        assertEquals(new Quarter(2025, 3), q);
        assertEquals(LocalDate.of(2025, 7, 1), q.first());
        assertEquals(LocalDate.of(2025, 9, 30), q.last());
        assertEquals(LocalDate.of(2024, 12, 31), new Quarter(2024, 4).last());
        assertEquals(new Quarter(2025, 4), new Quarter(2026, 1).previous());
        assertEquals(new Quarter(2026, 4), Quarter.of(TODAY));
        assertTrue(q.endedBy(TODAY));
        assertFalse(Quarter.of(TODAY).endedBy(TODAY), "the quarter under way is not over");
        assertEquals(Quarter.of(TODAY), Quarter.parse("2026-q4", "quarter", TODAY), "the current quarter may be looked at");
    }

    @Test
    void refusesWhatIsNoQuarterNaming400() {
        assertRefused("2025-3", "格式有误");
        assertRefused("2025Q3", "格式有误");
        assertRefused("", "格式有误");
        assertRefused(null, "格式有误");
        assertRefused("2025-Q5", "没有 Q5");
        assertRefused("2025-Q0", "没有 Q0");
        assertRefused("1999-Q4", "不在范围内");
        assertRefused("2027-Q1", "尚未开始");
    }

    private static void assertRefused(String text, String naming) {
        Refusal refused = assertThrows(Refusal.class, () -> Quarter.parse(text, "quarter", TODAY));
        assertEquals(400, refused.status());
        assertEquals("quarter", refused.fields().get(0).field());
        assertTrue(refused.getMessage().contains(naming), refused.getMessage());
    }
}
