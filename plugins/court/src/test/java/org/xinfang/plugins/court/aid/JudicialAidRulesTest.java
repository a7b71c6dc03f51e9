package org.xinfang.plugins.court.aid;

import org.xinfang.api.plugin.Refusal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules of judicial aid that need no server: its states, amounts, dates, periods and figures. */
class JudicialAidRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void anApplicationIsDecidedOncePaidOnceAndReceivedOnce() {
        assertTrue(AidState.APPLIED.leadsTo(AidState.APPROVED));
        assertTrue(AidState.APPLIED.leadsTo(AidState.REFUSED));
        assertTrue(AidState.APPROVED.leadsTo(AidState.PAID));
        assertTrue(AidState.PAID.leadsTo(AidState.RECEIVED));
        assertFalse(AidState.APPLIED.leadsTo(AidState.PAID), "no payment before the leader approved");
        assertFalse(AidState.APPROVED.leadsTo(AidState.REFUSED), "a decision is not taken twice");
        assertFalse(AidState.REFUSED.leadsTo(AidState.PAID), "a refused application is never paid");
        assertFalse(AidState.PAID.leadsTo(AidState.PAID));
        for (AidState next : AidState.values()) {
            assertFalse(AidState.RECEIVED.leadsTo(next), "a receipt ends the record");
        }
    }

    @Test
    void theEntityRefusesAStepItsStateDoesNotLeadTo() {
        JudicialAid aid = new JudicialAid(1, 2, "/1/2/", "陈某", "住房困难", new BigDecimal("4500.00"), TODAY, "立案庭");
        assertThrows(IllegalStateException.class, () -> aid.pay(TODAY, new BigDecimal("4500.00"), "王某", null));
        aid.approve(AidSource.STAFF_DONATION, new BigDecimal("4500.00"), TODAY, "院长", null);
        assertThrows(IllegalStateException.class, () -> aid.refuse(TODAY, "院长", "重复"));
        assertEquals(AidState.APPROVED, aid.getState());
    }

    @Test
    void amountsArePositiveInFenAndBelowTheSaneBound() {
        AidInput input = new AidInput(Locale.SIMPLIFIED_CHINESE);
        assertEquals(new BigDecimal("4500.00"), input.amount("amountAsked", new BigDecimal("4500")));
        assertEquals(new BigDecimal("0.10"), input.amount("amountAsked", new BigDecimal("0.100")), "a trailing zero is not a third decimal");
        assertTrue(input.ok());
        assertNull(input.amount("amountAsked", BigDecimal.ZERO));
        assertNull(input.amount("amountGranted", new BigDecimal("12.345")));
        assertNull(input.amount("amountPaid", new BigDecimal("1000000.01")));
        assertNull(input.amount("amountPaid", null));
        Refusal refused = assertThrows(Refusal.class, input::refuseIfAny);
        assertEquals(400, refused.status());
        assertEquals(List.of("申请金额（元）须大于零", "批准金额（元）最多保留两位小数（到分）",
                "发放金额（元）不能超过1,000,000元，请核对是否多输了一位", "发放金额（元）不能为空"),
                refused.fields().stream().map(Refusal.Field::message).toList());
    }

    @Test
    void datesHaveHappenedAndFollowTheStepBefore() {
        AidInput input = new AidInput(Locale.ENGLISH);
        input.date("paidOn", TODAY, TODAY, TODAY.minusDays(1), "decidedOn");
        assertTrue(input.ok());
        input.date("paidOn", TODAY.plusDays(1), TODAY, null, null);
        input.date("receivedOn", TODAY.minusDays(3), TODAY, TODAY.minusDays(1), "paidOn");
        Refusal refused = assertThrows(Refusal.class, input::refuseIfAny);
        assertEquals(List.of("Paid on cannot be in the future", "Received on cannot be before Paid on (2026-12-05)"),
                refused.fields().stream().map(Refusal.Field::message).toList());
    }

    @Test
    void textsAreTrimmedRequiredAndBounded() {
        AidInput input = new AidInput(Locale.SIMPLIFIED_CHINESE);
        assertEquals("陈某", input.text("applicant", "  陈某 ", 50, true));
        assertNull(input.text("paymentNote", "   ", 500, false));
        assertTrue(input.ok());
        input.text("applicant", " ", 50, true);
        input.text("paidBy", "某".repeat(51), 50, true);
        assertEquals(List.of("applicant", "paidBy"),
                assertThrows(Refusal.class, input::refuseIfAny).fields().stream().map(Refusal.Field::field).toList());
    }

    @Test
    void aPeriodIsAYearOrARangeNeverBoth() {
        assertEquals(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), Period.of(null, null, null, TODAY, Locale.CHINA));
        assertEquals(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), Period.of("2025", null, null, TODAY, Locale.CHINA));
        assertEquals(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)),
                Period.of(null, "2026-03-01", "2026-06-30", TODAY, Locale.CHINA));
        assertEquals("year", refusedField(() -> Period.of("2026", "2026-01-01", "2026-02-01", TODAY, Locale.CHINA)));
        assertEquals("year", refusedField(() -> Period.of("26", null, null, TODAY, Locale.CHINA)));
        assertEquals("year", refusedField(() -> Period.of("2027", null, null, TODAY, Locale.CHINA)));
        assertEquals("to", refusedField(() -> Period.of(null, "2026-03-01", null, TODAY, Locale.CHINA)));
        assertEquals("from", refusedField(() -> Period.of(null, "2026-3-1", "2026-06-30", TODAY, Locale.CHINA)));
        assertEquals("to", refusedField(() -> Period.of(null, "2026-06-30", "2026-03-01", TODAY, Locale.CHINA)));
    }

    @Test
    void figuresCountEveryStateAndSourceAndTheTotal() {
        Period period = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        AidFigures figures = AidFigures.of(period, List.of(
                new AidFigures.Group(AidState.RECEIVED, AidSource.STAFF_DONATION, 1, new BigDecimal("5000.00"), new BigDecimal("4500.00"),
                        new BigDecimal("4500.00")),
                new AidFigures.Group(AidState.APPROVED, AidSource.AID_FUND, 2, new BigDecimal("30000.00"), new BigDecimal("20000.00"), null),
                new AidFigures.Group(AidState.APPLIED, null, 3, new BigDecimal("9000.00"), null, null)), Locale.SIMPLIFIED_CHINESE);

        assertEquals(AidState.values().length, figures.byState().size(), "every state has its line, zeros included");
        assertEquals(0, figures.byState().get(AidState.REFUSED.ordinal()).count());
        assertEquals(3, figures.byState().get(AidState.APPLIED.ordinal()).count());
        AidFigures.Line donations = figures.bySource().get(AidSource.STAFF_DONATION.ordinal());
        assertEquals("干警捐款", donations.label());
        assertEquals(new BigDecimal("4500.00"), donations.granted());
        assertEquals(new BigDecimal("20000.00"), figures.bySource().get(AidSource.AID_FUND.ordinal()).granted());
        assertEquals(new BigDecimal("0.00"), figures.bySource().get(AidSource.AID_FUND.ordinal()).paid());
        assertEquals(6, figures.total().count());
        assertEquals(new BigDecimal("44000.00"), figures.total().asked());
        assertEquals(new BigDecimal("24500.00"), figures.total().granted());
        assertEquals("合计", figures.total().label());
    }

    private static String refusedField(Runnable act) {
        Refusal refused = assertThrows(Refusal.class, act::run);
        assertEquals(400, refused.status());
        return refused.fields().get(0).field();
    }
}
