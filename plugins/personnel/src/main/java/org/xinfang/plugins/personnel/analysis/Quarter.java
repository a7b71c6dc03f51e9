package org.xinfang.plugins.personnel.analysis;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinfang.api.plugin.Refusal;

/** A calendar quarter, written {@code 2025-Q3} in the API. */
public record Quarter(int year, int number) {

    /** The first year the bureau's analysis covers: earlier matters are not in the system. */
    public static final int FIRST_YEAR = 2000;

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-[Qq](\\d)");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter " + number);
        }
    }

    /**
     * The quarter {@code text} names, refused (400, naming {@code field}) when it is malformed, has no
     * such quarter, is before {@link #FIRST_YEAR} or has not begun by {@code today}.
     */
    public static Quarter parse(String text, String field, LocalDate today) {
        Matcher m = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw Refusal.invalid(field, "季度“" + text + "”格式有误，应写作“年份-Q季度”，例如 2025-Q3");
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        if (number < 1 || number > 4) {
            throw Refusal.invalid(field, "一年只有四个季度（Q1—Q4），没有 Q" + number);
        }
        if (year < FIRST_YEAR) {
            throw Refusal.invalid(field, "季度分析从 " + FIRST_YEAR + " 年起，" + year + " 年不在范围内");
        }
        Quarter quarter = new Quarter(year, number);
        if (quarter.first().isAfter(today)) {
            throw Refusal.invalid(field, quarter.label() + "尚未开始，不能分析");
        }
        return quarter;
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    /** Whether the quarter is over by {@code today} (only then is its analysis issued). */
    public boolean endedBy(LocalDate today) {
        return last().isBefore(today);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** {@code 2025年第三季度}. */
    public String label() {
        return year + "年第" + "一二三四".charAt(number - 1) + "季度";
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
