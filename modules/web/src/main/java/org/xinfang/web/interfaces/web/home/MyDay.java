package org.xinfang.web.interfaces.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.xinfang.core.application.agenda.Agenda;
import org.xinfang.core.application.calendar.WorkCalendars;
import org.xinfang.core.application.ledgers.ZeroReports.MonthStanding;
import org.xinfang.core.application.ledgers.ZeroReports.Standing;
import org.xinfang.web.interfaces.web.Labels;
import org.xinfang.web.interfaces.web.LocaleSwitch;
import org.xinfang.web.interfaces.web.UiMessages;
import org.xinfang.web.interfaces.web.WebCaller;

/**
 * The home page (工作台): the signed-in user's day as the agenda gathers it, read once per request —
 * the page only shows, it changes nothing.
 */
@Named
@RequestScoped
public class MyDay {

    @Inject
    private Agenda agenda;

    @Inject
    private WebCaller webCaller;

    @Inject
    private WorkCalendars calendars;

    @Inject
    private LocaleSwitch localeSwitch;

    @Inject
    private UiMessages messages;

    @Inject
    private Labels labels;

    private Agenda.Day day;

    public Agenda.Day getDay() {
        if (day == null) {
            day = agenda.of(webCaller.get());
        }
        return day;
    }

    /** 张三，今天是 2026年12月7日 星期一（工作日）. */
    public String getGreeting() {
        String date = getDay().today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(localeSwitch.getLocale()));
        String kind = messages.text(calendars.current().isWorkingDay(getDay().today()) ? "home.workingDay" : "home.dayOff");
        return messages.text("home.greeting", webCaller.get().displayName(), date, kind);
    }

    /** The month so far in a line: 本月：按时报送 12 · 逾期报送 1. */
    public String month(MonthStanding standing) {
        return messages.text("home.zero.month", standing.month().entrySet().stream()
                .filter(e -> e.getKey() != Standing.DAY_OFF)
                .map(e -> labels.label(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · ")));
    }

    /** Whether the day has nothing at all to show (an administrator's, say). */
    public boolean isNothingToShow() {
        Agenda.Day d = getDay();
        return d.dueToday() == null && d.waiting() == null && d.receptions() == null && d.zeroReports() == null && d.owned() == null
                && d.unread().total() == 0;
    }
}
