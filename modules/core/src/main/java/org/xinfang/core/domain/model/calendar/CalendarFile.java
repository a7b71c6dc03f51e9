package org.xinfang.core.domain.model.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xinfang.api.model.LocalizedText;

/**
 * The import file of one year's calendar, as shipped in {@code calendar/cn-<year>.csv} and as an
 * administrator uploads it: lines {@code date,type,name} ({@code 2026-02-14,WORKDAY,春节}), a
 * header line {@code date,type,name}, and comment lines starting with {@code #}.
 *
 * <p>A file is taken whole or not at all: every line that breaks a rule is reported with its number,
 * so the administrator can fix them all in one go.
 */
public final class CalendarFile {

    /** The years a calendar may be loaded for: a typo such as 20026 is refused, not stored. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** A line that could not be read, by its 1-based number, with the reason in both languages. */
    public record Problem(int line, String text, LocalizedText reason) {

        /** "第 5 行（2026-02-30,HOLIDAY,春节）：…" in the reader's language. */
        public String describe(Locale locale) {
            return LocalizedText.of("第 " + line + " 行（" + text + "）：" + reason.zh(),
                    "Line " + line + " (" + text + "): " + reason.en()).in(locale);
        }
    }

    /** What a file holds: its days, or the problems that stop it being loaded. */
    public record Parsed(List<CalendarDay> days, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final LocalizedText COLUMNS = LocalizedText.of("需要三列：日期,类型,名称",
            "Three columns are needed: date,type,name");
    private static final LocalizedText BAD_DATE = LocalizedText.of("日期应为真实日期，写作 yyyy-MM-dd",
            "The date must be a real date written yyyy-MM-dd");
    private static final LocalizedText BAD_TYPE = LocalizedText.of("类型应为 HOLIDAY（放假）或 WORKDAY（调休上班）",
            "The type must be HOLIDAY or WORKDAY");
    private static final LocalizedText DUPLICATE = LocalizedText.of("日期重复", "The date appears twice");
    private static final LocalizedText WORKDAY_ON_WEEKDAY = LocalizedText.of("调休上班日须为周六或周日",
            "A make-up working day must fall on a Saturday or Sunday");

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
                problems.add(new Problem(i + 1, line, COLUMNS));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(cells[0].strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(i + 1, line, BAD_DATE));
                continue;
            }
            DayType type;
            try {
                type = DayType.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(i + 1, line, BAD_TYPE));
                continue;
            }
            String name = cells[2].strip();
            LocalizedText wrong = ruleBroken(date, type, name);
            if (date.getYear() != year) {
                problems.add(new Problem(i + 1, line, LocalizedText.of("日期不在 " + year + " 年内", "The date is not in " + year)));
            } else if (!seen.add(date)) {
                problems.add(new Problem(i + 1, line, DUPLICATE));
            } else if (wrong != null) {
                problems.add(new Problem(i + 1, line, wrong));
            } else {
                days.add(new CalendarDay(date, type, name));
            }
        }
        return new Parsed(List.copyOf(days), List.copyOf(problems));
    }

    /**
     * What is wrong with one special day, or null when it may be stored: the rules an import line and
     * a day entered by hand share.
     */
    public static LocalizedText ruleBroken(LocalDate date, DayType type, String name) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            return yearOutOfRange();
        }
        if (name == null || name.isBlank()) {
            return LocalizedText.of("名称不能为空（如 春节、国庆节）", "The name is required (e.g. Spring Festival)");
        }
        if (name.strip().length() > CalendarDay.MAX_NAME) {
            return LocalizedText.of("名称不得超过 " + CalendarDay.MAX_NAME + " 个字",
                    "The name must not be longer than " + CalendarDay.MAX_NAME + " characters");
        }
        if (type == DayType.WORKDAY && !WorkingDays.isWeekend(date)) {
            return WORKDAY_ON_WEEKDAY;
        }
        return null;
    }

    /** Why a year outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} is refused. */
    public static LocalizedText yearOutOfRange() {
        return LocalizedText.of("年份须在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间",
                "The year must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
    }

    /**
     * The text of an uploaded file: UTF-8 (with or without a byte order mark), or else GB18030, the
     * encoding a spreadsheet on a Chinese desktop saves CSV in.
     */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** True when {@code year} may hold a calendar. */
    public static boolean yearInRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
