package org.xinfang.web.interfaces.web.admin;

import org.xinfang.core.application.calendar.WorkCalendars;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import org.xinfang.core.application.calendar.CalendarAdministration.YearSummary;
import org.xinfang.core.application.calendar.CalendarAdministration;
import org.xinfang.core.application.calendar.CalendarDayInput;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.application.kernel.NotPermittedException;
import org.xinfang.core.domain.model.calendar.CalendarDay;
import org.xinfang.core.domain.model.calendar.CalendarFile;
import org.xinfang.core.domain.model.calendar.DayType;
import org.xinfang.core.domain.model.calendar.WorkingDays;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The work calendar page (工作日历) for the administrator: pick a year, see its holidays and make-up
 * working days as a list and as twelve months, load the year from an import file, add, change or
 * remove one day. A refused file lists every bad line, and nothing of it is loaded.
 */
@Named
@ViewScoped
public class ManageCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest import file taken: a year is a few dozen lines. */
    static final long MAX_FILE_BYTES = 256 * 1024;

    /** One special day as the table lists it. */
    public record Row(LocalDate date, String weekday, DayType type, String typeLabel, String name) implements Serializable {
    }

    /** One square of a month: a day of the month (0 for padding), its kind for styling, and a tooltip. */
    public record Cell(int day, String kind, String title) implements Serializable {
    }

    /** One month of the year view: its title and its weeks, Monday first. */
    public record Month(String title, List<List<Cell>> weeks) implements Serializable {
    }

    @Inject
    private CalendarAdministration calendar;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private WebCaller webCaller;

    @Inject
    private UiMessages messages;

    @Inject
    private LocaleSwitch localeSwitch;

    @Inject
    private Clock clock;

    private int year;
    private List<Row> rows;
    private List<Month> months;
    private List<YearSummary> years;
    private List<String> refusedLines = List.of();

    private LocalDate newDate;
    private DayType newType = DayType.HOLIDAY;
    private String newName;
    private transient UploadedFile file;

    @PostConstruct
    void start() {
        year = LocalDate.now(clock).getYear();
        load();
    }

    /** Shows the year typed or picked. */
    public void show() {
        if (!CalendarFile.yearInRange(year)) {
            messages.error("calendar:year", CalendarFile.yearOutOfRange().in(localeSwitch.getLocale()));
            return;
        }
        refusedLines = List.of();
        load();
    }

    public void showYear(int chosen) {
        year = chosen;
        show();
    }

    /** Loads the uploaded file as the calendar of the year shown. */
    public void importFile() {
        refusedLines = List.of();
        if (file == null || file.getSize() == 0) {
            messages.error(null, messages.text("calendar.import.noFile"));
            return;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            messages.error(null, messages.text("calendar.import.tooLarge", MAX_FILE_BYTES / 1024));
            return;
        }
        try {
            YearSummary loaded = calendar.importYear(webCaller.get(), year, CalendarFile.decode(file.getContent()));
            messages.info(null, messages.text("calendar.import.done", String.valueOf(loaded.year()), loaded.holidays(), loaded.workdays()));
            load();
        } catch (InvalidInputException refused) {
            refusedLines = refused.problems().stream().map(FieldProblem::message).toList();
            messages.error(null, messages.text("calendar.import.refused", String.valueOf(year), refusedLines.size()));
        } catch (NotPermittedException e) {
            messages.error(null, e.getMessage());
        }
    }

    /** Adds the day entered, or changes it when the calendar already has that date. */
    public void saveDay() {
        try {
            CalendarDay saved = calendar.setDay(webCaller.get(), new CalendarDayInput(newDate, newType, newName));
            messages.info(null, messages.text("calendar.day.saved", saved.getDate().toString(),
                    saved.getType().label().in(localeSwitch.getLocale()), saved.getName()));
            year = saved.getDate().getYear();
            newDate = null;
            newName = null;
            load();
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> messages.error("calendar:new" + capitalised(p.field()), p.message()));
        } catch (NotPermittedException e) {
            messages.error(null, e.getMessage());
        }
    }

    public void removeDay(Row row) {
        try {
            calendar.removeDay(webCaller.get(), row.date());
            messages.info(null, messages.text("calendar.day.removed", row.date().toString(), row.name()));
        } catch (InvalidInputException | NotPermittedException e) {
            messages.error(null, e instanceof InvalidInputException i ? i.problems().get(0).message() : e.getMessage());
        }
        load();
    }

    private void load() {
        Locale locale = localeSwitch.getLocale();
        List<CalendarDay> days = calendar.daysOf(year);
        rows = days.stream().map(d -> new Row(d.getDate(), d.getDate().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale),
                d.getType(), d.getType().label().in(locale), d.getName())).toList();
        months = months(year, days.stream().collect(Collectors.toMap(CalendarDay::getDate, Function.identity())), locale);
        years = calendar.years();
    }

    static List<Month> months(int year, Map<LocalDate, CalendarDay> special, Locale locale) {
        List<Month> result = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            int padding = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            for (int i = 0; i < padding; i++) {
                week.add(new Cell(0, "pad", ""));
            }
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                LocalDate date = month.atDay(day);
                CalendarDay marked = special.get(date);
                String kind = marked != null ? (marked.getType() == DayType.HOLIDAY ? "holiday" : "workday")
                        : WorkingDays.isWeekend(date) ? "weekend" : "plain";
                String title = marked == null ? date.toString() : date + " " + marked.getName() + " " + marked.getType().label().in(locale);
                week.add(new Cell(day, kind, title));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(0, "pad", ""));
                }
                weeks.add(week);
            }
            String title = "en".equals(locale.getLanguage()) ? month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) : m + "月";
            result.add(new Month(title, weeks));
        }
        return result;
    }

    /** Monday to Sunday, short, in the page's language. */
    public List<String> getWeekdays() {
        Locale locale = localeSwitch.getLocale();
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.NARROW, locale));
        }
        return names;
    }

    public List<DayType> getDayTypes() {
        return List.of(DayType.values());
    }

    public String typeLabel(DayType type) {
        return type.label().in(localeSwitch.getLocale());
    }

    public int getHolidayCount() {
        return (int) rows.stream().filter(r -> r.type() == DayType.HOLIDAY).count();
    }

    public int getWorkdayCount() {
        return rows.size() - getHolidayCount();
    }

    private static String capitalised(String field) {
        return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Month> getMonths() {
        return months;
    }

    /** This year, the next and any year a running clock falls due in, when its holidays are not loaded. */
    public String getMissingYears() {
        return calendars.missingYears(LocalDate.now(clock)).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、"));
    }

    public List<YearSummary> getYears() {
        return years;
    }

    public List<String> getRefusedLines() {
        return refusedLines;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public DayType getNewType() {
        return newType;
    }

    public void setNewType(DayType newType) {
        this.newType = newType;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
