package org.xinfang.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Days left or overdue read as English counts them, one day or many; Chinese has one form. */
class DayCountTest {

    @Test
    void oneDayIsSingularAndAnyOtherNumberPluralInEnglish() {
        assertEquals("day", DayCount.CALENDAR.unitOf(1).in(Locale.ENGLISH));
        assertEquals("day", DayCount.CALENDAR.unitOf(-1).in(Locale.ENGLISH), "one day overdue");
        assertEquals("days", DayCount.CALENDAR.unitOf(0).in(Locale.ENGLISH));
        assertEquals("days", DayCount.CALENDAR.unitOf(2).in(Locale.ENGLISH));
        assertEquals("working day", DayCount.WORKING.unitOf(1).in(Locale.ENGLISH));
        assertEquals("working days", DayCount.WORKING.unitOf(15).in(Locale.ENGLISH));
    }

    @Test
    void chineseSaysTheSameForOneOrMany() {
        assertEquals("日", DayCount.CALENDAR.unitOf(1).in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("日", DayCount.CALENDAR.unitOf(3).in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("个工作日", DayCount.WORKING.unitOf(1).in(Locale.SIMPLIFIED_CHINESE));
        assertEquals("个工作日", DayCount.WORKING.unitOf(3).in(Locale.SIMPLIFIED_CHINESE));
    }
}
