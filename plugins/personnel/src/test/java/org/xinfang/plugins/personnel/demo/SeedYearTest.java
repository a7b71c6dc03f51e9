package org.xinfang.plugins.personnel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinfang.api.model.Channel;
import org.xinfang.plugins.personnel.analysis.Quarter;

/** The demo year says what the seed says: 99 letters, 18 visits, every matter answered in time, 办结率 over 90%. */
class SeedYearTest {

    @Test
    void ninetyNineLettersAndEighteenVisitsAllAnsweredWithinTheLimit() {
        List<SeedYear.Matter> year = SeedYear.of(2025);
        assertEquals(99, year.stream().filter(m -> m.channel() != Channel.VISIT).count());
        assertEquals(18, year.stream().filter(m -> m.channel() == Channel.VISIT).count());
        assertTrue(year.stream().allMatch(m -> m.receivedOn().getYear() == 2025), "all received in the year");
        assertTrue(year.stream().allMatch(m -> m.daysToDecision() >= 0 && m.daysToDecision() <= 60), "each decided within 60 days");
        assertEquals(year.size(), year.stream().map(SeedYear.Matter::phone).distinct().count(), "no petitioner twice: no repeats");
    }

    @Test
    void eachQuartersConclusionRateIsJustOverNinetyPercent() {
        List<SeedYear.Matter> year = SeedYear.of(2025);
        for (int q = 1; q <= 4; q++) {
            Quarter quarter = new Quarter(2025, q);
            List<SeedYear.Matter> received = year.stream().filter(m -> Quarter.of(m.receivedOn()).equals(quarter)).toList();
            long concluded = received.stream().filter(m -> !m.decidedOn().isAfter(quarter.last())).count();
            BigDecimal percent = BigDecimal.valueOf(concluded * 1000 / received.size(), 1);
            assertTrue(percent.compareTo(new BigDecimal("90.0")) >= 0 && concluded < received.size(),
                    quarter + ": " + concluded + " of " + received.size());
        }
    }
}
