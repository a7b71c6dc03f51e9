package org.xinfang.web.interfaces.rest.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.xinfang.api.model.Channel;
import org.xinfang.core.application.kernel.InvalidInputException.FieldProblem;
import org.xinfang.core.application.kernel.InvalidInputException;
import org.xinfang.core.domain.model.cases.CaseQuery;
import org.xinfang.web.interfaces.rest.ApiMessages;
import org.xinfang.web.interfaces.rest.JsonBody;

/**
 * The query string of the case list, read as text and checked here, so that a bad value is a 400
 * naming the parameter (JAX-RS's own conversion would answer 404 for {@code limit=abc}).
 */
final class CaseListParameters {

    static final int MAX_TEXT = 100;

    /** Sort directions as the client writes them. */
    enum Order {
        asc, desc
    }

    private final Locale locale;
    private final List<FieldProblem> problems = new ArrayList<>();

    private CaseListParameters(Locale locale) {
        this.locale = locale;
    }

    /** @throws InvalidInputException naming every parameter with a bad value */
    static CaseQuery toQuery(Locale locale, Set<String> knownStates, String status, String channel, String receivedFrom, String receivedTo, String q,
                             String due, String sort, String order, String offset, String limit) {
        CaseListParameters p = new CaseListParameters(locale);
        String statusValue = p.state("status", status, knownStates);
        Channel channelValue = p.choice("channel", channel, Channel.class);
        LocalDate from = p.date("receivedFrom", receivedFrom);
        LocalDate to = p.date("receivedTo", receivedTo);
        if (from != null && to != null && from.isAfter(to)) {
            p.problems.add(new FieldProblem("receivedFrom", ApiMessages.get(locale, "param.dateOrder")));
        }
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            p.problems.add(new FieldProblem("q", ApiMessages.get(locale, "param.tooLong", ApiMessages.label(locale, "q"), String.valueOf(MAX_TEXT))));
        }
        CaseQuery.Due dueValue = p.choice("due", due, CaseQuery.Due.class);
        CaseQuery.SortField sortField = p.choice("sort", sort, CaseQuery.SortField.class);
        Order direction = p.choice("order", order, Order.class);
        Integer first = p.whole("offset", offset, 0, Integer.MAX_VALUE);
        Integer size = p.whole("limit", limit, 1, CaseQuery.MAX_LIMIT);
        if (!p.problems.isEmpty()) {
            throw new InvalidInputException(p.problems);
        }
        CaseQuery.SortField by = sortField == null ? CaseQuery.SortField.receivedOn : sortField;
        return new CaseQuery(statusValue, channelValue, from, to, text, dueValue, by, ascending(by, direction),
                first == null ? 0 : first, size == null ? 20 : size);
    }

    /**
     * Without {@code order}, the most urgent first by deadline (earliest first, as the page's column sorts on its first
     * click) and the newest first by anything else.
     */
    private static boolean ascending(CaseQuery.SortField by, Order given) {
        return given == null ? by == CaseQuery.SortField.nextDeadline : given == Order.asc;
    }

    /** A procedure state's name, one of {@code known}. */
    private String state(String name, String given, Set<String> known) {
        String value = blankToNull(given);
        if (value != null && !known.contains(value)) {
            problems.add(new FieldProblem(name, ApiMessages.get(locale, "type.choice", name, value, String.join(", ", new TreeSet<>(known)))));
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> E choice(String name, String given, Class<E> type) {
        String value = blankToNull(given);
        if (value == null) {
            return null;
        }
        E chosen = JsonBody.choiceOf(type, value);
        if (chosen == null) {
            problems.add(new FieldProblem(name, ApiMessages.get(locale, "type.choice", ApiMessages.label(locale, name), value, JsonBody.namesOf(type))));
        }
        return chosen;
    }

    private LocalDate date(String name, String given) {
        String value = blankToNull(given);
        if (value == null) {
            return null;
        }
        LocalDate date = JsonBody.parseDate(value);
        if (date == null) {
            problems.add(new FieldProblem(name, ApiMessages.get(locale, "type.date", ApiMessages.label(locale, name))));
        }
        return date;
    }

    private Integer whole(String name, String given, int min, int max) {
        String value = blankToNull(given);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like a number out of range
        }
        problems.add(new FieldProblem(name, ApiMessages.get(locale, "param.range", ApiMessages.label(locale, name), String.valueOf(min), String.valueOf(max))));
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
