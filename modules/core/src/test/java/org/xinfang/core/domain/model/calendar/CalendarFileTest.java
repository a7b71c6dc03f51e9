package org.xinfang.core.domain.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The import file: what it accepts, and every refusal named by its line. */
class CalendarFileTest {

    @Test
    void readsDaysSkippingHeaderCommentsBlankLinesAndAByteOrderMark() {
        String text = "\uFEFF# 2027 test\r\ndate,type,name\r\n\r\n2027-01-01,HOLIDAY,元旦\r\n2027-02-06，workday，春节\r\n";
        CalendarFile.Parsed parsed = CalendarFile.parse(2027, text);
        assertTrue(parsed.ok(), parsed.problems()::toString);
        assertEquals(2, parsed.days().size());
        assertEquals(DayType.WORKDAY, parsed.days().get(1).getType(), "type in any case, full-width comma");
        assertEquals("春节", parsed.days().get(1).getName());
    }

    @Test
    void refusesEachBadLineByNumberAndKeepsOnlyTheGoodOnes() {
        String text = String.join("\n",
                "date,type,name",                 // 1
                "2026-01-01,HOLIDAY,元旦",         // 2 good
                "2026-02-30,HOLIDAY,春节",         // 3 not a real date
                "2025-12-31,HOLIDAY,元旦",         // 4 wrong year
                "2026-01-01,HOLIDAY,元旦",         // 5 duplicate of line 2
                "2026-02-15,FESTIVAL,春节",        // 6 unknown type
                "2026-02-16,HOLIDAY",             // 7 missing column
                "2026-02-17,HOLIDAY,  ",          // 8 empty name
                "2026-02-18,WORKDAY,春节",         // 9 make-up day on a Wednesday
                "26-2-19,HOLIDAY,春节");           // 10 not yyyy-MM-dd
        CalendarFile.Parsed parsed = CalendarFile.parse(2026, text);

        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10), parsed.problems().stream().map(CalendarFile.Problem::line).toList());
        assertEquals(1, parsed.days().size());
        List<String> zh = parsed.problems().stream().map(p -> p.reason().zh()).toList();
        assertTrue(zh.get(0).contains("真实日期"), zh.get(0));
        assertTrue(zh.get(1).contains("不在 2026 年内"), zh.get(1));
        assertEquals("日期重复", zh.get(2));
        assertTrue(zh.get(3).contains("HOLIDAY"), zh.get(3));
        assertTrue(zh.get(4).contains("三列"), zh.get(4));
        assertTrue(zh.get(5).contains("三列"), zh.get(5));
        assertTrue(zh.get(6).contains("周六或周日"), zh.get(6));
        assertTrue(zh.get(7).contains("yyyy-MM-dd"), zh.get(7));
    }

    @Test
    void aProblemReadsWithItsLineInEitherLanguage() {
        CalendarFile.Problem problem = CalendarFile.parse(2026, "x\n2026-13-01,HOLIDAY,元旦").problems().get(1);
        assertEquals(2, problem.line());
        assertTrue(problem.describe(Locale.SIMPLIFIED_CHINESE).startsWith("第 2 行（2026-13-01,HOLIDAY,元旦）："), problem.describe(Locale.CHINA));
        assertTrue(problem.describe(Locale.ENGLISH).startsWith("Line 2 (2026-13-01,HOLIDAY,元旦): The date must be a real date"),
                problem.describe(Locale.ENGLISH));
    }

    @Test
    void anUploadReadsAsUtf8OrElseAsTheChineseSpreadsheetEncoding() {
        String line = "2026-10-01,HOLIDAY,国庆节";
        assertEquals(line, CalendarFile.decode(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(line, CalendarFile.decode(line.getBytes(java.nio.charset.Charset.forName("GB18030"))));
    }

    @Test
    void rulesForOneDay() {
        assertNull(CalendarFile.ruleBroken(LocalDate.of(2026, 2, 14), DayType.WORKDAY, "春节"));
        assertNull(CalendarFile.ruleBroken(LocalDate.of(2026, 2, 18), DayType.HOLIDAY, "春节"));
        assertTrue(CalendarFile.ruleBroken(LocalDate.of(2026, 2, 18), DayType.WORKDAY, "春节").en().contains("Saturday or Sunday"));
        assertTrue(CalendarFile.ruleBroken(LocalDate.of(1999, 12, 31), DayType.HOLIDAY, "x").zh().contains("2000 到 2100"));
        assertTrue(CalendarFile.ruleBroken(LocalDate.of(2101, 1, 1), DayType.HOLIDAY, "x").zh().contains("2000 到 2100"));
        assertTrue(CalendarFile.ruleBroken(LocalDate.of(2026, 1, 1), DayType.HOLIDAY, "长".repeat(65)).zh().contains("64"));
        assertNull(CalendarFile.ruleBroken(LocalDate.of(2026, 1, 1), DayType.HOLIDAY, "长".repeat(64)));
    }
}
