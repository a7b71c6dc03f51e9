package org.xinfang.core.domain.model.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The import file of one year's calendar, as shipped in {@code calendar/cn-<year>.csv} and as an
 * administrator uploads it: lines {@code date,type,name} ({@code 2026-02-14,WORKDAY,春节}), a
 * header line {@code date,type,name}, and comment lines starting with {@code #}.
 */
public final class CalendarFile {

    /** A line that could not be read, by its 1-based number, with the reason in plain words. */
    public record Problem(int line, String text, String reason) {
    }

    /** What a file holds: its days, or the problems that stop it being loaded. */
    public record Parsed(List<CalendarDay> days, List<Problem> problems) {
    }

    private CalendarFile() {
    }

    /** Reads {@code text} as the calendar of {@code year}: every day must lie in that year, once. */
    public static Parsed parse(int year, String text) {
        List<CalendarDay> days = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        String[] lines = text.replace("\uFEFF", "").split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.equalsIgnoreCase("date,type,name")) {
                continue;
            }
            String[] cells = line.split("[,，]", 3);
            if (cells.length < 3 || cells[2].isBlank()) {
                problems.add(new Problem(i + 1, line, "需要三列：日期,类型,名称"));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cells[0].strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(i + 1, line, "日期应写作 yyyy-MM-dd"));
                continue;
            }
            DayType type;
            try {
                type = DayType.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(i + 1, line, "类型应为 HOLIDAY（放假）或 WORKDAY（调休上班）"));
                continue;
            }
            if (date.getYear() != year) {
                problems.add(new Problem(i + 1, line, "日期不在 " + year + " 年内"));
            } else if (!seen.add(date)) {
                problems.add(new Problem(i + 1, line, "日期重复"));
            } else {
                days.add(new CalendarDay(date, type, cells[2].strip()));
            }
        }
        return new Parsed(List.copyOf(days), List.copyOf(problems));
    }
}
